package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/input"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/sqlite"
)

func init() {
	var (
		db    string
		every time.Duration
		once  bool
		fetch bool
	)
	cmd := &cobra.Command{
		Use:   "watch URL|DIR...",
		Short: "Poll RSS/Atom feeds and folders, analyse new items and store them",
		Long: `watch polls feeds (http:// or https:// URLs of RSS or Atom feeds) and folders or files
(walked recursively, hidden files skipped) every --every, analyses the items it has not
seen before with the pipeline and stores them in the database.

Items are remembered in the database, so a restart does not ingest them again: a feed item
by its GUID, else its link (else its feed URL and a hash of its text); a file by its path,
modification time and size (a changed file is read again; documents whose text is already
stored are not stored twice). A feed item's text is its content, else its description,
else its title; with --fetch-pages an item whose text is shorter than 400 characters is
replaced by the article page its link points to, when that page can be read.

Each poll prints one line per source on standard output; errors go to standard error and
do not stop the watch. With --once, watch polls once and exits (status 1 when a source
failed).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if db == "" {
				db = defaultDB()
			}
			if every < time.Second {
				return fmt.Errorf("--every %v: too short", every)
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
			if err := learnStoredRoles(ctx, st, p); err != nil {
				return err
			}
			w := &watcher{store: st, an: p, out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(),
				client: &http.Client{Timeout: 60 * time.Second}, fetchPages: fetch}
			for {
				sum := w.poll(ctx, args)
				if once {
					if sum.Failed > 0 {
						return fmt.Errorf("%d sources or items failed", sum.Failed)
					}
					return nil
				}
				select {
				case <-ctx.Done():
					return nil
				case <-time.After(every):
				}
			}
		},
	}
	cmd.Flags().StringVar(&db, "db", "", dbFlagHelp)
	cmd.Flags().DurationVar(&every, "every", 15*time.Minute, "time between two polls")
	cmd.Flags().BoolVar(&once, "once", false, "poll once and exit")
	cmd.Flags().BoolVar(&fetch, "fetch-pages", false, "fetch the linked article page of feed items with little text")
	rootCmd.AddCommand(cmd)
}

// analyzer is the part of the pipeline watch uses.
type analyzer interface {
	Analyze(doc *dyad.Document) (*dyad.Analysis, error)
}

// watcher polls sources and stores new items.
type watcher struct {
	store      dyad.Store
	an         analyzer
	client     *http.Client
	out        io.Writer
	errOut     io.Writer
	fetchPages bool
}

// watchSummary counts what one poll did.
type watchSummary struct {
	New    int // items not seen before
	Stored int // of which stored (the others were already stored under another key)
	Events int
	Failed int // sources or items that failed
}

func (s *watchSummary) add(o watchSummary) {
	s.New += o.New
	s.Stored += o.Stored
	s.Events += o.Events
	s.Failed += o.Failed
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// poll polls every source once.
func (w *watcher) poll(ctx context.Context, sources []string) watchSummary {
	var total watchSummary
	for _, src := range sources {
		if ctx.Err() != nil {
			break
		}
		var s watchSummary
		if isURL(src) {
			s = w.pollFeed(ctx, src)
		} else {
			s = w.pollPath(ctx, src)
		}
		fmt.Fprintf(w.out, "%s watch %s: new %d, stored %d (%d events), failed %d\n",
			time.Now().Format(time.RFC3339), src, s.New, s.Stored, s.Events, s.Failed)
		total.add(s)
	}
	return total
}

func (w *watcher) report(where string, err error) {
	msg := err.Error()
	if where != "" && !strings.Contains(msg, where) {
		msg = where + ": " + msg
	}
	fmt.Fprintln(w.errOut, "dyad watch:", msg)
}

// fetch GETs a URL and returns its body (at most input.MaxFile bytes) and
// the charset its Content-Type declares.
func (w *watcher) fetch(ctx context.Context, url string) ([]byte, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("User-Agent", "dyad-watch/1 (+https://github.com/dyadproject/dyad)")
	resp, err := w.client.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("HTTP %s", resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, input.MaxFile+1))
	if err != nil {
		return nil, "", err
	}
	if len(body) > input.MaxFile {
		return nil, "", fmt.Errorf("response too large (over %d bytes)", input.MaxFile)
	}
	_, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	return body, params["charset"], nil
}

// pollFeed fetches a feed and ingests its unseen items.
func (w *watcher) pollFeed(ctx context.Context, url string) watchSummary {
	var s watchSummary
	body, cs, err := w.fetch(ctx, url)
	if err != nil {
		s.Failed++
		w.report(url, err)
		return s
	}
	err = input.ReadBytes(url, body, input.Options{Charset: cs}, func(d *dyad.Document, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			s.Failed++
			w.report(url, err)
			return nil
		}
		key := itemKey(url, d)
		seen, err := w.store.SeenItem(ctx, key)
		if err != nil {
			return err
		}
		if seen {
			return nil
		}
		s.New++
		if w.fetchPages && d.URL != "" && isURL(d.URL) && len(d.Text) < 400 {
			w.fetchPage(ctx, d)
		}
		if !w.ingest(ctx, d, &s) {
			return nil
		}
		return w.store.MarkItem(ctx, key)
	})
	if err != nil && ctx.Err() == nil {
		s.Failed++
		w.report(url, err)
	}
	return s
}

// itemKey identifies a feed item across polls: its GUID or link, else its
// feed and a hash of its title and text.
func itemKey(feed string, d *dyad.Document) string {
	if d.ID != "" && d.ID != d.Path {
		return "item:" + d.ID
	}
	return "item:" + feed + "#" + dyad.ContentHash(d.Title + "\n" + d.Text)[:16]
}

// fetchPage replaces the item's text by the linked page's article text,
// keeping the item's own title, date and source when the page lacks them.
func (w *watcher) fetchPage(ctx context.Context, d *dyad.Document) {
	body, cs, err := w.fetch(ctx, d.URL)
	if err != nil {
		w.report(d.URL, fmt.Errorf("page not fetched, keeping the feed text: %w", err))
		return
	}
	pg, err := input.ExtractHTML(body, cs, d.URL)
	if err != nil || len(pg.Text) <= len(d.Text) {
		return
	}
	d.Text = pg.Text
	if d.Date.IsZero() {
		d.Date = pg.Date
	}
	if d.Title == "" {
		d.Title = pg.Title
	}
	if d.Author == "" {
		d.Author = pg.Author
	}
	if d.Lang == "" {
		d.Lang = pg.Lang
	}
}

// ingest analyses and stores one document; it reports whether the item
// may be marked as seen (analysis errors are final; storage errors are
// retried at the next poll).
func (w *watcher) ingest(ctx context.Context, d *dyad.Document, s *watchSummary) bool {
	name := d.Path
	if name == "" {
		name = d.ID
	}
	a, err := w.an.Analyze(d)
	if err != nil {
		s.Failed++
		w.report(name, err)
		return true
	}
	added, err := w.store.Put(ctx, a)
	if err != nil {
		s.Failed++
		w.report(name, err)
		return false
	}
	if added {
		s.Stored++
		s.Events += len(a.Events)
	}
	return true
}

// pollPath reads the files under a folder (or one file) that are new or
// changed since they were last read.
func (w *watcher) pollPath(ctx context.Context, root string) watchSummary {
	var s watchSummary
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			s.Failed++
			w.report(p, err)
			if e != nil && e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !e.Type().IsRegular() {
			return nil
		}
		fi, err := e.Info()
		if err != nil {
			s.Failed++
			w.report(p, err)
			return nil
		}
		abs, _ := filepath.Abs(p)
		key := fmt.Sprintf("file:%s@%d/%d", abs, fi.ModTime().UnixNano(), fi.Size())
		seen, err := w.store.SeenItem(ctx, key)
		if err != nil {
			return err
		}
		if seen {
			return nil
		}
		mark := true
		err = input.Read([]string{p}, input.Options{}, func(d *dyad.Document, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				s.Failed++
				w.report(p, err)
				return nil
			}
			s.New++
			if !w.ingest(ctx, d, &s) {
				mark = false
			}
			return nil
		})
		if err != nil {
			return err
		}
		if mark {
			return w.store.MarkItem(ctx, key)
		}
		return nil
	})
	if err != nil && !errors.Is(err, context.Canceled) {
		s.Failed++
		w.report(root, err)
	}
	return s
}
