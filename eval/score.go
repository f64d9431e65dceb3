package eval

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad/cameo"
)

// PRF holds counts and precision, recall and F1 (0 when undefined).
type PRF struct {
	TP int     `json:"tp"`
	FP int     `json:"fp"`
	FN int     `json:"fn"`
	P  float64 `json:"precision"`
	R  float64 `json:"recall"`
	F1 float64 `json:"f1"`
}

func (s *PRF) add(tp, npred, ngold int) {
	s.TP += tp
	s.FP += npred - tp
	s.FN += ngold - tp
}

func (s *PRF) finish() {
	s.P, s.R, s.F1 = 0, 0, 0
	if s.TP+s.FP > 0 {
		s.P = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.R = float64(s.TP) / float64(s.TP+s.FN)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
}

// Ratio is a share: N of Of.
type Ratio struct {
	N     int     `json:"n"`
	Of    int     `json:"of"`
	Value float64 `json:"value"`
}

func (r *Ratio) add(ok bool) {
	r.Of++
	if ok {
		r.N++
	}
}

func (r *Ratio) finish() {
	r.Value = 0
	if r.Of > 0 {
		r.Value = float64(r.N) / float64(r.Of)
	}
}

// match returns a maximum matching between ng gold and np predicted items
// where ok(g, p) tells whether they may match: match[p] = g or -1. Each
// gold item and each predicted item is used at most once (Kuhn's
// augmenting paths; the sets are small).
func match(ng, np int, ok func(g, p int) bool) (n int, byPred []int) {
	byPred = make([]int, np)
	byGold := make([]int, ng)
	for i := range byPred {
		byPred[i] = -1
	}
	for i := range byGold {
		byGold[i] = -1
	}
	var seen []bool
	var try func(p int) bool
	try = func(p int) bool {
		for g := 0; g < ng; g++ {
			if seen[g] || !ok(g, p) {
				continue
			}
			seen[g] = true
			if byGold[g] < 0 || try(byGold[g]) {
				byGold[g] = p
				byPred[p] = g
				return true
			}
		}
		return false
	}
	for p := 0; p < np; p++ {
		seen = make([]bool, ng)
		if try(p) {
			n++
		}
	}
	return n, byPred
}

// country returns the country (or IGO) part of an actor code: its first
// three letters.
func country(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// Options tune scoring.
type Options struct {
	// Worst is the number of worst event records listed (default 10;
	// negative: none).
	Worst int
	// IncludeNegated scores negated predicted events too (by default they
	// are left out: "X did not meet Y" is not a meeting).
	IncludeNegated bool
}

func (o Options) events(p *PredRecord) []PredEvent {
	if p == nil {
		return nil
	}
	if o.IncludeNegated {
		return p.Events
	}
	out := make([]PredEvent, 0, len(p.Events))
	for _, e := range p.Events {
		if !e.Negated {
			out = append(out, e)
		}
	}
	return out
}

// Report is the result of scoring one gold file.
type Report struct {
	Records      int           `json:"records"`
	MissingPred  int           `json:"missing_predictions"`
	ErrorRecords int           `json:"error_records"`
	Negated      int           `json:"negated_events_ignored"`
	Events       *EventScores  `json:"events,omitempty"`
	PLOVER       *PLOVERScores `json:"plover,omitempty"`
	CAMEO        *CAMEOScores  `json:"cameo_examples,omitempty"`
	Times        *TimeScores   `json:"times,omitempty"`
}

// Score scores predictions (paired with Pair) against gold records.
func Score(gold []GoldRecord, pred []*PredRecord, o Options) *Report {
	if o.Worst == 0 {
		o.Worst = 10
	}
	r := &Report{Records: len(gold)}
	for i := range gold {
		p := pred[i]
		switch {
		case p == nil:
			r.MissingPred++
		case p.Error != "":
			r.ErrorRecords++
		}
		if p != nil && !o.IncludeNegated {
			for _, e := range p.Events {
				if e.Negated {
					r.Negated++
				}
			}
		}
		g := &gold[i]
		if g.HasEvents {
			if r.Events == nil {
				r.Events = newEventScores()
			}
			r.Events.add(g, o.events(p), p)
		}
		if g.HasPLOVER {
			if r.PLOVER == nil {
				r.PLOVER = &PLOVERScores{}
			}
			r.PLOVER.add(g, o.events(p), p)
		}
		if g.HasCAMEO {
			if r.CAMEO == nil {
				r.CAMEO = &CAMEOScores{}
			}
			r.CAMEO.add(g, o.events(p))
		}
		if g.HasTimes {
			if r.Times == nil {
				r.Times = &TimeScores{}
			}
			var pt []Time
			if p != nil {
				pt = p.Times
			}
			r.Times.add(g.Times, pt)
		}
	}
	if r.Events != nil {
		r.Events.finish(o.Worst)
	}
	if r.PLOVER != nil {
		r.PLOVER.finish()
	}
	if r.CAMEO != nil {
		r.CAMEO.finish()
	}
	if r.Times != nil {
		r.Times.finish()
	}
	return r
}

// ---- events ----

// EventScores are the scores of event gold.
type EventScores struct {
	Records  int `json:"records"`
	NoEvents int `json:"noevent_records"`
	// FalseAlarms counts noevents records with at least one prediction.
	FalseAlarms int          `json:"noevent_records_with_events"`
	Exact       PRF          `json:"exact"`
	Relaxed     PRF          `json:"relaxed"`
	ByRoot      []RootScores `json:"by_root"`
	Worst       []RecordDiff `json:"worst,omitempty"`
	// Misses tells why the gold events without an exact match were
	// missed.
	Misses Misses `json:"misses"`

	roots map[string]*RootScores
	diffs []RecordDiff
}

// RootScores break event scores down by CAMEO root: gold events of the
// root count for recall, predicted events of the root for precision.
type RootScores struct {
	Root    string `json:"root"`
	Label   string `json:"label"`
	Gold    int    `json:"gold"`
	Pred    int    `json:"pred"`
	Exact   PRF    `json:"exact"`
	Relaxed PRF    `json:"relaxed"`
}

// RecordDiff shows a record's gold and predicted events.
type RecordDiff struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Errors int         `json:"errors"` // exact FP + FN
	Gold   []GoldEvent `json:"gold"`
	Pred   []PredEvent `json:"pred"`
}

// Misses sorts the gold events left without an exact match by the
// nearest predicted event of their record that is not an exact match of
// another gold event, tried in this order (each predicted event explains
// one miss at most).
type Misses struct {
	// CodeSameRoot: same source and target, another code of the root.
	CodeSameRoot int `json:"code_same_root"`
	// CodeOtherRoot: same source and target, a code of another root.
	CodeOtherRoot int `json:"code_other_root"`
	// Sector: same countries (first three letters) and code, another
	// sector on one side or both.
	Sector int `json:"sector"`
	// SectorAndCode: same countries, another sector and another code.
	SectorAndCode int `json:"sector_and_code"`
	// Reversed: source and target swapped.
	Reversed int `json:"reversed"`
	// OneActor: one side's country right, the other's wrong.
	OneActor int `json:"one_actor_wrong"`
	// NoEvent: no predicted event left that shares a country with it.
	NoEvent int `json:"no_event"`
}

// explain counts the causes of the gold events ge[i] with goldHit[i]
// false, given the predicted events pe whose exact match is me.
func (m *Misses) explain(ge []GoldEvent, goldHit []bool, pe []PredEvent, me []int) {
	free := make([]bool, len(pe))
	for j := range pe {
		free[j] = me[j] < 0
	}
	causes := []struct {
		n  *int
		ok func(g GoldEvent, p PredEvent) bool
	}{
		{&m.CodeSameRoot, func(g GoldEvent, p PredEvent) bool {
			return g.Source == p.Source && g.Target == p.Target && cameo.Root(g.Code) == cameo.Root(p.Code)
		}},
		{&m.CodeOtherRoot, func(g GoldEvent, p PredEvent) bool { return g.Source == p.Source && g.Target == p.Target }},
		{&m.Sector, func(g GoldEvent, p PredEvent) bool {
			return country(g.Source) == country(p.Source) && country(g.Target) == country(p.Target) && g.Code == p.Code
		}},
		{&m.SectorAndCode, func(g GoldEvent, p PredEvent) bool {
			return country(g.Source) == country(p.Source) && country(g.Target) == country(p.Target)
		}},
		{&m.Reversed, func(g GoldEvent, p PredEvent) bool {
			return country(g.Source) == country(p.Target) && country(g.Target) == country(p.Source)
		}},
		{&m.OneActor, func(g GoldEvent, p PredEvent) bool {
			return country(g.Source) == country(p.Source) || country(g.Target) == country(p.Target)
		}},
	}
	left := make([]bool, len(ge))
	for i := range ge {
		left[i] = !goldHit[i]
	}
	for _, c := range causes {
		for i := range ge {
			if !left[i] {
				continue
			}
			for j := range pe {
				if free[j] && c.ok(ge[i], pe[j]) {
					free[j], left[i] = false, false
					*c.n++
					break
				}
			}
		}
	}
	for i := range ge {
		if left[i] {
			m.NoEvent++
		}
	}
}

func newEventScores() *EventScores { return &EventScores{roots: map[string]*RootScores{}} }

func (s *EventScores) root(r string) *RootScores {
	rs := s.roots[r]
	if rs == nil {
		rs = &RootScores{Root: r}
		if e, ok := cameo.Lookup(r); ok {
			rs.Label = e.Label
		}
		s.roots[r] = rs
	}
	return rs
}

func (s *EventScores) add(g *GoldRecord, pe []PredEvent, p *PredRecord) {
	s.Records++
	if g.NoEvents && len(g.Events) == 0 {
		s.NoEvents++
		if len(pe) > 0 {
			s.FalseAlarms++
		}
	}
	ge := g.Events
	exact := func(i, j int) bool {
		return ge[i].Source == pe[j].Source && ge[i].Target == pe[j].Target && ge[i].Code == pe[j].Code
	}
	relaxed := func(i, j int) bool {
		return country(ge[i].Source) == country(pe[j].Source) && country(ge[i].Target) == country(pe[j].Target) &&
			cameo.Root(ge[i].Code) == cameo.Root(pe[j].Code)
	}
	ne, me := match(len(ge), len(pe), exact)
	nr, mr := match(len(ge), len(pe), relaxed)
	s.Exact.add(ne, len(pe), len(ge))
	s.Relaxed.add(nr, len(pe), len(ge))

	// per root: recall over gold events of the root, precision over
	// predicted events of the root
	goldHitE := make([]bool, len(ge))
	goldHitR := make([]bool, len(ge))
	for j := range pe {
		rs := s.root(cameo.Root(pe[j].Code))
		rs.Pred++
		if me[j] >= 0 {
			goldHitE[me[j]] = true
			rs.Exact.TP++
		} else {
			rs.Exact.FP++
		}
		if mr[j] >= 0 {
			goldHitR[mr[j]] = true
			rs.Relaxed.TP++
		} else {
			rs.Relaxed.FP++
		}
	}
	for i := range ge {
		rs := s.root(cameo.Root(ge[i].Code))
		rs.Gold++
		if !goldHitE[i] {
			rs.Exact.FN++
		}
		if !goldHitR[i] {
			rs.Relaxed.FN++
		}
	}
	s.Misses.explain(ge, goldHitE, pe, me)
	if errs := len(pe) + len(ge) - 2*ne; errs > 0 {
		s.diffs = append(s.diffs, RecordDiff{ID: g.RecordName(), Text: g.Text, Errors: errs, Gold: ge, Pred: pe})
	}
}

func (s *EventScores) finish(worst int) {
	s.Exact.finish()
	s.Relaxed.finish()
	s.ByRoot = s.ByRoot[:0]
	for _, rs := range s.roots {
		// matching compares roots, so a root's matched predicted events
		// and matched gold events are equally many
		rs.Exact.finish()
		rs.Relaxed.finish()
		s.ByRoot = append(s.ByRoot, *rs)
	}
	sort.Slice(s.ByRoot, func(i, j int) bool { return s.ByRoot[i].Root < s.ByRoot[j].Root })
	sort.SliceStable(s.diffs, func(i, j int) bool { return s.diffs[i].Errors > s.diffs[j].Errors })
	if worst > 0 && len(s.diffs) > worst {
		s.Worst = s.diffs[:worst]
	} else if worst > 0 {
		s.Worst = s.diffs
	}
}

// ---- PLOVER ----

// PLOVERScores are the scores of PLOVER gold (one gold event per record:
// a category, source actors and target actors).
type PLOVERScores struct {
	Records int `json:"records"`
	// Top1 compares the category of the first predicted event with the
	// gold category, in the 2021 mapping's vocabulary (see Canonical).
	Top1 Ratio `json:"top1_category"`
	// Top1GSR compares in the GSR's own (older) vocabulary.
	Top1GSR Ratio `json:"top1_category_gsr"`
	// Category: P/R/F1 on categories (one gold category per record).
	Category PRF `json:"category"`
	// Dyad: P/R/F1 on (source, target, category), actors compared on
	// their country part; a gold event without target accepts any target.
	Dyad PRF `json:"source_target_category"`
	// CoverCountry: share of gold actor codes (country part) among the
	// predicted actors' codes of the record; CoverFull with the sector.
	CoverCountry Ratio `json:"actor_coverage_country"`
	CoverFull    Ratio `json:"actor_coverage_full"`
	NoPred       int   `json:"records_without_events"`
}

// gsrAlias maps the category names of the PLOVER gold standard records
// (an older PLOVER draft) to the 2021 CAMEO→PLOVER mapping's names.
var gsrAlias = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"INVESTIGATE": "ACCUSE",
	"FIGHT":       "ASSAULT",
}

// Canonical returns a PLOVER category in the 2021 mapping's vocabulary.
func Canonical(cat string) string {
	cat = strings.ToUpper(strings.TrimSpace(cat))
	if a, ok := gsrAlias[cat]; ok {
		return a
	}
	return cat
}

// gsrRoot gives the older GSR category of the roots whose 2021 category
// merged several GSR ones.
var gsrRoot = map[string]string{"09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "18": "ASSAULT", "19": "FIGHT", "20": "FIGHT"}

// PLOVEROf returns the PLOVER category of a predicted event: from its
// CAMEO code through the codebook, or the event's own field when the code
// is unknown.
func PLOVEROf(e PredEvent) string {
	if c, ok := cameo.Lookup(e.Code); ok {
		return c.PLOVER
	}
	return Canonical(e.PLOVER)
}

func gsrOf(e PredEvent) string {
	if c, ok := gsrRoot[cameo.Root(e.Code)]; ok {
		return c
	}
	return PLOVEROf(e)
}

func fullCode(a GoldActor) string {
	s := a.Sector
	if len(s) >= 3 && strings.ToUpper(s[:3]) == s[:3] && strings.Trim(s[:3], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return a.Code + s[:3]
	}
	return a.Code
}

func (s *PLOVERScores) add(g *GoldRecord, pe []PredEvent, p *PredRecord) {
	s.Records++
	gold := Canonical(g.PLOVER)
	if len(pe) == 0 {
		s.NoPred++
		s.Top1.add(false)
		s.Top1GSR.add(false)
	} else {
		s.Top1.add(PLOVEROf(pe[0]) == gold)
		s.Top1GSR.add(gsrOf(pe[0]) == strings.ToUpper(g.PLOVER))
	}
	// category P/R/F1: one gold item
	n, _ := match(1, len(pe), func(_, j int) bool { return PLOVEROf(pe[j]) == gold })
	s.Category.add(n, len(pe), 1)

	type ge struct{ src, tgt string }
	var gs []ge
	for _, a := range g.SourceActors {
		if len(g.TargetActors) == 0 {
			gs = append(gs, ge{country(a.Code), "*"})
		}
		for _, b := range g.TargetActors {
			gs = append(gs, ge{country(a.Code), country(b.Code)})
		}
	}
	n, _ = match(len(gs), len(pe), func(i, j int) bool {
		return PLOVEROf(pe[j]) == gold && gs[i].src == country(pe[j].Source) &&
			(gs[i].tgt == "*" || gs[i].tgt == country(pe[j].Target))
	})
	s.Dyad.add(n, len(pe), len(gs))

	have := map[string]bool{}
	haveFull := map[string]bool{}
	if p != nil {
		for _, a := range p.Actors {
			have[country(a.Code)] = true
			haveFull[a.Code] = true
		}
	}
	for _, list := range [][]GoldActor{g.SourceActors, g.TargetActors} {
		for _, a := range list {
			if a.Code == "" {
				continue
			}
			s.CoverCountry.add(have[country(a.Code)])
			s.CoverFull.add(haveFull[fullCode(a)])
		}
	}
}

func (s *PLOVERScores) finish() {
	s.Top1.finish()
	s.Top1GSR.finish()
	s.Category.finish()
	s.Dyad.finish()
	s.CoverCountry.finish()
	s.CoverFull.finish()
}

// ---- CAMEO manual examples ----

// CAMEOScores are the scores of CAMEO-example gold (a code, no actors).
type CAMEOScores struct {
	Records int `json:"records"`
	// Root: share of records where some predicted event has the gold root.
	Root Ratio `json:"root"`
	// Code: share of records where some predicted event has the gold code.
	Code Ratio `json:"code"`
	// Top1Root: the first predicted event has the gold root.
	Top1Root Ratio `json:"top1_root"`
	NoPred   int   `json:"records_without_events"`
}

func (s *CAMEOScores) add(g *GoldRecord, pe []PredEvent) {
	s.Records++
	root, code := false, false
	for _, e := range pe {
		if cameo.Root(e.Code) == cameo.Root(g.CAMEO) {
			root = true
		}
		if e.Code == g.CAMEO {
			code = true
		}
	}
	s.Root.add(root)
	s.Code.add(code)
	s.Top1Root.add(len(pe) > 0 && cameo.Root(pe[0].Code) == cameo.Root(g.CAMEO))
	if len(pe) == 0 {
		s.NoPred++
	}
}

func (s *CAMEOScores) finish() {
	s.Root.finish()
	s.Code.finish()
	s.Top1Root.finish()
}

// ---- times ----

// TimeScores are TempEval-3-style scores of time expressions.
type TimeScores struct {
	Gold    int `json:"gold"`
	Pred    int `json:"pred"`
	Relaxed PRF `json:"relaxed"`
	Strict  PRF `json:"strict"`
	// Value and Type: accuracy on relaxed matches.
	Value Ratio `json:"value_accuracy"`
	Type  Ratio `json:"type_accuracy"`
	// ValueF1: P/R/F1 of expressions matched with the right value
	// (TempEval-3 "value F1").
	ValueF1 PRF `json:"value"`
}

func (s *TimeScores) add(gold, pred []Time) {
	s.Gold += len(gold)
	s.Pred += len(pred)
	overlap := func(i, j int) bool { return gold[i].Start < pred[j].End && pred[j].Start < gold[i].End }
	strict := func(i, j int) bool { return gold[i].Start == pred[j].Start && gold[i].End == pred[j].End }
	ns, _ := match(len(gold), len(pred), strict)
	s.Strict.add(ns, len(pred), len(gold))
	// relaxed pairs: a maximum matching, preferring identical spans and
	// then larger overlaps (candidates sorted, then augmenting paths)
	nr, mr := matchPreferred(gold, pred, overlap)
	s.Relaxed.add(nr, len(pred), len(gold))
	right := 0
	for j, i := range mr {
		if i < 0 {
			continue
		}
		okV := strings.TrimSpace(gold[i].Value) == strings.TrimSpace(pred[j].Value)
		s.Value.add(okV)
		s.Type.add(strings.EqualFold(gold[i].Type, pred[j].Type))
		if okV {
			right++
		}
	}
	s.ValueF1.add(right, len(pred), len(gold))
}

// matchPreferred first pairs identical spans, then the rest by largest
// overlap, then completes to a maximum matching.
func matchPreferred(gold, pred []Time, ok func(i, j int) bool) (int, []int) {
	byPred := make([]int, len(pred))
	usedG := make([]bool, len(gold))
	for j := range byPred {
		byPred[j] = -1
	}
	type cand struct{ i, j, score int }
	var cs []cand
	for i := range gold {
		for j := range pred {
			if !ok(i, j) {
				continue
			}
			ov := min(gold[i].End, pred[j].End) - max(gold[i].Start, pred[j].Start)
			if gold[i].Start == pred[j].Start && gold[i].End == pred[j].End {
				ov += 1 << 30
			}
			cs = append(cs, cand{i, j, ov})
		}
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].score > cs[b].score })
	n := 0
	for _, c := range cs {
		if byPred[c.j] < 0 && !usedG[c.i] {
			byPred[c.j], usedG[c.i] = c.i, true
			n++
		}
	}
	// greedy may be short of the maximum: recompute the maximum size and,
	// if larger, use the maximum matching instead
	if m, mp := match(len(gold), len(pred), ok); m > n {
		return m, mp
	}
	return n, byPred
}

func (s *TimeScores) finish() {
	s.Relaxed.finish()
	s.Strict.finish()
	s.Value.finish()
	s.Type.finish()
	s.ValueF1.finish()
}
