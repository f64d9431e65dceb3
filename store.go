package dyad

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"time"
)

// Store keeps analysed documents, their events and evidence, the roles the
// actor stage learned, and the feed items already seen. The sqlite package
// implements it; the ingest, serve, demo and watch commands and the web UI
// use it.
//
// Identity: a document is identified by the hash of its normalised text
// (ContentHash of Analysis.Doc.Text as the pipeline left it, i.e. after
// cleaning). Putting the same content again, under the same or another
// path, ID or URL, changes nothing and reports added == false. Its stored
// ID (DocSummary.ID) is derived from that hash, so it is stable across
// databases and re-ingestion.
//
// Offsets: everything a Store returns is in Unicode code points of the
// stored text (the byte offsets of the pipeline are converted in Put).
//
// Implementations are safe for concurrent use.
type Store interface {
	// Put stores an analysis — document, sentences, actor and time
	// mentions, events and learned roles — in one transaction: either all
	// of it is stored or nothing is. It reports whether the document was
	// new.
	Put(ctx context.Context, a *Analysis) (added bool, err error)
	// Replace is Put for a document that may be stored already: an
	// earlier analysis of the same content (its sentences, mentions,
	// events and learned roles) is replaced, in the same transaction, by
	// this one (after an upgrade of dyad, say). It reports whether there
	// was one.
	Replace(ctx context.Context, a *Analysis) (replaced bool, err error)
	// Has reports whether a document with this content hash is stored.
	Has(ctx context.Context, contentHash string) (bool, error)
	// Documents lists stored documents, newest publication date first.
	Documents(ctx context.Context, f DocFilter) ([]DocSummary, error)
	// Document returns one document with its sentences, mentions, events
	// and learned roles; ErrNotFound when there is none.
	Document(ctx context.Context, id string) (*StoredDoc, error)
	// Events lists events matching the filter, newest first.
	Events(ctx context.Context, f EventFilter) ([]StoredEvent, error)
	// TopDyads counts events per (source, target) pair among the events
	// matching the filter (Limit and Offset of the filter are ignored) and
	// returns the n most frequent.
	TopDyads(ctx context.Context, f EventFilter, n int) ([]DyadCount, error)
	// Stats gives totals, the ten most frequent dyads and the number of
	// events of every CAMEO root.
	Stats(ctx context.Context) (Stats, error)
	// LearnedRoles returns every role fact stored by Put, oldest Since
	// first; DocID is the stored ID of the document that stated it.
	LearnedRoles(ctx context.Context) ([]RoleFact, error)
	// SeenItem reports whether MarkItem was called with key (feed item
	// GUID or URL) — dyad watch remembers items across restarts.
	SeenItem(ctx context.Context, key string) (bool, error)
	// MarkItem remembers key; marking twice is not an error.
	MarkItem(ctx context.Context, key string) error
	Close() error
}

// ErrNotFound is returned by Store.Document for an unknown ID.
var ErrNotFound = errors.New("not found")

// ContentHash returns the identity of a document text for a Store: the hex
// SHA-256 of the text with every run of white space replaced by one space
// and leading and trailing space removed. Case, accents and punctuation
// count; layout does not.
func ContentHash(text string) string {
	h := sha256.New()
	first := true
	for _, f := range strings.Fields(text) {
		if !first {
			h.Write([]byte{' '})
		}
		first = false
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// DocIDFromHash gives the stored ID of a document from its content hash:
// its first 16 hex digits.
func DocIDFromHash(hash string) string {
	if len(hash) > 16 {
		return hash[:16]
	}
	return hash
}

// DocFilter selects documents. Zero fields do not filter.
type DocFilter struct {
	// Query keeps documents whose title or text contains it (case
	// insensitive for ASCII letters).
	Query  string
	Source string
	Lang   string
	// From and To bound the publication date (inclusive, at the dates'
	// own granularity); documents without a date are left out when set.
	From, To Date
	// Limit defaults to 100; Offset skips that many rows.
	Limit, Offset int
}

// DocSummary is one row of a document list.
type DocSummary struct {
	ID    string `json:"id"`               // stored ID (DocIDFromHash)
	ExtID string `json:"ext_id,omitempty"` // Document.ID as read
	Title string `json:"title"`
	// Snippet is the first line of the text (at most 140 characters), for
	// lists of documents without a title.
	Snippet    string    `json:"snippet,omitempty"`
	Source     string    `json:"source,omitempty"`
	URL        string    `json:"url,omitempty"`
	Path       string    `json:"path,omitempty"`
	Lang       string    `json:"lang,omitempty"`
	Date       Date      `json:"date,omitempty"`
	Events     int       `json:"events"`
	Hash       string    `json:"content_hash"`
	IngestedAt time.Time `json:"ingested_at"`
}

// StoredDoc is a document with everything stored about it. All spans are in
// code points of Text.
type StoredDoc struct {
	DocSummary
	Author    string         `json:"author,omitempty"`
	Text      string         `json:"text"`
	Sentences []Span         `json:"sentences"`
	Actors    []StoredActor  `json:"actors"`
	Times     []StoredTime   `json:"times"`
	Events    []StoredEvent  `json:"events"`
	Learned   []RoleFact     `json:"learned,omitempty"`
	Meta      map[string]any `json:"meta,omitempty"`
}

// StoredActor is an actor mention as stored (code-point offsets).
type StoredActor struct {
	Span
	Text     string `json:"text"`
	Code     string `json:"code"`
	Name     string `json:"name,omitempty"`
	Kind     string `json:"kind,omitempty"`
	Sentence int    `json:"sentence"`
}

// StoredTime is a time expression as stored (code-point offsets).
type StoredTime struct {
	Span
	Text     string `json:"text"`
	Type     string `json:"type"`
	Value    string `json:"value"`
	Sentence int    `json:"sentence"`
}

// StoredEvent is an event as stored, with its document and evidence. Its
// JSON form follows the `dyad code` event contract (code-point offsets),
// plus id, doc_id, doc_title, root and evidence_text.
type StoredEvent struct {
	ID           int64     `json:"id"`
	DocID        string    `json:"doc_id"`
	DocTitle     string    `json:"doc_title,omitempty"`
	Source       string    `json:"source"`
	Target       string    `json:"target"`
	SourceText   string    `json:"source_text"`
	TargetText   string    `json:"target_text"`
	SourceSpan   Span      `json:"source_span"`
	TargetSpan   Span      `json:"target_span"`
	Code         string    `json:"code"`
	Root         string    `json:"root"` // first two digits of Code
	Goldstein    float64   `json:"goldstein"`
	QuadClass    int       `json:"quad_class"`
	PLOVER       string    `json:"plover"`
	Negated      bool      `json:"negated"`
	Mode         Mode      `json:"mode"`
	Date         string    `json:"date"`
	Sentence     int       `json:"sentence"`
	Evidence     Span      `json:"evidence"`
	EvidenceText string    `json:"evidence_text"`
	Location     *Location `json:"location,omitempty"`
	Pattern      string    `json:"pattern,omitempty"`
}

// CAMEORoot returns the root (first two digits) of a CAMEO event code.
func CAMEORoot(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// EventFilter selects events. Zero fields do not filter.
type EventFilter struct {
	// Actor keeps events whose source or target code starts with it
	// ("PAK" matches PAKGOV); Source and Target constrain one side.
	Actor, Source, Target string
	// Exact makes Source and Target match whole codes, and an empty
	// Target match only the events without a target: the events of one
	// dyad as TopDyads counts them.
	Exact bool
	// Root keeps events of one CAMEO root ("04"); Code keeps events whose
	// code starts with it ("036").
	Root, Code string
	// From and To bound the event date (the event's own date, else its
	// document's date), inclusive; events whose date interval overlaps
	// [From, To] are kept, undated events are left out when set.
	From, To Date
	DocID    string
	// Limit defaults to 200; Offset skips that many rows.
	Limit, Offset int
}

// DyadCount is the number of events from Source to Target.
type DyadCount struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Count  int    `json:"count"`
}

// RootCount is the number of events of a CAMEO root.
type RootCount struct {
	Root  string `json:"root"`
	Count int    `json:"count"`
}

// Stats summarises a store.
type Stats struct {
	Documents    int         `json:"documents"`
	Events       int         `json:"events"`
	Actors       int         `json:"actor_mentions"`
	LearnedRoles int         `json:"learned_roles"`
	TopDyads     []DyadCount `json:"top_dyads"`
	Roots        []RootCount `json:"roots"`
}
