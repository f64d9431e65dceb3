package input

import (
	_ "embed"
	nurl "net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // the zones of data/tldzones.tsv on systems without zoneinfo

	"github.com/dyadproject/dyad"
)

// Time zones of metadata timestamps. A timestamp is read as written: the
// date part of "2019-12-09T19:00:49+01:00" is the writer's local date. Many
// sites write their metadata in UTC ("2022-05-04T03:37:37+00:00"), and the
// UTC date is then a day off the local date the site shows for late-evening
// (positive offsets) or early-morning (negative offsets) articles. When the
// same instant is written elsewhere in the page with a local offset (a
// <time datetime>, another metadata field), that local date is taken.

// rxStamp reads an ISO 8601 timestamp with a time of day and a zone.
var rxStamp = regexp.MustCompile(`((?:19|20)\d\d)-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s?(Z|[+-]\d\d:?\d\d)\b`)

// parseStamp reads a timestamp with a time of day and an explicit zone
// ("2022-05-04T03:37:37+00:00", "2022-11-06T23:00:00.000Z") at the start
// of s; ok is false for dates without a time or a zone.
func parseStamp(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	m := rxStamp.FindStringSubmatchIndex(s)
	if m == nil || m[0] != 0 {
		return time.Time{}, false
	}
	return stampAt(s, m)
}

func stampAt(s string, m []int) (time.Time, bool) {
	num := func(i int) int {
		if m[2*i] < 0 {
			return 0
		}
		n := 0
		for _, c := range s[m[2*i]:m[2*i+1]] {
			n = n*10 + int(c-'0')
		}
		return n
	}
	zone := s[m[14]:m[15]]
	off := 0
	if zone != "Z" {
		z := strings.ReplaceAll(zone[1:], ":", "")
		off = (int(z[0]-'0')*10+int(z[1]-'0'))*3600 + (int(z[2]-'0')*10+int(z[3]-'0'))*60
		if zone[0] == '-' {
			off = -off
		}
	}
	if num(2) < 1 || num(2) > 12 || num(3) < 1 || num(3) > 31 || num(4) > 23 || num(5) > 59 || off > 14*3600 || off < -12*3600 {
		return time.Time{}, false
	}
	loc := time.UTC
	if off != 0 {
		loc = time.FixedZone("", off)
	}
	return time.Date(num(1), time.Month(num(2)), num(3), num(4), num(5), num(6), 0, loc), true
}

// pageStamps returns the timestamps written in the page (markup,
// metadata and scripts) with a non-zero UTC offset, at most 200.
func pageStamps(page string) []time.Time {
	var out []time.Time
	for p := 4; p < len(page) && len(out) < 200; {
		i := strings.IndexByte(page[p:], '-')
		if i < 0 {
			break
		}
		p += i
		// a cheap test before the regular expression: dddd-dd-dd[T ]
		if p+6 < len(page) && isDigits(page[p-4:p]) && isDigits(page[p+1:p+3]) && page[p+3] == '-' &&
			(page[p-4] == '1' || page[p-4] == '2') {
			w := page[p-4 : min(len(page), p+40)]
			if m := rxStamp.FindStringSubmatchIndex(w); m != nil && m[0] == 0 {
				if t, ok := stampAt(w, m); ok && t.Location() != time.UTC {
					out = append(out, t)
				}
			}
		}
		p++
	}
	return out
}

// pageZone is what a page tells of its time zone: the timestamps it
// writes with a local offset, and the zone of its country's domain.
type pageZone struct {
	stamps   []time.Time
	loc      *time.Location // nil if unknown
	dayFirst bool           // an English site of a country writing 02/11/2023 day first
}

// newPageZone reads the time zone evidence of a page fetched from pageURL
// ("" if unknown).
func newPageZone(page, pageURL string) *pageZone {
	z := &pageZone{stamps: pageStamps(page)}
	site := pageURL
	if site == "" {
		if m := rxCanonical.FindStringSubmatch(page[:min(len(page), 64<<10)]); m != nil {
			site = m[1] + m[2]
		}
	}
	tld := siteTLD(site)
	z.loc, z.dayFirst = tldZones[tld], dayFirstTLD[tld]
	return z
}

// dateLang is the language given to findDate for a page in lang: "en"
// reads 02/11/2023 month first, except on sites of day-first countries.
func (z *pageZone) dateLang(lang string) string {
	if lang == "en" && z != nil && z.dayFirst {
		return "en-dmy"
	}
	return lang
}

//go:embed data/dayfirst.txt
var dayFirstTxt string

var dayFirstTLD = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range wordList(dayFirstTxt) {
		out[w] = true
	}
	return out
}()

var rxCanonical = regexp.MustCompile(`(?i)<link[^>]+rel=["']?canonical["']?[^>]+href=["']([^"']+)|<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)`)

// zoned reads a metadata date like parseMetaDate, but a UTC timestamp
// gives the site's local date: the date the page writes for the same
// instant with a local offset, else the date in the zone of the site's
// country domain (data/tldzones.tsv), else the next day for one at 22:00
// or 23:00 sharp (central European midnight).
func zoned(s string, z *pageZone) (dyad.Date, bool) {
	d, ok := parseMetaDate(s)
	if !ok {
		return d, ok
	}
	t, isStamp := parseStamp(s)
	if !isStamp || t.Location() != time.UTC {
		return d, ok
	}
	if z != nil {
		for _, l := range z.stamps {
			if dt := l.Sub(t); dt > -2*time.Second && dt < 2*time.Second {
				return dateOf(l), true
			}
		}
		if z.loc != nil {
			return dateOf(t.In(z.loc)), true
		}
	}
	if (t.Hour() == 22 || t.Hour() == 23) && t.Minute() == 0 && t.Second() == 0 {
		// "2022-11-06T23:00:00.000Z": a date without a time stored as
		// local midnight in central Europe (UTC+1, +2 in summer)
		return dateOf(t.Add(2 * time.Hour)), true
	}
	return d, ok
}

//go:embed data/tldzones.tsv
var tldZonesTSV string

var tldZones = func() map[string]*time.Location {
	out := map[string]*time.Location{}
	for _, l := range strings.Split(tldZonesTSV, "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 2 {
			panic("input: bad line in data/tldzones.tsv: " + l)
		}
		loc, err := time.LoadLocation(f[1])
		if err != nil {
			panic("input: data/tldzones.tsv: " + err.Error())
		}
		out[f[0]] = loc
	}
	return out
}()

// siteTLD returns the top-level domain of a URL's host (the archived
// page's for a web.archive.org address), "" if none.
func siteTLD(u string) string {
	if i := strings.Index(u, "web.archive.org/web/"); i >= 0 {
		rest := u[i+len("web.archive.org/web/"):]
		if j := strings.Index(rest, "/"); j >= 0 {
			u = rest[j+1:]
		}
	}
	p, err := nurl.Parse(strings.TrimSpace(u))
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(p.Hostname()), ".")
	return host[strings.LastIndexByte(host, '.')+1:]
}

var (
	// /2014/05/18/title, /2014-05-18-title, /2012-06/04/
	rxURLDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:[/._-]|$)`)
	// /20220127-title, /news_20190512.html: eight digits alone
	rxURLCompact = regexp.MustCompile(`[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/._-]|$)`)
)

// urlDate reads a date from a URL path such as /2014/05/18/title,
// /2014-05-18-title or /20140518-title. The query and fragment are not
// read.
func urlDate(u string) (dyad.Date, bool) {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for _, rx := range []*regexp.Regexp{rxURLDate, rxURLCompact} {
		if m := rx.FindStringSubmatch(u); m != nil {
			if d, err := ParseAnyDate(m[1] + "-" + m[2] + "-" + m[3]); err == nil && d.Day != 0 {
				return d, true
			}
		}
	}
	return dyad.Date{}, false
}

// strongDate names the date sources that state a publication date in
// so many words (JSON-LD, article:published_time, microdata, <time
// datetime>, date metas); the others read a date in the page's text.
var strongDate = map[string]bool{"ld": true, "prop": true, "item": true, "time": true, "meta": true, "created": true}

// pageURLDate reads a date from the page's canonical URL, else from the
// address it was fetched from.
func pageURLDate(canonical, fetched string) (dyad.Date, bool) {
	if d, ok := urlDate(canonical); ok {
		return d, true
	}
	return urlDate(fetched)
}

func dateOf(t time.Time) dyad.Date {
	return dyad.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

var rxURLMonth = regexp.MustCompile(`/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/`)

// urlMonth reads a year and month from a URL path such as
// /2010/05/title (Day is 0).
func urlMonth(u string) (dyad.Date, bool) {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	m := rxURLMonth.FindStringSubmatch(u)
	if m == nil {
		return dyad.Date{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	return dyad.Date{Year: y, Month: mo}, true
}
