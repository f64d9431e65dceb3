package main

import (
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/input"
	"github.com/dyadproject/dyad/pipeline"
)

var benchFlags struct {
	limit int
	lang  string
}

var benchCmd = &cobra.Command{
	Use:   "bench FILE|DIR...",
	Short: "Measure throughput of each pipeline stage on one core",
	Long: `bench reads the documents (all in memory first), then runs the pipeline stage by
stage on one goroutine and prints, for each stage, the time spent and the
throughput in documents, sentences and MB of text per second. Reading is not
timed. Use it on a large corpus (e.g. ../shared/bench/fr_bench_docs.jsonl).`,
	Args: cobra.MinimumNArgs(1),
	RunE: runBench,
}

func init() {
	benchCmd.Flags().IntVar(&benchFlags.limit, "limit", 0, "read at most this many documents (0: all)")
	benchCmd.Flags().StringVar(&benchFlags.lang, "lang", "", "language of documents that have none (skips detection)")
	rootCmd.AddCommand(benchCmd)
}

func runBench(cmd *cobra.Command, args []string) error {
	p, err := newPipeline(pipeline.Options{DefaultLang: benchFlags.lang, NoClean: true})
	if err != nil {
		return err
	}
	var docs []*dyad.Document
	bytes, bad := 0, 0
	errStop := fmt.Errorf("limit")
	err = input.Read(args, input.Options{}, func(d *dyad.Document, err error) error {
		if err != nil {
			bad++
			return nil
		}
		if benchFlags.lang != "" && d.Lang == "" {
			d.Lang = benchFlags.lang
		}
		docs = append(docs, d)
		bytes += len(d.Text)
		if benchFlags.limit > 0 && len(docs) >= benchFlags.limit {
			return errStop
		}
		return nil
	})
	if err != nil && err != errStop {
		return err
	}
	runtime.GC()
	stages := p.Stages()
	spent := make([]time.Duration, len(stages))
	sentences, events, actors, times := 0, 0, 0, 0
	startAll := time.Now()
	for _, d := range docs {
		a := &dyad.Analysis{Doc: d}
		if d.Lang == "" {
			d.Lang = "fr"
		}
		for i, st := range stages {
			t0 := time.Now()
			if err := st.Process(a); err != nil {
				fmt.Fprintf(os.Stderr, "dyad bench: %s: %s: %v\n", d.ID, st.Name(), err)
				break
			}
			spent[i] += time.Since(t0)
		}
		sentences += len(a.Sentences)
		events += len(a.Events)
		actors += len(a.Actors)
		times += len(a.Times)
	}
	total := time.Since(startAll)
	mb := float64(bytes) / 1e6
	fmt.Printf("%d documents (%d unreadable), %.1f MB, %d sentences, %d times, %d actors, %d events\n",
		len(docs), bad, mb, sentences, times, actors, events)
	fmt.Printf("%-8s %10s %12s %14s %10s\n", "stage", "time", "docs/s", "sentences/s", "MB/s")
	for i := range stages {
		s := spent[i].Seconds()
		fmt.Printf("%-8s %10s %12.0f %14.0f %10.2f\n", stages[i].Name(), spent[i].Round(time.Millisecond),
			float64(len(docs))/s, float64(sentences)/s, mb/s)
	}
	s := total.Seconds()
	fmt.Printf("%-8s %10s %12.0f %14.0f %10.2f\n", "all", total.Round(time.Millisecond),
		float64(len(docs))/s, float64(sentences)/s, mb/s)
	return nil
}
