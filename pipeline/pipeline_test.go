package pipeline

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/timex"
)

var (
	sharedOnce sync.Once
	shared     *Pipeline
	sharedErr  error
)

func testPipeline(t *testing.T) *Pipeline {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = New(Options{}) })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

// The contract: offsets are code points into the text, events carry the
// codebook fields, and the record marshals with every required field.
func TestRecordContract(t *testing.T) {
	p := testPipeline(t)
	doc := &dyad.Document{ID: "r1", Lang: "fr", Date: dyad.Date{Year: 2021, Month: 10, Day: 24},
		Text: "Le Premier ministre pakistanais Imran Khan a rencontré vendredi à Islamabad le secrétaire d'État américain Antony Blinken."}
	a, err := p.Analyze(doc)
	if err != nil {
		t.Fatal(err)
	}
	r := Record(a, RecordOptions{})
	runes := []rune(doc.Text)
	sub := func(s, e int) string { return string(runes[s:e]) }
	if len(r.Actors) == 0 {
		t.Fatal("no actors")
	}
	for _, m := range r.Actors {
		if got := sub(m.Start, m.End); got != m.Text {
			t.Errorf("actor span %d:%d = %q, text %q", m.Start, m.End, got, m.Text)
		}
	}
	for _, tm := range r.Times {
		if got := sub(tm.Start, tm.End); got != tm.Text {
			t.Errorf("time span %d:%d = %q, text %q", tm.Start, tm.End, got, tm.Text)
		}
	}
	var khan bool
	for _, m := range r.Actors {
		if m.Text == "Imran Khan" || strings.HasSuffix(m.Text, "Imran Khan") {
			khan = m.Code == "PAKGOV"
		}
	}
	if !khan {
		t.Errorf("Imran Khan not resolved to PAKGOV in 2021: %+v", r.Actors)
	}
	if len(r.Events) == 0 {
		t.Fatalf("no event in %q", doc.Text)
	}
	e := r.Events[0]
	if e.Source != "PAKGOV" || e.Target != "USAGOV" || e.Code[:2] != "04" {
		t.Errorf("event = %s %s %s, want PAKGOV USAGOV 04x", e.Source, e.Target, e.Code)
	}
	if e.QuadClass != 1 || e.PLOVER == "" || e.Mode != "asserted" {
		t.Errorf("codebook fields not filled: %+v", e)
	}
	if e.Evidence.End != utf8.RuneCountInString(doc.Text) || e.Evidence.Start != 0 {
		t.Errorf("evidence = %+v, want the whole sentence 0:%d", e.Evidence, utf8.RuneCountInString(doc.Text))
	}
	if e.Date != "2021-10-22" {
		t.Errorf("event date = %q, want 2021-10-22 (vendredi before 2021-10-24)", e.Date)
	}
	b, _ := json.Marshal(r)
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "lang", "date", "sentences", "times", "actors", "events"} {
		if _, ok := m[k]; !ok {
			t.Errorf("record lacks %q: %s", k, b)
		}
	}
	ev := m["events"].([]any)[0].(map[string]any)
	for _, k := range []string{"source", "target", "code", "goldstein", "quad_class", "plover", "negated", "mode", "date", "sentence", "evidence", "source_text", "target_text"} {
		if _, ok := ev[k]; !ok {
			t.Errorf("event lacks %q: %s", k, b)
		}
	}
}

// Stream keeps input order with several workers, passes reader errors
// through in place, and reports a document without text as an error.
func TestStreamOrderAndErrors(t *testing.T) {
	p := testPipeline(t)
	const n = 40
	var got []string
	err := p.Stream(4, func(emit func(*dyad.Document, error) error) error {
		for i := 0; i < n; i++ {
			switch {
			case i%10 == 3:
				if err := emit(nil, fmt.Errorf("bad %d", i)); err != nil {
					return err
				}
			case i%10 == 7:
				if err := emit(&dyad.Document{ID: fmt.Sprint(i), Text: "  "}, nil); err != nil {
					return err
				}
			default:
				if err := emit(&dyad.Document{ID: fmt.Sprint(i), Lang: "en", Text: strings.Repeat("The army attacked rebels in the north. ", i%5+1)}, nil); err != nil {
					return err
				}
			}
		}
		return nil
	}, func(it Item) error {
		switch {
		case it.Err != nil && it.Doc == nil:
			got = append(got, "E:"+it.Err.Error())
		case it.Err != nil:
			got = append(got, "X:"+it.Doc.ID)
		default:
			got = append(got, it.Analysis.Doc.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("got %d items, want %d", len(got), n)
	}
	for i, g := range got {
		want := fmt.Sprint(i)
		switch i % 10 {
		case 3:
			want = fmt.Sprintf("E:bad %d", i)
		case 7:
			want = "X:" + want
		}
		if g != want {
			t.Errorf("item %d = %q, want %q", i, g, want)
		}
	}
}

// Stopping the output early must not hang the stream.
func TestStreamStops(t *testing.T) {
	p := testPipeline(t)
	seen := 0
	stop := fmt.Errorf("enough")
	err := p.Stream(2, func(emit func(*dyad.Document, error) error) error {
		for i := 0; i < 1000; i++ {
			if err := emit(&dyad.Document{ID: fmt.Sprint(i), Lang: "fr", Text: "La police a arrêté des manifestants."}, nil); err != nil {
				return err
			}
		}
		return nil
	}, func(it Item) error {
		seen++
		if seen == 5 {
			return stop
		}
		return nil
	})
	if err != stop || seen != 5 {
		t.Fatalf("err = %v after %d items; want %v after 5", err, seen, stop)
	}
}

// An undated document resolves its actors' roles at the date its text
// implies ("ce jeudi 19 février" → 2026), not at a made-up publication date.
func TestUndatedDocumentAnchor(t *testing.T) {
	p := testPipeline(t)
	defer func(f func() time.Time) { timex.Now = f }(timex.Now)
	timex.Now = func() time.Time { return time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) }
	doc := &dyad.Document{ID: "u", Lang: "fr",
		Text: "Le président américain a reçu ce jeudi 19 février à Washington le Premier ministre pakistanais."}
	a, err := p.Analyze(doc)
	if err != nil {
		t.Fatal(err)
	}
	if !doc.Date.IsZero() {
		t.Errorf("publication date invented: %v", doc.Date)
	}
	if got := a.Anchor.String(); got != "2026-02-19" {
		t.Errorf("anchor = %q, want 2026-02-19", got)
	}
	if got := a.RefDate().String(); got != "2026-02-19" {
		t.Errorf("RefDate = %q", got)
	}
	doc2 := &dyad.Document{ID: "d", Lang: "fr", Date: dyad.Date{Year: 2017, Month: 10},
		Text: "Le président américain a reçu ce jeudi à Washington le Premier ministre pakistanais."}
	a2, err := p.Analyze(doc2)
	if err != nil {
		t.Fatal(err)
	}
	if !a2.Anchor.IsZero() || a2.RefDate() != doc2.Date {
		t.Errorf("dated document: anchor %v, RefDate %v", a2.Anchor, a2.RefDate())
	}
}

// An event restated in the same document is kept once; a restatement in
// another mode is a different event.
func TestDedupWithinDocument(t *testing.T) {
	a := &dyad.Analysis{Doc: &dyad.Document{}, Events: []dyad.Event{
		{Source: "PAK", Target: "AFGGOV", Code: "070", Mode: dyad.Reported, Sentence: 0},
		{Source: "PAK", Target: "AFGGOV", Code: "070", Mode: dyad.Asserted, Sentence: 2},
		{Source: "PAK", Target: "AFGGOV", Code: "070", Mode: dyad.Reported, Sentence: 3},
		{Source: "PAK", Target: "AFGGOV", Code: "070", Mode: dyad.Reported, Sentence: 4, Date: "2021-08"},
		{Source: "AFGGOV", Target: "PAK", Code: "070", Mode: dyad.Reported, Sentence: 5},
	}}
	if err := (dedupStage{}).Process(a); err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, e := range a.Events {
		got = append(got, e.Sentence)
	}
	if fmt.Sprint(got) != "[0 2 4 5]" {
		t.Errorf("kept sentences %v, want [0 2 4 5]", got)
	}
}

// One-sided events (no target found) are dropped by default and kept with
// Options.OneSided.
func TestOneSidedEvents(t *testing.T) {
	doc := func() *dyad.Document {
		return &dyad.Document{ID: "x", Lang: "fr",
			Text: "Donald Trump a exigé de réduire le contingent américain. Les États-Unis ont condamné le Pakistan."}
	}
	oneSided := func(a *dyad.Analysis) (n, dyadic int) {
		for _, e := range a.Events {
			if e.Source == "" || e.Target == "" {
				n++
			} else {
				dyadic++
			}
		}
		return
	}
	keep, err := New(Options{OneSided: true})
	if err != nil {
		t.Fatal(err)
	}
	a, err := keep.Analyze(doc())
	if err != nil {
		t.Fatal(err)
	}
	n, d := oneSided(a)
	if n == 0 || d == 0 {
		t.Fatalf("with OneSided: %d one-sided and %d dyadic events, want both (%+v)", n, d, a.Events)
	}
	a, err = testPipeline(t).Analyze(doc())
	if err != nil {
		t.Fatal(err)
	}
	if n2, d2 := oneSided(a); n2 != 0 || d2 != d {
		t.Errorf("default: %d one-sided and %d dyadic events, want 0 and %d", n2, d2, d)
	}
}

// Hypothetical events (a condition, a possibility) are dropped by default
// and kept, with mode "hypothetical", with Options.Hypothetical; asserted
// events of the same document stay either way.
func TestHypotheticalEvents(t *testing.T) {
	doc := func() *dyad.Document {
		return &dyad.Document{ID: "x", Lang: "fr", Date: dyad.Date{Year: 2024, Month: 1, Day: 1},
			Text: "Si les talibans attaquaient la police, le gouvernement afghan pourrait sanctionner le Pakistan. Les États-Unis ont condamné le Pakistan."}
	}
	count := func(a *dyad.Analysis) (hyp, other int) {
		for _, e := range a.Events {
			if e.Mode == dyad.Hypothetical {
				hyp++
			} else {
				other++
			}
		}
		return
	}
	keep, err := New(Options{Hypothetical: true})
	if err != nil {
		t.Fatal(err)
	}
	a, err := keep.Analyze(doc())
	if err != nil {
		t.Fatal(err)
	}
	h, o := count(a)
	if h == 0 || o == 0 {
		t.Fatalf("with Hypothetical: %d hypothetical and %d other events, want both (%+v)", h, o, a.Events)
	}
	a, err = testPipeline(t).Analyze(doc())
	if err != nil {
		t.Fatal(err)
	}
	if h2, o2 := count(a); h2 != 0 || o2 != o {
		t.Errorf("default: %d hypothetical and %d other events, want 0 and %d", h2, o2, o)
	}
}
