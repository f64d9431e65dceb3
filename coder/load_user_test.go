package coder

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFile writes a test file and returns its path.
func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// codeWith codes one sentence with fixture actors and a given coder.
func codeWith(t *testing.T, c *Coder, lang, txt string, actors ...string) []string {
	t.Helper()
	a := analyse(t, lang, txt, actors...)
	if err := c.Process(a); err != nil {
		t.Fatal(err)
	}
	return evStrings(a.Events)
}

// A user pattern file adds a French pattern: the sentence gives an event
// it did not give with the embedded patterns alone, and the event names
// the user file's line. The file may use the embedded sets and groups.
func TestLoadUserPatterns(t *testing.T) {
	t.Setenv("DYAD_PATTERN_DIR", t.TempDir()) // no stray user files
	dir := t.TempDir()
	p := writeFile(t, dir, "grace.txt", "# my patterns\n@lang fr\n\n0841 V *blanchir +   # release\n042 V *&RENCONTRER ...&TALKS\n")
	sent := "Le roi du Maroc a blanchi des opposants algériens."
	actors := []string{"Le roi du Maroc=MARGOV", "opposants algériens=DZAOPP"}
	base, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if got := codeWith(t, base, "fr", sent, actors...); len(got) != 0 {
		t.Fatalf("embedded patterns already code %q: %v (choose another verb for this test)", sent, got)
	}
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := codeWith(t, c, "fr", sent, actors...); !sameEvents(got, []string{"MARGOV>DZAOPP:0841"}) {
		t.Errorf("with %s: %v, want MARGOV>DZAOPP:0841", p, got)
	}
	a := analyse(t, "fr", sent, actors...)
	if err := c.Process(a); err != nil || len(a.Events) != 1 || a.Events[0].Pattern != p+":4" {
		t.Errorf("event pattern = %v (%v), want %s:4", a.Events, err, p)
	}
	// New is unchanged (still embedded only) and English is untouched
	if got := codeWith(t, base, "fr", sent, actors...); len(got) != 0 {
		t.Errorf("New() changed by Load: %v", got)
	}
	if c.Patterns("en") != base.Patterns("en") || c.Patterns("fr") != base.Patterns("fr")+3 {
		t.Errorf("patterns: fr %d → %d, en %d → %d", base.Patterns("fr"), c.Patterns("fr"), base.Patterns("en"), c.Patterns("en"))
	}
	// a file given twice (and through its directory) loads once
	if c2, err := Load(p, dir, p); err != nil {
		t.Error(err)
	} else if c2.Patterns("fr") != c.Patterns("fr") {
		t.Errorf("Load(p, dir, p): fr patterns %d, want %d", c2.Patterns("fr"), c.Patterns("fr"))
	}
	if probs := checkUser(p); len(probs) != 0 {
		t.Errorf("Check(%s): %v", p, probs)
	}
	for _, pr := range Check(p, dir, p) {
		if pr.File == p {
			t.Errorf("Check(p, dir, p): %v", pr)
		}
	}
	// a directory of *.txt, and $DYAD_PATTERN_DIR, load the same way
	t.Setenv("DYAD_PATTERN_DIR", dir)
	for _, c := range []func() (*Coder, error){func() (*Coder, error) { return Load() }, func() (*Coder, error) { t.Setenv("DYAD_PATTERN_DIR", t.TempDir()); return Load(dir) }} {
		cd, err := c()
		if err != nil {
			t.Fatal(err)
		}
		if got := codeWith(t, cd, "fr", sent, actors...); !sameEvents(got, []string{"MARGOV>DZAOPP:0841"}) {
			t.Errorf("from the directory: %v", got)
		}
	}
}

// A user pattern overrides an embedded pattern of the same anchor with as
// many elements; "---" switches one off.
func TestLoadUserOverride(t *testing.T) {
	t.Setenv("DYAD_PATTERN_DIR", t.TempDir())
	sent := "La Turquie a convoqué l'ambassadeur de France."
	actors := []string{"La Turquie=TUR", "l'ambassadeur de France=FRAGOV"}
	base, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if got := codeWith(t, base, "fr", sent, actors...); !sameEvents(got, []string{"TUR>FRAGOV:110"}) {
		t.Fatalf("embedded: %v", got)
	}
	var line string
	for _, p := range List() {
		if p.Lang == "fr" && hasAnchor(p.Anchors, "convoquer") && p.Code == "110" {
			line = p.Text
			break
		}
	}
	if line == "" {
		t.Fatal("no embedded 110 pattern on convoquer")
	}
	p := writeFile(t, t.TempDir(), "off_fr.txt", "--- "+strings.TrimPrefix(line, "110 ")+"\n")
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := codeWith(t, c, "fr", sent, actors...); len(got) != 0 {
		t.Errorf("%q switched off by %q: still %v", sent, "--- "+strings.TrimPrefix(line, "110 "), got)
	}
}

func hasAnchor(as []string, w string) bool {
	for _, a := range as {
		if a == w {
			return true
		}
	}
	return false
}

// The language of a user file: its @lang line, else its name.
func TestUserFileLang(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"fr_sanctions.txt", "", "fr"},
		{"sanctions_fr.txt", "", "fr"},
		{"my-patterns.en.txt", "", "en"},
		{"en.txt", "", "en"},
		{"mine.txt", "# x\n@lang en\n", "en"},
		{"fr_mine.txt", "@lang en\n", "en"},
		{"mine.txt", "", ""},
		{"french.txt", "", ""},
		{"fr_en.txt", "", ""},
		{"mine.txt", "@lang de\n", ""},
		{"mine.txt", "042 V *visiter +\n@lang fr\n", ""},
	} {
		got, _, _, err := fileLang(tc.name, tc.data)
		if got != tc.want || (err != nil) != (tc.want == "") {
			t.Errorf("fileLang(%s, %q) = %q, %v; want %q", tc.name, tc.data, got, err, tc.want)
		}
	}
}

// Check accepts the patterns a user may write and reports each problem of
// a broken file at its line.
func TestCheckUserFile(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good_fr.txt", `# fine
@group &MINE grace remise
0841 V *gracier +
0841 N *&MINE de$ ...a+?
042<> V *&RENCONTRER ...&TALKS avec+
010~ V *souffler
--- V *gracier fiscalement
`)
	if probs := checkUser(good); len(probs) != 0 {
		t.Errorf("good file: %v", probs)
	}
	bad := writeFile(t, dir, "bad_fr.txt", `# line 1
0841 V *gracier +
9999 V *amnistier +
042 X *visiter +
042 V visiter +
042 V *visiter *rencontrer
042 V *visiter &NOSUCHSET
042 V *&NOSUCHGROUP +
042 V *visiter a+b
042 V *visiter sous-marin+
042 V *visiter chez+! de$ par$
0841 V *gracier +
@list stop a b
0841
12a V *gracier
042 V *visiter a||b
043 V *gracier +
`)
	want := map[int]string{
		3:  "unknown CAMEO code 9999",
		4:  "kind must be V or N",
		5:  "no *anchor",
		6:  "2 anchors",
		7:  "unknown set &NOSUCHSET",
		8:  "unknown group &NOSUCHGROUP",
		9:  "special character",
		10: "not a preposition",
		11: "\"!\" only applies",
		12: "duplicate of " + bad + ":2",
		13: "unknown directive @list",
		14: "want CODE V|N ELEMENTS",
		15: "bad CAMEO code",
		16: "empty alternative",
		17: "same elements as " + bad + ":2 (code 0841)",
	}
	probs := checkUser(bad)
	got := map[int]string{}
	for _, p := range probs {
		if p.File != bad {
			t.Errorf("problem in another file: %v", p)
			continue
		}
		got[p.Line] += p.Msg + "; "
	}
	for ln, w := range want {
		if !strings.Contains(got[ln], w) {
			t.Errorf("line %d: got %q, want %q", ln, got[ln], w)
		}
	}
	for ln, msg := range got {
		if _, ok := want[ln]; !ok {
			t.Errorf("unexpected problem at line %d: %s", ln, msg)
		}
	}
	// 11 has two problems (! on a prep slot, two source slots)
	if !strings.Contains(got[11], "2 source slots") {
		t.Errorf("line 11: %q, want also 2 source slots", got[11])
	}
	// a file whose language cannot be told is reported as a whole
	nolang := writeFile(t, dir, "mine.txt", "042 V *visiter +\n")
	if probs := checkUser(nolang); len(probs) != 1 || probs[0].File != nolang || probs[0].Line != 0 || !strings.Contains(probs[0].Msg, "@lang") {
		t.Errorf("no language: %v", probs)
	}
	// Load refuses a broken file, naming its line
	if _, err := Load(writeFile(t, dir, "broken_fr.txt", "\n0841 V gracier +\n")); err == nil || !strings.Contains(err.Error(), "broken_fr.txt:2") {
		t.Errorf("Load of a broken file: %v", err)
	}
}

// checkUser returns the problems Check finds in a user file (those of the
// embedded files are left out: they are reported by TestCheckEmbedded).
func checkUser(path string) []Problem {
	var out []Problem
	for _, p := range Check(path) {
		if p.File == path {
			out = append(out, p)
		}
	}
	return out
}

// The embedded pattern files pass the check.
func TestCheckEmbedded(t *testing.T) {
	for _, p := range Check() {
		t.Errorf("embedded pattern data: %v", p)
	}
}
