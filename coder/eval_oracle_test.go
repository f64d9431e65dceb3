package coder

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coder/internal/evaltest"
)

const sharedEval = "../../shared/eval/"

type ploverRec struct {
	ID, Text, Plover, Mode string
	Source_actors          []struct{ Text, Code string }
	Target_actors          []struct{ Text, Code string }
}

func readJSONL[T any](t *testing.T, path string) []T {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s absent (../shared is not part of the product): %v", path, err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r T
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// TestPLOVEROracleActors measures the coder alone on the PLOVER dev set,
// with the gold actors given as mentions (the actor stage's job is taken
// out): the PLOVER category of the first event against the gold one.
func TestPLOVEROracleActors(t *testing.T) {
	recs := readJSONL[ploverRec](t, sharedEval+"events_en_plover_dev.jsonl")
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	right, none := 0, 0
	for _, r := range recs {
		var fx []string
		for _, a := range r.Source_actors {
			fx = append(fx, a.Text+"="+a.Code)
		}
		for _, a := range r.Target_actors {
			fx = append(fx, a.Text+"="+a.Code)
		}
		a := analyse(t, "en", r.Text, fx...)
		if err := c.Process(a); err != nil {
			t.Fatal(err)
		}
		got := topPLOVER(a.Events)
		if got == "" {
			none++
		}
		if got == r.Plover {
			right++
		} else if testing.Verbose() {
			t.Logf("%s want %s got %s %v: %s", r.ID, r.Plover, got, evStrings(a.Events), r.Text)
		}
	}
	pct := 100 * float64(right) / float64(len(recs))
	t.Logf("PLOVER top event with gold actors: %d/%d = %.1f%% (no event: %d)", right, len(recs), pct, none)
}

func topPLOVER(evs []dyad.Event) string {
	for _, e := range evs {
		if e.Negated {
			continue
		}
		if p := evaltest.GSRName(e.Code); p != "" {
			return p
		}
	}
	return ""
}
