package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

const benchPath = "../../shared/bench/fr_bench_docs.jsonl"

type benchDoc struct {
	text      string
	date      dyad.Date
	sentences []dyad.Span
}

func loadBench(b *testing.B) ([]benchDoc, int) {
	f, err := os.Open(benchPath)
	if err != nil {
		b.Skipf("bench corpus not available (%v): skipped", err)
	}
	defer f.Close()
	seg := text.New()
	var docs []benchDoc
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var r struct {
			Text string `json:"text"`
			Date string `json:"date"`
		}
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue
		}
		d, _ := dyad.ParseDate(r.Date)
		s := seg.Sentences(r.Text, "fr")
		n += len(s)
		docs = append(docs, benchDoc{r.Text, d, s})
	}
	return docs, n
}

// BenchmarkTagger measures recognition + normalisation over the sentences
// of ../shared/bench/fr_bench_docs.jsonl (split by text.New); it reports
// ns/sentence.
func BenchmarkTagger(b *testing.B) {
	docs, n := loadBench(b)
	tg := New()
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	found := 0
	for it := 0; it < b.N; it++ {
		for _, d := range docs {
			found += len(tg.Tag(d.text, d.sentences, d.date, "fr"))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/sentence")
	// CPU time (user+system, whole process, GC included): the figure that
	// does not grow when other processes share the machine
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/float64(n), "cpu-ns/sentence")
	b.ReportMetric(float64(found)/float64(b.N), "times/op")
	b.ReportMetric(float64(n), "sentences")
}
