package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// checkEvents reports each event of want ("SRC>TGT:CODE") missing from evs
// and each event of not found in it.
func checkEvents(t *testing.T, text string, evs []dyad.Event, want, not []string) {
	t.Helper()
	got := evStrings(evs)
	joined := " " + strings.Join(got, " ") + " "
	for _, w := range want {
		if !strings.Contains(joined, " "+w+" ") {
			t.Errorf("%s\n got  %q\n missing %s", text, got, w)
		}
	}
	for _, n := range not {
		if strings.Contains(joined, " "+n+" ") {
			t.Errorf("%s\n got  %q\n must not give %s", text, got, n)
		}
	}
}

// gapCase is a sentence with fixture actors ("surface=CODE"), the events it
// must give and the ones it must not.
type gapCase struct {
	text   string
	actors []string
	want   []string
	not    []string
}

// runGapCases codes each case in lang with the embedded patterns. A
// 3-letter code is a country mention; with kinds, the others are agents,
// and codes longer than 6 letters groups.
func runGapCases(t *testing.T, lang string, kinds bool, cases []gapCase) {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		a := analyse(t, lang, tc.text, tc.actors...)
		for i := range a.Actors {
			code := a.Actors[i].Code
			switch {
			case len(code) == 3:
				a.Actors[i].Kind = "country"
			case kinds && len(code) > 6:
				a.Actors[i].Kind = "group"
			case kinds:
				a.Actors[i].Kind = "agent"
			}
		}
		if err := c.Process(a); err != nil {
			t.Fatal(err)
		}
		checkEvents(t, tc.text, a.Events, tc.want, tc.not)
	}
}
