// frwire10 round (French agency register): a coordinated place target,
// and the object pronoun of a main clause after a fronted topic phrase.

package coder

import "strings"

// placeGroup returns the place mention m with the places coordinated
// with it ("au Canada et au Mexique"): each member that is a place as m is
// a target of its own. A member that is no place (an actor after "et")
// ends the group.
func (s *sent) placeGroup(m int) []int {
	g := s.group(m)
	if len(g) <= 1 {
		return g
	}
	out := g[:0:0]
	for _, x := range g {
		if x == m || s.isPlace(x) {
			out = append(out, x)
		}
	}
	return out
}

// isPlace reports a mention that placeAfter takes as a place: a country
// or city of known country, no international body.
func (s *sent) isPlace(m int) bool {
	c := s.codes[m]
	return s.a.Actors[s.ments[m]].Kind == "country" && len(c) >= 3 && c[:3] != "---" && !strings.HasPrefix(c, "IGO")
}

// frontedTopic resolves the object pronoun at j of a main clause that a
// sentence-initial participle or topic phrase opens ("Interrogé sur le
// rôle du Rwanda dans l'est du pays, le président congolais l'a accusé de
// ...", "Concernant l'Iran, Washington l'a mis en garde"): the first actor
// of the phrase before its comma that is neither a medium (the
// interviewer, "interrogé par France 24"), nor coded like the subject src,
// nor a place after a place preposition (unless only a place is named),
// when the subject stands after that comma. -1 otherwise (French).
func (s *sent) frontedTopic(j int, src []int) int {
	if s.lx.lang != "fr" || len(src) == 0 || len(s.toks) == 0 || s.actor[0] >= 0 {
		return -1
	}
	if !s.inAt("fronttopic", 0) && !(writtenParticiple(s.toks[0].Text) && s.verbForm(0)) {
		return -1
	}
	comma := -1
	for k := 1; k < len(s.toks) && k <= 25 && k < j; k++ {
		if s.norm(k) == "," {
			comma = k
			break
		}
		if s.hard(k) {
			return -1
		}
	}
	if comma < 0 || s.mst[src[0]] < comma {
		return -1
	}
	place := -1
	for k := 1; k < comma; k++ {
		m := s.actor[k]
		if m < 0 {
			continue
		}
		k = s.men[m] - 1
		c := s.codes[m]
		if hasRole(c, "MED") {
			continue
		}
		same := false
		for _, x := range src {
			same = same || s.codes[x] == c
		}
		if same {
			continue
		}
		if pb := s.prepBefore(s.mst[m]); pb >= 0 && s.inAt("placeprep", pb) {
			// "le rôle de l'Iran au Yémen": the place is the topic's
			// setting, taken only when nothing else is named
			if place < 0 {
				place = m
			}
			continue
		}
		return m
	}
	return place
}

// urgedToAct reports the verb at i followed by "à" and an infinitive
// ("qu'il a exhorté à lever les droits de douane"): what it governs is a
// party urged or invited to act, so the antecedent of its object relative
// after a comma may stand after a preposition ("s'est entretenu avec
// Donald Trump, qu'il a exhorté à ..."), where a thing ("l'accord avec
// X, qu'il a qualifié de ...") could not be urged (French).
func (s *sent) urgedToAct(i int) bool {
	return i+2 < len(s.toks) && s.actor[i+1] < 0 && (s.norm(i+1) == "a" || s.norm(i+1) == "à") && s.toks[i+1].Text != "a" && s.frenchInfinitive(i+2)
}

// approxArticles reports an approximation (`approx`: "plus", "près") and
// then only articles or genitives from p up to e: "plus d'un" before
// "million d'habitants", a quantity as "des dizaines de" is.
func (s *sent) approxArticles(p, e int) bool {
	return p < e && s.inAt("approx", p) && s.onlyArticles(p+1, e)
}

// coordFuture returns the future cue (`future`: doit, va, prévoit de
// ...) of an infinitive that the infinitive at i is coordinated with
// ("doit participer au sommet du G7 et rencontrer Mark Carney"): i follows
// "et", and an infinitive earlier in the clause has the cue within three
// tokens before it. -1 otherwise (French).
func (s *sent) coordFuture(i int) int {
	if i < 2 || !s.inAt("conj", i-1) {
		return -1
	}
	for j := i - 2; j > 0 && j >= i-15; j-- {
		if s.hard(j) || s.norm(j) == "," {
			return -1
		}
		if s.actor[j] >= 0 || !s.frenchInfinitive(j) {
			continue
		}
		return s.futureCueBefore(j)
	}
	return -1
}

// whereAntecedent resolves the object pronoun at j in a relative clause
// of place opened by ", où" whose subject is another actor ("Lula s'est
// rendu en Chine, où Xi Jinping l'a accueilli"): the pronoun stands for
// the subject of the main clause, the source of the first event found
// before "où", when it is not coded like the relative's subject src. -1
// otherwise (French).
func (s *sent) whereAntecedent(j int, src []int) int {
	if s.lx.lang != "fr" || len(src) == 0 {
		return -1
	}
	where := -1
	for k := j - 1; k > 0 && k >= j-8; k-- {
		if s.toks[k].Text == "où" && s.norm(k-1) == "," {
			where = k
			break
		}
		if s.hard(k) {
			return -1
		}
	}
	if where < 0 || s.mst[src[0]] < where {
		return -1
	}
	for k := range s.cands {
		c := &s.cands[k]
		if c.anchor >= where || len(c.src) == 0 {
			continue
		}
		for _, x := range src {
			if s.codes[x] == s.codes[c.src[0]] {
				return -1
			}
		}
		return c.src[0]
	}
	return -1
}
