package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPloverActors measures, on the English PLOVER dev set, the share of
// gold source/target actors found among the actors the stage reports for
// the record: a gold actor (country code + sector) is found when a
// reported code starts with its country part and, when the gold has a
// sector, carries that sector among its role codes. Measuring only: no
// sentence of the set is special-cased anywhere.
func TestPloverActors(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "eval", "events_en_plover_dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("../shared/eval/events_en_plover_dev.jsonl not present: measure skipped")
	}
	defer f.Close()
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	type gact struct{ Text, Code, Sector string }
	var rec struct {
		ID, Text, Date, Lang string
		Source               []gact `json:"source_actors"`
		Target               []gact `json:"target_actors"`
	}
	total, found, foundCountry := 0, 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var missed []string
	for sc.Scan() {
		rec.Source, rec.Target = nil, nil
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		a := analyseLang(t, kb, rec.ID, rec.Text, rec.Date, rec.Lang)
		for _, g := range append(rec.Source, rec.Target...) {
			total++
			sector := strings.ToUpper(g.Sector)
			if len(sector) > 3 {
				sector = sector[:3]
			}
			if sector == "***" {
				sector = ""
			}
			ok, okc := false, false
			for _, m := range a.Actors {
				if !strings.HasPrefix(m.Code, g.Code) {
					continue
				}
				okc = true
				if sector == "" || roleHas(m.Code[len(g.Code):], sector) {
					ok = true
				}
			}
			if ok {
				found++
			} else {
				missed = append(missed, g.Text+" "+g.Code+g.Sector)
			}
			if okc {
				foundCountry++
			}
		}
	}
	share := float64(found) / float64(total)
	t.Logf("PLOVER dev actors: %d/%d = %.1f%% found with sector, %.1f%% with the country/IGO part",
		found, total, 100*share, 100*float64(foundCountry)/float64(total))
	if testing.Verbose() {
		for _, m := range missed {
			t.Log("missed:", m)
		}
	}
	// floors under the figures reached (2026-11-26): 96.3% country part, 78.2% with sector;
	// 82.2% with sector after the roles round 3 (floor raised to 0.81)
	if c := float64(foundCountry) / float64(total); c < 0.95 {
		t.Errorf("country-part recall %.3f below the floor 0.95", c)
	}
	if share < 0.81 {
		t.Errorf("recall with sector %.3f below the floor 0.81", share)
	}
}

// roleHas reports whether a role string (three-letter groups) contains r.
func roleHas(roles, r string) bool {
	for i := 0; i+3 <= len(roles); i += 3 {
		if roles[i:i+3] == r {
			return true
		}
	}
	return false
}
