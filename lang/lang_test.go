package lang

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestDetectExamples(t *testing.T) {
	d := New()
	cases := []struct{ text, want string }{
		{"Le président américain va dépêcher au Pakistan ses plus proches conseillers.", "fr"},
		{"The American president will send his closest advisers to Pakistan.", "en"},
		{"El presidente estadounidense enviará a sus asesores más cercanos a Pakistán.", "es"},
		{"Der amerikanische Präsident wird seine engsten Berater nach Pakistan schicken.", "de"},
		{"Il presidente americano invierà in Pakistan i suoi più stretti consiglieri.", "it"},
		{"O presidente americano enviará ao Paquistão os seus conselheiros mais próximos.", "pt"},
		{"سيرسل الرئيس الأمريكي أقرب مستشاريه إلى باكستان.", "ar"},
		{"Американский президент направит в Пакистан своих ближайших советников.", "ru"},
		// short texts, where function words and distinctive characters decide
		{"¿Dónde están los ministros?", "es"},
		{"A situação não é boa.", "pt"},
		{"Ambos os tipos de pacotes", "pt"},
		{"Die Straße ist gesperrt.", "de"},
		{"Où est passé le ministre ?", "fr"},
		{"Perché il governo è caduto?", "it"},
	}
	for _, c := range cases {
		got, conf := d.Detect(c.text)
		if got != c.want {
			t.Errorf("Detect(%q) = %q, want %q", c.text, got, c.want)
		}
		if conf <= 0 || conf > 1 {
			t.Errorf("confidence %v out of range", conf)
		}
	}
	if l, c := d.Detect("1234 !!! ..."); l != "" || c != 0 {
		t.Errorf("no letters: %q %v", l, c)
	}
}

func TestStageKeepsGivenLang(t *testing.T) {
	s := NewStage()
	a := &dyad.Analysis{Doc: &dyad.Document{Text: "The president will travel to Pakistan next week.", Lang: "fr"}}
	s.Process(a)
	if a.Doc.Lang != "fr" {
		t.Errorf("given lang re-detected: %q", a.Doc.Lang)
	}
	a.Doc.Lang = ""
	s.Process(a)
	if a.Doc.Lang != "en" {
		t.Errorf("detected %q", a.Doc.Lang)
	}
}

// accuracySets returns the accuracy sets by source and language (see
// uiTestSet, tsvSet, fortuneSet, wikinewsSentences and whatlangExamples
// for the sources): the development half of each when dev, else the
// held-out test half. "handbook5" holds the first five words of the
// handbook sentences, a stress view of short inputs.
func accuracySets(dev bool) map[string]map[string][]string {
	src := map[string]map[string][]string{
		"ui":       uiTestSet(400),
		"handbook": tsvSet("testdata/handbook.tsv"),
		"udhr":     tsvSet("testdata/udhr.tsv"),
		"fortunes": fortuneSet(600),
		"whatlang": whatlangExamples(),
	}
	if wn := wikinewsSentences(300); wn != nil {
		src["wikinews"] = map[string][]string{"fr": wn}
	}
	src["handbook5"] = map[string][]string{}
	for l, ss := range src["handbook"] {
		src["handbook5"][l] = prefixes(ss, 5)
	}
	for k, m := range src {
		if len(m) == 0 {
			delete(src, k)
			continue
		}
		for l, ss := range m {
			m[l] = split(ss, dev)
		}
	}
	return src
}

// TestAccuracy measures accuracy per language and source on sentences of
// five words or more, on the held-out half of each set (LANG_DEV=1: the
// development half, on which the model's settings were chosen):
//
//	go test ./lang -run TestAccuracy -v
func TestAccuracy(t *testing.T) {
	dev := os.Getenv("LANG_DEV") != ""
	src := accuracySets(dev)
	if src["handbook"] == nil {
		t.Fatal("testdata/handbook.tsv missing")
	}
	d := New()
	var srcs []string
	for k := range src {
		srcs = append(srcs, k)
	}
	sort.Strings(srcs)
	type tally struct{ n, ok int }
	perLang := map[string]*tally{} // every set but the handbook5 fragments
	var total, short tally
	header := fmt.Sprintf("%-4s", "")
	for _, k := range srcs {
		header += fmt.Sprintf(" %15s", k)
	}
	t.Log(header + "   all sentences")
	for _, l := range Languages {
		row := fmt.Sprintf("%-4s", l)
		var errs []string
		for _, k := range srcs {
			ss := src[k][l]
			if len(ss) == 0 {
				row += fmt.Sprintf(" %15s", "-")
				continue
			}
			ok := 0
			for _, s := range ss {
				got, _ := d.Detect(s)
				if got == l {
					ok++
				} else if len(errs) < 4 && k != "handbook5" {
					errs = append(errs, k+" → "+got+": "+s)
				}
				if k == "handbook5" {
					continue
				}
				if perLang[l] == nil {
					perLang[l] = &tally{}
				}
				perLang[l].n++
				total.n++
				if len(strings.Fields(s)) <= 7 {
					short.n++
				}
				if got == l {
					perLang[l].ok++
					total.ok++
					if len(strings.Fields(s)) <= 7 {
						short.ok++
					}
				}
			}
			row += fmt.Sprintf(" %5.3f (%4d)   ", float64(ok)/float64(len(ss)), len(ss))
		}
		pl := perLang[l]
		row += fmt.Sprintf(" %5.3f (%4d)", float64(pl.ok)/float64(pl.n), pl.n)
		t.Log(row)
		for _, e := range errs {
			t.Logf("     wrong: %s", e)
		}
	}
	acc := float64(total.ok) / float64(total.n)
	t.Logf("dev=%v all: %d sentences, accuracy %.3f; of which %d of 5-7 words, accuracy %.3f", dev, total.n, acc, short.n, float64(short.ok)/float64(short.n))
	if acc < 0.98 {
		t.Errorf("accuracy %.3f < 0.98", acc)
	}
	for _, l := range Languages {
		if pl := perLang[l]; float64(pl.ok) < 0.98*float64(pl.n) {
			t.Errorf("%s: accuracy %.3f < 0.98", l, float64(pl.ok)/float64(pl.n))
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	d := New()
	s := "Le président américain, Donald Trump, va dépêcher au Pakistan ses plus proches conseillers diplomatique et militaire."
	d.Detect(s)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Detect(s)
	}
}

// BenchmarkDetectHandbook detects the handbook sentences of the six
// Latin-script languages (time per sentence; they average 18 words).
func BenchmarkDetectHandbook(b *testing.B) {
	set := tsvSet("testdata/handbook.tsv")
	var ss []string
	for _, l := range latin {
		ss = append(ss, set[l]...)
	}
	if len(ss) == 0 {
		b.Skip("testdata/handbook.tsv missing")
	}
	d := New()
	d.Detect(ss[0])
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Detect(ss[i%len(ss)])
	}
}
