package coder

import (
	"strings"

	dyad "github.com/dyadproject/dyad"
)

// enstruct5 round: English sentence structure without a parser (subjects
// opened by "neither", verbs coordinated each with its own object, objects
// coordinated after one verb, agents qualified by a reduced relative).

// neitherSubject reports a clause subject opened by a word of `neg_coord`
// before the verb at i ("Neither Russia nor China attended", "Neither side
// accepted"): the negation of the verb (English).
func (s *sent) neitherSubject(i int) int {
	if s.lx.lang != "en" {
		return -1
	}
	for j := i - 1; j >= 0 && !s.hard(j); j-- {
		if s.inAt("neg_coord", j) {
			return j
		}
		if j < i-1 && s.actor[j] < 0 && s.verbBefore(j) {
			// a verb of its own between: "neither" belongs to it
			return -1
		}
	}
	return -1
}

// coordOwnObject reports b, a verb coordinated by "and" with a's verb after
// a's own object, with an object of its own ("criticised Japan and warned
// the Philippines over ..."): a's later words do not consume it (English).
func (s *sent) coordOwnObject(ca, cb *cand) bool {
	if s.lx.lang != "en" || ca.p.noun || cb.p.noun || len(cb.tgt) == 0 {
		return false
	}
	j := cb.anchor - 1
	for j > ca.anchor && (s.inAt("aux", j) || s.inAt("coordadverb", j)) {
		j--
	}
	if j <= ca.anchor+1 || !s.inAt("conj", j) {
		return false
	}
	obj := false
	for k := ca.anchor + 1; k < j; k++ {
		if s.hard(k) {
			return false
		}
		if s.actor[k] >= 0 {
			obj = true
		}
	}
	if !obj {
		return false
	}
	for _, m := range cb.tgt {
		if s.mst[m] < cb.anchor {
			return false
		}
	}
	return true
}

// coordObjectNoun reports the word at i, right after the actor m that
// follows "and", as the noun of a second object of the verb of a first
// one ("struck Hezbollah positions in southern Lebanon and Hamas targets
// in Gaza"): a past verb with an actor right after it opens the first
// object, with no clause limit nor other verb up to "and" (English).
func (s *sent) coordObjectNoun(m int) bool { return s.coordObjectVerb(m) >= 0 }

// coordObjectVerb gives the verb of coordObjectNoun's first object, -1.
func (s *sent) coordObjectVerb(m int) int {
	if s.lx.lang != "en" || m < 0 || s.mst[m] < 2 || !s.inAt("conj", s.mst[m]-1) {
		return -1
	}
	c := s.mst[m] - 1
	for k := c - 1; k >= 0 && k >= c-10; k-- {
		if s.hard(k) {
			return -1
		}
		if s.actor[k] >= 0 {
			continue
		}
		if s.verbBefore(k) {
			if k+1 < c && s.actor[k+1] >= 0 && s.mst[s.actor[k+1]] == k+1 && s.actor[s.men[s.actor[k+1]]] < 0 {
				return k
			}
			return -1
		}
	}
	return -1
}

// coordObjectOf gives the actor of a second object coordinated with the
// object of c's verb ("struck Hezbollah positions in southern Lebanon and
// Hamas targets in Gaza": Hamas), read as a noun by coordObjectNoun, when
// c's target is the owner of the first; -1 otherwise.
func (s *sent) coordObjectOf(c *cand) int {
	if s.lx.lang != "en" || c.p.noun || len(c.tgt) != 1 || s.mst[c.tgt[0]] != c.anchor+1 {
		return -1
	}
	for j := c.anchor + 2; j < len(s.toks) && j <= c.anchor+12 && !s.hard(j); j++ {
		m := s.actor[j]
		if m < 0 || s.mst[m] != j || m == c.tgt[0] {
			continue
		}
		if s.coordObjectVerb(m) != c.anchor {
			continue
		}
		if k := s.men[m]; k < len(s.toks) && s.actor[k] < 0 && s.toks[k].Kind == dyad.Word && !s.verbBefore(k) && !s.isPrep(k) {
			return m
		}
	}
	return -1
}

// ownerLinkCountry completes an agent followed by a reduced relative that
// names whose it is ("troops deployed by Rwanda", `ownerbyverb` + "by";
// "fighters loyal to the Sudanese army", `loyalword` + "to"): an agent of
// unknown country takes the state of the actor named; armed men (`loyalarmed`)
// loyal to a state's army or government (`loyalstate`) are its forces (English).
func (s *sent) ownerLinkCountry() {
	if s.lx.lang != "en" {
		return
	}
	for m := range s.codes {
		c := s.codes[m]
		if len(c) < 6 || s.mst[m] < 0 || s.a.Actors[s.ments[m]].Kind != "agent" {
			continue
		}
		x, loyal := s.linkedMention(m, "loyalword", "ownerbyverb")
		if x < 0 || !loyal && !strings.HasPrefix(c, "---") {
			continue
		}
		k := s.men[m]
		nc := s.codes[x]
		cc := s.lx.stateCC(nc)
		switch {
		case cc == "":
			continue
		case loyal && s.a.Actors[s.ments[x]].Kind == "agent" && len(nc) >= 6 && s.lx.in("loyalarmed", strings.ToLower(c[3:6])) && s.lx.in("loyalstate", strings.ToLower(nc[3:6])):
			// armed men loyal to a state's army or government are its forces
			s.codes[m] = cc + "MIL"
		case loyal && !strings.HasPrefix(c, "---"):
			continue
		default:
			s.codes[m] = cc + c[3:]
		}
		if s.trace() {
			s.tracef("  %q: %s named by %q %q: %s", s.a.Actors[s.ments[m]].Text, c, s.toks[k].Text, s.a.Actors[s.ments[x]].Text, s.codes[m])
		}
	}
}

// linkedMention returns the actor mention that a reduced relative right
// after mention m names: a word of toList then "to" (`infto`: "fighters
// loyal to the army", "gunmen linked to the Islamic State", to true), or a
// word of byList then the agent preposition ("troops deployed by Rwanda",
// "a bomber sent by the Taliban"), then the mention, past determiners; -1
// otherwise (English; ownerLinkCountry, enheld7.go perpLink).
func (s *sent) linkedMention(m int, toList, byList string) (x int, to bool) {
	k := s.men[m]
	if k < 0 || k+2 >= len(s.toks) {
		return -1, false
	}
	to = s.inAt(toList, k) && s.inAt("infto", k+1)
	if !to && !(s.inAt(byList, k) && s.norm(k+1) == s.lx.agentPrep()) {
		return -1, false
	}
	j := k + 2
	for j < len(s.toks) && s.actor[j] < 0 && s.isDet(j) {
		j++
	}
	if j >= len(s.toks) || s.actor[j] < 0 || s.mst[s.actor[j]] != j {
		return -1, false
	}
	return s.actor[j], to
}
