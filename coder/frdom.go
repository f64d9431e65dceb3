package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// frdom round (French domestic politics): helpers of the emit and match
// steps for parties, deputies, unions and the opposition.

// peerSectors are the sectors of domestic political actors whose members
// deal with each other as separate actors: two parties (PSOE and Podemos
// ESPPTY), two deputies (FRALEG), two unions, the opposition. A meeting,
// talks or an appeal between two of them is an event even when both are
// coded alike (CODING.md: "FRAPTY↔FRAPTY, one event is listed"), unlike two
// members of one government ("le Premier ministre s'est entretenu avec le
// ministre", FRAGOV: internal business).
var peerSectors = map[string]bool{"PTY": true, "LEG": true, "OPP": true, "LAB": true}

// partyPeers reports pairs of distinct mentions coded alike whose code is
// a country + one of peerSectors, for an event other than a visit (042,
// 043: a visit goes to a place or a host, not to a peer).
func (s *sent) partyPeers(pairs [][2]int, code string) bool {
	if code == "042" || code == "043" || len(pairs) == 0 || !s.distinctPairs(pairs) {
		return false
	}
	for _, pr := range pairs {
		if pr[1] < 0 {
			return false
		}
		c := s.codes[pr[0]]
		if len(c) != 6 || c[:3] == "---" || !peerSectors[c[3:6]] {
			return false
		}
	}
	return true
}

// quoteSpeakerAfter: a French verb of a non-weak pattern placed right
// after a closing quote ("« Vous avez trahi les électeurs », a lancé la
// secrétaire du PS à l'adresse du Premier ministre") has no subject to its
// left: its subject is the actor inverted after it, unless that actor is
// already the event's target.
func (s *sent) quoteSpeakerAfter(i int, tgt []int) []int {
	if s.lx.lang != "fr" || !s.afterQuote(i) {
		return nil
	}
	inv := s.inverted(i)
	if inv == nil || overlaps(tgt, inv) {
		return nil
	}
	return inv
}

// genitiveRelAnte: the antecedent of a relative "que" after a comma may be
// the complement of a noun ("a exigé la démission de la ministre X, qu'il a
// qualifiée de « … »", "a rompu les négociations avec la N-VA, qu'il
// accuse de"): an actor after a genitive "de" (de, d', du, des) or "avec"
// (`partnerprep`) right after a noun, not after a verb (a complement of
// the verb: "a parlé de X, qu'il"), with the comma closing it.
func (s *sent) genitiveRelAnte(m int, comma bool) bool {
	if s.lx.lang != "fr" || !comma {
		return false
	}
	k := s.prepBefore(s.mst[m])
	if k <= 0 || !s.inAt("genitive", k) && !s.inAt("partnerprep", k) {
		return false
	}
	return !s.verbForm(k-1) && !s.inAt("aux", k-1) && s.toks[k-1].Kind == dyad.Word && s.actor[k-1] < 0
}

// victimTargets: a protest or a criticism (roots 11, 14) whose every
// target is the person an act was done to ("pour protester contre
// l'assassinat du député X", "a dénoncé l'arrestation de l'opposant") is
// not directed at that person: the target is dropped (the event then has
// none), unless the pattern itself names the act (its words span it).
// French.
func (s *sent) victimTargets(keep []bool) {
	if s.lx.lang != "fr" {
		return
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.p.weak || len(ca.tgt) == 0 || ca.place || ca.both != nil || len(ca.code) < 2 || ca.code[:2] != "11" && ca.code[:2] != "14" {
			continue
		}
		all := true
		for _, m := range ca.tgt {
			v := s.victimNounBefore(m)
			if v < 0 || v >= ca.anchor && v <= ca.last {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		if s.trace() {
			s.tracef("  %s at %d: target %s is the victim of the act named before it: no target", ca.p.id, ca.anchor, s.mtext(ca.tgt))
		}
		ca.tgt = nil
	}
}

// victimNounBefore returns the position of a `victimnoun` right before
// mention m, through a genitive and at most two articles or adjectives
// ("l'assassinat du député", "l'arrestation brutale de l'opposant"); -1
// when none.
func (s *sent) victimNounBefore(m int) int {
	k := s.mst[m] - 1
	for d := 0; k >= 0 && d < 2 && s.isDet(k); d++ {
		k--
	}
	if k < 1 || !s.inAt("genitive", k) {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if s.inAt("victimnoun", j) {
			return j
		}
		if s.toks[j].Kind != dyad.Word || s.actor[j] >= 0 {
			break
		}
	}
	return -1
}

// chargeComplements: an act quoted in the "de" complement of a word of
// charge (`allegeverb`: "a accusé la CGT de « prendre en otage » les
// Français") is the accuser's own figure of speech: it is no event of its
// own (the accusation is, 112). An act charged without quotes ("accuse la
// Russie d'avoir bombardé Kharkiv") stays a reported event. French.
func (s *sent) chargeComplements(keep []bool) {
	if s.lx.lang != "fr" {
		return
	}
	for b := range s.cands {
		cb := &s.cands[b]
		if !keep[b] || cb.p.weak || cb.p.noun {
			continue
		}
		if g := s.chargeWord(cb.anchor); g >= 0 {
			keep[b] = false
			if s.trace() {
				s.tracef("  %s at %d: the charge of %q, alleged: no event of its own", cb.p.id, cb.anchor, s.toks[g].Text)
			}
		}
	}
}

// chargeWord returns the position of an `allegeverb` whose "de"
// complement the verb at v opens inside a quote (an opening quote, then
// "avoir"/"être" or a pronoun, back to "de", then at most eight words,
// quotes or mentions back to the charge word, inside the clause); -1 when
// none.
func (s *sent) chargeWord(v int) int {
	j := v - 1
	quoted := false
	for n := 0; j >= 0 && n < 3 && (s.inAt("verbglue", j) || s.norm(j) == "«" || s.norm(j) == "\""); n++ {
		if s.norm(j) == "«" || s.norm(j) == "\"" {
			quoted = true
		}
		j--
	}
	if !quoted {
		return -1
	}
	if j < 1 || s.norm(j) != "de" && s.norm(j) != "d'" {
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-9; k-- {
		if s.hard(k) {
			return -1
		}
		if s.inAt("allegeverb", k) {
			return k
		}
		if s.actor[k] < 0 && s.verbForm(k) && !s.inAt("aux", k) {
			return -1
		}
	}
	return -1
}

// peerTwins reports two coordinated mentions of one code of peerSectors
// that name two different actors ("le PSOE et Unidas Podemos" ESPPTY,
// "la CFDT et FO" FRALAB): they stay two parties of the group, so that
// they can act on each other ("ont signé un pré-accord"), where mentions
// coded alike are otherwise one actor. French and English ("the ANC and the
// Democratic Alliance signed a deal").
func (s *sent) peerTwins(x, y int) bool {
	if s.lx.lang != "fr" && s.lx.lang != "en" { // English since the endom round
		return false
	}
	c := s.mcode(x)
	if len(c) != 6 || c[:3] == "---" || !peerSectors[c[3:6]] || s.mcode(y) != c {
		return false
	}
	ax, ay := &s.a.Actors[s.ments[x]], &s.a.Actors[s.ments[y]]
	return !ax.Span.Overlaps(ay.Span) && !strings.EqualFold(ax.Text, ay.Text)
}

// participleTargets: a threat, demand or rejection in a present participle
// clause after a comma, with no target of its own, is aimed at
// the target of the event of its main clause when both have the same
// source ("La CGT a appelé le gouvernement à retirer son projet, menaçant
// de bloquer les raffineries": the threat is made to the government).
// A criticism is not ("dénonçant une « chasse aux sorcières » contre X":
// its target is whom it names, not the main clause's). French.
func (s *sent) participleTargets(keep []bool) {
	if s.lx.lang != "fr" {
		return
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.p.weak || len(ca.tgt) > 0 && !ca.place || ca.both != nil || len(ca.src) == 0 || len(ca.code) < 2 {
			continue
		}
		switch ca.code[:2] {
		case "10", "12", "13":
		default:
			continue
		}
		v := ca.anchor
		if v < 1 || !s.lx.endsIn("presentpart", s.norm(v)) || s.norm(v-1) != "," {
			continue
		}
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || !keep[b] || cb.p.weak || cb.anchor >= v-1 || len(cb.tgt) == 0 || cb.place || !s.sameCodes(cb.src, ca.src) {
				continue
			}
			hard := false
			for j := cb.anchor + 1; j < v; j++ {
				if s.hard(j) {
					hard = true
				}
			}
			if hard {
				continue
			}
			ca.tgt, ca.place = cb.tgt, false
			if s.trace() {
				s.tracef("  %s at %d: participle clause after %s: target %s", ca.p.id, ca.anchor, cb.p.id, s.mtext(ca.tgt))
			}
			break
		}
	}
}

// namedApposition: a common noun of unknown country right before the name
// it announces ("le quotidien Reforma", "le quotidien El Mundo", "le
// syndicat UGTT"), the name coded with the same sector, is that named
// actor: it takes the name's code. French.
func (s *sent) namedApposition() {
	if s.lx.lang != "fr" {
		return
	}
	for m := 0; m+1 < len(s.codes); m++ {
		c, n := s.codes[m], s.codes[m+1]
		if len(c) != 6 || c[:3] != "---" || len(n) < 6 || n[:3] == "---" || s.men[m] < 0 || s.mst[m+1] != s.men[m] {
			continue
		}
		if !strings.HasSuffix(n, c[3:6]) || s.a.Actors[s.ments[m]].Kind != "agent" || s.a.Actors[s.ments[m+1]].Kind == "agent" {
			continue
		}
		s.codes[m] = n
		if s.trace() {
			s.tracef("  %q: the name after it, %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[m+1]].Text, n)
		}
	}
}
