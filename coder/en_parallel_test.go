package coder

import (
	"strings"
	"testing"
)

// TestEnglishParallelGaps: English causes of exact misses on the parallel
// wire set (testdata/wire_parallel.jsonl, dev pairs); one constructed
// sentence per rule (not a sentence of the set), with fixture actors
// (3-letter codes are countries, longer ones agents), the events it must
// give and the ones it must not.
func TestEnglishParallelGaps(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
		not    []string
	}{
		// a nationality before "and" shares the noun of the next agent
		{"Indian and Pakistani troops exchanged fire along the border.",
			[]string{"Indian=IND", "Pakistani troops=PAKMIL"}, []string{"INDMIL>PAKMIL:193"}, []string{"IND>PAKMIL:193"}},
		{"The Greek and Turkish foreign ministers met in Ankara.",
			[]string{"Greek=GRC", "Turkish foreign ministers=TURGOV"}, []string{"GRCGOV>TURGOV:040", "TURGOV>GRCGOV:040"}, nil},
		// coordinated subjects do not condemn each other
		{"Italy and Spain condemned the detention of the journalist.",
			[]string{"Italy=ITA", "Spain=ESP"}, nil, []string{"ITA>ESP:111", "ESP>ITA:111"}},
		// but they agree, meet and fight with each other
		{"Jordan and Britain agreed to strengthen cooperation.",
			[]string{"Jordan=JOR", "Britain=GBR"}, []string{"JOR>GBR:030", "GBR>JOR:030"}, nil},
	} {
		a := analyse(t, "en", tc.text, tc.actors...)
		for i := range a.Actors {
			a.Actors[i].Kind = "agent"
			if len(a.Actors[i].Code) == 3 {
				a.Actors[i].Kind = "country"
			}
		}
		if err := c.Process(a); err != nil {
			t.Fatal(err)
		}
		got := evStrings(a.Events)
		joined := " " + strings.Join(got, " ") + " "
		for _, w := range tc.want {
			if !strings.Contains(joined, " "+w+" ") {
				t.Errorf("%s\n got  %q\n missing %s", tc.text, got, w)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(joined, " "+n+" ") {
				t.Errorf("%s\n got  %q\n must not give %s", tc.text, got, n)
			}
		}
	}
}
