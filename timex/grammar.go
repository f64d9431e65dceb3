package timex

import (
	"strconv"
	"time"

	"github.com/dyadproject/dyad"
)

// res is one recognised expression: tokens [s, e) of the sentence.
type res struct {
	s, e     int
	typ, val string
	// fromBase: the date part came from the last date of the text (clock
	// times, "dans la soirée"); a full date later in the same sentence
	// wins ("Vers 2 h 15, samedi, ...").
	fromBase bool
}

// ctx is the per-document state of the grammar; it lives on the stack of
// one Process call (the Tagger itself is read-only and shared).
type ctx struct {
	lx        *lexicon
	text      string
	toks      []tok
	anchor    dyad.Date
	last      dyad.Date   // last day-level date mentioned so far (lendemain, veille, clock times)
	lastAny   dyad.Date   // last date of any granularity mentioned so far ("l'année suivante")
	lastMonth dyad.Date   // last month-level (or finer) date mentioned so far ("le 15")
	now       dyad.Date   // today, for a document without a publication date; else zero
	stated    []dyad.Date // (undated, second pass) the dates the text states with their year
	wdHit     bool        // (undated) a weekday with day and month was resolved
	wdRedo    redoPoint   // (undated) where the first such weekday date is
	// first sentence whose expressions depend on the anchor (-1: none),
	// the length of the output and the state before it (undated documents)
	redo, redoAt int
	redoState    [3]dyad.Date
	en           bool
}

const (
	dirNone = 0
	dirPast = -1
	dirNext = 1
)

// ---- small token helpers ----

func (c *ctx) norm(i int) string {
	if i < 0 || i >= len(c.toks) {
		return ""
	}
	return c.toks[i].norm
}

func (c *ctx) isNum(i int) bool { return i >= 0 && i < len(c.toks) && c.toks[i].kind == tNum }

func (c *ctx) glued(i int) bool { return i < len(c.toks) && !c.toks[i].space }

func (c *ctx) punct(i int, p string) bool {
	return i >= 0 && i < len(c.toks) && c.toks[i].kind == tPunct && c.toks[i].norm == p
}

// number reads a cardinal: digits, "30,4" or number words; it returns the
// value and the index after it.
func (c *ctx) number(i int) (float64, int, bool) {
	if c.isNum(i) {
		t := c.toks[i]
		v := float64(t.num)
		j := i + 1
		// thousands written with spaces: 15 000, 1 200 000
		for t.ndig <= 3 && c.isNum(j) && c.toks[j].ndig == 3 && c.toks[j].space {
			v = v*1000 + float64(c.toks[j].num)
			j++
		}
		// decimal comma or point glued on both sides: 30,4
		if (c.punct(j, ",") || c.punct(j, ".")) && c.glued(j) && c.isNum(j+1) && c.glued(j+1) && c.toks[j+1].ndig <= 2 {
			f, _ := strconv.ParseFloat("0."+c.toks[j+1].norm, 64)
			v += f
			j += 2
		}
		return v, j, true
	}
	if e, j := match(c.toks, i, sNumber); e != nil {
		v := e.n
		// "quarante cinq", "vingt et un", "thirty-five": tens then units
		if v >= 20 && v < 100 && v%10 == 0 {
			k := j
			if c.punct(k, "-") || c.norm(k) == "et" || c.norm(k) == "and" {
				k++
			}
			if u, j2 := match(c.toks, k, sNumber); u != nil && u.n >= 1 && u.n <= 9 && (k > j || c.toks[k].space) {
				if !(c.toks[k].norm == "un" || c.toks[k].norm == "une" || c.toks[k].norm == "a" || c.toks[k].norm == "an") || k > j {
					v, j = v+u.n, j2
				}
			}
		}
		return float64(v), j, true
	}
	return 0, i, false
}

// dayNum reads a day of month: 1..31 with an optional glued ordinal suffix
// (1er, 2e) or an ordinal word (premier).
func (c *ctx) dayNum(i int) (int, int, bool) {
	if c.isNum(i) && c.toks[i].ndig <= 2 {
		d := c.toks[i].num
		if d < 1 || d > 31 {
			return 0, i, false
		}
		j := i + 1
		if j < len(c.toks) && c.glued(j) && c.toks[j].kind == tWord && has(c.toks, j, sOrdend) {
			j++
		}
		return d, j, true
	}
	if e, j := match(c.toks, i, sOrdinal); e != nil && e.n == 1 {
		return 1, j, true
	}
	return 0, i, false
}

// year reads a four-digit year (or a two-digit one when short is true:
// "octobre 98").
func (c *ctx) year(i int, short bool) (int, int, bool) {
	if !c.isNum(i) {
		if short && c.punct(i, "'") && c.isNum(i+1) && c.toks[i+1].ndig == 2 {
			return c.twoDigit(c.toks[i+1].num), i + 2, true
		}
		return 0, i, false
	}
	t := c.toks[i]
	if t.ndig == 4 && t.num >= 1000 && t.num <= 2100 {
		// not the start of a bigger number or a clock time
		if c.isNum(i+1) && c.toks[i+1].ndig == 3 {
			return 0, i, false
		}
		return t.num, i + 1, true
	}
	if short && t.ndig == 2 && !(i+1 < len(c.toks) && c.toks[i+1].kind == tWord && c.glued(i+1)) {
		if i+1 < len(c.toks) && (c.has(i+1, sUnit) || c.norm(i+1) == "h") {
			return 0, i, false
		}
		return c.twoDigit(t.num), i + 1, true
	}
	return 0, i, false
}

func (c *ctx) twoDigit(n int) int {
	ref := 2000
	if !c.anchor.IsZero() {
		ref = c.anchor.Year
	}
	y := ref/100*100 + n
	if y > ref+10 {
		y -= 100
	}
	return y
}

func (c *ctx) has(i int, sec sec) bool { return has(c.toks, i, sec) }

// month reads a month name. Ambiguous English names (may, march) need a
// capital letter or a number next to them.
func (c *ctx) month(i int) (int, int, bool) {
	e, j := match(c.toks, i, sMonth)
	if e == nil {
		return 0, i, false
	}
	t := c.toks[i]
	// abbreviations (janv, oct, sept): next to a day number or a year; a
	// capital alone counts, except for a French one opening the sentence
	// ("Sept partis ..." is the number seven)
	if len(t.norm) <= 4 && e.words[0] != foldMonthFull(c, e.n, t.norm) {
		if !(t.upper && (c.en || i > 0) || c.punct(j, ".") || c.isNum(j) || c.isNum(i-1) || c.punct(i-1, "-") && c.isNum(i-2)) {
			return 0, i, false
		}
		if c.punct(j, ".") && c.glued(j) {
			j++
		}
	}
	// "le Champ de Mars", "la place de Mai": part of a name
	if !c.en && t.upper && i >= 2 && (c.norm(i-1) == "de" || c.norm(i-1) == "du") && c.toks[i-2].upper && !c.isNum(j) {
		return 0, i, false
	}
	if c.en && (t.norm == "may" || t.norm == "march" || t.norm == "sat" || t.norm == "sun") {
		if !t.upper && !c.isNum(j) && !c.isNum(i-1) {
			return 0, i, false
		}
		if t.upper && i == 0 && !c.isNum(j) {
			return 0, i, false
		}
	}
	return e.n, j, true
}

// foldMonthFull returns w when w is a full month name (longer than its
// abbreviations), so that "mai", "mars", "juin" need no capital.
func foldMonthFull(c *ctx, m int, w string) string {
	switch w {
	case "mai", "mars", "juin", "aout", "may", "june", "july":
		return w
	}
	return ""
}

// ---- date arithmetic ----

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

func fromTime(t time.Time) dyad.Date {
	return dyad.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}
