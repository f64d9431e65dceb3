package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

// setNow fixes the current date for a test.
func setNow(t *testing.T, day string) {
	t.Helper()
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		t.Fatal(err)
	}
	old := Now
	Now = func() time.Time { return d.Add(15 * time.Hour) }
	t.Cleanup(func() { Now = old })
}

// A document without a publication date: a weekday with a day and a month
// gives the most recent such year up to today, and the latest such date
// (or an explicit full date) anchors the document's other expressions.
// The text paraphrases seed 004 (/work/shared/seeds, no date header).
func TestUndatedAnchor(t *testing.T) {
	setNow(t, "2026-11-26")
	txt := "Marco Rubio a rencontré Shehbaz Sharif, ce jeudi 19 février à Washington. " +
		"Il a présenté ses condoléances après les attaques du 31 janvier, ainsi que l'attentat-suicide du 6 février contre une mosquée. " +
		"Les deux pays avaient signé un accord en août. Le ministre a parlé hier."
	a := analyse(t, txt, "", "fr")
	want := map[string]string{
		"ce jeudi 19 février": "2026-02-19",
		"31 janvier":          "2026-01-31",
		"6 février":           "2026-02-06",
		"août":                "2025-08",
		"hier":                "2026-02-18",
	}
	for expr, v := range want {
		x := find(a, expr)
		if x == nil {
			t.Errorf("%q not found in %v", expr, a.Times)
			continue
		}
		if x.Value != v {
			t.Errorf("%q → %s, want %s", expr, x.Value, v)
		}
	}
	if !a.Doc.Date.IsZero() {
		t.Errorf("Doc.Date set to %v", a.Doc.Date)
	}
	if got := InferredAnchor(a); got.String() != "2026-02-19" {
		t.Errorf("InferredAnchor = %q, want 2026-02-19", got)
	}
	// EventDate keeps the (unknown) publication date as its fallback
	got, _ := eventDateAt(t, "Le ministre a démissionné. Il est parti le 20 mars 2024.", "", "fr", "démissionné")
	if got != "" {
		t.Errorf("undated EventDate fallback %q, want empty", got)
	}
}

func TestUndatedWeekdayYear(t *testing.T) {
	setNow(t, "2026-11-26")
	cases := []struct{ sentence, expr, want string }{
		{"Il est arrivé ce jeudi 19 février à Washington.", "jeudi 19 février", "2026-02-19"},
		// 19 February 2025 was a Wednesday, 2020 too; 2025 is the latest
		{"Il est arrivé mercredi 19 février à Washington.", "mercredi 19 février", "2025-02-19"},
		// a day not yet reached this year: the year before or earlier
		{"Il est arrivé lundi 28 décembre à Washington.", "lundi 28 décembre", "2020-12-28"},
		// 29 February: only leap years
		{"Il est arrivé samedi 29 février à Washington.", "samedi 29 février", "2020-02-29"},
		{"He arrived on Thursday, February 19 in Washington.", "Thursday, February 19", "2026-02-19"},
		// a weekday that no year gives (31 février) stays unresolved
		{"Il est arrivé jeudi 31 février à Washington.", "", ""},
	}
	for _, tc := range cases {
		lang := "fr"
		if tc.sentence[0] == 'H' {
			lang = "en"
		}
		a := analyse(t, tc.sentence, "", lang)
		if tc.expr == "" {
			for _, x := range a.Times {
				if x.Value != "" && x.Value[0] >= '0' && x.Value[0] <= '9' {
					t.Errorf("%q: unexpected resolved %v", tc.sentence, x)
				}
			}
			continue
		}
		x := find(a, tc.expr)
		if x == nil {
			t.Errorf("%q: %q not found (%v)", tc.sentence, tc.expr, a.Times)
			continue
		}
		if x.Value != tc.want {
			t.Errorf("%q: %q → %s, want %s", tc.sentence, x.Text, x.Value, tc.want)
		}
	}
}

// A date the text states with its year places a weekday date near it; a
// distant one does not.
func TestUndatedWeekdayNearStated(t *testing.T) {
	setNow(t, "2026-11-26")
	a := analyse(t, "22 mai 2012. - Le CERN annoncera ce mercredi 4 juillet l'état de la traque. Il a parlé hier.", "", "fr")
	if x := find(a, "mercredi 4 juillet"); x == nil || x.Value != "2012-07-04" {
		t.Errorf("mercredi 4 juillet: %v", x)
	}
	if got := InferredAnchor(a); got.String() != "2012-07-04" {
		t.Errorf("InferredAnchor = %v", got)
	}
	if x := find(a, "hier"); x == nil || x.Value != "2012-07-03" {
		t.Errorf("hier: %v", x)
	}
	// the weekday date first, the stated year after it
	a = analyse(t, "Le CERN annoncera ce mercredi 4 juillet l'état de la traque. Publié le 22 mai 2012.", "", "fr")
	if x := find(a, "mercredi 4 juillet"); x == nil || x.Value != "2012-07-04" {
		t.Errorf("mercredi 4 juillet before the stated date: %v", x)
	}
	a = analyse(t, "Depuis les attentats du 11 septembre 2001, rien n'a changé. Il est arrivé ce jeudi 19 février à Washington.", "", "fr")
	if x := find(a, "jeudi 19 février"); x == nil || x.Value != "2026-02-19" {
		t.Errorf("jeudi 19 février with a distant stated date: %v", x)
	}
}

// An explicit full date with a year anchors an undated document; a future
// one (after today) does not, and a dated document keeps its own date.
func TestUndatedExplicitAnchor(t *testing.T) {
	setNow(t, "2026-11-26")
	a := analyse(t, "Le sommet s'est tenu le 12 mars 2024. Le lendemain, les ministres ont signé. Trois jours plus tôt, le 9 mars, ils étaient arrivés. Il a parlé vendredi.", "", "fr")
	for expr, v := range map[string]string{"le 9 mars": "2024-03-09", "vendredi": "2024-03-08"} {
		if x := find(a, expr); x == nil || x.Value != v {
			t.Errorf("%q: got %v, want %s", expr, x, v)
		}
	}
	if got := InferredAnchor(a); got != (dyad.Date{Year: 2024, Month: 3, Day: 12}) {
		t.Errorf("InferredAnchor = %v", got)
	}
	a = analyse(t, "Les élections auront lieu le 5 novembre 2028. Le ministre a parlé vendredi.", "", "fr")
	if got := InferredAnchor(a); !got.IsZero() {
		t.Errorf("future date taken as anchor: %v", got)
	}
	if x := find(a, "vendredi"); x == nil || x.Value != "XXXX-WXX-5" {
		t.Errorf("vendredi: %v", x)
	}
	a = analyse(t, "Le sommet s'est tenu le 12 mars 2024. Il a parlé vendredi.", "2024-05-02", "fr")
	if got := InferredAnchor(a); !got.IsZero() {
		t.Errorf("dated document: InferredAnchor = %v", got)
	}
	// the date of a holiday name is not an anchor
	a = analyse(t, "Les attentats du 11-Septembre ont changé le monde. Il a parlé vendredi.", "", "fr")
	if got := InferredAnchor(a); !got.IsZero() {
		t.Errorf("holiday taken as anchor: %v", got)
	}
}

// tagFull is Tag for an undated text with a full second pass (no restart).
func tagFull(tg *Tagger, txt string, sentences []dyad.Span, lang string) []dyad.TimeExpr {
	lx := tg.lexFor(lang)
	c := &ctx{lx: lx, text: txt, en: lx.lang == "en", now: fromTime(Now()), redo: -1, wdRedo: redoPoint{si: -1}}
	out := tg.tag(c, &scratch{}, sentences, 0, nil)
	inf, stated, _ := inferAnchor(lx, txt, out, c.now)
	if inf.IsZero() {
		return out
	}
	c2 := &ctx{lx: lx, text: txt, anchor: inf, en: c.en, now: c.now, redo: -1, wdRedo: redoPoint{si: -1}, stated: stated}
	return tg.tag(c2, &scratch{}, sentences, 0, nil)
}

// The second pass of an undated text restarts at the first sentence an
// anchor changes; the result must be that of a full second pass. Texts:
// the expression cases run together with anchoring sentences at several
// places, and (when ../shared is there) the seeds and the Wikinews
// corpus without their dates.
func TestSecondPassRestart(t *testing.T) {
	setNow(t, "2026-11-26")
	tg := New()
	var texts []string
	var fr []string
	for _, tc := range exprCases {
		if tc.lang == "fr" {
			fr = append(fr, tc.sentence)
		}
	}
	for _, anchor := range []string{"Il est arrivé ce jeudi 19 février à Washington.", "Le sommet s'est tenu le 12 mars 2024.", "Publié le 22 mai 2012."} {
		for _, at := range []int{0, len(fr) / 3, len(fr) - 1} {
			parts := append(append(append([]string{}, fr[:at]...), anchor), fr[at:]...)
			texts = append(texts, strings.Join(parts, " "))
		}
	}
	if files, _ := filepath.Glob("../../shared/seeds/*.txt"); len(files) > 0 {
		for _, f := range files {
			b, _ := os.ReadFile(f)
			texts = append(texts, string(b))
		}
	}
	if f, err := os.Open("../../shared/corpora/wikinews_fr_2012.jsonl"); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var r struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &r) == nil {
				texts = append(texts, r.Text)
			}
		}
		f.Close()
	} else {
		t.Logf("../shared absent: synthetic texts only")
	}
	seg := text.New()
	for _, txt := range texts {
		sents := seg.Sentences(txt, "fr")
		got := tg.Tag(txt, sents, dyad.Date{}, "fr")
		want := tagFull(tg, txt, sents, "fr")
		if len(got) != len(want) {
			t.Errorf("%.60q: %d expressions, a full second pass gives %d", txt, len(got), len(want))
			continue
		}
		for k := range got {
			if got[k] != want[k] {
				t.Errorf("%.60q: %v, a full second pass gives %v", txt, got[k], want[k])
				break
			}
		}
	}
}
