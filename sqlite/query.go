package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

const docCols = `d.id, d.ext_id, d.title, d.source, d.url, d.path, d.lang, d.pub_date, d.n_events,
	d.content_hash, d.ingested_at, substr(d.text, 1, 400)`

func scanSummary(sc interface{ Scan(...any) error }, extra ...any) (dyad.DocSummary, error) {
	var d dyad.DocSummary
	var date, ing, head string
	dst := append([]any{&d.ID, &d.ExtID, &d.Title, &d.Source, &d.URL, &d.Path, &d.Lang, &date,
		&d.Events, &d.Hash, &ing, &head}, extra...)
	if err := sc.Scan(dst...); err != nil {
		return d, err
	}
	d.Snippet = snippet(head, 140)
	d.Date, _ = dyad.ParseDate(date)
	d.IngestedAt, _ = time.Parse(time.RFC3339Nano, ing)
	return d, nil
}

// snippet returns the first non-blank line of s, cut to at most n
// characters (with "…").
func snippet(s string, n int) string {
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		if r := []rune(line); len(r) > n {
			return strings.TrimSpace(string(r[:n-1])) + "…"
		}
		return line
	}
	return ""
}

// likeArg escapes s for a LIKE pattern with ESCAPE '\'.
func likeArg(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(s) + "%"
}

// Documents lists documents; see dyad.Store.
func (s *Store) Documents(ctx context.Context, f dyad.DocFilter) ([]dyad.DocSummary, error) {
	var where []string
	var args []any
	if f.Query != "" {
		where = append(where, `(d.title LIKE ? ESCAPE '\' OR d.text LIKE ? ESCAPE '\')`)
		args = append(args, likeArg(f.Query), likeArg(f.Query))
	}
	if f.Source != "" {
		where = append(where, `d.source = ?`)
		args = append(args, f.Source)
	}
	if f.Lang != "" {
		where = append(where, `d.lang = ?`)
		args = append(args, f.Lang)
	}
	if !f.From.IsZero() {
		from, _ := dateRange(f.From)
		where = append(where, `d.pub_to >= ?`)
		args = append(args, from)
	}
	if !f.To.IsZero() {
		_, to := dateRange(f.To)
		where = append(where, `d.pub_from <= ?`)
		args = append(args, to)
	}
	q := `SELECT ` + docCols + ` FROM documents d`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	q += ` ORDER BY d.pub_date = '', d.pub_date DESC, d.rowid LIMIT ? OFFSET ?`
	args = append(args, limit, max(f.Offset, 0))
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []dyad.DocSummary{}
	for rows.Next() {
		d, err := scanSummary(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Document returns one document and everything stored about it.
func (s *Store) Document(ctx context.Context, id string) (*dyad.StoredDoc, error) {
	var doc dyad.StoredDoc
	var meta string
	var err error
	doc.DocSummary, err = scanSummary(s.db.QueryRowContext(ctx,
		`SELECT `+docCols+`, d.author, d.text, d.meta FROM documents d WHERE d.id = ?`, id),
		&doc.Author, &doc.Text, &meta)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %q: %w", id, dyad.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	if meta != "" {
		if err := json.Unmarshal([]byte(meta), &doc.Meta); err != nil {
			return nil, fmt.Errorf("document %q: meta: %w", id, err)
		}
	}

	doc.Sentences = []dyad.Span{}
	rows, err := s.db.QueryContext(ctx, `SELECT start, "end" FROM sentences WHERE doc_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var sp dyad.Span
		if err := rows.Scan(&sp.Start, &sp.End); err != nil {
			rows.Close()
			return nil, err
		}
		doc.Sentences = append(doc.Sentences, sp)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	doc.Actors, doc.Times = []dyad.StoredActor{}, []dyad.StoredTime{}
	rows, err = s.db.QueryContext(ctx, `SELECT kind, start, "end", text, code, name, actor_kind, type, value, sentence
		FROM mentions WHERE doc_id = ? ORDER BY start, id`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var kind, text, code, name, akind, typ, value string
		var sp dyad.Span
		var sent int
		if err := rows.Scan(&kind, &sp.Start, &sp.End, &text, &code, &name, &akind, &typ, &value, &sent); err != nil {
			rows.Close()
			return nil, err
		}
		if kind == "actor" {
			doc.Actors = append(doc.Actors, dyad.StoredActor{Span: sp, Text: text, Code: code, Name: name, Kind: akind, Sentence: sent})
		} else {
			doc.Times = append(doc.Times, dyad.StoredTime{Span: sp, Text: text, Type: typ, Value: value, Sentence: sent})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	doc.Events, err = s.Events(ctx, dyad.EventFilter{DocID: id, Limit: -1})
	if err != nil {
		return nil, err
	}
	doc.Learned, err = s.roles(ctx, `WHERE doc_id = ?`, id)
	if err != nil {
		return nil, err
	}
	return &doc, nil
}

// eventWhere builds the WHERE clause of an event filter (on table alias e).
func eventWhere(f dyad.EventFilter) (string, []any) {
	var where []string
	var args []any
	prefix := func(col, p string) {
		where = append(where, col+` GLOB ?`)
		args = append(args, globPrefix(p))
	}
	if f.Actor != "" {
		where = append(where, `(e.source GLOB ? OR e.target GLOB ?)`)
		args = append(args, globPrefix(f.Actor), globPrefix(f.Actor))
	}
	switch {
	case f.Exact:
		if f.Source != "" {
			where = append(where, `e.source = ?`)
			args = append(args, f.Source)
		}
		where = append(where, `e.target = ?`)
		args = append(args, f.Target)
	default:
		if f.Source != "" {
			prefix("e.source", f.Source)
		}
		if f.Target != "" {
			prefix("e.target", f.Target)
		}
	}
	if f.Root != "" {
		where = append(where, `e.root = ?`)
		args = append(args, f.Root)
	}
	if f.Code != "" {
		prefix("e.code", f.Code)
	}
	if !f.From.IsZero() {
		from, _ := dateRange(f.From)
		where = append(where, `e.day_to >= ?`)
		args = append(args, from)
	}
	if !f.To.IsZero() {
		_, to := dateRange(f.To)
		where = append(where, `e.day_from <= ?`)
		args = append(args, to)
	}
	if f.DocID != "" {
		where = append(where, `e.doc_id = ?`)
		args = append(args, f.DocID)
	}
	if len(where) == 0 {
		return "", nil
	}
	return ` WHERE ` + strings.Join(where, ` AND `), args
}

// globPrefix turns a code prefix into a GLOB pattern, escaping the GLOB
// special characters.
func globPrefix(p string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(strings.TrimSpace(p)) {
		switch r {
		case '*', '?', '[', ']':
			b.WriteByte('[')
			b.WriteRune(r)
			b.WriteByte(']')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('*')
	return b.String()
}

// Events lists events; see dyad.Store. A negative Limit means no limit.
func (s *Store) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.StoredEvent, error) {
	where, args := eventWhere(f)
	q := `SELECT e.id, e.doc_id, CASE WHEN d.title != '' THEN d.title ELSE substr(d.text, 1, 400) END, e.source, e.target, e.source_text, e.target_text,
		e.source_start, e.source_end, e.target_start, e.target_end, e.code, e.root, e.goldstein,
		e.quad_class, e.plover, e.negated, e.mode, e.date, e.sentence, e.ev_start, e.ev_end,
		e.evidence_text, e.loc_text, e.loc_country, e.loc_lat, e.loc_lon, e.pattern
		FROM events e JOIN documents d ON d.id = e.doc_id` + where
	if f.DocID != "" {
		q += ` ORDER BY e.idx`
	} else {
		q += ` ORDER BY e.day_from IS NULL, e.day_from DESC, d.rowid, e.idx`
	}
	limit := f.Limit
	if limit == 0 {
		limit = 200
	}
	q += ` LIMIT ? OFFSET ?`
	args = append(args, limit, max(f.Offset, 0))
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []dyad.StoredEvent{}
	for rows.Next() {
		var e dyad.StoredEvent
		var mode string
		var lt, lc sql.NullString
		var lla, llo sql.NullFloat64
		if err := rows.Scan(&e.ID, &e.DocID, &e.DocTitle, &e.Source, &e.Target, &e.SourceText, &e.TargetText,
			&e.SourceSpan.Start, &e.SourceSpan.End, &e.TargetSpan.Start, &e.TargetSpan.End, &e.Code, &e.Root,
			&e.Goldstein, &e.QuadClass, &e.PLOVER, &e.Negated, &mode, &e.Date, &e.Sentence,
			&e.Evidence.Start, &e.Evidence.End, &e.EvidenceText, &lt, &lc, &lla, &llo, &e.Pattern); err != nil {
			return nil, err
		}
		e.DocTitle = snippet(e.DocTitle, 140)
		e.Mode = dyad.Mode(mode)
		if lt.Valid {
			e.Location = &dyad.Location{Text: lt.String, Country: lc.String, Lat: lla.Float64, Lon: llo.Float64}
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// TopDyads counts events per (source, target); see dyad.Store.
func (s *Store) TopDyads(ctx context.Context, f dyad.EventFilter, n int) ([]dyad.DyadCount, error) {
	if n <= 0 {
		n = 10
	}
	where, args := eventWhere(f)
	rows, err := s.db.QueryContext(ctx, `SELECT e.source, e.target, COUNT(*) AS n FROM events e`+where+
		` GROUP BY e.source, e.target ORDER BY n DESC, e.source, e.target LIMIT ?`, append(args, n)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []dyad.DyadCount{}
	for rows.Next() {
		var d dyad.DyadCount
		if err := rows.Scan(&d.Source, &d.Target, &d.Count); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Stats gives totals, the ten most frequent dyads and the event count per
// CAMEO root.
func (s *Store) Stats(ctx context.Context) (dyad.Stats, error) {
	var st dyad.Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM mentions WHERE kind = 'actor'), (SELECT COUNT(*) FROM learned_roles)`).
		Scan(&st.Documents, &st.Events, &st.Actors, &st.LearnedRoles)
	if err != nil {
		return st, err
	}
	if st.TopDyads, err = s.TopDyads(ctx, dyad.EventFilter{}, 10); err != nil {
		return st, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT root, COUNT(*) AS n FROM events GROUP BY root ORDER BY n DESC, root`)
	if err != nil {
		return st, err
	}
	defer rows.Close()
	st.Roots = []dyad.RootCount{}
	for rows.Next() {
		var r dyad.RootCount
		if err := rows.Scan(&r.Root, &r.Count); err != nil {
			return st, err
		}
		st.Roots = append(st.Roots, r)
	}
	return st, rows.Err()
}

// LearnedRoles returns every stored role fact, oldest first.
func (s *Store) LearnedRoles(ctx context.Context) ([]dyad.RoleFact, error) {
	return s.roles(ctx, "")
}

func (s *Store) roles(ctx context.Context, where string, args ...any) ([]dyad.RoleFact, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, code, role, since, doc_id, text FROM learned_roles `+
		where+` ORDER BY since = '', since, id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []dyad.RoleFact{}
	for rows.Next() {
		var r dyad.RoleFact
		var since string
		if err := rows.Scan(&r.Name, &r.Code, &r.Role, &since, &r.DocID, &r.Text); err != nil {
			return nil, err
		}
		r.Since, _ = dyad.ParseDate(since)
		out = append(out, r)
	}
	return out, rows.Err()
}
