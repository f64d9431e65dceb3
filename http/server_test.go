package http

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sqlite"
)

func at(t *testing.T, text, sub string) dyad.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	return dyad.Span{Start: i, End: i + len(sub)}
}

// event builds an event whose evidence is the sentence holding src.
func event(t *testing.T, a *dyad.Analysis, src, scode, code, tgt, tcode string) dyad.Event {
	t.Helper()
	text := a.Doc.Text
	ss, ts := at(t, text, src), at(t, text, tgt)
	si := -1
	for i, s := range a.Sentences {
		if s.Contains(ss) {
			si = i
		}
	}
	a.Actors = append(a.Actors, dyad.ActorMention{Span: ss, Text: src, Code: scode, Sentence: si},
		dyad.ActorMention{Span: ts, Text: tgt, Code: tcode, Sentence: si})
	return dyad.Event{Source: scode, Target: tcode, SourceText: src, TargetText: tgt, SourceSpan: ss,
		TargetSpan: ts, Code: code, Goldstein: -2, QuadClass: 3, Mode: dyad.Reported, Sentence: si,
		Evidence: a.Sentences[si].Span}
}

func sentences(text string) []dyad.Sentence {
	var out []dyad.Sentence
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' {
			out = append(out, dyad.Sentence{Span: dyad.Span{Start: start, End: i + 1}})
			start = i + 2
		}
	}
	return out
}

func newTestServer(t *testing.T) (*httptest.Server, *sqlite.Store) {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()

	t1 := "Washington accuse Islamabad d'héberger des <terroristes>. Le président américain critique le Pakistan."
	a1 := &dyad.Analysis{Doc: &dyad.Document{Title: "Trump & le Pakistan", Text: t1, Date: dyad.Date{Year: 2017, Month: 10},
		Source: "Belga", Path: "seeds/000.txt", Lang: "fr"}, Sentences: sentences(t1)}
	a1.Events = append(a1.Events, event(t, a1, "Washington", "USA", "112", "Islamabad", "PAK"),
		event(t, a1, "Le président américain", "USAGOV", "111", "le Pakistan", "PAK"))
	a1.Events[1].Negated = true
	a1.Events[1].Mode = dyad.Future
	a1.Events[1].Location = &dyad.Location{Text: "Islamabad", Country: "PAK"}
	a1.Times = []dyad.TimeExpr{}
	a1.Learned = []dyad.RoleFact{{Name: "Rex Tillerson", Code: "USAGOV", Role: "secretaire d'etat", Text: "le secrétaire d'État, Rex Tillerson"}}

	t2 := "Le Pakistan aide les talibans contre Daech. Rien d'autre."
	a2 := &dyad.Analysis{Doc: &dyad.Document{Title: "Aide aux talibans", Text: t2, Date: dyad.Date{Year: 2021, Month: 10, Day: 24},
		Path: "seeds/002.txt"}, Sentences: sentences(t2)}
	a2.Events = append(a2.Events, event(t, a2, "Le Pakistan", "PAK", "070", "les talibans", "AFGREB"))
	a2.Times = []dyad.TimeExpr{{Span: at(t, t2, "Rien"), Text: "Rien", Type: "DATE", Value: "PRESENT_REF"}}

	t3 := "Un article sans événement."
	a3 := &dyad.Analysis{Doc: &dyad.Document{Title: "Sans événement", Text: t3}, Sentences: sentences(t3)}

	for _, a := range []*dyad.Analysis{a1, a2, a3} {
		if _, err := st.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(NewServer(st))
	t.Cleanup(srv.Close)
	return srv, st
}

func get(t *testing.T, srv *httptest.Server, path string, wantStatus int) string {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != wantStatus {
		t.Fatalf("GET %s: status %d, want %d\n%s", path, resp.StatusCode, wantStatus, b)
	}
	return string(b)
}

func docID(text string) string { return dyad.DocIDFromHash(dyad.ContentHash(text)) }

func TestIndex(t *testing.T) {
	srv, _ := newTestServer(t)
	page := get(t, srv, "/", 200)
	for _, want := range []string{"Trump &amp; le Pakistan", "Aide aux talibans", "Sans événement", "2017-10", "2021-10-24",
		"Belga", "3 documents · 3 events", `href="/static/style.css"`} {
		if !strings.Contains(page, want) {
			t.Errorf("index lacks %q", want)
		}
	}
	// Newest first.
	if strings.Index(page, "Aide aux talibans") > strings.Index(page, "Trump &amp;") {
		t.Error("documents not listed newest first")
	}
	// Event counts per document link to the document.
	id := docID("Washington accuse Islamabad d'héberger des <terroristes>. Le président américain critique le Pakistan.")
	if !strings.Contains(page, `<a href="/doc/`+id+`#events">2</a>`) {
		t.Errorf("index lacks the event count link of %s", id)
	}
	if !strings.Contains(page, `exact=1">PAK → AFGREB</a> <span class="muted">1</span>`) {
		t.Error("index lacks the top dyads")
	}
	page = get(t, srv, "/?q=talibans", 200)
	if !strings.Contains(page, "Aide aux talibans") || strings.Contains(page, "Sans événement") {
		t.Error("search q=talibans does not filter")
	}
	get(t, srv, "/?from=notadate", 400)
	css := get(t, srv, "/static/style.css", 200)
	if !strings.Contains(css, "mark.src") {
		t.Error("stylesheet not served")
	}
	get(t, srv, "/nothing-here", 404)
}

func TestDocPage(t *testing.T) {
	srv, _ := newTestServer(t)
	text := "Washington accuse Islamabad d'héberger des <terroristes>. Le président américain critique le Pakistan."
	page := get(t, srv, "/doc/"+docID(text), 200)
	for _, want := range []string{
		"<h1>Trump &amp; le Pakistan</h1>",
		"Events (2)",
		// CAMEO labels from the codebook.
		"Accuse", "Criticize or denounce",
		// The evidence sentence with source and target highlighted, text escaped.
		`<mark class="src" title="USA">Washington</mark> accuse <mark class="tgt" title="PAK">Islamabad</mark> d&#39;héberger des &lt;terroristes&gt;.`,
		`<mark class="src" title="USAGOV">Le président américain</mark> critique <mark class="tgt" title="PAK">le Pakistan</mark>.`,
		`<span class="badge negated">negated</span>`, `<span class="badge future">future</span>`, `<span class="badge reported">reported</span>`,
		"at Islamabad (PAK)",
		"Rex Tillerson",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("document page lacks %q", want)
		}
	}
	if strings.Contains(page, "<terroristes>") {
		t.Error("document text not escaped")
	}
	get(t, srv, "/doc/0000000000000000", 404)
}

func TestEventsPage(t *testing.T) {
	srv, _ := newTestServer(t)
	page := get(t, srv, "/events", 200)
	if n := strings.Count(page, `<div class="event"`); n != 3 {
		t.Errorf("events page shows %d events, want 3", n)
	}
	// Top dyads: three dyads with one event each.
	for _, want := range []string{"USA → PAK", "USAGOV → PAK", "PAK → AFGREB", "Aide aux talibans"} {
		if !strings.Contains(page, want) {
			t.Errorf("events page lacks %q", want)
		}
	}
	page = get(t, srv, "/events?actor=USA", 200)
	if n := strings.Count(page, `<div class="event"`); n != 2 || strings.Contains(page, `title="AFGREB"`) {
		t.Errorf("actor=USA shows %d events", n)
	}
	page = get(t, srv, "/events?root=07", 200)
	if n := strings.Count(page, `<div class="event"`); n != 1 || !strings.Contains(page, "Provide aid") {
		t.Errorf("root=07 shows %d events", n)
	}
	if !regexp.MustCompile(`<option value="07" selected>07 Provide aid</option>`).MatchString(page) {
		t.Error("root select does not keep the chosen root")
	}
	page = get(t, srv, "/events?from=2021&to=2021-12", 200)
	if n := strings.Count(page, `<div class="event"`); n != 1 {
		t.Errorf("from=2021 shows %d events", n)
	}
	// Top dyad links show the events of that dyad only.
	page = get(t, srv, "/events", 200)
	if !strings.Contains(page, `<a href="/events?source=USA&amp;target=PAK&amp;exact=1">USA → PAK</a>`) {
		t.Error("top dyads do not link to their events")
	}
	page = get(t, srv, "/events?source=USA&target=PAK&exact=1", 200)
	if n := strings.Count(page, `<div class="event"`); n != 1 {
		t.Errorf("dyad USA → PAK shows %d events, want 1", n)
	}
	page = get(t, srv, "/events?actor=CHN", 200)
	if !strings.Contains(page, "No event matches") {
		t.Error("actor=CHN should match nothing")
	}
	get(t, srv, "/events?to=2021-13", 400)
}

func TestAPI(t *testing.T) {
	srv, _ := newTestServer(t)
	var stats dyad.Stats
	if err := json.Unmarshal([]byte(get(t, srv, "/api/stats", 200)), &stats); err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 3 || stats.Events != 3 || len(stats.TopDyads) != 3 || stats.LearnedRoles != 1 {
		t.Errorf("stats: %+v", stats)
	}
	var docs struct{ Documents []dyad.DocSummary }
	if err := json.Unmarshal([]byte(get(t, srv, "/api/documents?limit=2", 200)), &docs); err != nil {
		t.Fatal(err)
	}
	if len(docs.Documents) != 2 || docs.Documents[0].Title != "Aide aux talibans" {
		t.Errorf("documents: %+v", docs)
	}
	var evs struct {
		Events []struct {
			Source, Target, Code, Label string
			EvidenceText                string `json:"evidence_text"`
			Evidence                    dyad.Span
			SourceSpan                  dyad.Span `json:"source_span"`
		}
	}
	body := get(t, srv, "/api/events?source=USAGOV", 200)
	if err := json.Unmarshal([]byte(body), &evs); err != nil {
		t.Fatal(err)
	}
	if len(evs.Events) != 1 || evs.Events[0].Code != "111" || !strings.Contains(body, `"label":"Criticize or denounce"`) {
		t.Fatalf("events: %s", body)
	}
	// Code-point offsets: "é" of "héberger" makes byte and rune offsets differ.
	e := evs.Events[0]
	text := []rune("Washington accuse Islamabad d'héberger des <terroristes>. Le président américain critique le Pakistan.")
	if got := string(text[e.SourceSpan.Start:e.SourceSpan.End]); got != "Le président américain" {
		t.Errorf("source span in code points gives %q", got)
	}
	var doc struct {
		Title  string
		Events []struct{ Label string }
	}
	id := docID(string(text))
	if err := json.Unmarshal([]byte(get(t, srv, "/api/documents/"+id, 200)), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Trump & le Pakistan" || len(doc.Events) != 2 || !strings.HasPrefix(doc.Events[0].Label, "Accuse") {
		t.Errorf("document: %+v", doc)
	}
	var dy struct{ Dyads []dyad.DyadCount }
	if err := json.Unmarshal([]byte(get(t, srv, "/api/dyads?actor=PAK&n=1", 200)), &dy); err != nil {
		t.Fatal(err)
	}
	if len(dy.Dyads) != 1 {
		t.Errorf("dyads: %+v", dy)
	}
	if body := get(t, srv, "/api/documents/nope", 404); !strings.Contains(body, `"error"`) {
		t.Errorf("404 body: %s", body)
	}
	body = get(t, srv, "/api/events.csv?actor=PAK", 200)
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[0][0] != "event_id" || len(rows[1]) != len(rows[0]) {
		t.Fatalf("csv: %q", rows)
	}
	for _, r := range rows[1:] {
		if r[4] == "USAGOV" && (r[6] != "111" || r[8] != "Criticize or denounce" || r[12] != "true" || r[19] != "Islamabad") {
			t.Errorf("csv row: %q", r)
		}
	}
	get(t, srv, "/api/events?from=x", 400)
	get(t, srv, "/api/unknown", 404)
	if body := get(t, srv, "/api/", 200); !strings.Contains(body, "/api/events") {
		t.Errorf("API index: %s", body)
	}
}

func TestHighlight(t *testing.T) {
	text := []rune("a <b> é c")
	got := highlight(text[2:], 2, []mark{
		{dyad.Span{Start: 2, End: 5}, "act", "X", 1},
		{dyad.Span{Start: 3, End: 4}, "src", `"q"`, 3},
		{dyad.Span{Start: 6, End: 7}, "tgt", "T", 3},
		{dyad.Span{Start: 100, End: 200}, "act", "out of range", 1},
	})
	want := `<mark class="act" title="X">&lt;</mark><mark class="src" title="&#34;q&#34;">b</mark><mark class="act" title="X">&gt;</mark> <mark class="tgt" title="T">é</mark> c`
	if string(got) != want {
		t.Errorf("highlight:\n got %s\nwant %s", got, want)
	}
}
