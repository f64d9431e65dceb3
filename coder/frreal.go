package coder

import "strings"

// mannerPhrase returns the end of a manner adverbial that opens at p, or p
// when there is none: "a condamné avec la plus grande fermeté l'offensive
// du M23", "a dénoncé dans les termes les plus forts l'attaque de X",
// "a condamné sans réserve l'assassinat de Y". The phrase opens with a
// preposition of `mannerprep`, holds at most five words without an actor
// or a clause limit, and closes on a noun of `mannernoun`; a superlative
// tail ("les plus forts") is part of it. The object of the verb starts
// after it (French; frreal round).
func (s *sent) mannerPhrase(p int) int {
	q := p
	if q < len(s.toks) && (s.norm(q) == "«" || s.norm(q) == "“") {
		// « avec la plus grande fermeté »
		q++
	}
	if s.lx.lang != "fr" || q >= len(s.toks) || !s.inAt("mannerprep", q) {
		return p
	}
	for k := q + 1; k < len(s.toks) && k <= q+6; k++ {
		if s.actor[k] >= 0 || s.hard(k) || s.norm(k) == "," {
			return p
		}
		if !s.inAt("mannernoun", k) {
			continue
		}
		e := k + 1
		if e+2 < len(s.toks) && s.isDet(e) && s.inAt("mannersup", e+1) && s.actor[e+2] < 0 {
			// "dans les termes les plus fermes"
			e += 3
		}
		for e < len(s.toks) && (s.norm(e) == "»" || s.norm(e) == "”") {
			e++
		}
		return e
	}
	return p
}

// commaRelObject reports, for the verb at i of a French verb pattern, a
// relative "que" after a comma within the four tokens before it ("a
// annoncé son retrait de la Cedeao, qu'ils accusent d'être …", "la Russie,
// que Kiev accuse de …"): the antecedent before the comma is the verb's
// object, so an optional object slot left empty takes it as the required
// one does (relObject; frreal round).
func (s *sent) commaRelObject(i int, noun bool) bool {
	if noun || s.lx.lang != "fr" {
		return false
	}
	for j := i - 1; j > 0 && j >= i-4; j-- {
		if s.inAt("objrel", j) {
			return s.norm(j-1) == ","
		}
		if s.hard(j) || s.norm(j) == "," {
			return false
		}
	}
	return false
}

// powerCountry returns the country of a mention of unknown country that is
// followed by "au pouvoir" and a place ("les militaires au pouvoir au
// Niger", "la junte au pouvoir à Bamako"): the rulers of that place; ""
// otherwise. The words are the lists `powerprep`, `powernoun` and
// `placeprep` (French; frreal round).
func (s *sent) powerCountry(m int) string {
	if s.lx.lang != "fr" || m < 0 || m >= len(s.men) || !strings.HasPrefix(s.codes[m], "---") {
		return ""
	}
	k := s.men[m]
	if k <= 0 || k+3 >= len(s.toks) || !s.inAt("powerprep", k) || !s.inAt("powernoun", k+1) || !s.inAt("placeprep", k+2) {
		return ""
	}
	j := k + 3
	if j < len(s.toks) && s.isDet(j) {
		j++
	}
	if j >= len(s.toks) {
		return ""
	}
	x := s.actor[j]
	if x < 0 || s.mst[x] != j || s.a.Actors[s.ments[x]].Kind != "country" || len(s.codes[x]) != 3 {
		return ""
	}
	return s.codes[x]
}

// appositionTargets gives a criticism or praise (11x, 051) in a passive
// participle of an apposition after a comma ("L'Espagne a reconnu l'État
// de Palestine, une décision dénoncée par Israël", "…, une mesure saluée
// par l'ONU") the source of the main clause's event as target: the
// apposition's noun (`appositionnoun`) names that act. The participle has
// no target of its own; the main clause's event ends before the comma
// (French; frreal round).
func (s *sent) appositionTargets(keep []bool) {
	if s.lx.lang != "fr" {
		return
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.p.noun || len(ca.tgt) > 0 || ca.both != nil || len(ca.src) == 0 || !(strings.HasPrefix(ca.code, "11") || ca.code == "051") {
			continue
		}
		c := s.appositionComma(ca.anchor)
		if c < 0 {
			continue
		}
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || !keep[b] || cb.p.weak || cb.code == "---" || cb.anchor >= c || len(cb.src) == 0 || s.sameCodes(cb.src, ca.src) {
				continue
			}
			hard := false
			for j := cb.anchor + 1; j < c; j++ {
				if s.hard(j) {
					hard = true
				}
			}
			if hard {
				continue
			}
			ca.tgt = cb.src
			if s.trace() {
				s.tracef("  %s at %d: apposition naming the act of %s: target %s", ca.p.id, ca.anchor, cb.p.id, s.mtext(ca.tgt))
			}
			break
		}
	}
}

// appositionComma returns the comma opening an apposition ", une décision"
// right before the participle at v (an adverb may stand between), or -1.
func (s *sent) appositionComma(v int) int {
	k := v - 1
	if k >= 0 && s.actor[k] < 0 && (s.frenchAdverb(k) || strings.HasSuffix(s.norm(k), "ment") || s.inAt("midadverb", k)) {
		// "une décision vivement condamnée par Paris"
		k--
	}
	if k < 2 || !s.inAt("appositionnoun", k) || s.actor[k] >= 0 {
		return -1
	}
	k--
	if !s.isDet(k) {
		return -1
	}
	k--
	if s.norm(k) != "," {
		return -1
	}
	return k
}

// absoluteTargets gives a criticism (11x) in an absolute participle clause
// after a comma, whose subject stands right before the participle and
// whose object is an act (`criticisedact`: "L'Inde a mené des frappes au
// Pakistan, Islamabad dénonçant un « acte de guerre »"), the source of the
// main clause's event as target: the act named is that event (French;
// frreal round).
func (s *sent) absoluteTargets(keep []bool) {
	if s.lx.lang != "fr" {
		return
	}
	for a := range s.cands {
		ca := &s.cands[a]
		v := ca.anchor
		if !keep[a] || ca.p.noun || len(ca.tgt) > 0 || ca.both != nil || len(ca.src) != 1 || !strings.HasPrefix(ca.code, "11") || !s.lx.endsIn("presentpart", s.norm(v)) {
			continue
		}
		m := ca.src[0]
		if m < 0 || m >= len(s.men) || s.men[m] != v || s.mst[m] < 1 || s.norm(s.mst[m]-1) != "," {
			continue
		}
		act := false
		for k := v + 1; k < len(s.toks) && k <= v+4 && !s.hard(k); k++ {
			if s.inAt("criticisedact", k) {
				act = true
				break
			}
		}
		if !act {
			continue
		}
		c := s.mst[m] - 1
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || !keep[b] || cb.p.weak || cb.code == "---" || cb.anchor >= c || len(cb.src) == 0 || len(cb.tgt) == 0 || s.sameCodes(cb.src, ca.src) || !sameInts(cb.tgt, ca.src) && !s.sameCodes(cb.tgt, ca.src) {
				continue
			}
			ca.tgt = cb.src
			if s.trace() {
				s.tracef("  %s at %d: absolute participle criticising the act of %s: target %s", ca.p.id, ca.anchor, cb.p.id, s.mtext(ca.tgt))
			}
			break
		}
	}
}

// inclusionParties replaces a source or target of unknown country that a
// ", dont X et Y" or ", notamment X" after it narrows to named actors
// ("a accueilli une vingtaine de chefs d'État, dont le Chinois Xi Jinping
// et l'Indien Narendra Modi", "une dizaine de pays, dont la France, ont
// condamné"): the named actors are the parties (`inclusionword`; French;
// frreal round).
func (s *sent) inclusionParties(keep []bool) {
	if s.lx.lang != "fr" {
		return
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] {
			continue
		}
		if len(ca.tgt) == 1 {
			if g := s.inclusionMembers(ca.tgt[0]); g != nil {
				if s.trace() {
					s.tracef("  %s at %d: target narrowed by %q to %s", ca.p.id, ca.anchor, s.toks[s.men[ca.tgt[0]]+1].Text, s.mtext(g))
				}
				ca.tgt = g
			}
		}
		if len(ca.src) == 1 {
			if g := s.inclusionMembers(ca.src[0]); g != nil {
				if s.trace() {
					s.tracef("  %s at %d: source narrowed by %q to %s", ca.p.id, ca.anchor, s.toks[s.men[ca.src[0]]+1].Text, s.mtext(g))
				}
				ca.src = g
			}
		}
	}
}

// inclusionMembers returns the named actors (a known country) that ",
// dont" or ", notamment" introduces right after mention m of unknown
// country, or nil.
func (s *sent) inclusionMembers(m int) []int {
	if m < 0 || m >= len(s.men) || s.men[m] < 0 || !strings.HasPrefix(s.codes[m], "---") {
		return nil
	}
	k := s.men[m]
	if k+2 >= len(s.toks) || s.norm(k) != "," || !s.inAt("inclusionword", k+1) {
		return nil
	}
	k += 2
	if s.isDet(k) {
		k++
	}
	if k >= len(s.toks) {
		return nil
	}
	x := s.actor[k]
	if x < 0 || s.mst[x] != k {
		return nil
	}
	var g []int
	for _, y := range s.group(x) {
		if !strings.HasPrefix(s.codes[y], "---") {
			g = append(g, y)
		}
	}
	return g
}

// protestPlaces marks as the event's place the target of a protest (14x)
// that is a country or city named after a place preposition ("sont
// descendus dans la rue à Caracas pour dénoncer la réélection de Nicolas
// Maduro"), so that protestTargets may replace it with the actor its
// purpose names; it returns the candidates marked and their targets, for
// protestPlacesDone
// (French; frreal round).
func (s *sent) protestPlaces(keep []bool) (marked []int, before [][]int) {
	if s.lx.lang != "fr" {
		return nil, nil
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.place || !strings.HasPrefix(ca.code, "14") || len(ca.tgt) != 1 || ca.both != nil {
			continue
		}
		m := ca.tgt[0]
		if m < 0 || m >= len(s.mst) || s.mst[m] < 1 || s.a.Actors[s.ments[m]].Kind != "country" || !s.inAt("placeprep", s.mst[m]-1) {
			continue
		}
		ca.place = true
		marked = append(marked, a)
		before = append(before, ca.tgt)
	}
	return marked, before
}

// protestPlacesDone unmarks the candidates protestPlaces marked whose
// target protestTargets left as it was: the place stays their target, as
// before ("ont pris d'assaut des bâtiments gouvernementaux à Bichkek").
func (s *sent) protestPlacesDone(marked []int, before [][]int) {
	for i, a := range marked {
		ca := &s.cands[a]
		if sameInts(ca.tgt, before[i]) {
			ca.place = false
		} else if s.trace() {
			s.tracef("  %s at %d: the protest's place %s gave way to %s", ca.p.id, ca.anchor, s.mtext(before[i]), s.mtext(ca.tgt))
		}
	}
}

// openQuote reports an opening quote mark at k (`openquote`: « “), as
// between a complementiser and its quoted infinitive ("à « cesser ses
// provocations »"; frreal round).
func (s *sent) openQuote(k int) bool {
	return s.inAt("openquote", k)
}

// coordObject reports a direct object made of a plain noun phrase without
// an actor, a conjunction and then, at pb, the article of the actor's
// mention ("ont incendié des hôtels et des commissariats", "a visé une
// école et la gendarmerie"): the actor is the second conjunct of the
// object. The first conjunct is an article and one to three plain words
// (French; frreal round).
func (s *sent) coordObject(p, pb int) bool {
	if s.lx.lang != "fr" || pb < p+3 || !s.inAt("conj", pb-1) || !(s.isDet(pb) || s.inAt("prepart", pb)) {
		return false
	}
	if !(s.isDet(p) || s.inAt("prepart", p)) {
		return false
	}
	n := 0
	for k := p + 1; k < pb-1; k++ {
		if s.actor[k] >= 0 || !s.plainWord(k) || s.verbForm(k) && !s.isDet(k-1) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}
