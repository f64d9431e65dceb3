package input

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/clean"
	"github.com/mmcdole/gofeed"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feed reads an RSS (0.9x, 1.0, 2.0), Atom or JSON feed with gofeed: each
// item is a document. Its text is the item's content, else its
// description (HTML turned into text), else its title; ID is the item's
// GUID, else its link, else path#N (N counts items from 1); Path is path#N;
// Source is the feed's title; Date the item's published (else updated)
// date as written; Lang the feed's language.
func (r *reader) feed(p string, data []byte) error {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return r.fail(&Error{Path: p, Reason: "invalid feed: " + err.Error()})
	}
	for i, it := range f.Items {
		d, reason := FeedItem(f, it)
		where := fmt.Sprintf("%s#%d", p, i+1)
		if d == nil {
			id := it.GUID
			if id == "" {
				id = it.Link
			}
			if e := r.fail(&Error{Path: p, Line: i + 1, ID: id, Reason: reason}); e != nil {
				return e
			}
			continue
		}
		d.Path = where
		if d.ID == "" {
			d.ID = where
		}
		if e := r.doc(d); e != nil {
			return e
		}
	}
	return nil
}

// FeedItem turns one feed item into a document (without Path; ID is the
// GUID or link, possibly empty). It returns nil and a reason when the item
// has no text at all.
func FeedItem(f *gofeed.Feed, it *gofeed.Item) (*dyad.Document, string) {
	d := &dyad.Document{
		ID:     strings.TrimSpace(it.GUID),
		Title:  clean.Normalize(strings.TrimSpace(HTMLText(it.Title))),
		URL:    strings.TrimSpace(it.Link),
		Source: clean.Normalize(strings.TrimSpace(HTMLText(f.Title))),
		Lang:   primaryLang(f.Language),
	}
	if d.ID == "" {
		d.ID = d.URL
	}
	if len(it.Authors) > 0 && it.Authors[0] != nil {
		d.Author = clean.Normalize(it.Authors[0].Name)
	}
	var t *time.Time
	switch {
	case it.PublishedParsed != nil:
		t = it.PublishedParsed
	case it.UpdatedParsed != nil:
		t = it.UpdatedParsed
	}
	if t != nil && t.Year() > 1900 {
		d.Date = dyad.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	}
	body := it.Content
	if strings.TrimSpace(HTMLText(body)) == "" {
		body = it.Description
	}
	d.Text = strings.TrimSpace(clean.Normalize(HTMLText(body)))
	if d.Text == "" {
		d.Text = d.Title
	}
	if d.Text == "" {
		return nil, "no text (item without title, description or content)"
	}
	return d, ""
}

// HTMLText turns an HTML fragment (feed content) into plain text, with
// paragraph breaks for block elements; text without markup only has its
// character references decoded.
func HTMLText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	if !strings.Contains(s, "<") {
		return html.UnescapeString(s)
	}
	nodes, err := xhtml.ParseFragment(strings.NewReader(s), &xhtml.Node{Type: xhtml.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return html.UnescapeString(s)
	}
	root := &xhtml.Node{Type: xhtml.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return render.InnerText(root)
}
