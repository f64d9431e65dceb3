package timex

import (
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/text"
)

// token kinds of the tagger's own tokenisation (independent of package
// text's tokens, so that the grammar sees the same pieces whatever the
// segmenter does with "24.10.2021" or "aujourd'hui").
const (
	tWord uint8 = iota
	tNum
	tPunct
)

// tok is one piece of a sentence: a run of letters, a run of digits or one
// other character. s and e are byte offsets into the document text.
type tok struct {
	s, e  int
	norm  string // folded form (text.Fold)
	kind  uint8
	space bool // whitespace before the token
	acc   bool // the surface form had non-ASCII letters (accents)
	upper bool // first letter is upper case
	num   int  // value of a number token
	ndig  int  // digits of a number token
	ents  []*entry
	multi []*entry
	flags uint8
	one   uint64 // bit s: a one-word entry of section s is this token (accents checked)
	any   uint64 // bit s: an entry of section s starts with this token
	// byte range of norm in the fold buffer (while tokenising)
	num2, ndig2 int
}

// foldTab holds text.Fold of every rune in U+0080..U+024F, computed once.
var foldTab [0x250 - 0x80]string

func init() {
	for r := rune(0x80); r < 0x250; r++ {
		foldTab[r-0x80] = text.Fold(string(r))
	}
}

// appendFold appends the folded form of r to b.
func appendFold(b []byte, r rune) []byte {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	case r < 0x250:
		return append(b, foldTab[r-0x80]...)
	}
	return append(b, text.Fold(string(r))...)
}

func isApos(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc'
}

// tokenize cuts t[from:to] into toks. buf is scratch space for the folded
// forms; the returned tokens' norm strings share one allocation.
func tokenize(t string, from, to int, out []tok, buf []byte) ([]tok, []byte) {
	out = out[:0]
	buf = buf[:0]
	i := from
	space := true
	for i < to {
		r, sz := utf8.DecodeRuneInString(t[i:])
		if r < 0x80 && (r == ' ' || r == '\n' || r == '\t' || r == '\r') || r >= 0x80 && unicode.IsSpace(r) {
			space = true
			i += sz
			continue
		}
		k := tok{s: i, space: space}
		space = false
		a := len(buf)
		switch {
		case r < 0x80 && '0' <= r && r <= '9':
			k.kind = tNum
			j := i
			for j < to && '0' <= t[j] && t[j] <= '9' {
				if k.ndig < 9 {
					k.num = k.num*10 + int(t[j]-'0')
				}
				k.ndig++
				buf = append(buf, t[j])
				j++
			}
			k.e = j
		case r < 0x80 && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') || r >= 0x80 && unicode.IsLetter(r):
			k.kind = tWord
			k.upper = unicode.IsUpper(r)
			j := i
			for j < to {
				r2, sz2 := utf8.DecodeRuneInString(t[j:])
				if r2 < 0x80 {
					if !('a' <= r2 && r2 <= 'z' || 'A' <= r2 && r2 <= 'Z') {
						break
					}
				} else if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				} else {
					k.acc = true
				}
				buf = appendFold(buf, r2)
				j += sz2
			}
			k.e = j
		default:
			k.kind = tPunct
			if isApos(r) {
				buf = append(buf, '\'')
			} else {
				buf = appendFold(buf, r)
			}
			k.e = i + sz
		}
		// norm holds the folded bytes' offsets until the string is made
		k.num2 = a
		k.ndig2 = len(buf)
		out = append(out, k)
		i = k.e
	}
	all := string(buf)
	for n := range out {
		out[n].norm = all[out[n].num2:out[n].ndig2]
	}
	return out, buf
}
