package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// pairs13 round: a sentence that ends by adding a second source to its main
// clause's event — English ", and Berlin did too", ", and so did Hungary's
// Orban", ", as did X"; French « , Berlin aussi », « , tout comme le Hongrois
// Viktor Orban » — codes the event again with that source. The cue words are
// the lists `alsopost` (after the last mention: "did too", « aussi ») and
// `alsopre` (before it: "so did", « tout comme ») of en_lex.txt / fr_lex.txt.

// seqAt reports whether the words of one entry of list match the tokens from
// k on, and returns the token after them.
func (s *sent) seqAt(list string, k int) (int, bool) {
	for e := range s.lx.lists[list] {
		ws := strings.Fields(e)
		if k+len(ws) <= len(s.toks) && s.seqMatches(ws, k) {
			return k + len(ws), true
		}
	}
	return k, false
}

// seqBefore reports whether an entry of list ends at token k-1, and returns
// its first token.
func (s *sent) seqBefore(list string, k int) (int, bool) {
	for e := range s.lx.lists[list] {
		ws := strings.Fields(e)
		st := k - len(ws)
		if st < 0 {
			continue
		}
		if s.seqMatches(ws, st) {
			return st, true
		}
	}
	return k, false
}

// seqMatches reports whether the tokens from st on are the words ws.
func (s *sent) seqMatches(ws []string, st int) bool {
	for i, w := range ws {
		if s.norm(st+i) != w {
			return false
		}
	}
	return true
}

// onlyPunctFrom reports that the tokens from k to the end are punctuation.
func (s *sent) onlyPunctFrom(k int) bool {
	for ; k < len(s.toks); k++ {
		if s.toks[k].Kind == dyad.Word {
			return false
		}
	}
	return true
}

// alsoTail finds the mention of a trailing "X did too" / « X aussi » /
// "so did X" / « tout comme X »: the last mention with tokens, after a
// comma or a conjunction (`alsojoin`).
func (s *sent) alsoTail() int {
	last := -1
	for m := range s.ments {
		if s.mst[m] >= 0 && (last < 0 || s.mst[m] > s.mst[last]) {
			last = m
		}
	}
	if last < 0 || s.mst[last] < 2 {
		return -1
	}
	joined := func(k int) bool {
		return k > 0 && (s.norm(k-1) == "," || s.inAt("alsojoin", k-1))
	}
	if e, ok := s.seqAt("alsopost", s.men[last]); ok && s.onlyPunctFrom(e) && joined(s.mst[last]) {
		return last
	}
	at := s.mst[last]
	if s.inAt("det", at-1) {
		at-- // « tout comme le Hongrois Viktor Orban »
	}
	if b, ok := s.seqBefore("alsopre", at); ok && s.onlyPunctFrom(s.men[last]) && joined(b) {
		return last
	}
	return -1
}

// alsoSource codes again, with the trailing mention as source, the events
// of this sentence whose source is its first mention (the main subject);
// an event that took the trailing mention as target is dropped.
func (s *sent) alsoSource(from int) {
	if len(s.a.Events) == from {
		// no event of this sentence to code again
		return
	}
	m := s.alsoTail()
	if m < 0 {
		return
	}
	first := -1
	for k := range s.ments {
		if s.mst[k] >= 0 && (first < 0 || s.mst[k] < s.mst[first]) {
			first = k
		}
	}
	if first == m {
		return
	}
	xs := s.a.Actors[s.ments[m]].Span
	fs := s.a.Actors[s.ments[first]].Span
	code := s.codes[m]
	kept := s.a.Events[:from]
	var add []dyad.Event
	for _, e := range s.a.Events[from:] {
		if e.Sentence != s.si {
			kept = append(kept, e)
			continue
		}
		if e.TargetSpan.Overlaps(xs) {
			if s.trace() {
				s.tracef("pairs13: drop %s %s→%s: its target is the trailing « also » source", e.Code, e.Source, e.Target)
			}
			continue
		}
		kept = append(kept, e)
		if !e.SourceSpan.Overlaps(fs) || e.Target == code || e.Source == code {
			continue
		}
		c := e
		c.Source, c.SourceText, c.SourceSpan = code, s.a.Doc.Text[xs.Start:xs.End], xs
		if s.trace() {
			s.tracef("pairs13: %s %s→%s again with the trailing source %s", e.Code, e.Source, e.Target, code)
		}
		add = append(add, c)
	}
	s.a.Events = append(kept, add...)
}
