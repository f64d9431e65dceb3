package input

import (
	"strings"

	"github.com/dyadproject/dyad/clean"
	"golang.org/x/net/html"
)

// leadBlock returns the text of the visible block that holds the page's
// description (its standfirst, which sites repeat in the description
// metadata), or "" when no block does. The first 50 bytes of the block and
// of the description must agree, after white space is collapsed.
func leadBlock(root *html.Node, desc, title string) string {
	desc = clean.Normalize(strings.Join(strings.Fields(html.UnescapeString(desc)), " "))
	if len(desc) < 80 {
		return leadByClass(root, title)
	}
	key := head(desc, 50)
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != "" || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		if n.Type == html.ElementNode && (skipForDate[n.Data] || isHidden(n)) {
			return
		}
		if n.Type == html.ElementNode && (n.Data == "p" || n.Data == "h2" || n.Data == "div" || n.Data == "span" || n.Data == "strong") && startsLike(n, key) {
			if t := clean.Normalize(nodeText(n, 2000)); len(t) >= 80 && strings.HasPrefix(t, key) && len(t) < 2*len(desc)+100 {
				found = t
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if found == "" {
		return leadByClass(root, title)
	}
	return found
}

// leadParts name the containers of a standfirst.
var leadParts = classParts["lead"]

// leadByClass returns the text of the first element after the headline,
// within leadWindow bytes of text, whose class names it as a standfirst
// (leadParts), or "".
func leadByClass(root *html.Node, title string) string {
	h := findHeadline(root, title)
	if h == nil {
		return ""
	}
	seen := 0
	for n := nextInOrder(h, true); n != nil && seen < leadWindow; n = nextInOrder(n, false) {
		switch n.Type {
		case html.TextNode:
			seen += len(strings.TrimSpace(n.Data))
		case html.ElementNode:
			if skipForDate[n.Data] || isHidden(n) {
				continue
			}
			cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
			for _, p := range leadParts {
				if strings.Contains(cls, p) {
					if t := clean.Normalize(nodeText(n, 2000)); len(t) >= 60 && len(t) < 1000 {
						return t
					}
					break
				}
			}
		}
	}
	return ""
}

const leadWindow = 300

// nextInOrder returns the node after n in document order; skip leaves out
// n's own descendants.
func nextInOrder(n *html.Node, skip bool) *html.Node {
	if !skip && n.FirstChild != nil && !(n.Type == html.ElementNode && (skipForDate[n.Data] || isHidden(n))) {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// startsLike tells cheaply whether n's text may start with key: its first
// word is key's first word.
func startsLike(n *html.Node, key string) bool {
	w := firstWord(n)
	k, _, _ := strings.Cut(key, " ")
	return w != "" && (w == k || strings.HasPrefix(k, w) || strings.HasPrefix(w, k))
}

// firstWord returns the first word of the text inside n.
func firstWord(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if f := strings.Fields(c.Data); len(f) > 0 {
				return clean.Normalize(f[0])
			}
		case html.ElementNode:
			if c.Data == "script" || c.Data == "style" {
				continue
			}
			if w := firstWord(c); w != "" {
				return w
			}
		}
	}
	return ""
}
