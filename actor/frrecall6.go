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
	h := toks[i+1].Text
	if h != "-" && h != "\u2010" && h != "\u2011" {
		return false
	}
	w := &toks[i+2]
	return w.Kind == dyad.Word && strings.IndexByte(unitNorm(w), '-') < 0
}

// unitNorm is a token's folded form.
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
