// Package evaltest measures the coder inside the real stage chain (text,
// timex, actor, coder) on the development gold sets of ../shared/eval. It
// lives apart from package coder so that the coder's own tests do not
// depend on the other stages. Tests skip when ../shared is absent.
package evaltest

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/timex"
)

const shared = "../../../../shared/eval/"

func readJSONL[T any](t *testing.T, path string) []T {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s absent (../shared is not part of the product): %v", path, err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r T
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func stages(t *testing.T) []dyad.Stage {
	kb, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := coder.New()
	if err != nil {
		t.Fatal(err)
	}
	return []dyad.Stage{text.NewStage(), timex.New(), actor.NewStage(kb), c}
}

func run(t *testing.T, st []dyad.Stage, lang, date, txt string) *dyad.Analysis {
	d, _ := dyad.ParseDate(date)
	a := &dyad.Analysis{Doc: &dyad.Document{Text: txt, Lang: lang, Date: d}}
	for _, s := range st {
		if err := s.Process(a); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// TestCAMEOManualRoots: share of the CAMEO manual's example sentences for
// which dyad produces an event with the example's root (target ≥ 80%).
func TestCAMEOManualRoots(t *testing.T) {
	type rec struct{ Cameo, Text string }
	recs := readJSONL[rec](t, shared+"cameo_manual_examples_en.jsonl")
	st := stages(t)
	hit, none := 0, 0
	for _, r := range recs {
		a := run(t, st, "en", "", r.Text)
		ok := false
		for _, e := range a.Events {
			if len(e.Code) >= 2 && len(r.Cameo) >= 2 && e.Code[:2] == r.Cameo[:2] {
				ok = true
			}
		}
		if len(a.Events) == 0 {
			none++
		}
		if ok {
			hit++
		} else if testing.Verbose() {
			var got []string
			for _, e := range a.Events {
				got = append(got, e.Source+">"+e.Target+":"+e.Code)
			}
			t.Logf("want %s got %v: %.160s", r.Cameo, got, r.Text)
		}
	}
	t.Logf("CAMEO manual examples, root present: %d/%d = %.1f%% (no event: %d)", hit, len(recs), 100*float64(hit)/float64(len(recs)), none)
	// a regression floor under the measured figure (80.2% on 2026-11-26;
	// the actor stage's changes move it too)
	if hit*100 < len(recs)*76 {
		t.Errorf("CAMEO root coverage %d/%d fell under 76%%", hit, len(recs))
	}
}

// TestPLOVERTopEvent: the PLOVER category of the top (first) event against
// the gold one (target ≥ 75%).
func TestPLOVERTopEvent(t *testing.T) {
	type rec struct{ ID, Text, Plover, Date string }
	recs := readJSONL[rec](t, shared+"events_en_plover_dev.jsonl")
	st := stages(t)
	right, anyRight := 0, 0
	for _, r := range recs {
		a := run(t, st, "en", r.Date, r.Text)
		for _, e := range a.Events {
			if GSRName(e.Code) == r.Plover {
				anyRight++
				break
			}
		}
		got := ""
		for _, e := range a.Events {
			if e.Negated {
				continue
			}
			if p := GSRName(e.Code); p != "" {
				got = p
				break
			}
		}
		if got == r.Plover {
			right++
		} else if testing.Verbose() && os.Getenv("CODER_RANK") != "" {
			for _, e := range a.Events {
				if GSRName(e.Code) == r.Plover {
					var evs []string
					for _, e := range a.Events {
						evs = append(evs, e.Source+">"+e.Target+":"+e.Code+"("+e.Pattern+")")
					}
					t.Logf("RANK %s want %s got %s %v: %.160s", r.ID, r.Plover, got, evs, r.Text)
					break
				}
			}
		} else if testing.Verbose() {
			var evs []string
			for _, e := range a.Events {
				evs = append(evs, e.Source+">"+e.Target+":"+e.Code)
			}
			t.Logf("%s want %s got %s %v: %.160s", r.ID, r.Plover, got, evs, r.Text)
		}
	}
	t.Logf("PLOVER top event: %d/%d = %.1f%% (gold category among any event: %d)", right, len(recs), 100*float64(right)/float64(len(recs)), anyRight)
	if right*100 < len(recs)*73 { // measured 77.0% on 2026-11-26
		t.Errorf("PLOVER top-event accuracy %d/%d fell under 73%%", right, len(recs))
	}
}

// TestDumpCorpus prints the events of a JSONL corpus (CODER_DUMP=path) with
// their sentences, for reading the coder's output (development aid).
func TestDumpCorpus(t *testing.T) {
	path := os.Getenv("CODER_DUMP")
	if path == "" {
		t.Skip("CODER_DUMP not set")
	}
	type rec struct{ ID, Text, Date, Lang string }
	recs := readJSONL[rec](t, path)
	st := stages(t)
	n := 0
	for _, r := range recs {
		if r.Lang == "" {
			r.Lang = "fr"
		}
		a := run(t, st, r.Lang, r.Date, r.Text)
		for _, e := range a.Events {
			sen := a.Doc.Text[e.Evidence.Start:e.Evidence.End]
			t.Logf("%s %s>%s:%s neg=%v %s [%s|%s] (%s) %.200s", r.ID, e.Source, e.Target, e.Code, e.Negated, e.Mode, e.SourceText, e.TargetText, e.Pattern, strings.ReplaceAll(sen, "\n", " "))
			n++
		}
	}
	t.Logf("%d events in %d records", n, len(recs))
}

// TestSeedsPipeline codes the five seed articles with the default
// pipeline, as `dyad code` does (cleaning, dyadic events only, duplicates
// within an article merged), and compares with the careful human coding
// of coder/testdata/seeds_expected.txt (exact source, target and code;
// mode and negation compared too): recall of the expected events and
// precision of what dyad prints.
func TestSeedsPipeline(t *testing.T) {
	b, err := os.ReadFile("../../testdata/seeds_expected.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) >= 2 {
			want[f[0]] = append(want[f[0]], strings.Join(f[1:], " "))
		}
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dates := map[string]string{"000": "2017-10-06", "001": "2021-10-08", "002": "2021-10-24", "003": "2020-12-17", "004": "2026-02-20"}
	seeds := make([]string, 0, len(want))
	for seed := range want {
		seeds = append(seeds, seed)
	}
	sort.Strings(seeds)
	found, wanted, got := 0, 0, 0
	for _, seed := range seeds {
		ws := want[seed]
		m, _ := filepathGlob("../../../../shared/seeds/" + seed + "_*.txt")
		if m == "" {
			t.Skipf("seed %s absent (../shared is not part of the product)", seed)
		}
		raw, err := os.ReadFile(m)
		if err != nil {
			t.Fatal(err)
		}
		txt := strings.TrimSpace(string(raw))
		if strings.HasPrefix(txt, "date ") {
			if i := strings.IndexByte(txt, '\n'); i > 0 && i < 20 {
				txt = txt[i+1:]
			} else {
				txt = txt[len("date 2017-10"):]
			}
		}
		d, _ := dyad.ParseDate(dates[seed])
		a, err := p.Analyze(&dyad.Document{ID: seed, Text: txt, Lang: "fr", Date: d})
		if err != nil {
			t.Fatal(err)
		}
		var evs []string
		for _, e := range a.Events {
			s := e.Source + ">" + e.Target + ":" + e.Code
			if e.Negated {
				s += " neg"
			}
			if e.Mode != dyad.Asserted {
				s += " " + string(e.Mode)
			}
			evs = append(evs, s)
		}
		got += len(evs)
		left := append([]string(nil), evs...)
		for _, w := range ws {
			wanted++
			hit := false
			for i, g := range left {
				if g == w {
					left = append(left[:i], left[i+1:]...)
					hit = true
					break
				}
			}
			if hit {
				found++
			} else {
				t.Logf("seed %s: missed %s", seed, w)
			}
		}
		if len(left) > 0 {
			t.Logf("seed %s: events not expected: %s", seed, strings.Join(left, ", "))
		}
	}
	t.Logf("seeds as dyad code prints them: %d/%d expected events found, %d events printed (exact source, target, code, negation, mode)", found, wanted, got)
	// floors under the figures of 2026-11-26 (39/39 found, 39 printed):
	// recall 90 %, precision 90 %
	if found*100 < wanted*90 {
		t.Errorf("seed events found %d/%d fell under 90%%", found, wanted)
	}
	if found*100 < got*90 {
		t.Errorf("seed events printed %d, only %d expected: precision under 90%%", got, found)
	}
}

func filepathGlob(p string) (string, error) {
	m, err := filepath.Glob(p)
	if err != nil || len(m) == 0 {
		return "", err
	}
	return m[0], nil
}

const benchDocs = "../../../../shared/bench/fr_bench_docs.jsonl"

// benchAnalyses runs text, timex and actor on the first n bench documents
// (outside the timer).
func benchAnalyses(b *testing.B, n int, withActors bool) ([]*dyad.Analysis, int) {
	f, err := os.Open(benchDocs)
	if err != nil {
		b.Skipf("%s absent (../shared is not part of the product): %v", benchDocs, err)
	}
	defer f.Close()
	kb, err := actor.Default()
	if err != nil {
		b.Fatal(err)
	}
	pre := []dyad.Stage{text.NewStage(), timex.New()}
	if withActors {
		pre = append(pre, actor.NewStage(kb))
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var as []*dyad.Analysis
	sents := 0
	for sc.Scan() && len(as) < n {
		var r struct{ ID, Text, Date string }
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue
		}
		d, _ := dyad.ParseDate(r.Date)
		a := &dyad.Analysis{Doc: &dyad.Document{ID: r.ID, Text: r.Text, Lang: "fr", Date: d}}
		for _, s := range pre {
			if err := s.Process(a); err != nil {
				b.Fatal(err)
			}
		}
		sents += len(a.Sentences)
		as = append(as, a)
	}
	return as, sents
}

// BenchmarkCoderStage times the coder alone on French bench documents
// already tokenised, dated and actor-tagged (reports sentences/s).
func BenchmarkCoderStage(b *testing.B) {
	as, _ := benchAnalyses(b, 5000, true)
	c, err := coder.New()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	sents, evs := 0, 0
	for i := 0; i < b.N; i++ {
		a := as[i%len(as)]
		a.Events = a.Events[:0]
		if err := c.Process(a); err != nil {
			b.Fatal(err)
		}
		sents += len(a.Sentences)
		evs += len(a.Events)
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(evs)/float64(sents), "events/sentence")
}

// BenchmarkActorAndCoder times the actor and coder stages together on
// tokenised, dated French bench documents (reports sentences/s).
func BenchmarkActorAndCoder(b *testing.B) {
	as, _ := benchAnalyses(b, 5000, false)
	kb, err := actor.Default()
	if err != nil {
		b.Fatal(err)
	}
	st := []dyad.Stage{actor.NewStage(kb)}
	c, err := coder.New()
	if err != nil {
		b.Fatal(err)
	}
	st = append(st, c)
	b.ResetTimer()
	sents := 0
	for i := 0; i < b.N; i++ {
		a := as[i%len(as)]
		a.Actors, a.Events, a.Learned = a.Actors[:0], a.Events[:0], a.Learned[:0]
		for _, s := range st {
			if err := s.Process(a); err != nil {
				b.Fatal(err)
			}
		}
		sents += len(a.Sentences)
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// TestWholeBench runs the stage chain over every bench document (French)
// and the English gold texts, checking invariants of the events (spans
// inside the text, codes known, modes valid). Slow: CODER_WHOLE=1.
func TestWholeBench(t *testing.T) {
	if os.Getenv("CODER_WHOLE") == "" {
		t.Skip("CODER_WHOLE not set")
	}
	type rec struct{ ID, Text, Date string }
	recs := readJSONL[rec](t, benchDocs)
	st := stages(t)
	n := 0
	for _, r := range recs {
		a := run(t, st, "fr", r.Date, r.Text)
		for _, e := range a.Events {
			n++
			// the source of a pronoun ("il a rencontré") is its antecedent,
			// possibly in an earlier sentence
			if e.Evidence.Start < 0 || e.Evidence.End > len(a.Doc.Text) || e.SourceSpan.End > len(a.Doc.Text) || e.SourceSpan.Len() <= 0 ||
				(e.Target != "" && !e.Evidence.Contains(e.TargetSpan)) {
				t.Fatalf("%s: bad spans %+v", r.ID, e)
			}
			if _, ok := cameo.Lookup(e.Code); !ok {
				t.Errorf("%s: unknown CAMEO code %s (%s)", r.ID, e.Code, e.Pattern)
			}
			switch e.Mode {
			case dyad.Asserted, dyad.Future, dyad.Hypothetical, dyad.Reported:
			default:
				t.Errorf("%s: bad mode %q", r.ID, e.Mode)
			}
		}
	}
	t.Logf("%d documents, %d events", len(recs), n)
}
