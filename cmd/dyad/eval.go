package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/pipeline"
)

func init() {
	var (
		predPath, savePath string
		asJSON, negated    bool
		worst, workers     int
		split, lang        string
	)
	cmd := &cobra.Command{
		Use:   "eval GOLD.jsonl",
		Short: "Score dyad's output against a gold file (events, PLOVER, CAMEO examples, times)",
		Long: `eval scores the output of 'dyad code' against a gold JSON Lines file. The kind of
gold is told by the fields of its records:
  events / noevents          exact and relaxed event P/R/F1, by CAMEO root, worst records
  plover, source_actors ...  PLOVER category (top-1, P/R/F1), dyads, actor-code coverage
  cameo                      CAMEO manual examples: an event with the example's root / code
  times                      time expressions: relaxed and strict spans, value and type
Without --pred, the pipeline runs on the gold texts themselves (not cleaned, so that the
offsets stay those of the gold). Offsets are Unicode code points. Negated predicted events
are left out unless --include-negated. --split and --lang score only the gold records of
that part of the set ("split" field) or language; with --pred, predictions are paired by id.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			gold, err := readGoldFile(args[0])
			if err != nil {
				return err
			}
			if split != "" || lang != "" {
				kept := gold[:0]
				for _, g := range gold {
					if (split == "" || g.Split == split) && (lang == "" || g.Lang == lang) {
						kept = append(kept, g)
					}
				}
				if len(kept) == 0 {
					return fmt.Errorf("%s: no gold record with split %q and lang %q", args[0], split, lang)
				}
				gold = kept
			}
			var preds []eval.PredRecord
			if predPath != "" {
				f, err := os.Open(predPath)
				if err != nil {
					return err
				}
				preds, err = eval.ReadPred(f)
				f.Close()
				if err != nil {
					return fmt.Errorf("%s: %w", predPath, err)
				}
			} else {
				preds, err = predictGold(gold, workers, savePath)
				if err != nil {
					return err
				}
			}
			rep := eval.Score(gold, eval.Pair(gold, preds), eval.Options{Worst: worst, IncludeNegated: negated})
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			if asJSON {
				return rep.WriteJSON(w)
			}
			return rep.WriteText(w)
		},
	}
	f := cmd.Flags()
	f.StringVar(&predPath, "pred", "", "predictions ('dyad code' output); without it the pipeline runs on the gold texts")
	f.StringVar(&savePath, "save-pred", "", "when the pipeline runs, also write its predictions to this file")
	f.BoolVar(&asJSON, "json", false, "machine-readable report")
	f.BoolVar(&negated, "include-negated", false, "score negated predicted events too")
	f.IntVar(&worst, "worst", 10, "number of worst event records listed (negative: none)")
	f.IntVar(&workers, "workers", 0, "pipeline workers (0: one per CPU)")
	f.BoolVar(&evalStatements, "statements", false, "keep plain statements without a target (as dyad code --statements)")
	f.BoolVar(&evalOneSided, "one-sided", false, "keep events with only one actor (as dyad code --one-sided)")
	f.BoolVar(&evalHypo, "hypothetical", false, "keep hypothetical events (as dyad code --hypothetical)")
	f.StringVar(&split, "split", "", `score only the gold records of this part of the set (their "split" field, e.g. dev)`)
	f.StringVar(&lang, "lang", "", "score only the gold records of this language")
	rootCmd.AddCommand(cmd)
}

var evalStatements, evalOneSided, evalHypo bool

func readGoldFile(path string) ([]eval.GoldRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g, err := eval.ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// predictGold runs the pipeline on the gold records and returns its
// predictions, one per gold record, in order.
func predictGold(gold []eval.GoldRecord, workers int, savePath string) ([]eval.PredRecord, error) {
	p, err := newPipeline(pipeline.Options{NoClean: true, Statements: evalStatements, OneSided: evalOneSided, Hypothetical: evalHypo})
	if err != nil {
		return nil, err
	}
	var save io.Writer
	if savePath != "" {
		sf, err := os.Create(savePath)
		if err != nil {
			return nil, err
		}
		defer sf.Close()
		bw := bufio.NewWriter(sf)
		defer bw.Flush()
		save = bw
	}
	preds := make([]eval.PredRecord, 0, len(gold))
	read := func(emit func(*dyad.Document, error) error) error {
		for i := range gold {
			g := &gold[i]
			id := g.ID
			if id == "" {
				id = "#" + strconv.Itoa(g.Line)
			}
			doc := &dyad.Document{ID: id, Text: g.Text, Lang: g.Lang}
			if d, err := dyad.ParseDate(g.Date); err == nil {
				doc.Date = d
			}
			if err := emit(doc, nil); err != nil {
				return err
			}
		}
		return nil
	}
	err = p.Stream(workers, read, func(it pipeline.Item) error {
		var line []byte
		var err error
		if it.Err != nil || it.Analysis == nil {
			msg := "no analysis"
			if it.Err != nil {
				msg = it.Err.Error()
			}
			line, err = json.Marshal(pipeline.ErrorRecord{ID: it.Doc.ID, Error: msg})
		} else {
			line, err = json.Marshal(pipeline.Record(it.Analysis, pipeline.RecordOptions{}))
		}
		if err != nil {
			return err
		}
		var pr eval.PredRecord
		if err := json.Unmarshal(line, &pr); err != nil {
			return err
		}
		preds = append(preds, pr)
		if save != nil {
			save.Write(line)
			save.Write([]byte{'\n'})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// the pipeline keeps the gold ids; records without id were given
	// "#line", so pairing by order still holds
	return preds, nil
}
