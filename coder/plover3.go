package coder

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
