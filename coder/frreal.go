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
	if s.lx.lang != "fr" || q >= len(s.toks) || !s.lx.in("mannerprep", s.norm(q)) {
		return p
	}
	for k := q + 1; k < len(s.toks) && k <= q+6; k++ {
		if s.actor[k] >= 0 || s.hard(k) || s.norm(k) == "," {
			return p
		}
		if !s.lx.in("mannernoun", s.norm(k)) {
			continue
		}
		e := k + 1
		if e+2 < len(s.toks) && s.isDet(e) && s.lx.in("mannersup", s.norm(e+1)) && s.actor[e+2] < 0 {
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
		if s.lx.in("objrel", s.norm(j)) {
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
	if k <= 0 || k+3 >= len(s.toks) || !s.lx.in("powerprep", s.norm(k)) || !s.lx.in("powernoun", s.norm(k+1)) || !s.lx.in("placeprep", s.norm(k+2)) {
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
