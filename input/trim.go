package input

import (
	_ "embed"
	"regexp"
	"strings"

	"github.com/dyadproject/dyad/text"
	"golang.org/x/net/html"
)

// trimArticle removes from the article node that go-readability chose the
// furniture it keeps: containers named for captions, related articles and
// the like (data/classparts.txt, [furniture]), short blocks ending in a
// photo credit, "Lesen Sie auch: ..." lines, at the end of the article a
// run of link lists with the short heading that introduces it, and what
// follows a "Mehr zum Thema" / "Related articles" line.
func trimArticle(n *html.Node) {
	removeFurniture(n)
	removeCredited(n)
	removeReadAlso(n)
	trimTrailingLinks(n)
	trimSectionEnd(n)
}

// rxCredit finds a photo credit at the end of a block: "(Foto: Getty)",
// "| © Augusta National", "Crédits photos : Bestimage", "Bild: dpa".
var rxCredit = regexp.MustCompile(`(?i)(?:©|\(c\)|\b(?:fotos?|photos?|bild|image|cr[ée]dits?(?: photos?)?|credits?|quelle|source)\s*:)[^.!?]{0,80}\)?\s*$`)

// removeCredited removes the short blocks that end with a photo credit:
// image captions not marked as such.
func removeCredited(n *html.Node) {
	for _, b := range blocks(n) {
		t := strings.TrimSpace(nodeText(b, 400))
		if len(t) < 300 && rxCredit.MatchString(t) && b.Parent != nil {
			b.Parent.RemoveChild(b)
		}
	}
}

//go:embed data/sectionend.txt
var sectionEndTxt string

var sectionEnd = readList(sectionEndTxt, true)

//go:embed data/readalso.txt
var readAlsoTxt string

var readAlso = readList(readAlsoTxt, true)

// removeReadAlso removes the "Lesen Sie auch: <another article>" lines set
// inside an article (data/readalso.txt).
func removeReadAlso(n *html.Node) {
	for _, b := range blocks(n) {
		t := strings.TrimSpace(nodeText(b, 300))
		if len(t) >= 250 {
			continue
		}
		f := text.Fold(t)
		for _, p := range readAlso {
			if rest, ok := strings.CutPrefix(f, p); ok && strings.HasPrefix(strings.TrimSpace(rest), ":") && b.Parent != nil {
				b.Parent.RemoveChild(b)
				break
			}
		}
	}
}

// trimSectionEnd removes, in the second half of the article text, a short
// block that opens the furniture after an article ("Mehr zum Thema",
// "Related articles": data/sectionend.txt) and everything after it.
func trimSectionEnd(n *html.Node) {
	bs := blocks(n)
	lens := make([]int, len(bs))
	total := 0
	for i, b := range bs {
		lens[i], _ = linkText(b)
		total += lens[i]
	}
	seen := 0
	for i, b := range bs {
		seen += lens[i]
		if seen*2 < total || lens[i] == 0 || lens[i] > 80 {
			continue
		}
		t := strings.TrimRight(text.Fold(strings.TrimSpace(nodeText(b, 100))), " :.!?…»›>")
		for _, p := range sectionEnd {
			if t == p || (strings.HasPrefix(t, p) && len(t) < 60 && !isWordByte(t[len(p)])) {
				end := len(bs)
				if j := nextProse(bs, i+1); j >= 0 {
					// article text goes on after it ("Lesen Sie auch" set
					// in the article): only the line and its link go
					end = min(i+2, j)
				}
				for _, x := range bs[i:end] {
					if x.Parent != nil {
						x.Parent.RemoveChild(x)
					}
				}
				return
			}
		}
	}
}

// nextProse returns the index of the first block from i on that reads as
// article text (200 bytes or more, under a fifth of it in links), or -1.
func nextProse(bs []*html.Node, i int) int {
	for ; i < len(bs); i++ {
		if all, linked := linkText(bs[i]); all >= 200 && linked*5 < all {
			return i
		}
	}
	return -1
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

//go:embed data/classparts.txt
var classPartsTxt string

// classParts holds the sections of data/classparts.txt.
var classParts = func() map[string][]string {
	m := map[string][]string{}
	sec := ""
	for _, l := range readList(classPartsTxt, false) {
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
			sec = l[1 : len(l)-1]
			continue
		}
		m[sec] = append(m[sec], l)
	}
	return m
}()

var furnitureClass = classParts["furniture"]

// readList reads a data file of one entry a line ('#' comments), folded
// when fold is set.
func readList(s string, fold bool) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			if fold {
				l = text.Fold(l)
			}
			out = append(out, strings.ToLower(l))
		}
	}
	return out
}

func isFurniture(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.Data == "figcaption" {
		return true
	}
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if strings.TrimSpace(cls) == "" {
		return false
	}
	for _, tok := range strings.Fields(cls) {
		for _, p := range furnitureClass {
			if strings.Contains(tok, p) {
				return true
			}
		}
	}
	return false
}

func removeFurniture(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if isFurniture(c) {
			n.RemoveChild(c)
		} else {
			removeFurniture(c)
		}
		c = next
	}
}

// blocks lists the innermost block elements of n in document order: the
// units a reader sees as paragraphs, headings and list items.
func blocks(n *html.Node) []*html.Node {
	return blocksSkipping(n, nil)
}

// blocksSkipping is blocks leaving out the subtrees skip reports.
func blocksSkipping(n *html.Node, skip func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node) bool // reports whether n holds a block
	walk = func(n *html.Node) bool {
		has := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (skip == nil || !skip(c)) && walk(c) {
				has = true
			}
		}
		if n.Type == html.ElementNode && blockTags[n.Data] && n.Data != "br" {
			if !has {
				out = append(out, n)
			}
			return true
		}
		return has
	}
	walk(n)
	return out
}

// linkText returns the length of n's text and of the part inside links.
func linkText(n *html.Node) (all, linked int) {
	var walk func(n *html.Node, in bool)
	walk = func(n *html.Node, in bool) {
		if n.Type == html.TextNode {
			l := len(strings.TrimSpace(n.Data))
			all += l
			if in {
				linked += l
			}
		}
		if n.Type == html.ElementNode && n.Data == "a" {
			in = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
	}
	walk(n, false)
	return
}

// trimTrailingLinks removes the blocks at the end of the article that are
// mostly link text (lists of other articles, tag clouds, "back" links),
// and a short heading or line right before such a run.
func trimTrailingLinks(n *html.Node) {
	bs := blocks(n)
	cut := len(bs)
	for cut > 0 {
		all, linked := linkText(bs[cut-1])
		if all == 0 || linked*2 < all {
			break
		}
		cut--
	}
	if cut == len(bs) || cut == 0 {
		return
	}
	// the heading of the removed list ("Mehr zum Thema")
	if all, linked := linkText(bs[cut-1]); cut > 1 && linked == 0 && all > 0 && all < 60 && isHeadingLike(bs[cut-1]) {
		cut--
	}
	for _, b := range bs[cut:] {
		if b.Parent != nil {
			b.Parent.RemoveChild(b)
		}
	}
}

func isHeadingLike(n *html.Node) bool {
	switch n.Data {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return true
	}
	t := strings.TrimSpace(nodeText(n, 100))
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?")
}
