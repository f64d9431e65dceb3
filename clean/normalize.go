package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in the form every reader of dyad hands on: Unicode
// NFC; no-break, thin and other fixed-width spaces (U+00A0, U+2000–U+200A,
// U+202F, U+205F, U+3000) turned into a plain space; soft hyphens (U+00AD),
// zero-width characters (U+200B–U+200D, U+2060, U+FEFF) removed; CR LF and
// lone CR turned into LF; other C0 control characters except TAB and LF
// removed. Typographic quotes and apostrophes are kept (matching folds them
// with text.Fold).
//
// Normalize may change the number of code points of s; the readers apply it
// to unstructured inputs (plain text, HTML, WARC, feeds) but not to JSON Lines
// records, whose text may carry external offsets. See SpaceMap for the
// offset-preserving part.
func Normalize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case r == '\t' || r == '\n':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			// drop control characters
		case isZeroWidth(r):
			// drop
		case isSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// SpaceMap replaces the fixed-width spaces Normalize turns into a space,
// rune for rune, so that code-point offsets into s stay valid.
func SpaceMap(s string) string {
	has := false
	for _, r := range s {
		if isSpace(r) {
			has = true
			break
		}
	}
	if !has {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return ' '
		}
		return r
	}, s)
}

func isSpace(r rune) bool {
	return r == 0xa0 || (r >= 0x2000 && r <= 0x200a) || r == 0x202f || r == 0x205f || r == 0x3000
}

func isZeroWidth(r rune) bool {
	return r == 0xad || (r >= 0x200b && r <= 0x200d) || r == 0x2060 || r == 0xfeff
}

func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			return false
		}
		if c >= 0x80 {
			for _, r := range s[i:] {
				if r == '\r' || (r < 0x20 && r != '\n' && r != '\t') || isSpace(r) || isZeroWidth(r) {
					return false
				}
			}
			return norm.NFC.IsNormalString(s)
		}
	}
	return true
}
