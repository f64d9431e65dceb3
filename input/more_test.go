package input

import (
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/clean"
)

// Seed 003 read and cleaned: the Barlamane article only.
func TestSeed003ReadAndClean(t *testing.T) {
	p := "../../shared/seeds/003_e20cc4c3dfddd3e5.txt"
	if _, err := os.Stat(p); err != nil {
		t.Skip("../shared/seeds absent; skipping")
	}
	res := readAll(t, Options{}, p)
	if len(res.docs) != 1 {
		t.Fatalf("errs %v", res.errs)
	}
	d := res.docs[0]
	if err := clean.New().Clean(d); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Text, "Rencontre rarissime du chef d'État major américain avec les talibans\n") ||
		d.Date.String() != "2020-12-18" || d.Source != "Barlamane" || strings.Contains(d.Text, "Regragui") {
		t.Errorf("seed 003: date %q source %q text %.120q", d.Date, d.Source, d.Text)
	}
}

func TestStdin(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "in.jsonl", gz([]byte("{\"id\":\"s1\",\"text\":\"Depuis l'entrée standard.\"}\n")))
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	old := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = old }()
	res := readAll(t, Options{}, "-")
	if len(res.docs) != 1 || res.docs[0].ID != "s1" || res.docs[0].Path != "-#1" {
		t.Fatalf("stdin: %+v %v", res.docs, res.errs)
	}
}

func TestHTMLInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	src := page("", "")
	i := strings.Index(src, "secrétaire")
	bad := []byte(src)
	bad[i+6] = 0xff // break the é
	p := write(t, dir, "bad.html", bad)
	res := readAll(t, Options{}, p)
	if len(res.docs) != 0 || len(res.errs) != 1 || !strings.Contains(res.errs[0].Reason, "invalid UTF-8 at byte") {
		t.Fatalf("docs %d errs %v", len(res.docs), res.errs)
	}
}

func TestLatin1AndUTF16NoBOM(t *testing.T) {
	dir := t.TempDir()
	// ISO-8859-1 text read as windows-1252
	p1 := write(t, dir, "latin1.txt", []byte("Le pr\xe9sident a d\xe9clar\xe9 \xe0 la presse."))
	var u16 []byte
	for _, r := range "Hello Pakistan, said the minister." {
		u16 = append(u16, byte(r), 0)
	}
	p2 := write(t, dir, "u16.txt", u16)
	res := readAll(t, Options{}, p1, p2)
	if len(res.docs) != 2 {
		t.Fatalf("errs %v", res.errs)
	}
	if res.docs[0].Text != "Le président a déclaré à la presse." || res.docs[1].Text != "Hello Pakistan, said the minister." {
		t.Errorf("got %q, %q", res.docs[0].Text, res.docs[1].Text)
	}
}

func TestJSONLWithBOM(t *testing.T) {
	p := write(t, t.TempDir(), "bom.jsonl", []byte("\xef\xbb\xbf{\"text\":\"avec BOM\"}\n"))
	res := readAll(t, Options{}, p)
	if len(res.docs) != 1 || res.docs[0].Text != "avec BOM" {
		t.Fatalf("docs %+v errs %v", res.docs, res.errs)
	}
}
