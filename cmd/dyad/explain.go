package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/pipeline"
)

func init() {
	var lang, date string
	var stmts, oneSided, hypo bool
	cmd := &cobra.Command{
		Use:   "explain [--lang fr|en] [--date YYYY-MM-DD] SENTENCE|-",
		Short: "Code a sentence and explain why (tokens, lemmas, actors, times, coder trace, events)",
		Long: `explain runs the pipeline of dyad code (without boilerplate cleaning) on SENTENCE
(or on standard input when SENTENCE is "-") and prints the tokens with the lemmas the coder
knows them by, the actor mentions, the time expressions, the trace of every
stage (patterns tried, the one chosen, and why the source, target, code,
negation and mode came out as they did) and the coded events.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in, err := textArg(cmd, args[0])
			if err != nil {
				return err
			}
			d, err := dyad.ParseDate(date)
			if err != nil {
				return err
			}
			p, err := newPipeline(pipeline.Options{NoClean: true, Statements: stmts, OneSided: oneSided, Hypothetical: hypo})
			if err != nil {
				return err
			}
			var cd *coder.Coder
			for _, st := range p.Stages() {
				if c, ok := st.(*coder.Coder); ok {
					cd = c
				}
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			fmt.Fprintln(w, "trace:")
			a, err := p.AnalyzeTrace(&dyad.Document{Text: in, Lang: lang, Date: d},
				func(stage, msg string) { fmt.Fprintf(w, "  [%s] %s\n", stage, msg) })
			if err != nil {
				return err
			}
			lang = a.Doc.Lang
			fmt.Fprintln(w, "tokens:")
			for si, s := range a.Sentences {
				fmt.Fprintf(w, "  sentence %d [%d,%d)\n   ", si, s.Start, s.End)
				for _, t := range s.Tokens {
					fmt.Fprintf(w, " %s", t.Text)
					if cd != nil {
						if l := cd.Lemma(lang, t.Norm); l != "" {
							fmt.Fprintf(w, "/%s", l)
						}
					}
				}
				fmt.Fprintln(w)
			}
			fmt.Fprintln(w, "actors:")
			for _, m := range a.Actors {
				fmt.Fprintf(w, "  s%d [%d,%d) %q %s %s %s\n", m.Sentence, m.Start, m.End, m.Text, m.Code, m.Kind, m.Entry)
			}
			fmt.Fprintln(w, "times:")
			for _, t := range a.Times {
				fmt.Fprintf(w, "  s%d [%d,%d) %q %s %s\n", t.Sentence, t.Start, t.End, t.Text, t.Type, t.Value)
			}
			fmt.Fprintln(w, "events:")
			if len(a.Events) == 0 {
				fmt.Fprintln(w, "  (none)")
			}
			for _, e := range a.Events {
				tgt := e.Target
				if tgt == "" {
					tgt = "-"
				}
				var flags []string
				if e.Negated {
					flags = append(flags, "negated")
				}
				flags = append(flags, string(e.Mode))
				fmt.Fprintf(w, "  %s -> %s  %s  %s  date=%s  %q -> %q  (%s)\n", e.Source, tgt, e.Code,
					strings.Join(flags, ","), e.Date, e.SourceText, e.TargetText, e.Pattern)
				fmt.Fprintf(w, "      goldstein %.1f, quad class %d, PLOVER %s", e.Goldstein, e.QuadClass, e.PLOVER)
				if e.Location != nil {
					fmt.Fprintf(w, ", at %s (%s %.4f,%.4f)", e.Location.Text, e.Location.Country, e.Location.Lat, e.Location.Lon)
				}
				fmt.Fprintln(w)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "", "language of the sentence (fr or en; default: detected)")
	cmd.Flags().BoolVar(&stmts, "statements", false, "keep plain statements without a target (as dyad code --statements)")
	cmd.Flags().BoolVar(&oneSided, "one-sided", false, "keep events with only one actor (as dyad code --one-sided)")
	cmd.Flags().BoolVar(&hypo, "hypothetical", false, "keep hypothetical events (as dyad code --hypothetical)")
	cmd.Flags().StringVar(&date, "date", "", "publication date (YYYY-MM-DD), for actor roles and relative dates")
	rootCmd.AddCommand(cmd)
}
