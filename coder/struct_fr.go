// Clause structure rules, most of them French (some also read English
// through the cue lists): participles and passives, relative clauses,
// incises between commas, infinitives and finite verb groups, adverbs.

package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// participle reports a French past participle written with its accent
// ("jugé", "accusés") among the token's forms.
func (s *sent) participle(k int) bool {
	t := s.toks[k].Text
	if !strings.HasSuffix(t, "é") && !strings.HasSuffix(t, "és") && !strings.HasSuffix(t, "ée") && !strings.HasSuffix(t, "ées") {
		return false
	}
	for _, f := range s.ids[k] {
		if f.tag&tagPart != 0 {
			return true
		}
	}
	return false
}

// pastInfinitiveOf reports a French past infinitive at b governed by the
// verb at a with nothing but clitics and "avoir"/"être" between ("nie avoir
// attaqué"): its content is the governing verb's (a denial, a claim).
func (s *sent) pastInfinitiveOf(b, a int) bool {
	if s.lx.lang != "fr" || b-a < 2 || b-a > 7 {
		return false
	}
	aux := false
	for j := a + 1; j < b; j++ {
		nm := s.norm(j)
		if s.lx.in("infaux", nm) {
			aux = true
			continue
		}
		if !aux && s.actor[j] < 0 && s.inTime(j) {
			// "a annoncé mardi avoir suspendu"
			continue
		}
		if !s.lx.in("verbglue", nm) {
			return false
		}
	}
	return aux
}

// pastInfinitiveAt reports a French past infinitive starting at k:
// "avoir"/"être", at most two clitics or negation words, then a
// participle ("avoir versé", "avoir mis fin", "être entrés").
func (s *sent) pastInfinitiveAt(k int) bool {
	if s.lx.lang != "fr" || !s.inAt("infaux", k) {
		return false
	}
	j := k + 1
	for n := 0; n < 2 && j < len(s.toks) && s.actor[j] < 0 && s.inAt("verbglue", j) && !s.inAt("infaux", j); n++ {
		j++
	}
	return j < len(s.toks) && s.actor[j] < 0 && s.partForm(j)
}

// objectParticiple reports a French past participle at i, without
// auxiliary, followed by its agent, right after an actor mention that a
// preposition or a verb governs ("a proposé de remettre deux de ses
// ressortissants soupçonnés par l'Occident d'avoir"): a reduced relative
// on an object, which states no event of its own (as the English
// reducedRelative). A mention opening the clause or set off by a comma
// ("Le Pakistan, accusé par X de ...") keeps its passive.
func (s *sent) objectParticiple(i int, f formInfo) bool {
	if s.lx.lang != "fr" || i < 2 || !s.reducedPassive(i, f) || !s.participle(i) {
		return false
	}
	m := s.actor[i-1]
	if m < 0 || s.men[m] != i {
		return false
	}
	st := s.mst[m]
	if pb := s.prepBefore(st); pb >= 0 {
		// (not the complement of a noun, which the participle may
		// qualify: "l'arbitrage du gouvernement français sollicité par
		// la Bulgarie"; a number or quantity before "de" is no such
		// noun: "deux de ses ressortissants")
		return !(pb > 0 && s.inAt("genitive", pb) && s.toks[pb-1].Kind == dyad.Word && !s.inAt("numeral", pb-1) && !s.inAt("quantity", pb-1) && !s.isDet(pb-1))
	}
	k := st - 1
	for n := 0; k > 0 && n < 3 && s.isDet(k); n++ {
		k--
	}
	return k >= 0 && k < st-1 && s.actor[k] < 0 && s.verbForm(k) && !s.isDet(k)
}

// relInciseForward returns the comma that closes a relative clause opened
// by the comma at k (", qui soutient le régime syrien,"), -1 otherwise
// (French).
func (s *sent) relInciseForward(k int) int {
	if s.lx.lang != "fr" || k+2 >= len(s.toks) || s.norm(k) != "," || !s.inAt("rel", k+1) {
		return -1
	}
	return s.closingComma(k+2, k+15)
}

// closingComma returns the first comma from token from to token last
// (included), -1 when a hard boundary or the end comes first: the comma
// that closes an incise.
func (s *sent) closingComma(from, last int) int {
	for j := from; j < len(s.toks) && j <= last; j++ {
		if s.hard(j) {
			return -1
		}
		if s.norm(j) == "," {
			return j
		}
	}
	return -1
}

// inRelIncise reports a token inside a relative clause between commas
// (see relInciseForward).
func (s *sent) inRelIncise(a int) bool {
	for k := a - 1; k >= 0 && k >= a-15; k-- {
		if s.norm(k) == "," {
			return s.relInciseForward(k) > a
		}
	}
	return false
}

// hasRel reports a relative pronoun (`rel`, `objrel`) in the sentence,
// looked up once per sentence.
func (s *sent) hasRel() bool { return s.sentenceHas(&s.relFlag, "rel", "objrel") }

// relInciseBack returns the comma opening a relative clause between
// commas that the comma at j closes (", qui réclamaient la démission du
// gouvernement,"), -1 otherwise (French).
func (s *sent) relInciseBack(j int) int {
	if s.lx.lang != "fr" || j < 3 || s.norm(j) != "," {
		return -1
	}
	for k := j - 1; k > 0 && k >= j-15; k-- {
		if s.hard(k) {
			return -1
		}
		if s.norm(k) == "," {
			if k+1 < j && s.inAt("rel", k+1) {
				return k
			}
			return -1
		}
	}
	return -1
}

// participleComma returns the comma before a present participle at p, in
// French with at most two object pronouns between them (", menaçant de",
// ", l'accusant de", ", lui reprochant", ", accusing him of"); 0 when there
// is none.
func (s *sent) participleComma(p int) int {
	if p < 2 || !s.gerundAt(p) {
		return 0
	}
	k := p - 1
	for n := 0; n < 2 && k > 1 && s.actor[k] < 0 && (s.inAt("accclitic", k) || s.inAt("dativeclitic", k) || s.inAt("refl", k)); n++ {
		// (", s'attirant les critiques de X": the reflexive too)
		k--
	}
	if s.norm(k) != "," {
		return 0
	}
	return k
}

// participleObject returns, for a participle after a comma with an object
// pronoun (", lui demandant de"), the last actor of the main clause before
// the comma that no preposition other than a dative one introduces and
// that is not coded like the source src ("a appelé son homologue russe,
// lui demandant de"); -1 otherwise.
func (s *sent) participleObject(i int, src []int) int {
	c := s.participleComma(i)
	if c <= 0 || c == i-1 {
		return -1
	}
	for k := c - 1; k >= 0 && k >= c-12 && !s.hard(k) && s.norm(k) != ","; k-- {
		m := s.actor[k]
		if m < 0 {
			if s.verbForm(k) && !(k > 0 && s.isDet(k-1)) {
				return -1
			}
			continue
		}
		if pb := s.prepBefore(s.mst[m]); pb >= 0 && !s.inAt("dativeprep", pb) {
			return -1
		}
		for _, x := range src {
			if s.codes[x] == s.codes[m] {
				return -1
			}
		}
		return m
	}
	return -1
}

// passiveAt reports a participle at i after a passive auxiliary (été,
// est, sont ...) within three tokens.
func (s *sent) passiveAt(i int, f formInfo) bool {
	if f.tag&tagPart == 0 {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if s.inAt("passaux", j) {
			return !(j > 0 && s.inAt("refl", j-1)) && !s.etreCompound(i, j)
		}
		if s.hard(j) {
			break
		}
	}
	return false
}

// etreCompound reports a compound tense of a verb conjugated with être
// (`etreverb`: "sont parvenus", "est arrivé", "sont intervenues") at the
// participle i with the auxiliary j: active, not passive; after the
// passive auxiliary's own participle (`passpart`: "ont été arrivés") it
// stays passive.
func (s *sent) etreCompound(i, j int) bool {
	return s.lx.in("etreverb", s.lemmaAt(i)) && !s.inAt("passpart", j)
}

// pastInfinitive reports a complementiser followed by an infinitive
// between p and st ("de bouter", "à libérer").
func (s *sent) pastInfinitive(p, st int) bool {
	for k := p; k+1 < st; k++ {
		if s.isComp(k) && s.frenchInfinitive(k+1) {
			return true
		}
	}
	return false
}

// verbAfterSubject reports a French form at i that follows its subject: an
// actor mention or a subject pronoun (`pronoun`) right before it, with at
// most two clitics between (`neg_pre`, `refl`, `accclitic`,
// `dativeclitic`: "l'Iran ne les attaque"). A French noun would take a
// determiner there, so the form is the finite verb.
func (s *sent) verbAfterSubject(i int) bool {
	k := i - 1
	for n := 0; k > 0 && n < 2 && s.actor[k] < 0 && (s.inAt("neg_pre", k) || s.inAt("refl", k) || s.inAt("accclitic", k) || s.inAt("dativeclitic", k)); n++ {
		k--
	}
	if k < 0 || k == i-1 && s.isDet(k) {
		return false
	}
	if m := s.actor[k]; m >= 0 {
		return s.men[m] == k+1 && s.mst[m] >= 0
	}
	return s.inAt("pronoun", k)
}

// participleList reports a French participle at p right after a comma in
// a list of participles that "et" closes ("a critiqué l'OTAN, menacé la
// Pologne et rencontré le président biélorusse").
func (s *sent) participleList(p int) bool {
	if s.lx.lang != "fr" || p < 2 || s.norm(p-1) != "," || !s.partForm(p) {
		return false
	}
	for k := p + 1; k+1 < len(s.toks) && k <= p+20 && !s.hard(k); k++ {
		if s.inAt("conj", k) && s.partForm(k+1) {
			return true
		}
	}
	return false
}

// midGroup reports an auxiliary or a short adverb inside a French verb
// group ("avait ainsi déclaré").
func (s *sent) midGroup(j int) bool {
	return s.inAt("aux", j) || s.lx.lang == "fr" && (s.inAt("midadverb", j) || s.frenchAdverb(j))
}

// frenchInfinitive reports a French word shaped like an infinitive (modifier,
// payer, agir, rendre, pouvoir) that is not an actor: after "à"/"de" it opens
// a complement clause.
func (s *sent) frenchInfinitive(k int) bool {
	if s.lx.lang != "fr" || s.actor[k] >= 0 || s.toks[k].Kind != dyad.Word {
		return false
	}
	nm := s.norm(k)
	if len(nm) <= 4 {
		return false
	}
	if strings.HasSuffix(nm, "er") || strings.HasSuffix(nm, "ir") {
		return true
	}
	if !strings.HasSuffix(nm, "re") {
		return false
	}
	// "navire de guerre", "conseil des ministres", "une affaire": a noun
	// ending (nounresuffix) that no infinitive has, unless an infinitive
	// ending (infresuffix: "faire", "conclure") overrides it
	return s.lx.endsIn("infresuffix", nm) || !s.lx.endsIn("nounresuffix", nm)
}

// finiteSuffix reports a lower-case French word at k with an ending only
// finite verbs have (`finitesuffix`: "connaissaient", "voulaient").
func (s *sent) finiteSuffix(k int) bool {
	t := &s.toks[k]
	if s.lx.lang != "fr" || t.Kind != dyad.Word || capital(t.Text) {
		return false
	}
	for suf := range s.lx.lists["finitesuffix"] {
		if len(t.Norm) > len(suf)+2 && strings.HasSuffix(t.Norm, suf) {
			return true
		}
	}
	return false
}

// frenchVerbGroup reports a French finite verb group starting at k: an
// auxiliary ("a", not "à"; "ont", "est") before a word that is no
// article, preposition or actor ("a menacé", "ont été"), a clitic or
// negation before one, or a pattern verb form (French).
func (s *sent) frenchVerbGroup(k int) bool {
	for n := 0; n < 3 && k+1 < len(s.toks) && (s.inAt("neg_pre", k) || s.inAt("refl", k) || s.actor[k] < 0 && (s.inAt("accclitic", k) || s.inAt("dativeclitic", k))); n++ {
		// (an object pronoun too: "et le président ukrainien l'a
		// remercié")
		k++
	}
	if s.actor[k] >= 0 {
		return false
	}
	if s.inAt("aux", k) && s.toks[k].Kind == dyad.Word && !s.exactAt("prepaccent_exact", k) && k+1 < len(s.toks) {
		n := k + 1
		return s.toks[n].Kind == dyad.Word && s.actor[n] < 0 && !s.isDet(n) && !s.isPrep(n) && !s.inAt("rel", n)
	}
	return s.verbForm(k) && s.finiteAt(k) && !s.frenchInfinitive(k)
}

// inciseBack skips, from the comma at k, back over an incise between
// commas with no clause limit nor verb of its own ("a menacé lundi, lors
// d'un discours télévisé, de frapper": the complement's governor stands
// before it) and returns the token before the opening comma; k itself
// when there is no such incise (French).
func (s *sent) inciseBack(k int) int {
	if k < 2 || s.norm(k) != "," {
		return k
	}
	for j := k - 1; j > 0 && j >= k-12; j-- {
		if s.norm(j) == "," {
			if j == k-1 {
				return k
			}
			return j - 1
		}
		if s.hard(j) || s.toks[j].Kind != dyad.Word && s.toks[j].Kind != dyad.Number || s.actor[j] < 0 && s.verbForm(j) && !s.nounAfter(j) || s.inAt("rel", j) {
			return k
		}
	}
	return k
}

// nounAfter reports a word read as a verb form at j that is a noun after
// an article or a preposition ("lors d'une conférence de presse", "une
// série de frappes") (French).
func (s *sent) nounAfter(j int) bool {
	return s.lx.lang == "fr" && j > 0 && (s.isDet(j-1) || s.isPrep(j-1) && !s.inAt("verbglue", j-1))
}

// relObject finds the antecedent of an object relative pronoun governing
// the verb at i ("Le Pakistan, que les États-Unis accusent", "les
// talibans que Washington accuse", "the Russian president, whom he
// urged"): an `objrel` pronoun within the verb's clause, right after an
// actor (or an actor and a comma) that no preposition or verb introduces.
// It returns -1 when there is none.
func (s *sent) relObject(i int) int {
	if !s.hasRel() {
		return -1
	}
	for j := i - 1; j > 0 && j >= i-10; j-- {
		nm := s.norm(j)
		if s.lx.in("objrel", nm) {
			k := j - 1
			comma := false
			if k >= 0 && s.norm(k) == "," {
				k--
				comma = true
			}
			if comma && k > 0 && s.norm(k) == ")" && s.actor[k-1] >= 0 {
				// "de la Communauté … (Cedeao), qu'ils accusent": the
				// acronym in brackets names the antecedent (frreal round)
				k--
			}
			if k < 0 {
				return -1
			}
			m := s.actor[k]
			if m < 0 || s.men[m] != k+1 || s.prepBefore(s.mst[m]) >= 0 && !s.genitiveRelAnte(m, comma) && !(comma && s.urgedToAct(i)) {
				return -1
			}
			b := s.mst[m] - 1
			for d := 0; b >= 0 && d < 2 && s.isDet(b); d++ {
				b--
			}
			cleft := b > 0 && s.inAt("passaux", b) && (s.norm(b-1) == "c'" || s.norm(b-1) == "ce")
			if b >= 0 && (s.verbForm(b) || s.inAt("aux", b)) && !cleft && !comma {
				// "a prévenu Washington que ...": a content clause (not
				// the cleft "c'est l'Ukraine que la Russie a attaquée",
				// nor a relative after a comma: "a reçu X, qu'il a
				// exhorté à")
				return -1
			}
			return m
		}
		if s.hard(j) || s.norm(j) == "," {
			return -1
		}
	}
	return -1
}

// relPrepObject returns the antecedent of a relative pronoun introduced by
// one of preps before the verb at i ("le président russe, à qui il a
// demandé", "avec lesquels le gouvernement négocie"): the actor right
// before the preposition (a comma may stand between); -1 otherwise.
func (s *sent) relPrepObject(i int, preps []int32) int {
	if !s.hasRel() {
		return -1
	}
	return s.relPrepAntecedent(i, preps, false)
}

// relPrepAntecedent walks back at most eight tokens from the verb at i to a
// relative pronoun introduced by one of preps ("à qui", "avec lesquels"),
// or, fused, one that carries the preposition itself ("auquel", frlong.go
// fusedRelFor), and returns the actor right before it (a comma may stand
// between); -1 at a clause limit, a comma, or an actor introduced by a
// preposition on the way.
func (s *sent) relPrepAntecedent(i int, preps []int32, fused bool) int {
	for j := i - 1; j > 0 && j >= i-8; j-- {
		if s.hard(j) || s.norm(j) == "," || s.actor[j] >= 0 && j < i-1 && s.prepBefore(s.mst[s.actor[j]]) >= 0 {
			return -1
		}
		var k int
		switch {
		case fused && s.fusedRelFor(j, preps):
			k = j - 1
		case !fused && s.inAt("rel", j) && s.isPrep(j-1) && s.matchAny(j-1, preps):
			k = j - 2
		default:
			continue
		}
		if k >= 0 && s.norm(k) == "," {
			k--
		}
		if k < 0 {
			return -1
		}
		if m := s.actor[k]; m >= 0 && s.men[m] == k+1 {
			return m
		}
		return -1
	}
	return -1
}

// frontedParticiple finds the subject a sentence-initial participle
// clause qualifies ("Accusé par les États-Unis de ..., le Pakistan a
// démenti"): the first actor after the clause's comma that no preposition
// introduces, nil when there is none (French).
func (s *sent) frontedParticiple(i int) []int {
	if s.lx.lang != "fr" || i != 0 {
		return nil
	}
	k := s.frontComma(i)
	if k < 0 {
		return nil
	}
	return s.subjectAfterComma(k, true, "fronted participle %q ...: it qualifies the subject after the comma", s.toks[i].Text)
}

// frontComma returns the comma closing a phrase fronted at i (within 25
// tokens; the end of the sentence or the 25th token when there is none),
// or -1 when a hard boundary comes first: shared by frontedParticiple
// (French) and frontedGerund (subject.go).
func (s *sent) frontComma(i int) int {
	k := i + 1
	for ; k < len(s.toks) && k <= i+25; k++ {
		if s.norm(k) == "," {
			break
		}
		if s.hard(k) {
			return -1
		}
	}
	return k
}

// writtenParticiple reports a French -er participle written with its
// accent: "tué", "tuée", "tués", "tuées".
func writtenParticiple(t string) bool {
	for _, suf := range []string{"é", "ée", "és", "ées", "É", "ÉE", "ÉS", "ÉES"} {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

// relBeforeApposition returns the relative pronoun of the clause that an
// apposition mention m (", Madrid,") ends: the mention follows a comma
// and "qui"/"que"/"dont" opens the stretch before that comma ("qui se
// trouve dans la capitale espagnole, Madrid,"); -1 otherwise (French).
func (s *sent) relBeforeApposition(m int) int {
	if s.lx.lang != "fr" {
		return -1
	}
	k := s.mst[m] - 1
	for d := 0; k > 0 && d < 2 && s.isDet(k); d++ {
		k--
	}
	if k < 1 || s.norm(k) != "," {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		nm := s.norm(j)
		if s.lx.in("rel", nm) || s.lx.in("relincise", nm) {
			return j
		}
		if nm == "," || s.hard(j) {
			return -1
		}
	}
	return -1
}

// reducedPassive reports a French participle without auxiliary followed
// by its agent ("Les rebelles, soutenus par le Rwanda, ont attaqué"): its
// required object is the noun it qualifies. A place phrase may stand
// between in an apposition ("Le Premier ministre, accueilli à Moscou par
// le président russe,": placeBeforeAgent).
func (s *sent) reducedPassive(i int, f formInfo) bool {
	if !(f.tag&tagPart != 0 && (f.tag&tagNoAcc == 0 || writtenParticiple(s.toks[i].Text))) || i+1 >= len(s.toks) {
		return false
	}
	q := i + 1
	if s.apposedParticiple(i) {
		// "le président Pedro Castillo, arrêté quelques heures plus tard
		// par la police": a time adjunct between an apposed participle and
		// its agent (par7fr)
		q = s.skipPartAdjunct(q)
	}
	q = s.placeBeforeAgent(i, q)
	return q < len(s.toks) && s.norm(q) == s.lx.agentPrep()
}

// apposedParticiple reports a French token at i right after a comma that
// follows an actor mention ("Pedro Castillo, arrêté ..."): the position
// of a participle set off after the noun it qualifies (par7fr).
func (s *sent) apposedParticiple(i int) bool {
	return s.lx.lang == "fr" && i > 1 && s.norm(i-1) == "," && s.actorAt(i-2) >= 0
}

// skipPartAdjunct returns the first token from q that is no word of a time
// adjunct (a time expression, an -ment adverb or a word of `partadjunct`:
// "quelques heures plus tard", "peu après"), at most six skipped (French).
func (s *sent) skipPartAdjunct(q int) int {
	for n := 0; n < 6 && q+1 < len(s.toks) && s.actor[q] < 0 && (s.inTime(q) || s.frenchAdverb(q) || s.inAt("partadjunct", q)); n++ {
		q++
	}
	return q
}

// commaVerb reports a comma followed by a verb form between a and b.
func (s *sent) commaVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if s.norm(k) == "," {
			return s.verbBetween(k+1, b)
		}
	}
	return false
}

// verbBetween reports a verb form among the tokens a..b-1.
func (s *sent) verbBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.actor[k] < 0 && s.verbForm(k) {
			return true
		}
	}
	return false
}

// partForm reports a token that may be a participle: a participle of a
// pattern verb, or in French a lower-case word written -é(e)(s)
// ("provoqués").
func (s *sent) partForm(k int) bool {
	if t := s.toks[k].Text; s.lx.lang == "fr" && !capital(t) && writtenParticiple(t) && s.actor[k] < 0 {
		return true
	}
	for _, f := range s.ids[k] {
		if f.tag&tagPart != 0 {
			return true
		}
	}
	return false
}

// finiteAux reports a finite French auxiliary at k ("a", not "à"; "ont",
// "avait", "est" ...), not avoir/être/ayant/étant/eu.
func (s *sent) finiteAux(k int) bool {
	switch s.norm(k) {
	case "avoir", "etre", "ayant", "etant", "eu":
		return false
	}
	return s.inAt("aux", k)
}

// frenchAdverb reports a French -ment adverb at k ("secrètement",
// "officiellement"): a lower-case word of 7 letters or more ending in
// "ment" that is no pattern word.
func (s *sent) frenchAdverb(k int) bool {
	t := &s.toks[k]
	return t.Kind == dyad.Word && !capital(t.Text) && len(t.Norm) >= 7 && strings.HasSuffix(t.Norm, "ment") && len(s.ids[k]) == 0
}

// inciseForward returns the comma closing an incise opened by the comma at
// k ("a tiré, selon l'armée israélienne, des roquettes"): within 10 tokens,
// no clause limit, verb form or relative pronoun inside; k when there is
// none (French).
func (s *sent) inciseForward(k int) int {
	if n := k + 1; n >= len(s.toks) || !(s.isPrep(n) || s.inTime(n) || s.frenchAdverb(n) || s.inAt("neg", n)) || s.actor[n] >= 0 {
		// (an incise opens with a preposition, a time or an adverb: not
		// a list of names "Autriche, Tchécoslovaquie, Memel")
		return k
	}
	for j := k + 1; j < len(s.toks) && j <= k+10; j++ {
		if s.norm(j) == "," {
			if j == k+1 || j+1 >= len(s.toks) || s.hard(j+1) {
				return k
			}
			return j
		}
		if s.hard(j) || s.actor[j] < 0 && s.verbForm(j) && !s.isDet(j-1) || s.inAt("rel", j) || s.inAt("conj", j) {
			// ("dans un communiqué": a verb form after a determiner is
			// a noun)
			return k
		}
	}
	return k
}

// placeBeforeAgent skips a place phrase between a participle without
// auxiliary and its agent ("Reçu mardi à l'Élysée par le président
// français, le roi ...", "Le Premier ministre, accueilli à Moscou par le
// président russe, ..."): from q, a place preposition (`placeprep`) with
// its actor mention and any time word or adverb after it. Only for a
// participle that opens the sentence or follows the comma of an
// apposition: after a noun ("les armes livrées à l'Ukraine par X") the
// "à" phrase is the verb's dative, not a place, and the agent is not
// the participle's. It returns the token after the place phrase, q when
// there is none (French).
func (s *sent) placeBeforeAgent(i, q int) int {
	if s.lx.lang != "fr" || q >= len(s.toks) || !(i == 0 || i > 1 && s.norm(i-1) == "," && s.actorAt(i-2) >= 0) {
		return q
	}
	if !s.inAt("placeprep", q) {
		return q
	}
	k := q + 1
	for d := 0; k < len(s.toks) && d < 2 && s.isDet(k) && s.actor[k] < 0; d++ {
		k++
	}
	m := s.actorAt(k)
	if m < 0 || s.mst[m] != k {
		return q
	}
	k = s.men[m]
	for n := 0; n < 6 && k+1 < len(s.toks) && (s.inTime(k) || s.frenchAdverb(k)) && s.actor[k] < 0; n++ {
		k++
	}
	return k
}

// conjBeforeMention reports a coordinating conjunction (`conj`: "et")
// right before mention m, past its determiners (French): with a finite
// verb after m, m opens a new clause ("et le gouverneur a demandé").
func (s *sent) conjBeforeMention(m int) bool {
	k := s.mst[m] - 1
	for d := 0; k > 0 && d < 2 && s.isDet(k); d++ {
		k--
	}
	return s.lx.lang == "fr" && k >= 0 && s.inAt("conj", k)
}

// verbAfterMention reports a French finite verb group after mention m,
// past a short genitive complement that is no actor ("le gouverneur de la
// région a demandé": the mention is that verb's subject).
func (s *sent) verbAfterMention(m int) bool {
	k := s.men[m]
	if k < len(s.toks) && s.actor[k] < 0 && s.inAt("genitive", k) {
		for n := 0; n < 4 && k+1 < len(s.toks) && s.actor[k+1] < 0 && (s.isDet(k+1) || s.plainWord(k+1) && !s.frenchVerbGroup(k+1)); n++ {
			k++
		}
		k++
	}
	return k < len(s.toks) && s.frenchVerbGroup(k)
}

// frenchAppealBack finds the appeal verb (`appealverb`, anchored) of an
// infinitive complement whose addressee the actor stage left uncoded or
// coded in a long group: "a appelé mardi la communauté internationale à
// soutenir financièrement la force", "a appelé les forces de Gbagbo et
// celles de Ouattara à cesser les combats". k is the token just before
// the complementiser (or the start of the addressee mention). It walks
// back over at most 12 tokens of nominal material — no hard boundary, no
// comma, no finite or participial verb other than the appeal verb itself —
// and returns the appeal verb, or -1. The complement is then the thing
// asked for (transform.txt "appeal"), not an act of the speaker.
func (s *sent) frenchAppealBack(k int) int {
	if s.lx.lang != "fr" {
		return -1
	}
	for n := 0; k > 0 && n < 12; n++ {
		if s.inAt("appealverb", k) {
			// the verb need not have matched a pattern of its own: its
			// window ("appeler + a") is too short for a long addressee
			return k
		}
		if s.hard(k) || s.norm(k) == "," {
			return -1
		}
		if s.actor[k] < 0 && !s.inTime(k) && s.verbForm(k) && !s.inAt("det", k) {
			capital := s.toks[k].Text != "" && s.toks[k].Text[0] >= 'A' && s.toks[k].Text[0] <= 'Z'
			// a verb form right after a determiner is a noun ("la force")
			if !capital && (k == 0 || !s.inAt("det", k-1)) {
				return -1
			}
		}
		k--
	}
	return -1
}

// possessiveLeur reports a French verb form at i after the possessive
// "leur"/"leurs" (`leurposs`): "leurs" always, "leur" when a finite verb
// other than an auxiliary stands right before it ("motivent leur demande";
// not "il leur demande", "pour leur demander"). dyad round frprec2, from a
// judged sample of French bench news.
func (s *sent) possessiveLeur(i int) bool {
	if s.lx.lang != "fr" || i < 2 || !s.inAt("leurposs", i-1) {
		return false
	}
	if s.inAt("leursposs", i-1) {
		return true
	}
	k := i - 2
	nk := s.norm(k)
	if s.actor[k] >= 0 || s.toks[k].Kind != dyad.Word || s.lx.in("aux", nk) || s.lx.in("passaux", nk) || s.lx.in("future", nk) || s.lx.in("hypothetical", nk) || s.lx.in("intentmodal", nk) || s.lx.in("neg_pre", nk) || s.lx.in("neg_post", nk) || s.lx.in("rel", nk) {
		return false
	}
	if s.verbForm(k) {
		return s.finiteAt(k) && !s.partForm(k) && !s.frenchInfinitive(k)
	}
	// a third-person plural of any verb ("motivent", "exprimaient"), not an
	// adverb in -ment
	return s.lx.endsIn("plural3suffix", nk) && !s.lx.endsIn("mentsuffix", nk) && len(nk) > 4
}

// sharedObjectNext reports a French participle at i followed directly by a
// conjunction and another participle ("arrêté et torturé", "arrêtés puis
// expulsés"), the two sharing the object after the second (par2j round).
func (s *sent) sharedObjectNext(i int) bool {
	if s.lx.lang != "fr" || i+2 >= len(s.toks) || !s.partForm(i) {
		return false
	}
	j := i + 1
	if !s.inAt("conj", j) && !s.inAt("verbconj", j) {
		return false
	}
	k := j + 1
	if k+1 < len(s.toks) && s.inAt("aux", k) {
		k++
	}
	return s.actor[k] < 0 && s.partForm(k)
}

// firstSecondPlural reports a French verb form at i with a first- or
// second-person plural ending (`person12suffix`: "pressions", "condamnons",
// "exigez") and no "nous"/"vous" (`person12pron`) before it in the sentence:
// news about third parties has no such verb, and the word is a noun ("qui
// fait face à de fortes pressions, a aidé X" is no appeal of "presser";
// framesfr round).
func (s *sent) firstSecondPlural(i int) bool {
	if s.lx.lang != "fr" || s.toks[i].Kind != dyad.Word || !s.lx.endsIn("person12suffix", s.norm(i)) {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if s.inAt("person12pron", k) {
			return false
		}
	}
	return true
}
