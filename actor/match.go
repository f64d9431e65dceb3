package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

// A unit is the matching element: a token's folded form split at hyphens,
// with dots removed ("États-Unis" gives "etats" "unis"; "U.S." gives "us").
// Elided articles stay units of their own ("l'", "d'").
type unit struct {
	norm   string
	tok    int  // index of the token in the sentence
	tokEnd int  // index of the last token of the unit (tok, except "U . S .")
	first  bool // first unit of its token
	last   bool // last unit of its token
	upper  bool // the token has no lower-case letter
	cap    bool // the token starts with an upper-case letter
	inner  bool // the token has an upper-case letter after a lower-case one ("LeT")
}

// NameKey is the matching form of a dictionary name: its units (see
// nameUnits) joined by spaces. Names with the same key match the same text.
func NameKey(s string) string { return strings.Join(nameUnits(s), " ") }

// nameUnits splits a dictionary name into units the way text is split.
func nameUnits(s string) []string {
	f := text.Fold(strings.TrimPrefix(s, "^"))
	var out []string
	cur := strings.Builder{}
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	rs := []rune(f)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == ' ' || r == '-' || r == '_' || r == '\t' || r == ',' || r == '(' || r == ')':
			flush()
		case r == '.':
			// dropped: "U.S." = "US"
		case r == '\'' && cur.Len() > 0 && i+2 < len(rs) && rs[i+1] == 's' && nameSep(rs[i+2]):
			// an inner English possessive, dropped as the text side drops
			// it: "Donetsk People's Republic" = "people republic"; a final
			// one stays ("St. George's" is no "St. George")
			flush()
			i++
		case r == '\'':
			cur.WriteRune(r)
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}

// nameSep: a rune that ends a name unit.
func nameSep(r rune) bool {
	return r == ' ' || r == '-' || r == '_' || r == '\t' || r == ',' || r == '(' || r == ')'
}

// caseSensitive: a short all-capitals single-word name ("US", "ONU", "EI",
// "ISI") only matches text written in capitals.
func caseSensitive(name string) bool {
	n := strings.ReplaceAll(name, ".", "")
	if utf8.RuneCountInString(n) > 4 || strings.ContainsAny(n, " -'") {
		return false
	}
	has := false
	for _, r := range n {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
	}
	return has
}

// mixedCase reports whether a dictionary name is a short one-word
// acronym written with an inner capital after a lower-case letter ("LeT",
// "LeJ"): it matches only text written so (or in capitals), never an
// ordinary capitalised word ("Let").
func mixedCase(name string) bool {
	n := strings.ReplaceAll(name, ".", "")
	if utf8.RuneCountInString(n) > 4 || strings.ContainsAny(n, " -'") {
		return false
	}
	return innerCap(n)
}

// innerCap: s has an upper-case letter after a lower-case one.
func innerCap(s string) bool {
	lower := false
	for _, r := range s {
		if unicode.IsLower(r) {
			lower = true
		} else if lower && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// sentenceUnits builds the units of a sentence's tokens. Sequences of
// single letters with dots ("U . S .") are joined into one unit.
func sentenceUnits(toks []dyad.Token, buf []unit) []unit {
	buf = buf[:0]
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind != dyad.Word && t.Kind != dyad.Number {
			continue
		}
		n := unitNorm(t)
		// English possessive: "Turkey's" (one token "turkey's", or "turkey'"
		// then "s", or "turkey" then "'s") matches as "turkey"
		if strings.HasSuffix(n, "'s") && len(n) > 3 {
			n = n[:len(n)-2]
		} else if n == "'s" || n == "s" && i > 0 && strings.HasSuffix(toks[i-1].Norm, "'") && toks[i-1].End == t.Start {
			continue
		} else if len(n) > 3 && n[len(n)-1] == '\'' && !elided(n) {
			n = n[:len(n)-1]
		}
		up, cp := caseOf(t.Text)
		// "U . S ." as separate tokens
		if len(n) == 1 && i+2 < len(toks) && toks[i+1].Text == "." && len(toks[i+2].Norm) == 1 && toks[i+2].Kind == dyad.Word {
			j := i
			var b strings.Builder
			for j+1 < len(toks) && len(toks[j].Norm) == 1 && toks[j].Kind == dyad.Word && toks[j+1].Text == "." {
				b.WriteString(toks[j].Norm)
				j += 2
			}
			if b.Len() >= 2 {
				buf = append(buf, unit{norm: b.String(), tok: i, tokEnd: j - 1, first: true, last: true, upper: true, cap: true})
				i = j - 1
				continue
			}
		}
		if spacedPrefix(toks, i, n) {
			// "soviéto - tchécoslovaques" (frrecall6)
			buf = spacedPrefixUnits(toks, i, n, buf)
			i += 2
			continue
		}
		if strings.IndexByte(n, '-') < 0 && strings.IndexByte(n, '.') < 0 && !innerApos(n) {
			buf = append(buf, unit{norm: n, tok: i, tokEnd: i, first: true, last: true, upper: up, cap: cp, inner: innerCap(t.Text)})
			continue
		}
		// a hyphen splits units, and so does an inner apostrophe, kept on
		// the unit before it as nameUnits keeps it ("Côte-d'Ivoire" =
		// "cote d' ivoire", "Sana'a" = "sana' a")
		parts := splitElided(strings.FieldsFunc(n, func(r rune) bool { return r == '-' }))
		raw := splitElided(strings.FieldsFunc(t.Text, isDash))
		k0 := len(buf)
		for x, p := range parts {
			p = strings.ReplaceAll(p, ".", "")
			if p == "" {
				continue
			}
			pu, pc := up, cp
			if len(raw) == len(parts) { // "US-led": the part's own case
				pu, pc = caseOf(raw[x])
			}
			buf = append(buf, unit{norm: p, tok: i, tokEnd: i, upper: pu, cap: pc})
		}
		if len(buf) > k0 {
			buf[k0].first = true
			buf[len(buf)-1].last = true
		}
	}
	return buf
}

func caseOf(s string) (upper, capital bool) {
	upper = true
	for i, r := range s {
		if unicode.IsLower(r) {
			upper = false
		}
		if i == 0 {
			capital = unicode.IsUpper(r)
		}
	}
	return upper, capital
}

// trie is a token-level trie: one map from (node, unit) to child node.
type trie struct {
	nodes []tnode
	edges map[edge]int32
}

type edge struct {
	node int32
	unit string
}

type payload struct {
	id    int32
	caps  bool   // match only text in capitals
	mixed bool   // match only text with an inner capital ("LeT", not "Let")
	mask  uint32 // units that must be capitalised in the text ("^Le Monde")
}

// fits reports whether the payload accepts the case of units us[i:j].
func (p payload) fits(us []unit, i, j int) bool {
	if p.caps && !us[i].upper { // one-word name (an agent may hold a demonym: "PM pakistanais")
		return false
	}
	if p.mixed && !us[i].inner && !us[i].upper { // "LeT" or "LET", not "Let"
		return false
	}
	for k := 0; p.mask != 0 && k < j-i && k < 32; k++ {
		if p.mask&(1<<k) != 0 && !us[i+k].cap {
			return false
		}
	}
	return true
}

// lowerWords never need a capital, even in a proper name ("Islamic
// Republic of Afghanistan", "Armée de libération du Baloutchistan").
var lowerWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true,
	"de": true, "du": true, "des": true, "d'": true, "la": true, "le": true, "les": true, "l'": true,
	"et": true, "en": true, "au": true, "aux": true, "al": true, "el": true, "ben": true, "bin": true,
	"ibn": true, "da": true, "van": true, "von": true, "der": true, "e": true, "i": true, "ul": true}

// capMask gives the mask of the words of a proper name that must be
// capitalised in the text: the words written with a capital (function
// words aside). Agents and demonyms (auto == false) need none unless the
// name is written "^Name".
func capMask(name string, auto bool) uint32 {
	if strings.HasPrefix(name, "^") {
		name, auto = name[1:], true
	}
	if !auto {
		return 0
	}
	raw := rawUnits(name)
	var m uint32
	for k, w := range raw {
		if k >= 32 {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !lowerWords[text.Fold(w)] {
			m |= 1 << k
		}
	}
	return m
}

// rawUnits splits a name like nameUnits, without folding.
func rawUnits(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '_' || r == '\t' || r == ',' || r == '(' || r == ')' || r == '\u2010' || r == '\u2011' || r == '\u2013' || r == '\u2014':
			flush()
		case r == '.':
		case r == '\'' || r == '\u2019':
			cur.WriteRune(r)
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}

type tnode struct {
	out []payload
}

func newTrie() *trie { return &trie{nodes: []tnode{{}}, edges: map[edge]int32{}} }

func (t *trie) insert(units []string, id int32, caps, mixed bool, mask uint32) {
	if len(units) == 0 {
		return
	}
	n := int32(0)
	for _, u := range units {
		c, ok := t.edges[edge{n, u}]
		if !ok {
			c = int32(len(t.nodes))
			t.nodes = append(t.nodes, tnode{})
			t.edges[edge{n, u}] = c
		}
		n = c
	}
	for i, p := range t.nodes[n].out {
		if p.id == id {
			t.nodes[n].out[i].caps = p.caps && caps
			t.nodes[n].out[i].mixed = p.mixed && mixed
			t.nodes[n].out[i].mask = p.mask & mask
			return
		}
	}
	t.nodes[n].out = append(t.nodes[n].out, payload{id, caps, mixed, mask})
}

// find returns the node of an exact unit sequence, or -1.
func (t *trie) find(units []string) int32 {
	n := int32(0)
	for _, u := range units {
		c, ok := t.edges[edge{n, u}]
		if !ok {
			return -1
		}
		n = c
	}
	if len(t.nodes[n].out) == 0 {
		return -1
	}
	return n
}

// longest returns the end (exclusive unit index) and node of the longest
// match starting at units[i] that ends at a token boundary and whose
// payload accepts the text's case; 0, -1 when none.
func (t *trie) longest(us []unit, i int) (int, int32) {
	if !us[i].first {
		return 0, -1
	}
	n := int32(0)
	bestEnd, bestNode := 0, int32(-1)
	for j := i; j < len(us); j++ {
		c, ok := t.edges[edge{n, us[j].norm}]
		if !ok {
			break
		}
		n = c
		if len(t.nodes[n].out) > 0 && endsName(us, j) && t.accepts(n, us, i, j+1) {
			bestEnd, bestNode = j+1, n
		}
	}
	return bestEnd, bestNode
}

// accepts reports whether some payload of node n fits the case of the text.
func (t *trie) accepts(n int32, us []unit, i, j int) bool {
	for _, p := range t.nodes[n].out {
		if p.fits(us, i, j) {
			return true
		}
	}
	return false
}

// Matcher finds the leftmost-longest entity names in token sequences. It is
// what the stage uses, exposed for benchmarks and tools.
type Matcher struct{ kb *KB }

// Match is one dictionary match, in token indices [Tok, End) of the
// sentence.
type Match struct {
	Tok, End int
	Entries  []int
}

// Matcher returns the entity matcher of the KB.
func (kb *KB) Matcher() *Matcher { return &Matcher{kb} }

// Find returns the leftmost-longest entity matches in toks.
func (m *Matcher) Find(toks []dyad.Token, out []Match) []Match {
	us := sentenceUnits(toks, nil)
	t := m.kb.ent
	for i := 0; i < len(us); {
		end, n := t.longest(us, i)
		if n < 0 {
			i++
			continue
		}
		ids := make([]int, 0, len(t.nodes[n].out))
		for _, p := range t.nodes[n].out {
			ids = append(ids, int(p.id))
		}
		out = append(out, Match{Tok: us[i].tok, End: us[end-1].tokEnd + 1, Entries: ids})
		i = end
	}
	return out
}

// elided reports whether a token ending in an apostrophe is a French
// elision ("l'", "qu'", "jusqu'", "aujourd'") rather than an English
// possessive ("Turkey'" before "s").
func elided(n string) bool {
	b := n[:len(n)-1]
	return len(b) <= 2 || strings.HasSuffix(b, "qu") || b == "aujourd" || b == "presqu"
}

// innerApos: n has an apostrophe with a letter after it.
func innerApos(n string) bool {
	k := strings.IndexAny(n, "'\u2019")
	return k >= 0 && k < len(n)-1 && strings.TrimRight(n[k:], "'\u2019") != ""
}

// splitElided splits each part after its inner apostrophes ("d'ivoire" =
// "d'" "ivoire"); a final apostrophe stays on its part.
func splitElided(parts []string) []string {
	var out []string
	for _, p := range parts {
		for {
			k := strings.IndexAny(p, "'\u2019")
			if k < 0 {
				break
			}
			_, w := utf8.DecodeRuneInString(p[k:])
			if k+w >= len(p) {
				break
			}
			out = append(out, p[:k+w])
			p = p[k+w:]
		}
		out = append(out, p)
	}
	return out
}

func isDash(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011' || r == '\u2013' || r == '\u2014'
}

// endsName reports whether a name may end at unit j: the end of a token,
// or before a compound tail of the same token.
func endsName(us []unit, j int) bool {
	return us[j].last || j+1 < len(us) && !us[j+1].first && us[j+1].last && isCompoundTail(us[j+1].norm)
}

// countryMask keeps, of a country name's capital mask, the first capital
// and the capitals of the generic words of the "capkeep" word set.
func countryMask(name string, mask uint32) uint32 {
	first := mask & -mask
	keep := wordSet("capkeep")
	for k, w := range rawUnits(strings.TrimPrefix(name, "^")) {
		if k >= 32 {
			break
		}
		if mask&(1<<k) != 0 && keep[text.Fold(w)] {
			first |= 1 << k
		}
	}
	return first
}

// has reports whether unit u alone is a name of the trie ("burkinabe" among
// the demonyms).
func (t *trie) has(us []unit, u int) bool {
	c, ok := t.edges[edge{0, us[u].norm}]
	return ok && len(t.nodes[c].out) > 0
}
