package coder

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

const benchDocs = "../../shared/bench/fr_bench_docs.jsonl"

// loadBench tokenises the benchmark documents (outside the timer) and
// gives every capitalised word that does not start a sentence an actor
// mention (a load generator standing in for the actor stage: it marks far
// more mentions than real names, so the coder does more work than in the
// product).
func loadBench(b *testing.B, max int) ([]*dyad.Analysis, int) {
	f, err := os.Open(benchDocs)
	if err != nil {
		b.Skipf("%s absent (../shared is not part of the product): %v", benchDocs, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	ts := text.NewStage()
	var as []*dyad.Analysis
	n := 0
	for sc.Scan() && len(as) < max {
		var r struct{ ID, Text, Date string }
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue
		}
		a := &dyad.Analysis{Doc: &dyad.Document{ID: r.ID, Text: r.Text, Lang: "fr"}}
		_ = ts.Process(a)
		for si, s := range a.Sentences {
			for ti, t := range s.Tokens {
				r, _ := utf8.DecodeRuneInString(t.Text)
				if ti > 0 && t.Kind == dyad.Word && unicode.IsUpper(r) {
					a.Actors = append(a.Actors, dyad.ActorMention{Span: t.Span, Text: t.Text, Code: "XXX" + t.Norm[:1], Sentence: si})
				}
			}
		}
		n += len(a.Sentences)
		as = append(as, a)
	}
	return as, n
}

// BenchmarkCoder times the coder stage alone on tokenised French
// sentences and reports sentences per second.
func BenchmarkCoder(b *testing.B) {
	as, n := loadBench(b, 20000)
	c, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	sents := 0
	for i := 0; i < b.N; i++ {
		a := as[i%len(as)]
		a.Events = a.Events[:0]
		if err := c.Process(a); err != nil {
			b.Fatal(err)
		}
		sents += len(a.Sentences)
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
	_ = n
}
