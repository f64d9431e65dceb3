package text

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// FuzzSegment checks the invariants of the segmenter on any input: no
// panic, sentences in order inside the text, tokens in order inside their
// sentence, Text == text[Start:End], Norm == Fold(Text), and the stage
// agreeing with Sentences + Tokens.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"« Je pars. » Il est parti.", "M. Dupont a-t-il 13 000 € ?", "l'O.N.U. U.S.A J.-C. c.-à-d.",
		"18 - 12 - 2020 24.10.2021 1/04/289/002 14h30", "informelsToujours MoscouLa",
		"x@y.fr www.a.b http://x. #tag", "a\xff\xfe. B", "1. Toute 2. Nul", "don't John's",
	} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	seg := New()
	st := NewStage()
	f.Fuzz(func(t *testing.T, text, lang string) {
		ss := seg.Sentences(text, lang)
		a := dyad.Analysis{Doc: &dyad.Document{Text: text, Lang: lang}}
		if err := st.Process(&a); err != nil {
			t.Fatal(err)
		}
		if len(a.Sentences) != len(ss) {
			t.Fatalf("stage %d sentences, Sentences %d", len(a.Sentences), len(ss))
		}
		prev := 0
		for i, sp := range ss {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
				t.Fatalf("bad sentence %v after %d", sp, prev)
			}
			prev = sp.End
			if a.Sentences[i].Span != sp {
				t.Fatalf("stage span %v, Sentences %v", a.Sentences[i].Span, sp)
			}
			tk := seg.Tokens(text, sp, lang)
			if len(tk) != len(a.Sentences[i].Tokens) {
				t.Fatalf("sentence %v: stage %d tokens, Tokens %d", sp, len(a.Sentences[i].Tokens), len(tk))
			}
			end := sp.Start
			for j, x := range tk {
				if x.Start < end || x.End <= x.Start || x.End > sp.End {
					t.Fatalf("bad token %+v in %v", x, sp)
				}
				end = x.End
				if x.Text != text[x.Start:x.End] || x.Norm != Fold(x.Text) {
					t.Fatalf("token %+v: text or norm wrong", x)
				}
				if x != a.Sentences[i].Tokens[j] {
					t.Fatalf("token %+v differs from the stage's %+v", x, a.Sentences[i].Tokens[j])
				}
			}
		}
	})
}
