package timex

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// EventDate returns the date of the event whose words are at (a span of
// sentence number sentence): the value of the DATE or TIME expression that
// governs the clause of at, else the publication date (a.Doc.Date.String(),
// "" when unknown: the anchor InferredAnchor finds for an undated document
// dates expressions, not events without one). Granularity is kept
// ("2021-10", "2021-W42", "2021"); a TIME gives its date part; durations,
// sets, PRESENT_REF/PAST_REF/FUTURE_REF and unresolved XXXX values never
// date an event.
//
// A date governs the event only when it is in the same clause:
//   - the sentence is cut into clauses by subordinating words ([subord]:
//     qui, que, dont, où, lorsque, alors que, parce que, which, that,
//     when, while, because...), by infinitive clauses ([infclause]: "pour
//     entrer à Kaboul le 15"), by coordinating words that join clauses
//     ([clause] "= coord": mais, car, but) and by parentheses and quotes
//     (not a bracket holding only a date: "(le 20 mai dernier)"). A clause
//     opened after a comma or at the start of the sentence ends at the
//     next comma (", qui était arrivé lundi, a rencontré"); one opened
//     inside a clause runs to the end of that clause ("a annoncé que les
//     troupes partiraient le 31 octobre": the date is not the
//     announcement's).
//   - an apposition: a date in a comma-enclosed segment that does not
//     start with it ("Les talibans, arrivés au pouvoir le 15 août, ont
//     formé") does not date an event after that segment; an event in a
//     comma-enclosed segment is not dated by a date after it, unless that
//     date opens its own segment (", le 20 octobre,").
//
// An event in an infinitive clause may take the date of the clause it
// depends on ("se rendra demain en Guyane pour rendre hommage"), and an
// event in a coordinate clause the date that opens the sentence ("Mardi,
// X a proposé …, mais Y a refusé"), when their own clause has none.
//
// When no date governs, the publication date is returned: "no date" is
// preferred to a distant or subordinate one. Among the governing dates the
// one with the fewest soft boundaries (commas, semicolons, colons, [clause]
// and [subord] words) between it and at wins, then the nearest.
// Expressions opened by a [noeventdate] word are skipped: "depuis 2014",
// "d'ici mai 2021", "jusqu'au 2 juin" bound a span, they do not date the
// event. Expressions after "du"/"de" ([nounmod]: "les attentats du 11
// septembre") date a noun, and only win when nothing else governs.
func EventDate(a *dyad.Analysis, sentence int, at dyad.Span) string {
	def := ""
	if a.Doc != nil {
		def = a.Doc.Date.String()
	}
	lxs, err := load()
	if err != nil || a.Doc == nil {
		return def
	}
	lx, ok := lxs[a.Doc.Lang]
	if !ok {
		lx = lxs["fr"]
	}
	// cheap test first: a dated expression in the sentence at all
	any := false
	for i := range a.Times {
		if dated(&a.Times[i], sentence) {
			any = true
			break
		}
	}
	if !any {
		return def
	}
	txt := a.Doc.Text
	sent := dyad.Span{Start: 0, End: len(txt)}
	if sentence >= 0 && sentence < len(a.Sentences) {
		sent = a.Sentences[sentence].Span
	}
	if sent.Start < 0 || sent.End > len(txt) || sent.Start > sent.End {
		return def
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	toks, buf := tokenize(txt, sent.Start, sent.End, sc.toks, sc.buf)
	defer func() { sc.toks, sc.buf = toks[:0], buf[:0] }()
	lx.index(toks)
	// token ranges of the sentence's expressions (for clefts) and of at
	var spans [][2]int
	for i := range a.Times {
		if x := &a.Times[i]; x.Sentence == sentence {
			if s, e, ok := tokRange(toks, x.Span); ok {
				spans = append(spans, [2]int{s, e})
			}
		}
	}
	pm := pairs(toks)
	cs := clauses(toks, pm, spans, lx)
	a0, a1, aok := tokRange(toks, at)
	if !aok {
		// at is not in the sentence: no clause test (the nearest wins)
		a0, a1 = -1, -1
	}
	best, bestScore := "", 1<<62
	for i := range a.Times {
		x := &a.Times[i]
		if !dated(x, sentence) {
			continue
		}
		t0, t1, ok := tokRange(toks, x.Span)
		if !ok {
			continue
		}
		if endsWith(toks[:t0], sNoeventdate) {
			continue
		}
		score := 0
		if endsWith(toks[:t0], sNounmod) {
			score += 1 << 40
		}
		if a0 >= 0 {
			g := cs.governs(toks, pm, spans, t0, t1, a0, a1)
			if g == govNo {
				continue
			}
			if g == govParent {
				score += 1 << 30
			}
			// soft boundaries between the expression and at
			lo, hi := t1, a0
			if a1 <= t0 {
				lo, hi = a1, t0
			}
			for k := lo; k < hi; k++ {
				if softBoundary(toks, k) {
					score += 1 << 20
				}
			}
		}
		lo, hi := x.End, at.Start
		if at.End <= x.Start {
			lo, hi = at.End, x.Start
		}
		if lo < hi {
			score += hi - lo
		}
		if score < bestScore {
			best, bestScore = x.Value, score
		}
	}
	if best == "" {
		return def
	}
	if k := strings.IndexByte(best, 'T'); k > 0 {
		best = best[:k]
	}
	return best
}

// dated reports whether x, of sentence sentence, may date an event: a DATE
// or TIME whose value starts with a digit.
func dated(x *dyad.TimeExpr, sentence int) bool {
	return x.Sentence == sentence && (x.Type == "DATE" || x.Type == "TIME") && x.Value != "" && x.Value[0] >= '0' && x.Value[0] <= '9'
}

// tokRange gives the tokens [s, e) inside span sp (a token that overlaps
// it counts); ok false when none does.
func tokRange(toks []tok, sp dyad.Span) (int, int, bool) {
	s, e := -1, -1
	for k := range toks {
		if toks[k].e > sp.Start && toks[k].s < sp.End {
			if s < 0 {
				s = k
			}
			e = k + 1
		}
	}
	return s, e, s >= 0
}

// softBoundary: a comma, semicolon or colon, or a [clause] or [subord]
// word at k.
func softBoundary(toks []tok, k int) bool {
	t := &toks[k]
	if t.kind == tPunct {
		return t.norm == "," || t.norm == ";" || t.norm == ":"
	}
	if e, _ := match(toks, k, sClause); e != nil {
		return true
	}
	e, _ := match(toks, k, sSubord)
	return e != nil
}

// endsWith reports whether an entry of section sec ends at the last token.
func endsWith(toks []tok, sec sec) bool {
	n := len(toks)
	for s := n - 1; s >= 0 && s >= n-4; s-- {
		if e, j := match(toks, s, sec); e != nil && j == n {
			return true
		}
	}
	return false
}

// ---- clauses ----

// frame kinds of the clause stack
const (
	fBase  = iota
	fParen // ( [ « “ " : ends at its closer
	fComma // opened after a comma or at the start: ends at the next comma
	fOpen  // opened inside a clause: ends with the clause around it
	fInf   // an infinitive clause ("pour entrer"), otherwise like fOpen
	fCoord // a coordinate clause ("mais …"): ends with the clause around it
)

type frame struct {
	id, kind, start int
	closer          string
}

// clauseInfo is the clause structure of a sentence: the clause of every
// token, and the kind and parent of every clause.
type clauseInfo struct {
	id     []int
	kind   []int
	parent []int
}

func opener(norm string) string {
	switch norm {
	case "(":
		return ")"
	case "[":
		return "]"
	case "«":
		return "»"
	case "“":
		return "”"
	case "\"":
		return "\""
	}
	return ""
}

func isCloser(norm string) bool {
	switch norm {
	case ")", "]", "»", "”", "\"":
		return true
	}
	return false
}

// clauses cuts a sentence into clauses. pm pairs its brackets (pairs),
// spans are the token ranges of its time expressions: a bracket holding
// only a date ("(le 20 mai dernier)") is no clause of its own, and a "que"
// right after a date may be a cleft.
func clauses(toks []tok, pm []int, spans [][2]int, lx *lexicon) clauseInfo {
	ci := clauseInfo{id: make([]int, len(toks)), kind: []int{fBase}, parent: []int{0}}
	stack := make([]frame, 1, 8)
	push := func(kind, start int, closer string) {
		id := len(ci.kind)
		ci.kind = append(ci.kind, kind)
		ci.parent = append(ci.parent, stack[len(stack)-1].id)
		stack = append(stack, frame{id: id, kind: kind, start: start, closer: closer})
	}
	// popTo removes the frames above index i, and frame i itself when incl
	popTo := func(i int, incl bool) {
		if incl {
			stack = stack[:i]
		} else {
			stack = stack[:i+1]
		}
		if len(stack) == 0 {
			stack = append(stack, frame{})
		}
	}
	// innermost paren frame index (0 when none: the base)
	parenTop := func() int {
		for i := len(stack) - 1; i > 0; i-- {
			if stack[i].kind == fParen {
				return i
			}
		}
		return 0
	}
	for k := 0; k < len(toks); {
		t := &toks[k]
		top := stack[len(stack)-1].id
		if t.kind == tPunct {
			ci.id[k] = top
			switch n := t.norm; {
			case pm[k] > k && opener(n) != "":
				if onlyDate(toks, spans, k+1, pm[k]) {
					// "(le 20 mai dernier)": part of the clause around it
					for p := k + 1; p <= pm[k]; p++ {
						ci.id[p] = top
					}
					k = pm[k] + 1
					continue
				}
				push(fParen, k, opener(n))
				ci.id[k] = stack[len(stack)-1].id
			case pm[k] >= 0 && pm[k] < k:
				for i := len(stack) - 1; i > 0; i-- {
					if stack[i].kind == fParen && stack[i].start == pm[k] {
						ci.id[k] = stack[i].id
						popTo(i, true)
						break
					}
				}
			case n == ",":
				p := parenTop()
				for i := len(stack) - 1; i > p; i-- {
					if stack[i].kind == fComma {
						popTo(i, true)
						break
					}
				}
			case n == ";":
				popTo(parenTop(), false)
			}
			k++
			continue
		}
		if e, j := match(toks, k, sClause); e != nil && e.val == "coord" && !(k > 0 && (toks[k-1].norm == "'" || has(toks, k-1, sDeterminer))) {
			// a new coordinate clause: it ends the clauses opened inside
			// the one before it, and a previous coordinate clause
			p := parenTop()
			for i := len(stack) - 1; i > p; i-- {
				if stack[i].kind == fCoord || stack[i].kind == fOpen || stack[i].kind == fInf {
					popTo(i, true)
				}
			}
			push(fCoord, k, "")
			for ; k < j; k++ {
				ci.id[k] = stack[len(stack)-1].id
			}
			continue
		}
		if j, inf, ok := subordAt(lx, toks, k, stack[len(stack)-1].start, spans); ok {
			kind := fOpen
			if inf {
				kind = fInf
			} else if k == 0 || toks[k-1].kind == tPunct && (toks[k-1].norm == "," || toks[k-1].norm == ";" || opener(toks[k-1].norm) != "") {
				kind = fComma
			}
			push(kind, k, "")
			for ; k < j; k++ {
				ci.id[k] = stack[len(stack)-1].id
			}
			continue
		}
		ci.id[k] = top
		k++
	}
	return ci
}

// onlyDate reports whether tokens [s, e) are a time expression, give or
// take one short word or mark ("(en 1998)").
func onlyDate(toks []tok, spans [][2]int, s, e int) bool {
	for _, sp := range spans {
		if sp[0] < s || sp[1] > e {
			continue
		}
		switch (sp[0] - s) + (e - sp[1]) {
		case 0:
			return true
		case 1:
			p := s
			if sp[0] == s {
				p = e - 1
			}
			return len(toks[p].norm) <= 4
		}
	}
	return false
}

// subordAt reports whether a clause opens at token k: a [subord] word (a
// weak one only when it is not comparative, restrictive or a cleft) or an
// [infclause] word before an infinitive (inf); it returns the index after
// the opening words. from is the first token of the current clause.
func subordAt(lx *lexicon, toks []tok, k, from int, spans [][2]int) (int, bool, bool) {
	if e, j := match(toks, k, sSubord); e != nil {
		if e.val != "weak" {
			return j, false, true
		}
		if has(toks, k-1, sSubordnot) {
			return k, false, false
		}
		// ne … que
		neg := false
		for p := from; p < k; p++ {
			if n, _ := match(toks, p, sNegation); n != nil {
				neg = n.val == "open"
			}
		}
		if neg {
			return k, false, false
		}
		if cleft(toks, k, spans) {
			return k, false, false
		}
		return j, false, true
	}
	if _, j := match(toks, k, sInfclause); j > k {
		p := j
		for n := 0; n < 3; n++ {
			if c, j2 := match(toks, p, sClitic); c != nil {
				p = j2
				continue
			}
			break
		}
		if p < len(toks) && isInfinitive(lx, &toks[p]) {
			return j, true, true
		}
	}
	return k, false, false
}

// cleft: the weak word at k comes right after dates (within three tokens
// of the last one) that a [cleft] verb introduces: "c'est le 20 octobre
// que", "c'est aujourd'hui, à 18 h 15 UTC, que", "it was on Monday that".
func cleft(toks []tok, k int, spans [][2]int) bool {
	near, w := false, k
	for _, sp := range spans {
		if sp[1] <= k && sp[1] >= k-3 {
			near = true
		}
		if sp[1] <= k && sp[1] >= k-12 && sp[0] < w {
			w = sp[0]
		}
	}
	if !near {
		return false
	}
	for p := w - 1; p >= 0 && p >= w-3; p-- {
		if has(toks, p, sCleft) {
			return true
		}
	}
	return false
}

// isInfinitive: a lower-case word with an [infsuffix] ending that is not a
// [notverb] word nor any other word of the lexicon.
func isInfinitive(lx *lexicon, t *tok) bool {
	if t.kind != tWord || t.upper || len(t.norm) < 4 || t.ents != nil {
		return false
	}
	for _, suf := range lx.suffix["infsuffix"] {
		if strings.HasSuffix(t.norm, suf) {
			return true
		}
	}
	return false
}

// pairs matches brackets and quotes: pm[k] is the index of the token
// closing (or opening) the one at k, -1 for other tokens and unmatched
// marks.
func pairs(toks []tok) []int {
	pm := make([]int, len(toks))
	var open []int
	for k := range toks {
		pm[k] = -1
		t := &toks[k]
		if t.kind != tPunct {
			continue
		}
		n := t.norm
		if n == "\"" {
			if len(open) > 0 && toks[open[len(open)-1]].norm == "\"" {
				o := open[len(open)-1]
				open = open[:len(open)-1]
				pm[o], pm[k] = k, o
			} else {
				open = append(open, k)
			}
			continue
		}
		if opener(n) != "" {
			open = append(open, k)
			continue
		}
		if isCloser(n) {
			for i := len(open) - 1; i >= 0; i-- {
				if opener(toks[open[i]].norm) == n {
					pm[open[i]], pm[k] = k, open[i]
					open = open[:i]
					break
				}
			}
		}
	}
	return pm
}

// segment gives the delimiters around tokens [s, e): the nearest comma,
// semicolon, colon or unmatched bracket before s (-1 for the start) and
// after e (len(toks) for the end); bracketed groups in between are
// skipped.
func segment(toks []tok, pm []int, s, e int) (int, int) {
	L := -1
	for p := s - 1; p >= 0; p-- {
		if pm[p] >= 0 && pm[p] < p {
			p = pm[p]
			continue
		}
		if delim(&toks[p]) {
			L = p
			break
		}
	}
	R := len(toks)
	for p := e; p < len(toks); p++ {
		if pm[p] > p {
			p = pm[p]
			continue
		}
		if delim(&toks[p]) {
			R = p
			break
		}
	}
	return L, R
}

func delim(t *tok) bool {
	if t.kind != tPunct {
		return false
	}
	return t.norm == "," || t.norm == ";" || t.norm == ":" || opener(t.norm) != "" || isCloser(t.norm)
}

// apposition reports whether the segment between delimiters L and R is an
// incise that is not a clause of the sentence: a comma before it, a comma
// or a closing bracket after it, no date at its start (", le 20 octobre,"
// belongs to the clause around it) and no auxiliary or other tense word
// outside dates (", a préféré être prudent," is a clause).
func apposition(toks []tok, spans [][2]int, L, R int) bool {
	if L < 0 || toks[L].norm != "," || R >= len(toks) || !(toks[R].norm == "," || isCloser(toks[R].norm)) {
		return false
	}
	for _, sp := range spans {
		if sp[0] > L && sp[0] <= L+2 {
			return false
		}
	}
next:
	for p := L + 1; p < R; p++ {
		for _, sp := range spans {
			if p >= sp[0] && p < sp[1] {
				continue next
			}
		}
		if has(toks, p, sPast) || has(toks, p, sFuture) {
			return false
		}
	}
	return true
}

// fronted reports whether the expression at tokens [t0, t1) opens the
// sentence, set off by a comma ("Mardi, …", "Début août, …").
func fronted(toks []tok, pm []int, t0, t1 int) bool {
	L, R := segment(toks, pm, t0, t1)
	return L < 0 && t0 <= 1 && R < len(toks) && toks[R].norm == ","
}

const (
	govNo     = iota
	govYes    // same clause
	govParent // the event is in an infinitive clause, the date in the clause it depends on; or a coordinate clause after a fronted date
)

// governs tells whether the expression at tokens [t0, t1) may date the
// event at tokens [a0, a1): same clause, or the clause an infinitive
// clause depends on ("se rendra demain à Kaboul pour rencontrer"), or a
// date opening the sentence before a coordinate clause ("Mardi, …, mais
// … a refusé"); and no apposition between them (see EventDate).
func (ci clauseInfo) governs(toks []tok, pm []int, spans [][2]int, t0, t1, a0, a1 int) int {
	ct, ca := ci.id[t0], ci.id[a0]
	g := govYes
	if ct != ca {
		switch {
		case ci.kind[ca] == fInf && ci.parent[ca] == ct:
		case ci.kind[ca] == fCoord && ci.parent[ca] == ct && t1 <= a0 && fronted(toks, pm, t0, t1):
		default:
			return govNo
		}
		g = govParent
	}
	switch {
	case t1 <= a0:
		// a date inside an apposition before the event
		if L, R := segment(toks, pm, t0, t1); R < a0 && apposition(toks, spans, L, R) {
			return govNo
		}
	case a1 <= t0:
		// an event inside an apposition, a date after it
		if L, R := segment(toks, pm, a0, a1); R < t0 && apposition(toks, spans, L, R) {
			return govNo
		}
	}
	return g
}
