package actor

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

// spacedPrefix reports whether token i, of folded form n, is a demonym prefix
// of the demonym-prefix word set written with a detached hyphen before a word
// ("soviéto - tchécoslovaques", "franco - britanniques": the spaced hyphens of
// the 1990s press). The three tokens then read as the one hyphenated token of
// "soviéto-tchécoslovaques" (frrecall6).
func spacedPrefix(toks []dyad.Token, i int, n string) bool {
	if i+2 >= len(toks) || demonymPrefix()[n] == "" {
		return false
	}
	if !DetachedHyphen(toks[i+1].Text) {
		return false
	}
	w := &toks[i+2]
	return w.Kind == dyad.Word && strings.IndexByte(unitNorm(w), '-') < 0
}

// DetachedHyphen reports whether a token is a hyphen standing alone between
// two words: "-", U+2010 (hyphen) or U+2011 (non-breaking hyphen). The coder
// joins the same spaced compounds (coder/frrecall6.go).
func DetachedHyphen(tok string) bool {
	return tok == "-" || tok == "\u2010" || tok == "\u2011"
}

// unitNorm is a token's folded form: its Norm, or its text folded when the
// tokenizer left Norm empty.
func unitNorm(t *dyad.Token) string {
	if t.Norm != "" {
		return t.Norm
	}
	return text.Fold(t.Text)
}

// spacedPrefixUnits appends the two units of a spaced prefixed compound
// starting at token i (spacedPrefix): the prefix first, the word after the
// hyphen last.
func spacedPrefixUnits(toks []dyad.Token, i int, n string, buf []unit) []unit {
	up, cp := caseOf(toks[i].Text)
	buf = append(buf, unit{norm: n, tok: i, tokEnd: i, first: true, upper: up, cap: cp})
	w := &toks[i+2]
	up, cp = caseOf(w.Text)
	return append(buf, unit{norm: unitNorm(w), tok: i + 2, tokEnd: i + 2, last: true, upper: up, cap: cp})
}
