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
