package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// enprec12 round (English precision): see coder/README.md.

// unknownMeetersVenue (English) reports a meeting (04x) whose sources are
// all of unknown country ("regional leaders met in Jamaica", "foreign
// ministers gathered in Geneva"): they meet one another, the place is the
// venue and no party (before: ---GOV>JAM 040). A named source keeps the
// place target ("Blinken held talks in Cairo").
func (s *sent) unknownMeetersVenue(p *pattern, c *cand) bool {
	if s.lx.lang != "en" || !strings.HasPrefix(p.code, "04") || len(c.src) == 0 {
		return false
	}
	for _, m := range c.src {
		if !strings.HasPrefix(s.codes[m], "---") {
			return false
		}
	}
	return true
}

// plainHeadPlaceSubject (English) reports a verb whose clause opens the
// sentence with a plain noun that is no actor ("An explosion at a fuel
// depot on the outskirts of Luanda killed four workers"): the actors before
// the verb are only places after prepositions, so none of them is the
// subject (before: AGO>AGOLAB 190 from "Luanda"). An agent head ("Police in
// Luanda arrested") is an actor and opens no such clause.
func (s *sent) plainHeadPlaceSubject(p int) bool {
	if s.lx.lang != "en" || p < 3 {
		return false
	}
	k := 0
	if s.isDet(k) {
		k++
	}
	if s.actor[k] >= 0 || s.toks[k].Kind != dyad.Word || s.isPrep(k) || k > 0 && capital(s.toks[k].Text) ||
		s.inAt("quantity", k) || s.inAt("numeral", k) || s.inAt("passaux", p-1) {
		// ("Thousands of Senegalese protested": a quantity of people;
		// "the town of X was shelled by": a passive's subject is its target)
		return false
	}
	preps, places := 0, 0
	for j := k + 1; j < p; j++ {
		if s.hard(j) || s.verbForm(j) && s.finiteAt(j) && !s.isDet(j-1) && !s.isPrep(j-1) {
			return false
		}
		if s.isPrep(j) && s.actor[j] < 0 {
			preps++
		}
		if m := s.actor[j]; m >= 0 {
			if s.mst[m] != j {
				continue
			}
			if s.a.Actors[s.ments[m]].Kind != "country" {
				if !s.placeAgent(j) {
					return false
				}
				// enwire6: "An explosion at the al-Ahli hospital in Gaza
				// City killed": a facility after a place preposition is
				// where it happened
				places++
				continue
			}
			pb := s.prepBefore(j)
			if pb < 0 || !s.isPrep(pb) {
				return false
			}
			places++
		}
	}
	if preps == 0 || places == 0 {
		return false
	}
	if s.trace() {
		s.tracef("  subject of %q: the plain noun %q opening the sentence, the places after its prepositions are no subject", s.toks[p].Text, s.toks[k].Text)
	}
	return true
}
