package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	dyadhttp "github.com/dyadproject/dyad/http"
	"github.com/dyadproject/dyad/sqlite"
)

func init() {
	var db, addr string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web UI and JSON API over a dyad database",
		Long: `serve opens a database written by 'dyad ingest' and serves, until interrupted:
  /            the documents, with their number of events
  /doc/ID      a document, its events (source → target, CAMEO code and label, mode and
               negation, Goldstein, PLOVER) with the evidence sentence highlighted
  /events      events filtered by actor, CAMEO root or code, date range; top dyads
  /api/...     the same as JSON: /api/stats, /api/documents[/ID], /api/events, /api/dyads
The listening address is local by default; the UI has no authentication.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if db == "" {
				db = defaultDB()
			}
			if _, err := os.Stat(db); err != nil {
				return fmt.Errorf("no database at %s (run 'dyad ingest PATH... --db %s' first): %w", db, db, err)
			}
			st, err := sqlite.Open(db)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "serving %s on http://%s/ (Ctrl-C to stop)\n", db, ln.Addr())
			return serve(ctx, ln, dyadhttp.NewServer(st))
		},
	}
	cmd.Flags().StringVar(&db, "db", "", dbFlagHelp)
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	rootCmd.AddCommand(cmd)
}

// serve serves h on ln until ctx is done, then shuts down gracefully
// (requests in flight get five seconds to finish).
func serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}
