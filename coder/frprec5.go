// frprec5 round (2026-11-27): precision on real French news (a judged
// random sample of bench news events, probes/frprec5_judged.txt).

package coder

import "github.com/dyadproject/dyad"

// dashApposed reports that the mention m, met while looking for the
// subject of the verb at p, stands inside an apposition between dashes that
// closes right before the verb and whose head noun is introduced by a
// preposition ("Jean Dupont, licencié par ses actionnaires - le groupe X et
// Y - a demandé ..."): the apposition names the preposition's noun, no
// subject. It returns the opening dash (the search goes on before it), or
// -1. French.
func (s *sent) dashApposed(m, p int) int {
	if s.lx.lang != "fr" {
		return -1
	}
	// the closing dash: right after the mention, then the verb group
	c := s.men[m]
	if c >= p || !s.inAt("dashmark", c) {
		return -1
	}
	for k := c + 1; k < p; k++ {
		if s.actor[k] >= 0 || s.hard(k) || s.norm(k) == "," || k > c+3 {
			return -1
		}
	}
	// the opening dash: the first one before the mention
	o := -1
	for k := s.mst[m] - 1; k >= 1 && k >= s.mst[m]-15; k-- {
		if s.hard(k) || s.norm(k) == "(" || s.norm(k) == ")" {
			return -1
		}
		if s.inAt("dashmark", k) {
			o = k
			break
		}
	}
	if o < 2 {
		return -1
	}
	// its head: a noun phrase opened by a preposition, an actor ("par
	// ses actionnaires majoritaires") or plain words (no verb)
	for k := o - 1; k >= 0 && k >= o-4; k-- {
		if h := s.actor[k]; h >= 0 {
			if s.prepBefore(s.mst[h]) >= 0 {
				return o
			}
			return -1
		}
		if s.hard(k) || s.norm(k) == "," || s.toks[k].Kind != dyad.Word {
			return -1
		}
		if s.isPrep(k) {
			if k == o-1 {
				return -1
			}
			return o
		}
		if s.verbForm(k) && !(k > 0 && s.isDet(k-1)) {
			return -1
		}
	}
	return -1
}

// createdTarget reports that the target mention m of the candidate anchored
// at a is the body whose creation is the verb's object ("demande la
// création d'une commission d'enquête", `creationnoun`): called for an
// appeal or a demand, the body does not exist yet and is asked for, not
// addressed ("a salué la création du gouvernement" keeps its target).
// French.
func (s *sent) createdTarget(a, m int) bool {
	if s.lx.lang != "fr" {
		return false
	}
	pb := s.prepBefore(s.mst[m])
	return pb > a+1 && s.inAt("genitive", pb) && s.inAt("creationnoun", pb-1)
}

// dutyInfinitive reports an infinitive at i governed by a word of being
// charged with a task (`dutypart`: "l'amiral, qui est chargé, à la mode
// britannique, d'exercer une pression sur les journalistes"), an incise
// between commas allowed before "de": the infinitive states a duty, no act.
// French.
func (s *sent) dutyInfinitive(i int) bool {
	if s.lx.lang != "fr" || i < 2 || !s.frenchInfinitive(i) {
		return false
	}
	k := i - 1
	if !s.inAt("genitive", k) {
		return false
	}
	k--
	if k > 0 && s.norm(k) == "," {
		// an incise: back to its opening comma
		j := k - 1
		for ; j > 0 && j >= k-8; j-- {
			if s.hard(j) || s.actor[j] >= 0 {
				return false
			}
			if s.norm(j) == "," {
				break
			}
		}
		if j <= 0 || s.norm(j) != "," {
			return false
		}
		k = j - 1
	}
	return k >= 0 && s.inAt("dutypart", k)
}

// speculationClause reports a candidate at j inside a que-clause governed
// by a verb of thinking or expecting whose subject is the impersonal "on"
// ("on peut penser que la banque cédera aux pressions de X", `speculverb`,
// `impersonal`): a future there is the writer's guess, no actor's intent.
// Between the verb and "on": a modal or glue words. French.
func (s *sent) speculationClause(j int) bool {
	if s.lx.lang != "fr" {
		return false
	}
	h := j - 1
	for h >= 0 && !s.hard(h) && !s.inAt("clausecomp", h) {
		h--
	}
	if h < 2 || !s.inAt("clausecomp", h) {
		return false
	}
	v := h - 1
	for n := 0; v > 0 && n < 2 && (s.frenchAdverb(v) || s.inAt("midadverb", v)); n++ {
		v--
	}
	if v < 1 || s.actor[v] >= 0 || !s.inAt("speculverb", v) {
		return false
	}
	for k, n := v-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		nm := s.norm(k)
		if s.actor[k] >= 0 || s.hard(k) {
			return false
		}
		if s.lx.in("impersonal", nm) {
			return true
		}
		if !s.lx.in("hypothetical", nm) && !s.lx.in("verbglue", nm) && !s.lx.in("modalaux", nm) {
			return false
		}
	}
	return false
}
