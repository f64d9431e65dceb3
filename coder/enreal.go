package coder

import "github.com/dyadproject/dyad"

// enreal round (2026-11-27): constructions of real English news sentences.

// timeEndsClause reports that the comma at k closes a clause ending with a
// time expression ("Rebels attacked the town on Sunday, residents said"):
// the time expression is no incise (no comma before it, as in "the
// execution, on Thursday, of"), so the comma after it counts as any other
// and the speaker of the attribution that follows is no object (English).
func (s *sent) timeEndsClause(k int) bool {
	if s.lx.lang != "en" || k < 1 || s.norm(k) != "," || !s.inTime(k-1) {
		return false
	}
	j := k - 1
	for j >= 0 && s.inTime(j) {
		j--
	}
	if j >= 0 && s.timePrep(j) {
		j--
	}
	return j >= 0 && s.norm(j) != ","
}

// placeBeforeRel reports that the mention m right before the relative
// pronoun at j is a place named after a place preposition ("an attack on a
// convoy in southern Lebanon that killed two soldiers"): a place is no
// antecedent of "that" or "which" (`placerel`); the clause's subject is the
// noun the place phrase belongs to, no actor (English).
func (s *sent) placeBeforeRel(m, j int) bool {
	if s.lx.lang != "en" || !s.inAt("placerel", j) || s.men[m] != j || s.mst[m] < 1 {
		return false
	}
	if s.a.Actors[s.ments[m]].Kind != "country" {
		return false
	}
	b := s.mst[m] - 1
	for n := 0; b > 0 && n < 3 && !s.isPrep(b) && s.actor[b] < 0 && s.toks[b].Kind == dyad.Word && !capital(s.toks[b].Text); n++ {
		// "in southern Lebanon", "in the north of": adjectives between
		b--
	}
	return s.inAt("placeprep", b) || s.inAt("placerelprep", b)
}

// brokeredBy reports a participle of a third party's act (`brokerpart`:
// mediated, brokered) followed by its agent ("in a swap mediated by the
// United Arab Emirates", "a truce brokered by Egypt"): though it qualifies
// the noun before it, it tells an act of its agent between the parties of
// the clause, not a reduced relative to skip (English).
func (s *sent) brokeredBy(i int, f formInfo) bool {
	if s.lx.lang != "en" || f.tag&tagPart == 0 || i+1 >= len(s.toks) || s.norm(i+1) != s.lx.agentPrep() {
		return false
	}
	return s.lx.in("brokerpart", s.lx.names[f.word])
}

// brokeredSubject returns, for the participle at p of a third party's act
// with its agent after it ("exchanged prisoners in a swap mediated by the
// United Arab Emirates"), the subject of the clause's verb before it: the
// parties between which the agent mediated, not the object before the
// participle (English; nil when there is none).
func (s *sent) brokeredSubject(p int) []int {
	if s.lx.lang != "en" || p+1 >= len(s.toks) || s.norm(p+1) != s.lx.agentPrep() || !s.lx.in("brokerpart", s.lemmaAt(p)) {
		return nil
	}
	for k := p - 1; k >= 0 && k >= p-25 && !s.hard(k); k-- {
		if k > 0 && (s.isDet(k-1) || s.isPrep(k-1) || s.inAt("subord", k-1)) {
			continue // "in a swap", "after talks": a noun
		}
		if s.actor[k] < 0 && s.verbForm(k) && s.lemmaAt(k) != "" && !s.lx.in("brokerpart", s.lemmaAt(k)) {
			return s.subject(k)
		}
	}
	return nil
}

// resultAfterComma reports, in English, a present participle right after a
// comma of a verb of casualties or damage (`resultverb`: "shelled Kharkiv,
// killing two civilians"): a result of the main clause, which CAMEO codes
// alone; the actor before the comma is the main verb's object, not the
// participle's subject (as the French branch of subject does).
func (s *sent) resultAfterComma(p int) bool {
	if s.lx.lang != "en" || p < 2 || s.norm(p-1) != "," || !s.gerundAt(p) {
		return false
	}
	l := s.lemmaAt(p)
	return l != "" && s.lx.in("resultverb", l)
}

// attributionIncise returns, for a verb of saying at k (`clauseverb`) whose
// clause is an incise between commas after a main clause ("Russian forces
// shelled the city, officials said, arresting ..."), the opening comma of
// the incise, else -1: a participle after the incise belongs to the main
// clause before it, not to the speaker (English).
func (s *sent) attributionIncise(k int) int {
	if s.lx.lang != "en" || !s.inAt("clauseverb", k) {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.norm(j) == "," {
			if j > 0 && j < k-1 {
				return j
			}
			return -1
		}
		if s.hard(j) || s.inAt("rel", j) {
			return -1
		}
	}
	return -1
}

// participleAfterComma gives, in English, the subject of a present
// participle right after a comma when this round decides it (ok true):
// none for a result of the main clause (resultAfterComma: "shelled
// Kharkiv, killing two civilians"), and after an attribution incise
// (", the ministry said, accusing him of espionage") the subject of the
// main clause's verb before the incise, not the speaker nor the object.
func (s *sent) participleAfterComma(p int) ([]int, bool) {
	if s.lx.lang != "en" || p < 3 || s.norm(p-1) != "," || !s.gerundAt(p) {
		return nil, false
	}
	res := s.resultAfterComma(p)
	if s.compSoon(p) && res && !s.partitiveSoon(p) {
		// (not the partitive of a quantity: "injuring dozens of
		// soldiers" is a result too, par16en.go)
		return nil, false
	}
	if res {
		if s.trace() {
			s.tracef("  %q after a comma: a result of the main clause, no subject of its own", s.toks[p].Text)
		}
		return nil, true
	}
	if g := s.sayingAfterComma(p); g != nil { // enlong.go
		return g, true
	}
	o := s.attributionIncise(p - 2)
	if o < 0 {
		return nil, false
	}
	for k := o - 1; k >= 0 && k >= o-30 && !s.hard(k); k-- {
		if s.actor[k] < 0 && !s.isPrep(k) && !(k > 0 && s.isDet(k-1)) && (s.inAt("aux", k) || s.verbForm(k) && s.finiteAt(k)) {
			if g := s.subject(k); g != nil {
				if s.trace() {
					s.tracef("  %q after the attribution %q: subject of the main clause", s.toks[p].Text, s.toks[p-2].Text)
				}
				return g, true
			}
			return nil, false
		}
	}
	return nil, false
}

// patientGenitive reports, in English, "of" at k after a noun of an act
// done to someone (`patientnoun`: "Israel's bombing of Rafah", "the
// killing of X", "the invasion of Ukraine"): the genitive names the act's
// victim, not its author, so it is no owner of the object a criticism
// targets; "by X" still names the author.
//
// "on|upon" after a strike or an attack (`patientprep`, `patientonnoun`:
// "the strike on a Gaza hospital") names the victim as well (enheld2).
func (s *sent) patientGenitive(k int) bool {
	if s.lx.lang != "en" || k <= 0 || k >= len(s.toks) {
		return false
	}
	w, h := s.norm(k), s.norm(k-1)
	return s.lx.in("genitive", w) && s.lx.in("patientnoun", h) || s.lx.in("patientprep", w) && s.lx.in("patientonnoun", h)
}

// victimOfCriticism reports, in English, the default target m of a
// disapproval or protest (roots in `patientroot`: 11, 14) introduced by
// "of" after an act noun (patientGenitive: "denounced the bombardment of
// Rafah", "rallied against the invasion of Ukraine"): the victim of the
// act criticised is no target (CODING.md: criticism of an act without a
// named perpetrator is not coded); the place and force verbs keep it
// ("ordered the bombardment of Rafah").
func (s *sent) victimOfCriticism(code string, m int) bool {
	if s.lx.lang != "en" || len(code) < 2 || !s.lx.in("patientroot", code[:2]) || s.mst[m] < 1 {
		return false
	}
	k := s.mst[m] - 1
	for n := 0; n < 2 && k > 0 && s.isDet(k); n++ {
		k--
	}
	return s.patientGenitive(k) || s.custodyGenitive(k) // enarticle.go
}

// threatClauseSubject reports, in English, a default target m of a threat
// (roots in `clausesubjroot`: 13) that opens the "that" clause after the
// verb and is the source's own state ("Rubio warned that the United States
// would impose sanctions on Moscow"): the clause's subject is the one who
// would act, no target of the warning; the clause's own act is coded with
// its own actors. Another party stays the target ("Russia warned that NATO
// would face consequences").
func (s *sent) threatClauseSubject(code string, src []int, i, m int) bool {
	if s.lx.lang != "en" || len(code) < 2 || !s.lx.in("clausesubjroot", code[:2]) || s.mst[m] < 1 {
		return false
	}
	own := false
	for _, x := range src {
		if a, b := s.codes[x], s.codes[m]; len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3] && a[:3] != "---" {
			own = true
		}
	}
	if !own {
		return false
	}
	k := s.mst[m] - 1
	for n := 0; n < 2 && k > i && s.isDet(k); n++ {
		k--
	}
	if k <= i || !s.inAt("clausecomp", k) {
		return false
	}
	for j := i + 1; j < k; j++ {
		if s.actor[j] >= 0 {
			return false // "warned Moscow that ...": the addressee
		}
	}
	return true
}

// gerundAfterMention gives, in English, the subject of a present
// participle right after an actor mention, without a comma ("fired tear
// gas at students protesting outside parliament", "killed militants
// attacking a checkpoint"): the participle qualifies that mention, its
// subject; nil when p is no such participle.
func (s *sent) gerundAfterMention(p int) []int {
	if s.lx.lang != "en" || p < 2 || !s.gerundAt(p) || s.lemmaAt(p) == "" {
		return nil
	}
	m := s.actor[p-1]
	if m < 0 || s.men[m] != p || s.mst[m] < 1 {
		return nil
	}
	if pb := s.prepBefore(s.mst[m]); pb < 0 || !s.verbObjectOf(pb, m) {
		// (the object of a verb or of its preposition only: a subject
		// before its own progressive "X protesting" is no reduced clause)
		if pb >= 0 || !s.afterVerb(s.mst[m]) {
			return nil
		}
	}
	if s.trace() {
		s.tracef("  %q right after %s: the participle qualifies it, its subject", s.toks[p].Text, s.mtext([]int{m}))
	}
	return s.group(m)
}

// afterVerb reports a verb (with at most articles and adjectives between)
// right before token k: a mention there is that verb's object.
func (s *sent) afterVerb(k int) bool {
	j := k - 1
	for n := 0; n < 3 && j > 0 && (s.isDet(j) || s.inAt("quantity", j) || s.toks[j].Kind != dyad.Word); n++ {
		j--
	}
	return j >= 0 && s.actor[j] < 0 && s.verbForm(j) && !s.isDet(j-1)
}

// verbObjectOf reports that the preposition pb before mention m follows a
// verb's object or the verb ("fired tear gas at students"): the mention
// is inside the verb's phrase, not a subject.
func (s *sent) verbObjectOf(pb, m int) bool {
	for j := pb - 1; j >= 0 && j >= pb-6; j-- {
		if s.hard(j) || s.norm(j) == "," {
			return false
		}
		if s.actor[j] < 0 && s.verbForm(j) && !(j > 0 && s.isDet(j-1)) {
			return true
		}
	}
	return false
}

// possessedMeans returns, in English, for a verb at i right after "its" or
// "their" and a means of force (`possmeans`: "its air strikes killed",
// "their rockets hit"), the position of the possessive, else -1.
func (s *sent) possessedMeans(i int) int {
	for n := 0; n < 2 && i > 2 && (s.inAt("aux", i-1) || s.inAt("passaux", i-1)); n++ {
		i-- // "its air strikes had killed"
	}
	if s.lx.lang != "en" || i < 2 || !s.inAt("possmeans", i-1) || s.actor[i-1] >= 0 {
		return -1
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if s.inAt("ownposs", j) {
			return j
		}
		if s.actor[j] >= 0 || s.toks[j].Kind != dyad.Word || capital(s.toks[j].Text) || s.isPrep(j) || s.isDet(j) {
			return -1
		}
	}
	return -1
}

// possessorSubject gives the subject of a verb whose subject is a means of
// force owned by "its|their" (possessedMeans): the possessor, the subject
// of the verb of saying right before ("The Israeli military said its air
// strikes killed 20 fighters"), else the nearest actor before it.
func (s *sent) possessorSubject(i int) []int {
	j := s.possessedMeans(i)
	if j < 1 {
		return nil
	}
	k := j - 1
	if s.inAt("clausecomp", k) && k > 0 {
		k--
	}
	if s.actor[k] < 0 && s.verbForm(k) && (s.inAt("clauseverb", k) || s.inAt("sayverb", k)) {
		if g := s.subject(k); g != nil {
			if s.trace() {
				s.tracef("  subject of %q: the owner %q of the means, subject of %q", s.toks[i].Text, s.toks[j].Text, s.toks[k].Text)
			}
			return g
		}
		return nil
	}
	return nil
}

// addresseeBeforeFar returns, in English, for an appeal or a demand (roots
// in `addresseeroot`) whose pattern ends with far words, the actor between
// the verb and the first far word ("called on Myanmar's military
// government to end the violence and release political prisoners"): the
// addressee, not the first actor after the far words; -1 when none.
func (s *sent) addresseeBeforeFar(p *pattern, i int) int {
	code := p.code
	if s.lx.lang != "en" || p.noun || len(code) < 2 || !s.lx.in("addresseeroot", code[:2]) {
		return -1
	}
	// the first far word's token
	near := -1
	for _, e := range p.post {
		if e.kind == elWord && e.far {
			for k := i + 1; k < len(s.toks) && k <= i+20 && !s.hard(k); k++ {
				if s.actor[k] < 0 && s.matchAny(k, e.words) {
					near = k
					break
				}
			}
			break
		}
		if e.kind != elWord || !e.far {
			return -1 // a slot or a near word first: not this construction
		}
	}
	for k := i + 1; k < near && k < len(s.toks); k++ {
		if s.hard(k) || s.norm(k) == "," {
			return -1
		}
		m := s.actor[k]
		if m < 0 {
			continue
		}
		pb := s.prepBefore(s.mst[m])
		if pb < 0 || pb < i || s.lx.tprep[s.norm(pb)] || s.inAt("addresseeprep", pb) {
			return m
		}
		return -1
	}
	return -1
}

// ownerOfIntentNoun gives, in English, the subject of an infinitive after
// an intent noun owned by a possessive clitic (`infnoun`: "the government's
// decision to suspend talks", "Russia's refusal to withdraw"): the owner;
// nil otherwise (as nounOwnerSubject does for French "de X").
func (s *sent) ownerOfIntentNoun(p int) []int {
	if s.lx.lang != "en" || p < 4 || !s.inAt("infto", p-1) || !s.inAt("infnoun", p-2) || !s.inAt("possclitic", p-3) {
		return nil
	}
	m := s.actor[p-4]
	if m < 0 || s.men[m] != p-3 {
		return nil
	}
	if s.trace() {
		s.tracef("  infinitive %q after %s's %q: its owner is the subject", s.toks[p].Text, s.mtext([]int{m}), s.toks[p-2].Text)
	}
	return s.group(m)
}

// facilityTarget reports, in English, a use of force (roots 18-20,
// violence) whose pattern word names a military facility or unit of
// unknown country (`targetfacility`: "attacked a military base", "an army
// post", "a police checkpoint"): the victim, not the source's own forces,
// so the pattern word's mention is the target.
func (s *sent) facilityTarget(code string, m int) bool {
	if s.lx.lang != "en" || !violence(code) || m < 0 || s.men[m] < 1 {
		return false
	}
	return s.inAt("targetfacility", s.men[m]-1)
}

// headChainOwner returns, in English, for a genitive at k followed by a
// role noun and a second genitive ("the expulsion of the head of the U.N.
// mission", `genitivehead`), the actor after the second genitive: the
// role's holder stands for that body; else -1.
func (s *sent) headChainOwner(k int) int {
	if s.lx.lang != "en" || k+2 >= len(s.toks) || !s.inAt("genitive", k) {
		return -1
	}
	j := k + 1
	for n := 0; n < 2 && j < len(s.toks) && s.isDet(j); n++ {
		j++
	}
	if j+1 >= len(s.toks) || s.actor[j] >= 0 || !s.inAt("genitivehead", j) || !s.inAt("genitive", j+1) {
		return -1
	}
	for q := j + 2; q < len(s.toks) && q <= j+4; q++ {
		if m := s.actor[q]; m >= 0 {
			if s.mst[m] == q {
				return m
			}
			return -1
		}
		if !s.isDet(q) {
			return -1
		}
	}
	return -1
}

// firstInfinitive returns the infinitive after "to" that the base form at
// i, right after "and|or", continues, else -1 (English): the coordinated
// infinitive is a verb with the same governor ("urged the junta to end the
// violence and release political prisoners": both asked), not the last
// noun of "the violence and release"; not before "of" ("the arrest and
// release of").
func (s *sent) firstInfinitive(i int) int {
	if s.lx.lang != "en" || i < 4 || i+1 >= len(s.toks) || !s.inAt("conj", i-1) || s.inAt("genitive", i+1) {
		return -1
	}
	if s.pastNotBase(i) {
		// "threatened to reimpose sanctions on Myanmar and called on the
		// generals": a past form is no second infinitive (enarticle.go)
		return -1
	}
	for k := i - 2; k >= 1 && k >= i-9; k-- {
		if s.hard(k) || s.norm(k) == "," {
			return -1
		}
		if s.inAt("infto", k-1) && s.actor[k] < 0 && s.verbForm(k) && !s.isDet(k) {
			return k
		}
	}
	return -1
}
