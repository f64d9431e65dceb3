package coder

import "strings"

// frrecall5 round (real French news recall): structure the pattern data
// cannot express.

// farParticipleAfterComma reports, for the comma at k met while a far word
// is sought, that the token after the comma is a past participle written
// with its accent that is the far word itself ("s'oppose à l'appel à un
// cessez-le-feu de trois jours, lancé lundi par X": the participle of an
// apposition on the object, which the comma rule of match.go would take
// for the verb of the main clause after a relative). A finite verb or an
// auxiliary after the comma still ends the search (French).
func (s *sent) farParticipleAfterComma(k int, words []int32) bool {
	if s.lx.lang != "fr" || k+1 >= len(s.toks) || s.norm(k) != "," {
		return false
	}
	return s.actor[k+1] < 0 && s.participle(k+1) && s.matchAny(k+1, words)
}

// headlinePlaceLead returns the country mention that ends a title's lead
// introduced by a place preposition ("Inondations en Libye : l'Égypte
// propose son aide", "Naufrage au Sénégal : ...", "Séisme en Turquie : le
// Japon propose son aide"): the lead names where the story happens, as a
// leading country alone does ("Iran : ..."), so that country may serve as
// the title's actor (CODING.md). The lead has no other actor, starts with a
// word that is no actor, is at most ten tokens long and ends at the colon
// right after the country; the event's anchor comes after the colon; -1
// otherwise (French).
func (s *sent) headlinePlaceLead(i int) int {
	if s.lx.lang != "fr" || len(s.toks) < 5 || s.actor[0] >= 0 {
		return -1
	}
	c := -1
	for k := 1; k < len(s.toks) && k <= 10; k++ {
		if s.norm(k) == ":" {
			c = k
			break
		}
		if s.hard(k) {
			return -1
		}
	}
	if c < 3 || c >= i {
		return -1
	}
	m := s.actor[c-1]
	if m < 0 || s.men[m] != c || s.a.Actors[s.ments[m]].Kind != "country" || len(s.codes[m]) != 3 || s.codes[m] == "---" || s.lx.in("regioncode", strings.ToLower(s.codes[m])) {
		return -1
	}
	if pb := s.prepBefore(s.mst[m]); pb < 1 || !s.inAt("placeprep", pb) {
		return -1
	}
	for k := 0; k < s.mst[m]; k++ {
		if s.actor[k] >= 0 {
			return -1
		}
	}
	return m
}

// quotedInfinitive reports a quote opened right before the verb form at p
// and right after a complementiser ("s'est dit prêt à « contraindre
// l'Ukraine à négocier »"): the quoted word is the infinitive of that
// complementiser, not a finite verb with a subject of its own, as
// mode.go's governor already reads it (French).
func (s *sent) quotedInfinitive(p int) bool {
	return s.lx.lang == "fr" && p >= 2 && (s.openQuote(p-1) || s.compQuote(p-1)) && s.isComp(p-2) && s.frenchInfinitive(p)
}

// compQuote reports a straight double quote right after a complementiser
// ("prêt à " contraindre"): after "à" or "de" it can only open a quote (French).
func (s *sent) compQuote(j int) bool {
	return s.lx.lang == "fr" && j >= 1 && s.norm(j) == "\"" && s.isComp(j-1)
}
