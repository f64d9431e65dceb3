package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/input"
	"github.com/dyadproject/dyad/pipeline"
)

var codeFlags struct {
	withText bool
	format   string
	workers  int
	lang     string
	noClean  bool
	stmts    bool
	oneSided bool
	hypo     bool
}

var codeCmd = &cobra.Command{
	Use:   "code [FILE|DIR|-]...",
	Short: "Code documents and print one JSON line per input record",
	Long: `code reads documents (JSON Lines records with id, text, date, lang; text files in
the seeds' format; directories; "-" or nothing for stdin) and prints exactly one JSON
line per input record, in input order, with the same id: sentences, times, actors and
events, offsets in Unicode code points (end exclusive).

A record that cannot be processed still yields a line with its id (or its line
number) and an "error" field; the run goes on and the exit status is 1.`,
	RunE: runCode,
}

func init() {
	f := codeCmd.Flags()
	f.BoolVar(&codeFlags.withText, "with-text", false, "add the cleaned text, title, url and source to each line")
	f.StringVar(&codeFlags.format, "format", "", "force the input format (text, jsonl, html, warc, feed); default: sniff")
	f.IntVar(&codeFlags.workers, "workers", 0, "documents analysed in parallel (default: one per CPU)")
	f.StringVar(&codeFlags.lang, "lang", "", "language when a record has none and detection cannot tell (default fr)")
	f.BoolVar(&codeFlags.noClean, "no-clean", false, "take the text as is (no boilerplate removal)")
	f.BoolVar(&codeFlags.stmts, "statements", false, `keep plain statements without a target ("X a déclaré", 010)`)
	f.BoolVar(&codeFlags.oneSided, "one-sided", false, "keep events with only one actor (no target found); dropped by default")
	f.BoolVar(&codeFlags.hypo, "hypothetical", false, `keep hypothetical events ("si X attaquait Y", "X pourrait sanctionner Y"), with mode "hypothetical"; dropped by default`)
	rootCmd.AddCommand(codeCmd)
}

func runCode(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	p, err := newPipeline(pipeline.Options{DefaultLang: codeFlags.lang, NoClean: codeFlags.noClean, Statements: codeFlags.stmts, OneSided: codeFlags.oneSided, Hypothetical: codeFlags.hypo})
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := 0
	err = p.Stream(codeFlags.workers, func(emit func(*dyad.Document, error) error) error {
		return input.Read(args, input.Options{Format: codeFlags.format}, emit)
	}, func(it pipeline.Item) error {
		if it.Err != nil {
			failed++
			fmt.Fprintln(cmd.ErrOrStderr(), "dyad code:", it.Err)
			return enc.Encode(pipeline.ErrorRecord{ID: recordID(it), Error: it.Err.Error()})
		}
		return enc.Encode(pipeline.Record(it.Analysis, pipeline.RecordOptions{WithText: codeFlags.withText}))
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		w.Flush()
		return fmt.Errorf("%d record(s) failed", failed)
	}
	return nil
}

// recordID names a failed record: its own id, else its line number, else
// its path.
func recordID(it pipeline.Item) string {
	if it.Doc != nil && it.Doc.ID != "" {
		return it.Doc.ID
	}
	var ie *input.Error
	if errors.As(it.Err, &ie) {
		switch {
		case ie.ID != "":
			return ie.ID
		case ie.Line > 0:
			return strconv.Itoa(ie.Line)
		}
		return ie.Path
	}
	return ""
}
