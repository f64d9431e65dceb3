// Reported speech and quotes: the speaker of a reporting verb placed after
// a quote or before a colon, subject pronouns after the verb, and the
// verb governing a que/that clause.

package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// inverted finds the subject of a reporting verb placed after the quote
// (", a précisé l'armée américaine", "« ... », a déclaré X"): the verb
// group follows a comma or quote directly, and the actor follows the verb.
func (s *sent) inverted(i int) []int {
	if s.lx.lang == "en" && s.lx.in("noinvert", s.lemmaAt(i)) {
		// "X, who leads the talks, told visiting envoy Y": a verb
		// whose addressee follows it never inverts its subject (enlong)
		return nil
	}
	j := i - 1
	for ; j >= 0 && j >= i-4; j-- {
		// ("», avait ainsi déclaré le ministre": a short adverb inside
		// the verb group)
		if !s.inAt("aux", j) && !(s.lx.lang == "fr" && (s.inAt("midadverb", j) || s.frenchAdverb(j))) {
			break
		}
	}
	if j < 0 {
		return nil
	}
	switch s.norm(j) {
	case ",", "»", "\"", "”":
	default:
		return nil
	}
	if m, _ := s.slot(i+1, nil, false, -4); m >= 0 && !s.complementizerBefore(i, m) {
		return s.group(m)
	}
	return nil
}

// quoteSpeaker finds the speaker named after the closing quote that
// follows p ("..., a déclaré le ministre"), nil when none.
func (s *sent) quoteSpeaker(p int) []int {
	for k := p + 1; k < len(s.toks) && k <= p+40; k++ {
		switch s.norm(k) {
		case "«", "“":
			return nil
		case "»", "”", "\"":
			for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
				if s.actor[j] < 0 && s.verbForm(j) {
					// "», avait ainsi déclaré le ministre": from the
					// auxiliary to the participle of the verb group
					for n := 0; n < 3 && j+1 < len(s.toks) && s.actor[j+1] < 0 && s.midGroup(j) && (s.verbForm(j+1) || s.midGroup(j+1)); n++ {
						j++
					}
					return s.inverted(j)
				}
			}
			return nil
		}
	}
	return nil
}

// quotePronounSpeaker finds the speaker of a quote closed after p by a
// reporting verb with an inverted subject pronoun ("« Nous avons condamné
// X », a-t-il déclaré"): the source of the last event, else the subject of
// the previous sentence when it coded none (prevS, frdoc.go), when the
// pronoun agrees with it in number; nil otherwise (French; framesfr).
func (s *sent) quotePronounSpeaker(p int) []int {
	if s.lx.lang != "fr" {
		return nil
	}
	for k := p + 1; k < len(s.toks) && k <= p+40; k++ {
		switch s.norm(k) {
		case "«", "“":
			return nil
		case "»", "”":
			for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
				nm := s.norm(j)
				if !strings.HasPrefix(nm, "-") || !s.pronounNear(j-1) && !s.pronounNear(j+1) {
					continue
				}
				pron := strings.TrimPrefix(strings.TrimPrefix(nm, "-t"), "-")
				if s.prev != nil {
					return s.prev
				}
				if s.prevS >= 0 {
					if g := []int{s.prevS}; !s.pluralAntecedent(pron, g) {
						return g
					}
				}
				return nil
			}
			return nil
		}
	}
	return nil
}

// afterQuote reports a reporting verb whose group follows a closing quote
// ("» a-t-il souligné", "\" he said"): its subject is not to the left.
func (s *sent) afterQuote(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch s.norm(j) {
		case "»", "\"", "”":
			return true
		case ",":
			continue
		}
		if s.actor[j] >= 0 || s.hard(j) || s.toks[j].Kind != dyad.Word {
			return false
		}
	}
	return false
}

// pronounNear reports a subject pronoun next to the verb at i ("a-t-il
// souligné", "said he", "a-t-elle").
func (s *sent) pronounNear(i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(s.toks) {
			continue
		}
		nm := s.norm(j)
		if s.lx.in("pronoun", nm) {
			return true
		}
		for _, suf := range []string{"-il", "-elle", "-ils", "-elles"} {
			if strings.HasSuffix(nm, suf) {
				return true
			}
		}
	}
	return false
}

// reportedClause reports a verb inside the "que" clause of a statement
// verb candidate ("a annoncé qu'il ...", "said that it ...").
func (s *sent) reportedClause(i int) bool {
	for j := i - 1; j > 0 && j >= i-12; j-- {
		if !s.inAt("clausecomp", j) {
			continue
		}
		for k := len(s.cands) - 1; k >= 0; k-- {
			if c := &s.cands[k]; c.p.weak && c.anchor < j && j-c.anchor <= 4 {
				return true
			}
		}
		return false
	}
	return false
}

// speakerBeforeQuote finds the speaker of a quote opened before p by a
// reporting verb and a colon ("Le président français a déclaré : « Nous
// condamnons ... »"): the subject of the verb before the opening quote;
// nil when there is none (French; English too since quotespk, for a
// pronoun inside a quote, subject.go).
func (s *sent) speakerBeforeQuote(p int) []int {
	for k := p - 1; k > 0 && k >= p-30; k-- {
		switch s.norm(k) {
		case "»", "”":
			return nil
		case "«", "“", "\"":
			j := k - 1
			if j > 0 && s.norm(j) == ":" {
				j--
			}
			for n := 0; j >= 0 && n < 4; n, j = n+1, j-1 {
				if s.actor[j] < 0 && s.verbForm(j) {
					if v := s.mainOfQue(j); v >= 0 {
						// "Le président a fait savoir que le Pakistan
						// devait changer : « Nous ... »": the verb before
						// the quote is in a que clause; the speaker is
						// the subject of the clause's governing verb
						if s.trace() {
							s.tracef("  quote after the que clause of %q: its speaker is the subject of %q", s.toks[j].Text, s.toks[v].Text)
						}
						return s.subject(v)
					}
					return s.subject(j)
				}
				if s.actor[j] >= 0 {
					return nil
				}
			}
			if s.norm(k-1) == ":" {
				// "a fait savoir que la Corée du Nord devait changer de
				// cap : « Nous ... »" (no known verb right before the
				// colon)
				if v := s.mainOfQue(k - 1); v >= 0 {
					if s.trace() {
						s.tracef("  quote after a que clause: its speaker is the subject of %q", s.toks[v].Text)
					}
					return s.subject(v)
				}
			}
			return nil
		}
	}
	return nil
}

// mainOfQue returns the verb (auxiliary or known verb form) that governs
// the que clause holding the verb at j ("a fait savoir que le Pakistan
// allait devoir changer": "a" for "changer"), -1 when j is in no que
// clause of the same stretch (French).
func (s *sent) mainOfQue(j int) int {
	if s.lx.lang != "fr" {
		return -1
	}
	for k := j - 1; k > 0 && k >= j-15; k-- {
		if !s.inAt("clausecomp", k) || s.actor[k] >= 0 {
			if s.hard(k) || s.norm(k) == "," {
				return -1
			}
			continue
		}
		for v := k - 1; v >= 0 && v >= k-4; v-- {
			if s.hard(v) || s.norm(v) == "," || s.actor[v] >= 0 {
				return -1
			}
			if s.inAt("aux", v) || s.verbForm(v) {
				// the first word of the governing verb group
				for v > 0 && s.actor[v-1] < 0 && (s.inAt("aux", v-1) || s.verbForm(v-1)) {
					v--
				}
				return v
			}
		}
		return -1
	}
	return -1
}

// wishClause reports a candidate at j inside a que/that clause governed by
// a verb of hoping or wishing (`wishverb`: "J'espère que l'accord entre
// Hanoi et Washington se réalisera", "hoped that the talks would resume"):
// what is hoped for has not taken place. Between the verb and the
// complementiser: at most two glue words or adverbs ("espère vivement
// que", "hopes very much that").
func (s *sent) wishClause(j int) bool {
	h := j - 1
	for h >= 0 && !s.hard(h) && !s.inAt("clausecomp", h) {
		h--
	}
	if h < 1 || !s.inAt("clausecomp", h) {
		return false
	}
	for k, n := h-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if s.actor[k] >= 0 {
			return false
		}
		if s.inAt("wishverb", k) {
			return true
		}
		if !s.inAt("verbglue", k) && !s.inAt("midadverb", k) && !s.frenchAdverb(k) {
			return false
		}
	}
	return false
}

// statedBy reports a statement of the sentence (a weak candidate's source,
// the speaker) whose code and the code of one of c's sources satisfy same.
func (s *sent) statedBy(c *cand, same func(speaker, source string) bool) bool {
	for a := range s.cands {
		ca := &s.cands[a]
		if !ca.p.weak || ca.anchor == c.anchor {
			continue
		}
		for _, sp := range ca.src {
			for _, m := range c.src {
				if same(s.codes[sp], s.codes[m]) {
					return true
				}
			}
		}
	}
	return false
}

// ownThreat reports a candidate whose source shares its country with the
// speaker of a statement of the sentence (a weak candidate's source): the
// act is stated by its own side.
func (s *sent) ownThreat(c *cand) bool {
	return s.statedBy(c, func(sp, sc string) bool {
		cs := s.lx.stateCC(sp)
		return cs != "" && s.lx.stateCC(sc) == cs
	})
}

// orgThreat extends ownThreat to organisations: a conditional act of an
// international organisation stated by the organisation itself ("The EU
// could suspend trade talks with Georgia if ..., a senior EU diplomat
// said": the same code) or, for the European Union, by a minister of a
// member state ("the EU could freeze its aid to X if ..., Belgium's
// foreign minister said"; en_lex `eumember`) is a threat made. Stated by
// an outsider it stays a hypothetical act.
func (s *sent) orgThreat(c *cand) bool {
	return s.statedBy(c, func(spc, sc string) bool {
		if !strings.HasPrefix(sc, "IGO") {
			return false
		}
		if len(sc) >= 6 && len(spc) >= 6 && sc[:6] == spc[:6] {
			return true
		}
		cc := s.lx.stateCC(spc)
		return cc != "" && strings.HasPrefix(sc, "IGOEUR") && s.lx.in("eumember", strings.ToLower(cc))
	})
}

// conditionTargets gives a threat without target (13x, after the intent
// table) the actor its condition is about ("dock workers threatened to
// strike unless the government raised wages": the threat is made to the
// government; CAMEO 1.1b3 13 "Threaten", 139 "Give ultimatum"): the first
// actor that no preposition introduces after an
// "if"/"unless" word following the anchor, within the sentence, of another
// country than the source. English and French ("si", "s'il"; in French
// also an actor of the source's own country when a non-state source
// threatens its government or parliament: frrecall4.go conditionPeer).
func (s *sent) conditionTargets(keep []bool) {
	if s.lx.lang != "en" && s.lx.lang != "fr" {
		return
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.p.weak || len(ca.tgt) > 0 || ca.both != nil || len(ca.src) == 0 || !strings.HasPrefix(ca.code, "13") {
			continue
		}
		k := ca.anchor + 1
		for ; k < len(s.toks) && k <= ca.anchor+15 && !s.inAt("if", k); k++ {
			if t := &s.toks[k]; t.Kind == dyad.Punct && t.Norm != "," {
				k = len(s.toks)
			}
		}
		if k >= len(s.toks) || k > ca.anchor+15 {
			continue
		}
		for m := range s.mst {
			if st := s.mst[m]; st > k && st <= k+4 && s.prepBefore(st) < 0 {
				if cc := s.lx.stateCC(s.codes[m]); cc != "" && (cc != s.lx.stateCC(s.codes[ca.src[0]]) || s.conditionPeer(ca.src[0], m)) {
					ca.tgt = s.group(m)
					if s.trace() {
						s.tracef("  %s at %d: threat without target: the actor of its condition %s", ca.p.id, ca.anchor, s.mtext(ca.tgt))
					}
				}
				break
			}
		}
	}
}

// closingIncise finds the speaker of a verb of statement or criticism set
// after what it reports, its subject inverted after it ("Cette annexion
// est illégale, a dénoncé l'ONU", "« C'est une provocation », a fustigé
// Pékin"): the verb group follows a comma or closing quote, nothing to its
// left is its subject, and the speaker closes the sentence (or a
// prepositional phrase follows it: "dans un communiqué"). It also returns
// the actor the reported content is about: the source of an event coded
// in it ("Washington a violé le droit international, a dénoncé Pékin"),
// else its first actor that no preposition introduces; nil when the
// content names none (the event then has no target). French: English puts
// the subject first ("..., the EU said").
func (s *sent) closingIncise(i int) (spk, about []int) {
	if s.lx.lang != "fr" {
		return nil, nil
	}
	inv := s.inverted(i)
	if inv == nil {
		return nil, nil
	}
	j := i - 1
	for ; j > 0 && j >= i-4; j-- {
		if nm := s.norm(j); nm == "," || nm == "»" || nm == "\"" || nm == "”" {
			break
		}
	}
	if j <= 0 {
		return nil, nil
	}
	end := -1
	for _, m := range inv {
		if s.men[m] > end {
			end = s.men[m]
		}
	}
	if end < 0 {
		return nil, nil
	}
	if end < len(s.toks) && !s.isPrep(end) && s.norm(end) != "." && s.norm(end) != "!" {
		// ", accuse l'opposition, qui ...", ", a dénoncé l'ONU les
		// frappes": the actor is the object of a verb whose subject
		// stands further left
		return nil, nil
	}
	return inv, s.contentAbout(j)
}

// contentAbout gives the actor a reported content ending at token j (the
// comma or quote before its reporting verb) is about: the source of an
// event coded in it, else its first actor that no preposition introduces;
// nil when it names none. The content starts after an opening quote, else
// at the start of the sentence.
func (s *sent) contentAbout(j int) []int {
	start := 0
	for k := j - 1; k >= 0; k-- {
		if nm := s.norm(k); nm == "«" || nm == "“" || nm == "\"" && k < j-1 {
			start = k + 1
			break
		}
	}
	for k := len(s.cands) - 1; k >= 0; k-- {
		c := &s.cands[k]
		if c.anchor >= start && c.anchor < j && !c.p.weak && len(c.src) > 0 {
			return c.src
		}
	}
	for m := range s.mst {
		if st := s.mst[m]; st >= start && st < j && s.prepBefore(st) < 0 {
			return s.group(m)
		}
	}
	return nil
}

// closingSubject finds, in English, the content reported by a verb of
// statement or criticism that closes the sentence after its subject
// ("Russia violated the agreement, the EU charged", "\"Moscow is lying,\"
// Kyiv complained"): the subject src stands right after a comma or a
// closing quote, the verb right after it, and nothing but a prepositional
// phrase follows. It returns the actor the content is about (contentAbout),
// nil otherwise.
func (s *sent) closingSubject(i int, src []int) []int {
	if s.lx.lang != "en" || len(src) == 0 {
		return nil
	}
	st, end := len(s.toks), -1
	for _, m := range src {
		if s.mst[m] < 0 {
			return nil
		}
		if s.mst[m] < st {
			st = s.mst[m]
		}
		if s.men[m] > end {
			end = s.men[m]
		}
	}
	if end != i {
		return nil
	}
	j := st - 1
	for n := 0; j > 0 && n < 2 && s.isDet(j); n++ {
		j--
	}
	if j <= 0 {
		return nil
	}
	switch s.norm(j) {
	case ",", "\"", "”":
	default:
		return nil
	}
	if j > 0 && s.norm(j) != "," && s.norm(j-1) == "," {
		j--
	}
	k := i + 1
	for k < len(s.toks) && (s.inTime(k) || s.inAt("placeadverb", k)) {
		// "..., an aid group protested there on Friday": a
		// place adverb or a date may close the incise (enrecall)
		k++
	}
	if k < len(s.toks) && !s.isPrep(k) && s.norm(k) != "." && s.norm(k) != "!" {
		return nil
	}
	return s.contentAbout(j)
}

// inciseCode reports the codes a verb in a closing incise may carry:
// statements (01), praise (051), disapproval (11) and rejection (12).
func inciseCode(code string) bool {
	return strings.HasPrefix(code, "01") || strings.HasPrefix(code, "051") || strings.HasPrefix(code, "11") || strings.HasPrefix(code, "12")
}

// overlaps reports a mention shared by two groups.
func overlaps(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// inQuoteEN reports the token at p inside a quote (English): an odd number
// of straight double quotes before it, or a curly opening quote not closed
// yet (quotespk).
func (s *sent) inQuoteEN(p int) bool {
	straight, curly := 0, false
	for k := 0; k < p; k++ {
		switch s.norm(k) {
		case "\"":
			straight++
		case "“":
			curly = true
		case "”":
			curly = false
		}
	}
	return straight%2 == 1 || curly
}

// quoteSpeakerEN finds the speaker named after the closing quote that
// follows p in English (quotespk): "\"We will retaliate against Iran,\" the
// Israeli defence minister said" (the mention, then a `quotesay` verb) or
// "..., said the minister" (the verb, then the mention: inverted); nil
// when none. quoteSpeaker does it for French.
func (s *sent) quoteSpeakerEN(p int) []int {
	if s.lx.lang != "en" || !s.inQuoteEN(p) {
		return nil
	}
	for k := p + 1; k < len(s.toks) && k <= p+40; k++ {
		switch s.norm(k) {
		case "“":
			return nil
		case "\"", "”":
			j := k + 1
			if j < len(s.toks) && s.inAt("quotesay", j) {
				return s.inverted(j)
			}
			for j < len(s.toks) && s.isDet(j) && s.actor[j] < 0 {
				j++
			}
			if j >= len(s.toks) {
				return nil
			}
			m := s.actor[j]
			if m < 0 || s.mst[m] != j || s.men[m] >= len(s.toks) || !s.inAt("quotesay", s.men[m]) {
				return nil
			}
			if s.trace() {
				s.tracef("  first person in a quote: its speaker %q named after it", s.a.Actors[s.ments[m]].Text)
			}
			return s.group(m)
		}
	}
	return nil
}

// quoteBeforeSpeaker reports a statement verb at v placed after a closing
// quote, with only its speaker (mentions, determiners, auxiliaries, short
// adverbs, commas) between ("», a déclaré la présidente", "\", the
// minister said"), and the token at m inside that quote (quotespk).
func (s *sent) quoteBeforeSpeaker(v, m int) bool {
	if m >= v {
		return false
	}
	o, c := s.quoteBeforeVerb(v)
	return o >= 0 && o < m && m < c
}

// quoteBeforeVerb returns the opening and closing quote marks of a quote
// closed right before the verb at v, only its speaker (mentions,
// determiners, auxiliaries, short adverbs, commas) between; -1, -1 when
// none (quotespk).
func (s *sent) quoteBeforeVerb(v int) (int, int) {
	c := -1
	for j := v - 1; j >= 0 && j >= v-10; j-- {
		nm := s.norm(j)
		if nm == "»" || nm == "”" || nm == "\"" {
			c = j
			break
		}
		if nm == "," || s.actor[j] >= 0 || s.isDet(j) || s.inAt("aux", j) || s.lx.lang == "fr" && (s.inAt("midadverb", j) || s.frenchAdverb(j)) {
			continue
		}
		return -1, -1
	}
	if c < 0 {
		return -1, -1
	}
	for j := c - 1; j >= 0; j-- {
		switch s.norm(j) {
		case "«", "“", "\"":
			return j, c
		case "»", "”":
			return -1, -1
		}
	}
	return -1, -1
}

// quoteAfterVerb returns the opening and closing quote marks of a quote
// opened right after the verb at v, a colon between or not ("a déclaré :
// « ... »", "said: \"...\""); -1, -1 when none (quotespk).
func (s *sent) quoteAfterVerb(v int) (int, int) {
	o := v + 1
	if o < len(s.toks) && s.norm(o) == ":" {
		o++
	}
	if o >= len(s.toks) {
		return -1, -1
	}
	if on := s.norm(o); on != "«" && on != "“" && on != "\"" {
		return -1, -1
	}
	for j := o + 1; j < len(s.toks); j++ {
		switch s.norm(j) {
		case "»", "”", "\"":
			return o, j
		case "«", "“":
			return -1, -1
		}
	}
	return -1, -1
}

// quoteBarbPat names the speaker's criticism of the actor a quote calls
// names.
var quoteBarbPat = &pattern{id: "speech.go:quotebarb", text: "111 (« ACTOR is|est BARBWORD ... », SPEAKER said)", code: "111"}

// quoteBarbTargets: a statement verb with its speaker right after or
// before a quote whose words open on an actor mention, a copula
// (`quotecopula`) and a barb among the words that follow (`barbword`,
// fr_lex.txt and en_lex.txt): "« Le président syrien est un boucher », a
// déclaré X", "\"The Syrian president is a butcher,\" X said", "X said:
// \"...\"" is X's criticism of that actor (111; quotespk). The quote's words
// stay data; a quote of fact or praise, one with no actor first, or one of
// no named speaker is no event.
func (s *sent) quoteBarbTargets(keep []bool) []bool {
	for a, n := 0, len(s.cands); a < n; a++ {
		ca := &s.cands[a]
		if !ca.p.weak || !keep[a] || len(ca.src) == 0 {
			continue
		}
		o, c := s.quoteBeforeVerb(ca.anchor)
		if o < 0 {
			o, c = s.quoteAfterVerb(ca.anchor)
		}
		if o < 0 {
			continue
		}
		j := o + 1
		for j < c && s.isDet(j) && s.actor[j] < 0 {
			j++
		}
		if j >= c || s.actor[j] < 0 || s.mst[s.actor[j]] != j {
			continue
		}
		m := s.actor[j]
		k := s.men[m]
		if k >= c || !s.inAt("quotecopula", k) || s.mcode(m) == s.mcode(ca.src[0]) {
			continue
		}
		barb := false
		for i := k + 1; i < c; i++ {
			barb = barb || s.inAt("barbword", i)
		}
		if !barb {
			continue
		}
		nc := *ca
		nc.p = quoteBarbPat
		nc.code = "111"
		nc.tgt = s.group(m)
		nc.both = nil
		nc.mode = dyad.Asserted
		s.cands = append(s.cands, nc)
		keep = append(keep, true)
		keep[a] = false
		if s.trace() {
			s.tracef("  statement %s at %d: the quote calls %s names: criticism 111", ca.p.id, ca.anchor, s.mtext(nc.tgt))
		}
	}
	return keep
}
