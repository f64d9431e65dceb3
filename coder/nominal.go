// Nominal events: nouns that anchor patterns ("la répression", "the
// crackdown"), the agent and object of an event noun, the author of a
// criticised act, halted talks and attack nouns with a verb of hitting.

package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// criticisedAgent returns actAgent after the match of a criticism (11x)
// candidate, -1 for other codes.
func (s *sent) criticisedAgent(c *cand) int {
	if !strings.HasPrefix(c.code, "11") {
		return -1
	}
	return s.actAgent(c.last)
}

// actAgent returns the agent ("par X", "by X") inside the noun phrase
// that starts at k with a noun of a nominal event pattern ("la répression
// des manifestations par le régime"); -1 when there is none or the phrase
// ends first (a comma, a clause limit, a verb, another actor).
func (s *sent) actAgent(k int) int {
	det := false
	for n := 0; n < 2 && k < len(s.toks) && s.isDet(k); n++ {
		k++
		det = true
	}
	if k >= len(s.toks) || s.actor[k] >= 0 || !s.nounAnchor(k, det) {
		return -1
	}
	for j := k + 1; j+1 < len(s.toks) && j <= k+8; j++ {
		if m := s.actor[j]; m >= 0 && s.mst[m] == j && s.prepBefore(j) >= 0 {
			// the act's patient ("on protesters", "des opposants")
			j = s.men[m] - 1
			continue
		}
		if s.hard(j) || s.norm(j) == "," || s.actor[j] >= 0 || s.verbForm(j) && !(s.isDet(j-1) || s.isPrep(j-1)) {
			return -1
		}
		if s.norm(j) == s.lx.agentPrep() {
			x := j + 1
			for n := 0; n < 2 && x < len(s.toks) && s.isDet(x); n++ {
				x++
			}
			if x < len(s.toks) && s.actor[x] >= 0 && s.mst[s.actor[x]] == j+1 || x < len(s.toks) && s.actor[x] >= 0 && s.mst[s.actor[x]] == x {
				return s.actor[x]
			}
			return -1
		}
	}
	return -1
}

// nounAnchor reports a word that anchors a noun pattern (a nominal
// event: "répression", "arrestation"), or after an article any pattern
// ("the crackdown").
func (s *sent) nounAnchor(k int, det bool) bool {
	for _, f := range s.ids[k] {
		for _, p := range s.lx.anchors[f.word] {
			if p.noun || det {
				return true
			}
		}
	}
	return false
}

// haltedNoun reports a nominal event at i whose noun phrase is the
// subject of a participle of halting (`haltpart`: "les pourparlers entre
// A et B ont été suspendus", "la rencontre ... a été annulée", "the visit
// of X to Moscow was postponed"): the event named by the noun did not take
// place. A negation before the participle ("n'a pas été annulée", "was
// not cancelled") leaves the event standing.
func (s *sent) haltedNoun(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 4 && !s.hard(k) && s.actor[k] < 0; k, n = k-1, n+1 {
		if s.inAt("resumeverb", k) {
			// "agreed to resume summit meetings suspended since 2011",
			// "ont repris les pourparlers suspendus en mars": the halting
			// is past, the event takes place again
			return false
		}
	}
	for k := i + 1; k < len(s.toks) && k <= i+16; k++ {
		nm := s.norm(k)
		if nm == "," {
			if e := s.plannedIncise(k); e > k {
				k = e
				continue
			}
		}
		if s.hard(k) || nm == "," || s.lx.in("rel", nm) || s.lx.in("clausecomp", nm) && s.actor[k] < 0 {
			return false
		}
		if s.actor[k] < 0 && (s.lx.in("neg", nm) || s.lx.in("neg_pre", nm) || s.lx.in("neg_post", nm)) {
			return false
		}
		if s.actor[k] >= 0 {
			k = s.men[s.actor[k]] - 1
			continue
		}
		if s.lx.in("haltpart", nm) {
			return true
		}
		if s.lx.in("aux", nm) || s.lx.in("passaux", nm) || s.lx.in("passpart", nm) || s.lx.in("plannedpart", nm) {
			continue
		}
		if s.verbForm(k) {
			return false
		}
	}
	return false
}

// hitObject finds the object of a verb of hitting (`hitverb`: viser,
// cibler, toucher ...) whose subject is the attack noun at i ("des frappes
// américaines avaient visé des positions de l'EI"): the verb follows the
// noun phrase (from pos) within 4 tokens; else the place after the verb
// (true); -1 when there is none (French).
func (s *sent) hitObject(i, pos int) (int, bool) {
	if s.lx.lang != "fr" {
		return -1, false
	}
	if k := i - 1; k >= 0 {
		if s.isDet(k) {
			k--
		}
		if k >= 0 && s.isPrep(k) && !(s.inAt("genitive", k) && (k == 0 || s.hard(k-1) || s.inAt("clausecomp", k-1) || s.inAt("conj", k-1))) {
			// (a noun introduced by a preposition is no subject; "des"
			// opening the clause is the article)
			return -1, false
		}
	}
	for k := pos; k < len(s.toks) && k < pos+4; k++ {
		if s.hard(k) || s.norm(k) == "," {
			return -1, false
		}
		if s.actor[k] >= 0 {
			k = s.men[s.actor[k]] - 1
			continue
		}
		if s.inAt("aux", k) || s.inAt("neg_pre", k) {
			continue
		}
		if s.lx.in("hitverb", s.lemmaAt(k)) || s.hitForm(k) {
			if m, _ := s.slot(k+1, nil, false, 8); m >= 0 {
				return m, false
			}
			if m := s.placeAfter(k + 1); m >= 0 {
				return m, true
			}
			return -1, false
		}
		if s.verbForm(k) {
			return -1, false
		}
	}
	return -1, false
}

// hitForm reports a finite or participle form of a `hitverb` -er verb
// that no pattern conjugates ("touché", "ciblent"): the stem and a
// regular ending of `hitending` (French).
func (s *sent) hitForm(k int) bool {
	return s.hitEnding(k, func(e string) bool { return s.lx.in("hitending", e) })
}

// hitParticiple reports a present participle of a `hitverb` -er verb at
// k ("visant", "ciblant") (French).
func (s *sent) hitParticiple(k int) bool {
	return k < len(s.toks) && s.lx.lang == "fr" && s.hitEnding(k, func(e string) bool { return s.lx.in("presentpartending", e) })
}

// hitEnding reports whether token k is the stem of a `hitverb` -er verb
// followed by an ending for which ok holds.
func (s *sent) hitEnding(k int, ok func(string) bool) bool {
	nm := s.norm(k)
	for w := range s.lx.lists["hitverb"] {
		if strings.HasSuffix(w, "er") && strings.HasPrefix(nm, w[:len(w)-2]) && ok(nm[len(w)-2:]) {
			return true
		}
	}
	return false
}

// hitAfter returns the participle of hitting at k, or at k+1 after one
// plain word (an adjective: "les sanctions économiques visant"), else -1.
func (s *sent) hitAfter(k int) int {
	if s.hitParticiple(k) {
		return k
	}
	if k+1 < len(s.toks) && s.plainWord(k) && s.hitParticiple(k+1) {
		return k + 1
	}
	return -1
}

// hitCode reports the codes a participle of hitting after the object may
// direct: force, coercion (16x) and its easing (08x).
func hitCode(code string) bool {
	return force(code) || strings.HasPrefix(code, "16") || strings.HasPrefix(code, "08")
}

// topicObject reports a noun anchor at i that is the object of a verb of
// talking about, or looking forward to, something (`topicverb`: "refusent
// de discuter d'un retrait des troupes", "discussed a withdrawal",
// "s'attendre à une visite à Moscou"): what is talked about or expected
// has not taken place, it is no event of its own. Between the verb and
// the noun: a preposition (de, à, of), up to two determiners and one
// adjective ("d'un éventuel retrait"), quotes.
func (s *sent) topicObject(i int) bool {
	k := i - 1
	skip := func() {
		adj := false
		for n := 0; n < 4 && k >= 0; n++ {
			nm := s.norm(k)
			switch {
			case nm == "\"" || nm == "«" || nm == "“" || s.isDet(k):
			case !adj && !s.hard(k) && s.plainWord(k) && !s.lx.in("topicverb", nm):
				adj = true
			default:
				return
			}
			k--
		}
	}
	skip()
	if k >= 0 && (s.inAt("genitive", k) || s.inAt("comp", k)) && s.actor[k] < 0 {
		k--
		skip()
	}
	return k >= 0 && s.actor[k] < 0 && s.inAt("topicverb", k)
}

// proposalObject reports a noun anchor at i that is what a proposal,
// offer, plan or call is for (`proposalnoun` within six words before it,
// a preposition right before its determiners, no verb or clause limit
// between: "rejected an offer from Afghanistan for direct talks", "la
// proposition de négociations directes"): it has not taken place.
func (s *sent) proposalObject(i int) bool {
	k := i - 1
	for adj, n := false, 0; n < 3 && k >= 0; n++ {
		if t := &s.toks[k]; !s.isDet(k) && (adj || s.hard(k) || t.Kind != dyad.Word || capital(t.Text) || s.actor[k] >= 0 || s.isPrep(k) || s.inAt("proposalnoun", k)) {
			break
		} else if !s.isDet(k) {
			// one modifier, even one that is also a verb form ("direct talks")
			adj = true
		}
		k--
	}
	if k < 1 || !s.isPrep(k) && !s.inAt("genitive", k) && !s.inAt("comp", k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.actor[j] < 0 && s.inAt("proposalnoun", j) && !s.hard(j) {
			// (a noun that is also a verb form: "offer", "demande")
			return j > 0 && (s.isDet(j-1) || s.plainWord(j-1) || s.inAt("possessive", j-1))
		}
		if s.hard(j) || s.norm(j) == "," || s.verbForm(j) && s.actor[j] < 0 {
			return false
		}
	}
	return false
}

// beforeNounGroup returns the token before the noun at i, its determiners
// and at most one modifier (three tokens at most); with prepart, a
// partitive article ("des") counts as a determiner.
func (s *sent) beforeNounGroup(i int, prepart bool) int {
	k := i - 1
	for adj, n := false, 0; n < 3 && k >= 0; n++ {
		if s.isDet(k) || prepart && s.inAt("prepart", k) {
			k--
			continue
		}
		if adj || !s.plainWord(k) {
			break
		}
		adj = true
		k--
	}
	return k
}

// unrealPurpose reports a noun anchor at i that is the purpose of a verb in
// the conditional or the future ("n'autoriserait pas l'usage des bases
// pour une attaque des Etats-Unis en Irak"): `purpose` right before its
// determiners and one modifier, and the verb, or a future or hypothetical
// cue, before it in the clause (commas skipped). The act has not taken
// place.
func (s *sent) unrealPurpose(i int) bool {
	k := s.beforeNounGroup(i, false)
	if k < 1 || !s.inAt("purpose", k) {
		return false
	}
	for j := k - 1; j >= 0 && !s.hard(j); j-- {
		if s.actor[j] >= 0 {
			continue
		}
		if s.inAt("future", j) || s.inAt("hypothetical", j) {
			return true
		}
		for _, f := range s.ids[j] {
			if f.tag&(tagCond|tagFut) != 0 && s.lx.verbWord(f.word) {
				return true
			}
		}
	}
	return false
}

// subjectVerbMode gives the mode of the verb of which the noun anchor at i
// is the subject ("les négociations entre X et Y reprendront lundi", "la
// rencontre entre X et Y aura lieu demain", "the talks will resume"): the
// first verb after the noun in its clause, when it is in the future or
// the conditional, or after a future or hypothetical cue; the noun stands
// first in its clause (no verb before it). It returns the cue's token and
// the mode, -1 when there is none.
func (s *sent) subjectVerbMode(i int) (int, dyad.Mode) {
	for j := i - 1; j >= 0 && !s.hard(j); j-- {
		if s.actor[j] < 0 && (s.verbForm(j) || s.inAt("aux", j) || s.inAt("passaux", j)) {
			return -1, dyad.Asserted
		}
	}
	for j := i + 1; j < len(s.toks) && j <= i+15 && !s.hard(j) && !s.inAt("rel", j); j++ {
		if s.actor[j] >= 0 {
			continue
		}
		nm := s.norm(j)
		if s.lx.in("hypothetical", nm) {
			return j, dyad.Hypothetical
		}
		if s.lx.in("future", nm) {
			return j, dyad.Future
		}
		verb := s.lx.in("aux", nm) || s.lx.in("passaux", nm)
		for _, f := range s.ids[j] {
			if !s.lx.verbWord(f.word) || s.isDet(j-1) || s.isPrep(j-1) {
				continue
			}
			verb = true
			if f.tag&tagFut != 0 {
				return j, dyad.Future
			}
			if f.tag&tagCond != 0 {
				return j, dyad.Hypothetical
			}
		}
		if verb {
			return -1, dyad.Asserted
		}
	}
	return -1, dyad.Asserted
}

// headlinePair returns the two parties a headline's lead names before its
// colon, "pairprep A conj B :" ("Crise entre l'Iran et les États-Unis :
// nouvelles sanctions américaines", "Tensions between Washington and
// Tehran: ..."), when the anchor at i follows the colon and the colon is
// the sentence's first clause limit; -1, -1 otherwise. Both parties must
// be of a known country, and of different ones.
func (s *sent) headlinePair(i int) (int, int) {
	k := s.leadColon(i)
	if k < 4 {
		return -1, -1
	}
	b := s.actor[k-1]
	if b < 0 || s.men[b] != k {
		return -1, -1
	}
	j := s.mst[b] - 1
	for n := 0; n < 2 && j >= 0 && s.isDet(j); n++ {
		j--
	}
	if j < 1 || !s.inAt("conj", j) {
		return -1, -1
	}
	a := s.actor[j-1]
	if a < 0 || s.men[a] != j {
		return -1, -1
	}
	j = s.mst[a] - 1
	for n := 0; n < 2 && j >= 0 && s.isDet(j); n++ {
		j--
	}
	if j < 0 || !s.inAt("pairprep", j) {
		return -1, -1
	}
	ca, cb := s.codes[a], s.codes[b]
	if len(ca) < 3 || len(cb) < 3 || ca[:3] == "---" || cb[:3] == "---" || ca[:3] == cb[:3] {
		return -1, -1
	}
	return a, b
}

// headlinePairTarget returns the party of a headline's lead pair
// (headlinePair) that is not the source's country, for an event after the
// colon that names no target ("Crise entre l'Iran et les États-Unis :
// nouvelles sanctions américaines" → IRN); -1 when the source's country is
// neither party.
func (s *sent) headlinePairTarget(i int, src []int) int {
	a, b := s.headlinePair(i)
	if a < 0 || len(src) == 0 || len(s.codes[src[0]]) < 3 {
		return -1
	}
	sc := s.codes[src[0]][:3]
	switch {
	case s.codes[a][:3] == sc && s.codes[b][:3] != sc:
		return b
	case s.codes[b][:3] == sc && s.codes[a][:3] != sc:
		return a
	}
	return -1
}

// headlinePairOK reports a headline lead pair before the anchor at i.
func (s *sent) headlinePairOK(i int) bool {
	a, _ := s.headlinePair(i)
	return a >= 0
}

// toldAct reports a nominal event b told inside the object of a reaction
// a (criticism, condemnation, accusation 11x; rejection 12x; approval
// 05x; protest 14x): "La France a condamné les frappes russes contre l'Ukraine" codes
// the reaction FRA>RUS 111 and the act RUS>UKR 195 (CODING.md: nominal
// events with both agent and patient explicit are coded). The act must
// have both sides from its own slots, a source that is no place and
// other than the reaction's ("a condamné sa propre offensive contre X" tells one act).
func (s *sent) toldAct(a, b *cand) bool {
	if !b.p.noun || a.p.noun || len(b.src) == 0 || len(b.tgt) == 0 || b.place || len(a.src) == 0 || len(a.code) < 2 {
		return false
	}
	if !(verbalReaction(a.code) || a.code[:2] == "14") || a.code == "113" {
		// (a protest, 14x, reacts too: "ont manifesté contre l'arrestation
		// de leur collègue par la police" codes the protest and the arrest,
		// par4fr)
		// (sanctions called for against X are not imposed yet: "ont
		// réclamé le rétablissement des sanctions de l'ONU contre l'Iran"
		// tells no 163; dyad <round failsfr>)
		return false
	}
	if verbalReaction(b.code) {
		// "defended Venezuela against American criticism of its oil
		// policy": a reaction told inside another is its background,
		// not an act of its own
		return false
	}
	for _, x := range b.src {
		if s.mst[x] >= 0 {
			if pb := s.prepBefore(s.mst[x]); pb >= 0 && s.inAt("placeprep", pb) {
				// "a condamné l'arrestation de l'opposant à Moscou": a
				// place is no agent named; the act is the reaction's
				// object only
				return false
			}
		}
		for _, y := range a.src {
			if s.mcode(x) == s.mcode(y) {
				return false
			}
		}
		for _, y := range b.tgt {
			if s.mcode(x) == s.mcode(y) {
				return false
			}
		}
	}
	return true
}

// verbalReaction reports a code of the verbal reactions (05x diplomatic
// cooperation and praise, 11x disapproval, 12x rejection).
func verbalReaction(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "05", "11", "12":
		return true
	}
	return false
}

// purposeSubject gives the source of an event noun at i that states the
// purpose of the verb before it (`purposenoun` before its determiners and
// at most one modifier: "s'est rendu à Moscou pour des entretiens avec X",
// "travelled to Moscow for talks with X"): the subject of that verb, in
// the same clause; nil otherwise.
func (s *sent) purposeSubject(i int) []int {
	k := s.beforeNounGroup(i, true) // ("pour des entretiens": "des" is the article)
	frame := true
	switch {
	case k >= 2 && s.isPrep(k) && s.inAt("framelead", k-1):
		// pairs6: a trailing frame "lors d'une visite à X" (framelead
		// before its preposition): the subject of the clause it closes,
		// as frameSubject's English "during a visit to X"
		k--
	case k >= 1 && s.inAt("framelead", k):
		// ("pendant sa visite à X")
	case k < 1 || !s.inAt("purposenoun", k):
		return nil
	default:
		frame = false
	}
	for j := k - 1; j >= 0 && j >= k-15 && !s.hard(j) && s.norm(j) != ","; j-- {
		if s.actor[j] < 0 && s.verbForm(j) && !s.isDet(j) {
			if frame && j > 0 && (s.isDet(j-1) || s.inAt("possessive", j-1)) {
				continue // ("pour son aide lors d'une visite": a noun)
			}
			g := s.subject(j)
			if g == nil && frame {
				// (a participle on the way, "les réformes engagées par
				// X lors d'une visite": the clause's own verb is further)
				continue
			}
			return g
		}
	}
	return nil
}

// leadColon returns the colon of a headline's lead before the anchor at i
// when it is the sentence's first clause limit (no hard boundary or comma
// before it), else -1.
func (s *sent) leadColon(i int) int {
	for j := 0; j < i && j < len(s.toks); j++ {
		if s.norm(j) == ":" {
			return j
		}
		if s.hard(j) || s.norm(j) == "," {
			return -1
		}
	}
	return -1
}
