package coder

import "github.com/dyadproject/dyad"

// namedAppositionRole returns, for a title and a capitalised name the actor
// stage does not know at j (unknownNamedSubject) followed by an apposition
// between commas that ends right before the verb at p, the actor mention
// opening the apposition, or -1: "M. Paul - Henri Durel, porte-parole de
// l'opposition pour les questions sociales, dénonce": the person is known by
// the role, and the role, not "no subject", is the verb's subject. The name
// may be written with spaced hyphens ("Jean - Yves"), as older French press
// is tokenised; the role's mention must open the apposition (after an
// article at most), and the apposition must close with a comma at most
// three tokens before the verb (an auxiliary or "ne" may come between),
// without a clause limit or a finite verb inside (French).
func (s *sent) namedAppositionRole(j, p int) int {
	if s.lx.lang != "fr" {
		return -1
	}
	k := j + 1
	if k < p && s.norm(k) == "." {
		k++
	}
	n := 0
	for k < p && s.actor[k] < 0 && (s.toks[k].Kind == dyad.Word && capital(s.toks[k].Text) || s.norm(k) == "-") {
		k++
		n++
	}
	if n == 0 || k >= p || s.norm(k) != "," {
		return -1
	}
	k++
	if k < p && s.isDet(k) {
		k++
	}
	if k >= p {
		return -1
	}
	m := s.actor[k]
	if m < 0 || s.mst[m] != k {
		return -1
	}
	last := -1
	for q := s.men[m]; q < p; q++ {
		if s.hard(q) {
			return -1
		}
		if s.norm(q) == "," {
			last = q
		} else if q > s.men[m] && s.toks[q].Kind == dyad.Word && s.actor[q] < 0 && s.inAt("rel", q) {
			// ", qui …": a relative clause, not a plain apposition
			return -1
		}
	}
	if last < 0 || last < p-3 {
		return -1
	}
	return m
}

// conditionPeer reports, for a French threat without a target whose
// condition clause names an actor of the source's own country (the English
// rule of conditionTargets takes only another state's actor), that the
// condition's actor is nonetheless the threat's target: a union, a party,
// an opposition, farmers, students, businesses or citizens threatening
// their own government or parliament ("les syndicats menacent d'une grève
// générale si le gouvernement maintient sa réforme": the government is
// threatened, 133). Two state bodies of one country stay internal.
func (s *sent) conditionPeer(src, m int) bool {
	if s.lx.lang != "fr" {
		return false
	}
	sc, mc := s.codes[src], s.codes[m]
	if !(hasRole(mc, "GOV") || hasRole(mc, "LEG")) || hasRole(sc, "GOV") || hasRole(sc, "LEG") {
		return false
	}
	for _, r := range []string{"LAB", "OPP", "PTY", "CVL", "EDU", "AGR", "BUS"} {
		if hasRole(sc, r) {
			return true
		}
	}
	return false
}

// commeIncise returns the comma closing a comparison incise opened by
// "comme" right after the comma at k ("a critiqué, comme les autres
// mouvements, la proposition de X": the object comes after the incise, and
// an actor inside it is no argument of the verb), or k. The incise holds
// at most 10 tokens, no clause limit, finite verb or relative pronoun
// (French; inciseForward takes the incises opened by a preposition, a time
// or an adverb).
func (s *sent) commeIncise(k int) int {
	if s.lx.lang != "fr" || k+2 >= len(s.toks) || s.norm(k) != "," || !s.inAt("asideintro", k+1) {
		return k
	}
	for j := k + 2; j < len(s.toks) && j <= k+11; j++ {
		if s.norm(j) == "," {
			if j == k+2 || j+1 >= len(s.toks) || s.hard(j+1) {
				return k
			}
			return j
		}
		if s.hard(j) || s.actor[j] < 0 && s.verbForm(j) && !s.isDet(j-1) || s.inAt("rel", j) {
			return k
		}
	}
	return k
}
