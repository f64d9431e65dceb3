package pipeline

import (
	"github.com/dyadproject/dyad"
)

// CodeRecord is one line of `dyad code` output: the JSON contract that
// every evaluation reads. Offsets count Unicode code points, end exclusive.
type CodeRecord struct {
	ID        string      `json:"id"`
	Lang      string      `json:"lang"`
	Date      string      `json:"date"`
	Sentences []SpanJSON  `json:"sentences"`
	Times     []TimeJSON  `json:"times"`
	Actors    []ActorJSON `json:"actors"`
	Events    []EventJSON `json:"events"`
	Text      *string     `json:"text,omitempty"`  // --with-text
	Title     string      `json:"title,omitempty"` // --with-text
	URL       string      `json:"url,omitempty"`   // --with-text
	Source    string      `json:"source,omitempty"`
	Learned   []RoleJSON  `json:"learned,omitempty"`
}

// ErrorRecord is the line written for a record that could not be processed.
type ErrorRecord struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

// SpanJSON is a code-point span.
type SpanJSON struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// TimeJSON is a time expression.
type TimeJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// ActorJSON is an actor mention.
type ActorJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Code  string `json:"code"`
	Name  string `json:"name,omitempty"`
}

// EventJSON is a coded event.
type EventJSON struct {
	Source     string         `json:"source"`
	Target     string         `json:"target"`
	Code       string         `json:"code"`
	Goldstein  float64        `json:"goldstein"`
	QuadClass  int            `json:"quad_class"`
	PLOVER     string         `json:"plover"`
	Negated    bool           `json:"negated"`
	Mode       string         `json:"mode"`
	Date       string         `json:"date"`
	Sentence   int            `json:"sentence"`
	Evidence   SpanJSON       `json:"evidence"`
	SourceText string         `json:"source_text"`
	TargetText string         `json:"target_text"`
	Location   *dyad.Location `json:"location,omitempty"`
	Pattern    string         `json:"pattern,omitempty"`
}

// RoleJSON is a role learned from the text.
type RoleJSON struct {
	Name  string `json:"name"`
	Code  string `json:"code"`
	Since string `json:"since,omitempty"`
	Text  string `json:"text,omitempty"`
}

// RecordOptions choose optional parts of a record.
type RecordOptions struct {
	WithText bool // add text, title, url and source
}

// Record converts an analysis to the JSON contract.
func Record(a *dyad.Analysis, o RecordOptions) CodeRecord {
	d := a.Doc
	ri := dyad.NewRuneIndex(d.Text)
	cp := func(s dyad.Span) SpanJSON { r := ri.Span(s); return SpanJSON{r.Start, r.End} }
	r := CodeRecord{
		ID: d.ID, Lang: d.Lang, Date: d.Date.String(),
		Sentences: make([]SpanJSON, 0, len(a.Sentences)),
		Times:     make([]TimeJSON, 0, len(a.Times)),
		Actors:    make([]ActorJSON, 0, len(a.Actors)),
		Events:    make([]EventJSON, 0, len(a.Events)),
	}
	for _, s := range a.Sentences {
		r.Sentences = append(r.Sentences, cp(s.Span))
	}
	for _, t := range a.Times {
		s := cp(t.Span)
		r.Times = append(r.Times, TimeJSON{s.Start, s.End, t.Text, t.Type, t.Value})
	}
	for _, m := range a.Actors {
		s := cp(m.Span)
		r.Actors = append(r.Actors, ActorJSON{s.Start, s.End, m.Text, m.Code, m.Name})
	}
	for _, e := range a.Events {
		ej := EventJSON{
			Source: e.Source, Target: e.Target, Code: e.Code,
			Goldstein: e.Goldstein, QuadClass: e.QuadClass, PLOVER: e.PLOVER,
			Negated: e.Negated, Mode: string(e.Mode), Date: e.Date,
			Sentence: e.Sentence, Evidence: cp(e.Evidence),
			SourceText: e.SourceText, TargetText: e.TargetText, Pattern: e.Pattern,
		}
		if ej.Mode == "" {
			ej.Mode = string(dyad.Asserted)
		}
		if e.Location != nil {
			loc := *e.Location
			ej.Location = &loc
		}
		r.Events = append(r.Events, ej)
	}
	for _, f := range a.Learned {
		r.Learned = append(r.Learned, RoleJSON{f.Name, f.Code, f.Since.String(), f.Text})
	}
	if o.WithText {
		t := d.Text
		r.Text = &t
		r.Title, r.URL, r.Source = d.Title, d.URL, d.Source
	}
	return r
}
