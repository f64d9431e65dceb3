package timex

import (
	"fmt"
	"strconv"
	"strings"
)

// The grammar: each rule looks at token i and returns the expression that
// starts there (ok false when it does not apply). At each position the
// longest expression wins; ties go to the earlier rule in rules().

type rule func(c *ctx, i int) (res, bool)

// ruleDef is a rule and what its first token may be: a token of one of the
// sections in secs, or a number when num is set (a cheap filter).
type ruleDef struct {
	run  rule
	secs uint64
	num  bool
}

func bits(ss ...sec) uint64 {
	var b uint64
	for _, s := range ss {
		b |= 1 << s
	}
	return b
}

var grammar = []ruleDef{
	{(*ctx).rDaynight, bits(sDaynight), false},
	{(*ctx).rNumeric, bits(sArticle, sThis), true},
	{(*ctx).rDate, bits(sArticle, sThis, sWeekday, sMonth, sOrdinal), true},
	{(*ctx).rHoliday, bits(sHoliday, sArticle, sThis), false},
	{(*ctx).rDayOnly, bits(sArticle), true},
	{(*ctx).rAnaphoric, bits(sAnaphoric), false},
	{(*ctx).rDeictic, bits(sDeictic, sTonight), false},
	{(*ctx).rDaypart, bits(sArticle, sThis, sDaypart), false},
	{(*ctx).rWeekday, bits(sArticle, sThis, sWeekday, sLast, sNext, sLastanaph, sNextanaph), false},
	{(*ctx).rPart, bits(sPart, sArticle), false},
	{(*ctx).rMonth, bits(sArticle, sThis, sUnit, sMonth, sLast, sNext, sLastanaph, sNextanaph), false},
	{(*ctx).rSeason, bits(sArticle, sThis, sSeason, sLast, sNext, sLastanaph, sNextanaph), false},
	{(*ctx).rRelUnit, bits(sArticle, sThis, sUnit, sLast, sNext, sLastanaph, sNextanaph), false},
	{(*ctx).rPlural, bits(sArticle, sThis, sVague, sDecade, sLast, sNext, sLastanaph, sNextanaph, sNumber), true},
	{(*ctx).rQuarter, bits(sArticle, sThis, sOrdinal), false},
	{(*ctx).rDecade, bits(sDecade), true},
	{(*ctx).rCentury, bits(sArticle, sThis), true},
	{(*ctx).rYear, bits(sYearnoun), true},
	{(*ctx).rQuant, bits(sApproxmod, sNumber, sApprox, sVague, sUnitnoun, sArticle, sFraction), true},
	{(*ctx).rClock, bits(sClock, sNumber), true},
	{(*ctx).rSet, bits(sSet, sPer, sSetadj), false},
	{(*ctx).rRef, bits(sRef), false},
}

// longest returns the best expression starting at token i.
func (c *ctx) longest(i int) (res, bool) {
	var best res
	found := false
	t := &c.toks[i]
	num := t.kind == tNum
	for k := range grammar {
		g := &grammar[k]
		if t.any&g.secs == 0 && !(num && g.num) {
			continue
		}
		if x, ok := g.run(c, i); ok && x.e > i && (!found || x.e > best.e) {
			best, found = x, true
		}
	}
	return best, found
}

// optional determiner: article or demonstrative
func (c *ctx) det(i int) (int, bool, bool) {
	if c.has(i, sArticle) {
		return i + 1, true, false
	}
	if e, j := match(c.toks, i, sArticle); e != nil {
		return j, true, false
	}
	if c.has(i, sThis) {
		return i + 1, true, true
	}
	return i, false, false
}

// dirAfter reads "dernier"/"prochain" at k.
func (c *ctx) dirAfter(k int) (int, int) {
	d, j, _ := c.dirAfterA(k)
	return d, j
}

// dirAfterA also tells whether the word counts from the last date of the
// text ("suivant", "précédent") rather than from the publication date.
func (c *ctx) dirAfterA(k int) (int, int, bool) {
	if e, j := match(c.toks, k, sLast); e != nil {
		return dirPast, j, false
	}
	if e, j := match(c.toks, k, sNext); e != nil {
		return dirNext, j, false
	}
	if e, j := match(c.toks, k, sLastanaph); e != nil {
		return dirPast, j, true
	}
	if e, j := match(c.toks, k, sNextanaph); e != nil {
		return dirNext, j, true
	}
	return dirNone, k, false
}

// ---- full dates ----

// dateCore reads [weekday[,]] day month [year] | month day[,] [year] |
// day of month [year]; it returns the tokens' end, the parts and whether a
// weekday was read.
func (c *ctx) dateCore(k int) (end, y, m, d, wd int, ok bool) {
	if w, j, okw := c.weekdayName(k); okw {
		wd, k = w, j
		if c.punct(k, ",") || c.punct(k, "-") && c.glued(k) {
			k++
		}
	}
	dash := false // 05-Aug-2016
	if dd, j, okd := c.dayNum(k); okd {
		if c.en && c.norm(j) == "of" {
			j++
		} else if (c.punct(j, "-") || c.punct(j, "/")) && c.glued(j) && c.glued(j+1) && !c.isNum(j+1) {
			j, dash = j+1, true
		}
		if mm, j2, okm := c.month(j); okm {
			d, m, end, ok = dd, mm, j2, true
		}
	}
	if !ok {
		if mm, j, okm := c.month(k); okm {
			if dd, j2, okd := c.dayNum(j); okd && !c.punct(j2, ":") && c.norm(j2) != "h" && !c.has(j2, sUnit) {
				d, m, end, ok = dd, mm, j2, true
			}
		}
	}
	if !ok {
		return
	}
	j := end
	if c.punct(j, ",") || dash && c.punct(j, "-") && c.glued(j) {
		j++
	}
	if yy, j2, oky := c.year(j, j == end); oky {
		y, end = yy, j2
	}
	if y > 0 && !validDay(y, m, d) || d > 31 || dash && y == 0 && !c.en && c.toks[end-1].upper {
		// "11-Septembre" (capital, no year) is a name (see [holiday]);
		// "le 17-mai" is a date
		ok = false
	}
	return
}

func (c *ctx) weekdayName(i int) (int, int, bool) {
	e, j := match(c.toks, i, sWeekday)
	if e == nil {
		return 0, i, false
	}
	t := c.toks[i]
	// abbreviations (mer, jeu, sam) need a day number after them
	if len(e.words) == 1 && len(t.norm) <= 4 && c.lx.days[e.n] != t.norm && !(c.isNum(j) || c.punct(j, ".") && c.isNum(j+1)) {
		return 0, i, false
	}
	if c.punct(j, ".") && c.glued(j) && len(t.norm) <= 4 {
		j++
	}
	// plural "jeudis"
	return e.n, j, true
}

func (c *ctx) rDate(i int) (res, bool) {
	k, _, this := c.det(i)
	if c.norm(k) == "meme" {
		k++
	}
	end, y, m, d, wd, ok := c.dateCore(k)
	if !ok {
		return res{}, false
	}
	dir, j := c.dirAfter(end)
	if y > 0 {
		return res{i, end, "DATE", fmt.Sprintf("%04d-%02d-%02d", y, m, d), false}, true
	}
	// "le 15 septembre de l'an prochain", "May 1 next year": the year of
	// a relative year after it
	k2 := end
	if n := c.norm(k2); n == "de" || n == "d" {
		k2++
		if c.punct(k2, "'") {
			k2++
		}
	}
	if k2 < len(c.toks) {
		if x, okx := c.rRelUnit(k2); okx && len(x.val) == 4 && x.val[0] >= '0' && x.val[0] <= '9' {
			if yy := quickDate(x.val).Year; yy > 0 && validDay(yy, m, d) {
				return res{i, x.e, "DATE", fmt.Sprintf("%04d-%02d-%02d", yy, m, d), false}, true
			}
		}
	}
	if wd > 0 {
		if v, okw := c.dayMonthWeekday(m, d, wd); okw {
			return res{i, end, "DATE", v, false}, true
		}
	}
	forced := dir != dirNone
	if !forced {
		dir = c.tense(i, end)
		j = end
	}
	_ = this
	return res{i, j, "DATE", c.dayMonth(m, d, dir, forced), false}, true
}

// rDayOnly: a day number without a month, "le 15", "du 8 au 18 mai",
// "les 11 et 12 janvier": the month (and year) come from a full date
// linked to it, else from the last month mentioned in the text, else from
// the anchor (the latest such day on or before it unless the tense is
// future).
func (c *ctx) rDayOnly(i int) (res, bool) {
	k := i
	if c.has(i, sArticle) {
		k = i + 1
	} else if n := c.norm(i - 1); !c.isNum(i) || !(n == "du" || n == "au" || n == "le" || n == "les" || n == "the") {
		return res{}, false
	}
	if !c.isNum(k) {
		return res{}, false
	}
	d, j, ok := c.dayNum(k)
	if !ok || c.has(j, sMonth) {
		return res{}, false
	}
	// a linked full date lends its month: "du 8 au 18 mai 2025"
	if e, j2 := match(c.toks, j, sDaylink); e != nil {
		k2, _, _ := c.det(j2)
		if _, y, m, _, _, okd := c.dateCore(k2); okd {
			if y > 0 {
				if !validDay(y, m, d) {
					return res{}, false
				}
				return res{i, j, "DATE", fmt.Sprintf("%04d-%02d-%02d", y, m, d), false}, true
			}
			return res{i, j, "DATE", c.dayMonth(m, d, c.tense(i, j), false), false}, true
		}
	}
	// otherwise only when a punctuation mark, the end or a place follows,
	// and not in an address ("le 24, avenue Jean-Jaurès")
	if c.has(j+1, sStreet) || c.punct(j, ",") && c.has(j+2, sStreet) {
		return res{}, false
	}
	if j < len(c.toks) {
		nx := c.toks[j]
		switch {
		case nx.kind == tPunct && (nx.norm == "," || nx.norm == ";" || nx.norm == ")" || nx.norm == "»" || nx.norm == "!" || nx.norm == "?" ||
			nx.norm == "." && !c.isNum(j+1)):
		case nx.kind == tWord && nx.acc && nx.norm == "a" || nx.norm == "dans" || nx.norm == "en" && !c.isNum(j+1):
		case (nx.norm == "et" || nx.norm == "puis" || nx.norm == "ou" || nx.norm == "and") && !c.isNum(j+1) && !c.isNum(j+2):
		default:
			return res{}, false
		}
	}
	if !c.lastMonth.IsZero() {
		if !validDay(c.lastMonth.Year, c.lastMonth.Month, d) {
			return res{}, false
		}
		return res{i, j, "DATE", fmt.Sprintf("%04d-%02d-%02d", c.lastMonth.Year, c.lastMonth.Month, d), false}, true
	}
	a := c.anchor
	switch {
	case a.IsZero():
		return res{i, j, "DATE", fmt.Sprintf("XXXX-XX-%02d", d), false}, true
	case a.Month == 0:
		return res{}, false
	case a.Day == 0:
		if !validDay(a.Year, a.Month, d) {
			return res{}, false
		}
		return res{i, j, "DATE", fmt.Sprintf("%04d-%02d-%02d", a.Year, a.Month, d), false}, true
	}
	first := civil(a.Year, a.Month, 1)
	if tn := c.tense(i, j); tn == dirNext && d < a.Day {
		first = first.AddDate(0, 1, 0)
	} else if tn != dirNext && d > a.Day {
		first = first.AddDate(0, -1, 0)
	}
	if !validDay(first.Year(), int(first.Month()), d) {
		return res{}, false
	}
	return res{i, j, "DATE", fmtDay(civil(first.Year(), int(first.Month()), d)), false}, true
}

func (c *ctx) rDaynight(i int) (res, bool) {
	e, j := match(c.toks, i, sDaynight)
	if e == nil {
		return res{}, false
	}
	x, ok := c.rDate(j)
	if !ok || !isDay(x.val) {
		// "la nuit de vendredi à samedi"
		if x, ok = c.rWeekday(j); !ok || !isDay(x.val) || x.typ != "DATE" {
			return res{}, false
		}
	}
	return res{i, x.e, "TIME", x.val[:10] + "T" + e.val, false}, true
}

// rNumeric: 24.10.2021, 18 - 12 - 2020, 2021-10-22, 10/24/2021 (English).
func (c *ctx) rNumeric(i int) (res, bool) {
	k, isDet, _ := c.det(i)
	if c.isNum(k) && c.punct(k+1, "/") && c.isNum(k+2) && !(c.punct(k+3, "/") && c.isNum(k+4)) &&
		c.glued(k+1) && c.glued(k+2) && c.toks[k].ndig <= 2 && c.toks[k+2].ndig <= 2 &&
		(isDet || c.toks[k].ndig == 2 && c.toks[k+2].ndig == 2) && !c.isNum(k-1) {
		// day/month without a year: 22/04, le 2/3 (month/day in English)
		d, m := c.toks[k].num, c.toks[k+2].num
		if c.en && d <= 12 {
			d, m = m, d
		}
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return res{}, false
		}
		return res{i, k + 3, "DATE", c.dayMonth(m, d, c.tense(i, k+3), false), false}, true
	}
	// month and year: 2016-11, 11/2016, 2015.3
	if c.isNum(k) && c.isNum(k+2) && !(c.isNum(k+4) && c.punct(k+3, c.norm(k+1))) && !c.isNum(k-1) && !((c.punct(k-1, "/") || c.punct(k-1, "-") || c.punct(k-1, ".")) && c.isNum(k-2)) {
		if sep := c.norm(k + 1); sep == "/" || sep == "-" || sep == "." {
			a, b := c.toks[k], c.toks[k+2]
			y, m := 0, 0
			switch {
			case a.ndig == 4 && b.ndig <= 2:
				y, m = a.num, b.num
			case a.ndig <= 2 && b.ndig == 4 && sep != ".":
				y, m = b.num, a.num
			}
			if y >= 1000 && y <= 2100 && m >= 1 && m <= 12 && !(c.punct(k+3, sep) || c.punct(k+3, ",") && c.glued(k+3) && c.isNum(k+4)) {
				return res{i, k + 3, "DATE", fmt.Sprintf("%04d-%02d", y, m), false}, true
			}
		}
	}
	if !c.isNum(k) || !c.isNum(k+2) || !c.isNum(k+4) {
		return res{}, false
	}
	sep := c.norm(k + 1)
	if sep != "." && sep != "/" && sep != "-" || c.norm(k+3) != sep || c.toks[k+1].kind != tPunct {
		return res{}, false
	}
	a, b, z := c.toks[k], c.toks[k+2], c.toks[k+4]
	var y, m, d int
	switch {
	case a.ndig == 4 && b.ndig <= 2 && z.ndig <= 2:
		y, m, d = a.num, b.num, z.num
	case a.ndig <= 2 && b.ndig <= 2 && (z.ndig == 4 || z.ndig == 2 && sep != "-"):
		y = z.num
		if z.ndig == 2 {
			y = c.twoDigit(z.num)
		}
		d, m = a.num, b.num
		if c.en && a.num <= 12 || b.num > 12 {
			d, m = b.num, a.num
		}
	default:
		return res{}, false
	}
	// not part of a longer number sequence
	if c.punct(k+5, sep) && c.isNum(k+6) {
		return res{}, false
	}
	if y < 1000 || y > 2100 || !validDay(y, m, d) {
		return res{}, false
	}
	return res{i, k + 5, "DATE", fmt.Sprintf("%04d-%02d-%02d", y, m, d), false}, true
}

func (c *ctx) rHoliday(i int) (res, bool) {
	k := i
	e, j := match(c.toks, k, sHoliday)
	if e == nil {
		k, _, _ = c.det(i)
		if e, j = match(c.toks, k, sHoliday); e == nil {
			return res{}, false
		}
	}
	if len(e.val) == 10 {
		return res{i, j, "DATE", e.val, false}, true
	}
	// an explicit year: "Noël 2020", "fête des pères de 2015", "Pâques en 2018"
	k2 := j
	if n := c.norm(k2); n == "de" || n == "en" || n == "in" || n == "of" {
		k2++
	}
	if y, j2, ok := c.year(k2, false); ok {
		if t, okh := holidayDate(e.val, y); okh {
			return res{i, j2, "DATE", fmtDay(t), false}, true
		}
	}
	if c.anchor.IsZero() {
		var m, d int
		if n, _ := fmt.Sscanf(e.val, "%d-%d", &m, &d); n == 2 {
			return res{i, j, "DATE", fmt.Sprintf("XXXX-%02d-%02d", m, d), false}, true
		}
		return res{}, false
	}
	// the year nearest the anchor on the side the tense asks for; "Noël
	// dernier" / "Pâques prochain" force the side
	tense := c.tense(i, j)
	if d, j2 := c.dirAfter(j); d != dirNone {
		tense, j = d, j2
	}
	best, bestDist := "", 1<<30
	for _, filter := range []bool{true, false} {
		for y := c.anchor.Year - 1; y <= c.anchor.Year+1; y++ {
			t, okh := holidayDate(e.val, y)
			if !okh {
				continue
			}
			var diff int
			if c.anchor.Day > 0 {
				diff = int(t.Sub(anchorTime(c.anchor)).Hours() / 24)
			} else {
				m := c.anchor.Month
				if m == 0 {
					m = 7
				}
				diff = (y*12 + int(t.Month())) - (c.anchor.Year*12 + m)
			}
			if filter && (tense == dirPast && diff > 0 || tense == dirNext && diff < 0) {
				continue
			}
			if diff < 0 {
				diff = -diff
			}
			if diff < bestDist {
				best, bestDist = fmtDay(t), diff
			}
		}
		if best != "" {
			break
		}
	}
	if best == "" {
		return res{}, false
	}
	return res{i, j, "DATE", best, false}, true
}

// rAnaphoric: la veille, le lendemain [du 13 février].
func (c *ctx) rAnaphoric(i int) (res, bool) {
	e, j := match(c.toks, i, sAnaphoric)
	if e == nil {
		return res{}, false
	}
	base := c.base()
	n := c.norm(j)
	if n == "du" || n == "de" || n == "d" || n == "of" {
		k := j + 1
		if n == "d" && c.punct(k, "'") {
			k++
		}
		for _, r := range []rule{(*ctx).rDate, (*ctx).rHoliday, (*ctx).rNumeric} {
			if k >= len(c.toks) {
				break
			}
			if x, ok := r(c, k); ok && isDay(x.val) {
				base, j = dateOf(x.val), x.e
				break
			}
		}
	}
	return res{i, j, "DATE", c.shiftDays(base, e.n), false}, true
}

// rDeictic: hier, aujourd'hui, demain [soir | vendredi].
func (c *ctx) rDeictic(i int) (res, bool) {
	if e, j := match(c.toks, i, sTonight); e != nil {
		typ, v := c.todayPart(e.val)
		return res{i, j, typ, v, false}, true
	}
	e, j := match(c.toks, i, sDeictic)
	if e == nil {
		return res{}, false
	}
	v := c.shiftDays(c.anchor, e.n)
	if dp, j2 := match(c.toks, j, sDaypart); dp != nil && isDay(v) {
		return res{i, j2, "TIME", v + "T" + dp.val, false}, true
	}
	if _, j2, ok := c.weekdayName(j); ok {
		j = j2
	}
	return res{i, j, "DATE", v, false}, true
}

// rDaypart: ce soir, cette nuit, dans la soirée, le matin même.
func (c *ctx) rDaypart(i int) (res, bool) {
	k, isDet, this := c.det(i)
	if c.en && !isDet {
		// "last night", "this evening" (this is a det already)
		if d, j0 := c.dirAfter(k); d == dirPast {
			if dp, j := match(c.toks, j0, sDaypart); dp != nil {
				if v := c.shiftDays(c.anchor, -1); isDay(v) {
					return res{i, j, "TIME", v + "T" + dp.val, false}, true
				}
			}
		}
	}
	dp, j := match(c.toks, k, sDaypart)
	if dp == nil || dp.val == "DT" && !this && c.norm(i-1) != "dans" {
		return res{}, false
	}
	if this && c.norm(i) != "ces" {
		typ, v := c.todayPart(dp.val)
		return res{i, j, typ, v, false}, true
	}
	// "la nuit dernière", "la soirée précédente"
	if isDet && !this {
		if d, j2 := c.dirAfter(j); d != dirNone && !strings.HasSuffix(c.norm(j2-1), "s") {
			if v := c.shiftDays(c.base(), d); isDay(v) {
				return res{i, j2, "TIME", v + "T" + dp.val, false}, true
			}
		}
	}
	if isDet && c.norm(j) == "meme" {
		return res{i, j + 1, "TIME", c.dayBase() + "T" + dp.val, true}, true
	}
	// "dans la soirée", "au cours de la nuit", "en soirée"
	prep := false
	for n := 1; n <= 3 && i-n >= 0; n++ {
		if e, j2 := match(c.toks, i-n, sDaypartprep); e != nil && j2 == i {
			prep = true
		}
	}
	if !prep || !isDet && c.norm(i-1) != "en" {
		return res{}, false
	}
	return res{i, j, "TIME", c.dayBase() + "T" + dp.val, true}, true
}

// rWeekday: [le|ce] vendredi [soir] [dernier|prochain]; last Friday.
func (c *ctx) rWeekday(i int) (res, bool) {
	k, _, this := c.det(i)
	dir, forced := dirNone, false
	if c.en {
		if d, j := c.dirAfter(k); d != dirNone {
			dir, forced, k = d, true, j
		} else if c.has(k, sThis) {
			this, k = true, k+1
		}
	}
	same := false
	if c.norm(k) == "meme" {
		k, same = k+1, true
	}
	wd, j, ok := c.weekdayName(k)
	if !ok {
		return res{}, false
	}
	// "samedi 11": the day number names the date; the month is the one
	// nearest the anchor where that day is that weekday
	if d, j2, okd := c.dayNum(j); okd && c.isNum(j) && !c.punct(j2, ":") && c.norm(j2) != "h" && !c.has(j2, sUnit) &&
		c.norm(j2) != "am" && c.norm(j2) != "pm" && !(c.norm(j2) == "heures" || c.norm(j2) == "heure") &&
		!((c.punct(j2, "/") || c.punct(j2, ".") || c.punct(j2, "-")) && c.isNum(j2+1)) {
		if v, okv := c.dayWeekday(d, wd); okv {
			return res{i, j2, "DATE", v, false}, true
		}
	}
	// plural: a habit ("le mardi" is left a date, "les jeudis" is a set)
	if w := c.norm(j - 1); strings.HasSuffix(w, "s") && !strings.HasSuffix(c.lx.dayName(wd), "s") {
		return res{i, j, "SET", fmt.Sprintf("XXXX-WXX-%d", wd), false}, true
	}
	dp, j2 := match(c.toks, j, sDaypart)
	if dp != nil {
		j = j2
	}
	if !forced {
		if d, j3 := c.dirAfter(j); d != dirNone {
			dir, forced, j = d, true, j3
		}
	}
	if !forced {
		dir = c.tense(i, j)
	}
	v := c.weekday(wd, dir, forced, this)
	// "ce même lundi": the day of the last date mentioned, if it is one
	if same && !c.last.IsZero() && c.last.Day > 0 {
		if w := int(anchorTime(c.last).Weekday()); w == wd || w == 0 && wd == 7 {
			v = c.last.String()
		}
	}
	if dp != nil && isDay(v) {
		return res{i, j, "TIME", v + "T" + dp.val, false}, true
	}
	return res{i, j, "DATE", v, false}, true
}

// rPart: début août, fin octobre, mi-septembre, début 2021, fin de l'année,
// early 2021, late October.
func (c *ctx) rPart(i int) (res, bool) {
	e, k := match(c.toks, i, sPart)
	if e == nil {
		if !c.has(i, sArticle) {
			return res{}, false
		}
		if e, k = match(c.toks, i+1, sPart); e == nil {
			return res{}, false
		}
	}
	// "mi-mars", "fin de", "début d'", "la fin du", "the end of"
	if c.punct(k, "-") && c.glued(k) {
		k++
	}
	if n := c.norm(k); n == "de" || n == "d" || n == "du" || n == "of" {
		k++
		if c.punct(k, "'") {
			k++
		}
	}
	if m, j, ok := c.month(k); ok {
		if y, j2, oky := c.year(j, true); oky {
			return res{i, j2, "DATE", fmt.Sprintf("%04d-%02d", y, m), false}, true
		}
		dir, j2 := c.dirAfter(j)
		forced := dir != dirNone
		if !forced {
			dir = c.tense(i, j)
			j2 = j
		}
		return res{i, j2, "DATE", c.monthOnly(m, dir, forced), false}, true
	}
	if y, j, ok := c.year(k, false); ok {
		return res{i, j, "DATE", fmt.Sprintf("%04d", y), false}, true
	}
	for _, r := range []rule{(*ctx).rDecade, (*ctx).rRelUnit, (*ctx).rMonth, (*ctx).rCentury} {
		if k < len(c.toks) {
			if x, ok := r(c, k); ok && x.val != "" && !strings.HasSuffix(x.val, "_REF") {
				return res{i, x.e, "DATE", x.val, false}, true
			}
		}
	}
	// fin de l'année, la fin du mois, fin de semaine, the end of the year
	k2, _, _ := c.det(k)
	if u, j := match(c.toks, k2, sUnit); u != nil && (u.val == "Y" || u.val == "M" || u.val == "W" || u.val == "CE" || u.val == "DE") {
		dir, j2 := c.dirAfter(j)
		if c.punct(j, "-") && c.norm(j+1) == "ci" {
			j2 = j + 2
		}
		return res{i, j2, "DATE", c.shiftUnit(u.val, dir), false}, true
	}
	return res{}, false
}

// rMonth: [le mois de] octobre [2001 | dernier | prochain]; October 2021.
func (c *ctx) rMonth(i int) (res, bool) {
	k := i
	thisM := false // "ce septembre", "ce mois d'août": the anchor's year
	if c.en {
		if c.has(k, sThis) {
			k, thisM = k+1, true
		}
	}
	k2, isDet, this := c.det(k)
	if u, j := match(c.toks, k2, sUnit); u != nil && u.val == "M" {
		if n := c.norm(j); n == "de" || n == "d" || n == "of" {
			k = j + 1
			if c.punct(k, "'") {
				k++
			}
			thisM = thisM || this
		}
	} else if isDet && this {
		k, thisM = k2, true
	}
	dir, forced := dirNone, false
	if c.en {
		if d, j := c.dirAfter(k); d != dirNone {
			dir, forced, k = d, true, j
		}
	}
	m, j, ok := c.month(k)
	if !ok {
		return res{}, false
	}
	if y, j2, oky := c.year(j, true); oky {
		return res{i, j2, "DATE", fmt.Sprintf("%04d-%02d", y, m), false}, true
	}
	// "décembre, 2018"
	if c.punct(j, ",") {
		if y, j2, oky := c.year(j+1, false); oky {
			return res{i, j2, "DATE", fmt.Sprintf("%04d-%02d", y, m), false}, true
		}
	}
	if !forced {
		if d, j2 := c.dirAfter(j); d != dirNone {
			dir, forced, j = d, true, j2
		}
	}
	if thisM && !forced && c.anchor.Year > 0 {
		return res{i, j, "DATE", fmt.Sprintf("%04d-%02d", c.anchor.Year, m), false}, true
	}
	if !forced {
		dir = c.tense(i, j)
	}
	return res{i, j, "DATE", c.monthOnly(m, dir, forced), false}, true
}

var seasonMonths = map[string][2]int{"SP": {3, 5}, "SU": {6, 8}, "FA": {9, 11}, "WI": {12, 14}}

// rSeason: l'été 2021, cet hiver, l'automne dernier, en été.
func (c *ctx) rSeason(i int) (res, bool) {
	k, isDet, this := c.det(i)
	if c.en && !isDet {
		if d, _ := c.dirAfter(k); d != dirNone {
			k++
		}
	}
	e, j := match(c.toks, k, sSeason)
	if e == nil {
		return res{}, false
	}
	// "le Printemps arabe": a name
	if tk := c.toks[k]; tk.upper && k > 0 && !c.punct(k-1, ".") && tk.e-tk.s > 1 && c.text[tk.s+1] >= 'a' && c.text[tk.s+1] <= 'z' {
		if _, _, oky := c.year(j, false); !oky {
			return res{}, false
		}
	}
	if y, j2, ok := c.year(j, false); ok {
		return res{i, j2, "DATE", fmt.Sprintf("%04d-%s", y, e.val), false}, true
	}
	prep := c.norm(i-1) == "en" || c.norm(i-1) == "in" || c.norm(i-1) == "d" && c.punct(i-1, "'")
	if !isDet && !prep && !(c.en && k > i) {
		return res{}, false
	}
	if c.anchor.IsZero() {
		return res{i, j, "DATE", "XXXX-" + e.val, false}, true
	}
	ay, am := c.anchor.Year, c.anchor.Month
	if am == 0 {
		am = 6
	}
	sm := seasonMonths[e.val]
	dir, j2 := c.dirAfter(j)
	if c.en && k > i {
		dir, _ = c.dirAfter(k - 1)
	}
	switch {
	case this:
		return res{i, j, "DATE", fmt.Sprintf("%04d-%s", ay, e.val), false}, true
	case dir == dirPast:
		y := ay
		if am <= sm[1] {
			y--
		}
		return res{i, j2, "DATE", fmt.Sprintf("%04d-%s", y, e.val), false}, true
	case dir == dirNext:
		y := ay
		if am >= sm[0] {
			y++
		}
		return res{i, j2, "DATE", fmt.Sprintf("%04d-%s", y, e.val), false}, true
	}
	switch c.tense(i, j) {
	case dirPast:
		y := ay
		if am < sm[0] {
			y--
		}
		return res{i, j, "DATE", fmt.Sprintf("%04d-%s", y, e.val), false}, true
	case dirNext:
		y := ay
		if am > sm[1] {
			y++
		}
		return res{i, j, "DATE", fmt.Sprintf("%04d-%s", y, e.val), false}, true
	}
	// present tense, no cue: a generic season (TimeBank convention)
	return res{i, j, "DATE", "XXXX-" + e.val, false}, true
}

// rRelUnit: cette semaine, ce mois-ci, la semaine dernière, l'an dernier,
// l'année prochaine, last week, next month, this year.
func (c *ctx) rRelUnit(i int) (res, bool) {
	k, isDet, this := c.det(i)
	if this && c.norm(i) == "ces" {
		return res{}, false
	}
	if c.en && !isDet {
		if d, j := c.dirAfter(k); d != dirNone {
			if u, j2 := match(c.toks, j, sUnit); u != nil && !strings.HasSuffix(c.norm(j), "s") {
				return res{i, j2, "DATE", c.shiftUnit(u.val, d), false}, true
			}
			return res{}, false
		}
	}
	u, j := match(c.toks, k, sUnit)
	if u == nil {
		return res{}, false
	}
	if this {
		if c.punct(j, "-") && c.norm(j+1) == "ci" {
			j += 2
		}
		if u.val == "D" {
			return res{i, j, "DATE", c.shiftDays(c.anchor, 0), false}, true
		}
		// "ce week-end" in the past tense during the week: the last one
		if u.val == "WE" && c.anchor.Day > 0 && c.tense(i, j) == dirPast {
			if wd := anchorTime(c.anchor).Weekday(); wd >= 1 && wd <= 5 {
				return res{i, j, "DATE", c.shiftUnit(u.val, -1), false}, true
			}
		}
		return res{i, j, "DATE", c.shiftUnit(u.val, 0), false}, true
	}
	d, j2, anaph := c.dirAfterA(j)
	if d == dirNone {
		return res{}, false
	}
	if strings.HasSuffix(c.norm(j2-1), "s") && c.norm(j2-1) != "passe" && c.norm(j2-1) != "mois" {
		return res{}, false
	}
	if u.val == "D" {
		return res{i, j2, "DATE", c.shiftDays(c.base(), d), false}, true
	}
	if anaph && !c.lastAny.IsZero() {
		// "l'année suivante": from the last date of the text
		save := c.anchor
		c.anchor = c.lastAny
		v := c.shiftUnit(u.val, d)
		c.anchor = save
		return res{i, j2, "DATE", v, false}, true
	}
	return res{i, j2, "DATE", c.shiftUnit(u.val, d), false}, true
}

// rPlural: ces derniers jours (PXD), les dix derniers mois (P10M), les
// prochaines semaines (FUTURE_REF), the last two weeks, the coming weeks.
func (c *ctx) rPlural(i int) (res, bool) {
	k := i
	n := c.norm(k)
	if n == "ces" || n == "les" || n == "des" || n == "the" || n == "these" {
		k++
	}
	q, vague := 0.0, true
	if v, j, ok := c.number(k); ok {
		q, vague, k = v, false, j
	}
	d, j := c.dirAfter(k)
	if d == dirNone {
		if !c.en {
			return res{}, false
		}
		if v, j2, ok := c.number(j); ok && k > i {
			q, vague, j = v, false, j2
		}
	} else if c.en && vague {
		if v, j2, ok := c.number(j); ok {
			q, vague, j = v, false, j2
		} else if e, j2 := match(c.toks, j, sVague); e != nil {
			j = j2
		}
	}
	if d == dirNone {
		return res{}, false
	}
	u, j2 := match(c.toks, j, sUnit)
	if u == nil {
		return res{}, false
	}
	if !strings.HasSuffix(c.norm(j2-1), "s") && vague {
		// "the past decade", "the last year": one unit back
		if c.en && d == dirPast && k > i && c.norm(i) == "the" {
			return res{i, j2, "DURATION", duration(1, false, u.val), false}, true
		}
		return res{}, false
	}
	if d == dirNext && vague {
		return res{i, j2, "DATE", "FUTURE_REF", false}, true
	}
	return res{i, j2, "DURATION", duration(q, vague, u.val), false}, true
}

// rQuarter: le premier trimestre 2021, au deuxième semestre, Q1 2021.
func (c *ctx) rQuarter(i int) (res, bool) {
	k, _, this := c.det(i)
	o, j := match(c.toks, k, sOrdinal)
	if o == nil || o.n < 1 {
		if this {
			return res{}, false
		}
		return res{}, false
	}
	u, j2 := match(c.toks, j, sUnit)
	if u == nil || u.val != "Q" && u.val != "HY" {
		return res{}, false
	}
	y := c.anchor.Year
	if n := c.norm(j2); n == "de" || n == "of" {
		if yy, j3, ok := c.year(j2+1, false); ok {
			y, j2 = yy, j3
		}
	} else if yy, j3, ok := c.year(j2, false); ok {
		y, j2 = yy, j3
	}
	if y == 0 {
		// no year and no anchor: the TIMEX3 pattern XXXX-Q3
		if u.val == "Q" && o.n <= 4 {
			return res{i, j2, "DATE", fmt.Sprintf("XXXX-Q%d", o.n), false}, true
		}
		if u.val == "HY" && o.n <= 2 {
			return res{i, j2, "DATE", fmt.Sprintf("XXXX-H%d", o.n), false}, true
		}
		return res{}, false
	}
	if u.val == "Q" && o.n <= 4 {
		return res{i, j2, "DATE", fmt.Sprintf("%04d-Q%d", y, o.n), false}, true
	}
	if u.val == "HY" && o.n <= 2 {
		return res{i, j2, "DATE", fmt.Sprintf("%04d-H%d", y, o.n), false}, true
	}
	return res{}, false
}

// rDecade: les années 1990, les années 90, the 1990s, the '90s.
func (c *ctx) rDecade(i int) (res, bool) {
	if e, j := match(c.toks, i, sDecade); e != nil && !c.en {
		if c.isNum(j) {
			t := c.toks[j]
			if t.ndig == 4 && t.num%10 == 0 {
				return res{i, j + 1, "DATE", fmt.Sprintf("%03d", t.num/10), false}, true
			}
			if t.ndig == 2 && t.num%10 == 0 {
				return res{i, j + 1, "DATE", fmt.Sprintf("%03d", c.twoDigit(t.num)/10), false}, true
			}
		}
		return res{}, false
	}
	if !c.en {
		return res{}, false
	}
	k := i
	if e, j := match(c.toks, k, sDecade); e != nil {
		k = j
	}
	if c.punct(k, "'") {
		k++
	}
	if c.isNum(k) && c.norm(k+1) == "s" && c.glued(k+1) {
		t := c.toks[k]
		if t.ndig == 4 && t.num%10 == 0 {
			return res{i, k + 2, "DATE", fmt.Sprintf("%03d", t.num/10), false}, true
		}
		if t.ndig == 2 && t.num%10 == 0 {
			return res{i, k + 2, "DATE", fmt.Sprintf("%03d", c.twoDigit(t.num)/10), false}, true
		}
	}
	return res{}, false
}

func roman(s string) int {
	v := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	n := 0
	for k := 0; k < len(s); k++ {
		x, ok := v[s[k]]
		if !ok {
			return 0
		}
		if k+1 < len(s) && v[s[k+1]] > x {
			n -= x
		} else {
			n += x
		}
	}
	return n
}

// rCentury: le XXe siècle, le 19e siècle, the 20th century.
func (c *ctx) rCentury(i int) (res, bool) {
	k, _, _ := c.det(i)
	n := 0
	j := k
	if c.isNum(k) && c.toks[k].ndig <= 2 && c.has(k+1, sOrdend) {
		n, j = c.toks[k].num, k+2
	} else if k < len(c.toks) && c.toks[k].kind == tWord && c.toks[k].upper {
		w := c.norm(k)
		for _, suf := range []string{"eme", "e"} {
			if strings.HasSuffix(w, suf) {
				n = roman(strings.TrimSuffix(w, suf))
				break
			}
		}
		j = k + 1
	}
	if n < 1 || n > 21 || !c.has(j, sCentury) {
		return res{}, false
	}
	return res{i, j + 1, "DATE", fmt.Sprintf("%02d", n-1), false}, true
}

// funcPlural: short words ending in s that may follow a year.
var funcPlural = map[string]bool{"les": true, "des": true, "ses": true, "ces": true, "nous": true, "vous": true,
	"ils": true, "elles": true, "mais": true, "puis": true, "dans": true, "sous": true, "sans": true,
	"depuis": true, "alors": true, "plus": true, "moins": true, "apres": true, "tous": true, "toutes": true,
	"lors": true, "jamais": true, "was": true, "has": true, "is": true, "this": true, "as": true, "its": true}

// rYear: l'année 2001, en 2009, depuis 2014, 1975.
func (c *ctx) rYear(i int) (res, bool) {
	if e, j := match(c.toks, i, sYearnoun); e != nil {
		if y, j2, ok := c.year(j, false); ok {
			return res{i, j2, "DATE", fmt.Sprintf("%04d", y), false}, true
		}
	}
	if !c.isNum(i) || c.toks[i].ndig != 4 {
		return res{}, false
	}
	y, j, ok := c.year(i, false)
	if !ok || y < 1500 {
		return res{}, false
	}
	if i > 0 {
		p := c.toks[i-1]
		cue := c.has(i-1, sYearcue)
		if !cue && p.kind == tPunct {
			cue = p.norm != "," && p.norm != "." && p.norm != "-" && p.norm != "+" && p.norm != "$" && p.norm != "€" || c.punct(i-1, ",") && i == 1
			if p.norm == "/" || p.norm == "-" {
				// the second year of a span: "1914-1918", "2001/2002"
				cue = c.isNum(i-2) && c.toks[i-2].ndig == 4 && c.toks[i-2].num < y
			}
		}
		if !cue {
			// the first year of a span "2001-2021" (the second one is cued
			// by its hyphen): a later year, at most two centuries on
			if y2, _, ok := c.year(j+1, false); ok && c.punct(j, "-") && c.glued(j) && c.glued(j+1) && y2 > y && y2-y <= 200 {
				cue = true
			}
		}
		if !cue {
			// sentence start or a capitalised word before ("Paris 2024")
			return res{}, false
		}
	}
	if j < len(c.toks) {
		nx := c.toks[j]
		switch {
		case nx.kind == tNum:
			return res{}, false
		case nx.kind == tPunct && (nx.norm == "%" || nx.norm == "€" || nx.norm == "$"):
			return res{}, false
		case nx.norm == "/" && j+1 < len(c.toks) && c.toks[j+1].kind == tWord: // 1600/2002/CE
			return res{}, false
		case nx.norm == "/" && c.punct(i-1, "/"):
			return res{}, false
		case nx.kind == tWord && !nx.upper && len(nx.norm) > 3 && (strings.HasSuffix(nx.norm, "s") || strings.HasSuffix(nx.norm, "x")) && !funcPlural[nx.norm]:
			return res{}, false
		case nx.kind == tWord && c.has(j, sUnit):
			return res{}, false
		}
	}
	return res{i, j, "DATE", fmt.Sprintf("%04d", y), false}, true
}

// quant reads a quantity: a number, "une dizaine de", or a vague word.
func (c *ctx) quant(k int) (q float64, vague bool, art bool, end int, ok bool) {
	// une dizaine de / a dozen
	k2 := k
	if n := c.norm(k); n == "une" || n == "un" || n == "a" || n == "la" {
		k2 = k + 1
	}
	if e, j := match(c.toks, k2, sApprox); e != nil {
		if n := c.norm(j); n == "de" || n == "d" || n == "of" {
			j++
			if c.punct(j, "'") {
				j++
			}
		}
		return float64(e.n), false, false, j, true
	}
	// un quart de siècle, une demi-heure, half an hour
	if e, j := match(c.toks, k, sFraction); e != nil {
		f, _ := strconv.ParseFloat(e.val, 64)
		return f, false, false, j, f > 0
	}
	if v, j, okn := c.number(k); okn {
		t := c.toks[k]
		art = t.kind == tWord && (t.norm == "un" || t.norm == "une" || t.norm == "a" || t.norm == "an")
		return v, false, art, j, true
	}
	if e, j := match(c.toks, k, sVague); e != nil {
		return 0, true, false, j, true
	}
	return 0, false, false, k, false
}

// rQuant: durations (deux ans, 30,4 secondes, environ une heure, quelques
// mois), "il y a un an", "two years ago", "dans trois jours", "deux jours
// plus tard".
func (c *ctx) rQuant(i int) (res, bool) {
	k := i
	mod := false
	if e, j := match(c.toks, k, sApproxmod); e != nil {
		k, mod = j, true
	}
	// "une dizaine de jours" starts at "une"
	if k == i && c.has(k, sApprox) && (c.norm(k-1) == "une" || c.norm(k-1) == "un" || c.norm(k-1) == "a") {
		return res{}, false
	}
	q, vague, art, j, ok := c.quant(k)
	if !ok {
		if un, j3 := match(c.toks, i, sUnitnoun); un != nil {
			return res{i, j3, "DURATION", un.val, false}, true
		}
		return res{}, false
	}
	if c.isNum(k) && c.toks[k].ndig > 4 {
		return res{}, false
	}
	// "two and a half hours"
	if e, j3 := match(c.toks, j, sHalfafter); e != nil && !vague {
		f, _ := strconv.ParseFloat(e.val, 64)
		q += f
		j = j3
		art = false
	}
	var uval string
	u, j2 := match(c.toks, j, sUnit)
	if u != nil && c.punct(j2, "-") && c.glued(j2) && j2+1 < len(c.toks) && c.toks[j2+1].kind == tWord && c.glued(j2+1) {
		u = nil // "années-lumière": a compound noun
	}
	if u != nil {
		uval = u.val
	} else if un, j3 := match(c.toks, j, sUnitnoun); un != nil && !vague {
		return res{i, j3, "DURATION", un.val, false}, true
	} else {
		return res{}, false
	}
	// "un an et demi", "two and a half years" is read by [fraction] words
	// after the unit: "et demi(e)"
	if e, j3 := match(c.toks, j2, sHalfafter); e != nil && !vague {
		f, _ := strconv.ParseFloat(e.val, 64)
		q += f
		j2 = j3
		art = false
	}
	plural := strings.HasSuffix(c.norm(j2-1), "s") || c.norm(j2-1) == "mois" || q != float64(int(q))
	if vague && !plural {
		return res{}, false
	}
	// "des" is also "de les": "des années" only after a duration
	// preposition (depuis des années) or "il y a"
	if vague && c.norm(k) == "des" && (!c.has(i-1, sDurprep) || uval == "H" || uval == "MIN" || uval == "S") {
		return res{}, false
	}
	// "il y a" before
	ago := false
	agoStart := i
	for n := 1; n <= 3; n++ {
		if e, jj := match(c.toks, i-n, sAgo); e != nil && jj == i {
			ago, agoStart = true, i-n
		}
	}
	if c.en {
		if e, jj := match(c.toks, j2, sAgoafter); e != nil && !vague {
			return res{i, jj, "DATE", c.shiftAgo(uval, -int(q)), false}, true
		}
	}
	// "il y a 15 000 ans" is prehistory, not a year: keep the duration
	if (ago || c.en) && (uval == "Y" && q > 500 || uval == "DE" && q > 50 || uval == "CE" && q > 5) {
		ago = false
		if c.en && c.has(j2, sAgoafter) {
			return res{i, j2, "DURATION", duration(q, vague, uval), false}, true
		}
	}
	if ago && !vague && q == float64(int(q)) {
		return res{agoStart, j2, "DATE", c.shiftAgo(uval, -int(q)), false}, true
	}
	if !vague && q == float64(int(q)) {
		// "deux jours plus tard", "two days later"; "deux jours après" only
		// when nothing follows (else it is "deux jours après l'attaque")
		dayish := uval == "D" || uval == "W" || uval == "M" || uval == "Y"
		bare := j2+1 >= len(c.toks) || c.toks[j2+1].kind == tPunct
		if e, jj := match(c.toks, j2, sLater); e != nil && !mod && dayish {
			return res{i, jj, "DATE", c.relUnit(uval, int(q)), false}, true
		}
		if n := c.norm(j2); bare && !mod && dayish && (n == "apres" || n == "after") {
			return res{i, j2 + 1, "DATE", c.relUnit(uval, int(q)), false}, true
		}
		if e, jj := match(c.toks, j2, sEarlier); e != nil && dayish {
			return res{i, jj, "DATE", c.relUnit(uval, -int(q)), false}, true
		}
		if n := c.norm(j2); bare && !mod && dayish && (n == "avant" || n == "before") {
			return res{i, j2 + 1, "DATE", c.relUnit(uval, -int(q)), false}, true
		}
		if c.has(i-1, sIn) && !mod && (c.norm(i-1) == "dans" || c.norm(i-1) == "in" && c.tense(i, j2) == dirNext) {
			return res{i - 1, j2, "DATE", c.shiftAgo(uval, int(q)), false}, true
		}
	}
	// ages: "un garçon de 9 ans", "âgé de 30 ans", "(45 ans)"
	if uval == "Y" {
		p := i - 1
		if c.punct(p, "'") {
			p--
		}
		// "une caissière de 45 ans", "un homme d'une quarantaine d'années"
		// ("trois ans de tractations" is a duration of something)
		nx := c.norm(j2)
		if (c.norm(p) == "de" || c.norm(p) == "d") && (c.has(p-1, sAge) || !mod && !c.has(p-1, sDurprep) && nx != "de" && nx != "d" && nx != "du" && nx != "of") {
			return res{}, false
		}
		// age groups: "les 8-14 ans", "les moins de 21 ans"
		if c.punct(i-1, "-") && c.isNum(i-2) || c.norm(i-1) == "les" || c.norm(i-1) == "des" {
			return res{}, false
		}
		if c.punct(i-1, "(") || c.punct(i-1, ",") && c.punct(j2, ",") && c.isNum(i) || c.en && (c.has(j2, sAge) || c.punct(j2, "-") && c.norm(j2+1) == "old") {
			return res{}, false
		}
	}
	// "un jour", "une heure", "a day": idioms unless a preposition or a
	// modifier makes them a duration
	// ("une seconde fois": an ordinal)
	endsHere := j2 >= len(c.toks) || c.toks[j2].kind == tPunct
	if art && !mod && (uval == "D" || uval == "H" || uval == "S" || c.en) && !c.has(i-1, sDurprep) &&
		!(endsHere && (uval == "S" || c.norm(i-1) == "d" || c.norm(i-1) == "de" || c.norm(i-1) == "'")) {
		return res{}, false
	}
	// "à une heure" is a clock time
	if uval == "H" && c.has(i-1, sClockprep) && !mod {
		return res{}, false
	}
	return res{i, j2, "DURATION", duration(q, vague, uval), false}, true
}

// relUnit moves the base date (last date mentioned, else anchor) by n
// units: "deux jours plus tard".
func (c *ctx) relUnit(u string, n int) string {
	b := c.base()
	if u == "D" || u == "W" {
		if u == "W" {
			n *= 7
		}
		return c.shiftDays(b, n)
	}
	save := c.anchor
	c.anchor = b
	v := c.shiftUnit(u, n)
	c.anchor = save
	return v
}

// rClock: 21 h 45, 18 h, 10:30, vers midi, 3 pm.
func (c *ctx) rClock(i int) (res, bool) {
	if e, j := match(c.toks, i, sClock); e != nil {
		ok := false
		for n := 1; n <= 2; n++ {
			if p, jj := match(c.toks, i-n, sClockprep); p != nil && jj == i {
				ok = true
			}
		}
		if !ok || c.toks[i].upper && i > 0 {
			return res{}, false
		}
		return res{i, j, "TIME", c.dayBase() + "T" + e.val, true}, true
	}
	if !c.isNum(i) || c.toks[i].ndig > 2 {
		// "à quinze heures"
		if e, j := match(c.toks, i, sNumber); e != nil && e.n <= 24 && c.has(i-1, sClockprep) {
			if n := c.norm(j); n == "heures" || n == "heure" {
				return res{i, j + 1, "TIME", fmt.Sprintf("%sT%02d:00", c.dayBase(), e.n), true}, true
			}
		}
		return res{}, false
	}
	h, mnt := c.toks[i].num, 0
	j := i + 1
	n := c.norm(j)
	switch {
	case n == "h" || (n == "heures" || n == "heure") && c.has(i-1, sClockprep):
		j++
		// "2 h. 30", "8 h. du soir" (older abbreviation with a dot)
		if n == "h" && c.punct(j, ".") && c.glued(j) && (c.isNum(j+1) && c.toks[j+1].ndig == 2 || c.norm(j+1) == "du" || c.norm(j+1) == "de") {
			j++
		}
		if c.isNum(j) && c.toks[j].ndig == 2 {
			mnt = c.toks[j].num
			j++
		}
	case n == ":" && c.isNum(j+1) && c.toks[j+1].ndig == 2 && c.glued(j) && c.glued(j+1):
		mnt = c.toks[j+1].num
		j += 2
		// seconds are read and dropped (values keep minutes)
		if c.punct(j, ":") && c.glued(j) && c.isNum(j+1) && c.toks[j+1].ndig == 2 {
			j += 2
		}
	case (n == "am" || n == "pm") && !(c.glued(j+1) && c.toks[j+1].kind != tPunct) && !(i > 0 && !c.toks[i].space && c.toks[i-1].kind != tPunct):
	case (n == "a" || n == "p") && c.punct(j+1, "."):
	default:
		return res{}, false
	}
	switch c.norm(j) {
	case "am", "a":
		if c.norm(j) == "a" && !c.punct(j+1, ".") {
			break
		}
		if h == 12 {
			h = 0
		}
		j = c.skipMeridiem(j)
	case "pm", "p":
		if c.norm(j) == "p" && !c.punct(j+1, ".") {
			break
		}
		if h < 12 {
			h += 12
		}
		j = c.skipMeridiem(j)
	case "du", "de", "in":
		// "8 h du soir", "3 heures de l'après-midi", "9 in the evening"
		k := j + 1
		if k2, _, _ := c.det(k); k2 > k {
			k = k2
		}
		if dp, j2 := match(c.toks, k, sDaypart); dp != nil {
			switch dp.val {
			case "EV", "AF":
				if h < 12 {
					h += 12
				}
				j = j2
			case "MO":
				j = j2
			case "NI":
				if h >= 7 && h < 12 {
					h += 12
				}
				j = j2
			}
		}
	}
	if h > 24 || mnt > 59 {
		return res{}, false
	}
	return res{i, j, "TIME", fmt.Sprintf("%sT%02d:%02d", c.dayBase(), h, mnt), true}, true
}

func (c *ctx) skipMeridiem(j int) int {
	n := c.norm(j)
	if n == "am" || n == "pm" {
		return j + 1
	}
	// a.m. / p.m.
	if c.punct(j+1, ".") && c.norm(j+2) == "m" {
		if c.punct(j+3, ".") {
			return j + 4
		}
		return j + 3
	}
	return j
}

// rSet: chaque jour, tous les jeudis, tous les deux ans, par an, quotidien.
func (c *ctx) rSet(i int) (res, bool) {
	if e, j := match(c.toks, i, sSet); e != nil {
		q := 1.0
		if v, j2, ok := c.number(j); ok {
			q, j = v, j2
		}
		if wd, j2, ok := c.weekdayName(j); ok {
			if c.norm(j2) == "s" && c.glued(j2) {
				j2++
			}
			return res{i, j2, "SET", fmt.Sprintf("XXXX-WXX-%d", wd), false}, true
		}
		if u, j2 := match(c.toks, j, sUnit); u != nil {
			return res{i, j2, "SET", duration(q, false, u.val), false}, true
		}
		return res{}, false
	}
	if e, j := match(c.toks, i, sPer); e != nil {
		if u, j2 := match(c.toks, j, sUnit); u != nil && !strings.HasSuffix(c.norm(j), "s") || u != nil && c.norm(j) == "mois" {
			return res{i, j2, "SET", duration(1, false, u.val), false}, true
		}
		return res{}, false
	}
	if e, j := match(c.toks, i, sSetadj); e != nil {
		t := c.toks[i]
		if t.upper || c.has(i-1, sArticle) || c.norm(i-1) == "un" || c.norm(i-1) == "du" || c.norm(i-1) == "au" || c.norm(i-1) == "a" {
			return res{}, false
		}
		return res{i, j, "SET", e.val, false}, true
	}
	return res{}, false
}

// rRef: actuellement, autrefois, à l'avenir, now, recently.
func (c *ctx) rRef(i int) (res, bool) {
	e, j := match(c.toks, i, sRef)
	if e == nil {
		return res{}, false
	}
	// "in the past decade", "in the coming weeks": part of a longer
	// expression
	if len(e.words) > 1 && (c.has(j, sUnit) || c.isNum(j) || c.has(j, sNumber) || c.has(j, sVague)) {
		return res{}, false
	}
	// a capital inside a sentence makes a name ("l'Epoque", a newspaper)
	if i > 0 && c.toks[j-1].upper && c.toks[i-1].kind != tPunct && !(c.toks[i-1].kind == tWord && c.toks[i-1].upper) {
		return res{}, false
	}
	// "tout en y maintenant une mission": a participle, not "now"
	if len(e.words) == 1 && strings.HasSuffix(e.words[0], "ant") {
		if c.has(i-1, sVerbcue) || c.has(j, sDeterminer) {
			return res{}, false
		}
		if e2, _ := match(c.toks, i-2, sVerbcue); e2 != nil && len(e2.words) == 2 {
			return res{}, false
		}
	}
	return res{i, j, "DATE", e.val, false}, true
}
