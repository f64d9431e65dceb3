package input

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"golang.org/x/net/html"
)

func TestZonedDates(t *testing.T) {
	local := []time.Time{}
	if l, ok := parseStamp("2022-05-03T23:37:37-04:00"); ok {
		local = append(local, l)
	} else {
		t.Fatal("parseStamp failed on an offset timestamp")
	}
	for _, c := range []struct {
		in     string
		stamps []time.Time
		want   string
	}{
		{"2022-05-04T03:37:37+00:00", local, "2022-05-03"}, // same instant written locally
		{"2022-05-04T03:37:37+00:00", nil, "2022-05-04"},   // nothing else: as written
		{"2022-05-04T09:00:00Z", local, "2022-05-04"},      // another instant
		{"2022-11-06T23:00:00.000Z", nil, "2022-11-07"},    // central European midnight
		{"2022-11-06T22:00:00Z", nil, "2022-11-07"},
		{"2022-11-06T22:00:13Z", nil, "2022-11-06"},
		{"2019-12-09T19:00:49+01:00", nil, "2019-12-09"}, // local: as written
		{"2019-12-09", nil, "2019-12-09"},
		{"20190806", nil, "2019-08-06"},
	} {
		d, ok := zoned(c.in, &pageZone{stamps: c.stamps})
		if !ok || d.String() != c.want {
			t.Errorf("zoned(%q) = %v %v, want %s", c.in, d, ok, c.want)
		}
	}
	for _, c := range []struct{ url, stamp, want string }{
		{"https://www.zeitung.de/a", "2021-11-29T23:13:37+00:00", "2021-11-30"},                             // CET
		{"https://www.diario.com.uy/a", "2022-05-11T02:10:00Z", "2022-05-10"},                               // UTC-3
		{"https://web.archive.org/web/2016/http://blog.de/2010/05/x", "2010-05-19T22:30:00Z", "2010-05-20"}, // CEST
		{"https://www.site.com/a", "2021-11-29T23:13:37+00:00", "2021-11-29"},                               // unknown zone
	} {
		z := newPageZone("", c.url)
		if d, _ := zoned(c.stamp, z); d.String() != c.want {
			t.Errorf("zoned(%q) on %s = %s, want %s", c.stamp, c.url, d, c.want)
		}
	}
	if z := newPageZone(`<head><link rel="canonical" href="https://www.journal.fr/a"></head>`, ""); z.loc == nil || z.loc.String() != "Europe/Paris" {
		t.Errorf("zone from the canonical link: %v", z.loc)
	}
	if n := len(pageStamps(`<time datetime="2022-05-03T23:37:37-04:00"> "d":"2022-05-04T03:37:37Z" 2021-13-01T10:00:00+02:00 1-2-3`)); n != 1 {
		t.Errorf("pageStamps found %d stamps, want 1", n)
	}
}

func TestURLDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"https://x.org/2014/05/18/title", "2014-05-18"},
		{"https://x.org/blog/2014-05-18-title", "2014-05-18"},
		{"http://x.cn/news/2012-06/04/content_1.htm", "2012-06-04"},
		{"https://x.de/texte/22/20220127-gedenkstunde.html;jsessionid=1", "2022-01-27"},
		{"https://x.org/img_20220505203651.jpg", ""}, // a longer number
		{"https://x.org/2014/05/title", ""},          // no day
		{"https://x.org/a?date=2014-05-18", ""},      // query
		{"https://x.org/2014/13/40/x", ""},
	} {
		d, ok := urlDate(c.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("urlDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFindDateMoreLanguages(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"15 августа 2016, 13:43", "2016-08-15"},
		{"Опубліковано 3 травня 2021", "2021-05-03"},
		{"3 maja 2021 r.", "2021-05-03"},
		{"12 maart 2020", "2020-03-12"},
		{"15. elokuuta 2016", "2016-08-15"},
		{"الجمعة 18 ديسمبر 2020 - 10:30", "2020-12-18"},
		{"18 دجنبر 2020", "2020-12-18"},
		{"24 Σεπτεμβρίου 2020", "2020-09-24"},
		{"24 ΣΕΠΤΕΜΒΡΙΟΥ 2020", "2020-09-24"},
		{"17 באוגוסט 2020", "2020-08-17"},
		{"입력 2020년 8월 17일 10:00", "2020-08-17"},
		{"3 تشرين الأول 2021", "2021-10-03"},
		{"تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24"},
		{"Posted 2022/05/04 10:00", "2022-05-04"},
		{"2022.05.04.", "2022-05-04"},
		{"22 octobre 2021", "2021-10-22"}, // the clean package's own table
		{"version 2022.13.4", ""},
		{"2022/05.04", ""},
	} {
		d, _, ok := findDate(c.in, "")
		got := ""
		if ok {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("findDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestHTMLDateSources checks the date sources added for the benchmark's
// failure kinds, on small pages (see page in formats_test.go).
func TestHTMLDateSources(t *testing.T) {
	for _, c := range []struct {
		name, head, body, url, date string
	}{
		// a video's datePublished is not the article's
		{"ld-video", `<script type="application/ld+json">[{"@type":"VideoObject","datePublished":"2017-10-01"},{"@type":"NewsArticle","datePublished":"2021-10-22T10:00:00+02:00"}]</script>`, "", "", "2021-10-22"},
		// dateCreated only when nothing else dates the page
		{"ld-created", `<script type="application/ld+json">{"@type":"Article","dateCreated":"2021-10-23T10:00:00Z"}</script>`, "", "", "2021-10-23"},
		{"ld-created-late", `<script type="application/ld+json">{"@type":"Article","dateCreated":"2021-10-23T10:00:00Z"}</script><meta name="date" content="2021-10-21">`, "", "", "2021-10-21"},
		// a UTC timestamp the page also writes in local time
		{"utc-local", `<meta property="article:published_time" content="2022-05-04T03:37:37+00:00">`, `<span class="x"><time class="entry-date updated" datetime="2022-05-03T23:37:37-04:00">hier</time></span>`, "", "2022-05-03"},
		// <abbr class="published" title=...> with a partial visible date
		{"abbr", ``, `<p><abbr class="published" title="2010-05-19T23:03:00+02:00">19 mai</abbr></p>`, "", "2010-05-19"},
		// a Unix time in a date-named element
		{"data-timestamp", ``, `<p><span class="post-date" data-timestamp="1563951600">il y a 3 ans</span></p>`, "", "2019-07-24"},
		// a date after a publication word counts inside running text
		{"pubword", ``, `<p>Ce long entretien avec la ministre des Affaires étrangères a été mis en ligne le 23 mai 2019 par la rédaction du journal.</p>`, "", "2019-05-23"},
		// a forum profile's registration date is not the page's
		{"registered", ``, `<p>Registriert: 18.09.2008, 05:56</p><p>21.01.2009, 05:42</p>`, "", "2009-01-21"},
		// the URL's date against a date of the text three years away
		{"url", ``, `<p>22.10.2018</p>`, "https://journal.example/2021/10/22/rencontre", "2021-10-22"},
	} {
		d, err := ExtractHTML([]byte(page(c.head, c.body)), "", c.url)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d.Date.String() != c.date {
			t.Errorf("%s: date %q, want %q", c.name, d.Date, c.date)
		}
	}
}

// TestLayoutClasses checks that page-wide classes naming a layout (a body
// "no-sidebars", a "right-sidebar" wrapper of the headline) do not hide
// the article from the date scan, while a real sidebar stays out.
func TestLayoutClasses(t *testing.T) {
	src := `<html><body class="no-sidebars"><div class="content right-sidebar"><h1>Rencontre</h1><p>Texte.</p><p>22.10.2021</p></div>
<div class="sidebar"><p>01.01.2020</p></div></body></html>`
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := firstVisibleDate(root, "fr", dyad.Date{}, nil); !ok || d.String() != "2021-10-22" {
		t.Errorf("date %v %v, want 2021-10-22", d, ok)
	}
	src = strings.Replace(src, "<p>22.10.2021</p>", "", 1)
	root, _ = html.Parse(strings.NewReader(src))
	if d, ok := firstVisibleDate(root, "fr", dyad.Date{}, nil); ok {
		t.Errorf("date %v from the sidebar", d)
	}
}

// TestVisibleDateFallbacks checks the last resort's evidence: a label on
// the line before the date, a sidebar date after a publication word, the
// URL's month choosing among the text's dates.
func TestVisibleDateFallbacks(t *testing.T) {
	for _, c := range []struct {
		name, src string
		ym        dyad.Date
		want      string
	}{
		{"label-line", `<div><p>Du texte sans date.</p></div><div id="sidebar"><p class="t">Mise en ligne</p><p>23 mai 2019</p><p>Durée : 3 minutes</p></div>`, dyad.Date{}, "2019-05-23"},
		{"sidebar-no-cue", `<div><p>Du texte sans date.</p></div><div id="sidebar"><p>23 mai 2019</p></div>`, dyad.Date{}, ""},
		{"updated-label", `<div><p>Aktualisiert:</p><p>12.03.2022</p><p>Veröffentlicht:</p><p>10.03.2022</p></div>`, dyad.Date{}, "2022-03-10"},
		{"url-month", `<div><p>01.01.2009</p><p>Dieser Beitrag über die Typographie der Bücher des Verlags wurde am 19. Mai 2010 um 23:03 Uhr geschrieben und unter Literatur abgelegt.</p></div>`, dyad.Date{Year: 2010, Month: 5}, "2010-05-19"},
		{"event-paragraph", `<div><p>Sa., 22.01.2022, 9:00 – 17:00 Uhr: Sie haben einen landwirtschaftlichen Betrieb und würden gerne Ihren Beitrag leisten?</p></div>`, dyad.Date{}, ""},
		{"release", `<div><p>Kinostart: 02. April 2015</p></div>`, dyad.Date{}, ""},
		{"url-month-none", `<div><p>01.01.2009</p></div>`, dyad.Date{Year: 2010, Month: 5}, ""},
	} {
		root, err := html.Parse(strings.NewReader("<html><body>" + c.src + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		d, _ := firstVisibleDate(root, "", c.ym, nil)
		if d.String() != c.want {
			t.Errorf("%s: %q, want %q", c.name, d, c.want)
		}
	}
	if d, ok := urlMonth("https://web.archive.org/web/20160218174457/http://blog.example/2010/05/title/"); !ok || d.Year != 2010 || d.Month != 5 {
		t.Errorf("urlMonth: %v %v", d, ok)
	}
}

// TestDayFirstSites checks the reading of "02/11/2023" on English pages:
// month first on a .com site, day first on a .co.uk one, and as the
// metadata says when it tells.
func TestDayFirstSites(t *testing.T) {
	src := `<!DOCTYPE html><html lang="en"><head><title>Talks in Islamabad</title>%s</head><body><article><h1>Talks in Islamabad</h1><p>02/11/2023</p>
<p>The US secretary of state met Pakistan's prime minister in Islamabad on Tuesday to discuss regional security and counter-terrorism cooperation between the two countries.</p>
<p>Both officials discussed the situation in Afghanistan and the question of Afghan refugees arriving at the border, a spokesman for the State Department said after the meeting.</p></article></body></html>`
	for _, c := range []struct{ head, url, want string }{
		{"", "https://news.example.com/a", "2023-02-11"},
		{"", "https://news.example.co.uk/a", "2023-11-02"},
		{`<meta name="date" content="2023-11-02">`, "https://news.example.com/a", "2023-11-02"},
	} {
		d, err := ExtractHTML([]byte(fmt.Sprintf(src, c.head)), "", c.url)
		if err != nil {
			t.Fatal(err)
		}
		if d.Date.String() != c.want {
			t.Errorf("%s %s: %s, want %s", c.url, c.head, d.Date, c.want)
		}
	}
}
