package timex

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Documents without a publication date. A weekday with a day and a month
// ("ce jeudi 19 février") fixes the year (the most recent one, up to
// today, where that day is that weekday, unless a date the text states
// with its year lies within three months of another such day); an
// explicit full date ("le 12 mars 2024") fixes itself. The latest such date, not after today, is the
// document's inferred anchor: the second tagging pass resolves the other
// expressions ("31 janvier", "hier") against it. Doc.Date stays zero: the
// publication date is still unknown.

// InferredAnchor returns the date the tagger used as the anchor of an
// undated document (a.Doc.Date zero): the latest anchoring date of a.Times
// — a full date written with its year, or a weekday with a day and month —
// not after today (Now). It is zero when the document has a publication
// date or no anchoring date. Call it after the timex stage.
func InferredAnchor(a *dyad.Analysis) dyad.Date {
	if a == nil || a.Doc == nil || !a.Doc.Date.IsZero() {
		return dyad.Date{}
	}
	lxs, err := load()
	if err != nil {
		return dyad.Date{}
	}
	lx, ok := lxs[a.Doc.Lang]
	if !ok {
		lx = lxs["fr"]
	}
	d, _, _ := inferAnchor(lx, a.Doc.Text, a.Times, fromTime(Now()))
	return d
}

// anchorDependent reports whether an expression found without an anchor
// may change with one (XXXX values; PAST_REF for "hier", PRESENT_REF for
// "aujourd'hui"); durations and sets never do.
func anchorDependent(typ, v string) bool {
	if v == "" || typ == "DURATION" || typ == "SET" {
		return false
	}
	return strings.IndexByte(v, 'X') >= 0 || strings.HasSuffix(v, "_REF")
}

// inferAnchor returns the latest anchoring date among times, not after
// now (zero when there is none), the dates stated with their year (which
// place the weekday dates: see weekdayYear) and whether a weekday date of
// times moves because of them.
func inferAnchor(lx *lexicon, txt string, times []dyad.TimeExpr, now dyad.Date) (best dyad.Date, stated []dyad.Date, moved bool) {
	var weekday []dyad.Date
	var toks []tok
	var buf []byte
	for i := range times {
		x := &times[i]
		if x.Type != "DATE" && x.Type != "TIME" || !isDay(x.Value) {
			continue
		}
		d := quickDate(x.Value)
		if d.Day == 0 || x.Start < 0 || x.End > len(txt) || x.Start >= x.End {
			continue
		}
		toks, buf = tokenize(txt, x.Start, x.End, toks, buf)
		lx.index(toks)
		switch anchoring(toks, d) {
		case anchorYear:
			stated = append(stated, d)
		case anchorWeekday:
			weekday = append(weekday, d)
		}
	}
	for _, d := range stated {
		if !now.Before(d) && best.Before(d) {
			best = d
		}
	}
	for _, d := range weekday {
		// the year again, now that all the stated dates are known
		wd := int(civil(d.Year, d.Month, d.Day).Weekday())
		if wd == 0 {
			wd = 7
		}
		if v, ok := weekdayYear(d.Month, d.Day, wd, now, stated); ok && quickDate(v) != d {
			d, moved = quickDate(v), true
		}
		if !now.Before(d) && best.Before(d) {
			best = d
		}
	}
	return best, stated, moved
}

const (
	anchorNone = iota
	anchorYear
	anchorWeekday
)

// anchoring tells whether the tokens of an expression valued d state its
// year (anchorYear: a four-digit number equal to the year, a two-digit one
// ending a numeric date, 24.10.21) or fix it by a weekday together with a
// month name and no other number than the day (anchorWeekday).
func anchoring(toks []tok, d dyad.Date) int {
	wd, mo, nums := false, false, 0
	for k := range toks {
		t := &toks[k]
		if t.kind == tNum {
			nums++
			if t.ndig == 4 && t.num == d.Year {
				return anchorYear
			}
			if t.ndig == 2 && t.num == d.Year%100 && nums >= 3 && k == len(toks)-1 {
				return anchorYear
			}
			continue
		}
		if t.any&(1<<sWeekday) != 0 {
			if e, _ := match(toks, k, sWeekday); e != nil {
				wd = true
			}
		}
		if t.any&(1<<sMonth) != 0 {
			if e, _ := match(toks, k, sMonth); e != nil {
				mo = true
			}
		}
	}
	if wd && mo && nums == 1 {
		return anchorWeekday
	}
	return anchorNone
}
