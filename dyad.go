// Package dyad holds the domain types of the dyad event coder and the small
// interfaces of its pipeline stages. It imports nothing but the standard
// library; every stage and every dependency lives in its own package
// (text/, timex/, actor/, coder/, sqlite/, http/, ...), and binaries live
// under cmd/.
//
// All spans inside the pipeline are BYTE offsets into Document.Text (Go
// strings are UTF-8); they are converted to Unicode code points only at the
// edges (JSON output, storage), with Document.Runes. See ARCHITECTURE.md.
package dyad

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of byte offsets into a document's
// text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Document is one article (or one record) as read from an input.
type Document struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"` // outlet or feed name
	Author string `json:"author,omitempty"`
	// Lang is an ISO 639-1 code ("fr", "en"); empty means "detect".
	Lang string `json:"lang,omitempty"`
	// Date is the publication date, possibly partial ("2017-10").
	Date Date `json:"date,omitempty"`
	// Path names the input the document came from (file, file#N, URL).
	Path string `json:"path,omitempty"`
	// Meta keeps the fields of the input record that dyad does not use.
	Meta map[string]any `json:"meta,omitempty"`
}

// Runes converts byte offsets of a text to code-point offsets. Build it once
// per text with NewRuneIndex; it answers in O(log n).
type RuneIndex struct {
	// byte offset of every non-ASCII rune start, and the cumulative
	// difference (bytes - runes) after it.
	at   []int
	diff []int
	n    int
}

// NewRuneIndex indexes text for byte→code-point conversion.
func NewRuneIndex(text string) *RuneIndex {
	ri := &RuneIndex{n: len(text)}
	d := 0
	for i, r := range text {
		if r >= utf8.RuneSelf {
			sz := utf8.RuneLen(r)
			if sz < 0 { // invalid byte decoded as RuneError: 1 byte
				sz = 1
			}
			d += sz - 1
			ri.at = append(ri.at, i)
			ri.diff = append(ri.diff, d)
		}
	}
	return ri
}

// Rune returns the code-point offset of byte offset b.
func (ri *RuneIndex) Rune(b int) int {
	// number of multi-byte runes starting strictly before b
	lo, hi := 0, len(ri.at)
	for lo < hi {
		m := (lo + hi) / 2
		if ri.at[m] < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return b
	}
	return b - ri.diff[lo-1]
}

// Span converts a byte span to a code-point span.
func (ri *RuneIndex) Span(s Span) Span { return Span{ri.Rune(s.Start), ri.Rune(s.End)} }

// Date is a calendar date of year, month or day granularity: "2021",
// "2021-10", "2021-10-22". The zero Date means "unknown".
type Date struct {
	Year, Month, Day int
}

// ParseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a longer ISO timestamp
// is cut to its date). The empty string gives the zero Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	var d Date
	var err error
	switch len(s) {
	case 4:
		_, err = fmt.Sscanf(s, "%4d", &d.Year)
	case 7:
		_, err = fmt.Sscanf(s, "%4d-%2d", &d.Year, &d.Month)
	case 10:
		_, err = fmt.Sscanf(s, "%4d-%2d-%2d", &d.Year, &d.Month, &d.Day)
	default:
		err = fmt.Errorf("want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	if err == nil && (d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || d.Year < 1 ||
		(d.Day > 0 && d.Month == 0)) {
		err = fmt.Errorf("out of range")
	}
	if err != nil {
		return Date{}, fmt.Errorf("date %q: %v", s, err)
	}
	return d, nil
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// String gives the ISO form at the date's own granularity.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Before reports whether d starts before e (missing parts count as 1).
func (d Date) Before(e Date) bool {
	a, b := d.key(), e.key()
	return a < b
}

func (d Date) key() int {
	m, dd := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if dd == 0 {
		dd = 1
	}
	return d.Year*10000 + m*100 + dd
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	x, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = x
	return nil
}

// TokenKind classifies a token.
type TokenKind uint8

const (
	Word    TokenKind = iota // letters, possibly with inner hyphens or apostrophes
	Number                   // 2,5 ; 1 000 ; 13 000 ; 2021
	Punct                    // . , ; : ! ? « » " ( ) …
	Symbol                   // % $ € & / and other symbols
	DateTok                  // 24.10.2021, 18 - 12 - 2020, 2021-10-22
	Other
)

var tokenKindNames = [...]string{"word", "number", "punct", "symbol", "date", "other"}

func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "other"
}

// Token is one word, number or punctuation mark.
type Token struct {
	Span
	Text string    // the surface form, as in the text
	Norm string    // folded form used for matching: lower case, no accents, ' for ’
	Kind TokenKind //
	// Lemma is filled by a lemmatiser stage when there is one (folded).
	Lemma string
}

// Sentence is a span of the text and the tokens inside it.
type Sentence struct {
	Span
	Tokens []Token
}

// TimeExpr is a time expression normalised as an ISO-TimeML TIMEX3.
type TimeExpr struct {
	Span
	Text string
	// Type is DATE, TIME, DURATION or SET.
	Type string
	// Value is the TIMEX3 value: 2021-10-22, 2021-10, 2021-W42, P2Y,
	// PRESENT_REF, 1999-05-18TEV, ...
	Value string
	// Sentence is the index of the sentence the expression is in.
	Sentence int
}

// ActorMention is a span of text resolved to a CAMEO/Phoenix actor code.
type ActorMention struct {
	Span
	Text string
	// Code is the full actor code: country or IGO code followed by role
	// codes ("USAGOV", "PAKINS", "IGOUNO", "AFGREB").
	Code string
	// Name is the canonical name of the actor when it is a known entity
	// ("Donald Trump", "Pakistan").
	Name string
	// Kind is "country", "person", "org", "group", "agent" or "compound".
	Kind string
	// Entry names the dictionary entry (file:line) or the document that
	// gave the code, for explanations.
	Entry    string
	Sentence int
}

// RoleFact is a dated role of a person, learned from a document.
type RoleFact struct {
	Name  string // the person's name as written ("Marco Rubio")
	Code  string // actor code of the role ("USAGOV")
	Role  string // the role's words, folded ("secretaire d'etat")
	Since Date   // the date of the document that states it
	DocID string // provenance
	Text  string // the evidence phrase
}

// Mode of an event: how the text asserts it.
type Mode string

const (
	Asserted     Mode = "asserted"
	Future       Mode = "future"
	Hypothetical Mode = "hypothetical"
	Reported     Mode = "reported"
)

// Location is where an event happened.
type Location struct {
	Text    string  `json:"text"`
	Country string  `json:"country,omitempty"` // CAMEO/ISO3 code
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Span    Span    `json:"-"`
}

// Event is one coded event: who did what to whom.
type Event struct {
	Source     string // actor code
	Target     string // actor code, may be empty
	SourceText string
	TargetText string
	SourceSpan Span
	TargetSpan Span
	Code       string  // CAMEO code ("036")
	Goldstein  float64 // from the CAMEO codebook
	QuadClass  int     // 1..4
	PLOVER     string  // PLOVER category
	Negated    bool
	Mode       Mode
	Date       string // TIMEX3-style date value of the event (granularity kept)
	Sentence   int    // index into Analysis.Sentences
	Evidence   Span   // the evidence sentence (byte offsets)
	Location   *Location
	// Pattern names the pattern that produced the event (for explain).
	Pattern string
}

// Analysis is a document and everything the pipeline found in it. Each
// stage reads what earlier stages filled and adds its own part.
type Analysis struct {
	Doc       *Document
	Sentences []Sentence
	Times     []TimeExpr
	Actors    []ActorMention
	Events    []Event
	// Learned holds the roles the actor stage learned from this document's
	// own text (appositions such as "le secrétaire d'État américain, Marco
	// Rubio"); the store keeps them, and later documents use them.
	Learned []RoleFact
	// Anchor is the date the time stage inferred from the text of an
	// undated document ("ce jeudi 19 février" → 2026-02-19); zero when the
	// document has a publication date or the text gives none. It is not a
	// publication date: it only serves to resolve roles (RefDate).
	Anchor Date
	// Trace, when non-nil, receives explanations from the stages
	// (dyad explain).
	Trace func(stage, msg string)
}

// RefDate is the date at which actors' roles are resolved: the
// publication date, else the anchor inferred from the text, else zero
// (current roles).
func (a *Analysis) RefDate() Date {
	if !a.Doc.Date.IsZero() {
		return a.Doc.Date
	}
	return a.Anchor
}

// Tracef sends an explanation line to the trace, if any.
func (a *Analysis) Tracef(stage, format string, args ...any) {
	if a.Trace != nil {
		a.Trace(stage, fmt.Sprintf(format, args...))
	}
}

// Stage is one step of the pipeline. It reads and enriches an Analysis.
type Stage interface {
	Name() string
	Process(a *Analysis) error
}

// Cleaner turns raw document text into clean article text (boilerplate
// removal, normalisation); it may also fill Title, Date, Source.
type Cleaner interface {
	Clean(doc *Document) error
}

// LanguageDetector guesses the language of a text.
type LanguageDetector interface {
	// Detect returns an ISO 639-1 code and a confidence in [0,1]; "" when
	// it cannot tell.
	Detect(text string) (lang string, confidence float64)
}

// Segmenter splits text into sentences and tokens, with byte offsets.
type Segmenter interface {
	Sentences(text, lang string) []Span
	Tokens(text string, within Span, lang string) []Token
}
