package dyad

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestUserDir(t *testing.T) {
	t.Setenv("DYAD_TEST_DIR", "/tmp/mine")
	if got := UserDir("DYAD_TEST_DIR", "dict"); got != "/tmp/mine" {
		t.Errorf("with the variable set: %q", got)
	}
	t.Setenv("DYAD_TEST_DIR", "")
	t.Setenv("XDG_CONFIG_HOME", "/tmp/conf")
	t.Setenv("HOME", "/tmp/home")
	if got, want := UserDir("DYAD_TEST_DIR", "dict"), filepath.Join("/tmp/conf", "dyad", "dict"); got != want {
		t.Errorf("without it: %q, want %q", got, want)
	}
}

// DataFiles: a directory gives its *.txt files in name order, a file
// itself, a file named twice comes once, a missing path is an error.
func TestDataFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.txt", "a.txt", "notes.md"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	got, err := DataFiles(b, dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{b, a}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := DataFiles(filepath.Join(dir, "missing.txt")); err == nil {
		t.Error("a missing path gives no error")
	}
}
