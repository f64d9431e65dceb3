package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/demo"
	dyadhttp "github.com/dyadproject/dyad/http"
	"github.com/dyadproject/dyad/input"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/sqlite"
)

func init() {
	var addr string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the bundled example corpus and serve it on the web UI",
		Long: `demo builds a fresh database from the corpus embedded in dyad — the five seed
articles (French news excerpts on the United States, Pakistan and Afghanistan, 2017–2026)
and 100 French Wikinews articles of 2012 (CC BY 2.5, Wikinews contributors) — prints a
short summary and serves it like 'dyad serve' until interrupted.

The database is <user cache dir>/dyad/demo.db (on Linux ~/.cache/dyad/demo.db), or
<temp dir>/dyad-demo/demo.db when there is no cache dir; it is rebuilt on every run so
that it reflects the running version of dyad.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			ln, err := net.Listen("tcp", addr) // before the ingest: a busy port fails at once
			if err != nil {
				return err
			}
			defer ln.Close()
			path, err := demoDBPath()
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "dyad demo: analysing the bundled corpus into %s ...\n", path)
			t0 := time.Now()
			st, sum, err := buildDemo(ctx, path, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			defer st.Close()
			stats, err := st.Stats(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "%s in %.1fs\n", sum, time.Since(t0).Seconds())
			fmt.Fprintf(out, "%d documents, %d events, %d actor mentions, %d learned roles\n",
				stats.Documents, stats.Events, stats.Actors, stats.LearnedRoles)
			if len(stats.TopDyads) > 0 {
				fmt.Fprintln(out, "top dyads:")
				for i, d := range stats.TopDyads {
					if i == 5 {
						break
					}
					tgt := d.Target
					if tgt == "" {
						tgt = "-"
					}
					fmt.Fprintf(out, "  %-10s → %-10s %d\n", d.Source, tgt, d.Count)
				}
			}
			fmt.Fprintf(out, "serving on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
			return serve(ctx, ln, dyadhttp.NewServer(st))
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	rootCmd.AddCommand(cmd)
}

// demoDBPath is where dyad demo keeps its database.
func demoDBPath() (string, error) {
	dir, err := os.UserCacheDir()
	if err == nil {
		dir = filepath.Join(dir, "dyad")
		if err = os.MkdirAll(dir, 0o755); err == nil {
			return filepath.Join(dir, "demo.db"), nil
		}
	}
	dir = filepath.Join(os.TempDir(), "dyad-demo")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("demo database folder: %w", err)
	}
	return filepath.Join(dir, "demo.db"), nil
}

// buildDemo creates a fresh database at path (removing an older one) and
// ingests the embedded corpus into it. Inputs that fail are reported to
// errOut; the demo goes on without them.
func buildDemo(ctx context.Context, path string, errOut io.Writer) (*sqlite.Store, ingestSummary, error) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !os.IsNotExist(err) {
			return nil, ingestSummary{}, fmt.Errorf("remove the old demo database: %w", err)
		}
	}
	st, err := sqlite.Open(path)
	if err != nil {
		return nil, ingestSummary{}, err
	}
	p, err := newPipeline(pipeline.Options{})
	if err != nil {
		st.Close()
		return nil, ingestSummary{}, err
	}
	sum, err := ingest(ctx, st, p, readDemo, ingestOptions{}, errOut)
	if err != nil {
		st.Close()
		return nil, sum, err
	}
	return st, sum, nil
}

// readDemo emits the documents of the embedded corpus; their paths are
// "demo/seeds/000_....txt" and "demo/wikinews/wikinews_fr_2012.jsonl:N".
func readDemo(emit func(*dyad.Document, error) error) error {
	files := demo.Files()
	for _, p := range demo.Inputs() {
		data, err := fs.ReadFile(files, p)
		if err != nil {
			if err := emit(nil, fmt.Errorf("demo/%s: %w", p, err)); err != nil {
				return err
			}
			continue
		}
		if err := input.ReadBytes("demo/"+p, data, input.Options{}, emit); err != nil {
			return err
		}
	}
	return nil
}
