package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/input"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/sqlite"
)

// defaultDB is the database of dyad ingest and dyad serve when --db is not
// given: $DYAD_DB, else dyad.db in the current directory (a project folder
// keeps its own database, and serve finds what ingest wrote).
func defaultDB() string {
	if p := os.Getenv("DYAD_DB"); p != "" {
		return p
	}
	return "dyad.db"
}

const dbFlagHelp = "SQLite database file (default $DYAD_DB, else dyad.db in the current directory)"

func init() {
	var (
		db, format string
		jobs       int
		replace    bool
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Analyse documents and store them with their events in an SQLite database",
		Long: `ingest reads documents (files, directories walked recursively, "-" for standard
input; plain text, JSON Lines, HTML, WARC, RSS/Atom, gzip or not), runs the pipeline on
each and stores the document, its sentences, actor and time mentions, events and learned
roles in the database (one transaction per document).

A document whose text (after cleaning, white space normalised) is already stored is not
stored again, whatever its path: re-ingesting a folder changes nothing. With --replace,
the new analysis replaces the stored one instead (after an upgrade of dyad). Roles learned
from earlier documents (appositions such as "le secrétaire d'État, Marco Rubio") are
loaded from the database before the run.

Inputs that cannot be read, analysed or stored are reported on standard error with their
path and the reason; the others are stored. The summary goes to standard output. The exit
status is 1 when any input failed.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if db == "" {
				db = defaultDB()
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			st, err := sqlite.Open(db)
			if err != nil {
				return err
			}
			defer st.Close()
			p, err := newPipeline(pipeline.Options{})
			if err != nil {
				return err
			}
			read := func(emit func(*dyad.Document, error) error) error {
				return input.Read(args, input.Options{Format: format}, emit)
			}
			sum, err := ingest(ctx, st, p, read, ingestOptions{Jobs: jobs, Replace: replace}, cmd.ErrOrStderr())
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %s\n", db, sum)
			if err != nil {
				return err
			}
			if sum.Failed > 0 {
				return fmt.Errorf("%d of %d inputs failed", sum.Failed, sum.Read)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", "", dbFlagHelp)
	cmd.Flags().StringVar(&format, "format", "", "input format: text, jsonl, html, warc or feed (default: sniffed per input)")
	cmd.Flags().IntVarP(&jobs, "jobs", "j", 0, "documents analysed in parallel (default: one per CPU)")
	cmd.Flags().BoolVar(&replace, "replace", false, "replace the stored analysis of documents already present")
	rootCmd.AddCommand(cmd)
}

// readFunc emits documents, or per-input errors with a nil document, as
// input.Read does.
type readFunc = func(emit func(*dyad.Document, error) error) error

// ingestOptions tune ingest.
type ingestOptions struct {
	Jobs    int  // documents analysed at once; 0 = one per CPU
	Replace bool // replace the stored analysis of documents already present
}

// ingestSummary counts what ingest did.
type ingestSummary struct {
	Read     int // documents read, plus inputs that could not be read
	Stored   int // new documents stored
	Present  int // documents whose content was already stored (and left alone)
	Replaced int // documents already stored whose analysis was replaced
	Failed   int // inputs that could not be read, analysed or stored
	Events   int // events of the documents stored or replaced
}

func (s ingestSummary) String() string {
	r := ""
	if s.Replaced > 0 {
		r = fmt.Sprintf(", replaced %d", s.Replaced)
	}
	return fmt.Sprintf("read %d, stored %d (%d events), already present %d%s, failed %d",
		s.Read, s.Stored, s.Events, s.Present, r, s.Failed)
}

// learnStoredRoles gives p the roles learned from the documents already in
// st (appositions such as "le secrétaire d'État, Marco Rubio").
func learnStoredRoles(ctx context.Context, st dyad.Store, p *pipeline.Pipeline) error {
	roles, err := st.LearnedRoles(ctx)
	if err != nil {
		return fmt.Errorf("learned roles: %w", err)
	}
	p.LearnRoles(roles)
	return nil
}

// ingest loads the roles learned earlier from st into p, analyses what read
// emits (o.Jobs documents at a time) and puts each analysis into st in input
// order. Per-input failures are written to errOut and
// counted; the error returned is that of read itself or the cancellation of
// ctx.
func ingest(ctx context.Context, st dyad.Store, p *pipeline.Pipeline, read readFunc, o ingestOptions, errOut io.Writer) (ingestSummary, error) {
	var sum ingestSummary
	if err := learnStoredRoles(ctx, st, p); err != nil {
		return sum, err
	}
	fail := func(where string, err error) {
		sum.Failed++
		msg := err.Error()
		if where != "" && !strings.Contains(msg, where) {
			msg = where + ": " + msg
		}
		fmt.Fprintln(errOut, "dyad ingest:", msg)
	}
	err := p.Stream(o.Jobs, read, func(it pipeline.Item) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		sum.Read++
		where := ""
		if it.Doc != nil {
			where = it.Doc.Path
			if where == "" {
				where = it.Doc.ID
			}
		}
		if it.Err != nil {
			fail(where, it.Err)
			return nil
		}
		var added, replaced bool
		var err error
		if o.Replace {
			replaced, err = st.Replace(ctx, it.Analysis)
			added = !replaced
		} else {
			added, err = st.Put(ctx, it.Analysis)
		}
		switch {
		case err != nil && ctx.Err() != nil:
			sum.Read--
			return ctx.Err()
		case err != nil:
			fail(where, fmt.Errorf("store: %w", err))
		case added:
			sum.Stored++
			sum.Events += len(it.Analysis.Events)
		case replaced:
			sum.Replaced++
			sum.Events += len(it.Analysis.Events)
		default:
			sum.Present++
		}
		return nil
	})
	if err == nil {
		err = ctx.Err()
	}
	return sum, err
}
