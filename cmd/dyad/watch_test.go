package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/sqlite"
)

// watchFeed serves an RSS feed whose items can be added during the test.
type watchFeed struct {
	mu    sync.Mutex
	items []string
}

var watchSentences = []string{
	"Le secrétaire d'État américain a rencontré le Premier ministre pakistanais à Islamabad.",
	"Les talibans ont rejeté mardi toute coopération avec les États-Unis contre l'État islamique.",
	"Le Pakistan a condamné l'attaque contre un poste frontière près de Peshawar.",
	"La Russie a accueilli à Moscou une délégation des talibans pour discuter de la stabilité régionale.",
}

func (f *watchFeed) add(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for range n {
		i := len(f.items) + 1
		f.items = append(f.items, fmt.Sprintf(`<item><title>Dépêche %d</title><link>https://news.example/a/%d</link><guid>urn:news:%d</guid>
<pubDate>Fri, %02d Oct 2021 10:00:00 +0200</pubDate><description><![CDATA[<p>Dépêche numéro %d. %s</p>]]></description></item>`,
			i, i, i, 1+i%28, i, watchSentences[i%len(watchSentences)]))
	}
}

func (f *watchFeed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test</title><language>fr</language>%s</channel></rss>`,
		strings.Join(f.items, "\n"))
}

// watchRun runs one poll with a fresh store handle and pipeline, as a new
// process would.
func watchRun(t *testing.T, db string, sources ...string) (watchSummary, string) {
	t.Helper()
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	w := &watcher{store: st, an: p, out: &out, errOut: &errOut, client: &http.Client{Timeout: 10 * time.Second}}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	s := w.poll(ctx, sources)
	return s, out.String() + errOut.String()
}

func TestWatchFeed(t *testing.T) {
	feed := &watchFeed{}
	feed.add(12)
	srv := httptest.NewServer(feed)
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "watch.db")

	s, log := watchRun(t, db, srv.URL+"/rss")
	if s.New != 12 || s.Stored != 12 || s.Failed != 0 {
		t.Fatalf("first run: %+v\n%s", s, log)
	}
	s, log = watchRun(t, db, srv.URL+"/rss")
	if s.New != 0 || s.Stored != 0 || s.Failed != 0 {
		t.Fatalf("second run ingested again: %+v\n%s", s, log)
	}
	feed.add(1)
	s, log = watchRun(t, db, srv.URL+"/rss")
	if s.New != 1 || s.Stored != 1 {
		t.Fatalf("new item: %+v\n%s", s, log)
	}
	s, _ = watchRun(t, db, srv.URL+"/rss")
	if s.New != 0 {
		t.Fatalf("new item ingested twice: %+v", s)
	}
	// the stored documents carry the items' metadata
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs, err := st.Documents(context.Background(), dyad.DocFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 13 {
		t.Fatalf("%d documents stored, want 13", len(docs))
	}
	found := false
	for _, d := range docs {
		if d.ExtID == "urn:news:13" {
			found = true
			if d.Title != "Dépêche 13" || d.URL != "https://news.example/a/13" || d.Source != "Test" || d.Date.String() != "2021-10-14" || d.Lang != "fr" {
				t.Errorf("item 13 stored as %+v", d)
			}
		}
	}
	if !found {
		t.Errorf("item urn:news:13 not stored by its GUID")
	}
	// an unreachable feed is reported, not fatal
	srv.Close()
	s, log = watchRun(t, db, srv.URL+"/rss")
	if s.Failed != 1 || !strings.Contains(log, srv.URL) {
		t.Errorf("dead feed: %+v %s", s, log)
	}
}

func TestWatchDir(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "watch.db")
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", " date 2021-10 "+watchSentences[0])
	write("b.txt", watchSentences[1])
	write(".hidden.txt", watchSentences[2])
	s, log := watchRun(t, db, dir)
	if s.New != 2 || s.Stored != 2 || s.Failed != 0 {
		t.Fatalf("first run: %+v\n%s", s, log)
	}
	s, _ = watchRun(t, db, dir)
	if s.New != 0 {
		t.Fatalf("second run: %+v", s)
	}
	write("c.txt", watchSentences[3])
	// change b.txt (new size, so a new key even on coarse mtimes)
	write("b.txt", watchSentences[1]+" "+watchSentences[2])
	s, log = watchRun(t, db, dir)
	if s.New != 2 || s.Stored != 2 {
		t.Fatalf("third run: %+v\n%s", s, log)
	}
}

func TestWatchFetchPages(t *testing.T) {
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>
<item><title>Rencontre à Islamabad</title><link>%s/article</link><guid>urn:fetch:1</guid><description>Court résumé.</description></item>
</channel></rss>`, base)
	})
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="fr"><head><title>Rencontre</title>
<meta property="article:published_time" content="2021-10-22T10:00:00+02:00"></head><body>
<nav><a href="/">Accueil</a></nav><article><h1>Rencontre à Islamabad</h1><p>%s</p><p>%s</p><p>%s</p></article></body></html>`,
			strings.Repeat(watchSentences[0]+" ", 3), strings.Repeat(watchSentences[1]+" ", 3), strings.Repeat(watchSentences[3]+" ", 3))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL
	db := filepath.Join(t.TempDir(), "watch.db")
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w := &watcher{store: st, an: p, out: &out, errOut: &out, client: &http.Client{Timeout: 10 * time.Second}, fetchPages: true}
	s := w.poll(context.Background(), []string{srv.URL + "/rss"})
	if s.Stored != 1 {
		t.Fatalf("%+v %s", s, out.String())
	}
	docs, _ := st.Documents(context.Background(), dyad.DocFilter{})
	if len(docs) != 1 || docs[0].Date.String() != "2021-10-22" || docs[0].Title != "Rencontre à Islamabad" {
		t.Fatalf("docs %+v", docs)
	}
	d, err := st.Document(context.Background(), docs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "Moscou") {
		t.Errorf("page text not fetched: %+v", docs[0])
	}
}
