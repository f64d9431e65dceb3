package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// benchDocs reads the French benchmark documents, segmented once.
func benchDocs(b *testing.B) ([]*dyad.Analysis, int) {
	path := filepath.Join("..", "..", "shared", "bench", "fr_bench_docs.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skip("../shared/bench/fr_bench_docs.jsonl not present: benchmark skipped")
	}
	defer f.Close()
	ts := text.NewStage()
	var docs []*dyad.Analysis
	ntok := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<24), 1<<24)
	for sc.Scan() && len(docs) < 20000 {
		var r struct {
			ID, Text, Date string
		}
		if json.Unmarshal(sc.Bytes(), &r) != nil || r.Text == "" {
			continue
		}
		d, _ := dyad.ParseDate(r.Date)
		a := &dyad.Analysis{Doc: &dyad.Document{ID: r.ID, Text: r.Text, Lang: "fr", Date: d}}
		if ts.Process(a) != nil {
			continue
		}
		for _, s := range a.Sentences {
			ntok += len(s.Tokens)
		}
		docs = append(docs, a)
	}
	return docs, ntok
}

// BenchmarkMatch: leftmost-longest entity matching alone, tokens/s.
func BenchmarkMatch(b *testing.B) {
	kb, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, ntok := benchDocs(b)
	m := kb.Matcher()
	var out []Match
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range docs {
			for _, s := range a.Sentences {
				out = m.Find(s.Tokens, out[:0])
			}
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkStage: the whole actor stage (matching, linking, resolution).
func BenchmarkStage(b *testing.B) {
	kb, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, ntok := benchDocs(b)
	st := NewStage(kb)
	nsent := 0
	for _, a := range docs {
		nsent += len(a.Sentences)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range docs {
			a.Actors, a.Learned = a.Actors[:0], a.Learned[:0]
			if err := st.Process(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(nsent)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
