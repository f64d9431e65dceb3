package input

import (
	_ "embed"
	"encoding/json"
	"fmt"
	nurl "net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/clean"
	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

//go:embed data/datemeta.txt
var dateMetaTxt string

// dateMetaRank gives the trust rank of a <meta> name carrying a date.
var dateMetaRank = map[string]int{}

func init() {
	for _, l := range strings.Split(dateMetaTxt, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		dateMetaRank[strings.ToLower(l)] = len(dateMetaRank)
	}
}

func (r *reader) html(p string, data []byte, label string) error {
	d, err := ExtractHTML(data, label, "")
	if err != nil {
		return r.fail(&Error{Path: p, Reason: err.Error()})
	}
	d.ID, d.Path = p, p
	return r.doc(d)
}

// ExtractHTML reads an HTML page: the main text and title (with
// go-readability, Mozilla Readability's algorithm), and from the page's
// metadata the publication date, canonical URL, site name (Source), author
// and language. label is a charset declared outside the page (HTTP
// Content-Type), "" if none; pageURL is the address the page was fetched
// from, "" if unknown. The publication date is the site's local date: a
// full date written next to the page's headline (headlineDate), else the
// metadata (JSON-LD datePublished, article:published_time, microdata, the
// first <time datetime>, other <meta> tags of data/datemeta.txt,
// date-named elements), the byline or a dateline, the URL, a script's
// state object, and last the page's visible text; a date read from the
// text that the URL's date contradicts gives way to it (see the package
// README for the details and figures).
func ExtractHTML(data []byte, label, pageURL string) (*dyad.Document, error) {
	d, _, err := extractHTML(data, label, pageURL)
	return d, err
}

// extractHTML is ExtractHTML that also tells where the date came from:
// "headline", a metadata source ("ld", "prop", "item", "time", "meta",
// "created", "class"), "byline", "dateline", "url", "script", "visible" or
// "".
func extractHTML(data []byte, label, pageURL string) (*dyad.Document, string, error) {
	if label == "" {
		if _, name, certain := charset.DetermineEncoding(data, ""); certain || name != "windows-1252" {
			label = name
		} else if m := rxMetaCharset.FindSubmatch(data[:min(len(data), 64<<10)]); m != nil && !utf8.Valid(data) {
			// a declaration past the first 1024 bytes the HTML standard
			// scans (archived pages put the archive's own markup first)
			label = string(m[1])
		}
		// a page saved as UTF-8 under a stale <meta charset> of a legacy
		// encoding: valid UTF-8 with multi-byte sequences is not a
		// coincidence, so it wins over the page's own declaration
		if label != "utf-8" && utf8.Valid(data) && hasMultibyteUTF8(data) {
			label = "utf-8"
		}
	}
	s, err := decode(data, label)
	if err != nil {
		return nil, "", err
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, "", fmt.Errorf("cannot parse HTML: %v", err)
	}
	zone := newPageZone(s, pageURL)
	m := pageMeta(root, zone)
	lead := leadBlock(root, m.desc, m.title)
	fbs := fallbackBlocks(root) // before go-readability changes the tree
	if dt, ok := headlineDate(root, m.title, zone.dateLang(primaryLang(m.lang)), zone); ok {
		if sw := (dyad.Date{Year: dt.Year, Month: dt.Day, Day: dt.Month}); dt.Day <= 12 && dt.Day != dt.Month &&
			!m.date.IsZero() && m.date.Day != 0 && daysApart(sw, m.date) <= 1 && daysApart(dt, m.date) > 1 {
			// "02/11/2023" read month first on a site writing the day
			// first: the metadata tells which
			dt = sw
		}
		ud, _ := pageURLDate(m.canonical, pageURL)
		if preferHeadline(m, dt, ud) {
			m.date, m.dateKind = dt, "headline"
		}
	}
	var u *nurl.URL
	if pageURL != "" {
		u, _ = nurl.Parse(pageURL)
	}
	if u == nil && m.canonical != "" {
		u, _ = nurl.Parse(m.canonical)
	}
	parser := readability.NewParser()
	parser.KeepClasses = true // for trimArticle
	art, err := parser.ParseAndMutate(root, u)
	if err != nil {
		return nil, "", fmt.Errorf("no article text: %v", err)
	}
	d := &dyad.Document{}
	if art.Node != nil {
		trimArticle(art.Node)
		d.Text = strings.TrimSpace(clean.Normalize(render.InnerText(art.Node)))
	}
	if len(d.Text) < fallbackBelow {
		// go-readability found little: the plain block rule, if it finds
		// half as much again
		if fb := strings.TrimSpace(clean.Normalize(fallbackText(fbs))); len(fb) > 3*len(d.Text)/2 {
			d.Text = fb
		}
	}
	if lead != "" && !strings.Contains(d.Text, head(lead, 60)) {
		// the standfirst set apart from the body (in the header, by the
		// headline): go-readability often leaves it out
		d.Text = strings.TrimSpace(lead + "\n\n" + d.Text)
	}
	if d.Text == "" {
		return nil, "", fmt.Errorf("no text")
	}
	d.Title = clean.Normalize(strings.TrimSpace(art.Title()))
	if d.Title == "" {
		d.Title = m.title
	}
	d.URL = m.canonical
	if d.URL == "" {
		d.URL = pageURL
	}
	d.Source = m.site
	if d.Source == "" {
		d.Source = clean.Normalize(art.SiteName())
	}
	d.Author = m.author
	if d.Author == "" {
		d.Author = clean.Normalize(strings.TrimSpace(art.Byline()))
	}
	d.Lang = m.lang
	if d.Lang == "" {
		d.Lang = primaryLang(art.Language())
	}
	src := m.dateKind
	d.Date = m.date
	if d.Date.IsZero() {
		// a dateline: the first date in the byline or the start of the text
		src = ""
		if dt, _, ok := findDate(art.Byline(), zone.dateLang(d.Lang)); ok {
			d.Date, src = dt, "byline"
		} else if dt, ok := datelineDate(head(d.Text, 600), zone.dateLang(d.Lang)); ok {
			d.Date, src = dt, "dateline"
		} else if dt, ok := urlDate(d.URL); ok {
			d.Date, src = dt, "url"
		} else if dt, ok := urlDate(pageURL); ok {
			d.Date, src = dt, "url"
		} else if dt, ok := scriptDate(s); ok {
			d.Date, src = dt, "script"
		} else if r2, err := html.Parse(strings.NewReader(s)); err == nil {
			ym, _ := urlMonth(d.URL)
			if ym.Year == 0 {
				ym, _ = urlMonth(pageURL)
			}
			if dt, ok := firstVisibleDate(r2, zone.dateLang(d.Lang), ym, zone); ok {
				d.Date, src = dt, "visible"
			}
		}
	}
	if u, ok := pageURLDate(d.URL, pageURL); ok && !d.Date.IsZero() && src != "url" && !strongDate[src] && (d.Date.Day == 0 || daysApart(d.Date, u) > 2) {
		// a date read from the page's text that the URL contradicts: the
		// URL's date is set when the article is published
		d.Date, src = u, "url"
	}
	return d, src, nil
}

// preferHeadline decides between the metadata date and the date written
// by the headline. The visible date wins, as it is in the site's local time
// and is the date the site shows (metadata is often a UTC timestamp, a
// draft's date or a re-indexing), except against an explicit
// datePublished (JSON-LD, article:published_time, microdata) more than a
// day away from it: the visible one is then often a revision or print date.
// A date in the page's URL (ud, zero if none) equal to one of the two
// decides for it when they are more than a day apart (a day apart, the
// URL's is as often the UTC date as the visible local one).
func preferHeadline(m meta, dt, ud dyad.Date) bool {
	if m.date.IsZero() || m.date.Day == 0 {
		return true
	}
	if ud.Day != 0 && (ud == dt) != (ud == m.date) && daysApart(dt, m.date) > 1 {
		return ud == dt
	}
	switch m.dateKind {
	case "ld", "prop", "item":
		return daysApart(m.date, dt) <= 1
	}
	return true
}

// datelineDate returns the first full date in s that is not inside the
// running text of a long paragraph (see inRunningText).
func datelineDate(s, lang string) (dyad.Date, bool) {
	for pos := 0; pos < len(s); {
		dt, span, ok := findDate(s[pos:], lang)
		if !ok {
			break
		}
		if !inRunningText(s, pos+span.Start) {
			return dt, true
		}
		pos += span.End
	}
	return dyad.Date{}, false
}

// fallbackBelow is the length of text from go-readability under which
// fallbackText is tried.
const fallbackBelow = 2500

var rxScriptDate = regexp.MustCompile(`"(?:datePublished|published_at|publishedAt|publishDate|publish_date|pubDate|date_published|publicationDate|firstPublished|first_published_at)"\s*:\s*"([^"]{8,40})"`)

// scriptDate reads a publication date from the page's scripts (state
// objects of script-rendered pages: "published_at":"2019-03-02T06:22:28").
func scriptDate(page string) (dyad.Date, bool) {
	if m := rxScriptDate.FindStringSubmatch(page); m != nil {
		if dt, ok := parseMetaDate(m[1]); ok && dt.Day != 0 {
			return dt, true
		}
	}
	return dyad.Date{}, false
}

var rxMetaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset=["']?([a-z0-9_-]+)`)

func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xc0 == 0x80 {
		n--
	}
	return s[:n]
}

type meta struct {
	title, canonical, site, author, lang string
	date                                 dyad.Date
	dateKind                             string // which source gave date
	desc                                 string // the longest description meta
}

// pageMeta reads the metadata of a parsed page.
func pageMeta(root *html.Node, zone *pageZone) meta {
	var m meta
	var ldDate, ldOther, ldCreated, propDate, timeDate, itemDate, classDate dyad.Date
	metaDate, metaRank := dyad.Date{}, 1<<30
	var ogTitle, titleTag, ldSite, ldAuthor, ogSite, metaAuthor string
	offDepth := 0 // inside comments, related lists, teasers of other articles
	keep := headlineAncestors(root, nil)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				if m.lang == "" {
					m.lang = primaryLang(attr(n, "lang"))
				}
			case "title":
				if titleTag == "" && n.FirstChild != nil {
					titleTag = strings.TrimSpace(n.FirstChild.Data)
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case "script":
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					var v any
					src := ldStrip(n.FirstChild.Data)
					if json.Unmarshal([]byte(src), &v) != nil {
						// broken JSON-LD: still take a datePublished written in it
						if mm := rxLDDate.FindStringSubmatch(src); mm != nil && ldDate.IsZero() {
							ldDate, _ = zoned(mm[1], zone)
						}
					} else {
						ld := jsonLD{zone: zone}
						ld.visit(v, 0)
						if ldDate.IsZero() {
							ldDate = ld.date
						}
						if ldOther.IsZero() {
							ldOther = ld.other
						}
						if ldCreated.IsZero() {
							ldCreated = ld.created
						}
						if ldSite == "" {
							ldSite = ld.site
						}
						if ldAuthor == "" {
							ldAuthor = ld.author
						}
					}
				}
				return
			case "time":
				if timeDate.IsZero() && !isModifiedMark(n) {
					if dt, ok := zoned(attr(n, "datetime"), zone); ok {
						timeDate = dt
					}
				}
			}
			if n.Data != "meta" && strings.EqualFold(attr(n, "itemprop"), "datePublished") && itemDate.IsZero() {
				// microdata on any element: content or datetime attribute, else its text
				for _, v := range []string{attr(n, "content"), attr(n, "datetime"), nodeText(n, 200)} {
					if dt, ok := zoned(v, zone); ok {
						itemDate = dt
						break
					}
				}
			}
			if classDate.IsZero() && offDepth == 0 && n.Data != "html" && n.Data != "body" && isDateClass(attr(n, "class")+" "+attr(n, "id")) {
				// a visible date in an element named for it (class="date", "published", "dateline"...)
				if txt := nodeText(n, 300); len(txt) < 300 {
					if dt, _, ok := findDate(txt, zone.dateLang(primaryLang(m.lang))); ok {
						classDate = dt
					} else if !isModifiedMark(n) && !hasUpdateWord(txt) {
						// the text is not a full date ("May 19", "2 hours
						// ago"): the date in an attribute (<abbr
						// class="published" title="2010-05-19T23:03:00">,
						// data-timestamp="1563951600"), unless the text
						// says what else it is ("Joined March 2007")
						for _, k := range []string{"datetime", "content", "title", "data-timestamp", "data-time", "data-date", "data-published"} {
							if dt, ok := zoned(attr(n, k), zone); ok && dt.Day != 0 {
								classDate = dt
								break
							}
						}
					}
				}
			}
			switch n.Data {
			case "meta":
				content := attr(n, "content")
				for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
					k := strings.ToLower(strings.TrimSpace(attr(n, key)))
					if k == "" {
						continue
					}
					switch k {
					case "article:published_time":
						if propDate.IsZero() {
							propDate, _ = zoned(content, zone)
						}
					case "og:site_name", "application-name":
						if ogSite == "" {
							ogSite = strings.TrimSpace(content)
						}
					case "og:title":
						if ogTitle == "" {
							ogTitle = strings.TrimSpace(content)
						}
					case "og:description", "description", "twitter:description":
						if len(content) > len(m.desc) {
							m.desc = content
						}
					case "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author":
						if metaAuthor == "" && !strings.HasPrefix(content, "http") {
							metaAuthor = strings.TrimSpace(strings.TrimPrefix(content, "By "))
						}
					case "og:url":
						if m.canonical == "" {
							m.canonical = strings.TrimSpace(content)
						}
					case "content-language", "language", "dc.language", "og:locale":
						if m.lang == "" {
							m.lang = primaryLang(content)
						}
					}
					if rank, ok := dateMetaRank[k]; ok && rank < metaRank {
						if dt, ok := zoned(content, zone); ok {
							metaDate, metaRank = dt, rank
						}
					}
				}
				if n.Data == "meta" && attr(n, "itemprop") == "datePublished" && content == "" {
					// <meta itemprop=datePublished datetime=...>
					if dt, ok := zoned(attr(n, "datetime"), zone); ok && metaRank > 0 {
						metaDate, metaRank = dt, 0
					}
				}
			}
		}
		off := n.Type == html.ElementNode && (isOffArticle(n) || isTeaser(n)) && !keep[n]
		if off {
			offDepth++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if off {
			offDepth--
		}
	}
	walk(root)
	if ldDate.IsZero() {
		ldDate = ldOther
	}
	for i, d := range []dyad.Date{ldDate, propDate, itemDate, timeDate, metaDate, ldCreated, classDate} {
		if !d.IsZero() {
			m.date, m.dateKind = d, []string{"ld", "prop", "item", "time", "meta", "created", "class"}[i]
			break
		}
	}
	m.title = clean.Normalize(firstNonEmpty(ogTitle, titleTag))
	m.site = clean.Normalize(firstNonEmpty(ogSite, ldSite))
	m.author = clean.Normalize(firstNonEmpty(ldAuthor, metaAuthor))
	return m
}

// nodeText returns the text inside n, white space collapsed, cut after
// max bytes.
func nodeText(n *html.Node, max int) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if b.Len() > max {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

var dateClassParts = map[string]bool{"date": true, "dateline": true, "datetime": true, "timestamp": true,
	"time": true, "published": true, "pubdate": true, "pubtime": true, "publish": true, "posted": true, "byline": true,
	"created": true}

// isDateClass recognises the class or id of an element that shows a
// page's date: a name made of parts such as date, dateline, time,
// timestamp, published, pubdate, byline ("entry-date", "pb-timestamp",
// "pubTime", "article_date").
func isDateClass(s string) bool {
	for _, tok := range strings.Fields(s) {
		var parts []string
		start := 0
		for i, r := range tok {
			switch {
			case r == '-' || r == '_' || r == '.':
				parts = append(parts, tok[start:i])
				start = i + 1
			case r >= 'A' && r <= 'Z' && i > start && tok[i-1] >= 'a' && tok[i-1] <= 'z':
				parts = append(parts, tok[start:i])
				start = i
			}
		}
		parts = append(parts, tok[start:])
		for _, p := range parts {
			if dateClassParts[strings.ToLower(p)] {
				return true
			}
		}
	}
	return false
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// primaryLang turns "fr-FR", "en_US" into "fr", "en".
func primaryLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return s
}

// jsonLD collects datePublished, publisher name and author from a JSON-LD
// block (objects, arrays and @graph).
type jsonLD struct {
	zone         *pageZone
	date         dyad.Date // the article's (or page's) datePublished
	other        dyad.Date // a video's, a comment's, an event's...
	created      dyad.Date // the article's dateCreated
	site, author string
}

func (ld *jsonLD) visit(v any, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ld.visit(e, depth+1)
		}
	case map[string]any:
		if s, ok := x["datePublished"].(string); ok {
			if ldSecondary(x["@type"]) {
				if ld.other.IsZero() {
					ld.other, _ = zoned(s, ld.zone)
				}
			} else if ld.date.IsZero() {
				ld.date, _ = zoned(s, ld.zone)
			}
		}
		if s, ok := x["dateCreated"].(string); ok && ld.created.IsZero() && !ldSecondary(x["@type"]) {
			ld.created, _ = zoned(s, ld.zone)
		}
		if ld.site == "" {
			ld.site = ldName(x["publisher"])
		}
		if ld.author == "" {
			ld.author = ldName(x["author"])
		}
		if g, ok := x["@graph"]; ok {
			ld.visit(g, depth+1)
		}
		if g, ok := x["mainEntity"]; ok {
			ld.visit(g, depth+1)
		}
	}
}

// ldSecondary tells whether a JSON-LD @type is a thing inside or beside
// the article (a video, an image, a comment, a review, an event) whose
// datePublished is not the article's.
func ldSecondary(t any) bool {
	switch x := t.(type) {
	case string:
		switch x {
		case "VideoObject", "AudioObject", "ImageObject", "MediaObject", "Clip", "Comment", "Review",
			"Event", "Product", "Offer", "Person", "Organization":
			return true
		}
	case []any:
		for _, e := range x {
			if !ldSecondary(e) {
				return false
			}
		}
		return len(x) > 0
	}
	return false
}

func ldName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.HasPrefix(x, "http") {
			return ""
		}
		return x
	case map[string]any:
		s, _ := x["name"].(string)
		return s
	case []any:
		var names []string
		for _, e := range x {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

var rxLDDate = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]+)"`)

// ldStrip removes the CDATA and comment wrappers some sites put around
// JSON-LD.
func ldStrip(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range []string{"//<![CDATA[", "<![CDATA[", "<!--"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, w))
	}
	for _, w := range []string{"//]]>", "]]>", "-->"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, w))
	}
	return s
}

var rxLeadingISO = regexp.MustCompile(`^\s*((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?`)

// parseMetaDate reads a date from a metadata value: ISO 8601 (the date part
// is taken as written, in the writer's own time zone), 20211022, RFC 1123,
// "October 22, 2021" and the other forms dateparse knows.
func parseMetaDate(s string) (dyad.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return dyad.Date{}, false
	}
	if m := rxLeadingISO.FindStringSubmatch(s); m != nil {
		d, err := dyad.ParseDate(strings.TrimSuffix(m[1]+"-"+m[2]+"-"+m[3], "-"))
		return d, err == nil && !d.IsZero()
	}
	if (len(s) == 8 || len(s) == 12 || len(s) == 14) && isDigits(s) && (s[:2] == "19" || s[:2] == "20") {
		// 20190806, 201908061032, 20190806103251
		d, err := dyad.ParseDate(s[:4] + "-" + s[4:6] + "-" + s[6:8])
		return d, err == nil
	}
	if isDigits(s) && len(s) >= 9 && len(s) <= 13 { // Unix time (s or ms)
		var n int64
		fmt.Sscan(s, &n)
		if len(s) == 13 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		if t.Year() >= 1990 && t.Year() <= 2100 {
			return dyad.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, true
		}
		return dyad.Date{}, false
	}
	t, err := dateparse.ParseAny(s, dateparse.PreferMonthFirst(false))
	if err != nil || t.Year() < 1900 {
		if d, _, ok := findDate(s, ""); ok {
			return d, true
		}
		return dyad.Date{}, false
	}
	return dyad.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
