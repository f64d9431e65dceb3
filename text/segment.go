package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Segmenter splits text into sentences and tokens (byte offsets).
// PROVISIONAL: a naive first version; replaced by the rule- and data-based
// segmenter (abbreviations, elisions, numbers, dates).
type Segmenter struct{}

// New returns the segmenter for all supported languages.
func New() *Segmenter { return &Segmenter{} }

// Sentences splits at . ! ? followed by a space and an upper-case letter.
func (s *Segmenter) Sentences(t, lang string) []dyad.Span {
	var out []dyad.Span
	start := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '\n' && i+1 < len(t) && t[i+1] == '\n' || (c == '.' || c == '!' || c == '?') && i+2 < len(t) && t[i+1] == ' ' && isUpperAt(t, i+2) {
			out = appendTrimmed(out, t, start, i+1)
			start = i + 1
		}
	}
	return appendTrimmed(out, t, start, len(t))
}

func isUpperAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsUpper(r)
}

func appendTrimmed(out []dyad.Span, t string, a, b int) []dyad.Span {
	for a < b && (t[a] == ' ' || t[a] == '\n' || t[a] == '\t' || t[a] == '\r') {
		a++
	}
	for b > a && (t[b-1] == ' ' || t[b-1] == '\n' || t[b-1] == '\t' || t[b-1] == '\r') {
		b--
	}
	if b > a {
		out = append(out, dyad.Span{Start: a, End: b})
	}
	return out
}

// Tokens splits a span into words, numbers and punctuation.
func (s *Segmenter) Tokens(t string, within dyad.Span, lang string) []dyad.Token {
	var toks []dyad.Token
	i := within.Start
	for i < within.End {
		r, sz := utf8.DecodeRuneInString(t[i:])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		j := i + sz
		kind := dyad.Punct
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			kind = dyad.Word
			if unicode.IsDigit(r) {
				kind = dyad.Number
			}
			for j < within.End {
				r2, sz2 := utf8.DecodeRuneInString(t[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '-' {
					j += sz2
					continue
				}
				if (r2 == '\'' || r2 == '\u2019') && kind == dyad.Word {
					j += sz2
					break
				}
				break
			}
		}
		toks = append(toks, dyad.Token{Span: dyad.Span{Start: i, End: j}, Text: t[i:j], Norm: Fold(t[i:j]), Kind: kind})
		i = j
	}
	return toks
}

// Stage fills Analysis.Sentences with sentences and their tokens.
type Stage struct{ Seg *Segmenter }

// NewStage returns the text stage.
func NewStage() *Stage { return &Stage{Seg: New()} }

// Name implements dyad.Stage.
func (st *Stage) Name() string { return "text" }

// Process implements dyad.Stage.
func (st *Stage) Process(a *dyad.Analysis) error {
	t := a.Doc.Text
	for _, sp := range st.Seg.Sentences(t, a.Doc.Lang) {
		a.Sentences = append(a.Sentences, dyad.Sentence{Span: sp, Tokens: st.Seg.Tokens(t, sp, a.Doc.Lang)})
	}
	return nil
}
