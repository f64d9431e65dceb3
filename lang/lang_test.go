package lang

import (
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

// TestAccuracy measures accuracy per language on sentences of five words
// or more (see uiTestSet and wikinewsSentences for the sources):
//
//	go test ./lang -run TestAccuracy -v
func TestAccuracy(t *testing.T) {
	set := uiTestSet(400)
	if wn := wikinewsSentences(300); wn != nil {
		set["fr-wikinews"] = wn
	}
	for l, ss := range whatlangExamples() {
		set[l+"-wiki"] = ss
	}
	if len(set["fr"]) < 50 || len(set["en"]) < 50 {
		t.Skip("gettext catalogues (/usr/share/locale/*/LC_MESSAGES/*.mo) absent; skipping accuracy measurement")
	}
	d := New()
	var keys []string
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	total, right := 0, 0
	shortN, shortOK := 0, 0
	for _, k := range keys {
		want, _, _ := strings.Cut(k, "-")
		ok := 0
		var errs []string
		for _, s := range set[k] {
			got, _ := d.Detect(s)
			short := len(strings.Fields(s)) <= 7
			if short {
				shortN++
			}
			if got == want {
				ok++
				if short {
					shortOK++
				}
			} else if len(errs) < 5 {
				errs = append(errs, got+": "+s)
			}
		}
		total += len(set[k])
		right += ok
		acc := float64(ok) / float64(len(set[k]))
		t.Logf("%-12s %4d sentences, accuracy %.3f; e.g. wrong: %q", k, len(set[k]), acc, errs)
	}
	acc := float64(right) / float64(total)
	t.Logf("all: %d sentences, accuracy %.3f; of which %d of 5-7 words, accuracy %.3f", total, acc, shortN, float64(shortOK)/float64(shortN))
	if acc < 0.98 {
		t.Errorf("accuracy %.3f < 0.98", acc)
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
