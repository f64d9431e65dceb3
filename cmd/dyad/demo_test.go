package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/demo"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/sqlite"
)

// TestDemoServesSeeds is the acceptance test of `dyad demo`: run the
// command as a user would (`dyad demo --addr 127.0.0.1:PORT`), wait for the
// URL it prints, and check that the page lists the five seed articles and
// that at least one of them shows events; then stop it as Ctrl-C would.
func TestDemoServesSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole demo ingest")
	}
	cache := t.TempDir() // keep the demo database out of the user's cache
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", cache)
	t.Setenv("LocalAppData", cache)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	rootCmd.SetArgs([]string{"demo", "--addr", "127.0.0.1:0"})
	rootCmd.SetOut(pw)
	rootCmd.SetErr(&stderr)
	defer rootCmd.SetOut(nil)
	defer rootCmd.SetErr(nil)
	done := make(chan error, 1)
	go func() {
		err := execute(ctx)
		pw.Close()
		done <- err
	}()

	var out strings.Builder
	urlRE := regexp.MustCompile(`serving on (http://\S+/)`)
	base := ""
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		out.WriteString(sc.Text() + "\n")
		if m := urlRE.FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
			break
		}
	}
	go io.Copy(io.Discard, pr)
	if base == "" {
		t.Fatalf("demo printed no URL; output:\n%s\nerror: %v\nstderr:\n%s", out.String(), <-done, stderr.String())
	}
	t.Logf("demo output:\n%s", out.String())
	if !regexp.MustCompile(`read 105, stored 105 .*failed 0`).MatchString(out.String()) {
		t.Errorf("demo summary: want 105 documents read and stored, none failed:\n%s\nstderr:\n%s", out.String(), stderr.String())
	}
	if _, err := os.Stat(filepath.Join(cache, "dyad", "demo.db")); err != nil {
		t.Errorf("demo database not in the cache dir: %v", err)
	}

	index := httpGet(t, base)
	docLink := regexp.MustCompile(`<a href="/doc/([0-9a-f]+)">`)
	withEvents := 0
	for _, seed := range demo.Seeds() {
		path := "demo/" + seed
		i := strings.Index(index, path)
		if i < 0 {
			t.Errorf("the document page does not list the seed %s", path)
			continue
		}
		// The seed's row: its link comes just before its path.
		links := docLink.FindAllStringSubmatch(index[:i], -1)
		if len(links) == 0 {
			t.Errorf("no link for %s", path)
			continue
		}
		page := httpGet(t, base+"doc/"+links[len(links)-1][1])
		if !strings.Contains(page, path) {
			t.Errorf("the link before %s leads to another document", path)
			continue
		}
		n := eventCount(t, page)
		t.Logf("%s: %d events", path, n)
		if n > 0 {
			withEvents++
			if !strings.Contains(page, `<mark class="src"`) {
				t.Errorf("%s: events without a highlighted source in the evidence", path)
			}
		}
	}
	if page := httpGet(t, base+"events"); !strings.Contains(page, "Top dyads") {
		t.Error("events page broken")
	}

	cancel() // as SIGINT would
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("demo ended with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("demo did not shut down")
	}
	if withEvents == 0 {
		if !hasStage("coder") {
			// Until the lead wires the event coder into pipeline.New, there
			// can be no event; the rest of the demo is checked above.
			t.Skip("no seed shows events: the pipeline has no coder stage yet")
		}
		t.Error("no seed shows events")
	}
}

// execute runs the root command with ctx. Cobra keeps the context of an
// earlier run in each subcommand; forget them.
func execute(ctx context.Context) error {
	for _, c := range rootCmd.Commands() {
		c.SetContext(nil)
	}
	return rootCmd.ExecuteContext(ctx)
}

// hasStage reports whether the default pipeline has a stage of that name.
func hasStage(name string) bool {
	p, err := newPipeline(pipeline.Options{})
	if err != nil {
		return false
	}
	for _, st := range p.Stages() {
		if st.Name() == name {
			return true
		}
	}
	return false
}

var eventsRE = regexp.MustCompile(`Events \((\d+)\)`)

func eventCount(t *testing.T, page string) int {
	t.Helper()
	m := eventsRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("document page without an Events heading")
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func httpGet(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	return string(b)
}

// TestIngestCommand runs `dyad ingest` twice over a folder with a good
// document, a copy of it under another name and an unreadable file.
func TestIngestCommand(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(filepath.Join(in, "sub"), 0o755)
	text := " date 2021-10 Le Premier ministre pakistanais Imran Khan a rencontré le président afghan à Kaboul.\n"
	os.WriteFile(filepath.Join(in, "a.txt"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(in, "sub", "copy.txt"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(in, "bad.txt"), []byte{0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9}, 0o644)
	db := filepath.Join(dir, "t.db")

	run := func(flags ...string) (string, string, error) {
		var out, errb bytes.Buffer
		rootCmd.SetArgs(append([]string{"ingest", in, "--db", db, "-j", "2"}, flags...))
		rootCmd.SetOut(&out)
		rootCmd.SetErr(&errb)
		defer rootCmd.SetOut(nil)
		defer rootCmd.SetErr(nil)
		err := execute(context.Background())
		return out.String(), errb.String(), err
	}
	out, errs, err := run()
	if err == nil || !strings.Contains(err.Error(), "1 of 3 inputs failed") {
		t.Errorf("first run: error %v, want 1 of 3 inputs failed", err)
	}
	if !strings.Contains(out, "read 3, stored 1") || !strings.Contains(out, "already present 1, failed 1") {
		t.Errorf("first run summary: %s", out)
	}
	if !strings.Contains(errs, filepath.Join(in, "bad.txt")) {
		t.Errorf("the failed input is not named: %q", errs)
	}
	out, _, _ = run()
	if !strings.Contains(out, "read 3, stored 0 (0 events), already present 2, failed 1") {
		t.Errorf("second run summary: %s", out)
	}
	out, _, _ = run("--replace")
	if !strings.Contains(out, "read 3, stored 0") || !strings.Contains(out, "already present 0, replaced 2, failed 1") {
		t.Errorf("--replace run summary: %s", out)
	}
	out, _, _ = run("--replace=false") // flags stick between runs of the same command
	if !strings.Contains(out, "already present 2, failed 1") {
		t.Errorf("fourth run summary: %s", out)
	}

	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs, err := st.Documents(context.Background(), dyad.DocFilter{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("documents: %v %v", docs, err)
	}
	// --replace stored a.txt, then its copy in its place: the last one wins.
	if docs[0].Path != filepath.Join(in, "sub", "copy.txt") || docs[0].Date.String() != "2021-10" {
		t.Errorf("stored document: %+v", docs[0])
	}
}
