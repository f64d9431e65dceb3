// enbg round (English precision on background clauses): a trailing clause
// or phrase opened after a comma by "after", "following", "in the wake
// of", "which came after" (`bglead`) tells the background of the news; a
// past event in it without a time of its own is no event of the news
// (CODING.md: a date-less past background event is not coded), and a
// far pattern word of the main clause never reaches into it.

package coder

// bgLeadStart returns the first token after the comma that opens the
// stretch holding token i when that stretch begins with a `bglead`
// phrase, with the index just past the phrase; -1, -1 otherwise. The
// comma must not open the sentence.
func (s *sent) bgLeadStart(i int) (int, int) {
	for k := i - 1; k > 0; k-- {
		if s.hard(k) || s.norm(k) == ";" {
			return -1, -1
		}
		if s.norm(k) == "," {
			if e, ok := s.seqAt("bglead", k+1); ok && e <= i+1 {
				return k + 1, e
			}
			return -1, -1
		}
	}
	return -1, -1
}

// bgCommaAt reports, in English, a comma at k followed by a `bglead`
// phrase: the end of the main clause for a far pattern word ("killed
// eight militants ..., in the wake of a suicide attack" is no "...suicide"
// killing).
func (s *sent) bgCommaAt(k int) bool {
	if s.norm(k) != "," {
		return false
	}
	if s.lx.lang == "fr" {
		_, ok := s.frLeadAt(k + 1)
		return ok
	}
	if s.lx.lang != "en" {
		return false
	}
	_, ok := s.seqAt("bglead", k+1)
	return ok
}

// undatedBackground reports, in English, an event whose anchor stands in
// a trailing `bglead` stretch ("…, in the wake of a suicide attack", "…,
// after a round of talks mediated by Cuba") with no time expression in
// that stretch: a past fact told as the news's background. A verb anchor
// must be a past form and no finite verb after "after" (triggerVerb); a
// stretch dated by its own time is left to background's dates.
func (s *sent) undatedBackground(c *cand) bool {
	if s.lx.lang != "en" {
		return false
	}
	st, e := s.bgLeadStart(c.anchor)
	if st < 0 || c.anchor < e-1 || s.inAt("bgfuture", st) {
		return false
	}
	if !c.p.noun && (!s.pastForm(c.anchor) || s.triggerVerb(c, st)) {
		// (a finite verb after "after" is the news's trigger: "…, after
		// President Erdogan lashed out at the Israeli government")
		return false
	}
	return !s.timeWithin(s.toks[st].Span.Start, s.toks[s.stretchEnd(c.anchor)].Span.End)
}

// stretchEnd returns the token closing the comma stretch after token i (a
// clause boundary, a comma or a semicolon), or the last token (enbg, frbg).
func (s *sent) stretchEnd(i int) int {
	for j := i + 1; j < len(s.toks); j++ {
		if s.hard(j) || s.norm(j) == "," || s.norm(j) == ";" {
			return j
		}
	}
	return len(s.toks) - 1
}

// timeWithin reports a time expression of the sentence inside the offsets
// [lo, hi] (a background stretch dated by its own time; enbg, frbg).
func (s *sent) timeWithin(lo, hi int) bool {
	for _, tx := range s.a.Times {
		if tx.Sentence == s.si && tx.Span.Start >= lo && tx.Span.End <= hi {
			return true
		}
	}
	return false
}

// triggerVerb reports a finite (not reduced) verb event in a stretch
// opened by an "after" phrase (`bgtrigger`: "…, after President Erdogan
// lashed out at the Israeli government", "…, which came after Somali
// troops attacked Kenyan police"): the news's own trigger, an
// interaction of the news's days that a careful coder codes (enlong's
// rule; pairs10). A participle without auxiliary ("after a round of
// talks mediated by Cuba") is no trigger.
func (s *sent) triggerVerb(c *cand, st int) bool {
	_, ok := s.seqAt("bgtrigger", st)
	return ok && !c.reduced
}
