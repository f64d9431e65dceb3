package input

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

type result struct {
	docs []*dyad.Document
	errs []*Error
}

func readAll(t *testing.T, opts Options, paths ...string) result {
	t.Helper()
	var res result
	err := Read(paths, opts, func(d *dyad.Document, err error) error {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error is not *input.Error: %T %v", err, err)
			}
			res.errs = append(res.errs, e)
			return nil
		}
		res.docs = append(res.docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func TestSeeds(t *testing.T) {
	dir := "../../shared/seeds"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/seeds absent; skipping seed test")
	}
	res := readAll(t, Options{}, dir)
	if len(res.errs) != 0 || len(res.docs) != 5 {
		t.Fatalf("want 5 docs and no errors, got %d docs, errors %v", len(res.docs), res.errs)
	}
	d0 := res.docs[0]
	if d0.Date.String() != "2017-10" {
		t.Errorf("seed 000 date = %q, want 2017-10", d0.Date)
	}
	if !strings.HasPrefix(d0.Text, "Le président américain") {
		t.Errorf("seed 000 text starts %q", d0.Text[:40])
	}
	if d0.ID != filepath.Join(dir, "000_ca4dc4234c097a73.txt") || d0.Path != d0.ID {
		t.Errorf("seed 000 id %q path %q", d0.ID, d0.Path)
	}
	if res.docs[1].Date.String() != "2021-10" || !strings.HasPrefix(res.docs[1].Text, "(Belga)") {
		t.Errorf("seed 001: date %q text %q", res.docs[1].Date, res.docs[1].Text[:20])
	}
	if !res.docs[2].Date.IsZero() {
		t.Errorf("seed 002 has no header, got date %v", res.docs[2].Date)
	}
	for _, d := range res.docs {
		if strings.ContainsRune(d.Text, '\u00a0') {
			t.Errorf("%s: no-break space left", d.ID)
		}
	}
}

func TestTextHeader(t *testing.T) {
	cases := []struct{ in, date, text string }{
		{" date 2017-10 Le texte.", "2017-10", "Le texte."},
		{"date: 2021-10-22\nLe texte.", "2021-10-22", "Le texte."},
		{"Date: 2021-1-5\n\nLe texte.", "2021-01-05", "\nLe texte."},
		{"dates are hard", "", "dates are hard"},
		{"date 20171 x", "", "date 20171 x"},
		{"Le 2017-10 date", "", "Le 2017-10 date"},
	}
	for _, c := range cases {
		d, s := ParseTextHeader(c.in)
		if d.String() != c.date || s != c.text {
			t.Errorf("%q: got (%q, %q), want (%q, %q)", c.in, d, s, c.date, c.text)
		}
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	data := `{"id": "a1", "text": "Bonjour.", "date": "2021-10-22", "lang": "FR", "url": "http://x", "events": [1]}
{"text": "Sans id.", "date": "2021-10-22T08:00:00Z", "source": "AFP", "title": "T"}

{"id": 7, "text": "Num id.", "date": "2021-10"}
{"id": "bad", "text": ""}
{"id": "broken", "text": "x"
{"text": "Last, no newline", "date": "yesterday"}
{"text": "Wikinews", "date": "22 mai 2012"}`
	p := write(t, dir, "a.jsonl", []byte(data))
	res := readAll(t, Options{}, p)
	if len(res.docs) != 5 {
		t.Fatalf("want 5 docs, got %d (%v)", len(res.docs), res.errs)
	}
	a := res.docs[0]
	if a.ID != "a1" || a.Lang != "fr" || a.Date.String() != "2021-10-22" || a.URL != "http://x" || a.Path != p+"#1" {
		t.Errorf("record 1: %+v", a)
	}
	if _, ok := a.Meta["events"]; !ok {
		t.Errorf("unknown field not kept in Meta: %v", a.Meta)
	}
	b := res.docs[1]
	if b.ID != p+"#2" || b.Date.String() != "2021-10-22" || b.Source != "AFP" || b.Title != "T" {
		t.Errorf("record 2: %+v", b)
	}
	if res.docs[2].ID != "7" || res.docs[2].Path != p+"#4" {
		t.Errorf("record 4: %+v", res.docs[2])
	}
	last := res.docs[3]
	if last.Text != "Last, no newline" || !last.Date.IsZero() || last.Meta["date"] != "yesterday" {
		t.Errorf("last record: %+v", last)
	}
	if res.docs[4].Date.String() != "2012-05-22" {
		t.Errorf("written-out date: %+v", res.docs[4])
	}
	if len(res.errs) != 2 {
		t.Fatalf("want 2 errors, got %v", res.errs)
	}
	if e := res.errs[0]; e.Line != 5 || e.ID != "bad" || !strings.Contains(e.Reason, "no text") {
		t.Errorf("error 1: %v", e)
	}
	if e := res.errs[1]; e.Line != 6 || !strings.Contains(e.Reason, "invalid JSON") {
		t.Errorf("error 2: %v", e)
	}
}

func TestJSONLKeepsTextExactly(t *testing.T) {
	// JSON Lines text may carry external offsets: no normalisation.
	dir := t.TempDir()
	txt := "Le\u00a0texte\u00ad avec e\u0301."
	p := write(t, dir, "x.jsonl", []byte(`{"text": "`+txt+`"}`+"\n"))
	res := readAll(t, Options{}, p)
	if len(res.docs) != 1 || res.docs[0].Text != txt {
		t.Fatalf("text changed: %+v %v", res.docs, res.errs)
	}
}

func TestDirectoryWalk(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", []byte("Deuxième."))
	write(t, dir, "a.txt", []byte("Premier."))
	write(t, dir, "sub/c.txt", []byte("Troisième."))
	write(t, dir, ".hidden.txt", []byte("caché"))
	write(t, dir, ".git/x.txt", []byte("caché"))
	write(t, dir, "d.txt.gz", gz([]byte(" date 2020-01-02 Compressé.")))
	res := readAll(t, Options{}, dir)
	var got []string
	for _, d := range res.docs {
		got = append(got, d.Text)
	}
	want := "Premier.|Deuxième.|Compressé.|Troisième."
	if strings.Join(got, "|") != want || len(res.errs) != 0 {
		t.Fatalf("got %q errs %v, want %q", got, res.errs, want)
	}
	if res.docs[2].Date.String() != "2020-01-02" {
		t.Errorf("gzip text date %v", res.docs[2].Date)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 100)...)
	pPNG := write(t, dir, "img.png", png)
	pBad := write(t, dir, "bad.txt", []byte("Un texte en UTF-8 : é, puis \xe9 invalide."))
	pEmpty := write(t, dir, "empty.txt", []byte("  \n "))
	full := gz([]byte(strings.Repeat("Un texte assez long pour gzip. ", 200)))
	pTrunc := write(t, dir, "trunc.txt.gz", full[:len(full)/2])
	pMissing := filepath.Join(dir, "missing.txt")
	res := readAll(t, Options{}, pPNG, pBad, pEmpty, pTrunc, pMissing)
	if len(res.docs) != 0 {
		t.Fatalf("want no docs, got %d", len(res.docs))
	}
	want := []struct{ path, reason string }{
		{pPNG, "binary"}, {pBad, "invalid UTF-8 at byte 29"}, {pEmpty, "no text"},
		{pTrunc, "gzip"}, {pMissing, "no such file"},
	}
	if len(res.errs) != len(want) {
		t.Fatalf("errors %v", res.errs)
	}
	for i, w := range want {
		if res.errs[i].Path != w.path || !strings.Contains(res.errs[i].Reason, w.reason) {
			t.Errorf("error %d = %v, want %s: ...%s", i, res.errs[i], w.path, w.reason)
		}
	}
}

func TestEncodings(t *testing.T) {
	dir := t.TempDir()
	// windows-1252: é = 0xe9, ’ = 0x92, € = 0x80
	p1 := write(t, dir, "cp1252.txt", []byte("L\x92\xe9t\xe9 co\xfbte 5 \x80."))
	// UTF-16 LE with BOM
	u16 := []byte{0xff, 0xfe}
	for _, r := range "Été à Paris." {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	p2 := write(t, dir, "u16.txt", u16)
	// NFD, soft hyphen, zero width, thin space
	p3 := write(t, dir, "norm.txt", []byte("e\u0301te\u0301 pro\u00adgramme\u200b 5\u202f% \u201cdit\u201d l\u2019homme"))
	res := readAll(t, Options{}, p1, p2, p3)
	if len(res.errs) != 0 || len(res.docs) != 3 {
		t.Fatalf("docs %d errs %v", len(res.docs), res.errs)
	}
	for i, want := range []string{"L’été coûte 5 €.", "Été à Paris.", "été programme 5 % \u201cdit\u201d l\u2019homme"} {
		if res.docs[i].Text != want {
			t.Errorf("doc %d = %q, want %q", i, res.docs[i].Text, want)
		}
	}
}

func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "big.txt", bytes.Repeat([]byte("abcdefghi "), MaxText/10+1))
	res := readAll(t, Options{}, p)
	if len(res.docs) != 0 || len(res.errs) != 1 || !strings.Contains(res.errs[0].Reason, "too large") {
		t.Fatalf("docs %d errs %v", len(res.docs), res.errs)
	}
}

func TestStop(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.jsonl", []byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n"))
	stop := errors.New("stop")
	n := 0
	err := Read([]string{p}, Options{}, func(d *dyad.Document, err error) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Fatalf("err %v after %d calls", err, n)
	}
}

func TestSniff(t *testing.T) {
	cases := []struct{ head, name, want string }{
		{"WARC/1.1\r\n", "x", WARC},
		{"  {\"text\": 1}", "x.txt", JSONL},
		{"<!DOCTYPE html><html>", "x.txt", HTML},
		{"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "x", Feed},
		{"<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">", "x", Feed},
		{"<html lang=fr>", "x", HTML},
		{"Plain text.", "x.html", HTML},
		{"Plain text.", "x", Text},
		{"\x89PNG\r\n\x1a\n\x00\x00", "x.txt", ""},
	}
	for _, c := range cases {
		if got := Sniff([]byte(c.head), c.name); got != c.want {
			t.Errorf("Sniff(%q, %q) = %q, want %q", c.head, c.name, got, c.want)
		}
	}
}

func TestForcedFormat(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.jsonl", []byte("{\"text\":\"a\"}\n"))
	res := readAll(t, Options{Format: Text}, p)
	if len(res.docs) != 1 || res.docs[0].Text != `{"text":"a"}` {
		t.Fatalf("forced text: %+v", res.docs)
	}
	if err := Read([]string{p}, Options{Format: "pdf"}, func(*dyad.Document, error) error { return nil }); err == nil {
		t.Fatal("unknown format accepted")
	}
}
