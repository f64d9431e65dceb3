package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// enumComma reports, in English, a comma at k inside an enumeration of
// plain nouns before the default target ("fired tear gas, rubber bullets
// and bean bag rounds at protesters"): the words between the comma and the
// next "and|or" (`conj`, at most four) are lower-case words that are no
// actor, preposition, verb participle, past or -ing form, and the word
// before the comma is such a word too. Such a comma lists the objects of
// one verb and does not end the search for its target, as a comma
// between clauses does (enarticle round).
func (s *sent) enumComma(k int) bool {
	if s.lx.lang != "en" || k < 1 || k+2 >= len(s.toks) || s.norm(k) != "," || !s.plainListWord(k-1) {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
		if s.lx.in("conj", s.norm(j)) {
			return j > k+1 && j+1 < len(s.toks) && s.plainListWord(j+1)
		}
		if !s.plainListWord(j) {
			return false
		}
	}
	return false
}

// plainListWord reports a lower-case word at j that is no actor,
// preposition, determiner or verb form with a tense tag (enumComma).
func (s *sent) plainListWord(j int) bool {
	t := &s.toks[j]
	if t.Kind != dyad.Word || s.actor[j] >= 0 || capital(t.Text) || s.isPrep(j) || s.isDet(j) || s.hard(j) {
		return false
	}
	for _, f := range s.ids[j] {
		if f.tag&(tagPart|tagPast|tagGer) != 0 {
			return false
		}
	}
	return true
}

// accusedContent drops, in English, an event whose verb was governed by a
// light or intent word ("trying to", "attempting to") that is itself the
// complement of an accusation or criticism (root 11: "the Kremlin accused
// Washington of trying to usurp power in Venezuela"): what someone is
// accused of is not asserted (CODING.md, reported speech), as the plain
// complement "accused X of usurping" is already dropped with its governor
// (emit.go); the light word's governed event skipped that check (enarticle
// round).
func (s *sent) accusedContent(keep []bool) {
	if s.lx.lang != "en" {
		return
	}
	for b := range s.cands {
		cb := &s.cands[b]
		if !cb.governed || !keep[b] || cb.gov <= 0 {
			continue
		}
		for a := range s.cands {
			ca := &s.cands[a]
			if a == b || !keep[a] || ca.governed || !strings.HasPrefix(ca.code, "11") || ca.anchor >= cb.gov || cb.gov-ca.anchor > 12 {
				continue
			}
			if s.complement(cb.gov, ca.anchor) && !s.lx.in("gerundintro", s.norm(cb.gov-1)) {
				keep[b] = false
				if s.trace() {
					s.tracef("  drop %s at %d: governed by %q, the content of %s at %d", cb.p.id, cb.anchor, s.toks[cb.gov].Text, ca.p.id, ca.anchor)
				}
				break
			}
		}
	}
}

// custodyGenitive reports, in English, an "of" at k after a noun of
// custody (`custodynoun`: "condemned the detention of the civilian
// leaders"): the person held is the victim of the act criticised, no
// target (victimOfCriticism, enreal.go). Unlike `patientnoun` the place of
// such an act stays a target ("condemned the arrest of the opposition
// leader in Moscow": the state holding him there, wire dev gold), so the
// nouns are not in that list (enarticle round).
func (s *sent) custodyGenitive(k int) bool {
	return s.lx.lang == "en" && k > 0 && k < len(s.toks) && s.lx.in("genitive", s.norm(k)) && s.lx.in("custodynoun", s.norm(k-1))
}

// modalTenseBreak reports, in English, a candidate verb at a that is a
// bare form right after a modal (`modalaux`: "would review") and a verb at
// p, after "and|but", in a past form that is not its own base ("urged"):
// the past verb cannot share the modal, so it is not coordinated with a
// but with the finite verb before ("Kerry said Washington would review the
// request but urged Turkey to ...": Kerry urged; coordinatedVerb,
// enarticle round).
func (s *sent) modalTenseBreak(a, p int) bool {
	if s.lx.lang != "en" || a < 1 || !s.lx.in("modalaux", s.norm(a-1)) || s.norm(a) != s.lemmaAt(a) || s.norm(p) == s.lemmaAt(p) {
		return false
	}
	for _, f := range s.ids[p] {
		if f.tag&tagPast != 0 {
			return true
		}
	}
	return false
}
