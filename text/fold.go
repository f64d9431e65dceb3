package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the matching form of s: lower case, accents removed,
// typographic apostrophes and dashes replaced by ASCII ones. It is used
// for every dictionary look-up (actors, patterns, time words), so that
// "États-Unis", "etats-unis" and "ETATS UNIS" meet.
//
// Runes below U+3000 are folded through a table built once from foldSlow
// (the reference definition); other runes send the whole string through
// foldSlow, so the result is always that of foldSlow.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	foldOnce.Do(buildFoldTab)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			} else if c == '`' {
				c = '\''
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		if r >= foldTabSize || r == utf8.RuneError {
			return foldSlow(s)
		}
		b.WriteString(foldTab[r])
		i += sz
	}
	return b.String()
}

const foldTabSize = 0x3000

var (
	foldOnce sync.Once
	foldTab  []string
)

func buildFoldTab() {
	foldTab = make([]string, foldTabSize)
	for r := rune(0x80); r < foldTabSize; r++ {
		foldTab[r] = foldSlow(string(r))
	}
}

// foldSlow is the reference definition of Fold.
func foldSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '`' || r == '\u00b4':
			b.WriteByte('\'')
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2212':
			b.WriteByte('-')
		case r == '\u0153':
			b.WriteString("oe")
		case r == '\u0152':
			b.WriteString("oe")
		case r == '\u00e6' || r == '\u00c6':
			b.WriteString("ae")
		case r == '\u00df':
			b.WriteString("ss")
		case r == '\u00a0' || r == '\u202f' || r == '\u2009':
			b.WriteByte(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
