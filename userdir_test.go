package dyad

import (
	"path/filepath"
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
