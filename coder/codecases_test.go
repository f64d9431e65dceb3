package coder

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/timex"
)

// codeCase is a sentence with its fixture actors ("text=CODE"; a trailing
// "@" makes the mention a place, actor kind "country") and the events it
// must give, as evStrings writes them.
type codeCase struct {
	lang, text string
	actors     []string
	want       []string
}

// checkCodeCases codes each case with c and reports a difference with the
// coder's trace. dyadic leaves out events without a target.
func checkCodeCases(t *testing.T, c *Coder, cases []codeCase, dyadic bool) {
	t.Helper()
	for _, tc := range cases {
		var spec []string
		places := map[string]bool{}
		for _, a := range tc.actors {
			if strings.HasSuffix(a, "@") {
				a = strings.TrimSuffix(a, "@")
				places[a[:strings.LastIndexByte(a, '=')]] = true
			}
			spec = append(spec, a)
		}
		a := analyse(t, tc.lang, tc.text, spec...)
		for i := range a.Actors {
			if places[a.Actors[i].Text] {
				a.Actors[i].Kind = "country"
			}
		}
		var tr []string
		a.Trace = func(stage, msg string) { tr = append(tr, msg) }
		if err := c.Process(a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evStrings(a.Events) {
			if !dyadic || !strings.Contains(e, ">:") {
				got = append(got, e)
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s\n got %q\nwant %q\n%s", tc.text, got, tc.want, strings.Join(tr, "\n"))
		}
	}
}

// realStages returns the embedded coder and actor KB for codeReal.
func realStages(t *testing.T) (*Coder, *actor.KB) {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	kb, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c, kb
}

// codeReal codes one sentence through the real stages (text, timex, actor
// with the embedded dictionaries, coder) and returns the analysis.
func codeReal(t *testing.T, c *Coder, kb *actor.KB, lang, txt string) *dyad.Analysis {
	t.Helper()
	return codeRealDated(t, c, kb, lang, dyad.Date{Year: 2024, Month: 6, Day: 1}, txt)
}

// codeRealDated is codeReal for an article of the given date.
func codeRealDated(t *testing.T, c *Coder, kb *actor.KB, lang string, date dyad.Date, txt string) *dyad.Analysis {
	t.Helper()
	a := &dyad.Analysis{Doc: &dyad.Document{Text: txt, Lang: lang, Date: date}}
	for _, s := range []dyad.Stage{text.NewStage(), timex.New(), actor.NewStage(kb), c} {
		if err := s.Process(a); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// fixCase is a sentence of our own in a language with the events it must
// give and the ones it must not ("SRC>TGT:CODE").
type fixCase struct {
	lang, text string
	want, not  []string
}

// checkFixCases codes each case through the real stages (codeReal) and
// checks its events.
func checkFixCases(t *testing.T, cases []fixCase) {
	t.Helper()
	c, kb := realStages(t)
	for _, tc := range cases {
		a := codeReal(t, c, kb, tc.lang, tc.text)
		checkEvents(t, tc.text, a.Events, tc.want, tc.not)
	}
}
