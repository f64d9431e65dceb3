package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

func TestDebugCorpus(t *testing.T) {
	p := os.Getenv("DYAD_DEBUG_CORPUS")
	if p == "" {
		t.Skip("set DYAD_DEBUG_CORPUS")
	}
	f, _ := os.Open(p)
	defer f.Close()
	kb, _ := Default()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<24), 1<<24)
	n := 0
	for sc.Scan() && n < 6 {
		n++
		var r struct{ ID, Text, Date string }
		json.Unmarshal(sc.Bytes(), &r)
		a := analyse(t, kb, r.ID, r.Text, "2012")
		t.Logf("=== %s %s %.200q", r.ID, r.Date, r.Text)
		for _, m := range a.Actors {
			t.Logf("%-40q %-10s %-8s %s", m.Text, m.Code, m.Kind, m.Entry)
		}
	}
}
