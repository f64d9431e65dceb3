// Package sqlite implements dyad.Store on an SQLite database file, with the
// pure-Go driver modernc.org/sqlite (no cgo).
//
// The schema lives in migrations/NNN_name.sql, embedded in the binary and
// applied in order at Open; the schema_version table records which ones a
// database has. The database runs in WAL mode with a busy timeout, so one
// writer and many readers (dyad serve next to dyad ingest) can share it.
// Put writes a document and everything found in it in one IMMEDIATE
// transaction.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// BusyTimeout is how long a connection waits for a lock held by another
// connection or process before failing with SQLITE_BUSY.
const BusyTimeout = 10 * time.Second

// Store is a dyad.Store backed by one SQLite file.
type Store struct {
	db *sql.DB
	// wmu serialises the writers of this process; other processes wait on
	// the busy timeout.
	wmu sync.Mutex
	// afterDoc, when set (tests), runs inside Put after the document row
	// is written.
	afterDoc func()
}

var _ dyad.Store = (*Store)(nil)

// Open opens (creating if needed) the database file at path and brings its
// schema up to date.
func Open(path string) (*Store, error) {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	// A "file:" URI: SQLite decodes percent escapes in it, so the
	// characters that would end or change the path are escaped.
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	dsn := "file:" + esc.Replace(path) + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// DB gives the underlying database, for ad hoc queries.
func (s *Store) DB() *sql.DB { return s.db }

type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a number and _", base)
		}
		b, err := migrations.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{v, base, string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := range ms {
		if ms[i].version != i+1 {
			return nil, fmt.Errorf("migration %s: want version %d", ms[i].name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the schema version this package writes.
func SchemaVersion() int {
	ms, _ := loadMigrations()
	return len(ms)
}

func (s *Store) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("schema_version: %w", err)
	}
	for _, m := range ms {
		if err := s.apply(ctx, m, len(ms)); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, m migration, known int) error {
	tx, err := s.db.BeginTx(ctx, nil) // IMMEDIATE: one migrator at a time
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var cur int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&cur); err != nil {
		return err
	}
	if cur > known {
		return fmt.Errorf("database schema version %d is newer than this dyad knows (%d)", cur, known)
	}
	if cur >= m.version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

// Has reports whether a document with this content hash is stored.
func (s *Store) Has(ctx context.Context, hash string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE content_hash = ?`, hash).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// Put stores the analysis in one transaction; see dyad.Store.
func (s *Store) Put(ctx context.Context, a *dyad.Analysis) (added bool, err error) {
	return s.put(ctx, a, false)
}

// Replace stores the analysis in place of an earlier one of the same
// content; see dyad.Store.
func (s *Store) Replace(ctx context.Context, a *dyad.Analysis) (replaced bool, err error) {
	added, err := s.put(ctx, a, true)
	return !added && err == nil, err
}

// put stores a. With replace, a stored document of the same content is
// deleted first (its rows go with it: ON DELETE CASCADE) and added reports
// false; without, a stored document makes put return false at once.
func (s *Store) put(ctx context.Context, a *dyad.Analysis, replace bool) (added bool, err error) {
	if a == nil || a.Doc == nil {
		return false, errors.New("put: no document")
	}
	doc := a.Doc
	text := doc.Text
	hash := dyad.ContentHash(text)
	id := dyad.DocIDFromHash(hash)
	ri := dyad.NewRuneIndex(text)
	cp := func(sp dyad.Span) dyad.Span { return ri.Span(clamp(sp, len(text))) }

	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()

	var one int
	err = tx.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE content_hash = ?`, hash).Scan(&one)
	existed := err == nil
	switch {
	case existed && !replace:
		return false, nil
	case existed:
		if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE content_hash = ?`, hash); err != nil {
			return false, fmt.Errorf("put %s: replace: %w", id, err)
		}
	case !errors.Is(err, sql.ErrNoRows):
		return false, err
	}

	meta := ""
	if len(doc.Meta) > 0 {
		b, err := json.Marshal(doc.Meta)
		if err != nil {
			return false, fmt.Errorf("put %s: meta: %w", id, err)
		}
		meta = string(b)
	}
	pubFrom, pubTo := dateRange(doc.Date)
	_, err = tx.ExecContext(ctx, `INSERT INTO documents
		(id, content_hash, ext_id, path, url, title, source, author, lang, pub_date, pub_from, pub_to,
		 text, meta, n_events, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, hash, doc.ID, doc.Path, doc.URL, doc.Title, doc.Source, doc.Author, doc.Lang,
		doc.Date.String(), pubFrom, pubTo, text, meta, len(a.Events),
		time.Now().UTC().Format(time.RFC3339Nano))
	if err != nil {
		return false, fmt.Errorf("put %s: %w", id, err)
	}
	if s.afterDoc != nil {
		s.afterDoc()
	}

	if len(a.Sentences) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO sentences (doc_id, idx, start, "end") VALUES (?, ?, ?, ?)`)
		if err != nil {
			return false, err
		}
		defer st.Close()
		for i, sn := range a.Sentences {
			sp := cp(sn.Span)
			if _, err := st.ExecContext(ctx, id, i, sp.Start, sp.End); err != nil {
				return false, fmt.Errorf("put %s: sentence %d: %w", id, i, err)
			}
		}
	}
	if len(a.Actors)+len(a.Times) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO mentions
			(doc_id, kind, start, "end", text, code, name, actor_kind, entry, type, value, sentence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return false, err
		}
		defer st.Close()
		for _, m := range a.Actors {
			sp := cp(m.Span)
			if _, err := st.ExecContext(ctx, id, "actor", sp.Start, sp.End, m.Text, m.Code, m.Name, m.Kind,
				m.Entry, "", "", m.Sentence); err != nil {
				return false, fmt.Errorf("put %s: actor %q: %w", id, m.Text, err)
			}
		}
		for _, t := range a.Times {
			sp := cp(t.Span)
			if _, err := st.ExecContext(ctx, id, "time", sp.Start, sp.End, t.Text, "", "", "", "",
				t.Type, t.Value, t.Sentence); err != nil {
				return false, fmt.Errorf("put %s: time %q: %w", id, t.Text, err)
			}
		}
	}
	if len(a.Events) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO events
			(doc_id, idx, source, target, source_text, target_text, source_start, source_end,
			 target_start, target_end, code, root, goldstein, quad_class, plover, negated, mode,
			 date, day_from, day_to, sentence, ev_start, ev_end, evidence_text,
			 loc_text, loc_country, loc_lat, loc_lon, pattern)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return false, err
		}
		defer st.Close()
		for i, e := range a.Events {
			ev := e.Evidence
			if ev.Len() <= 0 && e.Sentence >= 0 && e.Sentence < len(a.Sentences) {
				ev = a.Sentences[e.Sentence].Span
			}
			ev = clamp(ev, len(text))
			from, to := timexRange(e.Date)
			if from == nil {
				from, to = pubFrom, pubTo
			}
			var lt, lc, lla, llo any
			if l := e.Location; l != nil {
				lt, lc, lla, llo = l.Text, l.Country, l.Lat, l.Lon
			}
			ss, ts, evc := cp(e.SourceSpan), cp(e.TargetSpan), ri.Span(ev)
			if _, err := st.ExecContext(ctx, id, i, e.Source, e.Target, e.SourceText, e.TargetText,
				ss.Start, ss.End, ts.Start, ts.End, e.Code, dyad.CAMEORoot(e.Code), e.Goldstein,
				e.QuadClass, e.PLOVER, e.Negated, string(e.Mode), e.Date, from, to, e.Sentence,
				evc.Start, evc.End, text[ev.Start:ev.End], lt, lc, lla, llo, e.Pattern); err != nil {
				return false, fmt.Errorf("put %s: event %d (%s %s %s): %w", id, i, e.Source, e.Code, e.Target, err)
			}
		}
	}
	if len(a.Learned) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO learned_roles
			(name, code, role, since, doc_id, text) VALUES (?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return false, err
		}
		defer st.Close()
		for _, r := range a.Learned {
			since := r.Since
			if since.IsZero() {
				since = doc.Date
			}
			if _, err := st.ExecContext(ctx, r.Name, r.Code, r.Role, since.String(), id, r.Text); err != nil {
				return false, fmt.Errorf("put %s: learned role %q: %w", id, r.Name, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("put %s: commit: %w", id, err)
	}
	return !existed, nil
}

func clamp(sp dyad.Span, n int) dyad.Span {
	sp.Start = min(max(sp.Start, 0), n)
	sp.End = min(max(sp.End, sp.Start), n)
	return sp
}

// dateRange gives the first and last day a date covers, as YYYY-MM-DD, or
// nil for the zero date.
func dateRange(d dyad.Date) (from, to any) {
	if d.IsZero() {
		return nil, nil
	}
	first := time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
	var last time.Time
	switch {
	case d.Month == 0:
		last = first.AddDate(1, 0, -1)
	case d.Day == 0:
		last = first.AddDate(0, 1, -1)
	default:
		last = first
	}
	return first.Format(time.DateOnly), last.Format(time.DateOnly)
}

// timexRange reads the calendar part of a TIMEX3 value: YYYY, YYYY-MM,
// YYYY-MM-DD (with or without a time), YYYY-Www, YYYY-Qn, YYYY-H1/H2. Other
// values (PRESENT_REF, P2Y, ...) give nil.
func timexRange(v string) (from, to any) {
	v = strings.TrimSpace(v)
	if d, err := dyad.ParseDate(v); err == nil {
		return dateRange(d)
	}
	if len(v) < 6 || v[4] != '-' {
		return nil, nil
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil || y < 1 {
		return nil, nil
	}
	n, err := strconv.Atoi(v[6:])
	if err != nil {
		return nil, nil
	}
	var first, last time.Time
	switch v[5] {
	case 'W':
		if n < 1 || n > 53 {
			return nil, nil
		}
		// ISO week: week 1 holds January 4th; weeks start on Monday.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		wd := (int(jan4.Weekday()) + 6) % 7
		first = jan4.AddDate(0, 0, -wd+7*(n-1))
		last = first.AddDate(0, 0, 6)
	case 'Q':
		if n < 1 || n > 4 {
			return nil, nil
		}
		first = time.Date(y, time.Month(3*n-2), 1, 0, 0, 0, 0, time.UTC)
		last = first.AddDate(0, 3, -1)
	case 'H':
		if n < 1 || n > 2 {
			return nil, nil
		}
		first = time.Date(y, time.Month(6*n-5), 1, 0, 0, 0, 0, time.UTC)
		last = first.AddDate(0, 6, -1)
	default:
		return nil, nil
	}
	return first.Format(time.DateOnly), last.Format(time.DateOnly)
}

// SeenItem reports whether key was marked.
func (s *Store) SeenItem(ctx context.Context, key string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM feed_items WHERE key = ?`, key).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// MarkItem remembers key.
func (s *Store) MarkItem(ctx context.Context, key string) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	_, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO feed_items (key, seen_at) VALUES (?, ?)`,
		key, time.Now().UTC().Format(time.RFC3339))
	return err
}
