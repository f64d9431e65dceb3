// Package text is the text stage of dyad: sentence splitting and
// tokenisation for French and English, with byte offsets into the original
// text, and Fold, the one normalisation used for matching.
//
// Use New for a Segmenter (Sentences, Tokens, Analyze) and NewStage for the
// pipeline stage that fills Analysis.Sentences. The rules are described on
// Segmenter; the language knowledge is in data/*.txt (embedded).
//
// Measured with go test -v -run UD (UD French treebanks, ../shared) and go
// test -bench . (throughput on ../shared/bench/fr_bench_docs.jsonl).
package text

import "github.com/dyadproject/dyad"

var (
	_ dyad.Segmenter = (*Segmenter)(nil)
	_ dyad.Stage     = (*Stage)(nil)
)
