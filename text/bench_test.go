package text

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/dyadproject/dyad"
)

const benchFile = "../../shared/bench/fr_bench_docs.jsonl"

func loadBench(b *testing.B) ([]string, int) {
	f, err := os.Open(benchFile)
	if err != nil {
		b.Skipf("benchmark corpus not found at %s (../shared absent): skipping", benchFile)
	}
	defer f.Close()
	var docs []string
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, r.Text)
		n += len(r.Text)
	}
	return docs, n
}

// BenchmarkStage measures the text stage (sentences + tokens with Norm) on
// the French benchmark corpus; it reports MB/s and sentences/s.
func BenchmarkStage(b *testing.B) {
	docs, n := loadBench(b)
	st := NewStage()
	b.SetBytes(int64(n))
	b.ResetTimer()
	sents := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			a := dyad.Analysis{Doc: &dyad.Document{Text: d, Lang: "fr"}}
			st.Process(&a)
			sents += len(a.Sentences)
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkSentencesTokens measures the public API: Sentences, then Tokens
// of every sentence.
func BenchmarkSentencesTokens(b *testing.B) {
	docs, n := loadBench(b)
	s := New()
	b.SetBytes(int64(n))
	b.ResetTimer()
	sents := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			for _, sp := range s.Sentences(d, "fr") {
				s.Tokens(d, sp, "fr")
				sents++
			}
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkSentences measures sentence splitting alone.
func BenchmarkSentences(b *testing.B) {
	docs, n := loadBench(b)
	s := New()
	b.SetBytes(int64(n))
	b.ResetTimer()
	sents := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			sents += len(s.Sentences(d, "fr"))
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}
