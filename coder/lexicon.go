package coder

import (
	"fmt"
	"iter"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

// Token tags attached to a surface form by the lexicon.
const (
	tagPart  uint8 = 1 << iota // past participle (accusé, accused)
	tagFut                     // futur simple (rencontrera)
	tagCond                    // conditionnel (rencontrerait)
	tagInf                     // infinitive
	tagGer                     // present participle / gerund (rencontrant, meeting)
	tagPast                    // simple past (met, rencontra)
	tagAcc                     // French -er participle: the surface has "é" (critiqués, not critiques)
	tagNoAcc                   // the form also comes from a non-participle (critique: il critique)
)

// element kinds of a pattern
const (
	elWord uint8 = iota // a word (or alternatives, or a set)
	elSrc               // source slot
	elTgt               // target slot
	elBoth              // "entre X et Y": both sides from one group
)

type elem struct {
	kind     uint8
	words    []int32 // alternatives (word ids)
	preps    []int32 // slot preposition families; nil: direct (no preposition)
	optional bool
	required bool // a direct target slot that must be filled ("+!")
	adjacent bool // must follow the previous element directly (multiword verbs)
	far      bool // "...word": may come up to 20 tokens after the previous element
	// refuse, accept: sectors a slot refuses ("a+~MED": not an actor
	// whose code has the sector MED) or of which it takes one ("a+^GOV");
	// see sectorslot in load.go
	refuse, accept []string
}

type pattern struct {
	id   string // file:line
	text string // source text of the line, for explanations
	code string
	weak bool // statement-like: dropped when the sentence has another event
	// mutual: a reciprocal event (CAMEO 040, 041, 044, 046, 057: "met
	// with", "held talks with", "signed an agreement with"), written
	// "CODE<>": each source-target pair is also coded the other way
	mutual bool
	// rev: the code of the reverse event, written "CODE:REV" as in
	// PETRARCH's dictionaries (HOST [043:042]: the host receives the
	// guest 043, the guest visits the host 042): each source-target
	// pair is also coded the other way with this code
	rev   string
	noun  bool
	pre   []elem // before the anchor, in text order
	post  []elem // after the anchor, in text order
	score int
	// need: the alternatives of each required word element (pre and
	// post), for sent.mayMatch (speed2.go)
	need  [][]int32
	order int
}

// postSource reports a source slot after the anchor introduced by a
// preposition ("from$", "de$").
func (p *pattern) postSource() bool {
	for _, e := range p.post {
		if e.kind == elSrc && e.preps != nil {
			return true
		}
	}
	return false
}

// hasTargetSlot reports a target slot ("+", "prep+") or a both-sides slot
// ("prep=") among the pattern's elements.
func (p *pattern) hasTargetSlot() bool {
	for _, els := range [][]elem{p.pre, p.post} {
		for _, e := range els {
			if e.kind == elTgt || e.kind == elBoth {
				return true
			}
		}
	}
	return false
}

// farLast reports that the pattern's last element after the anchor is a
// far word ("*juger ...inacceptable").
func (p *pattern) farLast() bool {
	return len(p.post) > 0 && p.post[len(p.post)-1].far
}

type formInfo struct {
	word int32
	tag  uint8
}

// lexicon is one language's patterns and cue words, built from the
// embedded data files.
type lexicon struct {
	lang    string
	words   map[string]int32 // word → id
	names   []string         // id → word
	forms   map[string][]formInfo
	anchors map[int32][]*pattern
	sets    map[string][]string // &name → members
	groups  map[string][]string // anchor groups
	lists   map[string]map[string]bool
	// memberOf: the same lists indexed by word, word → the names of the
	// lists holding it, so that in costs one hash of the word instead of
	// one for the list and one for the word (kept by loadLex with lists)
	memberOf map[string][]string
	// exact: the accented, lower-cased words of the *_exact lists (lists
	// holds their folded forms)
	exact map[string]map[string]bool
	preps map[string]bool // every preposition form (blocking for subjects)
	// prepFams: the preposition families in declaration order (@prep
	// FAMILY forms), for the messages of patterns check
	prepFams []string
	tprep    map[string]bool // prepositions that may introduce a default target
	verbs    map[string]bool // lemmas used as verb anchors
	verbID   []bool          // word id → lemma of a verb anchor (verbs by id, speed2.go)
	// tokInfo: forms and memberOf under one key, for reset (speed2.go)
	tokInfo    map[string]int32
	tokEntries []tokEntry
	nouns      map[string]bool // lemmas used as noun anchors
	npat       int
	conj       *conjugator
	// demandPat names the demand made by a statement with an obligation modal
	demandPat *pattern
	// transforms: table → code prefix → code (transform.txt)
	transforms map[string]map[string]string
	// actorRuleTab: the target and source tables parsed (setTransforms)
	actorRuleTab map[string]map[string][]actorRule
}

func loadTransforms(name, data string) (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	for ln, line := range dataLines(data) {
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want TABLE FROM TO", name, ln)
		}
		if out[f[0]] == nil {
			out[f[0]] = map[string]string{}
		}
		out[f[0]][f[1]] = f[2]
	}
	return out, nil
}

// transform applies a table: the longest prefix of code listed wins.
func (lx *lexicon) transform(table, code string) string {
	t := lx.transforms[table]
	for n := len(code); n >= 2; n-- {
		if to, ok := t[code[:n]]; ok {
			return to
		}
	}
	return code
}

func newLexicon(lang string) *lexicon {
	return &lexicon{
		lang:     lang,
		words:    map[string]int32{},
		forms:    map[string][]formInfo{},
		anchors:  map[int32][]*pattern{},
		sets:     map[string][]string{},
		groups:   map[string][]string{},
		lists:    map[string]map[string]bool{},
		memberOf: map[string][]string{},
		exact:    map[string]map[string]bool{},
		preps:    map[string]bool{},
		tprep:    map[string]bool{},
		verbs:    map[string]bool{},
		nouns:    map[string]bool{},
	}
}

func (lx *lexicon) wid(w string) int32 {
	if id, ok := lx.words[w]; ok {
		return id
	}
	id := int32(len(lx.names))
	lx.words[w] = id
	lx.names = append(lx.names, w)
	return id
}

func (lx *lexicon) addForm(form string, word int32, tag uint8) {
	for i, f := range lx.forms[form] {
		if f.word == word {
			lx.forms[form][i].tag |= tag
			return
		}
	}
	lx.forms[form] = append(lx.forms[form], formInfo{word, tag})
}

// in tells whether norm is in the list (lx.lists[list][norm]), by a
// scan of the few lists holding norm.
func (lx *lexicon) in(list, norm string) bool {
	for _, l := range lx.memberOf[norm] {
		if l == list {
			return true
		}
	}
	return false
}

// endsIn reports whether norm ends with one of the endings of list (a
// suffix list: `adverbsuffix`, `pluralsuffix`).
func (lx *lexicon) endsIn(list, norm string) bool {
	for suf := range lx.lists[list] {
		if strings.HasSuffix(norm, suf) {
			return true
		}
	}
	return false
}

// stateCC returns the country part of an actor code when it is a state's:
// three capital letters that are not "---", a non-state prefix
// (`nonstatecode`: IGO, NGO, MNC, IMG) nor a region (`regioncode`: EUR,
// WST ...); else "". Only such a part may be lent to an actor of unknown
// country ("---CVL" next to the Red Cross stays "---CVL", never "NGOCVL").
func (lx *lexicon) stateCC(code string) string {
	if len(code) < 3 {
		return ""
	}
	for i := 0; i < 3; i++ {
		if code[i] < 'A' || code[i] > 'Z' {
			return ""
		}
	}
	cc := code[:3]
	low := strings.ToLower(cc)
	if lx.in("nonstatecode", low) || lx.in("regioncode", low) {
		return ""
	}
	return cc
}

// inExact tells whether a token is in a *_exact list (accents kept).
func (lx *lexicon) inExact(list string, t *dyad.Token) bool {
	return lx.lists[list][t.Norm] && lx.exact[list][strings.ToLower(t.Text)]
}

// loadLex reads a cue file: lines "@list name word word ...", "@prep
// family form form ...", "@forms lemma form ...", "@verb lemma: principal
// parts" (French irregular verbs).
func (lx *lexicon) loadLex(name, data string) error {
	for ln, line := range dataLines(data) {
		f := strings.Fields(line)
		switch f[0] {
		case "@list":
			if len(f) < 2 {
				return fmt.Errorf("%s:%d: @list needs a name", name, ln)
			}
			m := lx.lists[f[1]]
			if m == nil {
				m = map[string]bool{}
				lx.lists[f[1]] = m
			}
			// a list named *_exact keeps accents (« où » is not « ou »): its
			// words are looked up lower-cased in exact, after a quick test
			// of their folded forms in lists
			var exact map[string]bool
			if strings.HasSuffix(f[1], "_exact") {
				if exact = lx.exact[f[1]]; exact == nil {
					exact = map[string]bool{}
					lx.exact[f[1]] = exact
				}
			}
			for _, w := range f[2:] {
				w = strings.ReplaceAll(w, "_", " ")
				fw := text.Fold(w)
				if !m[fw] {
					m[fw] = true
					lx.memberOf[fw] = append(lx.memberOf[fw], f[1])
				}
				if exact != nil {
					exact[strings.ToLower(w)] = true
				}
			}
		case "@prep":
			if len(f) < 2 {
				return fmt.Errorf("%s:%d: @prep needs a family", name, ln)
			}
			fam := text.Fold(f[1])
			id := lx.wid(fam)
			lx.preps[fam] = true
			lx.prepFams = append(lx.prepFams, fam)
			lx.addForm(fam, id, 0)
			for _, w := range f[2:] {
				w = text.Fold(w)
				lx.preps[w] = true
				lx.addForm(w, id, 0)
			}
		case "@tprep":
			for _, w := range f[1:] {
				lx.tprep[text.Fold(w)] = true
			}
		case "@verb":
			if lx.conj == nil {
				lx.conj = newConjugator()
			}
			if err := lx.conj.addIrregular(strings.TrimPrefix(line, "@verb")); err != nil {
				return fmt.Errorf("%s:%d: %v", name, ln, err)
			}
		case "@forms":
			if len(f) < 3 {
				return fmt.Errorf("%s:%d: @forms needs a lemma and forms", name, ln)
			}
			lx.addExplicitForms(f[1], f[2:])
		default:
			return fmt.Errorf("%s:%d: unknown directive %q", name, ln, f[0])
		}
	}
	return nil
}

func (lx *lexicon) addExplicitForms(lemma string, forms []string) {
	lemma = text.Fold(lemma)
	id := lx.wid(lemma)
	for _, fm := range forms {
		tag := uint8(0)
		if i := strings.IndexByte(fm, '/'); i > 0 {
			for _, c := range fm[i+1:] {
				switch c {
				case 'p':
					tag |= tagPart | tagPast
				case 'P':
					tag |= tagPart
				case 'd':
					tag |= tagPast
				case 'g':
					tag |= tagGer
				case 'f':
					tag |= tagFut
				case 'c':
					tag |= tagCond
				}
			}
			fm = fm[:i]
		}
		lx.addForm(text.Fold(fm), id, tag)
	}
}

// dataLines yields the number (from 1) and the text of each line of a data
// file that is not empty once its comment and surrounding blanks are
// stripped.
func dataLines(data string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		ln := 0
		for l := range strings.Lines(data) {
			ln++
			if line := stripComment(l); line != "" && !yield(ln, line) {
				return
			}
		}
	}
}

func stripComment(s string) string {
	if i := strings.Index(s, "#"); i >= 0 {
		// a "#" directly after a non-space is part of the text only in
		// no case we use; comments start with "#".
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// loadPatterns reads a pattern file (format in README.md).
func (lx *lexicon) loadPatterns(name, data string) error {
	type rawPat struct {
		p      *pattern
		anchor string
		ln     int
	}
	var raws []rawPat
	for ln, line := range dataLines(data) {
		f := strings.Fields(line)
		switch f[0] {
		case "@set", "@group":
			if len(f) < 3 {
				return fmt.Errorf("%s:%d: %s needs a name and members", name, ln, f[0])
			}
			m := lx.sets
			if f[0] == "@group" {
				m = lx.groups
			}
			for _, w := range f[2:] {
				m[f[1]] = append(m[f[1]], text.Fold(w))
			}
			continue
		case "@forms":
			if len(f) < 3 {
				return fmt.Errorf("%s:%d: @forms needs a lemma and forms", name, ln)
			}
			lx.addExplicitForms(f[1], f[2:])
			continue
		}
		if len(f) < 3 {
			return fmt.Errorf("%s:%d: want CODE V|N ELEMENTS", name, ln)
		}
		p := &pattern{id: fmt.Sprintf("%s:%d", name, ln), text: line, code: f[0]}
		if strings.HasSuffix(p.code, "<>") {
			p.mutual = true
			p.code = strings.TrimSuffix(p.code, "<>")
		}
		if strings.HasSuffix(p.code, "~") {
			p.weak = true
			p.code = strings.TrimSuffix(p.code, "~")
		}
		if i := strings.IndexByte(p.code, ':'); i > 0 && p.code != "---" {
			p.code, p.rev = p.code[:i], p.code[i+1:]
			if l := len(p.rev); l < 3 || l > 4 || strings.Trim(p.rev, "0123456789") != "" {
				return fmt.Errorf("%s:%d: bad reverse CAMEO code %q", name, ln, f[0])
			}
		}
		if p.code != "---" {
			for _, c := range p.code {
				if c < '0' || c > '9' {
					return fmt.Errorf("%s:%d: bad CAMEO code %q", name, ln, f[0])
				}
			}
			if l := len(p.code); l < 3 || l > 4 {
				return fmt.Errorf("%s:%d: bad CAMEO code %q", name, ln, f[0])
			}
		}
		switch f[1] {
		case "V":
		case "N":
			p.noun = true
		default:
			return fmt.Errorf("%s:%d: kind must be V or N, not %q", name, ln, f[1])
		}
		anchor := ""
		seen := false
		for _, tok := range f[2:] {
			if strings.HasPrefix(tok, "*") {
				if seen {
					return fmt.Errorf("%s:%d: two anchors", name, ln)
				}
				seen = true
				anchor = tok[1:]
				continue
			}
			e, err := lx.parseElem(tok)
			if err != nil {
				return fmt.Errorf("%s:%d: %v", name, ln, err)
			}
			if seen {
				if e.adjacent {
					return fmt.Errorf("%s:%d: %q: \">\" (right before the next element) only applies to a word before the anchor", name, ln, tok)
				}
				p.post = append(p.post, e)
			} else {
				if e.adjacent && e.kind != elWord {
					return fmt.Errorf("%s:%d: %q: \">\" (right before the next element) only applies to a word before the anchor", name, ln, tok)
				}
				p.pre = append(p.pre, e)
			}
		}
		if !seen || anchor == "" {
			return fmt.Errorf("%s:%d: no *anchor", name, ln)
		}
		raws = append(raws, rawPat{p, anchor, ln})
	}
	for _, r := range raws {
		var members []string
		for _, m := range strings.Split(r.anchor, "|") {
			if strings.HasPrefix(m, "&") {
				g, ok := lx.groups[m]
				if !ok {
					return fmt.Errorf("%s:%d: unknown group %s", name, r.ln, m)
				}
				members = append(members, g...)
				continue
			}
			members = append(members, text.Fold(m))
		}
		for _, m := range members {
			p := r.p
			parts := strings.Split(m, "_")
			if len(parts) > 1 {
				cp := *r.p
				var extra []elem
				for _, w := range parts[1:] {
					extra = append(extra, elem{kind: elWord, words: []int32{lx.wid(w)}, adjacent: true})
				}
				cp.post = append(extra, r.p.post...)
				p = &cp
			}
			lemma := parts[0]
			id := lx.wid(lemma)
			if p.noun {
				lx.nouns[lemma] = true
			} else {
				lx.verbs[lemma] = true
			}
			lx.anchors[id] = append(lx.anchors[id], p)
			lx.npat++
		}
	}
	// specificity: number of elements; ties by file order. Patterns of a
	// dyad supplement (*_dyad.txt) override converted ones: +3.
	i := 0
	for _, ps := range lx.anchors {
		for _, p := range ps {
			p.score = 0
			if isSupplement(p) {
				p.score = 3
			}
			for _, e := range p.pre {
				if !e.optional {
					p.score += 2
				}
			}
			for _, e := range p.post {
				if !e.optional {
					p.score += 2
				} else {
					p.score++
				}
			}
			i++
		}
		sortSpecific(ps)
	}
	return nil
}

// fixedWords is the number of word elements of a pattern (not its slots).
func (p *pattern) fixedWords() int {
	n := 0
	for _, els := range [][]elem{p.pre, p.post} {
		for _, e := range els {
			if e.kind == elWord {
				n++
			}
		}
	}
	return n
}

// slotOnly reports a pattern whose only elements are direct slots ("+",
// "$"): it matches whenever an actor stands there.
func (p *pattern) slotOnly() bool {
	for _, els := range [][]elem{p.pre, p.post} {
		for _, e := range els {
			if e.kind == elWord || e.preps != nil {
				return false
			}
		}
	}
	return true
}

// sortSpecific orders the patterns of one anchor, most specific first (the
// first that matches ends the search): by score, then a pattern with a
// fixed word before one without any, then by file order. Without the
// second key a bare "*liberer +!" of an earlier file, which matches
// whenever an actor follows, hid "*liberer navire" of a later one.
//
// The +3 of a dyad supplement pattern made only of slots ("*urge +!")
// counts against bare converted patterns, not against converted ones with
// a fixed word ("*&DEMAND &CEASEFIRE"), which it hid whenever an actor
// followed the verb (754 en.txt patterns).
func sortSpecific(ps []*pattern) {
	sort.SliceStable(ps, func(a, b int) bool { return specificBefore(ps[a], ps[b]) })
}

// specificBefore reports whether p is tried before q at one anchor.
func specificBefore(p, q *pattern) bool {
	sp, sq := supplementScore(p, q), supplementScore(q, p)
	if sp != sq {
		return sp > sq
	}
	return p.fixedWords() > 0 && q.fixedWords() == 0
}

// supplementScore is p's score against q: a dyad supplement pattern made
// only of slots, other than a null one ("--- V *think", which silences the
// verb on purpose), loses its +3 against a converted pattern with a fixed
// word.
func supplementScore(p, q *pattern) int {
	if isSupplement(p) && !isSupplement(q) && p.code != "---" && p.slotOnly() && q.fixedWords() > 0 {
		return p.score - 3
	}
	return p.score
}

// isSupplement reports a pattern of a dyad supplement file (*_dyad.txt).
func isSupplement(p *pattern) bool { return strings.Contains(p.id, "_dyad.txt:") }

func (lx *lexicon) parseElem(tok string) (elem, error) {
	e := elem{}
	tok, e.refuse, e.accept = splitRefused(tok)
	if err := sectorErr(tok, e.refuse, e.accept); err != nil {
		return e, err
	}
	if strings.HasPrefix(tok, "...") {
		e.far = true
		tok = tok[3:]
	}
	if strings.HasSuffix(tok, ">") {
		// "en> *visite": a word before the anchor that stands right before
		// the next element (match.go); lead, 2026-11-27, eighth session
		e.adjacent = true
		tok = strings.TrimSuffix(tok, ">")
	}
	if strings.HasSuffix(tok, "!") {
		e.required = true
		tok = strings.TrimSuffix(tok, "!")
	}
	if strings.HasSuffix(tok, "?") {
		e.optional = true
		tok = strings.TrimSuffix(tok, "?")
	}
	switch {
	case strings.HasSuffix(tok, "$") || strings.HasSuffix(tok, "+") || strings.HasSuffix(tok, "="):
		switch tok[len(tok)-1] {
		case '$':
			e.kind = elSrc
		case '+':
			e.kind = elTgt
		default:
			e.kind = elBoth
		}
		if p := tok[:len(tok)-1]; p != "" {
			for _, x := range strings.Split(p, "|") {
				e.preps = append(e.preps, lx.wid(text.Fold(x)))
			}
		}
		return e, nil
	default:
		for _, w := range strings.Split(tok, "|") {
			if strings.HasPrefix(w, "&") {
				m, ok := lx.sets[w]
				if !ok {
					m, ok = lx.groups[w]
				}
				if !ok {
					return e, fmt.Errorf("unknown set %s", w)
				}
				for _, x := range m {
					e.words = append(e.words, lx.wid(x))
				}
				continue
			}
			e.words = append(e.words, lx.wid(text.Fold(w)))
		}
	}
	return e, nil
}

// buildForms maps the surface forms of every pattern word to its id:
// conjugated forms of verb anchors, plurals of nouns, and the word itself.
func (lx *lexicon) buildForms() {
	for w, id := range lx.words {
		lx.addForm(w, id, 0)
		if strings.ContainsAny(w, " ") || len(w) < 4 {
			continue
		}
		// plural forms of any pattern word (nouns, adjectives)
		if !lx.preps[w] {
			switch {
			case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x"):
			case lx.lang == "fr" && (strings.HasSuffix(w, "al")):
				lx.addForm(w[:len(w)-2]+"aux", id, 0)
				lx.addForm(w+"s", id, 0)
			case lx.lang == "fr" && (strings.HasSuffix(w, "eu") || strings.HasSuffix(w, "au")):
				lx.addForm(w+"x", id, 0)
			default:
				lx.addForm(w+"s", id, 0)
				if lx.lang == "fr" && !lx.nouns[w] {
					// feminine of adjectives; not for noun anchors
					// ("retrait" is not "retraité", "accord" not "accorde")
					lx.addForm(w+"e", id, 0)
					lx.addForm(w+"es", id, 0)
				}
				if lx.lang == "en" {
					if strings.HasSuffix(w, "y") && len(w) > 2 {
						lx.addForm(w[:len(w)-1]+"ies", id, 0)
					}
					lx.addForm(w+"es", id, 0)
				}
			}
		}
	}
	for v := range lx.verbs {
		id := lx.words[v]
		switch lx.lang {
		case "fr":
			if lx.conj == nil {
				lx.conj = newConjugator()
			}
			for _, f := range lx.conj.forms(v) {
				if lx.lists["noverbform"][f.form] {
					// a form that is first of all another word (the
					// preposition "entre", not "il entre"): fr_lex.txt
					continue
				}
				t := f.tag
				if t&tagPart == 0 {
					// the form has a reading that is not a participle
					t |= tagNoAcc
				}
				lx.addForm(f.form, id, t)
			}
		case "en":
			for _, f := range englishForms(v) {
				lx.addForm(f.form, id, f.tag)
			}
		}
	}
	// the words of a form in the order they were declared (the maps above
	// are read in random order): when two anchors read the same token
	// ("négociations": negociations and the plural of negociation), the
	// earlier file's pattern is tried first, the same on every run
	for _, fs := range lx.forms {
		sort.Slice(fs, func(a, b int) bool { return fs[a].word < fs[b].word })
	}
}
