package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckShipped(t *testing.T) {
	probs := Check()
	for i, p := range probs {
		if i < 40 {
			t.Error(p)
		}
	}
	if len(probs) > 0 {
		t.Fatalf("%d problems in the shipped dictionaries", len(probs))
	}
}

func TestCheckBroken(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "broken.txt")
	data := "@source test\n@kind person\nJane Doe => USAGOV 2020-01-01..2021-01-01\n" +
		"John Roe => USAGOV 2021-05-01..2020-01-01\n" + // impossible range: line 4
		"Jim Poe => USAGOV 2019..2021, USAMIL 2020..2022\n" + // overlap: line 5
		"Jane Doe => USAGOV\n" + // duplicate: line 6
		"Xavier Zed => XXXGOV\n" + // unknown country: line 7
		"no arrow here\n" // syntax: line 8
	if err := os.WriteFile(f, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	probs := Check(f)
	want := map[int]string{4: "impossible", 5: "overlapping", 6: "duplicate", 7: "unknown country", 8: "want NAMES"}
	got := map[int]string{}
	for _, p := range probs {
		if p.File == f {
			got[p.Line] = p.Msg
		}
	}
	for line, w := range want {
		if !strings.Contains(got[line], w) {
			t.Errorf("line %d: got %q, want a problem containing %q", line, got[line], w)
		}
	}
	if _, err := Load(f); err == nil {
		t.Error("Load accepted a broken file")
	} else if !strings.Contains(err.Error(), "broken.txt:4") {
		t.Errorf("Load error %q does not name broken.txt:4", err)
	}
}
