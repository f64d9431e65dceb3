package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --split and --lang score only the gold records of that part of the set.
func TestEvalSplitFilter(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	pred := filepath.Join(dir, "pred.jsonl")
	if err := os.WriteFile(gold, []byte(`{"id":"a","lang":"fr","text":"x","split":"dev","events":[{"source":"FRA","target":"DEU","code":"040"}]}
{"id":"b","lang":"en","text":"y","split":"dev","events":[{"source":"USA","target":"CHN","code":"111"}]}
{"id":"c","lang":"fr","text":"z","split":"test","events":[{"source":"RUS","target":"UKR","code":"190"}]}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pred, []byte(`{"id":"a","events":[{"source":"FRA","target":"DEU","code":"040"}]}
{"id":"b","events":[]}
{"id":"c","events":[]}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	defer runRoot(t, "eval", gold, "--pred", pred, "--split", "", "--lang", "")
	out, _, err := runRoot(t, "eval", gold, "--pred", pred, "--split", "dev", "--lang", "fr")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "records: 1") || !strings.Contains(out, "F1 100.0") {
		t.Errorf("dev/fr: want one record scored perfectly, got\n%s", out)
	}
	out, _, err = runRoot(t, "eval", gold, "--pred", pred, "--split", "dev", "--lang", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "records: 2") || !strings.Contains(out, "R  50.0") {
		t.Errorf("dev: want two records, recall 50%%, got\n%s", out)
	}
	if _, _, err := runRoot(t, "eval", gold, "--pred", pred, "--split", "train", "--lang", ""); err == nil {
		t.Error("an empty selection must be an error")
	}
}
