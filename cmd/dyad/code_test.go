package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dyad code prints exactly one line per input record, in order, with the
// record's id; a broken record gets an error line and the exit status says
// so, while the records after it are still coded.
func TestCodeOneLinePerRecord(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	lines := []string{
		`{"id":"a","lang":"fr","date":"2021-10-24","text":"Le Premier ministre pakistanais Imran Khan a rencontré le président afghan à Kaboul."}`,
		`{"id":"b","lang":"en","text":"   "}`,
		`{"id":"c", this is not json`,
		`{"id":"d","lang":"en","date":"2003-03-20","text":"U.S. forces attacked Iraqi troops near Basra on Thursday.","extra":{"x":1}}`,
	}
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	rootCmd.SetOut(&out)
	rootCmd.SetErr(&errOut)
	rootCmd.SetArgs([]string{"code", in})
	err := rootCmd.Execute()
	rootCmd.SetOut(nil)
	rootCmd.SetErr(nil)
	if err == nil {
		t.Error("exit status says nothing failed")
	}
	got := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(got) != len(lines) {
		t.Fatalf("%d output lines for %d records:\n%s", len(got), len(lines), out.String())
	}
	wantIDs := []string{"a", "b", "3", "d"}
	for i, l := range got {
		var r struct {
			ID     string           `json:"id"`
			Error  string           `json:"error"`
			Events []map[string]any `json:"events"`
			Actors []map[string]any `json:"actors"`
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, l)
		}
		if r.ID != wantIDs[i] {
			t.Errorf("line %d id = %q, want %q", i+1, r.ID, wantIDs[i])
		}
		broken := i == 1 || i == 2
		if broken != (r.Error != "") {
			t.Errorf("line %d error = %q", i+1, r.Error)
		}
		if !broken && len(r.Actors) == 0 {
			t.Errorf("line %d has no actors: %s", i+1, l)
		}
	}
	if !strings.Contains(errOut.String(), "in.jsonl:3: invalid JSON") {
		t.Errorf("stderr does not name the broken line: %q", errOut.String())
	}
}
