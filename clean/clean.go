// Package clean turns raw document text into clean article text: Unicode
// normalisation (Normalize) and removal of the site furniture that scraped
// pages wrap around an article (runs of unrelated headlines, share, report,
// cookie and subscribe lines, "read also" links), taking the outlet and the
// date from a "Publié dans X le 18 - 12 - 2020" line and a date from a
// teaser or dateline when the document has none.
//
// The phrases are data, one file per language under data/ (fr.txt, en.txt),
// embedded in the binary; every language's list is applied to every
// document (the language is not known yet when cleaning runs, and the
// phrases are specific enough).
//
// Clean may change Document.Text: all later offsets (sentences, tokens,
// times, actors, evidence) refer to the cleaned text. It is conservative:
// a text without furniture keeps its lines; only Normalize's character
// changes apply (which leave well-formed NFC text with ordinary spaces
// untouched, so that the code-point offsets of gold data stay valid).
package clean

import (
	"embed"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

//go:embed data/*.txt
var dataFS embed.FS

// Cleaner removes boilerplate from documents. It implements dyad.Cleaner
// and is safe for concurrent use.
type Cleaner struct {
	prefixes  []string         // folded
	lines     map[string]bool  // folded
	published []*regexp.Regexp // on folded lines; groups "source", "date"
}

var _ dyad.Cleaner = (*Cleaner)(nil)

// New loads the embedded phrase lists.
func New() *Cleaner {
	c := &Cleaner{lines: map[string]bool{}}
	ents, err := dataFS.ReadDir("data")
	if err != nil {
		panic(err)
	}
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := dataFS.ReadFile("data/" + e.Name())
		if err != nil {
			panic(err)
		}
		if err := c.load(e.Name(), string(b)); err != nil {
			panic(err)
		}
	}
	return c
}

func (c *Cleaner) load(name, data string) error {
	section := ""
	for i, l := range strings.Split(data, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
			section = l[1 : len(l)-1]
			continue
		}
		f := text.Fold(l)
		switch section {
		case "prefix":
			c.prefixes = append(c.prefixes, f)
		case "line":
			c.lines[f] = true
		case "published":
			q := regexp.QuoteMeta(f)
			q = strings.Replace(q, `\{source\}`, `(?P<source>.{1,80}?)`, 1)
			q = strings.Replace(q, `\{date\}`, `(?P<date>.{6,40}?)`, 1)
			rx, err := regexp.Compile(`^` + q + `[\s.]*$`)
			if err != nil {
				return fmt.Errorf("clean: data/%s:%d: %v", name, i+1, err)
			}
			c.published = append(c.published, rx)
		default:
			return fmt.Errorf("clean: data/%s:%d: entry outside a section", name, i+1)
		}
	}
	return nil
}

// Clean normalises doc.Text and removes site furniture from it; it fills
// doc.Title (the first line, when it looks like a title and Title is
// empty), doc.Source and doc.Date when the text states them and they are
// unknown. A document left without text is an error.
func (c *Cleaner) Clean(doc *dyad.Document) error {
	t := Normalize(doc.Text)
	lines := splitLines(t)
	drop := make([]bool, len(lines))
	dropped := false
	var prev string
	for i, ln := range lines {
		s := strings.TrimSpace(ln)
		if s == "" {
			continue
		}
		switch {
		case isHeadlineRun(s):
			drop[i] = true
		case len(s) <= 250 && c.furniture(text.Fold(s)):
			drop[i] = true
		case len(s) <= 250 && c.publishedLine(doc, s):
			drop[i] = true
		case s == prev && len(s) <= 300:
			drop[i] = true // a repeated line (title printed twice)
		}
		if drop[i] {
			dropped = true
		} else {
			prev = s
		}
	}
	if n := menuRun(lines, drop); n > 0 {
		dropped = true
	}
	if dropped {
		var b strings.Builder
		blank := 0
		for i, ln := range lines {
			if drop[i] {
				continue
			}
			if strings.TrimSpace(ln) == "" {
				blank++
				if blank > 1 || b.Len() == 0 {
					continue
				}
			} else {
				blank = 0
			}
			b.WriteString(ln)
			b.WriteByte('\n')
		}
		t = strings.TrimSpace(b.String())
	}
	if strings.TrimSpace(t) == "" {
		return fmt.Errorf("clean: %s: no text left", doc.ID)
	}
	doc.Text = t
	c.titleAndDate(doc)
	return nil
}

// splitLines splits t after each '\n', keeping no separators.
func splitLines(t string) []string {
	return strings.Split(t, "\n")
}

func (c *Cleaner) furniture(f string) bool {
	f = strings.TrimSpace(f)
	if c.lines[strings.TrimRight(f, " .:!?…»")] {
		return true
	}
	for _, p := range c.prefixes {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// publishedLine recognises "Publié dans X le 18 - 12 - 2020" and fills
// Source and Date when unknown.
func (c *Cleaner) publishedLine(doc *dyad.Document, s string) bool {
	f, back := foldMap(s)
	for _, rx := range c.published {
		m := rx.FindStringSubmatchIndex(f)
		if m == nil {
			continue
		}
		var src, date string
		for gi, name := range rx.SubexpNames() {
			if m[2*gi] < 0 {
				continue
			}
			orig := s[back[m[2*gi]]:back[m[2*gi+1]]]
			switch name {
			case "source":
				src = strings.TrimSpace(orig)
			case "date":
				date = orig
			}
		}
		d, span, ok := FindDate(date, doc.Lang)
		if !ok || strings.TrimSpace(date[span.End:]) != "" && !onlyTime(date[span.End:]) {
			continue
		}
		if doc.Source == "" && src != "" {
			doc.Source = src
		}
		if doc.Date.IsZero() {
			doc.Date = d
		}
		return true
	}
	return false
}

var rxTime = regexp.MustCompile(`^[\s,]*(?:a|à|at|um|alle|às)?\s*\d{1,2}\s*[h:.]\s*\d{0,2}\s*$`)

func onlyTime(s string) bool { return rxTime.MatchString(s) }

// foldMap folds s rune by rune and returns, for every byte offset of the
// folded string (and its end), the byte offset in s it comes from.
func foldMap(s string) (string, []int) {
	var b strings.Builder
	back := make([]int, 0, len(s)+1)
	for i, r := range s {
		f := text.Fold(string(r))
		for range len(f) {
			back = append(back, i)
		}
		b.WriteString(f)
	}
	back = append(back, len(s))
	return b.String(), back
}

var rxWideGap = regexp.MustCompile(`[ \t]{3,}|\s+[|•·]\s+`)

// isHeadlineRun recognises a line made of several short items separated by
// wide gaps or bars: a list of headlines or a navigation bar flattened into
// one line.
func isHeadlineRun(s string) bool {
	parts := rxWideGap.Split(s, -1)
	n, short := 0, 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		n++
		if utf8.RuneCountInString(p) <= 200 {
			short++
		}
	}
	return n >= 3 && short*10 >= n*9
}

// menuRun drops a run of at least six very short lines (at most 40
// characters and four words, starting with a capital or a digit, no
// punctuation: the lines of hard-wrapped prose do not all look like
// that) at the start or the end
// of the text: a navigation menu, one item per line. It returns the number
// of lines dropped.
func menuRun(lines []string, drop []bool) int {
	isMenu := func(s string) bool {
		s = strings.TrimSpace(s)
		if s == "" || utf8.RuneCountInString(s) > 40 || len(strings.Fields(s)) > 4 || strings.ContainsAny(s, ".,;:!?»\"”«(") {
			return false
		}
		r, _ := utf8.DecodeRuneInString(s)
		return unicode.IsUpper(r) || unicode.IsDigit(r) // hard-wrapped prose has lower-case line starts
	}
	count := func(idx []int) int {
		run := []int{}
		for _, i := range idx {
			if drop[i] || strings.TrimSpace(lines[i]) == "" {
				continue
			}
			if !isMenu(lines[i]) {
				break
			}
			run = append(run, i)
		}
		if len(run) < 6 {
			return 0
		}
		for _, i := range run {
			drop[i] = true
		}
		return len(run)
	}
	fwd := make([]int, len(lines))
	bwd := make([]int, len(lines))
	for i := range lines {
		fwd[i] = i
		bwd[i] = len(lines) - 1 - i
	}
	return count(fwd) + count(bwd)
}

// isDateline reports whether the date at span in line s dates the
// document rather than an event: a line that is only a date (and time); a
// date opening the line and followed by a separator ("22 mai 2012. -
// Le lanceur...", "22 octobre 2021 | 10:30"); a date closing a teaser
// ("il s'avère... 24.10.2021"), a byline ("Swiss Info, 22 juin 2002") or
// a short heading without a final full stop ("Prévisions du vendredi 10
// janvier 2020"). A sentence that ends with a date ("... le 4 décembre
// 1951.") does not count.
func isDateline(s string, span dyad.Span) bool {
	before := strings.TrimSpace(s[:span.Start])
	after := strings.TrimSpace(s[span.End:])
	if after == "" || onlyTime(after) {
		if before == "" {
			return true
		}
		if strings.HasSuffix(before, "...") || strings.HasSuffix(before, "…") {
			return true
		}
		if strings.ContainsAny(before[len(before)-1:], ",|-–—:") && utf8.RuneCountInString(s) <= 200 {
			return true
		}
		return utf8.RuneCountInString(s) <= 100
	}
	if before != "" {
		return false
	}
	after = strings.TrimLeft(after, ". ")
	for _, sep := range []string{"-", "–", "—", ":", "|", ",", "("} {
		if strings.HasPrefix(after, sep) {
			return true
		}
	}
	return false
}

// titleAndDate fills Title from a title-like first line and Date from a
// date written at the start or the end of one of the first lines (a
// dateline, or a teaser ending "... 24.10.2021").
func (c *Cleaner) titleAndDate(doc *dyad.Document) {
	lines := strings.Split(doc.Text, "\n")
	k := 0
	for _, ln := range lines {
		s := strings.TrimSpace(ln)
		if s == "" {
			continue
		}
		if k == 0 && doc.Title == "" && len(lines) > 1 && utf8.RuneCountInString(s) <= 200 &&
			!strings.ContainsAny(s[len(s)-1:], ".!?:,;") {
			doc.Title = s
		}
		if doc.Date.IsZero() {
			if d, span, ok := FindDate(s, doc.Lang); ok && isDateline(s, span) {
				doc.Date = d
			}
		}
		k++
		if k >= 6 || !doc.Date.IsZero() && doc.Title != "" {
			break
		}
	}
}
