// Package cameo holds the CAMEO event codebook: for each of the 311 CAMEO
// event codes of GDELT's table, and for 176 (in CAMEO 1.1b3, not in
// GDELT's tables), its label, root (cue category), Goldstein
// score, QuadClass and PLOVER category, mode and context. The data is
// embedded from data/codebook.tsv (converted by internal/gen from GDELT's
// tables, the CAMEO 1.1b3 manual and the 2021 CAMEO→PLOVER mapping; see
// its header).
//
// NewStage returns the pipeline stage that fills Event.Goldstein,
// Event.QuadClass and Event.PLOVER from Event.Code.
package cameo

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

//go:embed data/codebook.tsv
var codebookTSV string

// Entry is one code of the codebook.
type Entry struct {
	Code      string  // "036", "0831", "190"
	Label     string  // "Express intent to meet or negotiate"
	Root      string  // the two-digit cue category: "03"
	Goldstein float64 // -10 .. +10, from GDELT's Goldstein table
	// QuadClass: 1 verbal cooperation, 2 material cooperation,
	// 3 verbal conflict, 4 material conflict.
	QuadClass int
	// PLOVER is the PLOVER event category ("AGREE", "CONSULT", ...); empty
	// for roots 01 and 02, which PLOVER drops.
	PLOVER string
	// PLOVERMode is the PLOVER mode of the 2021 mapping ("visit", "phone",
	// "demo", ...), often empty.
	PLOVERMode string
	// PLOVERContext lists the PLOVER contexts of the mapping, separated by
	// ";" ("diplomatic", "military;legal"), often empty.
	PLOVERContext string
	// LabelSource is "gdelt" or "cameo-1.1b3" (see the data header).
	LabelSource string
}

var (
	entries []Entry
	byCode  map[string]int
)

func init() {
	var err error
	entries, err = parse(codebookTSV)
	if err != nil {
		panic("cameo: data/codebook.tsv: " + err.Error())
	}
	byCode = make(map[string]int, len(entries))
	for i, e := range entries {
		byCode[e.Code] = i
	}
}

func parse(data string) ([]Entry, error) {
	var out []Entry
	header := true
	for n, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if header {
			header = false
			if f[0] == "code" {
				continue
			}
		}
		if len(f) != 9 {
			return nil, fmt.Errorf("line %d: %d fields, want 9", n+1, len(f))
		}
		q, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("line %d: quad_class: %v", n+1, err)
		}
		g, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: goldstein: %v", n+1, err)
		}
		if !validCode(f[0]) || f[1] != f[0][:2] {
			return nil, fmt.Errorf("line %d: bad code or root %q %q", n+1, f[0], f[1])
		}
		out = append(out, Entry{Code: f[0], Root: f[1], QuadClass: q, Goldstein: g,
			PLOVER: f[4], PLOVERMode: f[5], PLOVERContext: f[6], Label: f[7], LabelSource: f[8]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out, nil
}

func validCode(c string) bool {
	if len(c) < 2 || len(c) > 4 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	return true
}

// Lookup returns the codebook entry of a CAMEO code ("036"). It does not
// allocate.
func Lookup(code string) (Entry, bool) {
	i, ok := byCode[code]
	if !ok {
		return Entry{}, false
	}
	return entries[i], true
}

// Known reports whether code is a CAMEO code of the codebook.
func Known(code string) bool {
	_, ok := byCode[code]
	return ok
}

// Root returns the two-digit cue category of a code ("0831" → "08"), or ""
// when the code is shorter than two characters.
func Root(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// All returns every entry, sorted by code. The slice is a copy.
func All() []Entry {
	out := make([]Entry, len(entries))
	copy(out, entries)
	return out
}

// QuadClassName names a QuadClass (1..4).
func QuadClassName(q int) string {
	switch q {
	case 1:
		return "verbal cooperation"
	case 2:
		return "material cooperation"
	case 3:
		return "verbal conflict"
	case 4:
		return "material conflict"
	}
	return ""
}

// Stage fills the codebook fields of every event. Events whose code is not
// in the codebook are removed (and reported to the trace): the coder
// should never emit them, and a wrong code must not reach the output.
type Stage struct{}

// NewStage returns the codebook stage (Name "cameo").
func NewStage() dyad.Stage { return Stage{} }

// Name implements dyad.Stage.
func (Stage) Name() string { return "cameo" }

// Process implements dyad.Stage.
func (Stage) Process(a *dyad.Analysis) error {
	kept := a.Events[:0]
	for _, ev := range a.Events {
		e, ok := Lookup(ev.Code)
		if !ok {
			a.Tracef("cameo", "dropped event %s→%s: unknown CAMEO code %q (pattern %s)", ev.Source, ev.Target, ev.Code, ev.Pattern)
			continue
		}
		ev.Goldstein = e.Goldstein
		ev.QuadClass = e.QuadClass
		ev.PLOVER = e.PLOVER
		kept = append(kept, ev)
	}
	// clear the tail so dropped events do not keep memory alive
	for i := len(kept); i < len(a.Events); i++ {
		a.Events[i] = dyad.Event{}
	}
	a.Events = kept
	return nil
}
