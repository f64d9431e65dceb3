package pipeline

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/dyadproject/dyad"
)

// BenchmarkPipeline runs every stage (no cleaning, language given) over the
// French bench corpus on one goroutine and reports sentences/s and MB/s.
// It skips when ../shared is absent.
//
//	go test ./pipeline -run XXX -bench Pipeline -benchtime 1x
func BenchmarkPipeline(b *testing.B) {
	f, err := os.Open("../../shared/bench/fr_bench_docs.jsonl")
	if err != nil {
		b.Skip("../shared/bench/fr_bench_docs.jsonl absent:", err)
	}
	defer f.Close()
	var texts []string
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &r) == nil && r.Text != "" {
			texts = append(texts, r.Text)
			size += len(r.Text)
		}
	}
	p, err := New(Options{NoClean: true})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	sentences := 0
	for i := 0; i < b.N; i++ {
		sentences = 0
		for _, t := range texts {
			a, err := p.Analyze(&dyad.Document{Text: t, Lang: "fr"})
			if err != nil {
				continue
			}
			sentences += len(a.Sentences)
		}
	}
	s := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sentences)/s, "sentences/s")
	b.ReportMetric(float64(size)/1e6/s, "MB/s")
}
