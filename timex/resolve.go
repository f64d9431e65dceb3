package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

func fmtDay(t time.Time) string { return t.Format("2006-01-02") }

func anchorTime(a dyad.Date) time.Time { return civil(a.Year, a.Month, a.Day) }

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return civil(y, m, d).Day() == d
}

func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// tense looks for the nearest tense cue around tokens [s, e) of the
// sentence: -1 past, +1 future, 0 none. It looks up to 8 tokens back and
// 6 forward, nearest first, and stops at sentence-internal strong
// punctuation.
func (c *ctx) tense(s, e int) int {
	// a deadline ("jusqu'au 5 janvier", "d'ici mai") is not moved by the
	// tense of its clause
	for n := 1; n <= 4 && s-n >= 0; n++ {
		if e, j := match(c.toks, s-n, sUntilcue); e != nil && j == s {
			return dirNone
		}
	}
	// finite cues first: an infinitive after the day ("sont arrivés dans la
	// capitale lundi pour préparer", purpose) or far before it only counts
	// when no finite verb or tense word is in reach; one right before it
	// governs it ("a décidé de ramener le 15 janvier")
	if t := c.tenseScan(s, e, false); t != 0 {
		return t
	}
	return c.tenseScan(s, e, true)
}

// tenseScan is one pass of tense: nearest cue first; infinitives count when
// inf is set, or in the two words before the expression.
func (c *ctx) tenseScan(s, e int, inf bool) int {
	stopB, stopF := false, false
	for d := 1; d <= 8; d++ {
		if k := s - d; !stopB && k >= 0 {
			if c.strongPunct(k) {
				stopB = true
			} else if t := c.cue(k, d, inf || d <= 2); t != 0 {
				return t
			}
		}
		if k := e + d - 1; !stopF && d <= 6 && k < len(c.toks) {
			if c.strongPunct(k) {
				stopF = true
			} else if t := c.cue(k, d, inf); t != 0 {
				return t
			}
		}
	}
	return 0
}

func (c *ctx) strongPunct(k int) bool {
	t := &c.toks[k]
	if t.kind != tPunct {
		return false
	}
	switch t.norm {
	case ";", ":", "!", "?", "(", ")":
		return true
	case ".":
		// not the dot of an abbreviation (p.m., M.)
		return !(k > 0 && c.toks[k-1].kind == tWord && len(c.toks[k-1].norm) <= 2)
	}
	return false
}

// cue gives the tense signalled by token k, at distance d from the
// expression. Word endings (participles, future, infinitives) only count
// for words outside the time lexicon ("matinée" is not a participle), and
// participle endings only next to the expression ("publié jeudi") or after
// an auxiliary or a reflexive pronoun.
func (c *ctx) cue(k, d int, inf bool) int {
	t := &c.toks[k]
	if t.kind != tWord {
		return 0
	}
	if c.has(k, sPast) {
		// "il y a" is not an auxiliary
		if t.norm == "a" && c.norm(k-1) == "y" {
			return 0
		}
		return dirPast
	}
	if e, _ := match(c.toks, k, sPast); e != nil {
		return dirPast
	}
	if c.has(k, sFuture) {
		return dirNext
	}
	if e, _ := match(c.toks, k, sFuture); e != nil {
		return dirNext
	}
	// "sont descendus", "est arrivée": a verb that takes être in the passé
	// composé (an [etre] participle after an [etre] auxiliary, "= aux"), not
	// a present passive whose day may lie ahead
	part := c.etre(k, "")
	if part && c.etre(k-1, "aux") {
		return dirPast
	}
	// (a participle's [etre] entry alone does not make it a time word)
	if t.upper || t.ents != nil && !(part && c.onlyEtre(k)) && !c.has(k, sPast) && !c.has(k, sFuture) {
		return 0
	}
	if c.has(k, sNotverb) {
		return 0
	}
	w := c.text[t.s:t.e]
	if len(w) >= 5 {
		for _, suf := range c.lx.suffix["futuresuffix"] {
			if strings.HasSuffix(w, suf) {
				return dirNext
			}
		}
	}
	if len(w) >= 5 {
		for _, suf := range c.lx.suffix["infsuffix"] {
			// (an infinitive after a future word, "doit s'ouvrir", counts in
			// the first pass too)
			if strings.HasSuffix(w, suf) {
				if g := c.infGovernor(k); g >= 0 && (inf || c.has(g, sFuture)) {
					return dirNext
				}
			}
		}
	}
	if len(w) >= 4 {
		for _, suf := range c.lx.suffix["pastsuffix"] {
			if strings.HasSuffix(w, suf) {
				// "sera fermée", "seront célébrées": a future passive
				if c.has(k-1, sFuture) {
					return dirNext
				}
				if d <= 2 || c.has(k-1, sPast) || c.norm(k-1) == "se" || c.norm(k-1) == "'" && c.norm(k-2) == "s" {
					return dirPast
				}
				return 0
			}
		}
	}
	return 0
}

// infGovernor returns the index of the word that governs the infinitive at
// k ("de", "pour", a modal...; clitic pronouns in between are skipped: "doit
// se rendre"), or -1.
func (c *ctx) infGovernor(k int) int {
	p := k - 1
	for n := 0; n < 2 && p >= 0; n++ {
		if c.norm(p) == "'" {
			p--
		}
		switch c.norm(p) {
		case "s", "se", "me", "te", "nous", "vous", "l", "le", "la", "les", "y", "en", "lui", "leur", "ne", "pas":
			p--
			continue
		}
		break
	}
	if p < 0 {
		return -1
	}
	if c.has(p, sInfgov) || c.has(p, sFuture) {
		return p
	}
	// the last word of a phrase like "afin de"
	for q := p - 2; q <= p; q++ {
		if q >= 0 {
			if e, j := match(c.toks, q, sInfgov); e != nil && j == p+1 {
				return p
			}
		}
	}
	return -1
}

// ---- resolution against the anchor ----

// pickYear chooses the year of a month (and day) given without one: the
// candidate nearest to the anchor among the previous, current and next
// year, keeping only candidates on the side the tense or a forced
// direction asks for.
func (c *ctx) pickYear(m, d, tense int, forced bool) int {
	a := c.anchor
	best, bestDist := a.Year, int(^uint(0)>>1)
	for _, filter := range []bool{true, false} {
		for y := a.Year - 1; y <= a.Year+1; y++ {
			var diff int // candidate minus anchor
			if d > 0 && a.Day > 0 {
				if !validDay(y, m, d) {
					continue
				}
				diff = int(civil(y, m, d).Sub(anchorTime(a)).Hours() / 24)
			} else if a.Month > 0 {
				diff = (y*12 + m) - (a.Year*12 + a.Month)
			} else {
				diff = (y - a.Year) * 12
			}
			if filter {
				strict := d == 0 || a.Day > 0 // same month/day excluded by dernier/prochain
				switch {
				case forced && tense == dirPast && (diff > 0 || diff == 0 && strict):
					continue
				case forced && tense == dirNext && (diff < 0 || diff == 0 && strict):
					continue
				case !forced && tense == dirPast && diff > 0:
					continue
				case !forced && tense == dirNext && diff < 0:
					continue
				}
			}
			ad := diff
			if ad < 0 {
				ad = -ad
			}
			if ad < bestDist {
				best, bestDist = y, ad
			}
		}
		if bestDist != int(^uint(0)>>1) {
			break
		}
	}
	return best
}

// dayMonthWeekday resolves "dimanche 29 août": the year, among the
// previous, current and next, nearest the anchor where that day is that
// weekday; ok false when none is. In a document without a publication date
// it is the most recent year, not after today, where it is (see
// weekdayYear).
func (c *ctx) dayMonthWeekday(m, d, wd int) (string, bool) {
	if !c.now.IsZero() {
		c.wdHit = true
		return weekdayYear(m, d, wd, c.now, c.stated)
	}
	if c.anchor.IsZero() {
		return "", false
	}
	best, bestDist := 0, 1<<30
	for y := c.anchor.Year - 1; y <= c.anchor.Year+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		t := civil(y, m, d)
		w := int(t.Weekday())
		if w == 0 {
			w = 7
		}
		if w != wd {
			continue
		}
		var dist int
		if c.anchor.Month > 0 {
			dist = (y*12 + m) - (c.anchor.Year*12 + c.anchor.Month)
		} else {
			dist = y - c.anchor.Year
		}
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	if best == 0 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", best, m, d), true
}

// weekdayYear gives the date whose month is m, day d and ISO weekday wd
// for a document without a publication date: when a date the text states
// with its year (stated) lies within 92 days of such a date, the nearest
// one ("22 mai 2012 … ce mercredi 4 juillet" is 2012-07-04, not the more
// recent 2018-07-04); else the most recent one on or before now. A weekday
// with a day and month repeats every 28 years or less (6, 11 or 11 years
// apart; some 29 February need up to 40), so the search ends within a few
// centuries. Dates after now are never taken.
func weekdayYear(m, d, wd int, now dyad.Date, stated []dyad.Date) (string, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 || wd < 1 || wd > 7 {
		return "", false
	}
	ok := func(y int) bool {
		if y <= 0 || !validDay(y, m, d) || y > now.Year || y == now.Year && (m > now.Month || m == now.Month && d > now.Day) {
			return false
		}
		w := int(civil(y, m, d).Weekday())
		if w == 0 {
			w = 7
		}
		return w == wd
	}
	best, bestDist := 0, 93
	for _, e := range stated {
		for y := e.Year - 1; y <= e.Year+1; y++ {
			if !ok(y) {
				continue
			}
			dist := int(civil(y, m, d).Sub(anchorTime(e)).Hours() / 24)
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist || dist == bestDist && y > best {
				best, bestDist = y, dist
			}
		}
	}
	if best > 0 {
		return fmt.Sprintf("%04d-%02d-%02d", best, m, d), true
	}
	for y := now.Year; y > now.Year-400 && y > 0; y-- {
		if ok(y) {
			return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
		}
	}
	return "", false
}

// dayWeekday resolves "samedi 11" (no month): the date nearest the anchor,
// within two months either side, whose day is d and weekday wd.
func (c *ctx) dayWeekday(d, wd int) (string, bool) {
	if c.anchor.IsZero() || c.anchor.Day == 0 {
		return "", false
	}
	at := anchorTime(c.anchor)
	best, bestDist := "", 1<<30
	for dm := -2; dm <= 2; dm++ {
		first := civil(c.anchor.Year, c.anchor.Month, 1).AddDate(0, dm, 0)
		if !validDay(first.Year(), int(first.Month()), d) {
			continue
		}
		t := civil(first.Year(), int(first.Month()), d)
		w := int(t.Weekday())
		if w == 0 {
			w = 7
		}
		if w != wd {
			continue
		}
		dist := int(t.Sub(at).Hours() / 24)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = fmtDay(t), dist
		}
	}
	return best, best != ""
}

// dayMonth resolves a day and month without a year.
func (c *ctx) dayMonth(m, d, tense int, forced bool) string {
	if c.anchor.IsZero() {
		return fmt.Sprintf("XXXX-%02d-%02d", m, d)
	}
	y := c.pickYear(m, d, tense, forced)
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// monthOnly resolves a month name without a year.
func (c *ctx) monthOnly(m, tense int, forced bool) string {
	if c.anchor.IsZero() {
		return fmt.Sprintf("XXXX-%02d", m)
	}
	return fmt.Sprintf("%04d-%02d", c.pickYear(m, 0, tense, forced), m)
}

// weekday resolves a day name. A past tense (or no cue: news mostly
// report the past) gives the latest such day on or before the anchor, a
// future tense the first on or after it; "dernier"/"prochain" exclude the
// anchor day itself; "ce jeudi" takes the nearest. With a month-only
// anchor the month is returned (a day cannot be known); with no anchor
// the TIMEX3 pattern XXXX-WXX-n.
func (c *ctx) weekday(wd, tense int, forced, this bool) string {
	a := c.anchor
	if a.IsZero() {
		return fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	if a.Day == 0 {
		return a.String()
	}
	at := anchorTime(a)
	aw := int(at.Weekday())
	if aw == 0 {
		aw = 7
	}
	back := (aw - wd + 7) % 7
	fwd := (wd - aw + 7) % 7
	var off int
	switch {
	case forced && tense == dirPast:
		if back == 0 {
			back = 7
		}
		off = -back
	case forced && tense == dirNext:
		if fwd == 0 {
			fwd = 7
		}
		off = fwd
	case this && tense == dirPast:
		off = -back
	case this && tense == dirNext:
		off = fwd
	case this:
		// "ce jeudi" without a tense cue: the one of the anchor's (ISO) week
		off = wd - aw
	case tense == dirNext:
		off = fwd
	default:
		off = -back
	}
	return fmtDay(at.AddDate(0, 0, off))
}

// shiftDays gives the anchor (or base) moved by n days, at the anchor's
// own granularity when it has no day.
func (c *ctx) shiftDays(base dyad.Date, n int) string {
	if base.IsZero() {
		switch {
		case n < 0:
			return "PAST_REF"
		case n > 0:
			return "FUTURE_REF"
		}
		return "PRESENT_REF"
	}
	if base.Day == 0 {
		return base.String()
	}
	return fmtDay(anchorTime(base).AddDate(0, 0, n))
}

// shiftUnit moves the anchor by n units and prints the result at the unit's
// granularity (il y a un an → 2020; la semaine dernière → 2021-W41).
func (c *ctx) shiftUnit(u string, n int) string {
	a := c.anchor
	if a.IsZero() {
		if n == 0 {
			switch u {
			case "D":
				return "XXXX-XX-XX"
			case "W", "WE":
				return "XXXX-WXX"
			case "M":
				return "XXXX-XX"
			case "Y":
				return "XXXX"
			}
		}
		switch {
		case n < 0:
			return "PAST_REF"
		case n > 0:
			return "FUTURE_REF"
		}
		return "PRESENT_REF"
	}
	m, d := a.Month, a.Day
	if m == 0 {
		m = 7
	}
	if d == 0 {
		d = 15
	}
	t := civil(a.Year, m, d)
	switch u {
	case "D", "H", "MIN", "S":
		if u != "D" {
			n = 0
		}
		if a.Day == 0 {
			return a.String()
		}
		return fmtDay(t.AddDate(0, 0, n))
	case "W", "WE":
		if a.Day == 0 {
			if a.Month == 0 {
				return a.String()
			}
			return fmtDay(t.AddDate(0, 0, 7*n))[:7]
		}
		v := isoWeek(t.AddDate(0, 0, 7*n))
		if u == "WE" {
			v += "-WE"
		}
		return v
	case "M":
		if a.Month == 0 {
			return fmt.Sprintf("%04d", t.AddDate(0, n, 0).Year())
		}
		return fmtDay(civil(a.Year, a.Month, 1).AddDate(0, n, 0))[:7]
	case "Q":
		if a.Month == 0 {
			return fmt.Sprintf("%04d", a.Year)
		}
		q := (a.Month-1)/3 + n
		y := a.Year + floorDiv(q, 4)
		return fmt.Sprintf("%04d-Q%d", y, q-4*floorDiv(q, 4)+1)
	case "HY":
		if a.Month == 0 {
			return fmt.Sprintf("%04d", a.Year)
		}
		h := (a.Month-1)/6 + n
		y := a.Year + floorDiv(h, 2)
		return fmt.Sprintf("%04d-H%d", y, h-2*floorDiv(h, 2)+1)
	case "Y":
		return fmt.Sprintf("%04d", a.Year+n)
	case "DE":
		return fmt.Sprintf("%03d", (a.Year+10*n)/10)
	case "CE":
		return fmt.Sprintf("%02d", (a.Year+100*n)/100)
	}
	return a.String()
}

// shiftAgo is shiftUnit for "il y a N unités" / "dans N unités": weeks
// count as 7N days and give a day, other units keep their granularity.
func (c *ctx) shiftAgo(u string, n int) string {
	if u == "W" {
		return c.shiftDays(c.anchor, 7*n)
	}
	return c.shiftUnit(u, n)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// duration prints a TIMEX3 duration.
func duration(q float64, vague bool, u string) string {
	n := ""
	if vague {
		n = "X"
	} else {
		switch u {
		case "DE":
			q, u = q*10, "Y"
		case "CE":
			q, u = q*100, "Y"
		case "Q":
			q, u = q*3, "M"
		case "HY":
			q, u = q*6, "M"
		}
		// a fraction of one unit in the next smaller unit: PT30M, not
		// PT0.5H (P1.5Y and PT30.4S stay as written)
		if q < 1 && q != float64(int(q)) {
			switch u {
			case "Y":
				if m := q * 12; m == float64(int(m)) {
					q, u = m, "M"
				}
			case "H":
				if m := q * 60; m == float64(int(m)) {
					q, u = m, "MIN"
				}
			case "D":
				if h := q * 24; h == float64(int(h)) {
					q, u = h, "H"
				}
			case "W":
				if d := q * 7; d == float64(int(d)) {
					q, u = d, "D"
				}
			}
		}
		n = strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.3f", q), "0"), ".")
	}
	switch u {
	case "DE":
		u = "DE"
	case "CE":
		u = "CE"
	case "Q":
		return "P" + n + "Q"
	case "HY":
		return "P" + n + "HY"
	}
	switch u {
	case "H", "MIN", "S":
		if u == "MIN" {
			u = "M"
		}
		return "PT" + n + u
	}
	return "P" + n + u
}

// isDay reports whether v starts with a full date YYYY-MM-DD.
func isDay(v string) bool {
	return len(v) >= 10 && v[4] == '-' && v[7] == '-' && v[0] >= '0' && v[0] <= '9' && v[5] >= '0' && v[5] <= '9' && v[8] >= '0' && v[8] <= '9'
}

// isMonth reports whether v starts with YYYY-MM.
func isMonth(v string) bool {
	return len(v) >= 7 && v[4] == '-' && v[0] >= '0' && v[0] <= '9' && v[5] >= '0' && v[5] <= '1' && v[6] >= '0' && v[6] <= '9'
}

func dateOf(v string) dyad.Date { return quickDate(v) }

// quickDate reads the YYYY[-MM[-DD]] prefix of a value without
// allocating; the zero Date when there is none.
func quickDate(v string) dyad.Date {
	num := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	if len(v) < 4 {
		return dyad.Date{}
	}
	y := num(v[:4])
	if y <= 0 {
		return dyad.Date{}
	}
	d := dyad.Date{Year: y}
	if len(v) >= 7 && v[4] == '-' {
		if m := num(v[5:7]); m >= 1 && m <= 12 {
			d.Month = m
			if len(v) >= 10 && v[7] == '-' {
				if dd := num(v[8:10]); dd >= 1 && dd <= 31 {
					d.Day = dd
				}
			}
		}
	}
	if len(v) > 4 && v[4] != '-' {
		return dyad.Date{} // "2021-W42" is fine, "199" or "P2Y" are not dates here
	}
	return d
}

// base is the date relative expressions ("la veille", clock times) count
// from: the last full date mentioned, else the anchor.
func (c *ctx) base() dyad.Date {
	if !c.last.IsZero() {
		return c.last
	}
	return c.anchor
}

// dayBase prints the base date for a clock time or part of day.
// todayPart gives "ce soir" (part of day dp of the publication day): a
// TIME on a day-level anchor, the anchor itself (DATE) when it has no day,
// XXXX-XX-XXTdp without an anchor.
func (c *ctx) todayPart(dp string) (string, string) {
	switch a := c.anchor; {
	case a.IsZero():
		return "TIME", "XXXX-XX-XXT" + dp
	case a.Day == 0:
		return "DATE", a.String()
	}
	return "TIME", c.anchor.String() + "T" + dp
}

func (c *ctx) dayBase() string {
	b := c.base()
	if b.Day == 0 {
		return "XXXX-XX-XX"
	}
	return b.String()
}

// holidayDate computes a [holiday] value for year y: "MM-DD", "MM-Wd-N"
// (the Nth weekday d, ISO numbering, of month MM; N = L for the last) or
// "E+N"/"E-N" (N days from Easter Sunday, Gregorian computus).
func holidayDate(v string, y int) (time.Time, bool) {
	switch {
	case len(v) >= 3 && v[0] == 'E':
		n, err := strconv.Atoi(v[1:])
		if err != nil {
			return time.Time{}, false
		}
		return easter(y).AddDate(0, 0, n), true
	case len(v) == 5:
		var m, d int
		if k, _ := fmt.Sscanf(v, "%d-%d", &m, &d); k != 2 || !validDay(y, m, d) {
			return time.Time{}, false
		}
		return civil(y, m, d), true
	case len(v) >= 7 && v[2] == '-' && v[3] == 'W':
		m, err1 := strconv.Atoi(v[:2])
		wd := int(v[4] - '0')
		if err1 != nil || wd < 1 || wd > 7 || v[5] != '-' {
			return time.Time{}, false
		}
		nth := v[6:]
		first := civil(y, m, 1)
		w := int(first.Weekday())
		if w == 0 {
			w = 7
		}
		day := 1 + (wd-w+7)%7
		if nth == "L" {
			for validDay(y, m, day+7) {
				day += 7
			}
			return civil(y, m, day), true
		}
		n, err := strconv.Atoi(nth)
		if err != nil || n < 1 || !validDay(y, m, day+7*(n-1)) {
			return time.Time{}, false
		}
		return civil(y, m, day+7*(n-1)), true
	}
	return time.Time{}, false
}

// easter is Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return civil(y, month, day)
}

// etre reports whether token k is a one-word [etre] entry whose value is val
// ("aux" for the auxiliary's forms, "" for the participles).
func (c *ctx) etre(k int, val string) bool {
	if !c.has(k, sEtre) {
		return false
	}
	for _, e := range c.toks[k].ents {
		if e.sec == sEtre && len(e.words) == 1 && e.val == val {
			return true
		}
	}
	return false
}

// onlyEtre reports whether every entry of token k is of section [etre].
func (c *ctx) onlyEtre(k int) bool {
	for _, e := range c.toks[k].ents {
		if e.sec != sEtre {
			return false
		}
	}
	return true
}
