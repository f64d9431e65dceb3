package timex

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// FuzzTag checks that any text, anchor and language give well-formed
// expressions (spans inside the sentence, text equal to the span) and no
// panic.
func FuzzTag(f *testing.F) {
	for _, tc := range exprCases {
		f.Add(tc.sentence, 2021, 10, 24, tc.lang == "en")
	}
	f.Add("le 31 02 2021, 24/7, 12-1234, l'an 0, 9999 ans, 1er 2e 3e", 2020, 2, 29, false)
	f.Add("Oct. 5 at 3:30 p.m. the 1990s '90s 21st century", 0, 0, 0, true)
	tg := New()
	f.Fuzz(func(t *testing.T, s string, y, m, d int, en bool) {
		a := dyad.Date{Year: y % 3000, Month: m % 13, Day: d % 32}
		if a.Year <= 0 || a.Month <= 0 {
			a = dyad.Date{}
		} else if a.Day <= 0 || !validDay(a.Year, a.Month, a.Day) {
			a.Day = 0
		}
		lang := "fr"
		if en {
			lang = "en"
		}
		sp := dyad.Span{Start: 0, End: len(s)}
		for _, x := range tg.Tag(s, []dyad.Span{sp}, a, lang) {
			if x.Start < 0 || x.End > len(s) || x.Start >= x.End || s[x.Start:x.End] != x.Text || x.Value == "" {
				t.Fatalf("bad expression %+v in %q", x, s)
			}
			// a time of day needs a full (or XXXX-XX-XX) date before its T
			if k := strings.IndexByte(x.Value, 'T'); k > 0 && (x.Value[0] == 'X' || x.Value[0] >= '0' && x.Value[0] <= '9') && k != 10 {
				t.Fatalf("bad TIME value %q for %q in %q", x.Value, x.Text, s)
			}
		}
	})
}

// FuzzEventDate checks that EventDate never panics and answers either the
// publication date or the date part of one of the sentence's expressions.
func FuzzEventDate(f *testing.F) {
	f.Add("Le Pakistan, accusé (ISI) « depuis 2001 », n'a pas reconnu le régime, alors qu'il l'avait reconnu lorsqu'il était au pouvoir entre 1996 et 2001.", 5, true)
	f.Add("C'est mardi, à 18 h 15, qu'une fusée a été lancée \" pour entrer le 15 \" mais", 3, false)
	f.Add("Talks, which began on Tuesday (or \"Monday\"), collapsed, but it was on October 20 that", 2, true)
	f.Add("( ) « » \" , ; : que qu' ne n' pour se", 0, true)
	tg := New()
	f.Fuzz(func(t *testing.T, s string, k int, dated bool) {
		d := dyad.Date{}
		if dated {
			d = dyad.Date{Year: 2021, Month: 10, Day: 24}
		}
		lang := "fr"
		if k%2 == 1 {
			lang = "en"
		}
		a := &dyad.Analysis{Doc: &dyad.Document{Text: s, Date: d, Lang: lang}}
		a.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(s)}}}
		a.Times = tg.Tag(s, []dyad.Span{{Start: 0, End: len(s)}}, d, lang)
		ok := map[string]bool{d.String(): true}
		for _, x := range a.Times {
			v := x.Value
			if i := strings.IndexByte(v, 'T'); i > 0 {
				v = v[:i]
			}
			ok[v] = true
		}
		for at := 0; at < len(s); at += 1 + k%7 {
			if k < 0 {
				k = -k
			}
			end := at + 1 + k%5
			if end > len(s) {
				end = len(s)
			}
			if got := EventDate(a, 0, dyad.Span{Start: at, End: end}); !ok[got] {
				t.Fatalf("EventDate %q at %d: %q is no date of the sentence", s, at, got)
			}
			// a span outside the sentence or empty
			EventDate(a, 0, dyad.Span{Start: end, End: end})
		}
	})
}
