package input

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"golang.org/x/text/encoding/charmap"
)

const article = `<p>Le secrétaire d’État américain a rencontré mardi à Islamabad le Premier ministre pakistanais pour discuter de la sécurité régionale et de la coopération dans la lutte contre le terrorisme.</p>
<p>Les deux responsables ont évoqué la situation en Afghanistan, où les talibans ont pris le pouvoir en août, et la question des réfugiés afghans qui affluent vers la frontière.</p>
<p>Washington souhaite que le Pakistan use de son influence auprès des talibans pour obtenir un gouvernement inclusif, a précisé un porte-parole du département d’État.</p>`

func page(head, body string) string {
	return `<!DOCTYPE html><html lang="fr-FR"><head><meta charset="utf-8"><title>Rencontre à Islamabad - Le Journal</title>` + head +
		`</head><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a></nav>
<article><h1>Rencontre à Islamabad</h1>` + body + article + `</article>
<footer><p>© Le Journal 2021. Tous droits réservés. Mentions légales. Politique de cookies.</p></footer></body></html>`
}

func TestHTMLMetadata(t *testing.T) {
	cases := []struct {
		name, head, body, date string
	}{
		{"jsonld", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2021-10-22T23:30:00+02:00","publisher":{"@type":"Organization","name":"Le Journal"},"author":[{"@type":"Person","name":"Marie Dupont"}]}]}</script>
<meta property="article:published_time" content="2021-10-20T10:00:00Z">`, "", "2021-10-22"},
		{"article-prop", `<meta property="article:published_time" content="2021-10-20T10:00:00Z"><meta name="date" content="2021-01-01">`, `<time datetime="2021-10-12">12 octobre</time>`, "2021-10-20"},
		// the date shown by the headline, in local time, wins over a UTC timestamp a day away
		{"headline-local", `<meta property="article:published_time" content="2021-10-19T23:30:00Z">`, `<p>Par Marie Dupont, 20 octobre 2021, 01h30</p>`, "2021-10-20"},
		// and over a page-level <meta name=date> whatever the distance
		{"headline-meta", `<meta name="date" content="2021-01-01">`, `<p>22.10.2021</p>`, "2021-10-22"},
		// a revision date by the headline is not the publication date
		{"headline-updated", `<meta property="article:published_time" content="2021-10-20T10:00:00+02:00">`, `<p>Mis à jour le 21 octobre 2021</p>`, "2021-10-20"},
		// a date in the running text is what the article is about
		{"running-text", ``, `<p>Les ministres des Affaires étrangères des deux pays se retrouveront à Genève le 3 novembre 2021 pour une nouvelle session.</p>`, ""},
		{"time", `<meta name="date" content="2021-01-01">`, `<p>Publié le <time datetime="2021-10-19T08:00">19 octobre</time></p>`, "2021-10-19"},
		{"meta-rank", `<meta name="sailthru.date" content="2021-03-04 10:00:00"><meta name="DC.date.issued" content="2021-02-03">`, "", "2021-02-03"},
		{"parsely", `<meta name="parsely-pub-date" content="2020-12-18T06:00:00Z">`, "", "2020-12-18"},
		{"dateline", ``, `<p class="byline">Par Marie Dupont, le 22 octobre 2021 à 10h</p>`, "2021-10-22"},
		{"none", ``, ``, ""},
	}
	for _, c := range cases {
		d, err := ExtractHTML([]byte(page(c.head, c.body)), "", "https://journal.example/monde/rencontre.html")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d.Date.String() != c.date {
			t.Errorf("%s: date %q, want %q", c.name, d.Date, c.date)
		}
		if d.Lang != "fr" {
			t.Errorf("%s: lang %q", c.name, d.Lang)
		}
		if !strings.Contains(d.Text, "Le secrétaire d’État américain a rencontré") || strings.Contains(d.Text, "Accueil") || strings.Contains(d.Text, "Mentions légales") {
			t.Errorf("%s: text %q", c.name, d.Text)
		}
		if d.URL != "https://journal.example/monde/rencontre.html" {
			t.Errorf("%s: url %q", c.name, d.URL)
		}
	}
	d, _ := ExtractHTML([]byte(page(cases[0].head+`<link rel="canonical" href="https://journal.example/a/1"><meta property="og:site_name" content="Le Journal">`, "")), "", "")
	if d.URL != "https://journal.example/a/1" || d.Source != "Le Journal" || d.Author != "Marie Dupont" || !strings.HasPrefix(d.Title, "Rencontre à Islamabad") {
		t.Errorf("metadata: url %q source %q author %q title %q", d.URL, d.Source, d.Author, d.Title)
	}
}

func TestHTMLCharset(t *testing.T) {
	// a windows-1252 page declaring its charset
	src := strings.Replace(page("", ""), `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, 1)
	enc, err := charmap.Windows1252.NewEncoder().String(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := write(t, dir, "page.html", []byte(enc))
	res := readAll(t, Options{}, p)
	if len(res.docs) != 1 {
		t.Fatalf("errs %v", res.errs)
	}
	if !strings.Contains(res.docs[0].Text, "Le secrétaire d’État américain") {
		t.Errorf("cp1252 page: %q", res.docs[0].Text[:80])
	}
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Journal - Monde</title><link>https://journal.example/</link><language>fr-fr</language>
%s
</channel></rss>`

func rssItem(i int) string {
	return fmt.Sprintf(`<item><title>Titre %d</title><link>https://journal.example/a/%d</link><guid>urn:j:%d</guid>
<pubDate>Fri, 22 Oct 2021 23:30:00 +0200</pubDate>
<description><![CDATA[<p>Le Pakistan aide les talibans, numéro %d.</p><p>Second&nbsp;paragraphe.</p>]]></description></item>`, i, i, i, i)
}

func TestRSS(t *testing.T) {
	items := rssItem(1) + rssItem(2) + `<item><link>https://journal.example/a/3</link></item>` +
		`<item><title>Seulement un titre</title><link>https://journal.example/a/4</link></item>`
	dir := t.TempDir()
	p := write(t, dir, "feed.xml", []byte(fmt.Sprintf(rss, items)))
	res := readAll(t, Options{}, p)
	if len(res.docs) != 3 || len(res.errs) != 1 {
		t.Fatalf("docs %d errs %v", len(res.docs), res.errs)
	}
	d := res.docs[0]
	if d.ID != "urn:j:1" || d.URL != "https://journal.example/a/1" || d.Title != "Titre 1" || d.Source != "Le Journal - Monde" ||
		d.Lang != "fr" || d.Date.String() != "2021-10-22" || d.Path != p+"#1" {
		t.Errorf("item 1: %+v", d)
	}
	if d.Text != "Le Pakistan aide les talibans, numéro 1.\n\nSecond paragraphe." {
		t.Errorf("item 1 text %q", d.Text)
	}
	if res.docs[2].ID != "https://journal.example/a/4" || res.docs[2].Text != "Seulement un titre" {
		t.Errorf("title-only item: %+v", res.docs[2])
	}
	if e := res.errs[0]; e.Line != 3 || e.ID != "https://journal.example/a/3" || !strings.Contains(e.Reason, "no text") {
		t.Errorf("error: %v", e)
	}
}

func TestAtom(t *testing.T) {
	atom := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Wire</title><id>urn:wire</id><updated>2021-10-23T00:00:00Z</updated>
<entry><title>Talks resume</title><id>urn:wire:1</id><link href="https://wire.example/1"/><published>2021-10-22T10:00:00Z</published><updated>2021-10-23T10:00:00Z</updated>
<content type="html">&lt;p&gt;Pakistan said on Friday it had resumed talks.&lt;/p&gt;</content></entry>
</feed>`
	res := readAll(t, Options{}, write(t, t.TempDir(), "wire.atom", []byte(atom)))
	if len(res.docs) != 1 {
		t.Fatalf("errs %v", res.errs)
	}
	d := res.docs[0]
	if d.ID != "urn:wire:1" || d.Text != "Pakistan said on Friday it had resumed talks." || d.Date.String() != "2021-10-22" || d.Source != "Wire" {
		t.Errorf("atom: %+v", d)
	}
}

func mkWARC(typ, uri, date, ctype string, block string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%d>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, date, len(block), ctype, len(block), block)
	return b.Bytes()
}

func TestWARC(t *testing.T) {
	htmlPage := page("", "")
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + htmlPage
	img := "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"
	dated := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page(`<meta property="article:published_time" content="2021-10-22">`, "")
	var all bytes.Buffer
	for _, rec := range [][]byte{
		mkWARC("warcinfo", "", "2021-11-01T00:00:00Z", "application/warc-fields", "software: test\r\n"),
		mkWARC("request", "https://j.example/1", "2021-11-01T00:00:00Z", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\n\r\n"),
		mkWARC("response", "https://j.example/1", "2021-11-01T08:00:00Z", "application/http; msgtype=response", resp),
		mkWARC("response", "https://j.example/i.png", "2021-11-01T08:00:00Z", "application/http; msgtype=response", img),
		mkWARC("response", "https://j.example/2", "2021-11-02T08:00:00Z", "application/http; msgtype=response", dated),
	} {
		all.Write(gz(rec)) // one gzip member per record, as Common Crawl
	}
	dir := t.TempDir()
	p := write(t, dir, "crawl.warc.gz", all.Bytes())
	res := readAll(t, Options{}, p)
	if len(res.docs) != 2 || len(res.errs) != 0 {
		t.Fatalf("docs %d errs %v", len(res.docs), res.errs)
	}
	d := res.docs[0]
	if d.ID != p+"#3" || d.URL != "https://j.example/1" || d.Date.String() != "2021-11-01" || !strings.Contains(d.Text, "Islamabad") {
		t.Errorf("record 3: id %q url %q date %q", d.ID, d.URL, d.Date)
	}
	if d.Meta["warc_date"] != "2021-11-01T08:00:00Z" || d.Meta["warc_record_id"] == nil {
		t.Errorf("record 3 meta: %v", d.Meta)
	}
	if res.docs[1].Date.String() != "2021-10-22" {
		t.Errorf("page date should win over WARC-Date: %q", res.docs[1].Date)
	}
	// truncated: cut the last record in half
	b := all.Bytes()
	p2 := write(t, dir, "cut.warc.gz", b[:len(b)-200])
	res = readAll(t, Options{}, p2)
	if len(res.docs) != 1 || len(res.errs) != 1 || !strings.Contains(res.errs[0].Reason, "gzip") || res.errs[0].Line != 5 {
		t.Fatalf("truncated: docs %d errs %v", len(res.docs), res.errs)
	}
}

func TestReadBytes(t *testing.T) {
	var n int
	err := ReadBytes("https://journal.example/feed", []byte(fmt.Sprintf(rss, rssItem(1))), Options{}, func(d *dyad.Document, err error) error {
		if err != nil {
			t.Error(err)
		}
		n++
		return nil
	})
	if err != nil || n != 1 {
		t.Fatalf("err %v n %d", err, n)
	}
}

// TestScriptDate checks the last resort for script-rendered pages: a
// publication date in a state object of the page's scripts.
func TestScriptDate(t *testing.T) {
	head := `<script>window.__STATE__={"product":{"title":"Sidamo","published_at":"2019-03-02T06:22:28+01:00"}}</script>`
	d, err := ExtractHTML([]byte(page(head, "")), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if d.Date.String() != "2019-03-02" {
		t.Errorf("date %q", d.Date)
	}
}

// TestFirstVisibleDate checks the last resort for a page without metadata
// or a headline: the first date of its visible text, not one in running
// text or in the comments.
func TestFirstVisibleDate(t *testing.T) {
	src := `<html><body><div id="post">` + article + `<p>Les deux délégations ont précisé dans un communiqué commun que le sommet aura lieu le 3 novembre 2021 à Genève.</p>
<p>Geschrieben am 19. Mai 2010 um 23:03</p></div><div class="comments"><p>18. Mai 2010: super!</p></div></body></html>`
	d, err := ExtractHTML([]byte(src), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if d.Date.String() != "2010-05-19" {
		t.Errorf("date %q", d.Date)
	}
}
