package coder

import "strings"

// reportedOwnTarget (lead, 2026-11-27, fourth session): in a statement's
// reported clause, a use of force whose target slot opens on a possessive
// of the third person ("Ukraine said Russia had launched drones at its
// cities", « l'Ukraine a affirmé que la Russie avait tiré des missiles sur
// ses villes ») is aimed at the speaker's own: the speaker's country is
// the target when the speaker is of another country than the clause's
// subject (a state does not strike its own cities in the sense the
// sentence reports). The
// preposition must be the slot's and the possessive right after it
// (`reportposs`); the speaker is the source of the last statement (a weak
// pattern) whose verb stands at most 10 tokens before the anchor i. It is
// tried after par7fr.go's reportedOwner (French, a possessive within four
// tokens before a `genitivehead` noun, the speaker's full code), from the
// same hook in match.go.
func (s *sent) reportedOwnTarget(i, pos int, preps []int32, code string) []int {
	if preps == nil || !force(code) {
		return nil
	}
	k := pos
	for n := 0; ; k, n = k+1, n+1 {
		if k+1 >= len(s.toks) || n >= 8 || s.hard(k) || s.actor[k] >= 0 {
			return nil
		}
		if s.matchAny(k, preps) && s.inAt("reportposs", k+1) {
			break
		}
	}
	var speaker []int
	for x := len(s.cands) - 1; x >= 0; x-- {
		if c := &s.cands[x]; c.p.weak && c.anchor < i && i-c.anchor <= 10 {
			speaker = c.src
			break
		}
	}
	if len(speaker) == 0 {
		return nil
	}
	subj := s.subject(i)
	if len(subj) == 0 {
		return nil
	}
	for _, m := range speaker {
		for _, n := range subj {
			if len(s.codes[m]) < 3 || len(s.codes[n]) < 3 || s.codes[m][:3] == s.codes[n][:3] || s.codes[m][:3] == "---" {
				return nil
			}
		}
	}
	if s.trace() {
		s.tracef("  %q at %d: %q after the slot's preposition is the speaker's: %s", s.toks[i].Text, i, s.toks[k+1].Text, s.mtext(speaker))
	}
	return speaker
}

// unnamedPerpetrator reports a source mention that names no one: gunmen,
// armed men, attackers, a suicide bomber, kidnappers (`unnamedperp`),
// after determiners, numbers and the modifiers `unnamedmod` ("unidentified
// gunmen", « des hommes armés », « un kamikaze »), with no country or group
// word of its own. CODING.md: unknown perpetrators are no actor, the event
// is not coded (the country the actor stage lends them from the place,
// "Gunmen attacked a mosque in western Niger", is no source). "Palestinian
// gunmen", "an al-Shabaab suicide bomber" and "armed gangs" stay actors;
// as targets ("arrested 30 suspected kidnappers") they stay too.
func (s *sent) unnamedPerpetrator(m int) bool {
	if m < 0 || m >= len(s.mst) || s.mst[m] < 0 {
		return false
	}
	a, b := s.mst[m], s.men[m]
	for a < b && (s.isDet(a) || s.inAt("numeral", a) || s.inAt("unnamedmod", a)) {
		a++
	}
	if a >= b || b-a > 2 {
		return false
	}
	w := s.norm(a)
	if b-a == 2 {
		w = s.joinedNorm(a, a+1)
	}
	return s.lx.in("unnamedperp", w)
}

// governorCovers keeps the governing word's own pattern and drops the
// governed complement b when that pattern matched through b's anchor with
// near words of its own, no far word (lead, fourth session; "023 V
// *&CO_APPELER +! a ...aide" reaches the aid of any complement and gives
// way to its more specific code): a pattern written for the whole
// construction ("036 V *inviter + a se rendre", "138 V *menacer de
// detruire +!") codes it, not the complement's code transformed by the
// governor's table (« a invité X à se rendre au Mexique » 036, as English
// "invited X to visit Mexico", was the appeal 026; « menace de détruire la
// Corée du Nord » 138, was 1712 -> 130), when that pattern has a target of
// its own (« a menacé de rompre ses relations avec X »: the governor's "+"
// is empty, the complement's 1313 stands) and a code no less specific than
// the complement's (« a menacé de lancer une offensive contre X »: the
// complement's 1384 stands over the governor's 138). throughStands does so for a
// pattern anchored before the governing word, in English.
func (s *sent) governorCovers(b, g int, keep []bool) bool {
	cb := &s.cands[b]
	for a := range s.cands {
		ca := &s.cands[a]
		if a == b || !keep[a] || ca.anchor != g || ca.p.weak || ca.p.noun || ca.code == "---" || ca.last <= cb.anchor || ca.p.fixedWords() < 2 || ca.near > 0 || len(ca.tgt) == 0 ||
			len(cb.code) > len(ca.code) && strings.HasPrefix(cb.code, ca.code) {
			continue
		}
		keep[b] = false
		if s.trace() {
			s.tracef("  %s at %d: complement of %q, whose own pattern %s matched through it: that pattern stands", cb.p.id, cb.anchor, s.toks[g].Text, ca.p.id)
		}
		return true
	}
	return false
}
