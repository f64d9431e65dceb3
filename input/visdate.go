package input

import (
	_ "embed"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
	"golang.org/x/net/html"
)

// headlineDate finds the date a reader sees next to the headline: the
// page's visible text is laid out in document order (visibleText), the
// headline is found by findHeadline, and the full date written nearest to
// it wins: inside the headline, within afterHeadline bytes after it (the
// byline), or within beforeHeadline bytes before it (a kicker line).
// Dates in running text or after an update word do not count; one after a
// publication word wins over the others. It returns false when the page has
// no headline or no date near it.
func headlineDate(root *html.Node, title, lang string, zone *pageZone) (dyad.Date, bool) {
	h := findHeadline(root, title)
	if h == nil {
		return dyad.Date{}, false
	}
	s, hStart, hEnd := visibleText(root, h, afterHeadline, false, zone)
	if hStart < 0 || hEnd < 0 {
		return dyad.Date{}, false
	}
	best, bestDist, bestCue := dyad.Date{}, 1<<30, false
	eachDate(s, max(0, hStart-beforeHeadline), min(len(s), hEnd+afterHeadline), lang, func(dt dyad.Date, start, end int, cue, running bool) bool {
		if running {
			// "Am 21. und 22. Mai 2022 wird ...": what the article is about
			return true
		}
		dist := insideHeadline // a date in the headline is often its subject
		switch {
		case start >= hEnd:
			dist = start - hEnd
		case end <= hStart:
			dist = 2 * (hStart - end)
		}
		if (cue && !bestCue) || (cue == bestCue && dist < bestDist) {
			// "Veröffentlicht am ..." wins over a nearer date without a word
			best, bestDist, bestCue = dt, dist, cue
		}
		return true
	})
	return best, !best.IsZero()
}

// firstVisibleDate returns the first full date of the page's visible text
// that is not in running text or after an update word, the first one after
// a publication word if any: the last resort for pages without a headline
// or metadata. When the page's URL gives a year and month (ym, as
// /2010/05/title), the first date of that month is taken, even in running
// text ("Dieser Eintrag wurde am 19. Mai 2010 gepostet"), and none if
// there is none. When the article's text has no date, a date after a
// publication word or of the URL's month in a sidebar is taken ("Mise en
// ligne 23 mai 2019" in the sidebar of a podcast).
func firstVisibleDate(root *html.Node, lang string, ym dyad.Date, zone *pageZone) (dyad.Date, bool) {
	if dt, ok := visibleDate(root, lang, ym, false, zone); ok {
		return dt, true
	}
	return visibleDate(root, lang, ym, true, zone)
}

func visibleDate(root *html.Node, lang string, ym dyad.Date, loose bool, zone *pageZone) (dyad.Date, bool) {
	s, _, _ := visibleText(root, nil, 0, loose, zone)
	var first, cued dyad.Date
	eachDate(s, 0, len(s), lang, func(dt dyad.Date, start, _ int, cue, running bool) bool {
		if ym.Year != 0 {
			if dt.Year == ym.Year && dt.Month == ym.Month {
				first = dt
				return false
			}
			return true
		}
		if running {
			return true
		}
		if first.IsZero() && !loose && lineLen(s, start) <= 80 {
			// a date line, not the start of a paragraph ("Sa., 22.01.2022,
			// 9:00 – 17:00 Uhr Sie haben einen Betrieb und ...": an event)
			first = dt
		}
		if cue {
			cued = dt
			return false
		}
		return true
	})
	if !cued.IsZero() {
		return cued, true
	}
	return first, !first.IsZero()
}

// visibleText lays out the page's visible text in document order: text
// nodes joined by spaces, a line break around each block element; scripts,
// navigation, asides, footers, hidden elements, comment threads and
// related-article lists are left out. A <time> element counts with its own
// text, or its datetime attribute when the text is not a full date. When h
// is not nil, it returns the span of h's text and stops after more bytes
// past it.
func visibleText(root, h *html.Node, after int, loose bool, zone *pageZone) (s string, hStart, hEnd int) {
	keep := headlineAncestors(root, h)
	var b strings.Builder
	hStart, hEnd = -1, -1
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if hEnd >= 0 && b.Len() > hEnd+after {
			return
		}
		switch n.Type {
		case html.TextNode:
			if t := strings.Join(strings.Fields(n.Data), " "); t != "" {
				b.WriteString(t)
				b.WriteByte(' ')
			}
			return
		case html.ElementNode:
			if skipForDate[n.Data] || (!loose && isOffArticle(n) && !keep[n]) || (loose && isComments(n)) || isHidden(n) {
				return
			}
			if n.Data == "time" {
				if isModifiedMark(n) {
					// <time class="updated">: a revision date
					return
				}
				txt := nodeText(n, 200)
				if _, _, ok := findDate(txt, ""); !ok {
					if dt, ok := zoned(attr(n, "datetime"), zone); ok && dt.Day != 0 {
						txt = dt.String()
					}
				}
				b.WriteString(" " + txt + " ")
				return
			}
		}
		if n == h {
			hStart = b.Len()
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
		if n == h {
			hEnd = b.Len()
		}
	}
	walk(root)
	return b.String(), hStart, hEnd
}

// eachDate calls fn with each full date written in s[from:to] that is not
// after an update word, in order, until fn returns false; cue tells that a
// publication word comes before it, running that it sits in the running
// text of a paragraph (inRunningText) without one.
func eachDate(s string, from, to int, lang string, fn func(dt dyad.Date, start, end int, cue, running bool) bool) {
	for ls := from; ls < to; {
		le := strings.IndexByte(s[ls:to], '\n')
		if le < 0 {
			le = to
		} else {
			le += ls
		}
		// the date patterns are costly: only lines with a year-like number
		if rxYearish.MatchString(s[ls:le]) {
			for pos := ls; pos < le; {
				dt, span, ok := findVisibleDate(s[pos:le], lang)
				if !ok {
					break
				}
				start, end := pos+span.Start, pos+span.End
				pos = end
				cue := dateCue(s, start)
				if dt.Day == 0 || cue < 0 {
					// "Updated Jul 24, 2018": a revision
					continue
				}
				if !fn(dt, start, end, cue > 0, cue == 0 && inRunningText(s, start)) {
					return
				}
			}
		}
		ls = le + 1
	}
}

const (
	afterHeadline  = 600
	beforeHeadline = 120
	insideHeadline = 150
)

// inRunningText tells whether the date at s[i:] sits inside a sentence of
// a long paragraph rather than on a dateline: its line (a block of the
// page) is long and the date is not at its start.
func inRunningText(s string, i int) bool {
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	le := strings.IndexByte(s[i:], '\n')
	if le < 0 {
		le = len(s)
	} else {
		le += i
	}
	return le-ls > 100 && i-ls > 40
}

var rxYearish = regexp.MustCompile(`(?:19|20)\d\d|\.\d\d\b`)

var rxShortYear = regexp.MustCompile(`\b([0-3]?\d)\.([01]?\d)\.(\d\d)\b`)

// findVisibleDate is findDate that also reads a day.month.year date
// with a two-digit year ("23.09.22"), as bylines often write it.
func findVisibleDate(s, lang string) (dyad.Date, dyad.Span, bool) {
	dt, span, ok := findDate(s, lang)
	if m := rxShortYear.FindStringSubmatchIndex(s); m != nil && (!ok || m[0] < span.Start) {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
			return dyad.Date{Year: 2000 + y, Month: mo, Day: d}, dyad.Span{Start: m[0], End: m[1]}, true
		}
	}
	return dt, span, ok
}

var skipForDate = map[string]bool{"script": true, "style": true, "noscript": true, "template": true,
	"head": true, "nav": true, "aside": true, "footer": true, "select": true, "svg": true, "iframe": true, "button": true}

var blockTags = map[string]bool{"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "li": true, "ul": true, "ol": true, "section": true, "article": true, "header": true,
	"table": true, "tr": true, "td": true, "br": true, "figure": true, "figcaption": true, "blockquote": true}

// offArticleParts name the containers of comments and of lists of other
// articles, whose dates are not the page's.
var offArticleParts = classParts["offarticle"]

func isOffArticle(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main", "article":
		// page-wide classes ("no-sidebars", "comments-open") say nothing
		// about the article
		return false
	}
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if s == " " {
		return false
	}
	for _, p := range offArticleParts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// findHeadline returns the page's headline: the <h1> whose words overlap
// most with the title, else the <h2> or <h3> that does, else the first
// non-empty <h1>; nil if none.
func findHeadline(root *html.Node, title string) *html.Node {
	tw := wordSet(title)
	var first *html.Node
	var best [2]*html.Node // h1; h2 or h3
	var bestScore [2]float64
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipForDate[n.Data] && n.Data != "head" {
				return
			}
			switch n.Data {
			case "h1", "h2", "h3":
				txt := nodeText(n, 400)
				hw := wordSet(txt)
				if len(hw) == 0 {
					return
				}
				level := 1
				if n.Data == "h1" {
					level = 0
					if first == nil {
						first = n
					}
				}
				common := 0
				for w := range hw {
					if tw[w] {
						common++
					}
				}
				if sc := float64(common) / float64(len(hw)); common >= 2 && sc > bestScore[level] {
					best[level], bestScore[level] = n, sc
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for i := range best {
		if best[i] != nil && bestScore[i] >= 0.5 {
			return best[i]
		}
	}
	return first
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(text.Fold(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		m[w] = true
	}
	return m
}

//go:embed data/updatewords.txt
var updateWordsTxt string

var updateWords = wordList(updateWordsTxt)

//go:embed data/pubwords.txt
var pubWordsTxt string

var pubWords = wordList(pubWordsTxt)

func wordList(txt string) []string {
	var out []string
	for _, l := range strings.Split(txt, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			out = append(out, text.Fold(l))
		}
	}
	return out
}

// dateCue tells what the words written just before the date at s[i:] (on
// its line, at most 30 bytes before) make of it: -1 after an update word
// (data/updatewords.txt: a revision), +1 after a publication word
// (data/pubwords.txt), 0 otherwise. The word nearest the date decides.
func dateCue(s string, i int) int {
	ls := max(strings.LastIndexByte(s[:i], '\n')+1, i-30)
	for ls > 0 && ls < i && s[ls]&0xc0 == 0x80 {
		ls++
	}
	if strings.TrimSpace(s[ls:i]) == "" {
		// the date alone at the start of its line: a label on the line
		// before ("Mise en ligne" / "23 mai 2019"), not a line with its
		// own date
		prev := strings.TrimRight(s[:ls], " \n")
		if j := strings.LastIndexByte(prev, '\n') + 1; len(prev)-j <= 30 && !strings.ContainsAny(prev[j:], "0123456789") {
			ls = j
		}
	}
	before := text.Fold(s[ls:i])
	cue, at := 0, -1
	for _, w := range updateWords {
		if j := strings.LastIndex(before, w); j >= 0 && j+len(w) > at {
			cue, at = -1, j+len(w)
		}
	}
	for _, w := range pubWords {
		if j := strings.LastIndex(before, w); j >= 0 && j+len(w) > at {
			cue, at = 1, j+len(w)
		}
	}
	return cue
}

// daysApart returns the number of days between two full dates.
func daysApart(a, b dyad.Date) int {
	ta := time.Date(a.Year, time.Month(a.Month), a.Day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(b.Year, time.Month(b.Month), b.Day, 0, 0, 0, 0, time.UTC)
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// isModifiedMark tells whether an element is marked as a revision date by
// its class or itemprop ("updated", "dateModified", "modified-date") and
// not also as the publication date ("entry-date published", and
// "entry-date updated", which some WordPress themes give the date they
// show as published).
func isModifiedMark(n *html.Node) bool {
	ip := strings.ToLower(attr(n, "itemprop") + " " + attr(n, "class"))
	if !strings.Contains(ip, "modified") && !strings.Contains(ip, "updated") {
		return false
	}
	return !strings.Contains(ip, "published") && !strings.Contains(ip, "entry-date") && !strings.Contains(ip, "pubdate")
}

// isTeaser tells whether an element is the teaser of another article (a
// class or id with "teaser", not a lead: "default-teaser", "teaser-box").
func isTeaser(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main":
		return false
	}
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(s, "teaser") && !strings.Contains(s, "lead")
}

// headlineAncestors returns the elements that contain h or an <h1>: a
// container of the headline holds the article, whatever its class says
// ("right-sidebar", "zen-one-sidebar-second" name a page layout).
func headlineAncestors(root, h *html.Node) map[*html.Node]bool {
	keep := map[*html.Node]bool{}
	mark := func(n *html.Node) {
		for p := n.Parent; p != nil && !keep[p]; p = p.Parent {
			keep[p] = true
		}
	}
	if h != nil {
		mark(h)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "h1" {
			mark(n)
			return
		}
		if n.Type == html.ElementNode && (n.Data == "head" || n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return keep
}

// isComments tells whether an element holds a comment thread.
func isComments(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main", "article":
		return false
	}
	return strings.Contains(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), "comment")
}

// lineLen returns the length of the line of s holding s[i].
func lineLen(s string, i int) int {
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	le := strings.IndexByte(s[i:], '\n')
	if le < 0 {
		return len(s) - ls
	}
	return i + le - ls
}

// hasUpdateWord tells whether s holds an update word (data/updatewords.txt).
func hasUpdateWord(s string) bool {
	f := text.Fold(s)
	for _, w := range updateWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}
