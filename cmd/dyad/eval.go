package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

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
that part of the set ("split" field) or language; with --pred, predictions are paired by id.
Consecutive events records of one article (the same "article" field, or ids PREFIX-N with the
same lang and date) are coded together as one document, so that anaphors find their antecedent,
and each record gets the events of its own sentences; --sentences codes each record alone.`,
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
	f.BoolVar(&evalSentences, "sentences", false, "read each gold record alone, not the sentence records of one article together")
	f.StringVar(&split, "split", "", `score only the gold records of this part of the set (their "split" field, e.g. dev)`)
	f.StringVar(&lang, "lang", "", "score only the gold records of this language")
	rootCmd.AddCommand(cmd)
}

var evalStatements, evalOneSided, evalHypo, evalSentences bool

// articleSep joins the sentence records of one article (a paragraph break:
// a title without final stop stays a sentence of its own).
const articleSep = "\n\n"

func goldID(g *eval.GoldRecord) string {
	if g.ID == "" {
		return "#" + strconv.Itoa(g.Line)
	}
	return g.ID
}

// splitArticle hands the parts of the record of an article, coded as one
// document from its sentence records joined by articleSep, back to those
// records: each sentence, time, actor and event goes to the record its
// start falls in (events by their evidence sentence), offsets made the
// record's own (code points).
func splitArticle(r pipeline.CodeRecord, gold []eval.GoldRecord) []pipeline.CodeRecord {
	out := make([]pipeline.CodeRecord, len(gold))
	starts := make([]int, len(gold))
	sep := utf8.RuneCountInString(articleSep)
	at := 0
	for k := range gold {
		starts[k] = at
		at += utf8.RuneCountInString(gold[k].Text) + sep
		out[k] = pipeline.CodeRecord{ID: goldID(&gold[k]), Lang: r.Lang, Date: r.Date,
			Sentences: []pipeline.SpanJSON{}, Times: []pipeline.TimeJSON{},
			Actors: []pipeline.ActorJSON{}, Events: []pipeline.EventJSON{}}
	}
	which := func(pos int) int {
		k := sort.Search(len(starts), func(i int) bool { return starts[i] > pos }) - 1
		if k < 0 {
			k = 0
		}
		return k
	}
	for _, s := range r.Sentences {
		k := which(s.Start)
		out[k].Sentences = append(out[k].Sentences, pipeline.SpanJSON{Start: s.Start - starts[k], End: s.End - starts[k]})
	}
	for _, t := range r.Times {
		k := which(t.Start)
		t.Start -= starts[k]
		t.End -= starts[k]
		out[k].Times = append(out[k].Times, t)
	}
	for _, m := range r.Actors {
		k := which(m.Start)
		m.Start -= starts[k]
		m.End -= starts[k]
		out[k].Actors = append(out[k].Actors, m)
	}
	for _, e := range r.Events {
		k := which(e.Evidence.Start)
		e.Evidence.Start -= starts[k]
		e.Evidence.End -= starts[k]
		out[k].Events = append(out[k].Events, e)
	}
	return out
}

// partOf tells the record of an article (joined by articleSep) that an
// event's evidence starts in (byte offsets, as dyad.Event's).
func partOf(gold []eval.GoldRecord) func(dyad.Event) int {
	starts := make([]int, len(gold))
	at := 0
	for k := range gold {
		starts[k] = at
		at += len(gold[k].Text) + len(articleSep)
	}
	return func(e dyad.Event) int {
		return max(sort.Search(len(starts), func(i int) bool { return starts[i] > e.Evidence.Start })-1, 0)
	}
}

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
	// the sentences of one article are read together (eval.ArticleGroups)
	// and the article's events handed back to the sentence records they
	// were found in; --sentences reads each record alone
	groups := eval.ArticleGroups(gold)
	if evalSentences {
		groups = groups[:0]
		for i := range gold {
			groups = append(groups, [2]int{i, i + 1})
		}
	}
	joined := len(groups) < len(gold)
	p, err := newPipeline(pipeline.Options{NoClean: true, Statements: evalStatements, OneSided: evalOneSided, Hypothetical: evalHypo, NoDedup: joined})
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
		for _, gr := range groups {
			g := &gold[gr[0]]
			id := g.ID
			if id == "" {
				id = "#" + strconv.Itoa(g.Line)
			}
			text := g.Text
			if gr[1]-gr[0] > 1 {
				var b strings.Builder
				for k := gr[0]; k < gr[1]; k++ {
					if k > gr[0] {
						b.WriteString(articleSep)
					}
					b.WriteString(gold[k].Text)
				}
				text = b.String()
			}
			doc := &dyad.Document{ID: id, Text: text, Lang: g.Lang}
			if d, err := dyad.ParseDate(g.Date); err == nil {
				doc.Date = d
			}
			if err := emit(doc, nil); err != nil {
				return err
			}
		}
		return nil
	}
	ng := 0
	err = p.Stream(workers, read, func(it pipeline.Item) error {
		gr := groups[ng]
		ng++
		var recs []any
		if it.Err != nil || it.Analysis == nil {
			msg := "no analysis"
			if it.Err != nil {
				msg = it.Err.Error()
			}
			for k := gr[0]; k < gr[1]; k++ {
				recs = append(recs, pipeline.ErrorRecord{ID: goldID(&gold[k]), Error: msg})
			}
		} else if !joined {
			recs = append(recs, pipeline.Record(it.Analysis, pipeline.RecordOptions{}))
		} else {
			// the pipeline kept repeated events (Options.NoDedup): each
			// record keeps the first of its own, as a document does
			pipeline.DedupEvents(it.Analysis, partOf(gold[gr[0]:gr[1]]))
			for _, r := range splitArticle(pipeline.Record(it.Analysis, pipeline.RecordOptions{}), gold[gr[0]:gr[1]]) {
				recs = append(recs, r)
			}
		}
		for _, r := range recs {
			line, err := json.Marshal(r)
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
