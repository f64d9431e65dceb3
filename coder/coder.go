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
	"github.com/dyadproject/dyad/timex"
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
	st := &sent{a: a, lx: lx, dropPlain: c.DropPlainStatements, dropEmpty: c.DropEmptyDyads, lastT: -1}
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
		st.lastM = -1
		if si > 0 {
			for _, ai := range byS[si-1] {
				if a.Actors[ai].Kind != "country" {
					// the last person or body named in the previous
					// sentence, for "Ce dernier ..."
					st.lastM = ai
				}
			}
		}
		st.reset(si, byS[si])
		st.code()
	}
	if c.DropOneSided {
		kept := a.Events[:first]
		for _, e := range a.Events[first:] {
			if e.Target == "" || e.Source == "" {
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

// domesticDyad tells whether an event of this code by this source is read
// as a domestic one, so that a target of unknown country and no place may
// take the source's country: not support or aid (05x-07x: "les rebelles,
// soutenus par le Rwanda" are not Rwandan), and force (18x-20x) only by
// police, armed groups or crowds, or against rebels and the opposition
// ("des frappes russes ont touché un hôpital": the hospital is not
// Russian).
func domesticDyad(source, target, code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "05", "06", "07":
		return false
	case "18", "19", "20":
		// a police force or a non-state armed group ("Boko Haram
		// fighters abducted dozens of women"), or state forces against
		// rebels, insurgents or the opposition ("l'armée syrienne et
		// les rebelles se battent")
		if len(source) >= 6 {
			switch source[3:6] {
			case "COP", "REB", "INS", "OPP", "CVL":
				return true
			}
		}
		if len(target) >= 6 {
			switch target[3:6] {
			case "REB", "INS", "OPP":
				return true
			}
		}
		return false
	}
	return true
}

// countryElsewhere tells whether a mention of the sentence other than the
// source and the target names the country cc ("Serb forces killed three
// ethnic Albanians in a gunbattle in southeastern Serbia": the killing
// happens in the source's own country).
func (s *sent) countryElsewhere(src, tgt int, cc string) bool {
	for i, c := range s.codes {
		if i != src && i != tgt && strings.HasPrefix(c, cc) {
			return true
		}
	}
	return false
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
	hardF []bool        // token → hard clause limit (hardAt), computed in reset
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
	lastM       int   // the last actor (not a country) of the previous sentence (index into a.Actors), -1
	prevL       int   // lastM as a mention of this sentence, -1
	relFlag     int8  // the sentence has a relative pronoun: 0 not known yet, 1 yes, 2 no
	latterFlag  int8  // the sentence has a `latter` word ("dernier"): 0 not known yet, 1 yes, 2 no

	dropPlain bool
	dropEmpty bool
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
}

// tokenlessMention adds actor ai of an earlier sentence as a mention
// without tokens (for pronouns) and returns its index.
func (s *sent) tokenlessMention(ai int) int {
	s.ments = append(s.ments, ai)
	s.mst = append(s.mst, -1)
	s.men = append(s.men, -1)
	s.codes = append(s.codes, s.a.Actors[ai].Code)
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
	if cap(s.hardF) < n {
		s.hardF = make([]bool, n)
	}
	s.hardF = s.hardF[:n]
	for i := range s.toks {
		s.ids[i] = s.lx.forms[s.toks[i].Norm]
		s.actor[i] = -1
		s.hardF[i] = s.hardAt(i)
	}
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
		for _, ai := range s.prevA {
			s.prev = append(s.prev, s.tokenlessMention(ai))
		}
		if len(s.prev) == 0 {
			s.prev = nil
		}
		s.prevL, s.prevT = -1, -1
		if s.lastM >= 0 && s.lastM < len(s.a.Actors) {
			s.prevL = s.tokenlessMention(s.lastM)
		}
		if s.lastT >= 0 && s.lastT < len(s.a.Actors) {
			s.prevT = s.tokenlessMention(s.lastT)
		}
		// "le nouveau régime à Kaboul", "the government of Haiti": an
		// agent of unknown country takes the country of the place that
		// follows it
		s.possessorCountry()
		s.inclusionCountry()
		s.sharedHeadSector()
		for m := range s.codes {
			c := s.codes[m]
			// an unknown country, or one the actor stage took from the
			// document as a whole ("+doc:"), yields to the text's own cue
			guessed := strings.HasPrefix(c, "---") || strings.Contains(s.a.Actors[s.ments[m]].Entry, "+doc:")
			if !guessed || s.men[m] < 0 || m+1 >= len(s.codes) || s.mst[m+1] < 0 {
				continue
			}
			k := s.men[m]
			// "les forces gouvernementales afghanes": a demonym right after
			// the agent (at most two adjectives between)
			adj := s.a.Actors[s.ments[m+1]].Kind == "country" && s.mst[m+1]-k <= 2
			for j := k; adj && j < s.mst[m+1]; j++ {
				if s.toks[j].Kind != dyad.Word || s.isPrep(j) || s.verbForm(j) || s.lx.in("conj", s.norm(j)) {
					adj = false
				}
			}
			if adj || k < len(s.toks) && s.lx.in("locprep", s.norm(k)) && s.mst[m+1] <= k+2 {
				nc := s.codes[m+1]
				if cc := s.lx.stateCC(nc); cc != "" {
					s.codes[m] = cc + c[3:]
					if s.trace() {
						s.tracef("  %q: unknown country %s completed from %q: %s", s.a.Actors[s.ments[m]].Text, c, s.a.Actors[s.ments[m+1]].Text, s.codes[m])
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
		if end == first+1 && first > 0 && s.lx.lang == "fr" && s.lx.in("aux", s.norm(first-1)) && s.participle(first) {
			// "la France a jugé inacceptable": a participle after an
			// auxiliary is the verb, not a mention ("juge")
			if s.trace() {
				s.tracef("  %q after %q is a participle, not an actor", s.toks[first].Text, s.toks[first-1].Text)
			}
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
	if own == 0 {
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
	s.emit()
}

// emit drops embedded and weak candidates and appends the events.
func (s *sent) emit() {
	tr := s.trace()
	keep := make([]bool, len(s.cands))
	strong := false
	for a := range s.cands {
		keep[a] = true
	}
	// "denied accusations that it supports the Taliban": the content of an
	// accusation, claim or report is not an event of its own
	for b := range s.cands {
		cb := &s.cands[b]
		for j := cb.anchor - 1; j > 0; j-- {
			if s.lx.in("clausecomp", s.norm(j)) {
				// "an allegation by the Liberian Peace Council (LPC) that
				// ...": the content noun may stand a few words back, before
				// its author
				k := j - 1
				for n := 0; k > 0 && n < 8 && !s.lx.in("contentnoun", s.norm(k)) && !s.hard(k) && !s.verbForm(k); n++ {
					k--
				}
				if k >= 0 && s.lx.in("contentnoun", s.norm(k)) {
					keep[b] = false
					if tr {
						s.tracef("  drop %s at %d: content of %q", cb.p.id, cb.anchor, s.toks[k].Text)
					}
				}
				break
			}
			if s.hard(j) {
				break
			}
		}
	}
	// "ont torturé et exécuté trois soldats", "condemned and sanctioned
	// Russia": a verb with no target coordinated right before another
	// verb of the same subject shares that verb's object
	for a := range s.cands {
		ca := &s.cands[a]
		if len(ca.tgt) > 0 || ca.both != nil || ca.p.noun || ca.code == "---" || ca.p.weak {
			continue
		}
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || cb.p.noun || len(cb.tgt) == 0 || cb.clitic >= 0 || cb.place || !s.bareCoordinated(ca.anchor, cb.anchor) || !sameInts(ca.src, cb.src) {
				continue
			}
			ca.tgt = cb.tgt
			if tr {
				s.tracef("  %s at %d: no object of its own; shares the object of the coordinated %q: %s", ca.p.id, ca.anchor, s.toks[cb.anchor].Text, s.mtext(ca.tgt))
			}
			break
		}
	}
	// "refused to meet", "a accepté de négocier", "threatened to attack":
	// the complement carries the event, transformed; the governing word
	// codes nothing itself
	for b := range s.cands {
		cb := &s.cands[b]
		cls, g := s.governor(cb.anchor)
		cease := false
		if cls == "" && cb.anchor > 1 && s.lx.in("ceaseverb", s.norm(cb.anchor-1)) && s.gerundAt(cb.anchor) {
			// "urged China to stop supporting Russia": an appeal to stop
			// an action is a plain appeal to the addressee (020), not the
			// action itself
			if c2, g2 := s.governor(cb.anchor - 1); c2 == "appeal" {
				cls, g, cease = c2, g2, true
			}
		}
		if cls == "" || cb.code == "---" {
			continue
		}
		if cls == "intent" && cb.code >= "1" && s.lx.in("decisionverb", s.norm(g)) {
			// "a décidé de geler les avoirs", "decided to expel the
			// envoy": a decision to coerce is no threat (13x); like a
			// light verb it gives way to its complement's own code
			cls = "light"
		}
		old := cb.code
		if cls == "refusal" && s.lx.transform(cls, cb.code) == cb.code {
			// "refuse d'accuser": no refusal code for it; the event is negated
			cb.neg = true
		}
		if cls == "negate" {
			// "failed to meet X", "a échoué à rencontrer": the complement
			// did not take place; no refusal. A specific event of the
			// governing word ("failed to reach agreement", 164) stands.
			own := false
			for a := range s.cands {
				if s.cands[a].anchor == g && s.cands[a].code != "---" {
					own = true
				}
			}
			if own {
				keep[b] = false
				if tr {
					s.tracef("  %s at %d: complement of %q: the governing event stands", cb.p.id, cb.anchor, s.toks[g].Text)
				}
				continue
			}
			cb.neg = true
		}
		if cls != "light" && cls != "negate" {
			cb.code = s.lx.transform(cls, cb.code)
			govCoded := false
			for a := range s.cands {
				if s.cands[a].anchor == g && s.cands[a].code != "---" {
					govCoded = true
				}
			}
			if cb.code == old && govCoded {
				// "agreed to investigate": no intent/refusal version of the
				// complement's code; the governing verb's own event stands
				keep[b] = false
				if tr {
					s.tracef("  %s at %d: complement of %q with no %s version of %s: the governing event stands", cb.p.id, cb.anchor, s.toks[g].Text, cls, old)
				}
				continue
			}
		}
		if cease {
			cb.code = "020"
		}
		if cls == "light" && s.lx.in("attemptverb", s.norm(g)) {
			// "ont tenté d'assassiner", "tried to assassinate": an
			// attempted act has its own code where CAMEO gives one
			cb.code = attempted(cb.code)
		}
		cb.governed = true
		cb.gov = g
		if cls == "intent" && len(cb.tgt) == 0 && cb.both == nil {
			if m := s.intentAddressee(cb.anchor, g); m >= 0 && !cb.hasSrc(m) {
				// "a proposé à Washington de reprendre les négociations":
				// the addressee of the intent is its target
				cb.tgt = s.group(m)
				if tr {
					s.tracef("  %s at %d: target = the addressee of %q: %s", cb.p.id, cb.anchor, s.toks[g].Text, s.mtext(cb.tgt))
				}
			}
		}
		if cls == "appeal" && s.lx.in("demandverb", s.norm(g)) {
			// "pressured workers to cancel", "somme Kaboul de": a demand
			cb.code = s.lx.transform("demand", cb.code)
		}
		if cls == "appeal" && s.lx.lang == "en" && s.ownAppealStands(b, g) {
			// "urged Israel to agree to a ceasefire": the appeal word's own
			// pattern names what is asked inside the complement (0256);
			// it stands over the complement's generic appeal (0356 -> 020)
			keep[b] = false
			if tr {
				s.tracef("  %s at %d: complement of %q: the appeal's own sub-code stands over %s", cb.p.id, cb.anchor, s.toks[g].Text, cb.code)
			}
			continue
		}
		if cls == "appeal" {
			// the speaker of the appeal is the source, the complement's
			// subject (the addressee) the target
			if src := s.subject(g); src != nil {
				cb.tgt, cb.src = cb.src, src
				cb.both = nil
			} else if s.lx.lang == "en" {
				// "the pope called on world leaders to end the war": no
				// speaker found; the addressee did not act (English)
				keep[b] = false
				if tr {
					s.tracef("  %s at %d: complement of %q without a speaker: no event", cb.p.id, cb.anchor, s.toks[g].Text)
				}
				continue
			}
			for a := range s.cands {
				// "il l'a exhorté à respecter la trêve": in French, an
				// addressee standing as an object pronoun before the
				// governing verb is the target
				if ca := &s.cands[a]; s.lx.lang == "fr" && a != b && ca.anchor == g && (ca.clitic >= 0 && ca.clitic < g || s.sameCodes(cb.tgt, cb.src)) && len(ca.tgt) > 0 && !sameInts(ca.tgt, cb.src) {
					// (also when the complement's own subject is the
					// speaker: "X, qu'il a exhorté à libérer les otages")
					cb.tgt = ca.tgt
					cb.clitic = ca.clitic
					break
				}
			}
			if s.lx.lang == "en" {
				// "called on President X to step down": the addressee the
				// governing verb's own pattern found is the target
				for a := range s.cands {
					if ca := &s.cands[a]; a != b && ca.anchor == g && len(ca.tgt) > 0 && !sameInts(ca.tgt, cb.src) {
						cb.tgt = ca.tgt
						break
					}
				}
			}
		}
		for a := range s.cands {
			// the governing word's own event, or a pattern that matched
			// through it ("s'est dite prête à")
			if ca := &s.cands[a]; a != b && (ca.anchor == g || ca.anchor < g && g < ca.last) {
				keep[a] = false
			}
		}
		if tr {
			s.tracef("  %s at %d: complement of %q: %s table %s -> %s", cb.p.id, cb.anchor, s.toks[g].Text, cls, old, cb.code)
		}
	}
	s.governorTargets(keep)
	s.protestTargets(keep)
	s.actAuthorTargets(keep)
	// a conditional is an intent or a threat only in what someone says ("the
	// EC may halt mediation ..., the minister said"), not as speculation
	statement := false
	for a := range s.cands {
		if s.cands[a].p.weak {
			statement = true
		}
	}
	// "Russia said Sudan must return the helicopter": the speaker demands
	for b := range s.cands {
		cb := &s.cands[b]
		if cb.must < 0 || cb.p.weak || !keep[b] {
			continue
		}
		for a := range s.cands {
			ca := &s.cands[a]
			if !ca.p.weak || ca.anchor > cb.must || len(ca.src) == 0 || !keep[a] {
				continue
			}
			old := cb.code
			if cb.code == "---" {
				cb.code = "100"
			} else {
				cb.code = s.lx.transform("demand", cb.code)
			}
			cb.tgt, cb.src = cb.src, ca.src
			cb.mode = dyad.Asserted
			cb.governed = true
			cb.gov = ca.anchor
			keep[a] = false
			if tr {
				s.tracef("  %s at %d: %q after the statement %s: the speaker demands it, demand table %s -> %s", cb.p.id, cb.anchor, s.toks[cb.must].Text, ca.p.id, old, cb.code)
			}
			break
		}
	}
	if s.lx.lang == "en" {
		s.demandThat(keep)
	}
	// "a British minister reiterated that Libya must hand over ...": a
	// statement whose complement has an obligation modal and no coded verb
	// is a demand (100) on the modal's subject
	for a, n := 0, len(s.cands); a < n; a++ {
		ca := &s.cands[a]
		if !ca.p.weak || !keep[a] || len(ca.src) == 0 {
			continue
		}
		for m := ca.anchor + 1; m < len(s.toks) && m <= ca.anchor+12; m++ {
			if t := &s.toks[m]; t.Kind == dyad.Punct && t.Norm != "," && t.Norm != "«" && t.Norm != "»" && t.Norm != "\"" {
				break
			}
			if !s.lx.in("must", s.norm(m)) {
				continue
			}
			handled := false
			for b := range s.cands {
				if s.cands[b].must == m {
					handled = true
				}
			}
			subj := s.subject(m)
			passive := m+1 < len(s.toks) && s.lx.in("passaux", s.norm(m+1))
			if handled || passive || subj == nil || s.mcode(subj[0]) == s.mcode(ca.src[0]) {
				break
			}
			c := *ca
			c.p = s.lx.demandPat
			c.code = "100"
			c.tgt = subj
			c.both = nil
			c.governed, c.gov = true, ca.anchor
			c.mode = dyad.Asserted
			s.cands = append(s.cands, c)
			keep = append(keep, true)
			keep[a] = false
			if tr {
				s.tracef("  statement %s at %d with %q and no coded verb after it: demand 100 on %s", ca.p.id, ca.anchor, s.toks[m].Text, s.mtext(subj))
			}
			break
		}
	}
	for b := range s.cands {
		cb := &s.cands[b]
		if cb.governed || !keep[b] {
			continue
		}
		if cb.neg && cb.mode == dyad.Future && strings.HasPrefix(cb.code, "04") && !statement && s.intentModal(cb.anchor) < 0 {
			// "Macron ne téléphonera pas à Poutine": a consultation the
			// writer says will not happen is negated, no rejection of a
			// proposal to meet (125) nor an intent; said by the actor ("a
			// annoncé qu'il ne rencontrerait pas", "« Nous ne négocierons
			// jamais », a affirmé X") it is a refusal, and so is the
			// actor's own will ("Poutine ne veut pas rencontrer X")
			continue
		}
		if cb.neg && cb.mode == dyad.Future {
			// "will not meet the demands", "ne reconnaîtra pas": announcing
			// that one will not do it is a refusal (12x)
			if nc := s.lx.transform("refusal", cb.code); nc != cb.code {
				if tr {
					s.tracef("  %s at %d: negated future: refusal table %s -> %s", cb.p.id, cb.anchor, cb.code, nc)
				}
				cb.code, cb.neg = nc, false
				continue
			}
		}
		if cb.mode == dyad.Future || cb.mode == dyad.Hypothetical && !cb.cond && statement {
			// announced or conditional: an intent, or a threat
			if nc := s.lx.transform("intent", cb.code); nc != cb.code {
				if tr {
					s.tracef("  %s at %d: %s: intent table %s -> %s", cb.p.id, cb.anchor, cb.mode, cb.code, nc)
				}
				cb.code = nc
			}
		}
		for a := range s.cands {
			if a == b || !keep[a] {
				continue
			}
			ca := &s.cands[a]
			// b's anchor was consumed by a's pattern words
			if cb.anchor > ca.anchor && cb.anchor < ca.last && len(ca.p.post) > 0 && !s.inRelIncise(cb.anchor) && !(!cb.p.noun && !ca.p.noun && s.bareCoordinated(ca.anchor, cb.anchor)) {
				// (not a verb coordinated with a's verb, sharing its
				// object: "ont torturé puis exécuté trois soldats")
				// (a relative clause the match skipped keeps its verb:
				// "a appelé la Russie, qui soutient X, à cesser")
				keep[b] = false
				if tr {
					s.tracef("  drop %s at %d: inside the match of %s", cb.p.id, cb.anchor, ca.p.id)
				}
				break
			}
			// b is the complement of a ("accuser X d'avoir soutenu", "appeler à
			// négocier"); a verb that codes nothing ("used tear gas to
			// disperse") leaves the event to its complement
			lim := 12
			if ca.code == "---" {
				lim = 0 // "used tear gas to disperse": kept below
				if cb.anchor-ca.anchor > 5 {
					lim = 12
				}
			}
			if cb.anchor > ca.anchor && cb.anchor-ca.anchor <= lim && (s.complement(cb.anchor, ca.anchor) && !(ca.code != "---" && s.lx.lang == "en" && s.lx.in("gerundintro", s.norm(cb.anchor-1))) || !ca.p.weak && s.pastInfinitiveOf(cb.anchor, ca.anchor)) {
				// (an event verb's "after accusing", "while asking" is an
				// act of its own, not its complement)
				keep[b] = false
				if (len(ca.tgt) == 0 || ca.place && !cb.place) && ca.both == nil && len(cb.tgt) > 0 && len(ca.code) >= 2 && len(cb.code) >= 2 && (ca.code[:2] == cb.code[:2] || force(ca.code) && force(cb.code)) {
					// "used tear gas to disperse the demonstrators": the
					// complement of the same kind (or both uses of force,
					// 17-20: "opened fire to disperse") names the target
					ca.tgt, ca.place = cb.tgt, cb.place
				}
				if tr {
					s.tracef("  drop %s at %d: complement of %s at %d", cb.p.id, cb.anchor, ca.p.id, ca.anchor)
				}
				break
			}
		}
	}
	for a := range s.cands {
		if keep[a] && !s.cands[a].p.weak && s.cands[a].code != "---" {
			strong = true
		}
	}
	// the most confident event first: with a target, from a finite verb,
	// from the more specific pattern, earlier in the sentence
	order := make([]int, 0, len(s.cands))
	for a := range s.cands {
		order = append(order, a)
	}
	// a governed complement stands at its governing verb
	at := func(c *cand) int {
		if c.governed {
			return c.gov
		}
		return c.anchor
	}
	firstAnchor := -1
	for a := range s.cands {
		c := &s.cands[a]
		if keep[a] && c.code != "---" && !c.p.weak && (!c.nonfinite || c.governed) && (firstAnchor < 0 || at(c) < firstAnchor) {
			firstAnchor = at(c)
		}
	}
	rank := func(c *cand) int {
		r := c.p.score
		if len(c.tgt) > 0 && !c.place || len(c.both) > 0 {
			r += 4
		}
		if c.nonfinite && !c.governed {
			r -= 3
		}
		if at(c) == firstAnchor {
			r += 3
		}
		return r
	}
	sort.SliceStable(order, func(x, y int) bool { return rank(&s.cands[order[x]]) > rank(&s.cands[order[y]]) })
	sen := &s.a.Sentences[s.si]
	firstEv := len(s.a.Events)
	seen := map[string]bool{}
	for _, a := range order {
		c := &s.cands[a]
		if !keep[a] {
			continue
		}
		if c.code == "---" {
			if tr {
				s.tracef("  %s at %d is a non-event pattern: nothing coded", c.p.id, c.anchor)
			}
			continue
		}
		if c.p.weak && s.dropPlain && len(c.tgt) == 0 {
			if tr {
				s.tracef("  drop weak %s (%s): plain statement without a target (DropPlainStatements)", c.p.id, c.code)
			}
			continue
		}
		if c.p.weak && strong {
			if tr {
				s.tracef("  drop weak %s (%s): the sentence has a more specific event", c.p.id, c.code)
			}
			continue
		}
		date := s.date(c.anchor)
		var pairs [][2]int
		switch {
		case c.both != nil && s.firstAgainstList(c.both):
			// "un accord entre la Grèce et la BCE, la Commission
			// européenne et le FMI": Greece is one side, the list the
			// other
			for _, y := range c.both[1:] {
				pairs = append(pairs, [2]int{c.both[0], y}, [2]int{y, c.both[0]})
			}
		case c.both != nil:
			for _, x := range c.both {
				for _, y := range c.both {
					if x != y {
						pairs = append(pairs, [2]int{x, y})
					}
				}
			}
			if len(c.both) == 1 && c.src != nil {
				for _, x := range c.src {
					pairs = append(pairs, [2]int{x, c.both[0]})
				}
			}
		case len(c.tgt) == 0 && len(c.src) > 1 && !c.p.weak && !c.genList && (c.p.mutual || mutualRoot(c.code) || !s.reflexive(c.p) && s.reflBefore(c.anchor) || s.eachOther(c.anchor)),
			len(c.src) > 1 && c.p.mutual && c.code == c.p.code && !c.p.hasTargetSlot():
			// (a reciprocal pattern without target slot: "Israel and
			// Lebanon renewed negotiations on an Israeli troop pullback"
			// are the parties, not Israel towards the troops)
			// "les États-Unis et le Pakistan ont signé un accord":
			// reciprocal events between the coordinated sources
			for _, x := range c.src {
				for _, y := range c.src {
					if x != y {
						pairs = append(pairs, [2]int{x, y})
					}
				}
			}
		case len(c.tgt) == 0 && len(c.src) == 1 && s.reflexive(c.p) && len(c.p.post) == 0 && (strings.HasPrefix(c.p.code, "04") || strings.HasPrefix(c.p.code, "19")) && len(s.twins[c.src[0]]) == 0:
			// "X s'est entretenu", "les Français se sont battus pour" with
			// no partner named: nothing to code
			if tr {
				s.tracef("  drop %s: reciprocal verb with a single actor and no partner", c.p.id)
			}
		case len(c.tgt) == 0:
			for _, x := range c.src {
				pairs = append(pairs, [2]int{x, -1})
			}
		default:
			for _, x := range c.src {
				for _, y := range c.tgt {
					pairs = append(pairs, [2]int{x, y})
				}
			}
		}
		selfKept := false
		if len(pairs) > 0 && pairs[0][1] >= 0 {
			// "activists of the party staged rallies against the party's
			// leader", both coded alike: the event stands without target
			self := true
			for _, pr := range pairs {
				if s.codes[pr[1]] != s.codes[pr[0]] {
					self = false
				}
			}
			if self && s.lx.lang == "fr" && len(c.code) >= 2 && (c.code[:2] == "02" || c.code[:2] == "04") && !c.place {
				// "le Premier ministre s'est entretenu avec le ministre",
				// "le maire appelle à voter Obama": a meeting or an appeal
				// within one actor says nothing without its target
				if tr {
					s.tracef("  drop %s (%s): source and target coded alike", c.p.id, c.code)
				}
				pairs = pairs[:0]
			}
			if self && len(pairs) > 0 && !c.place && s.distinctPairs(pairs) {
				// "activists of the Fatah party staged rallies against the
				// party's leader Mahmoud Abbas": two actors of one code
				// still make a dyad (PLOVER codes intra-party and domestic
				// events with both sides)
				self = false
				selfKept = true
				if tr {
					s.tracef("  %s (%s): source and target coded alike but distinct: the target stays", c.p.id, c.code)
				}
			}
			if self {
				for k := range pairs {
					pairs[k][1] = -1
				}
			}
		}
		if c.p.mutual && c.code == c.p.code && !c.place && c.clitic < 0 {
			// "X met with Y", "X a signé un accord avec Y": CAMEO codes
			// meetings, calls, negotiations and agreements as reciprocal
			// events, one each way (a transformed code, an intent or a
			// refusal, stays one-directional)
			n := len(pairs)
			for _, pr := range pairs[:n] {
				if pr[1] < 0 {
					continue
				}
				rev := [2]int{pr[1], pr[0]}
				dup := false
				for _, q := range pairs {
					if q == rev {
						dup = true
					}
				}
				if !dup {
					pairs = append(pairs, rev)
					if tr {
						s.tracef("  %s (%s) is reciprocal: also %s -> %s", c.p.id, c.code, s.codes[rev[0]], s.codes[rev[1]])
					}
				}
			}
		}
		var revPair map[[2]int]bool
		if c.p.rev != "" && c.code == c.p.code && !c.place && c.clitic < 0 {
			// "le président a reçu son homologue" (043:042): the host
			// receives the guest, and the guest visits the host (042), as
			// PETRARCH codes HOST [043:042] (a transformed code, "agreed
			// to host", stays one-directional)
			for _, pr := range pairs {
				if pr[1] < 0 {
					continue
				}
				if revPair == nil {
					revPair = map[[2]int]bool{}
				}
				rev := [2]int{pr[1], pr[0]}
				revPair[rev] = true
				pairs = append(pairs, rev)
				if tr {
					s.tracef("  %s (%s:%s): also %s -> %s %s", c.p.id, c.code, c.p.rev, s.codes[rev[0]], s.codes[rev[1]], c.p.rev)
				}
			}
		}
		var mutualDone map[[2]int][2]string // (en) codes of the events of this candidate coded so far
		for _, pr := range pairs {
			if (c.p.weak || s.lx.lang == "fr" && (strings.HasPrefix(c.code, "01") || strings.HasPrefix(c.code, "03"))) && pr[1] < 0 && strings.HasPrefix(s.codes[pr[0]], "---") {
				// "le président a déclaré", "officials said": a plain
				// statement by someone of unknown country, to no one, says
				// too little to be coded; in French also the other
				// statements (01x: "les médecins doivent envisager ...")
				// and intents (03x: "le premier ministre avait promis une
				// solution pour tous")
				if tr {
					s.tracef("  drop weak %s (%s): plain statement by an actor of unknown country (%s)", c.p.id, c.code, s.codes[pr[0]])
				}
				continue
			}
			if business(s.codes[pr[0]]) && (pr[1] < 0 || business(s.codes[pr[1]]) || len(s.codes[pr[1]]) >= 6 && s.codes[pr[1]][3:6] == "MED" || c.code >= "15" && c.code < "21") {
				// "Philip Morris fournira des équipements", "Renault a
				// signé un accord avec Nissan": company affairs are not
				// political events
				if tr {
					s.tracef("  drop %s (%s): a company acting alone or towards another company", c.p.id, c.code)
				}
				continue
			}
			code := c.code
			if revPair[pr] {
				code = c.p.rev
			}
			if code == "111" && strings.Contains(s.codes[pr[0]], "JUD") && s.lx.in("judicialverb", s.lemmaAt(c.anchor)) {
				// "le tribunal a condamné 43 prévenus": a court's
				// condemnation is a verdict (CAMEO 116), not criticism
				code = "116"
			}
			src := &s.a.Actors[s.ments[pr[0]]]
			ev := dyad.Event{
				Source:     s.codes[pr[0]],
				SourceText: src.Text,
				SourceSpan: src.Span,
				Code:       code,
				Negated:    c.neg,
				Mode:       c.mode,
				Date:       date,
				Sentence:   s.si,
				Evidence:   sen.Span,
				Pattern:    c.p.id,
			}
			if strings.HasPrefix(ev.Source, "---") && len(ev.Source) >= 6 && s.lx.in("localrole", strings.ToLower(ev.Source[3:6])) {
				// "la police a interpellé ... à Istanbul": police,
				// protesters, civilians act where the event takes place
				if pl := s.sentencePlace(); pl != "" {
					ev.Source = pl + ev.Source[3:]
				}
			}
			if s.lx.lang == "en" && strings.HasPrefix(ev.Source, "---GOV") && strings.HasPrefix(code, "17") {
				// "the junta imposed a curfew in Niamey", "authorities
				// detained ... in Tehran": a government coerces at home,
				// the country of the event's place (English)
				if pl := s.sentencePlace(); pl != "" {
					ev.Source = pl + ev.Source[3:]
				}
			}
			if pr[1] >= 0 {
				tg := &s.a.Actors[s.ments[pr[1]]]
				if s.codes[pr[1]] == ev.Source && !selfKept {
					continue
				}
				ev.Target, ev.TargetText, ev.TargetSpan = s.codes[pr[1]], tg.Text, tg.Span
				if strings.HasPrefix(ev.Target, "---") && len(ev.Target) >= 6 && ev.Target[3:6] != "GOV" && !c.place && !s.foreignMention(pr[1]) {
					// "prevented the demonstration staged by students ...
					// in Sivas", "outlawed the extremist organization in
					// Northern Ireland": a target of unknown country (not
					// a government: officials meet abroad) belongs to the
					// place of the event
					if pl := s.sentencePlace(); pl != "" {
						if tr {
							s.tracef("  target %q of unknown country %s: the country of the sentence's place %s", tg.Text, ev.Target, pl)
						}
						ev.Target = pl + ev.Target[3:]
					} else if s.lx.in("localrole", strings.ToLower(ev.Target[3:6])) && s.lx.stateCC(ev.Source) != "" && !s.mentionHas(pr[1], "captive") && (domesticDyad(ev.Source, ev.Target, code) || s.countryElsewhere(pr[0], pr[1], ev.Source[:3])) {
						// no place: police, protesters, civilians of unknown
						// country are the source's own ("Cairo's security
						// chief warned that police will ...", as the
						// PLOVER/CAMEO coders code domestic events)
						if tr {
							s.tracef("  target %q of unknown country %s and no place: the source's country", tg.Text, ev.Target)
						}
						ev.Target = ev.Source[:3] + ev.Target[3:]
					}
				}
				if c.clitic >= 0 && !sen.Span.Contains(tg.Span) {
					// the antecedent stands in an earlier sentence: the
					// target's span is the pronoun's
					ev.TargetSpan = s.toks[c.clitic].Span
				}
				if c.place {
					if ev.Target = ev.Target[:3]; ev.Target == ev.Source[:min(3, len(ev.Source))] && (len(ev.Source) == 3 || s.lx.lang == "fr") {
						ev.Target, ev.TargetText, ev.TargetSpan = "", "", dyad.Span{}
					}
				}
				if s.lx.lang == "fr" && len(ev.Target) == 3 && strings.HasPrefix(ev.Source, ev.Target) && strings.HasPrefix(c.code, "04") && (c.place || c.code == "042" || c.code == "043" || c.code == "044") {
					// "Bush est arrivé à Salt Lake City": travelling or
					// meeting at home is no visit
					if tr {
						s.tracef("  drop %s (%s): a visit to the source's own country", c.p.id, c.code)
					}
					continue
				}
				if c.code >= "17" && c.code < "21" && tg.Kind == "country" && len(ev.Target) > 3 && s.mst[pr[1]] > 0 {
					// "ont attaqué un hôtel à Kaboul": violence in a capital
					// strikes the country, not its government
					if pb := s.prepBefore(s.mst[pr[1]]); pb >= 0 && s.lx.in("locprep", s.norm(pb)) && s.norm(pb) != "of" && !s.lx.in("genitive", s.norm(pb)) {
						ev.Target = ev.Target[:3]
					}
				}
			}
			if hc := s.headlineCountry(c.anchor); hc >= 0 {
				// "Mali : l'armée attaque les rebelles": in a headline
				// opened by a country, actors of unknown country are that
				// country's (MLIMIL, MLIREB)
				hcc := s.lx.stateCC(s.codes[hc])
				if hcc != "" && strings.HasPrefix(ev.Source, "---") && len(ev.Source) >= 6 && !s.foreignMention(pr[0]) {
					ev.Source = hcc + ev.Source[3:]
				}
				if hcc != "" && pr[1] >= 0 && strings.HasPrefix(ev.Target, "---") && len(ev.Target) >= 6 && !s.foreignMention(pr[1]) {
					ev.Target = hcc + ev.Target[3:]
				}
			}
			if len(ev.Source) == 3 && s.govAgent(pr[0]) {
				// "des représentants du Mali": a state's representatives
				// are its government (MLIGOV)
				ev.Source += "GOV"
			}
			if pr[1] >= 0 && len(ev.Target) == 3 && !c.place && s.govAgent(pr[1]) {
				ev.Target += "GOV"
			}
			if pr[1] >= 0 && ev.Target != "" {
				s.domesticState(&ev, pr)
			}
			if (ev.Target == "" || s.lx.lang == "en" && c.place) && strings.HasPrefix(c.code, "14") {
				// (English: over the place of the protest, "protested
				// against the finance bill in Nairobi")
				s.protestPolicy(&ev, c.anchor)
			}
			if pr[1] >= 0 && ev.Target != "" {
				// "The Syrian government and the opposition agreed to a
				// truce": the reverse of a reciprocal event (a pattern coded
				// both ways, or coordinated subjects acting on each other)
				// keeps the countries completed for the event one way
				// (SYROPP both ways)
				if d, ok := mutualDone[[2]int{pr[1], pr[0]}]; ok {
					if strings.HasPrefix(ev.Source, "---") && len(d[1]) > 3 && d[1][:3] != "---" && d[1][3:] == ev.Source[3:] {
						ev.Source = d[1]
					}
					if strings.HasPrefix(ev.Target, "---") && len(d[0]) > 3 && d[0][:3] != "---" && d[0][3:] == ev.Target[3:] {
						ev.Target = d[0]
					}
				} else {
					if mutualDone == nil {
						mutualDone = map[[2]int][2]string{}
					}
					mutualDone[pr] = [2]string{ev.Source, ev.Target}
				}
			}
			if revPair[pr] && len(ev.Target) > 3 && s.lx.stateCC(ev.Target) != "" && !strings.HasPrefix(ev.Source, ev.Target[:3]) {
				// (after the reverse's actors are completed from the
				// forward event)
				// "le Premier ministre indien a reçu le président des
				// Émirats": the guest visits the host's country (AREGOV >
				// IND 042), as a visit with a place is coded; a guest of
				// the host's own country visits the host ("le Premier
				// ministre reçoit les syndicats": FRALAB > FRAGOV, not a
				// visit to France)
				ev.Target = ev.Target[:3]
			}
			if s.dropEmpty && emptyDyad(ev.Source, ev.Target, ev.Code) {
				if tr {
					s.tracef("  drop %s (%s): %s -> %q, no actor of known country", c.p.id, c.code, ev.Source, ev.Target)
				}
				continue
			}
			key := ev.Source + "|" + ev.Target + "|" + ev.Code
			if seen[key] {
				continue
			}
			seen[key] = true
			if len(s.a.Events) == firstEv {
				s.prevA = s.prevA[:0]
				for _, x := range c.src {
					s.prevA = append(s.prevA, s.ments[x])
				}
			}
			if pr[1] >= 0 && ev.Target != "" && !c.place {
				s.lastT = s.ments[pr[1]]
			}
			if tr {
				s.tracef("EVENT %s -> %s %s (%s) negated=%v mode=%s pattern %s: %s", ev.Source, ev.Target, ev.Code, c.p.text, ev.Negated, ev.Mode, c.p.id, c.why)
			}
			s.a.Events = append(s.a.Events, ev)
		}
	}
}

// reflBefore reports a reflexive pronoun before the verb group at i
// ("Moscou et l'OTAN se menacent", "se sont accusés"): with a coordinated
// subject and a pattern that does not contain it, the pronoun is
// reciprocal.
func (s *sent) reflBefore(i int) bool {
	for j, n := i-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		nm := s.norm(j)
		if s.lx.in("refl", nm) {
			return true
		}
		if s.actor[j] >= 0 || !(s.lx.in("aux", nm) || s.lx.in("passaux", nm) || s.lx.in("neg_pre", nm) || s.lx.in("neg_post", nm) || s.lx.in("midadverb", nm) || s.frenchAdverb(j)) {
			return false
		}
	}
	return false
}

// eachOther reports a reciprocal pronoun right after the verb at i
// (`recip1` + `recip2`: "accused each other", "blamed one another").
func (s *sent) eachOther(i int) bool {
	return i+2 < len(s.toks) && s.lx.in("recip1", s.norm(i+1)) && s.lx.in("recip2", s.norm(i+2))
}

// reflexive reports a pattern with a reflexive pronoun before the verb
// ("se rencontrer"): with a coordinated subject it is reciprocal.
func (s *sent) reflexive(p *pattern) bool {
	se, ok := s.lx.words["se"]
	if !ok {
		return false
	}
	for _, e := range p.pre {
		for _, w := range e.words {
			if w == se {
				return true
			}
		}
	}
	return false
}

// date gives the event date: timex's choice among the sentence's time
// expressions for the anchor at token i (document date when none).
func (s *sent) date(i int) string {
	return timex.EventDate(s.a, s.si, s.toks[i].Span)
}

// possessorCountry completes an agent of unknown country owned by a place
// through the possessive clitic ("Algeria's leading human rights activist",
// "Ankara's district administration"): the possessor, a country or city
// mention, followed by "'s" and at most two plain modifiers, gives the
// agent its country.
func (s *sent) possessorCountry() {
	for m := 1; m < len(s.codes); m++ {
		c, o := s.codes[m], m-1
		if !strings.HasPrefix(c, "---") || s.mst[m] < 0 || s.mst[o] < 0 || s.men[o] >= s.mst[m] {
			continue
		}
		if s.a.Actors[s.ments[o]].Kind != "country" {
			continue
		}
		nc := s.codes[o]
		if s.lx.stateCC(nc) == "" {
			continue
		}
		k := s.men[o]
		if !s.lx.in("possclitic", s.norm(k)) || s.mst[m]-k-1 > 2 {
			continue
		}
		ok := true
		for j := k + 1; j < s.mst[m]; j++ {
			if s.toks[j].Kind != dyad.Word || s.isPrep(j) || s.lx.in("conj", s.norm(j)) || s.isDet(j) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		s.codes[m] = nc[:3] + c[3:]
		if s.trace() {
			s.tracef("  %q: unknown country %s completed from the possessor %q: %s", s.a.Actors[s.ments[m]].Text, c, s.a.Actors[s.ments[o]].Text, s.codes[m])
		}
	}
}

// governorTargets gives an intent, threat or refusal word whose own event
// stands ("threatened to resume attacks in Israel", "agreed to set up a
// centre in Tokyo", "a refusé de reprendre les pourparlers à Genève") and
// that has no target the target of its complement: the complement's own
// actor of known country, else the place of the complement (its country).
func (s *sent) governorTargets(keep []bool) {
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.p.weak || ca.code == "---" || len(ca.tgt) > 0 || ca.both != nil || len(ca.src) > 1 || ca.governed {
			continue
		}
		nm := s.norm(ca.anchor)
		if !s.lx.in("intentverb", nm) && !s.lx.in("threatverb", nm) && !s.lx.in("refusalverb", nm) {
			continue
		}
		// the complementiser: after the pattern's words, before any other
		// verb or clause limit ("agreed in principle on Saturday to provide")
		comp := -1
		for j := ca.last; j < len(s.toks) && j < ca.last+8; j++ {
			if s.hard(j) || s.norm(j) == "," || s.actor[j] >= 0 || j > ca.last && s.verbForm(j) && !s.isComp(j-1) {
				break
			}
			if s.isComp(j) && j+1 < len(s.toks) && s.toks[j+1].Kind == dyad.Word && s.actor[j+1] < 0 {
				comp = j
				break
			}
		}
		if comp < 0 {
			continue
		}
		v := comp + 1
		for b := range s.cands {
			cb := &s.cands[b]
			if cb.anchor != v || len(cb.tgt) == 0 || cb.place || cb.both != nil {
				continue
			}
			known := true
			for _, m := range cb.tgt {
				if c := s.codes[m]; len(c) < 3 || c[:3] == "---" {
					known = false
				}
			}
			if known {
				ca.tgt = cb.tgt
				if s.trace() {
					s.tracef("  %s at %d: target = the target of its complement %q: %s", ca.p.id, ca.anchor, s.toks[v].Text, s.mtext(ca.tgt))
				}
			}
			break
		}
		if len(ca.tgt) > 0 {
			continue
		}
		if m := s.complementActor(v); m >= 0 {
			// "threatened to renew its offensive against Chad", "agreed
			// to provide aid for Romania": an actor the complement's
			// object preposition introduces
			ca.tgt = s.group(m)
			if s.trace() {
				s.tracef("  %s at %d: target = the actor after its complement %q: %s", ca.p.id, ca.anchor, s.toks[v].Text, s.mtext(ca.tgt))
			}
			continue
		}
		if m := s.infinitiveObject(v); m >= 0 && s.lx.in("threatverb", nm) {
			// "Boris Johnson menace de suspendre le Parlement": the
			// threatened party is the direct object of the threatened act
			ca.tgt = s.group(m)
			if s.trace() {
				s.tracef("  %s at %d: target = the object of its complement %q: %s", ca.p.id, ca.anchor, s.toks[v].Text, s.mtext(ca.tgt))
			}
			continue
		}
		if m := s.placeAfter(v); m >= 0 {
			ca.tgt, ca.place = []int{m}, true
			if s.trace() {
				s.tracef("  %s at %d: target = the country of its complement's place %s", ca.p.id, ca.anchor, s.mtext(ca.tgt))
			}
		}
	}
}

// infinitiveObject returns the actor of known country and sector that is
// the direct object of the verb at v (only articles between: "de suspendre le
// Parlement", "to expel the ambassador"), else -1.
func (s *sent) infinitiveObject(v int) int {
	k := v + 1
	for n := 0; k < len(s.toks) && n < 3 && s.actor[k] < 0 && s.isDet(k); n++ {
		k++
	}
	if k >= len(s.toks) || s.actor[k] < 0 {
		return -1
	}
	m := s.actor[k]
	if s.mst[m] != k && !(s.mst[m] < k && s.isDet(s.mst[m])) {
		return -1
	}
	if c := s.codes[m]; len(c) <= 3 || c[:3] == "---" || s.prepBefore(s.mst[m]) >= 0 {
		// (a bare country or nationality is too often a language or a
		// quality: "menace de bouter le français hors des amphis")
		return -1
	}
	return m
}

// actAuthorTargets makes the author of a criticised act the target of
// the criticism (11x): "L'arrestation de l'opposant par la police a été
// condamnée par l'UE" criticises the police (the act's source), not the
// person arrested (its target), when a nominal event near the verb has
// the criticism's target as its own.
func (s *sent) actAuthorTargets(keep []bool) {
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || !strings.HasPrefix(ca.code, "11") || len(ca.tgt) == 0 || ca.place || len(ca.src) == 0 {
			continue
		}
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || !cb.p.noun || cb.code == "---" || len(cb.src) == 0 || !sameInts(cb.tgt, ca.tgt) || s.sameCodes(cb.src, ca.src) ||
				cb.anchor < ca.anchor-15 || cb.anchor > ca.anchor+15 {
				continue
			}
			ca.tgt = cb.src
			if s.trace() {
				s.tracef("  %s at %d: target = the author of the criticised act %q: %s", ca.p.id, ca.anchor, s.toks[cb.anchor].Text, s.mtext(ca.tgt))
			}
			break
		}
	}
}

// distinctPairs reports source-target pairs whose mentions are distinct
// actors of the sentence: different, non-overlapping mentions with
// different texts (not an apposition or a repeated name).
func (s *sent) distinctPairs(pairs [][2]int) bool {
	for _, pr := range pairs {
		x, y := pr[0], pr[1]
		if x == y {
			return false
		}
		// (a mention of an earlier sentence, the antecedent of a pronoun,
		// has no tokens here: "Mélenchon ... Il a critiqué Marine Le Pen")
		if s.mst[x] >= 0 && s.mst[y] >= 0 && s.mst[x] < s.men[y] && s.mst[y] < s.men[x] {
			return false
		}
		ax, ay := &s.a.Actors[s.ments[x]], &s.a.Actors[s.ments[y]]
		if ax.Span.Overlaps(ay.Span) || strings.EqualFold(ax.Text, ay.Text) {
			return false
		}
	}
	return true
}

// protestTargets gives a protest (14x) with no target the actor its
// purpose or adjunct names after a protest cue (protestcue: "staged a
// hunger strike to protest President Assad's failure", "in protest
// against violations by the security forces", "pour protester contre le
// gouvernement"): the first actor of known country within 8 tokens of
// the cue, inside the clause.
func (s *sent) protestTargets(keep []bool) {
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.p.weak || !strings.HasPrefix(ca.code, "14") || len(ca.tgt) > 0 && !ca.place || ca.both != nil || len(ca.src) == 0 {
			continue
		}
		cue := -1
		from := ca.last
		if ca.near > ca.anchor && s.lx.lang == "en" {
			// the cue may stand before the purpose a far word names
			// ("blocked streets in defiance of Chinese authorities to
			// demand democratic reforms")
			from = ca.near
		}
		for j := from; j < len(s.toks) && j < from+12; j++ {
			if s.hard(j) || s.lx.in("clausecomp", s.norm(j)) {
				break
			}
			if s.lx.in("protestcue", s.norm(j)) {
				cue = j
				break
			}
			if m := s.actor[j]; m >= 0 {
				j = s.men[m] - 1
			}
		}
		if cue < 0 {
			if m := s.protestBefore(ca); m >= 0 {
				ca.tgt, ca.place = s.group(m), false
				if s.trace() {
					s.tracef("  %s at %d: target = the actor after the protest cue in the subject's phrase: %s", ca.p.id, ca.anchor, s.mtext(ca.tgt))
				}
			}
			continue
		}
		for j := cue; j < len(s.toks) && j <= cue+8; j++ {
			if s.hard(j) || s.norm(j) == "," || s.lx.in("clausecomp", s.norm(j)) {
				break
			}
			m := s.actor[j]
			if m < 0 {
				continue
			}
			if s.lx.lang == "en" && s.placeMention(m) {
				// "protested against the finance bill in Nairobi": the
				// protest's place is not what it is against (English)
				j = s.men[m] - 1
				continue
			}
			if c := s.codes[m]; len(c) < 3 || c[:3] == "---" && !(s.lx.lang == "en" && len(c) >= 6 && s.lx.in("owngov", strings.ToLower(c[3:6]))) {
				// "in protest against" ("protest" itself may be a
				// mention of unknown country): look further; a bare
				// government is the protesters' own (English: "to protest
				// against the government's plan", completed later)
				j = s.men[m] - 1
				continue
			}
			if !ca.hasSrc(m) {
				// (over the place of the protest: "blocked streets in Hong
				// Kong in defiance of Chinese authorities")
				ca.tgt, ca.place = s.group(m), false
				if s.trace() {
					s.tracef("  %s at %d: target = the actor after the protest cue %q: %s", ca.p.id, ca.anchor, s.toks[cue].Text, s.mtext(ca.tgt))
				}
			}
			break
		}
	}
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

// complementActor finds, after the complement verb at v, the first actor
// of known country introduced by a preposition that is neither a place
// nor a genitive ("to renew its offensive against Chad", "to provide
// aid for Romania"), within 10 tokens, before a comma, clause limit or
// another verb; -1 when none.
func (s *sent) complementActor(v int) int {
	for k := v + 1; k < len(s.toks) && k <= v+10; k++ {
		if m := s.actor[k]; m >= 0 {
			pb := s.prepBefore(s.mst[m])
			c := s.codes[m]
			if pb < 0 || s.lx.in("placeprep", s.norm(pb)) || s.lx.in("genitive", s.norm(pb)) || len(c) < 3 || c[:3] == "---" {
				k = s.men[m] - 1
				continue
			}
			return m
		}
		if s.hard(k) || s.norm(k) == "," || s.lx.in("clausecomp", s.norm(k)) || s.lx.in("rel", s.norm(k)) ||
			s.lx.lang == "en" && s.norm(k-1) == "to" && s.verbForm(k) || s.lx.lang != "en" && s.isComp(k-1) && s.frenchInfinitive(k) {
			// another complement clause
			return -1
		}
	}
	return -1
}

// inclusionCountry completes an agent of unknown country introduced as a
// part of the mention before it (`inclusion` words: "Russian aircraft
// including helicopter gunships", "les forces maliennes, dont des
// hélicoptères"): it takes that mention's country.
func (s *sent) inclusionCountry() {
	for m := 1; m < len(s.codes); m++ {
		c, o := s.codes[m], m-1
		if !strings.HasPrefix(c, "---") || s.mst[m] < 0 || s.mst[o] < 0 || s.men[o] >= s.mst[m] {
			continue
		}
		nc := s.codes[o]
		if s.lx.stateCC(nc) == "" {
			continue
		}
		k := s.mst[m] - 1
		for d := 0; k > 0 && d < 2 && s.isDet(k); d++ {
			k--
		}
		if !s.lx.in("inclusion", s.norm(k)) && !(k > 0 && s.lx.in("inclusion", s.joinedNorm(k-1, k))) {
			continue
		}
		if s.lx.in("inclusion", s.norm(k)) {
			k--
		} else {
			k -= 2
		}
		if k >= 0 && s.norm(k) == "," {
			k--
		}
		if k != s.men[o]-1 {
			continue
		}
		s.codes[m] = nc[:3] + c[3:]
		if s.trace() {
			s.tracef("  %q: unknown country %s completed from %q it belongs to: %s", s.a.Actors[s.ments[m]].Text, c, s.a.Actors[s.ments[o]].Text, s.codes[m])
		}
	}
}

// emptyDyad reports an event with no actor of known country: source and
// target both of unknown country ("---GOV" -> "---MIL"), or a source of
// unknown country without target, unless it is a use of force (18-20) by
// an actor of known sector ("---MIL" fired on ...).
func emptyDyad(src, tgt, code string) bool {
	if !strings.HasPrefix(src, "---") {
		return false
	}
	force := len(code) >= 2 && code[:2] >= "18" && code[:2] <= "20"
	return strings.HasPrefix(tgt, "---") || tgt == "" && !(force && len(src) > 3)
}

// protestPolicy gives a protest with no target actor whose source is a
// domestic actor of a known country (`owngovrole`: civilians, unions,
// students, the opposition ...) and whose object is a policy
// (`againstprep` then a `policynoun` within four words: "les syndicats
// français ont manifesté contre la réforme des retraites", "students
// protested against the new education law") that country's government as
// target: a policy is its government's (CAMEO codes protests against a
// policy with the government as target).
func (s *sent) protestPolicy(ev *dyad.Event, anchor int) {
	src := ev.Source
	if len(src) < 6 || s.lx.stateCC(src) == "" || !s.lx.in("owngovrole", strings.ToLower(src[3:6])) {
		return
	}
	for k := anchor + 1; k < len(s.toks) && k <= anchor+8; k++ {
		if m := s.actor[k]; m >= 0 && s.lx.lang == "en" && s.placeMention(m) {
			// "demonstrated in Tel Aviv against the judicial reform": the
			// protest's place comes before its object (English)
			k = s.men[m] - 1
			continue
		}
		if s.hard(k) || s.actor[k] >= 0 {
			return
		}
		if !s.lx.in("againstprep", s.norm(k)) {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if s.hard(j) || s.actor[j] >= 0 {
				return
			}
			if s.lx.in("policynoun", s.norm(j)) {
				if s.trace() {
					s.tracef("  protest against a policy (%q) by %s at home: its own government is the target", s.toks[j].Text, src)
				}
				ev.Target, ev.TargetText = src[:3]+"GOV", s.toks[j].Text
				ev.TargetSpan = dyad.Span{Start: s.toks[j].Start, End: s.toks[j].End}
				return
			}
		}
		return
	}
}

// domesticState gives a state force of unknown country (`staterole`:
// "les forces gouvernementales", "l'armée", "la police" → ---MIL) facing
// rebels, insurgents, the opposition or a party of a known country
// (`nonstate`) that country: the talibans attack the Afghan government's forces, the
// government forces bomb the Tuareg rebels' positions (French lexicon
// only; the lists are absent from en_lex.txt).
func (s *sent) domesticState(ev *dyad.Event, pr [2]int) {
	role := func(code, list string) bool {
		return len(code) >= 6 && s.lx.in(list, strings.ToLower(code[3:6]))
	}
	known := func(code string) bool {
		return s.lx.stateCC(code) != ""
	}
	// domestic politics: a deputy, a party, the opposition, a court or the
	// police of unknown country facing a government, parliament, party
	// ... of a known country ("L'assemblée nationale a voté la confiance
	// au gouvernement Ayrault", "le Parti populaire exclut le député");
	// a government of unknown country only facing a parliament, party or
	// court (officials meeting protesters may be abroad)
	dom := func(u, k string) bool {
		return role(u, "domesticrole") && role(k, "domesticpeer") || role(u, "staterole2") && role(k, "govpeer") ||
			!force(ev.Code) && (role(u, "civilrole") && role(k, "civilpeer") || role(u, "courtrole") && role(k, "courtpeer"))
	}
	switch {
	case strings.HasPrefix(ev.Target, "---") && role(ev.Target, "owngov") && known(ev.Source) && role(ev.Source, "owngovrole") && !s.foreignMention(pr[1]) && s.placeAllows(ev.Source[:3]):
		// "Serbian protesters demonstrated against the government",
		// "des étudiants marocains ont dénoncé le gouvernement": a bare
		// government or president facing its own country's opposition,
		// civilians, students, unions, parties ... is that country's
		if s.trace() {
			s.tracef("  target %q of unknown country %s facing %s at home: the source's own government", ev.TargetText, ev.Target, ev.Source)
		}
		ev.Target = ev.Source[:3] + ev.Target[3:]
	case strings.HasPrefix(ev.Target, "---") && known(ev.Source) && dom(ev.Target, ev.Source) && !s.foreignMention(pr[1]):
		if s.trace() {
			s.tracef("  target %q of unknown country %s facing %s in domestic politics: the same country", ev.TargetText, ev.Target, ev.Source)
		}
		ev.Target = ev.Source[:3] + ev.Target[3:]
	case strings.HasPrefix(ev.Source, "---") && known(ev.Target) && dom(ev.Source, ev.Target) && !s.foreignMention(pr[0]):
		if s.trace() {
			s.tracef("  source %q of unknown country %s facing %s in domestic politics: the same country", ev.SourceText, ev.Source, ev.Target)
		}
		ev.Source = ev.Target[:3] + ev.Source[3:]
	case strings.HasPrefix(ev.Target, "---") && role(ev.Target, "staterole") && known(ev.Source) && role(ev.Source, "nonstate") && !s.foreignMention(pr[1]):
		if s.trace() {
			s.tracef("  target %q of unknown country %s facing %s: the same country", ev.TargetText, ev.Target, ev.Source)
		}
		ev.Target = ev.Source[:3] + ev.Target[3:]
	case strings.HasPrefix(ev.Source, "---") && role(ev.Source, "staterole") && known(ev.Target) && role(ev.Target, "nonstate") && !s.foreignMention(pr[0]):
		if s.trace() {
			s.tracef("  source %q of unknown country %s facing %s: the same country", ev.SourceText, ev.Source, ev.Target)
		}
		ev.Source = ev.Target[:3] + ev.Source[3:]
	}
}

// placeAllows reports that the sentence names no place of another country
// than cc (no place, or a place of cc).
func (s *sent) placeAllows(cc string) bool {
	pl := s.sentencePlace()
	return pl == "" || pl == cc
}

// protestBefore finds the target of a protest named by a protest cue in
// the subject's own phrase, before the verb ("citoyens maliens en colère
// contre les exactions des groupes armés ... ont manifesté"): the first
// actor after the cue, within 8 tokens, not the source; -1 when there is
// none (French).
func (s *sent) protestBefore(ca *cand) int {
	if s.lx.lang != "fr" || len(ca.src) == 0 || s.mst[ca.src[0]] < 0 {
		return -1
	}
	for j := s.men[ca.src[0]]; j < ca.anchor && j < s.men[ca.src[0]]+8; j++ {
		if s.hard(j) || s.norm(j) == "," {
			return -1
		}
		if !s.lx.in("protestcue", s.norm(j)) {
			continue
		}
		for k := j + 1; k < ca.anchor && k <= j+8; k++ {
			if s.hard(k) || s.norm(k) == "," {
				return -1
			}
			if m := s.actor[k]; m >= 0 && !ca.hasSrc(m) && len(s.codes[m]) >= 6 {
				return m
			}
		}
		return -1
	}
	return -1
}

// demonstrativeSector: "Israeli negotiators and those of Egypt": a bare
// country owning the demonstrative that stands for the first member's noun
// takes its sector (EGYGOV), as the French loop below does for "ceux de".
func (s *sent) demonstrativeSector() {
	for m := 1; m < len(s.codes); m++ {
		o := m - 1
		c, oc := s.codes[m], s.codes[o]
		if len(c) != 3 || c == "---" || len(oc) < 6 || oc[:3] == "---" || s.mst[m] < 1 || s.mst[o] < 0 || strings.HasPrefix(oc, "IGO") || strings.HasPrefix(oc, "NGO") {
			continue
		}
		if k := s.men[o]; k+2 < s.mst[m] && s.lx.in("conj", s.norm(k)) && s.lx.in("demonstrative", s.norm(k+1)) && s.lx.in("genitive", s.norm(k+2)) && s.onlyArticles(k+3, s.mst[m]) {
			s.codes[m] = c + oc[3:]
			if s.trace() {
				s.tracef("  %q: owner of the demonstrative standing for %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
			}
		}
	}
}

// sharedHeadSector gives a bare nationality adjective coordinated after an
// agent ("ses homologues russe et iranien", "les présidents russe et
// chinois": RUSGOV and IRN) the sector of the noun they share: IRNGOV
// (French; a lower-case demonym right after "et" and the agent).
func (s *sent) sharedHeadSector() {
	if s.lx.lang == "en" {
		s.sharedHeadSectorEN()
		s.demonstrativeSector()
		return
	}
	if s.lx.lang != "fr" {
		return
	}
	for m := 1; m < len(s.codes); m++ {
		o := m - 1
		c, oc := s.codes[m], s.codes[o]
		if len(c) != 3 || c == "---" || len(oc) < 6 || oc[:3] == "---" || s.mst[m] < 1 || s.mst[o] < 0 {
			continue
		}
		if s.roleOf(o) && s.genPair(o, m) && s.a.Actors[s.ments[m]].Kind == "country" {
			// "les ministres des Affaires étrangères de la France et de
			// l'Allemagne": the second country's ministers (DEUGOV)
			s.codes[m] = c + oc[3:]
			if s.trace() {
				s.tracef("  %q: coordinated owner of the role in %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
			}
			continue
		}
		if k := s.men[o]; k+2 < s.mst[m] && s.lx.in("conj", s.norm(k)) && s.lx.in("demonstrative", s.norm(k+1)) && s.lx.in("genitive", s.norm(k+2)) && s.onlyArticles(k+3, s.mst[m]) && !strings.HasPrefix(oc, "IGO") && !strings.HasPrefix(oc, "NGO") {
			// "les soldats maliens et ceux de la Mauritanie": the
			// demonstrative stands for the first member's noun (MRTMIL)
			s.codes[m] = c + oc[3:]
			if s.trace() {
				s.tracef("  %q: owner of the demonstrative standing for %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
			}
			continue
		}
		if s.men[o] != s.mst[m]-1 || !s.lx.in("conj", s.norm(s.mst[m]-1)) || s.men[m]-s.mst[m] != 1 || capital(s.toks[s.mst[m]].Text) {
			continue
		}
		// the agent ends with its own nationality adjective ("homologues
		// russe"): the adjectives share the noun
		if e := s.men[o] - 1; e < 0 || capital(s.toks[e].Text) {
			continue
		}
		s.codes[m] = c + oc[3:]
		if s.trace() {
			s.tracef("  %q: nationality adjective sharing the noun of %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
		}
	}
}

// demandThat: "Kyiv demanded that Moscow return the deported children":
// the event of the that-clause after a demand verb (`demandverb`) is the
// speaker's demand on the clause's subject (transform.txt "demand": 0841 ->
// 1053), unless the demand verb's own pattern names it past the clause's
// verb ("demanded that Berlin pay war reparations", 1011). English.
func (s *sent) demandThat(keep []bool) {
	tr := s.trace()
	for a := range s.cands {
		ca := &s.cands[a]
		g := ca.anchor
		if !keep[a] || ca.p.weak || len(ca.src) == 0 || g+2 >= len(s.toks) || !s.lx.in("demandverb", s.norm(g)) || !s.lx.in("clausecomp", s.norm(g+1)) {
			continue
		}
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || !keep[b] || cb.p.weak || cb.governed || cb.code == "---" || cb.anchor <= g+2 || cb.anchor > g+10 || len(cb.src) == 0 || s.mst[cb.src[0]] != g+2 && !(s.mst[cb.src[0]] > g+2 && s.onlyArticles(g+2, s.mst[cb.src[0]])) {
				continue
			}
			if ca.code != "100" && ca.last > cb.anchor+1 {
				keep[b] = false
				if tr {
					s.tracef("  %s at %d: that-clause of %q: the demand's own sub-code %s stands", cb.p.id, cb.anchor, s.toks[g].Text, ca.code)
				}
				break
			}
			old := cb.code
			cb.code = s.lx.transform("demand", cb.code)
			if s.lx.in("ceaseverb", s.norm(cb.anchor-1)) && s.gerundAt(cb.anchor) {
				// "demanded that Japan stop releasing": a demand to stop an
				// action is a plain demand (100), as an appeal to stop is 020
				cb.code = "100"
			}
			cb.tgt, cb.src = cb.src, ca.src
			cb.both = nil
			cb.mode = dyad.Asserted
			cb.governed, cb.gov = true, g
			keep[a] = false
			if tr {
				s.tracef("  %s at %d: that-clause of %q: the speaker demands it, demand table %s -> %s", cb.p.id, cb.anchor, s.toks[g].Text, old, cb.code)
			}
			break
		}
	}
}

// attempted gives the CAMEO code of an attempt at the act coded: only the
// assassination has one (186 -> 185 "Attempt to assassinate", CAMEO 1.1b3).
func attempted(code string) string {
	if code == "186" {
		return "185"
	}
	return code
}

// mutualRoot reports a code whose coordinated subjects act on each other
// when no target is named, in both languages (a pattern marked <> pairs
// them too) ("X and Y agreed / met / signed a deal /
// failed to reach agreement / fought / clashed over"): agree, consult,
// cooperate, yield, reduce relations, fight, disapprove (110). "Germany
// and France condemned the arrest" is not France condemning Germany.
func mutualRoot(code string) bool {
	switch code[:2] {
	case "03", "04", "05", "06", "08", "16", "19":
		return true
	}
	return code == "110" // "clashed over the budget"
}

// sharedHeadSectorEN: a bare nationality word right before "and" and an
// agent that starts with its own nationality ("Egyptian and Saudi troops",
// "the Saudi and Iranian foreign ministers") takes the agent's sector:
// EGYMIL, SAUGOV (English).
func (s *sent) sharedHeadSectorEN() {
	for m := 0; m+1 < len(s.codes); m++ {
		o := m + 1
		c, oc := s.codes[m], s.codes[o]
		if len(c) != 3 || c == "---" || len(oc) < 6 || oc[:3] == "---" || oc[:3] == c || s.mst[m] < 0 || s.mst[o] < 0 {
			continue
		}
		if s.men[m]-s.mst[m] != 1 || s.mst[o] != s.men[m]+1 || s.norm(s.men[m]) != "and" || s.men[o]-s.mst[o] < 2 {
			continue
		}
		sec := oc[3:]
		if s.a.Actors[s.ments[o]].Kind != "agent" {
			// "Israeli and Hamas negotiators": a group's role noun
			// (`govhead`) gives the first one its government
			if !s.lx.in("govhead", s.norm(s.men[o]-1)) {
				continue
			}
			sec = "GOV"
		}
		s.codes[m] = c + sec
		if s.trace() {
			s.tracef("  %q: nationality sharing the noun of %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
		}
	}
	for m := 1; m < len(s.codes); m++ {
		// "the foreign ministers of Iran and Saudi Arabia": a bare country
		// coordinated after a role mention ending with its own country
		// after "of" owns the same role (SAUGOV)
		o := m - 1
		c, oc := s.codes[m], s.codes[o]
		if len(c) != 3 || c == "---" || len(oc) < 6 || oc[:3] == "---" || oc[:3] == c || s.mst[m] < 0 || s.mst[o] < 0 ||
			s.a.Actors[s.ments[m]].Kind != "country" || s.a.Actors[s.ments[o]].Kind != "agent" || s.lx.in("regioncode", strings.ToLower(c)) {
			continue
		}
		if k := s.men[o]; k >= s.mst[m] || !s.lx.in("conj", s.norm(k)) || !s.onlyArticles(k+1, s.mst[m]) || !s.roleOfEN(o) {
			continue
		}
		s.codes[m] = c + oc[3:]
		if s.trace() {
			s.tracef("  %q: coordinated owner of the role in %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
		}
	}
}

// roleOfEN reports an agent mention that ends with its country's name after
// "of" ("the foreign ministers of Iran", "the leaders of France"): the
// agent's noun before "of" is the role. English.
func (s *sent) roleOfEN(m int) bool {
	e := s.men[m] - 1
	for k := e; k > s.mst[m] && k >= e-4; k-- {
		if s.norm(k) == "of" {
			return capital(s.toks[e].Text)
		}
	}
	return false
}

// roleOf reports an agent mention with a sector that ends with its
// country's name after a genitive ("ministres des Affaires étrangères de
// la France"): a role of that country (French).
func (s *sent) roleOf(m int) bool {
	if s.lx.lang != "fr" || s.mst[m] < 0 || len(s.codes[m]) < 6 || s.codes[m][:3] == "---" {
		return false
	}
	e := s.men[m] - 1
	for k := e; k > s.mst[m] && k >= e-4; k-- {
		if s.lx.in("genitive", s.norm(k)) {
			return k+1 <= e && capital(s.toks[e].Text) && s.lx.in("govhead", s.norm(s.mst[m]))
		}
	}
	return false
}
