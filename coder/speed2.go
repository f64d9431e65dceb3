package coder

import "strings"

// speed2 round (2026-11-27): hot-path tables built once at load, read per
// sentence instead of string-map lookups. None changes what is coded.

// tokEntry (lx.tokEntries, indexed by lx.tokInfo: a small map value keeps
// the large map dense) is what reset reads for one normalised token: its pattern word
// forms (lx.forms) and the lists holding it (lx.memberOf), under one hash.
type tokEntry struct {
	forms []formInfo
	memb  []string
	prep  bool // a preposition form (lx.preps)
}

// wordSeenBits sizes the per-sentence filter of word ids (sent.seen): a
// word id w sets bit w mod wordSeenBits.
const wordSeenBits = 4096

// buildSpeedTables fills lx.tokInfo, lx.verbID and each pattern's need
// once forms, lists and patterns are loaded (load.go).
func (lx *lexicon) buildSpeedTables() {
	lx.tokInfo = make(map[string]int32, len(lx.forms)+len(lx.memberOf))
	lx.tokEntries = []tokEntry{{}} // 0: a word of no form and no list
	entry := func(w string) *tokEntry {
		k, ok := lx.tokInfo[w]
		if !ok {
			k = int32(len(lx.tokEntries))
			lx.tokInfo[w] = k
			lx.tokEntries = append(lx.tokEntries, tokEntry{})
		}
		return &lx.tokEntries[k]
	}
	for w, fs := range lx.forms {
		entry(w).forms = fs
	}
	for w, ls := range lx.memberOf {
		entry(w).memb = ls
	}
	for w := range lx.preps {
		entry(w).prep = true
	}
	lx.verbID = make([]bool, len(lx.names))
	for v := range lx.verbs {
		if id, ok := lx.words[v]; ok {
			lx.verbID[id] = true
		}
	}
	for _, ps := range lx.anchors {
		for _, p := range ps {
			p.need = p.need[:0]
			for _, els := range [][]elem{p.pre, p.post} {
				for _, e := range els {
					if e.kind == elWord && !e.optional && len(e.words) > 0 {
						p.need = append(p.need, e.words)
					}
				}
			}
		}
	}
}

// verbWord reports a word id that is the lemma of a verb anchor (the
// lx.verbs test by id).
func (lx *lexicon) verbWord(w int32) bool {
	return int(w) < len(lx.verbID) && lx.verbID[w]
}

// markWords sets the sentence's word filter from the forms of its tokens
// (reset).
func (s *sent) markWords() {
	clear(s.seen[:])
	for _, fs := range s.ids {
		for _, f := range fs {
			s.seen[uint32(f.word)%wordSeenBits/64] |= 1 << (uint32(f.word) % 64)
		}
	}
}

// exactAt is lx.inExact for token k of the sentence: the list test reads
// the token's list memberships (inAt) before the accented form is lowered.
func (s *sent) exactAt(list string, k int) bool {
	return s.inAt(list, k) && s.lx.exact[list][strings.ToLower(s.toks[k].Text)]
}

// mayHaveWord is false when no token of the sentence has a form of word
// id w (true may be a collision of the filter).
func (s *sent) mayHaveWord(w int32) bool {
	return s.seen[uint32(w)%wordSeenBits/64]&(1<<(uint32(w)%64)) != 0
}

// mayMatch is false when the sentence lacks every alternative of one of
// the pattern's required words: match would fail on it ("no X before",
// "no X after"), since it finds a pattern word only among the forms of
// the sentence's tokens (matchAny).
func (s *sent) mayMatch(p *pattern) bool {
	for _, ws := range p.need {
		ok := false
		for _, w := range ws {
			if s.mayHaveWord(w) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
