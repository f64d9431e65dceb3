package sqlite

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad"
)

func open(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func span(t *testing.T, text, sub string) dyad.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return dyad.Span{Start: i, End: i + len(sub)}
}

// analysis builds a one-sentence-per-line analysis of text with an event
// for each spec "SRCTEXT|SRC|CODE|TGTTEXT|TGT|DATE" found in the text.
func analysis(t *testing.T, path, date, text string, specs ...string) *dyad.Analysis {
	t.Helper()
	d, err := dyad.ParseDate(date)
	if err != nil {
		t.Fatal(err)
	}
	a := &dyad.Analysis{Doc: &dyad.Document{ID: path, Path: path, Title: strings.SplitN(text, "\n", 2)[0],
		Text: text, Lang: "fr", Date: d, Source: "test", Meta: map[string]any{"k": "v"}}}
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		a.Sentences = append(a.Sentences, dyad.Sentence{Span: dyad.Span{Start: off, End: off + len(strings.TrimRight(line, "\n"))}})
		off += len(line)
	}
	sentOf := func(sp dyad.Span) int {
		for i, s := range a.Sentences {
			if s.Contains(sp) {
				return i
			}
		}
		return -1
	}
	for _, spec := range specs {
		f := strings.Split(spec, "|")
		ss, ts := span(t, text, f[0]), span(t, text, f[3])
		si := sentOf(ss)
		a.Actors = append(a.Actors,
			dyad.ActorMention{Span: ss, Text: f[0], Code: f[1], Kind: "country", Sentence: si},
			dyad.ActorMention{Span: ts, Text: f[3], Code: f[4], Kind: "country", Sentence: sentOf(ts)})
		a.Events = append(a.Events, dyad.Event{Source: f[1], Target: f[4], SourceText: f[0], TargetText: f[3],
			SourceSpan: ss, TargetSpan: ts, Code: f[2], Goldstein: 1.5, QuadClass: 1, PLOVER: "CONSULT",
			Mode: dyad.Asserted, Date: f[5], Sentence: si, Evidence: a.Sentences[si].Span,
			Location: &dyad.Location{Text: "Islamabad", Country: "PAK", Lat: 33.7, Lon: 73.1}})
	}
	return a
}

const textA = "Washington et Islamabad.\nLe président américain a rencontré le Premier ministre pakistanais à Islamabad.\nLes États-Unis ont critiqué le Pakistan."

func docA(t *testing.T) *dyad.Analysis {
	a := analysis(t, "a.txt", "2017-10", textA,
		"Le président américain|USAGOV|040|Premier ministre pakistanais|PAKGOV|2017-10-20",
		"Les États-Unis|USA|111|Pakistan|PAK|")
	a.Learned = []dyad.RoleFact{{Name: "Rex Tillerson", Code: "USAGOV", Role: "secretaire d'etat", Text: "le secrétaire d'État, Rex Tillerson"}}
	a.Times = []dyad.TimeExpr{{Span: span(t, textA, "Washington"), Text: "Washington", Type: "DATE", Value: "2017-10"}}
	return a
}

func TestPutIdempotentAndRead(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	a := docA(t)
	added, err := s.Put(ctx, a)
	if err != nil || !added {
		t.Fatalf("first Put: added=%v err=%v", added, err)
	}
	// Same content, other path and layout: nothing changes.
	b := docA(t)
	b.Doc.Path = "elsewhere/copy.txt"
	b.Doc.Text = "  " + strings.ReplaceAll(b.Doc.Text, " ", "  \n") + "\n"
	added, err = s.Put(ctx, b)
	if err != nil || added {
		t.Fatalf("second Put: added=%v err=%v", added, err)
	}
	added, err = s.Put(ctx, docA(t))
	if err != nil || added {
		t.Fatalf("third Put: added=%v err=%v", added, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 || st.Events != 2 || st.LearnedRoles != 1 || st.Actors != 4 {
		t.Fatalf("stats after three puts of one document: %+v", st)
	}
	docs, err := s.Documents(ctx, dyad.DocFilter{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("documents: %v %v", docs, err)
	}
	id := docs[0].ID
	if id != dyad.DocIDFromHash(dyad.ContentHash(textA)) || docs[0].Path != "a.txt" || docs[0].Events != 2 ||
		docs[0].Date.String() != "2017-10" {
		t.Fatalf("summary: %+v", docs[0])
	}
	if ok, err := s.Has(ctx, dyad.ContentHash(textA)); !ok || err != nil {
		t.Fatalf("Has: %v %v", ok, err)
	}
	d, err := s.Document(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != textA || len(d.Sentences) != 3 || len(d.Events) != 2 || len(d.Actors) != 4 || len(d.Times) != 1 ||
		len(d.Learned) != 1 || d.Meta["k"] != "v" {
		t.Fatalf("document: %+v", d)
	}
	// Offsets come back in code points: slicing the runes gives the text.
	runes := []rune(d.Text)
	for _, e := range d.Events {
		if got := string(runes[e.SourceSpan.Start:e.SourceSpan.End]); got != e.SourceText {
			t.Errorf("source span gives %q, want %q", got, e.SourceText)
		}
		if got := string(runes[e.TargetSpan.Start:e.TargetSpan.End]); got != e.TargetText {
			t.Errorf("target span gives %q, want %q", got, e.TargetText)
		}
		if got := string(runes[e.Evidence.Start:e.Evidence.End]); got != e.EvidenceText {
			t.Errorf("evidence span gives %q, want %q", got, e.EvidenceText)
		}
		if e.Location == nil || e.Location.Country != "PAK" {
			t.Errorf("location lost: %+v", e.Location)
		}
	}
	if e := d.Events[1]; e.Code != "111" || e.Root != "11" || e.EvidenceText != "Les États-Unis ont critiqué le Pakistan." {
		t.Errorf("second event: %+v", e)
	}
	if _, err := s.Document(ctx, "nope"); !errors.Is(err, dyad.ErrNotFound) {
		t.Errorf("unknown document: %v", err)
	}
	roles, err := s.LearnedRoles(ctx)
	if err != nil || len(roles) != 1 || roles[0].Since.String() != "2017-10" || roles[0].DocID != id {
		t.Fatalf("roles: %+v %v", roles, err)
	}
}

func TestRollback(t *testing.T) {
	s := open(t)
	ctx := context.Background()

	// A constraint failure on the second event: nothing of the document stays.
	bad := docA(t)
	bad.Events[1].QuadClass = 9
	if _, err := s.Put(ctx, bad); err == nil {
		t.Fatal("Put with an invalid quad class succeeded")
	}
	assertEmpty(t, s)

	// An already cancelled context.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Put(cctx, docA(t)); err == nil {
		t.Fatal("Put with a cancelled context succeeded")
	}
	assertEmpty(t, s)

	// A context cancelled after the document row is written.
	cctx, cancel = context.WithCancel(ctx)
	s.afterDoc = cancel
	if _, err := s.Put(cctx, docA(t)); err == nil {
		t.Fatal("Put cancelled midway succeeded")
	}
	s.afterDoc = nil
	assertEmpty(t, s)

	// And the store still works.
	if added, err := s.Put(ctx, docA(t)); !added || err != nil {
		t.Fatalf("Put after failures: %v %v", added, err)
	}
}

func assertEmpty(t *testing.T, s *Store) {
	t.Helper()
	var n int
	for _, tab := range []string{"documents", "sentences", "mentions", "events", "learned_roles"} {
		if err := s.db.QueryRow(`SELECT COUNT(*) FROM ` + tab).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%s has %d rows after a failed Put", tab, n)
		}
	}
}

func TestConcurrentPut(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// A second handle on the same file, as a second process would have.
	s2, err := Open(filepath.Join(dir, "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	ctx := context.Background()
	const distinct, copies = 12, 3
	var wg sync.WaitGroup
	var mu sync.Mutex
	added := 0
	errs := []error{}
	for g := range 6 {
		st := s
		if g%2 == 1 {
			st = s2
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range distinct * copies / 2 {
				n := (i + g*7) % distinct
				txt := fmt.Sprintf("Document %d.\nLe Pakistan a rencontré les États-Unis.", n)
				a := analysis(t, fmt.Sprintf("g%d/%d.txt", g, i), "2021-10-22", txt, "Pakistan|PAK|040|États-Unis|USA|")
				ok, err := st.Put(ctx, a)
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				}
				if ok {
					added++
				}
				mu.Unlock()
				if _, err := st.Documents(ctx, dyad.DocFilter{}); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("%d errors, first: %v", len(errs), errs[0])
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if added != distinct || st.Documents != distinct || st.Events != distinct {
		t.Fatalf("added %d, stats %+v; want %d documents", added, st, distinct)
	}
	if len(st.TopDyads) != 1 || st.TopDyads[0] != (dyad.DyadCount{Source: "PAK", Target: "USA", Count: distinct}) {
		t.Fatalf("top dyads: %+v", st.TopDyads)
	}
}

func TestFilters(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	put := func(a *dyad.Analysis) {
		t.Helper()
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	put(docA(t)) // 2017: USAGOV 040 PAKGOV (2017-10-20), USA 111 PAK (doc date 2017-10)
	put(analysis(t, "b.txt", "2021-10-24", "Le Pakistan aide les talibans.\nL'Afghanistan remercie le Pakistan.",
		"Pakistan|PAK|050|talibans|AFGREB|",
		"L'Afghanistan|AFG|051|Pakistan|PAK|2021-W42"))
	put(analysis(t, "c.txt", "", "Sans date, la Chine soutient le Pakistan.", "la Chine|CHN|051|Pakistan|PAK|"))

	codes := func(f dyad.EventFilter) string {
		t.Helper()
		evs, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range evs {
			out = append(out, e.Source+">"+e.Code+">"+e.Target)
		}
		return strings.Join(out, " ")
	}
	cases := []struct {
		f    dyad.EventFilter
		want string
	}{
		{dyad.EventFilter{}, "PAK>050>AFGREB AFG>051>PAK USAGOV>040>PAKGOV USA>111>PAK CHN>051>PAK"},
		{dyad.EventFilter{Actor: "pak"}, "PAK>050>AFGREB AFG>051>PAK USAGOV>040>PAKGOV USA>111>PAK CHN>051>PAK"},
		{dyad.EventFilter{Actor: "USA"}, "USAGOV>040>PAKGOV USA>111>PAK"},
		{dyad.EventFilter{Actor: "AFG"}, "PAK>050>AFGREB AFG>051>PAK"},
		{dyad.EventFilter{Source: "PAK"}, "PAK>050>AFGREB"},
		{dyad.EventFilter{Target: "PAKGOV"}, "USAGOV>040>PAKGOV"},
		{dyad.EventFilter{Source: "USA", Target: "PAK"}, "USAGOV>040>PAKGOV USA>111>PAK"},
		{dyad.EventFilter{Source: "USA", Target: "PAK", Exact: true}, "USA>111>PAK"},
		{dyad.EventFilter{Source: "PAK", Target: "", Exact: true}, ""},
		{dyad.EventFilter{Target: "AFGREB", Exact: true}, "PAK>050>AFGREB"},
		{dyad.EventFilter{Root: "05"}, "PAK>050>AFGREB AFG>051>PAK CHN>051>PAK"},
		{dyad.EventFilter{Code: "051"}, "AFG>051>PAK CHN>051>PAK"},
		{dyad.EventFilter{Actor: "U*"}, ""},
		{dyad.EventFilter{From: dyad.Date{Year: 2021}}, "PAK>050>AFGREB AFG>051>PAK"},
		{dyad.EventFilter{To: dyad.Date{Year: 2017, Month: 10, Day: 19}}, "USA>111>PAK"},
		{dyad.EventFilter{From: dyad.Date{Year: 2017, Month: 10, Day: 20}, To: dyad.Date{Year: 2017, Month: 10, Day: 20}}, "USAGOV>040>PAKGOV USA>111>PAK"},
		// 2021-W42 is 18-24 October 2021.
		{dyad.EventFilter{From: dyad.Date{Year: 2021, Month: 10, Day: 18}, To: dyad.Date{Year: 2021, Month: 10, Day: 18}}, "AFG>051>PAK"},
		{dyad.EventFilter{Limit: 2, Offset: 1}, "AFG>051>PAK USAGOV>040>PAKGOV"},
	}
	for _, c := range cases {
		if got := codes(c.f); got != c.want {
			t.Errorf("%+v:\n got %s\nwant %s", c.f, got, c.want)
		}
	}
	dy, err := s.TopDyads(ctx, dyad.EventFilter{Root: "05"}, 5)
	if err != nil || len(dy) != 3 {
		t.Fatalf("top dyads of root 05: %v %v", dy, err)
	}
	docs := func(f dyad.DocFilter) string {
		ds, err := s.Documents(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range ds {
			out = append(out, d.Path)
		}
		return strings.Join(out, " ")
	}
	for f, want := range map[dyad.DocFilter]string{
		{}:                            "b.txt a.txt c.txt",
		{Query: "talibans"}:           "b.txt",
		{Query: "CHINE"}:              "c.txt",
		{Query: "100%"}:               "",
		{From: dyad.Date{Year: 2018}}: "b.txt",
		{To: dyad.Date{Year: 2018}}:   "a.txt",
		{Limit: 1, Offset: 1}:         "a.txt",
	} {
		if got := docs(f); got != want {
			t.Errorf("documents %+v: got %q want %q", f, got, want)
		}
	}
}

func TestFeedItems(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if seen, _ := s.SeenItem(ctx, "https://example.org/1"); seen {
		t.Fatal("fresh store has seen an item")
	}
	for range 2 {
		if err := s.MarkItem(ctx, "https://example.org/1"); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s, err = Open(filepath.Join(dir, "f.db")) // across restarts
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if seen, err := s.SeenItem(ctx, "https://example.org/1"); !seen || err != nil {
		t.Fatalf("item forgotten after reopening: %v %v", seen, err)
	}
	if seen, _ := s.SeenItem(ctx, "https://example.org/2"); seen {
		t.Fatal("unmarked item seen")
	}
	var v int
	if err := s.db.QueryRow(`SELECT MAX(version) FROM schema_version`).Scan(&v); err != nil || v != SchemaVersion() {
		t.Fatalf("schema version %d (%v), want %d", v, err, SchemaVersion())
	}
	var mode string
	if err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal mode %q %v", mode, err)
	}
}

func TestTimexRange(t *testing.T) {
	for v, want := range map[string]string{
		"2021":                 "2021-01-01..2021-12-31",
		"2024-02":              "2024-02-01..2024-02-29",
		"2021-10-22":           "2021-10-22..2021-10-22",
		"2021-10-22T10:00":     "2021-10-22..2021-10-22",
		"2021-W42":             "2021-10-18..2021-10-24",
		"2026-W01":             "2025-12-29..2026-01-04",
		"2021-Q4":              "2021-10-01..2021-12-31",
		"2021-H1":              "2021-01-01..2021-06-30",
		"PRESENT_REF":          "<nil>..<nil>",
		"P2Y":                  "<nil>..<nil>",
		"":                     "<nil>..<nil>",
		"1999-05-18TEV":        "1999-05-18..1999-05-18",
		"2021-SU":              "<nil>..<nil>",
		strings.Repeat("x", 3): "<nil>..<nil>",
	} {
		f, to := timexRange(v)
		if got := fmt.Sprint(f) + ".." + fmt.Sprint(to); got != want {
			t.Errorf("timexRange(%q) = %s, want %s", v, got, want)
		}
	}
}

func TestReplace(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	if _, err := s.Put(ctx, docA(t)); err != nil {
		t.Fatal(err)
	}
	// A new analysis of the same content: one event, no learned role.
	b := docA(t)
	b.Events = b.Events[1:]
	b.Learned = nil
	b.Doc.Path = "again.txt"
	replaced, err := s.Replace(ctx, b)
	if err != nil || !replaced {
		t.Fatalf("Replace: %v %v", replaced, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 || st.Events != 1 || st.LearnedRoles != 0 || st.Actors != 4 {
		t.Fatalf("after Replace: %+v", st)
	}
	docs, _ := s.Documents(ctx, dyad.DocFilter{})
	if len(docs) != 1 || docs[0].Path != "again.txt" || docs[0].Events != 1 {
		t.Fatalf("after Replace: %+v", docs)
	}
	// A failing replacement keeps the old analysis.
	c := docA(t)
	c.Events[0].QuadClass = 9
	if _, err := s.Replace(ctx, c); err == nil {
		t.Fatal("invalid Replace succeeded")
	}
	if docs, _ := s.Documents(ctx, dyad.DocFilter{}); len(docs) != 1 || docs[0].Path != "again.txt" {
		t.Fatalf("after a failed Replace: %+v", docs)
	}
	// Replacing new content adds it.
	replaced, err = s.Replace(ctx, analysis(t, "n.txt", "2020", "Autre texte.\nLa Chine aide le Pakistan.", "La Chine|CHN|070|Pakistan|PAK|"))
	if err != nil || replaced {
		t.Fatalf("Replace of new content: %v %v", replaced, err)
	}
}

func TestSnippet(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	long := strings.Repeat("é", 200)
	for _, txt := range []string{"\n\n  Premier   titre \nsuite", long + "\nfin"} {
		a := analysis(t, "x", "", txt)
		a.Doc.Title = ""
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := s.Documents(ctx, dyad.DocFilter{})
	if err != nil || len(docs) != 2 {
		t.Fatal(docs, err)
	}
	if docs[0].Snippet != "Premier titre" {
		t.Errorf("snippet %q", docs[0].Snippet)
	}
	if r := []rune(docs[1].Snippet); len(r) != 140 || r[139] != '…' {
		t.Errorf("long snippet %q", docs[1].Snippet)
	}
}

// BenchmarkPut measures storing a typical analysed article (20 sentences,
// 40 actor mentions, 10 events) in a file database.
func BenchmarkPut(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	sentence := "Le président américain a rencontré le Premier ministre pakistanais à Islamabad jeudi dernier. "
	mk := func(i int) *dyad.Analysis {
		text := fmt.Sprintf("Article %d. ", i) + strings.Repeat(sentence, 20)
		a := &dyad.Analysis{Doc: &dyad.Document{Path: "bench", Text: text, Date: dyad.Date{Year: 2021, Month: 10}}}
		off := 0
		for j := range 20 {
			st := strings.Index(text[off:], "Le président") + off
			a.Sentences = append(a.Sentences, dyad.Sentence{Span: dyad.Span{Start: st, End: st + len(sentence) - 1}})
			src := dyad.Span{Start: st, End: st + len("Le président américain")}
			tgt := dyad.Span{Start: st + 36, End: st + 66}
			a.Actors = append(a.Actors, dyad.ActorMention{Span: src, Text: "Le président américain", Code: "USAGOV", Sentence: j},
				dyad.ActorMention{Span: tgt, Text: "le Premier ministre pakistanais", Code: "PAKGOV", Sentence: j})
			if j%2 == 0 {
				a.Events = append(a.Events, dyad.Event{Source: "USAGOV", Target: "PAKGOV", Code: "040", QuadClass: 1,
					SourceSpan: src, TargetSpan: tgt, Sentence: j, Evidence: a.Sentences[j].Span, Date: "2021-10-21"})
			}
			off = st + len(sentence) - 1
		}
		return a
	}
	docs := make([]*dyad.Analysis, b.N)
	for i := range docs {
		docs[i] = mk(i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Put(ctx, docs[i]); err != nil {
			b.Fatal(err)
		}
	}
}

// Paths with characters that mean something in a URI open the file of that name.
func TestOddPaths(t *testing.T) {
	for _, name := range []string{"a b é.db", "100%.db", "%41.db", "q?x.db", "h#x.db"} {
		dir := t.TempDir()
		p := filepath.Join(dir, name)
		s, err := Open(p)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		s.Close()
		if _, err := os.Stat(p); err != nil {
			ents, _ := os.ReadDir(dir)
			for _, e := range ents {
				t.Logf("  created %q", e.Name())
			}
			t.Errorf("%s: file not created at its name", name)
		}
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	p := filepath.Join(t.TempDir(), "new.db")
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`INSERT INTO schema_version (version, name, applied_at) VALUES (99, '099_future.sql', 'x')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(p); err == nil || !strings.Contains(err.Error(), "newer") {
		if s != nil {
			s.Close()
		}
		t.Fatalf("opening a database of a newer schema: %v", err)
	}
}
