// Package timex finds time expressions in French and English text and
// normalises them as ISO-TimeML TIMEX3 values against the publication date.
//
// Language knowledge lives in data/fr.txt and data/en.txt (documented at
// their top); this file and rules.go hold a small grammar over the tagger's
// own tokens (letters, digits and punctuation cut apart, folded with
// text.Fold), so it works whatever package text does with "24.10.2021".
// Offsets are byte offsets into Document.Text.
//
// Choices:
//   - tense: the nearest cue within 8 tokens before / 6 after the
//     expression, from the data ([past], [future], past-participle and
//     future endings, an infinitive after "de"/"pour"/a modal counts as
//     future: "a décidé de ramener le 15 janvier"); a deadline ("jusqu'au",
//     "d'ici") ignores the tense. Finite cues are looked for first: an
//     infinitive counts in that pass only in the two words before the
//     expression or after a [future] word ("doit s'ouvrir ... le 2 août"),
//     otherwise ("sont arrivés ... lundi pour préparer", purpose) only when
//     no finite cue is in reach; "sont descendus", "est arrivée" (an [etre]
//     participle after its auxiliary) are past.
//   - a bare weekday: past tense or no cue (news mostly report the past) →
//     the latest such day on or before the publication date (the
//     publication day itself counts); future → the first on or after it;
//     "dernier"/"prochain" exclude the publication day; "ce jeudi" follows
//     the tense too, and without a cue is the Thursday of the publication
//     date's ISO week; "jeudi 19 février"
//     takes the year where that day is a Thursday; "samedi 11" (no month)
//     the month nearest the anchor where the 11th is a Saturday.
//   - no publication date (Doc.Date zero): "jeudi 19 février" takes the
//     most recent year, not after today (Now), in which 19 February is a
//     Thursday (the weekday of a day and month repeats every 6, 11 or 11
//     years: 2026-02-19 when today is 2026-11-26), unless the text states
//     a full date with its year within three months of an earlier such
//     day ("22 mai 2012 … ce mercredi 4 juillet" → 2012-07-04, not
//     2018-07-04). The latest such date, or the latest full date written
//     with its year ("le 12 mars 2024"), not after today, becomes the
//     anchor of the document's other expressions in a second pass ("31
//     janvier" → 2026-01-31); a holiday name ("11-Septembre") or a date
//     counted from another ("le lendemain") never does. Doc.Date stays
//     zero; InferredAnchor gives the anchor used; EventDate still falls
//     back to the (empty) publication date. Without such a date the
//     values stay XXXX-... .
//   - with a month-only publication date (2021-10) a weekday, "hier" or
//     "la veille" get the month (2021-10): the day cannot be known, and a
//     made-up day would be worse; with no date at all they get the TIMEX3
//     pattern XXXX-WXX-5, or PAST_REF/FUTURE_REF/PRESENT_REF.
//   - "le 20 octobre" without a year: of the previous, current and next
//     year, the one nearest the publication date on the side the tense
//     asks for (past: not after it; future: not before it; else nearest).
//     A bare month ("en août") the same at month granularity.
//   - "le 15" (no month): the month of a linked date ("du 8 au 18 mai"),
//     else of the last month mentioned in the text, else of the anchor.
//   - "il y a une dizaine de jours" → the date that many days before
//     (2021-10-14); weeks count as 7 days; months and years keep their
//     granularity (il y a un an → 2020). "dans trois jours" likewise.
//   - vague quantities ("quelques mois") are durations PXM; ages ("un
//     garçon de 9 ans", "âgé d'environ 18 ans") are not tagged.
//   - "le lendemain"/"la veille" and clock times count from the last full
//     date mentioned before them in the document, else the publication
//     date; "l'année suivante" from the last date of any granularity.
//   - a bare season with no tense cue is generic (XXXX-SU, the French
//     TimeBank convention); with a tense it gets a year.
//   - PRESENT_REF/PAST_REF/FUTURE_REF ("actuellement", "autrefois", "à
//     l'avenir") are typed TIME, the French TimeBank convention.
//   - "depuis 2014" is tagged DATE 2014 (the start of a span); EventDate
//     does not take it as the date of the event.
//   - EventDate dates an event only with an expression of its own clause:
//     subordinate clauses (qui, que, lorsque, alors que, which, when...),
//     infinitive clauses (pour entrer), coordinate clauses (mais, but),
//     brackets, quotes and appositions separate them; with none, the
//     publication date ("no date" rather than a subordinate one).
package timex

import (
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

// Tagger is the timex stage. It is read-only after New and safe for
// concurrent use.
type Tagger struct {
	lex map[string]*lexicon
	seg *text.Segmenter
}

var (
	loadOnce sync.Once
	lexicons map[string]*lexicon
	loadErr  error
)

func load() (map[string]*lexicon, error) {
	loadOnce.Do(func() {
		lexicons = map[string]*lexicon{}
		for _, l := range []string{"fr", "en"} {
			lx, err := loadLexicon(l)
			if err != nil {
				loadErr = err
				return
			}
			lexicons[l] = lx
		}
	})
	return lexicons, loadErr
}

// New returns the timex stage. It panics if the embedded data is broken
// (a build error, caught by the tests).
func New() *Tagger {
	lx, err := load()
	if err != nil {
		panic("timex: " + err.Error())
	}
	return &Tagger{lex: lx, seg: text.New()}
}

// Name implements dyad.Stage.
func (t *Tagger) Name() string { return "timex" }

func (t *Tagger) lexFor(lang string) *lexicon {
	if lx, ok := t.lex[lang]; ok {
		return lx
	}
	return t.lex["fr"]
}

// Process implements dyad.Stage: it fills a.Times for every sentence.
// When a.Sentences is empty the text is split with text.New().
func (t *Tagger) Process(a *dyad.Analysis) error {
	if a.Doc == nil {
		return nil
	}
	spans := make([]dyad.Span, 0, len(a.Sentences))
	for _, s := range a.Sentences {
		spans = append(spans, s.Span)
	}
	if len(a.Sentences) == 0 {
		spans = t.seg.Sentences(a.Doc.Text, a.Doc.Lang)
	}
	a.Times = append(a.Times, t.Tag(a.Doc.Text, spans, a.Doc.Date, a.Doc.Lang)...)
	if a.Doc.Date.IsZero() {
		a.Anchor = InferredAnchor(a)
		a.Tracef("timex", "no publication date; anchor inferred from the text: %q", a.Anchor.String())
	}
	if a.Trace != nil {
		for _, x := range a.Times {
			a.Tracef("timex", "%q %s %s", x.Text, x.Type, x.Value)
		}
	}
	return nil
}

// Now gives the current time. Documents without a publication date use it
// to find the year of a weekday with a day and month ("jeudi 19 février"):
// the most recent year, not after today, in which that day falls on that
// weekday. Tests replace it; it is read once per Tag call.
var Now = time.Now

// Tag finds the time expressions of the given sentences of text (in
// order), anchored on the publication date anchor. Sentence indexes in the
// result are positions in sentences.
//
// With a zero anchor (no publication date) the text is tagged twice when
// it holds an anchoring date (see InferredAnchor): the second pass takes
// the latest such date as the anchor of the other expressions.
func (t *Tagger) Tag(txt string, sentences []dyad.Span, anchor dyad.Date, lang string) []dyad.TimeExpr {
	lx := t.lexFor(lang)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	c := &sc.c
	*c = ctx{lx: lx, text: txt, anchor: anchor, en: lx.lang == "en", redo: -1, wdRedo: redoPoint{si: -1}}
	if anchor.IsZero() {
		c.now = fromTime(Now())
	}
	out := t.tag(c, sc, sentences, 0, nil)
	if c.redo < 0 && c.wdRedo.si < 0 {
		return out
	}
	inf, stated, moved := inferAnchor(lx, txt, out, c.now)
	if inf.IsZero() {
		return out
	}
	// the second pass starts at the first sentence whose expressions
	// depend on the anchor: the ones before it are the same with any
	// anchor, and so is the state they left
	r := redoPoint{c.redo, c.redoAt, c.redoState}
	if moved && c.wdRedo.si >= 0 && (r.si < 0 || c.wdRedo.si < r.si) {
		// a weekday date moves near a date stated later in the text
		r = c.wdRedo
	}
	if r.si < 0 {
		return out
	}
	from, at, st := r.si, r.at, r.state
	*c = ctx{lx: lx, text: txt, anchor: inf, now: c.now, en: c.en, redo: -1, wdRedo: redoPoint{si: -1}, stated: stated,
		last: st[0], lastAny: st[1], lastMonth: st[2]}
	return t.tag(c, sc, sentences, from, out[:at:at])
}

// tag is one pass of the grammar over sentences[from:], appending to out.
// In a document without a publication date (c.now set, c.anchor zero) it
// records in c.redo the first sentence with an expression that an anchor
// would change (XXXX values, PAST_REF for "hier", weekday dates...), with
// the state before it.
func (t *Tagger) tag(c *ctx, sc *scratch, sentences []dyad.Span, from int, out []dyad.TimeExpr) []dyad.TimeExpr {
	lx, txt := c.lx, c.text
	watch := c.anchor.IsZero() && !c.now.IsZero()
	toks, buf := sc.toks, sc.buf
	defer func() { sc.toks, sc.buf = toks[:0], buf[:0] }()
	for si := from; si < len(sentences); si++ {
		sp := sentences[si]
		toks, buf = tokenize(txt, sp.Start, sp.End, toks, buf)
		if !lx.index(toks) {
			continue
		}
		c.toks = toks
		first := len(out)
		state := [3]dyad.Date{c.last, c.lastAny, c.lastMonth}
		var based []int // indexes in out of fromBase expressions of this sentence
		for i := 0; i < len(toks); {
			if !trigger(toks, i) {
				i++
				continue
			}
			c.wdHit = false
			r, ok := c.longest(i)
			if !ok {
				i++
				continue
			}
			s, e := toks[r.s].s, toks[r.e-1].e
			if r.fromBase {
				based = append(based, len(out))
			}
			// PRESENT_REF, PAST_REF, FUTURE_REF are typed TIME, as in the
			// French TimeBank
			if strings.HasSuffix(r.val, "_REF") {
				r.typ = "TIME"
			}
			if watch && c.redo < 0 && anchorDependent(r.typ, r.val) {
				c.redo, c.redoAt, c.redoState = si, first, state
			}
			// a weekday date may move when the text states a year later on
			if watch && c.wdRedo.si < 0 && c.wdHit {
				c.wdRedo = redoPoint{si, first, state}
			}
			out = append(out, dyad.TimeExpr{Span: dyad.Span{Start: s, End: e}, Text: txt[s:e], Type: r.typ, Value: r.val, Sentence: si})
			if isDay(r.val) && !r.fromBase {
				c.last = dateOf(r.val)
			}
			if !r.fromBase && r.typ != "DURATION" && r.typ != "SET" {
				if d := quickDate(r.val); !d.IsZero() {
					c.lastAny = d
					if d.Month > 0 {
						c.lastMonth = dyad.Date{Year: d.Year, Month: d.Month}
					}
				}
			}
			i = r.e
		}
		fixBased(out, first, based)
	}
	return out
}

// redoPoint is where a second pass may start: a sentence, the length of
// the output before it and the state of the grammar there.
type redoPoint struct {
	si, at int
	state  [3]dyad.Date
}

type scratch struct {
	toks []tok
	buf  []byte
	c    ctx
}

var scratchPool = sync.Pool{New: func() any { return &scratch{toks: make([]tok, 0, 64), buf: make([]byte, 0, 512)} }}

// index attaches dictionary entries to the tokens; it reports whether the
// sentence may hold a time expression at all (a word of the lexicon or a
// number).
func (lx *lexicon) index(toks []tok) bool {
	any := false
	for i := range toks {
		sl := lx.first[toks[i].norm]
		t := &toks[i]
		t.ents, t.multi, t.flags, t.one, t.any = sl.ents, sl.multi, sl.flags, 0, 0
		for _, e := range sl.ents {
			t.any |= 1 << e.sec
			if len(e.words) == 1 && accOK(t, e.acc[0]) {
				t.one |= 1 << e.sec
			}
		}
		if toks[i].flags&(flagHead|flagMulti) != 0 || toks[i].kind == tNum {
			any = true
		}
	}
	return any
}

// fixBased gives clock times of a sentence with no full date before them in
// that sentence the date of the first full date after them in it.
func fixBased(out []dyad.TimeExpr, first int, based []int) {
	for _, b := range based {
		before := false
		for k := first; k < b; k++ {
			if isDay(out[k].Value) {
				before = true
			}
		}
		if before {
			continue
		}
		for k := b + 1; k < len(out); k++ {
			if isDay(out[k].Value) && out[k].Type == "DATE" {
				if v := out[b].Value; len(v) > 10 && v[10] == 'T' {
					out[b].Value = out[k].Value[:10] + v[10:]
				}
				break
			}
		}
	}
}

// trigger reports whether the grammar should run at token i.
func trigger(toks []tok, i int) bool {
	t := &toks[i]
	if t.kind == tNum || t.flags&flagHead != 0 {
		return true
	}
	if t.flags&flagMulti != 0 {
		for _, e := range t.multi {
			if matchEntry(toks, i, e) {
				return true
			}
		}
	}
	if t.flags&flagPrefix != 0 {
		for k := i + 1; k <= i+3 && k < len(toks); k++ {
			if toks[k].kind == tNum || toks[k].flags&(flagHead|flagMulti) != 0 {
				return true
			}
		}
	}
	return false
}
