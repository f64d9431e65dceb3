package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runRoot runs the root command with args and returns stdout, stderr and
// the error; the global --patterns is reset afterwards (flags keep their
// values between executions).
func runRoot(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	rootCmd.SetOut(&out)
	rootCmd.SetErr(&errOut)
	rootCmd.SetArgs(args)
	err := rootCmd.Execute()
	rootCmd.SetOut(nil)
	rootCmd.SetErr(nil)
	patternFlags = nil
	return out.String(), errOut.String(), err
}

// `dyad patterns check` on a broken user file exits non-zero and names the
// file and line of each problem; a good file has none.
func TestPatternsCheckCommand(t *testing.T) {
	t.Setenv("DYAD_PATTERN_DIR", t.TempDir())
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad_fr.txt")
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(bad, []byte("# mine\n0841 V *gracier +\n9999 V *amnistier +\n042 V visiter +\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(good, []byte("@lang fr\n0841 V *amnistier +\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := runRoot(t, "patterns", "check", "--patterns", bad, "--patterns", good)
	if err == nil {
		t.Error("patterns check on a broken file exits 0")
	}
	for _, w := range []string{bad + ":3: unknown CAMEO code 9999", bad + ":4: no *anchor"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr does not say %q:\n%s", w, stderr)
		}
	}
	if strings.Contains(stderr, good) {
		t.Errorf("problems reported in the good file:\n%s", stderr)
	}

	// a warning is printed but does not fail the check
	warn := filepath.Join(dir, "warn_fr.txt")
	if err := os.WriteFile(warn, []byte("173 V *ecrouer + en garde a vue|cellule\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runRoot(t, "patterns", "check", "--patterns", warn)
	if err != nil || !strings.Contains(stderr, warn+":1: warning: ") || !strings.Contains(out, "(1 warning(s) above)") {
		t.Errorf("patterns check with a warning only: %v\nstdout %s\nstderr %s", err, out, stderr)
	}

	out, _, err = runRoot(t, "patterns", "list", "--lang", "fr", "--lemma", "amnistier", "--patterns", good)
	if err != nil || !strings.Contains(out, good+":2\tfr\tamnistier\t0841 V *amnistier +") {
		t.Errorf("patterns list: %v\n%s", err, out)
	}
	out, _, err = runRoot(t, "patterns", "list", "--lang", "fr", "--code", "04", "--lemma", "Rencontrer")
	if err != nil || !strings.Contains(out, "fr.txt:") || strings.Contains(out, "\ten\t") {
		t.Errorf("patterns list --code 04 --lemma Rencontrer: %v\n%s", err, out)
	}
}

// `dyad code --patterns FILE` codes the event of the user's pattern, which
// the embedded patterns do not code.
func TestCodeWithUserPatterns(t *testing.T) {
	t.Setenv("DYAD_PATTERN_DIR", t.TempDir())
	dir := t.TempDir()
	pat := filepath.Join(dir, "grace_fr.txt")
	if err := os.WriteFile(pat, []byte("# release of prisoners (CAMEO 0841)\n0841 V *blanchir +\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "in.jsonl")
	rec := `{"id":"g","lang":"fr","date":"2021-10-24","text":"Le roi du Maroc a blanchi des opposants algériens."}` + "\n"
	if err := os.WriteFile(in, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	events := func(args ...string) []map[string]any {
		out, stderr, err := runRoot(t, args...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr)
		}
		var r struct {
			Events []map[string]any `json:"events"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		return r.Events
	}
	if evs := events("code", in); len(evs) != 0 {
		t.Fatalf("embedded patterns already code the sentence: %v", evs)
	}
	evs := events("code", "--patterns", pat, in)
	if len(evs) != 1 || evs[0]["code"] != "0841" || evs[0]["pattern"] != pat+":2" {
		t.Errorf("code --patterns %s: %v, want one 0841 event of %s:2", pat, evs, pat)
	}
}
