package coder

import "strings"

// pairs15 round (2026-11-27): classes found by invented English/French
// wire pairs on meetings and visits, coordinated actors, role appositions,
// sub-codes and nominal events (probes/pairs15.tsv).

// objectBeforeComma reports that the actor group of mention m, which
// closes right before a comma, is the object of a finite verb that opens
// it ("Abe met Iran's supreme leader, Ayatollah Ali Khamenei, during a
// visit to Tehran": the leader is met, not the subject of the set-off
// phrase), and returns that verb's subject; nil when m is no such object.
func (s *sent) objectBeforeComma(m int) []int {
	st := s.mst[m]
	for _, g := range s.group(m) {
		if s.mst[g] < st {
			st = s.mst[g]
		}
	}
	j := st - 1
	if j < 1 || s.actor[j] >= 0 || !s.verbForm(j) || !s.finiteAt(j) || s.isDet(j-1) || s.norm(j-1) == "'s" {
		return nil
	}
	g := s.subject(j)
	if g != nil && s.trace() {
		s.tracef("  phrase set off after the object of %q: the clause subject", s.toks[j].Text)
	}
	return g
}

// homeTripIntent reports an intent to visit or meet (036) whose target is
// a place of the source's own country, after a locative preposition (« les
// ministres du Brésil ... sont attendus à Rio de Janeiro» BRAGOV>BRA): a
// trip at home is no visit, as emit.go drops for 042-044 (French).
func (s *sent) homeTripIntent(c *cand, m int) bool {
	if c.code != "036" || m < 0 {
		return false
	}
	if c.place {
		return true
	}
	pb := s.prepBefore(s.mst[m])
	return pb >= 0 && s.inAt("locprep", pb) && !s.inAt("genitive", pb)
}

// purposeOfMeeting reports a reciprocal candidate c with coordinated
// sources and no target that states the purpose (« pour discuter d'une
// trêve ») of a kept meeting or consultation (04x) of the same sources
// with a target before it: « l'Égypte, le Qatar et les États-Unis ont
// rencontré une délégation du Hamas pour discuter d'une trêve » are no
// talks of Egypt with Qatar; the meeting says who talks with whom.
func (s *sent) purposeOfMeeting(c *cand, keep []bool) bool {
	if len(c.tgt) != 0 || len(c.src) < 2 || !strings.HasPrefix(c.code, "04") || !s.purpose(c.anchor) {
		return false
	}
	for a := range s.cands {
		o := &s.cands[a]
		if o == c || !keep[a] || o.anchor >= c.anchor || len(o.tgt) == 0 || o.place || !strings.HasPrefix(o.code, "04") || !sameInts(o.src, c.src) {
			continue
		}
		if s.trace() {
			s.tracef("  %s at %d states the purpose of the meeting %s at %d: no talks among its sources", c.p.id, c.anchor, o.p.id, o.anchor)
		}
		return true
	}
	return false
}
