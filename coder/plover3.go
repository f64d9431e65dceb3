package coder

import "github.com/dyadproject/dyad"

// Round plover3 (2026-11-27): structure for constructions of real English
// agency news; the words are in en_lex.txt (plover3-… lists).

// pressFor: "is pushing (hard) for the IMF to cancel …", "pressed for Syria
// to allow …": a verb of plover3-pressfor directly followed by "for" (past
// a word of plover3-pressforadv) keeps its demand reading (10x) instead of
// the appeal transform of appealanchor verbs.
func (s *sent) pressFor(i int) bool {
	if !s.inAt("plover3-pressfor", i) {
		return false
	}
	j := i + 1
	if j < len(s.toks) && s.inAt("plover3-pressforadv", j) {
		j++
	}
	return j < len(s.toks) && s.norm(j) == "for"
}

// dropElaborations (English, with one-sided events kept, as the PLOVER
// eval's --one-sided mode asks): a target-less event whose source has a
// targeted event in the same sentence elaborates that act rather than
// adding one: "launched rocket fire against guerrilla camps, killing or
// wounding 50" (the 180 of the participle), "captured a stronghold after
// five days of fighting" (the 190 of the noun), "outlawed the organisation
// because of its involvement in killing". The targeted event is kept; a
// sentence whose source has no targeted event keeps its one-sided events.
func dropElaborations(a *dyad.Analysis, evs []dyad.Event) []dyad.Event {
	type key struct {
		s   int
		src string
	}
	targeted := map[key]bool{}
	for _, e := range evs {
		if e.Source != "" && e.Target != "" {
			targeted[key{e.Sentence, e.Source}] = true
		}
	}
	kept := make([]dyad.Event, 0, len(evs))
	for _, e := range evs {
		if e.Target == "" && e.Source != "" && targeted[key{e.Sentence, e.Source}] {
			if a.Trace != nil {
				a.Tracef("coder", "s%d: drop %s %s→ (%s): one-sided beside a targeted act of the same source (plover3)", e.Sentence, e.Code, e.Source, e.Pattern)
			}
			continue
		}
		kept = append(kept, e)
	}
	return kept
}
