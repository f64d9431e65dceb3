// Package http serves a dyad.Store on the web: server-rendered pages
// (documents, one document with its events and highlighted evidence, events
// with filters and top dyads) and a JSON API under /api/. Templates and the
// stylesheet are embedded; the pages load nothing from elsewhere.
//
// Import it as dyadhttp:
//
//	import dyadhttp "github.com/dyadproject/dyad/http"
//	http.ListenAndServe(addr, dyadhttp.NewServer(store))
//
// Routes:
//
//	GET /                      documents (q, from, to, offset)
//	GET /doc/{id}              one document, its events and text
//	GET /events                events (actor, source, target, exact, root, code, from, to, doc, offset)
//	GET /api/                  the list of endpoints
//	GET /api/stats             dyad.Stats
//	GET /api/documents         {"documents": [dyad.DocSummary]} (q, source, lang, from, to, limit, offset)
//	GET /api/documents/{id}    dyad.StoredDoc, events with "label"
//	GET /api/events            {"events": [event]} (event filters, limit, offset)
//	GET /api/events.csv        the same as CSV (one row per event, code-point offsets)
//	GET /api/dyads             {"dyads": [dyad.DyadCount]} (event filters, n)
//
// The counts in the page header are cached for five seconds.
//
// Offsets in JSON are code points of the document text; events follow the
// `dyad code` event fields plus id, doc_id, doc_title, root, evidence_text
// and label.
package http

import (
	"embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

const (
	docsPerPage   = 200
	eventsPerPage = 50
	maxAPILimit   = 1000
)

type server struct {
	st    dyad.Store
	pages map[string]*template.Template
	mux   *http.ServeMux

	// Stats are shown on every page; computing them counts every event,
	// so they are kept for statsTTL.
	statsMu sync.Mutex
	stats   dyad.Stats
	statsAt time.Time
}

const statsTTL = 5 * time.Second

// NewServer returns the handler of the web UI and the JSON API over st.
func NewServer(st dyad.Store) http.Handler {
	s := &server{st: st, pages: map[string]*template.Template{}, mux: http.NewServeMux()}
	funcs := template.FuncMap{"rootLabel": rootLabel}
	for _, p := range []string{"index.html", "doc.html", "events.html"} {
		s.pages[p] = template.Must(template.New(p).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+p))
	}
	static, _ := fs.Sub(staticFS, "static")
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /{$}", s.index)
	s.mux.HandleFunc("GET /doc/{id}", s.doc)
	s.mux.HandleFunc("GET /events", s.events)
	s.mux.HandleFunc("GET /api/stats", s.apiStats)
	s.mux.HandleFunc("GET /api/documents", s.apiDocuments)
	s.mux.HandleFunc("GET /api/documents/{id}", s.apiDocument)
	s.mux.HandleFunc("GET /api/events", s.apiEvents)
	s.mux.HandleFunc("GET /api/events.csv", s.apiEventsCSV)
	s.mux.HandleFunc("GET /api/dyads", s.apiDyads)
	s.mux.HandleFunc("GET /api/{$}", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"endpoints": apiIndex})
	})
	s.mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		writeJSONError(w, http.StatusNotFound, "no such API endpoint")
	})
	return s
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

// base is what every page shows in its header.
type base struct {
	Nav   string
	Stats dyad.Stats
}

type pager struct{ Prev, Next string }

func pageLinks(path string, q url.Values, offset, per, got int) pager {
	var p pager
	link := func(off int) string {
		v := url.Values{}
		for k, vs := range q {
			if k != "offset" && len(vs) > 0 && vs[0] != "" {
				v.Set(k, vs[0])
			}
		}
		if off > 0 {
			v.Set("offset", strconv.Itoa(off))
		}
		if len(v) == 0 {
			return path
		}
		return path + "?" + v.Encode()
	}
	if offset > 0 {
		p.Prev = link(max(offset-per, 0))
	}
	if got == per {
		p.Next = link(offset + per)
	}
	return p
}

func (s *server) render(w http.ResponseWriter, r *http.Request, status int, page string, data any) {
	var b strings.Builder
	if err := s.pages[page].ExecuteTemplate(&b, "layout", data); err != nil {
		log.Printf("dyad http: %s: render %s: %v", r.URL.Path, page, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprint(w, b.String())
}

func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, dyad.ErrNotFound) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if r.Context().Err() != nil {
		return // the client went away
	}
	log.Printf("dyad http: %s: %v", r.URL.Path, err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}

func (s *server) base(r *http.Request, nav string) (base, error) {
	st, err := s.cachedStats(r)
	return base{Nav: nav, Stats: st}, err
}

func (s *server) cachedStats(r *http.Request) (dyad.Stats, error) {
	s.statsMu.Lock()
	defer s.statsMu.Unlock()
	if !s.statsAt.IsZero() && time.Since(s.statsAt) < statsTTL {
		return s.stats, nil
	}
	st, err := s.st.Stats(r.Context())
	if err != nil {
		return st, err
	}
	s.stats, s.statsAt = st, time.Now()
	return st, nil
}

func offsetOf(q url.Values) int {
	n, _ := strconv.Atoi(q.Get("offset"))
	return max(n, 0)
}

// parseDates reads the from and to parameters.
func parseDates(q url.Values) (from, to dyad.Date, err error) {
	if from, err = dyad.ParseDate(q.Get("from")); err != nil {
		return from, to, fmt.Errorf("from: %v", err)
	}
	if to, err = dyad.ParseDate(q.Get("to")); err != nil {
		return from, to, fmt.Errorf("to: %v", err)
	}
	return from, to, nil
}

func docFilter(q url.Values) (dyad.DocFilter, error) {
	f := dyad.DocFilter{Query: strings.TrimSpace(q.Get("q")), Source: q.Get("source"), Lang: q.Get("lang"),
		Offset: offsetOf(q)}
	var err error
	f.From, f.To, err = parseDates(q)
	return f, err
}

func eventFilter(q url.Values) (dyad.EventFilter, error) {
	f := dyad.EventFilter{
		Actor:  strings.TrimSpace(q.Get("actor")),
		Source: strings.TrimSpace(q.Get("source")),
		Target: strings.TrimSpace(q.Get("target")),
		Root:   strings.TrimSpace(q.Get("root")),
		Code:   strings.TrimSpace(q.Get("code")),
		DocID:  strings.TrimSpace(q.Get("doc")),
		Exact:  q.Get("exact") == "1",
		Offset: offsetOf(q),
	}
	var err error
	f.From, f.To, err = parseDates(q)
	return f, err
}

// --- pages ---

type indexPage struct {
	base
	Filter   dyad.DocFilter
	From, To string
	Filtered bool
	Error    string
	Docs     []dyad.DocSummary
	Pager    pager
}

func (s *server) index(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	b, err := s.base(r, "docs")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := indexPage{base: b, From: q.Get("from"), To: q.Get("to")}
	f, ferr := docFilter(q)
	p.Filter = f
	p.Filtered = f.Query != "" || p.From != "" || p.To != "" || f.Source != "" || f.Lang != ""
	status := http.StatusOK
	if ferr != nil {
		p.Error, status = ferr.Error(), http.StatusBadRequest
	} else {
		f.Limit = docsPerPage
		if p.Docs, err = s.st.Documents(r.Context(), f); err != nil {
			s.fail(w, r, err)
			return
		}
		p.Pager = pageLinks("/", q, f.Offset, docsPerPage, len(p.Docs))
	}
	s.render(w, r, status, "index.html", p)
}

// eventView is an event as the templates show it.
type eventView struct {
	dyad.StoredEvent
	Label        string
	QuadName     string
	EvidenceHTML template.HTML
	ShowDoc      bool
}

func label(code string) string {
	if e, ok := cameo.Lookup(code); ok {
		return e.Label
	}
	return ""
}

// rootLabel gives the label of a CAMEO root in sentence case ("Make public
// statement").
func rootLabel(root string) string {
	l := label(root)
	if l == "" {
		return ""
	}
	r := []rune(strings.ToLower(l))
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func viewEvent(e dyad.StoredEvent, extra []mark, showDoc bool) eventView {
	marks := append([]mark{
		{e.SourceSpan, "src", e.Source, 3},
		{e.TargetSpan, "tgt", e.Target, 3},
	}, extra...)
	return eventView{
		StoredEvent:  e,
		Label:        label(e.Code),
		QuadName:     cameo.QuadClassName(e.QuadClass),
		EvidenceHTML: highlight([]rune(e.EvidenceText), e.Evidence.Start, marks),
		ShowDoc:      showDoc,
	}
}

type docPage struct {
	base
	Doc      *dyad.StoredDoc
	Events   []eventView
	TextHTML template.HTML
}

func (s *server) doc(w http.ResponseWriter, r *http.Request) {
	d, err := s.st.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b, err := s.base(r, "docs")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var all []mark
	for _, a := range d.Actors {
		t := a.Code
		if a.Name != "" {
			t += " · " + a.Name
		}
		all = append(all, mark{a.Span, "act", t, 1})
	}
	for _, t := range d.Times {
		all = append(all, mark{t.Span, "time", t.Type + " " + t.Value, 1})
	}
	p := docPage{base: b, Doc: d, TextHTML: highlight([]rune(d.Text), 0, all)}
	for _, e := range d.Events {
		p.Events = append(p.Events, viewEvent(e, all, false))
	}
	s.render(w, r, http.StatusOK, "doc.html", p)
}

type rootOption struct{ Root, Label string }

var rootOptions = func() []rootOption {
	var out []rootOption
	for i := 1; i <= 20; i++ {
		r := fmt.Sprintf("%02d", i)
		out = append(out, rootOption{r, rootLabel(r)})
	}
	return out
}()

type eventsPage struct {
	base
	Q        map[string]string
	Filter   dyad.EventFilter
	Filtered bool
	Error    string
	Roots    []rootOption
	Events   []eventView
	Dyads    []dyad.DyadCount
	Pager    pager
	APIURL   string
	CSVURL   string
}

func (s *server) events(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	b, err := s.base(r, "events")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := eventsPage{base: b, Q: map[string]string{}, Roots: rootOptions}
	for k := range q {
		p.Q[k] = q.Get(k)
		if k != "offset" && q.Get(k) != "" {
			p.Filtered = true
		}
	}
	f, ferr := eventFilter(q)
	p.Filter = f
	status := http.StatusOK
	if ferr != nil {
		p.Error, status = ferr.Error(), http.StatusBadRequest
	} else {
		f.Limit = eventsPerPage
		evs, err := s.st.Events(r.Context(), f)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		for _, e := range evs {
			p.Events = append(p.Events, viewEvent(e, nil, true))
		}
		if p.Dyads, err = s.st.TopDyads(r.Context(), f, 15); err != nil {
			s.fail(w, r, err)
			return
		}
		p.Pager = pageLinks("/events", q, f.Offset, eventsPerPage, len(evs))
		p.APIURL, p.CSVURL = "/api/events", "/api/events.csv"
		if len(q) > 0 {
			p.APIURL += "?" + q.Encode()
			p.CSVURL += "?" + q.Encode()
		}
	}
	s.render(w, r, status, "events.html", p)
}

// --- highlighting ---

// mark is a span of the document (code points) to highlight.
type mark struct {
	span  dyad.Span
	class string
	title string
	prio  int // where marks overlap, the higher wins
}

// highlight escapes text (the part of the document starting at code point
// base) and wraps the marked parts in <mark class=... title=...>.
func highlight(text []rune, base int, marks []mark) template.HTML {
	owner := make([]int16, len(text)) // 1 + index of the mark shown at each rune
	for i, m := range marks {
		if m.span.End <= m.span.Start || i >= 1<<15-1 {
			continue
		}
		lo, hi := max(m.span.Start-base, 0), min(m.span.End-base, len(text))
		for j := lo; j < hi; j++ {
			if o := owner[j]; o == 0 || marks[o-1].prio < m.prio {
				owner[j] = int16(i + 1)
			}
		}
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		j := i + 1
		for j < len(text) && owner[j] == owner[i] {
			j++
		}
		seg := template.HTMLEscapeString(string(text[i:j]))
		if o := owner[i]; o > 0 {
			m := marks[o-1]
			fmt.Fprintf(&b, `<mark class="%s" title="%s">%s</mark>`,
				template.HTMLEscapeString(m.class), template.HTMLEscapeString(m.title), seg)
		} else {
			b.WriteString(seg)
		}
		i = j
	}
	return template.HTML(b.String())
}

// --- JSON API ---

var apiIndex = map[string]string{
	"/api/stats":          "totals, top dyads, events per CAMEO root",
	"/api/documents":      "documents: q, source, lang, from, to, limit, offset",
	"/api/documents/{id}": "one document with its sentences, actors, times, events, learned roles",
	"/api/events":         "events: actor, source, target (code prefixes; whole codes with exact=1), root, code, from, to, doc, limit, offset",
	"/api/events.csv":     "the same events as CSV (limit up to 100000, default all up to that)",
	"/api/dyads":          "top dyads among the events of a filter: the event filters and n",
}

type apiEvent struct {
	dyad.StoredEvent
	Label string `json:"label,omitempty"`
}

func apiEvents(evs []dyad.StoredEvent) []apiEvent {
	out := make([]apiEvent, len(evs))
	for i, e := range evs {
		out[i] = apiEvent{e, label(e.Code)}
	}
	return out
}

func apiLimit(q url.Values, def int) int {
	n, err := strconv.Atoi(q.Get("limit"))
	if err != nil || n <= 0 {
		return def
	}
	return min(n, maxAPILimit)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

func writeJSONError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func (s *server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, dyad.ErrNotFound) {
		writeJSONError(w, http.StatusNotFound, err.Error())
		return
	}
	if r.Context().Err() != nil {
		return
	}
	log.Printf("dyad http: %s: %v", r.URL.Path, err)
	writeJSONError(w, http.StatusInternalServerError, "internal error")
}

func (s *server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := docFilter(q)
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, err.Error())
		return
	}
	f.Limit = apiLimit(q, 100)
	docs, err := s.st.Documents(r.Context(), f)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"documents": docs})
}

func (s *server) apiDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.st.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		*dyad.StoredDoc
		Events []apiEvent `json:"events"`
	}{d, apiEvents(d.Events)})
}

func (s *server) apiEvents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, err.Error())
		return
	}
	f.Limit = apiLimit(q, 200)
	evs, err := s.st.Events(r.Context(), f)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": apiEvents(evs)})
}

const maxCSV = 100000

var csvHeader = []string{"event_id", "doc_id", "doc_title", "date", "source", "target", "code", "root", "label",
	"goldstein", "quad_class", "plover", "negated", "mode", "source_text", "target_text", "evidence_start",
	"evidence_end", "evidence_text", "location", "country", "lat", "lon"}

func (s *server) apiEventsCSV(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, err.Error())
		return
	}
	f.Limit = maxCSV
	if n, err := strconv.Atoi(q.Get("limit")); err == nil && n > 0 {
		f.Limit = min(n, maxCSV)
	}
	evs, err := s.st.Events(r.Context(), f)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="dyad-events.csv"`)
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	ff := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	for _, e := range evs {
		var lt, lc, la, lo string
		if l := e.Location; l != nil {
			lt, lc, la, lo = l.Text, l.Country, ff(l.Lat), ff(l.Lon)
		}
		cw.Write([]string{strconv.FormatInt(e.ID, 10), e.DocID, e.DocTitle, e.Date, e.Source, e.Target, e.Code,
			e.Root, label(e.Code), ff(e.Goldstein), strconv.Itoa(e.QuadClass), e.PLOVER,
			strconv.FormatBool(e.Negated), string(e.Mode), e.SourceText, e.TargetText,
			strconv.Itoa(e.Evidence.Start), strconv.Itoa(e.Evidence.End), e.EvidenceText, lt, lc, la, lo})
	}
	cw.Flush()
}

func (s *server) apiDyads(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, err.Error())
		return
	}
	n, _ := strconv.Atoi(q.Get("n"))
	if n <= 0 {
		n = 20
	}
	d, err := s.st.TopDyads(r.Context(), f, min(n, maxAPILimit))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"dyads": d})
}
