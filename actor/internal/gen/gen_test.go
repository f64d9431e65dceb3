package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedData: the generator's output from ../shared/reference is
// byte for byte the committed actor/data files (no hand edit of a
// generated file, no generator change left unapplied).
func TestGeneratedData(t *testing.T) {
	ref = filepath.Join("..", "..", "..", "..", "shared", "reference")
	if _, err := os.Stat(filepath.Join(ref, "petrarch", "Phoenix.Countries.actors.txt")); err != nil {
		t.Skip("no ../shared/reference")
	}
	out = t.TempDir()
	generate()
	got, _ := filepath.Glob(filepath.Join(out, "*.txt"))
	if len(got) == 0 {
		t.Fatal("nothing generated")
	}
	for _, f := range got {
		b, _ := os.ReadFile(f)
		want, err := os.ReadFile(filepath.Join("..", "..", "data", filepath.Base(f)))
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		if string(b) != string(want) {
			t.Errorf("%s: generated output differs from actor/data (run go run ./actor/internal/gen -out actor/data)", filepath.Base(f))
		}
	}
}
