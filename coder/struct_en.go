// English structure rules: where a verb form can only be a noun (after a
// possessive, an article, a modifier), headlines in title case, the
// possessive clitic, bare plural subjects, past and -ing forms.

package coder

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
)

// nounPosition reports why an English verb form at i stands where only a
// noun or adjective can (the empty string when it may be a verb):
//   - after a possessive "'s", directly or after modifiers ("the European
//     Union's support", "Croatia's military advance");
//   - after an adjective ("immediate economic aid", "better pay"), or
//     capitalised inside a name ("a Free Trade Agreement");
//   - an -s form after a plural noun ("human rights abuses") or before an
//     auxiliary or finite verb ("clashes were continuing", "shells
//     continued");
//   - a participle used as an adjective: after an article, an adverb
//     without auxiliary, "'s" or another verb, and before a noun ("heavily
//     armed", "the ruling party", "arrested suspected militants");
//   - a member of a list of nouns ("the withdrawal, collection and
//     monitoring of").
func (s *sent) nounPosition(i int, f formInfo) string {
	if why := s.reducedRelative(i, f); why != "" && !s.brokeredBy(i, f) {
		// (not "a swap mediated by X": enreal.go)
		return why
	}
	lemma := s.lx.names[f.word]
	nm := s.norm(i)
	sForm := f.tag == 0 && strings.HasSuffix(nm, "s") && !strings.HasSuffix(lemma, "s")
	// (a form that is both base and past, "hit" (en_enactors3.txt), keeps
	// its plain reading here: "Pakistan's stock market hit a new high")
	base := (f.tag&(tagPast|tagPart|tagGer) == 0 || f.tag&tagInf != 0) && !sForm
	ger := f.tag&tagGer != 0
	part := f.tag&tagPart != 0
	// possessive "'s", possibly inside the mention before ("Croatia's military")
	k := i - 1
	mods := 0
	for n := 0; n < 2 && k > 0; n++ {
		if s.clitic(k) {
			break
		}
		// (a modal ends the noun phrase: "Venezuela's president will
		// meet", lexen)
		if s.toks[k].Kind != dyad.Word || s.hard(k) || s.isPrep(k) || s.inAt("det", k) || s.inAt("conj", k) ||
			s.inAt("neg", k) || s.inAt("modalaux", k) || (s.actor[k] < 0 && s.verbForm(k)) {
			break
		}
		mods++
		k--
	}
	if k > 0 && s.clitic(k) && !s.inAt("notpossessor", k-1) {
		if mods == 0 {
			return fmt.Sprintf("a noun after the possessive %q", s.toks[k].Text)
		}
		// (not after "that": "demanded that Colombia's government give")
		st := k - 1
		if m := s.actor[st]; m >= 0 {
			st = s.mst[m]
		}
		for n := 0; n < 2 && st > 0 && s.isDet(st-1); n++ {
			st--
		}
		// (a form that is also the past, followed by a verb particle, is
		// the verb: "China's foreign ministry hit out at", "the country's
		// army cut off", lexen; `verbparticle`)
		particle := f.tag&tagPast != 0 && i+1 < len(s.toks) && s.inAt("verbparticle", i+1)
		if base && !particle && !strings.HasSuffix(s.norm(i-1), "s") && (st == 0 || !s.inAt("clausecomp", st-1)) {
			return fmt.Sprintf("a noun after %q %q", s.toks[k].Text, s.toks[i-1].Text)
		}
	}
	if i == 0 {
		return ""
	}
	if f.tag&(tagPast|tagPart) != 0 && i+1 < len(s.toks) && s.actor[i-1] < 0 && strings.HasSuffix(s.norm(i-1), "ing") && !s.inAt("verbglue", i-1) {
		// "of torturing detained protesters": a participle between an -ing
		// verb and the mention it qualifies is an adjective
		if m := s.actor[i+1]; m >= 0 && s.mst[m] == i+1 {
			return fmt.Sprintf("an adjective between %q and the mention %q", s.toks[i-1].Text, s.mtext([]int{m}))
		}
	}
	if m := s.actor[i-1]; m >= 0 && s.mst[m] > 0 && f.tag&(tagPast|tagPart) == 0 && !sForm {
		// (a past or -s form is the verb: "A European court convicted",
		// "until a new government takes over")
		// "an emergency Security Council meeting", "a British request": a mention
		// after an indefinite article is a modifier of the noun after it
		k := s.mst[m] - 1
		for n := 0; n < 2 && k > 0 && s.toks[k].Kind == dyad.Word && s.actor[k] < 0 && !s.isDet(k) && !s.isPrep(k) && !s.verbForm(k) && !s.hard(k); n++ {
			k--
		}
		if s.inAt("indefinite", k) && s.actor[k] < 0 {
			return fmt.Sprintf("a noun after %q and the mention %q", s.toks[k].Text, s.mtext([]int{m}))
		}
		if s.lx.lang == "en" && base && s.mst[m] == i-1 && s.a.Actors[s.ments[m]].Kind == "country" && !strings.HasSuffix(s.norm(i-1), "s") && s.inAt("nounmark", i-2) {
			// "condemned the Russian strike on a hospital", "the US
			// attack": a base form after an article and a singular country
			// word is no finite verb (English)
			return fmt.Sprintf("a noun after %q and the country word %q", s.toks[i-2].Text, s.mtext([]int{m}))
		}
	}
	if m := s.actor[i-1]; (base || sForm) && s.countryAfterPrep(i) {
		return fmt.Sprintf("a noun after %q and the country word %q", s.toks[s.mst[m]-1].Text, s.mtext([]int{m}))
	}
	prev := s.norm(i - 1)
	plainPrev := s.toks[i-1].Kind == dyad.Word && s.actor[i-1] < 0 && !s.verbForm(i-1)
	// after an article and a base form used as a modifier: "a bomb
	// attack", "the peace plan"
	if (base || sForm) && i > 1 && s.toks[i-1].Kind == dyad.Word && s.actor[i-1] < 0 && (s.inAt("nounmark", i-2) || s.inAt("det", i-2)) && !s.inAt("infto", i-2) {
		for _, g := range s.ids[i-1] {
			if g.tag&(tagPast|tagPart|tagGer|tagFut|tagCond) == 0 && !strings.HasSuffix(prev, "s") && s.lx.verbWord(g.word) && !s.lx.in("neg", prev) {
				return fmt.Sprintf("a noun after %q %q", s.toks[i-2].Text, s.toks[i-1].Text)
			}
		}
	}
	// an adjective before mentions or names: "recent US Predator attacks"
	if (base || sForm) && (s.actor[i-1] >= 0 || capital(s.toks[i-1].Text)) {
		k := i - 1
		for n := 0; n < 6 && k > 0 && (s.actor[k] >= 0 || capital(s.toks[k].Text) && s.toks[k].Kind == dyad.Word); n++ {
			k--
		}
		if k >= 0 && k < i-1 && s.inAt("adjective", k) && s.actor[k] < 0 {
			return fmt.Sprintf("a noun after %q and a name", s.toks[k].Text)
		}
	}
	// after an adjective
	if (base || sForm) && s.toks[i-1].Kind == dyad.Word && s.actor[i-1] < 0 && s.lx.in("adjective", prev) && (i < 2 || !s.inAt("aux", i-2) && !s.inAt("passaux", i-2)) {
		return fmt.Sprintf("a noun after the adjective %q", s.toks[i-1].Text)
	}
	// capitalised inside a name: "the North American Free Trade Agreement"
	if capital(s.toks[i].Text) && i > 0 && !s.titleCase() {
		if s.toks[i-1].Kind == dyad.Word && s.actor[i-1] < 0 && i > 1 && capital(s.toks[i-1].Text) && !s.verbForm(i-1) {
			return fmt.Sprintf("capitalised after %q: inside a name", s.toks[i-1].Text)
		}
		if i+1 < len(s.toks) && s.toks[i+1].Kind == dyad.Word && s.actor[i+1] < 0 && capital(s.toks[i+1].Text) {
			return fmt.Sprintf("capitalised before %q: inside a name", s.toks[i+1].Text)
		}
	}
	// -s form after a plural noun: "human rights abuses"
	if sForm && plainPrev && len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") &&
		!strings.HasSuffix(prev, "us") && !strings.HasSuffix(prev, "is") && !s.hard(i-1) && !s.lx.in("det", prev) &&
		!s.lx.in("nounmark", prev) && !s.lx.in("passaux", prev) && !s.lx.in("aux", prev) && !s.lx.in("pronoun", prev) {
		return fmt.Sprintf("a noun after the plural %q", s.toks[i-1].Text)
	}
	// -s form before an auxiliary or a finite verb: "clashes were continuing"
	if sForm && i+1 < len(s.toks) && s.actor[i+1] < 0 && !(s.openingName(i-1) && !s.lx.in("eventplural", nm) && s.adjectivalParticiple(i+1)) {
		// (right after a capitalised actor opening the clause and before
		// a participle qualifying a noun, the -s form is the verb: "Egypt
		// pardons jailed activists"; not a usual event plural, "Israeli
		// strikes killed civilians", `eventplural`)
		nx := s.norm(i + 1)
		if s.lx.in("passaux", nx) && nx != "be" && nx != "been" && nx != "being" || s.lx.in("aux", nx) || s.lx.in("future", nx) && nx != "plans" && nx != "plan" || s.lx.in("hypothetical", nx) || s.finitePastAt(i+1) {
			return fmt.Sprintf("a plural noun before the verb %q", s.toks[i+1].Text)
		}
	}
	// participle as an adjective before a noun
	if (part || ger) && i+1 < len(s.toks) && s.toks[i+1].Kind == dyad.Word && !s.isPrep(i+1) && !s.inAt("det", i+1) &&
		!s.hard(i+1) && !s.inAt("conj", i+1) && (s.actor[i+1] >= 0 || !s.verbForm(i+1)) {
		switch {
		case s.lx.in("nounmark", prev) || s.lx.in("det", prev):
			return fmt.Sprintf("an adjective after %q before a noun", s.toks[i-1].Text)
		case part && strings.HasSuffix(prev, "ly") && s.actor[i-1] < 0 && (i < 2 || s.inAt("det", i-2) || s.inAt("nounmark", i-2) ||
			s.isPrep(i-2) || s.toks[i-2].Kind != dyad.Word && s.norm(i-2) != "\""):
			// (not after a subject: "agents sexually abused immigrants")
			return fmt.Sprintf("an adjective after the adverb %q before a noun", s.toks[i-1].Text)
		case part && s.actor[i-1] < 0 && s.verbBefore(i-1):
			return fmt.Sprintf("an adjective after the verb %q before a noun", s.toks[i-1].Text)
		case part && s.lx.lang == "en" && s.baseVerbAfterSubject(i-1):
			// failsen: "demanded that Russia return deported children",
			// "urged Iran to free detained journalists"
			return fmt.Sprintf("an adjective after the verb %q before a noun", s.toks[i-1].Text)
		}
	}
	// a list of nouns: "the disarmament, registration and storage of"
	if (base || ger || sForm) && (s.lx.in("conj", prev) || prev == ",") {
		j := i - 2
		for n := 0; n < 4 && j > 0; n++ {
			if s.toks[j].Kind != dyad.Word || s.actor[j] >= 0 || s.verbBefore(j) {
				break
			}
			b := s.norm(j - 1)
			if (s.lx.in("det", b) || s.lx.in("nounmark", b)) && n > 0 {
				// (a list of at least three: "the constitution and
				// arresting" is a coordination of clauses)
				return fmt.Sprintf("a noun in a list after %q", s.toks[j-1].Text)
			}
			if b != "," && !s.lx.in("conj", b) {
				break
			}
			j -= 2
		}
	}
	return ""
}

// openingName reports an actor mention ending at token k, capitalised and
// opening its clause (only determiners before it).
func (s *sent) openingName(k int) bool {
	if k < 0 || s.actor[k] < 0 {
		return false
	}
	st := s.mst[s.actor[k]]
	if !capital(s.toks[st].Text) {
		return false
	}
	j := st - 1
	for j >= 0 && s.isDet(j) {
		j--
	}
	return j < 0 || s.hard(j)
}

// adjectivalParticiple reports a past participle at k directly followed by
// a word that is no determiner, preposition or verb form, or by an actor
// ("jailed activists", "detained French tourists").
func (s *sent) adjectivalParticiple(k int) bool {
	if k+1 >= len(s.toks) || s.actor[k] >= 0 {
		return false
	}
	part := false
	for _, f := range s.ids[k] {
		if f.tag&tagPart != 0 {
			part = true
		}
	}
	if !part {
		return false
	}
	if s.actor[k+1] >= 0 {
		return true
	}
	return s.toks[k+1].Kind == dyad.Word && !s.isDet(k+1) && !s.isPrep(k+1) && !s.verbForm(k+1) && !s.hard(k+1)
}

// titleCase reports a sentence written in title case (a headline: "Russia
// Attacks Ukraine"), where capitals say nothing about names: more than
// its words of three letters or more after the first, capitalised ones
// are at least three times as many as lower-case ones.
func (s *sent) titleCase() bool {
	low, c := 0, 0
	for k := 1; k < len(s.toks); k++ {
		if t := s.toks[k].Text; s.toks[k].Kind == dyad.Word && len(t) >= 3 {
			if capital(t) {
				c++
			} else {
				low++
			}
		}
	}
	return c >= 3*low
}

// bareNounSubject reports an English finite verb at i right after a plain
// plural noun that no actor mention precedes ("as shells continued", "when
// clashes erupted"): its subject is that noun, not an actor further left.
func (s *sent) bareNounSubject(i int) bool {
	if i < 2 || s.possessorSubject(i) != nil {
		// (enreal.go: "said its air strikes killed": the owner acts)
		return false
	}
	k := i - 1
	t, nm := s.toks[k].Text, s.norm(k)
	if s.toks[k].Kind != dyad.Word || s.actor[k] >= 0 || capital(t) || len(nm) <= 3 || !strings.HasSuffix(nm, "s") ||
		strings.HasSuffix(nm, "ss") || strings.HasSuffix(nm, "us") || strings.HasSuffix(nm, "is") {
		return false
	}
	for _, l := range []string{"det", "nounmark", "pronoun", "aux", "passaux", "neg", "stop", "conj", "sayverb", "future", "hypothetical", "reported"} {
		if s.lx.in(l, nm) {
			return false
		}
	}
	if s.isPrep(k) || s.verbBefore(k) {
		return false
	}
	// the noun's own modifiers: an actor among them ("Palestinian rocket
	// attacks killed") or a participle before it ("aircraft using guided
	// missiles killed": the noun is that participle's object) give the
	// subject back to the actor
	for j, n := k-1, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
		if s.actor[j] >= 0 || strings.HasSuffix(s.norm(j), "ing") || s.verbBefore(j) {
			return false
		}
		// the noun is a conjunct of a subject that names an actor ("Saudi
		// Arabia and its allies launched air strikes", "Israel and allied
		// militias attacked"): the coordination, not the bare noun, is the
		// subject
		c := j
		if s.isDet(c) && c > 0 {
			c--
		}
		if s.inAt("conj", c) && c > 0 && s.actor[c-1] >= 0 {
			return false
		}
		if s.toks[j].Kind != dyad.Word || s.isDet(j) || s.isPrep(j) || s.hard(j) || s.inAt("conj", j) || s.inAt("subord", j) {
			break
		}
	}
	finite := false
	for _, f := range s.ids[i] {
		if f.tag&tagPast != 0 && f.tag&tagPart == 0 || f.tag&(tagPast|tagPart) == tagPast|tagPart && !s.inAt("passaux", k) || f.tag == 0 {
			finite = true
		}
	}
	return finite
}

// clitic reports the possessive clitic "'s" (or a bare "'" after a plural).
func (s *sent) clitic(k int) bool {
	return s.inAt("possclitic", k)
}

// finitePastAt reports a past form of a pattern verb at k.
func (s *sent) finitePastAt(k int) bool {
	if s.actor[k] >= 0 {
		return false
	}
	for _, f := range s.ids[k] {
		if f.tag&tagPast != 0 && s.lx.verbWord(f.word) {
			return true
		}
	}
	return false
}

// finitePast reports an English past form of a pattern verb at k that
// follows its subject (a mention or a plain word, not an article or
// preposition): "troops violated".
func (s *sent) finitePast(k int) bool {
	if s.actor[k] >= 0 || k == 0 {
		return false
	}
	past := false
	for _, f := range s.ids[k] {
		if f.tag&tagPast != 0 && s.lx.verbWord(f.word) {
			past = true
		}
	}
	if !past {
		return false
	}
	j := k - 1
	return s.actor[j] >= 0 && s.men[s.actor[j]] == k
}

// gerundAt reports an -ing form of a pattern verb at j ("regaining
// control", "providing aid": the base form after it is its object).
func (s *sent) gerundAt(j int) bool {
	if s.actor[j] >= 0 {
		return false
	}
	for _, f := range s.ids[j] {
		if f.tag&tagGer != 0 && s.lx.verbWord(f.word) {
			return true
		}
	}
	return false
}

// plainAfterModifier reports a present-tense (or English base) verb form at
// i that follows an article or preposition and one plain word: "its
// fisheries dispute", "in ethnic riots", "la situation critique".
func (s *sent) plainAfterModifier(i int, f formInfo) bool {
	if s.crowdVerb(i) {
		return false // "tens of thousands protest" (headline_en.go)
	}
	if s.firstInfinitive(i) >= 0 {
		return false // enreal.go: "to end the violence and release prisoners"
	}
	if s.toks[i-1].Kind != dyad.Word || s.actor[i-1] >= 0 || s.actor[i-2] >= 0 || s.verbForm(i-1) || s.inAt("neg", i-1) {
		return false
	}
	k := i - 2
	if s.lx.lang == "en" && k > 0 && !s.inAt("nounmark", k) && !s.inAt("det", k) && !s.isPrep(k) &&
		s.toks[k].Kind == dyad.Word && s.actor[k] < 0 && s.actor[k-1] < 0 && !s.inAt("neg", k) && !strings.HasSuffix(s.norm(k), "ly") &&
		(s.inAt("nounmark", k-1) || s.inAt("det", k-1)) {
		// "a suspected weapons supply": two modifiers after the article
		k--
	}
	if !s.inAt("nounmark", k) && !s.inAt("det", k) && !s.isPrep(k) {
		return false
	}
	switch s.lx.lang {
	case "en":
		// (not after a modal: "the offensive must stop")
		return f.tag&(tagPast|tagPart|tagGer) == 0 && !strings.HasSuffix(s.norm(i-1), "ly") && !s.inAt("infto", k) &&
			!s.inAt("must", i-1) && !s.inAt("hypothetical", i-1) && !s.inAt("modal", i-1) // (nor "the bloc would give", enlong)
	case "fr":
		// "critique" is also the folded participle "critiqué": without é it is the present
		past := f.tag&(tagPast|tagPart) != 0 && !(f.tag&tagAcc != 0 && !strings.ContainsAny(s.toks[i].Text, "éÉ"))
		return f.tag&(tagInf|tagGer|tagFut|tagCond) == 0 && !past && !s.inAt("verbglue", i-1) &&
			!s.inAt("comp", i-2) && !s.inAt("pronoun", i-1)
	}
	return false
}

// nounAfterModifier (English): a verb form right after an actor mention, a
// determiner or a capitalised adjective is a noun ("shelled Kurdish
// positions in northern Syria", "rebel positions", "its strikes"): it does
// not end the search for the place.
func (s *sent) nounAfterModifier(k int) bool {
	return s.lx.lang == "en" && k > 0 && (s.actor[k-1] >= 0 || s.inAt("nounmark", k-1) || capital(s.toks[k-1].Text) ||
		// "struck an apartment block in Dnipro": an article and a plain noun before
		k > 1 && s.inAt("nounmark", k-2) && s.toks[k-1].Kind == dyad.Word && s.actor[k-1] < 0 && !s.verbForm(k-1))
}

// reducedRelative (English) reports a past participle without auxiliary
// that qualifies the noun before it (a reduced relative clause), so is no
// finite verb with a subject of its own:
//   - after a plain noun that a preposition or a verb governs, with no
//     object after it: "according to a new study submitted to the
//     committee", "rejected a plan drafted by ..."; after such a noun and a
//     comma: "in the Palmer Strait, disputed by Chile and Bolivia" (a
//     noun governed so is no subject; the verbs of saying, `clauseverb`,
//     take a clause: "said the army withdrew from");
//   - after an actor mention, with no object, when the clause's own verb
//     follows: "police deployed in the city arrested dozens", "troops sent
//     to the border attacked" (not with its agent: "rebels backed by
//     Rwanda seized" is a passive of its own, which does not stop the
//     subject search);
//   - a word-for-word reading of the participle ("angered_by") right
//     after a noun: "hackers angered by the ruling have defaced": its
//     participle reading is the reduced passive, which leaves the subject
//     search of the main verb free.
func (s *sent) reducedRelative(i int, f formInfo) string {
	if s.lx.lang != "en" || i < 1 || f.tag&tagGer != 0 {
		return ""
	}
	if f.tag&^tagInf == 0 {
		// a literal member read as a base form: only when the token is
		// also a participle, right after a noun, without auxiliary, and
		// its agent follows
		if i+1 >= len(s.toks) || s.norm(i+1) != s.lx.agentPrep() {
			return ""
		}
		part := false
		for _, g := range s.ids[i] {
			if g.tag&tagPart != 0 && g.word != f.word {
				part = true
			}
		}
		if !part || s.toks[i-1].Kind != dyad.Word || s.inAt("passaux", i-1) || s.inAt("aux", i-1) || s.inAt("neg", i-1) ||
			!(s.actor[i-1] >= 0 || s.plainNoun(i-1)) {
			return ""
		}
		return fmt.Sprintf("a participle after %q without auxiliary: its participle reading decides", s.toks[i-1].Text)
	}
	if f.tag&tagPart == 0 {
		return ""
	}
	if n := i + 1; n < len(s.toks) && !(s.isPrep(n) || s.hard(n) || s.norm(n) == "," || s.inTime(n)) {
		// an object after it: a finite verb ("the group attacked a convoy")
		return ""
	}
	if n := i + 1; n+1 < len(s.toks) && s.governing(i) && s.isComp(n) && s.verbForm(n+1) {
		// an intent, appeal or refusal word with its infinitive ("South
		// Korea and Japan agreed to resume talks suspended in 2011"): a
		// finite verb, though a participle follows
		return ""
	}
	if s.appealToActorInf(i) { // par21en.go: "called on Egypt to free prisoners held ..."
		return ""
	}
	if m := s.actor[i-1]; m >= 0 && s.men[m] == i {
		if pb := s.prepBefore(s.mst[m]); pb >= 0 && s.inAt("genitive", pb) && s.mainVerbBefore(pb) {
			// "called for the release of the French journalist detained
			// in Algeria": a noun phrase after "of" is no subject; the
			// participle after it qualifies it
			return fmt.Sprintf("a participle qualifying %q after %q (reduced relative)", s.mtext([]int{m}), s.toks[pb].Text)
		}
		if v := s.mainVerbAfter(i); v > 0 {
			return fmt.Sprintf("a participle qualifying the mention %q before the verb %q (reduced relative)", s.mtext([]int{m}), s.toks[v].Text)
		}
		if s.objectMentionBefore(m) {
			// "to release the French nationals detained in Tehran"
			// (pairs2.go)
			return fmt.Sprintf("a participle qualifying the mention %q, the object of the verb before it (reduced relative)", s.mtext([]int{m}))
		}
		return ""
	}
	if i < 2 {
		return ""
	}
	k := i - 1
	if s.norm(k) == "," {
		k--
	}
	if k < 1 || !s.plainNoun(k) || s.inTime(k) || s.inAt("timeunit", k) && s.inAt("timedet", k-1) {
		// (not a time: "the Commission on Friday declined to comment";
		// "since April last year, rejected", where timex dates "April
		// last" only, enlong)
		return ""
	}
	// back over the noun phrase to its article or preposition
	j := k
	for n := 0; n < 5 && j > 0; n++ {
		p := j - 1
		if s.isDet(p) || s.isPrep(p) {
			break
		}
		if m := s.actor[p]; m >= 0 && s.mst[m] > 0 {
			j = s.mst[m]
			continue
		}
		if !s.plainNoun(p) {
			return ""
		}
		j = p
	}
	p := j - 1
	for n := 0; n < 2 && p > 0 && s.isDet(p); n++ {
		p--
	}
	if p < 1 || s.actor[p] >= 0 {
		return ""
	}
	switch {
	case s.isPrep(p) && !s.inAt("subord", p) && !s.inAt("genitive", p) && s.clauseVerbBefore(p):
		// (a verb of the clause before the preposition: else the phrase
		// may qualify the subject, "protesters in the capital marched to")
		return fmt.Sprintf("a participle qualifying the noun %q after %q (reduced relative)", s.toks[k].Text, s.toks[p].Text)
	case !s.isPrep(p) && (s.verbBefore(p) || s.gerundAt(p)) && !s.inAt("clauseverb", p):
		// (or of a gerund: "guilty of breaking the trade accord
		// signed in May")
		return fmt.Sprintf("a participle qualifying %q, the object of %q (reduced relative)", s.toks[k].Text, s.toks[p].Text)
	}
	return ""
}

// plainNoun reports a word at k that may be a noun of a noun phrase: no
// actor mention, determiner, preposition, conjunction, auxiliary, modal,
// negation, pronoun, relative, clause limit or -ly adverb, and no past
// form of a pattern verb ("plan" is a noun: "the plan proposed by").
func (s *sent) plainNoun(k int) bool {
	nm := s.norm(k)
	if s.toks[k].Kind != dyad.Word || s.actor[k] >= 0 || s.hard(k) || s.isDet(k) || s.isPrep(k) || s.lx.endsIn("adverbsuffix", nm) || s.verbBefore(k) {
		return false
	}
	for _, l := range []string{"conj", "aux", "passaux", "neg", "pronoun", "rel", "modal", "nounmark", "firstperson", "sayverb"} {
		if s.lx.in(l, nm) {
			return false
		}
	}
	return true
}

// clauseVerbBefore reports a verb (a form of a pattern verb or an
// auxiliary, outside actor mentions) before token p inside its clause
// (not past a comma, a conjunction, "that" or a relative pronoun, which
// may open a clause with its own subject: "announced that soldiers on the
// border pulled back to").
func (s *sent) clauseVerbBefore(p int) bool {
	for j := p - 1; j >= 0 && !s.hard(j); j-- {
		if s.actor[j] >= 0 {
			continue
		}
		if nm := s.norm(j); nm == "," || s.lx.in("conj", nm) || s.lx.in("clausecomp", nm) || s.lx.in("rel", nm) {
			return false
		}
		if nm := s.norm(j); s.lx.in("aux", nm) || s.lx.in("passaux", nm) || s.lx.in("future", nm) || s.lx.in("hypothetical", nm) || s.verbBefore(j) {
			return true
		}
	}
	return false
}

// mainVerbAfter returns the finite verb of the clause after a participle
// at i that qualifies the mention before it ("police deployed in the city
// arrested dozens": "arrested"; "hackers angered by the ruling have
// defaced": "have"), or -1: none before a clause limit, a comma, a
// conjunction or a relative ("deployed in the city and arrested" is the
// verb itself), none after a pronoun or a noun phrase no preposition
// introduces (the subject of a clause of its own: "said Friday he was"),
// none after a verb of saying, none when an actor agent follows the
// participle (its passive reading), and only a verb with an object or an
// auxiliary.
func (s *sent) mainVerbAfter(i int) int {
	if n := i + 1; n+1 < len(s.toks) && s.norm(n) == s.lx.agentPrep() {
		k := n + 1
		for d := 0; d < 2 && k+1 < len(s.toks) && s.isDet(k); d++ {
			k++
		}
		if s.actor[k] >= 0 {
			return -1
		}
	}
	if s.inAt("clauseverb", i) {
		// "said in an interview he was": a verb of saying takes a clause
		return -1
	}
	for k := i + 1; k < len(s.toks) && k <= i+15; k++ {
		nm := s.norm(k)
		if s.hard(k) || nm == "," || s.lx.in("conj", nm) || s.lx.in("rel", nm) || s.lx.in("clausecomp", nm) || s.lx.in("pronoun", nm) || s.lx.in("firstperson", nm) {
			return -1
		}
		if s.lx.in("subord", nm) && s.subordClause(k) {
			// "The Philippines protested to China after its coast guard
			// fired ...": the verb after "after|as|since ..." and its
			// subject belongs to a subordinate clause, not to the clause
			// of the participle
			return -1
		}
		if k > i+1 && s.isDet(k) && !s.isPrep(k-1) && !s.isDet(k-1) && !s.inAt("approx", k-1) {
			// a noun phrase no preposition introduces: the subject of a
			// clause of its own ("said in Paris the government was")
			return -1
		}
		if s.actor[k] >= 0 {
			if s.prepBefore(s.mst[s.actor[k]]) < 0 {
				return -1
			}
			k = s.men[s.actor[k]] - 1
			continue
		}
		if (s.lx.in("aux", nm) || s.lx.in("passaux", nm) || s.lx.in("modal", nm)) && !s.isDet(k-1) {
			return k
		}
		if s.verbBefore(k) && k+1 < len(s.toks) && !s.isDet(k-1) && !s.inAt("nounmark", k-1) && !s.isPrep(k-1) && !s.prepModifier(k) && !s.possessedForm(k) {
			if n := k + 1; s.isDet(n) || s.actor[n] >= 0 || s.toks[n].Kind == dyad.Word && !s.isPrep(n) && !s.hard(n) && !s.inAt("conj", n) {
				return k
			}
		}
	}
	return -1
}

// prepModifier reports a past form at k right after a preposition and one
// plain word: an adjective inside the prepositional phrase ("apologized to
// South Korea for wartime forced labor"), not the clause's own verb
// (ensub).
func (s *sent) prepModifier(k int) bool {
	return k >= 2 && s.isPrep(k-2) && s.actor[k-1] < 0 && s.toks[k-1].Kind == dyad.Word && !s.inTime(k-1)
}

// subordClause reports a subordinating word at k ("after", "as", "since":
// the subord list) that opens a clause of its own: a subject (an actor
// mention, up to three plain nouns, or both, after at most two determiners)
// followed by a past verb form ("after its coast guard fired", "as troops
// withdrew"), not a noun phrase ("after the attack").
func (s *sent) subordClause(k int) bool {
	j := k + 1
	for d := 0; d < 2 && j < len(s.toks) && s.isDet(j); d++ {
		j++
	}
	if j >= len(s.toks) {
		return false
	}
	named := false
	if m := s.actor[j]; m >= 0 {
		// (an adjectival mention heads its noun: "after Chinese ships
		// rammed")
		j, named = s.men[m], true
	}
	if !named && j+1 < len(s.toks) && s.verbBefore(j) && s.plainNoun(j+1) {
		// a participle before a noun is its modifier: "after the
		// disputed election results were announced"
		j++
	}
	n := 0
	for ; n < 3 && j < len(s.toks) && s.plainNoun(j); n++ {
		j++
	}
	if n == 0 && !named {
		return false
	}
	if s.ppThenVerb(j) {
		// one prepositional phrase on the subject: "after talks in Doha
		// broke down" (framesen.go)
		return true
	}
	// (or an auxiliary: "after the results were announced")
	return j < len(s.toks) && (s.verbBefore(j) || s.inAt("passaux", j) || s.inAt("aux", j))
}

// subordSubject returns the subject of an English verb at p that opens a
// subordinate clause after "after|as|since|before|until|once" (the subord
// list): the actor mention right before the verb, possibly heading plain
// nouns ("after Britain expelled Russian diplomats", "after Chinese ships
// rammed"), when only determiners stand between the subordinating word
// and the mention. The general search reads "after Britain" as a
// prepositional phrase and goes on to an actor of the main clause
// ("Russia withdrew its ambassador after Britain expelled": the
// ambassador). nil otherwise.
func (s *sent) subordSubject(p int) []int {
	if s.lx.lang != "en" || p < 2 || !s.verbBefore(p) {
		return nil
	}
	k := p - 1
	for n := 0; n < 3 && k > 0 && s.plainNoun(k); n++ {
		k--
	}
	m := s.actor[k]
	if m < 0 || s.men[m] != k+1 {
		return nil
	}
	j := s.mst[m] - 1
	for d := 0; d < 2 && j > 0 && s.isDet(j) && !s.inAt("possessive", j); d++ {
		j--
	}
	if j < 0 || !s.inAt("subord", j) {
		return nil
	}
	if s.trace() {
		s.tracef("  %q opens a clause after %q: its subject is %s", s.toks[p].Text, s.toks[j].Text, s.mtext([]int{m}))
	}
	return s.group(m)
}

// ownObject reports an English verb at i followed by a direct object that
// is neither an actor nor a noun of mutual fighting (the recipobject list:
// "exchanged fire", "fought fierce battles"): "U.S. and British warplanes
// bombed targets in Baghdad", "Russian and Syrian jets bombed rebel-held
// areas" — the coordinated subjects attack something together, they do
// not fight each other (the mutual reading of fighting codes, 19x, with
// no target named). The object is read over at most two determiners or
// modifiers before its noun.
func (s *sent) ownObject(i int) bool {
	if s.lx.lang != "en" {
		return false
	}
	k := i + 1
	for n := 0; n < 4 && k < len(s.toks); n, k = n+1, k+1 {
		nm := s.norm(k)
		if s.toks[k].Kind != dyad.Word || s.hard(k) || s.actor[k] >= 0 || s.isPrep(k) || s.lx.in("conj", nm) || s.lx.in("recip1", nm) {
			return false
		}
		if s.lx.in("recipobject", nm) {
			return false
		}
		if s.isDet(k) {
			continue
		}
		if !s.plainNoun(k) {
			return false
		}
		// a plain noun: the object's head unless a fight noun follows
		// within the phrase ("heavy artillery fire")
		for j := k + 1; j < len(s.toks) && j <= k+2 && s.plainNoun(j); j++ {
			if s.inAt("recipobject", j) {
				return false
			}
		}
		return true
	}
	return false
}

// baseVerbAfterSubject reports an English base-form verb at j (no
// auxiliary) right after a subject mention, "to" or a modal: the verb
// whose object a following participle qualifies ("Russia return deported
// children", "to free jailed activists"; failsen round).
func (s *sent) baseVerbAfterSubject(j int) bool {
	if j < 1 || s.actor[j] >= 0 || s.toks[j].Kind != dyad.Word {
		return false
	}
	nm := s.norm(j)
	if s.lx.in("aux", nm) || s.lx.in("passaux", nm) || s.lx.in("verbglue", nm) || s.lx.in("future", nm) || s.lx.in("hypothetical", nm) || s.lx.in("must", nm) {
		return false
	}
	base := false
	for _, f := range s.ids[j] {
		if f.tag&^tagInf == 0 && s.lx.verbWord(f.word) && !strings.HasSuffix(nm, "s") {
			base = true
		}
	}
	if !base {
		return false
	}
	p := s.norm(j - 1)
	return s.actor[j-1] >= 0 || s.lx.in("baseverbmark", p) || s.lx.in("hypothetical", p) || s.lx.in("must", p)
}

// chargeGerund drops an English gerund event after "for" that follows a
// verb of the chargeverb list in its clause ("a teacher was detained in
// Iran for cooperating with a foreign agency", "jailed for spying for X"):
// the act is the charge or the reason of the sanction, which the text
// does not assert; and one right after a verb of the considerverb list
// ("is considering giving cash to X": an option; dyad <round enprec>).
func (s *sent) chargeGerund(keep []bool) {
	if s.lx.lang != "en" {
		return
	}
	for b := range s.cands {
		cb := &s.cands[b]
		k := cb.anchor
		if !keep[b] || cb.p.noun || k < 2 || !s.gerundAt(k) {
			continue
		}
		if s.inAt("considerverb", k-1) {
			// "Uganda is considering giving cash grants to the refugees":
			// an option weighed, not an act (CAMEO 014)
			keep[b] = false
			if s.trace() {
				s.tracef("  drop %s at %d: an option after %q", cb.p.id, k, s.toks[k-1].Text)
			}
			continue
		}
		if !s.inAt("chargeprep", k-1) {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-10 && !s.hard(j); j-- {
			if s.inAt("chargeverb", j) {
				keep[b] = false
				if s.trace() {
					s.tracef("  drop %s at %d: the charge after %q ... \"for\"", cb.p.id, k, s.toks[j].Text)
				}
				break
			}
		}
	}
}

// mainVerbBefore reports a verb form before token k in its clause (the
// mention after k is no subject of the sentence's first clause).
func (s *sent) mainVerbBefore(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if s.hard(j) {
			return false
		}
		if s.actor[j] < 0 && s.verbForm(j) {
			return true
		}
	}
	return false
}
