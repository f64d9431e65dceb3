// enwire5 round (invented English wire sentences, probes/probes_enwire5*.tsv).

package coder

import "strings"

// protestDemand: "Tens of thousands marched in Niamey to demand the
// departure of French troops": an English protest (141-145) with no target
// but its place, whose purpose infinitive is a demand (10x) with a target
// that is no place, is a protest against that target; a demand for change
// (104x) gives its sub-code (1041 -> 1411, as protestPurpose does for
// French and CODING.md's « manifestent pour exiger le départ de l'armée »
// 1411). The demand itself is the protest's complement and codes nothing
// more. Called where cb is dropped as the complement of ca.
func (s *sent) protestDemand(ca, cb *cand) {
	if s.lx.lang != "en" || ca.p.weak || len(ca.code) != 3 || ca.code < "141" || ca.code > "145" || len(ca.tgt) > 0 && !ca.place || ca.both != nil ||
		!strings.HasPrefix(cb.code, "10") || len(cb.tgt) == 0 || cb.place || cb.both != nil || len(ca.src) == 0 || !s.sameCodes(cb.src, ca.src) || cb.anchor < 1 || s.norm(cb.anchor-1) != "to" {
		return
	}
	s.takeDemand(ca, cb)
}

// adjectivalMention reports an English mention that qualifies the noun
// after it ("seized a Russian tanker", "Russian assets"): the state it
// names is the owner of a thing, not the place acted on ("captured
// Bakhmut after months of fighting", "seized Kabul on Sunday").
func (s *sent) adjectivalMention(m int) bool {
	e := s.men[m]
	return s.lx.lang == "en" && e >= 0 && e < len(s.toks) && s.plainNoun(e) && !s.inAt("subord", e)
}

// placeBeforeComp: "NATO leaders agreed in Vilnius to invite Ukraine",
// "refused in Geneva to sign": a place adjunct (a country or city after a
// place preposition) right after a governing word (intent, refusal,
// appeal ...) stands between it and its complement; it returns the
// governing word's index, else -1 (English).
func (s *sent) placeBeforeComp(m int) int {
	if s.lx.lang != "en" || !s.placeMention(m) {
		return -1
	}
	pb := s.prepBefore(s.mst[m])
	if pb < 1 || s.actor[pb-1] >= 0 || !s.governing(pb-1) {
		return -1
	}
	return pb - 1
}

// refusedTogether: "Hungary and Slovakia refused to sign a joint EU
// statement": a reciprocal act (signing, talks) refused (12x by the
// refusal table) by a coordinated subject, whose object names a third
// actor, is refused by both to that actor (the text's owner), not by each
// to the other. Without a third actor ("Serbia and Kosovo refused to
// resume talks") or when agreed to ("Russia and Ukraine agreed to swap
// prisoners", 0353 each way) the subjects stay each other's parties.
func (s *sent) refusedTogether(c *cand) {
	if len(c.tgt) > 0 || c.both != nil || len(c.src) < 2 || !c.p.mutual || !strings.HasPrefix(c.code, "12") || strings.HasPrefix(c.p.code, "12") {
		return
	}
	for k := c.anchor + 1; k <= c.last && k < len(s.toks); k++ {
		if m := s.actor[k]; m >= 0 && !c.hasSrc(m) {
			c.tgt = []int{m}
			if s.trace() {
				s.tracef("  %s at %d: a reciprocal act refused together: target the actor of its object %s", c.p.id, c.anchor, s.mtext(c.tgt))
			}
			return
		}
	}
}
