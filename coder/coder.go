// Package coder is dyad's event coder: it reads the sentences, actors and
// time expressions of an Analysis and appends CAMEO-coded events (source,
// target, code, negation, mode, date, evidence).
//
// The language knowledge is data (data/*.txt, embedded): verb and noun
// patterns with source and target slots, and cue words for clause limits,
// negation and mode. The matcher works on tokens without an external
// parser: it finds pattern anchors (verbs through their lemmas, event
// nouns), matches the words around them, and fills the slots with the
// actor mentions closest to the anchor inside the clause. See README.md.
package coder

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
)

//go:embed data/*.txt
var dataFS embed.FS

// Coder is the event-coding stage. It is safe for concurrent use.
type Coder struct {
	lex map[string]*lexicon
	// DropPlainStatements drops the events of weak patterns (010, "X a
	// déclaré") that have no target; by default they are kept when the
	// sentence has nothing more specific. Set it before use.
	DropPlainStatements bool
	// DropEmptyDyads drops events with no actor of known country (see
	// emptyDyad). Off by default: measured on the dev sets it costs more
	// than it gains (coder/README.md, "Empty dyads").
	DropEmptyDyads bool
	// DropOneSided drops events without a source or without a target
	// ("X a exigé de réduire le contingent", "les talibans ont mené une
	// campagne"): CAMEO coders (TABARI, PETRARCH) code an event only when
	// both actors are found, and most of such events in the dev sets are
	// ones whose target dyad missed. Off in New; the pipeline sets it
	// unless one-sided events are asked for.
	DropOneSided bool
	// DropConditions drops the events whose verb stands in a condition
	// clause ("si les talibans attaquaient Kaboul", "if Iran refuses"):
	// CODING.md codes no hypothetical event. Off in New, where they are
	// kept with mode "hypothetical" for the caller to filter.
	DropConditions bool
	// DropHypothetical drops the events whose mode is hypothetical
	// (conditional, "si", "pourrait", "if ... would"): CAMEO coding
	// (CODING.md, TABARI, PETRARCH) codes no hypothetical event, and on
	// the French bench news 9 of the 10 kept were wrong (2026-11-26).
	// Off in New; the pipeline sets it unless hypothetical events are
	// asked for (dyad code --hypothetical).
	DropHypothetical bool
}

var (
	loadOnce sync.Once
	loaded   map[string]*lexicon
	loadErr  error
)

// New returns the coder with the embedded French and English patterns.
func New() (*Coder, error) {
	loadOnce.Do(func() {
		// the embedded files only (load.go; Load adds user files)
		loaded, loadErr = loadLexicons(nil)
	})
	if loadErr != nil {
		return nil, loadErr
	}
	return &Coder{lex: loaded}, nil
}

// patternFiles lists the embedded pattern files of a language loaded after
// LANG.txt: LANG_dyad.txt first when present, then every other LANG_*.txt
// except the cue file LANG_lex.txt, in name order. They share LANG.txt's
// sets and groups.
func patternFiles(lang string) []string {
	var out []string
	if _, err := dataFS.ReadFile("data/" + lang + "_dyad.txt"); err == nil {
		out = append(out, lang+"_dyad.txt")
	}
	m, _ := fs.Glob(dataFS, "data/"+lang+"_*.txt")
	sort.Strings(m)
	for _, p := range m {
		name := path.Base(p)
		if name == lang+"_lex.txt" || name == lang+"_dyad.txt" {
			continue
		}
		out = append(out, name)
	}
	return out
}

// Name implements dyad.Stage.
func (c *Coder) Name() string { return "coder" }

// Patterns returns the number of patterns loaded for a language.
func (c *Coder) Patterns(lang string) int {
	if lx := c.lex[lang]; lx != nil {
		return lx.npat
	}
	return 0
}

// Lemma returns the pattern lemmas a folded word form is known as (for
// explanations); empty when the form belongs to no pattern word.
func (c *Coder) Lemma(lang, norm string) string {
	lx := c.lex[lang]
	if lx == nil {
		return ""
	}
	var out []string
	for _, f := range lx.forms[norm] {
		w := lx.names[f.word]
		if w != norm || lx.verbs[w] || lx.nouns[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, "|")
}

func (c *Coder) lexFor(lang string) *lexicon {
	if lx := c.lex[lang]; lx != nil {
		return lx
	}
	return c.lex["fr"]
}

// Process implements dyad.Stage: it appends the events of every sentence.
func (c *Coder) Process(a *dyad.Analysis) error {
	lx := c.lexFor(a.Doc.Lang)
	first := len(a.Events)
	// bucket actor mentions by sentence
	byS := make([][]int, len(a.Sentences))
	for i := range a.Actors {
		s := a.Actors[i].Sentence
		if s < 0 || s >= len(a.Sentences) || !a.Sentences[s].Span.Overlaps(a.Actors[i].Span) {
			s = -1
			for k := range a.Sentences {
				if a.Sentences[k].Span.Contains(a.Actors[i].Span) {
					s = k
					break
				}
			}
			if s < 0 {
				continue
			}
		}
		byS[s] = append(byS[s], i)
	}
	st := &sent{a: a, lx: lx, dropPlain: c.DropPlainStatements, dropOne: c.DropOneSided, dropEmpty: c.DropEmptyDyads, dropCond: c.DropConditions, lastT: -1, lastS: -1, lastAcc: -1, lastES: -1}
	var seen map[string]bool
	for si := range a.Sentences {
		if len(byS[si]) > 0 {
			// a sentence repeated word for word (a title printed twice)
			// is coded once
			sp := a.Sentences[si].Span
			txt := a.Doc.Text[sp.Start:sp.End]
			if seen == nil {
				seen = map[string]bool{}
			}
			if seen[txt] {
				if a.Trace != nil {
					a.Tracef("coder", "s%d: repeats an earlier sentence: not coded again", si)
				}
				continue
			}
			seen[txt] = true
		}
		st.lastM, st.lastP = -1, -1
		if si > 0 {
			for _, ai := range byS[si-1] {
				if a.Actors[ai].Kind != "country" {
					// the last person or body named in the previous
					// sentence, for "Ce dernier ..."
					st.lastM = ai
				}
				if a.Actors[ai].Kind == "person" {
					st.lastP = ai // frreal2.go rule 4
				}
			}
		}
		st.lastS = -1
		if si > 0 && lx.lang == "fr" && !(len(a.Events) > 0 && a.Events[len(a.Events)-1].Sentence == si-1) {
			st.lastS = prevSubject(a, lx, si-1, byS[si-1]) // frdoc.go
		}
		st.reset(si, byS[si])
		st.code()
	}
	if !c.DropOneSided && lx.lang == "en" {
		a.Events = append(a.Events[:first], dropElaborations(a, a.Events[first:])...) // plover3.go
	}
	if c.DropOneSided || c.DropHypothetical {
		kept := a.Events[:first]
		for _, e := range a.Events[first:] {
			if c.DropHypothetical && e.Mode == dyad.Hypothetical {
				if a.Trace != nil {
					a.Tracef("coder", "s%d: drop %s %s→%s (%s): hypothetical (DropHypothetical)", e.Sentence, e.Code, e.Source, e.Target, e.Pattern)
				}
				continue
			}
			if c.DropOneSided && (e.Target == "" || e.Source == "") {
				if a.Trace != nil {
					a.Tracef("coder", "s%d: drop %s %s→%s (%s): one-sided, no %s (DropOneSided)", e.Sentence, e.Code, e.Source, e.Target, e.Pattern, missingSide(e))
				}
				continue
			}
			kept = append(kept, e)
		}
		a.Events = kept
	}
	return nil
}

func missingSide(e dyad.Event) string {
	if e.Target == "" {
		return "target"
	}
	return "source"
}

// sent is the per-sentence working state (local to one Process call).
type sent struct {
	a     *dyad.Analysis
	lx    *lexicon
	si    int
	toks  []dyad.Token
	ids   [][]formInfo
	memb  [][]string    // token → the names of the lists holding its word (lx.memberOf), computed in reset
	hardF []bool        // token → hard clause limit (hardAt), computed in reset
	prepF []bool        // token → a preposition form (lx.preps), computed in reset
	actor []int         // token → index into ments, -1
	ments []int         // indexes into a.Actors
	mst   []int         // first token of each mention
	men   []int         // token after each mention
	codes []string      // code of each mention (an unknown country completed from "à Kaboul")
	twins map[int][]int // mention → the other mentions on its span (compound "les deux pays")
	// anyGenitive: while looking for a passive's subject (its target), any
	// genitive owner stands for the noun ("le soutien de l'Iran")
	anyGenitive bool
	cands       []cand
	prev        []int // source group of the last event (for pronouns), as mention indexes of this sentence
	prevA       []int // the same as indexes into a.Actors, kept across sentences
	lastT       int   // the target of the last event with one (index into a.Actors), -1; kept across sentences
	prevT       int   // lastT as a mention of this sentence, -1
	prevSent    bool  // the last event was coded in the previous sentence, without a target there (prev is its source)
	lastM       int   // the last actor (not a country) of the previous sentence (index into a.Actors), -1
	lastP       int   // the last person of the previous sentence (index into a.Actors), -1
	prevL       int   // lastM as a mention of this sentence, -1
	lastS       int   // the subject of the previous sentence when it coded no event (index into a.Actors), -1 (frdoc.go)
	prevS       int   // lastS as a mention of this sentence, -1
	lastAcc     int   // the source of the latest accusation or criticism (index into a.Actors), -1 (frdoc.go)
	lastAccSent int   // its sentence
	prevAcc     int   // lastAcc as a mention of this sentence when recent, -1
	lastES      int   // the first source of the last event (index into a.Actors), -1 (frdoc.go)
	lastESSent  int   // its sentence
	prevES      int   // lastES as a mention of this sentence when of the sentence before, -1
	prevP       int   // the last person named in the sentence before, as a mention of this sentence, -1 (frreal2.go)
	relFlag     int8  // the sentence has a relative pronoun: 0 not known yet, 1 yes, 2 no
	latterFlag  int8  // the sentence has a `latter` word ("dernier"): 0 not known yet, 1 yes, 2 no

	// seen: filter of the word ids of the sentence's forms (speed2.go)
	seen [wordSeenBits / 64]uint64

	dropPlain bool
	dropOne   bool // DropOneSided: a one-sided event will be dropped (enprec10.go)
	dropEmpty bool
	dropCond  bool
}

type cand struct {
	p         *pattern
	anchor    int
	last      int // token after the last matched element
	near      int // token before the pattern's first far word ("...reforms"), 0 without one
	src, tgt  []int
	both      []int
	neg       bool
	mode      dyad.Mode
	why       string
	nonfinite bool
	code      string // the pattern's code, possibly transformed
	must      int    // token of an obligation modal before the verb, -1
	governed  bool   // complement of an intent/refusal word, already transformed
	gov       int    // the governing token when governed
	cond      bool   // the verb of a condition clause (si/if ...): not an intent
	reduced   bool   // a participle without auxiliary ("hackers angered by X")
	place     bool   // the target is the place of the event: its country only
	clitic    int    // token of the pronoun standing for the target ("leur"), -1
	genList   bool   // a noun slot took a coordinated genitive ("des X et des Y"): co-authors, not mutual parties
	addressed bool   // an appeal made the complement's subjects the target ("X and Y urged A and B to resume talks"): not mutual parties (par2j)
}

// tokenlessMention adds actor ai of an earlier sentence as a mention
// without tokens (for pronouns) and returns its index.
func (s *sent) tokenlessMention(ai int) int {
	s.ments = append(s.ments, ai)
	s.mst = append(s.mst, -1)
	s.men = append(s.men, -1)
	s.codes = append(s.codes, s.earlierCode(ai))
	return len(s.ments) - 1
}

func (s *sent) reset(si int, ments []int) {
	s.si = si
	s.toks = s.a.Sentences[si].Tokens
	n := len(s.toks)
	if cap(s.ids) < n {
		s.ids = make([][]formInfo, n)
		s.actor = make([]int, n)
	}
	s.ids = s.ids[:n]
	s.actor = s.actor[:n]
	if cap(s.memb) < n {
		s.memb = make([][]string, n)
	}
	s.memb = s.memb[:n]
	if cap(s.prepF) < n {
		s.prepF = make([]bool, n)
	}
	s.prepF = s.prepF[:n]
	for i := range s.toks {
		e := &s.lx.tokEntries[s.lx.tokInfo[s.toks[i].Norm]]
		s.ids[i], s.memb[i], s.prepF[i] = e.forms, e.memb, e.prep
		s.actor[i] = -1
	}
	if cap(s.hardF) < n {
		s.hardF = make([]bool, n)
	}
	s.hardF = s.hardF[:n]
	for i := range s.toks {
		s.hardF[i] = s.hardAt(i)
	}
	s.markWords()
	s.relFlag, s.latterFlag = 0, 0
	s.ments = s.ments[:0]
	s.mst = s.mst[:0]
	s.men = s.men[:0]
	s.codes = s.codes[:0]
	s.cands = s.cands[:0]
	for k := range s.twins {
		delete(s.twins, k)
	}
	defer func() {
		// the previous source, as mentions without tokens, for pronouns
		s.prev = s.prev[:0]
		if !s.prevTooFar(si) {
			for _, ai := range s.prevA {
				s.prev = append(s.prev, s.tokenlessMention(ai))
			}
		}
		if len(s.prev) == 0 {
			s.prev = nil
		}
		s.prevL, s.prevT, s.prevS, s.prevAcc, s.prevES = -1, -1, -1, -1, -1
		if s.lx.lang == "fr" && s.lastES >= 0 && s.lastES < len(s.a.Actors) && s.lastT >= 0 && s.lastESSent == si-1 {
			// (only French reads it: frdoc.go)
			s.prevES = s.tokenlessMention(s.lastES)
		}
		if s.lastAcc >= 0 && s.lastAcc < len(s.a.Actors) && s.lastAccSent < si && s.lastAccSent >= si-frdocWindow {
			s.prevAcc = s.tokenlessMention(s.lastAcc)
		}
		if s.lastS >= 0 && s.lastS < len(s.a.Actors) {
			s.prevS = s.tokenlessMention(s.lastS)
		}
		// the last event is the previous sentence's and had no target of
		// its own there (none, or a place: "est arrivé à Dakar"): its
		// source is the one antecedent an object pronoun may take
		s.prevSent = len(s.a.Events) > 0 && s.a.Events[len(s.a.Events)-1].Sentence == si-1 &&
			!(s.lastT >= 0 && s.lastT < len(s.a.Actors) && s.a.Sentences[si-1].Span.Contains(s.a.Actors[s.lastT].Span) && !s.placeIn(si-1, s.lastT))
		if s.lastM >= 0 && s.lastM < len(s.a.Actors) {
			s.prevL = s.tokenlessMention(s.lastM)
		}
		s.prevP = -1
		if s.lx.lang == "fr" && s.lastP >= 0 {
			s.prevP = s.tokenlessMention(s.lastP) // frreal2.go
		}
		if s.lastT >= 0 && s.lastT < len(s.a.Actors) {
			s.prevT = s.tokenlessMention(s.lastT)
		}
		// "le nouveau régime à Kaboul", "the government of Haiti": an
		// agent of unknown country takes the country of the place that
		// follows it
		s.possessorCountry()
		s.ownerCountry()
		s.inclusionCountry()
		s.sharedHeadSector()
		s.namedApposition()
		s.countryAnaphor()   // country.go
		s.possessedState()   // country.go
		s.ownerLinkCountry() // enstruct5.go
		s.perpGroupCode()    // enheld7.go
		for m := range s.codes {
			c := s.codes[m]
			// an unknown country, or one the actor stage took from the
			// document as a whole ("+doc:"), yields to the text's own cue
			guessed := strings.HasPrefix(c, "---") || strings.Contains(s.a.Actors[s.ments[m]].Entry, "+doc:")
			if !guessed || s.men[m] < 0 || m+1 >= len(s.codes) || s.mst[m+1] < 0 {
				continue
			}
			if s.mst[m] > 0 && len(c) >= 6 && (c[3:6] == "MIL" || s.ownedFrom(s.men[m])) && s.inAt("ownposs", s.mst[m]-1) {
				// "withdraw its troops from Lebanon", "offered its troops
				// to Lebanon's president": the possessor's armed forces,
				// not the place's nor the document's (an embassy "in
				// Iraq" still takes the place; dyad <round enprec>); any
				// agent owned so before "from" ("recalled its ambassador
				// from Iran": enwire3.go ownedFrom; lead, eighth session)
				if !strings.HasPrefix(c, "---") && len(c) >= 3 {
					s.codes[m] = "---" + c[3:]
				}
				continue
			}
			k := s.men[m]
			if s.backerMention(m + 1) {
				// "a commander of an Iran-backed militia": the backer
				// is not the country of what follows (par3en)
				continue
			}
			// "les forces gouvernementales afghanes": a demonym right after
			// the agent (at most two adjectives between)
			adj := s.a.Actors[s.ments[m+1]].Kind == "country" && s.mst[m+1]-k <= 2
			for j := k; adj && j < s.mst[m+1]; j++ {
				if s.toks[j].Kind != dyad.Word || s.isPrep(j) || s.verbForm(j) && !s.inAt("flaglink", j) || s.inAt("conj", j) {
					// (« un pétrolier battant pavillon britannique »:
					// `flaglink` words stand between a ship and its flag)
					adj = false
				}
			}
			// "a cargo ship linked to Israel", « un navire appartenant à la
			// Grèce »: an `ownerlink` participle and its preposition name the
			// owner (lead, eighth session)
			owner := k+1 < len(s.toks) && s.inAt("ownerlink", k) && s.isPrep(k+1) && (s.mst[m+1] == k+2 || s.mst[m+1] == k+3 && s.isDet(k+2))
			if adj || owner || k < len(s.toks) && s.inAt("locprep", k) && s.mst[m+1] <= k+2 {
				nc := s.codes[m+1]
				if cc := s.lx.stateCC(nc); cc != "" {
					s.codes[m] = cc + c[3:]
					if !adj && strings.HasPrefix(c, "---") && len(nc) > 3 && s.inAt("genitive", k) && s.inAt("collhead", k-1) {
						// "a delegation of American senators": a body
						// made of the complement's members is theirs,
						// sector too (USALEG, not USAGOV) (par2e round)
						s.codes[m] = nc
					}
					if s.trace() {
						s.tracef("  %q: unknown country %s completed from %q: %s", s.a.Actors[s.ments[m]].Text, c, s.a.Actors[s.ments[m+1]].Text, s.codes[m])
					}
					if !adj {
						s.placeListTwins(m, c)
					}
				}
			}
		}
	}()
	for _, ai := range ments {
		sp := s.a.Actors[ai].Span
		first, end := -1, -1
		for i := range s.toks {
			if s.toks[i].Span.Overlaps(sp) {
				if first < 0 {
					first = i
				}
				end = i + 1
			}
		}
		if first < 0 {
			continue
		}
		if end == first+1 && first > 0 && s.lx.lang == "fr" && s.inAt("aux", first-1) && s.participle(first) {
			// "la France a jugé inacceptable": a participle after an
			// auxiliary is the verb, not a mention ("juge")
			if s.trace() {
				s.tracef("  %q after %q is a participle, not an actor", s.toks[first].Text, s.toks[first-1].Text)
			}
			continue
		}
		if s.lx.lang == "fr" && s.spacedPairTwin(ai, first, end) {
			// "les pourparlers soviéto - tchécoslovaques" (frrecall6.go)
			continue
		}
		// nested or overlapping mentions: keep the first one seen on a token
		clash := false
		for i := first; i < end; i++ {
			if s.actor[i] >= 0 {
				clash = true
			}
		}
		if clash {
			// "les deux pays": the actor stage gives one mention per
			// country on the same span; they act together
			if o := s.actor[first]; o >= 0 && s.mst[o] == first && s.men[o] == end && s.a.Actors[s.ments[o]].Span == sp {
				s.addTwin(o, ai, first, end)
			} else if o := s.actor[first]; o >= 0 && end == first+1 && s.mst[o] == first && s.men[o] == end && s.hyphenPair(first, s.a.Actors[s.ments[o]].Span, sp) {
				// "le cessez-le-feu russo-turc", "Rencontre
				// Macron-Poutine": two mentions joined by a hyphen inside
				// one token are two parties acting together
				s.addTwin(o, ai, first, end)
				if s.trace() {
					s.tracef("  %q and %q joined by a hyphen: two parties", s.a.Actors[s.ments[o]].Text, s.a.Actors[ai].Text)
				}
			}
			continue
		}
		m := len(s.ments)
		s.ments = append(s.ments, ai)
		s.mst = append(s.mst, first)
		s.men = append(s.men, end)
		s.codes = append(s.codes, s.a.Actors[ai].Code)
		for i := first; i < end; i++ {
			s.actor[i] = m
		}
	}
}

// placeListTwins: "ses homologues au Japon et en Corée du Sud": an agent
// of unknown country (code c) completed from the first of coordinated
// places stands for one agent per place (twins of mention m, as "les deux
// pays").
func (s *sent) placeListTwins(m int, c string) {
	g := s.group(m + 1)
	if len(g) < 2 || g[0] != m+1 {
		return
	}
	for _, x := range g[1:] {
		cc := s.lx.stateCC(s.codes[x])
		if cc == "" || s.a.Actors[s.ments[x]].Kind != "country" || cc+c[3:] == s.codes[m] {
			continue
		}
		t := len(s.ments)
		s.ments = append(s.ments, s.ments[m])
		s.mst = append(s.mst, s.mst[m])
		s.men = append(s.men, s.men[m])
		s.codes = append(s.codes, cc+c[3:])
		if s.twins == nil {
			s.twins = map[int][]int{}
		}
		s.twins[m] = append(s.twins[m], t)
		if s.trace() {
			s.tracef("  %q: also %s from the coordinated place %q", s.a.Actors[s.ments[m]].Text, s.codes[t], s.a.Actors[s.ments[x]].Text)
		}
	}
}

// hyphenPair reports two mention spans a, b inside token k, a ending
// right before a hyphen and b starting right after it.
func (s *sent) hyphenPair(k int, a, b dyad.Span) bool {
	t := &s.toks[k]
	off := a.End - t.Span.Start
	return b.Start == a.End+1 && off >= 0 && off < len(t.Text) && t.Text[off] == '-' && len(t.Text) == t.Span.Len()
}

func (s *sent) trace() bool { return s.a.Trace != nil }

func (s *sent) tracef(format string, args ...any) {
	if s.a.Trace != nil {
		s.a.Tracef("coder", "s%d: "+format, append([]any{s.si}, args...)...)
	}
}

// code finds the events of the sentence.
func (s *sent) code() {
	own := len(s.ments) - len(s.prev)
	if s.prevT >= 0 {
		own--
	}
	if s.prevL >= 0 {
		own--
	}
	if s.prevS >= 0 {
		own--
	}
	if s.prevAcc >= 0 {
		own--
	}
	if s.prevES >= 0 {
		own--
	}
	if own == 0 && !s.pronounsOnly() {
		if s.trace() {
			s.tracef("no actor in the sentence: nothing to code")
		}
		return
	}
	for i := range s.toks {
		if s.toks[i].Kind != dyad.Word || s.actor[i] >= 0 {
			// punctuation, or a word inside an actor mention ("United States")
			continue
		}
		for _, f := range s.ids[i] {
			ps := s.lx.anchors[f.word]
			if len(ps) == 0 {
				continue
			}
			s.tryAnchor(i, f, ps)
		}
	}
	s.verblessProtest() // headline_fr.go
	s.verblessVisit()
	s.quoteTitleDemand()
	from := len(s.a.Events)
	s.emit()
	s.alsoSource(from) // pairs13.go
}

// hasSrc reports a mention among the candidate's sources.
func (c *cand) hasSrc(m int) bool {
	for _, x := range c.src {
		if x == m {
			return true
		}
	}
	return false
}

// addTwin records actor mention ai, on the tokens first..end that mention o
// already covers, as o's twin: a second party on the same words.
func (s *sent) addTwin(o, ai, first, end int) {
	m := len(s.ments)
	s.ments = append(s.ments, ai)
	s.mst = append(s.mst, first)
	s.men = append(s.men, end)
	s.codes = append(s.codes, s.a.Actors[ai].Code)
	if s.twins == nil {
		s.twins = map[int][]int{}
	}
	s.twins[o] = append(s.twins[o], m)
}

// placeIn reports that actor ai, in sentence si, is a place: a
// country or city mention right after a place preposition ("est arrivé à
// Dakar").
func (s *sent) placeIn(si, ai int) bool {
	if s.a.Actors[ai].Kind != "country" {
		return false
	}
	toks := s.a.Sentences[si].Tokens
	for k := 1; k < len(toks); k++ {
		if toks[k].Start == s.a.Actors[ai].Span.Start {
			return s.lx.in("placeprep", toks[k-1].Norm)
		}
	}
	return false
}
