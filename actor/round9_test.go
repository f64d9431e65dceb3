package actor

import (
	"os"
	"strings"
	"testing"
)

// readProbeTSV reads a probe file of the probes/ folder (lang, date, sentence,
// "anchor=CODE|CODE ; anchor!CODE"), skipping comment lines.
func readProbeTSV(t *testing.T, path string) []round5Case {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cs []round5Case
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		p := strings.Split(l, "\t")
		if len(p) < 4 {
			t.Fatalf("bad probe line %q", l)
		}
		var want []string
		for _, w := range strings.Split(p[3], ";") {
			if w = strings.TrimSpace(w); w != "" {
				want = append(want, w)
			}
		}
		cs = append(cs, round5Case{p[0], p[1], p[2], want})
	}
	return cs
}

// TestRound9Probes: actor probes of the actors round 9 (actors2), invented French
// and English news sentences with their expected codes written before running
// dyad (probes/probes_actors9_b1.tsv; the held-back probes/probes_actors9_b2.tsv,
// not looked at while fixing): a country adjective after a noun of a state's
// goods or measures ("taxes américaines", "entités chinoises"), generic NGOs,
// "droits de douane", multinational missions, a demonym before a person's name,
// IGO titles before a person, ruling and opposition parties of a country, the
// opposition and the police of the one state named, rebels seizing a place.
func TestRound9Probes(t *testing.T) {
	checkRound6(t, readProbeTSV(t, "../probes/probes_actors9_b1.tsv"))
}

func TestRound9HeldBack(t *testing.T) {
	checkRound6(t, readProbeTSV(t, "../probes/probes_actors9_b2.tsv"))
}
