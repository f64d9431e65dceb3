package demo

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCorpus(t *testing.T) {
	seeds := Seeds()
	if len(seeds) != 5 {
		t.Fatalf("seeds: %v", seeds)
	}
	in := Inputs()
	if len(in) != 6 || in[len(in)-1] != "wikinews/wikinews_fr_2012.jsonl" {
		t.Fatalf("inputs: %v", in)
	}
	b, err := fs.ReadFile(Files(), "wikinews/wikinews_fr_2012.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n"); n != 100 {
		t.Errorf("wikinews: %d lines, want 100", n)
	}
	for _, doc := range []string{"ATTRIBUTION.md", "seeds/SOURCE.md"} {
		b, err := fs.ReadFile(Files(), doc)
		if err != nil || len(b) == 0 {
			t.Errorf("%s: %v", doc, err)
		}
	}
	if a, _ := fs.ReadFile(Files(), "ATTRIBUTION.md"); !strings.Contains(string(a), "CC BY 2.5") ||
		!strings.Contains(string(a), "Wikinews contributors") {
		t.Error("ATTRIBUTION.md must name Wikinews contributors and CC BY 2.5")
	}
}

func TestExtract(t *testing.T) {
	dir := t.TempDir()
	paths, err := Extract(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != len(Inputs()) {
		t.Fatalf("extracted inputs %v", paths)
	}
	for i, p := range paths {
		rel, _ := filepath.Rel(dir, p)
		if filepath.ToSlash(rel) != Inputs()[i] {
			t.Errorf("input %d: %s", i, rel)
		}
		want, _ := fs.ReadFile(Files(), Inputs()[i])
		got, err := os.ReadFile(p)
		if err != nil || string(got) != string(want) {
			t.Errorf("%s differs from the embedded file (%v)", p, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "ATTRIBUTION.md")); err != nil {
		t.Error(err)
	}
}
