package actor_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

// eventCase is an invented sentence run through the whole pipeline: its
// events, written SOURCE>TARGET:CODE and joined by spaces, must contain
// want and must not contain none (when set). A zero date is 2020-05-01.
type eventCase struct {
	body, lang string
	date       dyad.Date
	want, none string
}

// checkEventCases shows actor fixes as they come out in the coded events.
func checkEventCases(t *testing.T, name string, cases []eventCase) {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		d := c.date
		if d.IsZero() {
			d = dyad.Date{Year: 2020, Month: 5, Day: 1}
		}
		a, err := p.Analyze(&dyad.Document{ID: fmt.Sprintf("%s-%d", name, i), Lang: c.lang, Date: d, Text: c.body})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range a.Events {
			got = append(got, e.Source+">"+e.Target+":"+e.Code)
		}
		all := strings.Join(got, " ")
		if !strings.Contains(all, c.want) || c.none != "" && strings.Contains(all, c.none) {
			t.Errorf("%q: want %s (not %q), got %v", c.body, c.want, c.none, got)
		}
	}
}
