package coder

// plover2 round (2026-11-27): a future verb restricted by "only" states a
// condition, not an announced act. "refused to meet X, saying he would only
// receive him after Y withdrew", "would welcome him only once the blockade
// was lifted", "will only meet him in Jerusalem": the host sets terms, he
// announces no visit (CODING.md: hypothetical events are not coded). The
// words are lists of en_lex.txt: `plover2-only` before the verb (past
// `verbglue` adverbs), or after it within a few tokens when a
// `plover2-onlycond` word (after, once, if, when, until ...) follows it.

// onlyCondition returns the index of the restricting "only" of the verb at
// i, or -1.
func (s *sent) onlyCondition(i int) int {
	lx := s.lx
	// before the verb: "would only receive", "will only then meet"
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		nm := s.joined(j)
		if lx.in("plover2-only", nm) {
			return j
		}
		if lx.in("future", nm) || s.hard(j) || s.actor[j] >= 0 {
			break
		}
	}
	// after the verb and its object: "would welcome him only once ..."
	for j := i + 1; j < len(s.toks)-1 && j <= i+4; j++ {
		if s.hard(j) {
			break
		}
		if lx.in("plover2-only", s.joined(j)) && lx.in("plover2-onlycond", s.joined(j+1)) {
			return j
		}
	}
	return -1
}

// subordinateRank reports, in English, an anchor inside a clause opened by
// a `subord` conjunction (as, after, before, since, until, once:
// enlong.go subordOpener): "Papandreou demanded immediate elections after a
// special court cleared him", "threatened to ban imports as the leaders of
// the two countries sought to ease tensions". Such an act is told as the
// circumstance of the main one, so it ranks after it (emit.go: the first
// event of a sentence is the one a reader takes for its news).
func (s *sent) subordinateRank(i int) bool {
	if s.lx.lang != "en" || i <= 0 {
		return false
	}
	k := s.subordOpener(i)
	return k >= 0 && s.inAt("subord", k)
}
