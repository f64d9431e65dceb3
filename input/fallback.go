package input

import (
	"strings"

	"github.com/dyadproject/dyad/clean"
	"golang.org/x/net/html"
)

// fbBlock is a text block of the page as the fallback sees it.
type fbBlock struct {
	text string
	good bool // long, few links
}

// fallbackBlocks lists the page's text blocks (paragraphs, list items,
// leaf containers) outside navigation, headers, footers, hidden elements
// and containers named as page furniture; link lines have empty text.
func fallbackBlocks(root *html.Node) []fbBlock {
	var bs []fbBlock
	for _, n := range blocksSkipping(root, fallbackPruned) {
		t, all, linked := blockText(n, fallbackPruned)
		if t == "" {
			continue
		}
		good := len(t) >= fallbackMinLen && linked*4 < all
		short := !good && linked*2 < all
		if !good && !short {
			t = "" // a link line: kept out, and it breaks a run
		}
		bs = append(bs, fbBlock{clean.Normalize(t), good})
	}
	return bs
}

// fallbackText extracts a page's main text without go-readability, for
// the pages where it finds little or nothing: the long blocks with few
// links, together with the short blocks (subheadings, short paragraphs)
// that lie between two such blocks.
func fallbackText(bs []fbBlock) string {
	var out []string
	last := -1 // index of the last good block
	for i, b := range bs {
		if !b.good {
			continue
		}
		if last >= 0 && i-last <= 3 {
			for _, s := range bs[last+1 : i] {
				if s.text != "" {
					out = append(out, s.text)
				}
			}
		}
		out = append(out, b.text)
		last = i
	}
	return strings.Join(out, "\n\n")
}

const fallbackMinLen = 80

var fallbackSkip = map[string]bool{"nav": true, "header": true, "footer": true, "aside": true, "form": true,
	"script": true, "style": true, "noscript": true, "template": true, "select": true, "button": true,
	"svg": true, "iframe": true, "head": true, "figcaption": true}

// unlikelyParts name containers that are not article text.
var unlikelyParts = classParts["unlikely"]

// fallbackPruned tells the subtrees the fallback leaves out.
func fallbackPruned(n *html.Node) bool {
	return n.Type == html.ElementNode && (fallbackSkip[n.Data] || isUnlikely(n) || isHidden(n))
}

func isUnlikely(n *html.Node) bool {
	if n.Data == "body" || n.Data == "html" || n.Data == "article" || n.Data == "main" {
		return false
	}
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "role"))
	if strings.TrimSpace(s) == "" {
		return false
	}
	for _, p := range unlikelyParts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// isHidden tells whether an element is not shown: the hidden attribute,
// aria-hidden, or an inline display:none or visibility:hidden.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			st := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// blockText returns the text of n (white space collapsed) and the lengths
// of its text and of the part in links, leaving out the subtrees skip
// reports and scripts.
func blockText(n *html.Node, skip func(*html.Node) bool) (t string, all, linked int) {
	var b strings.Builder
	var walk func(n *html.Node, in bool)
	walk = func(n *html.Node, in bool) {
		switch n.Type {
		case html.TextNode:
			for _, w := range strings.Fields(n.Data) {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(w)
			}
			l := len(strings.TrimSpace(n.Data))
			all += l
			if in {
				linked += l
			}
			return
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" || skip(n) {
				return
			}
			if n.Data == "a" {
				in = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
	}
	walk(n, false)
	return b.String(), all, linked
}
