// frprec4 round (2026-11-27): precision on real French news (a judged
// random sample of bench news events, probes/frprec4_judged.txt).

package coder

import "github.com/dyadproject/dyad"

// intentPour reports a French purpose word "pour" at j right after a word
// of `intentpour` ("sont tombés d'accord pour relancer les négociations"):
// the infinitive after it is the content of the agreement, an intent (03x),
// not a purpose. It returns the governing word, or -1.
func (s *sent) intentPour(j int) int {
	if s.lx.lang != "fr" || j < 2 || !s.inAt("purpose", j) || !s.inAt("intentpour", j-1) || !s.inAt("intentpourpre", j-2) {
		// (only "d'accord pour": "ont conclu un accord pour suspendre les
		// droits de douane" is an agreement signed, 057, its content no
		// intent of its own; merge fix)
		return -1
	}
	return j - 1
}

// agreedPour reports an infinitive at i governed by "d'accord pour"
// (intentPour, clitics between): its subject is the main clause's, as for
// an infinitive of purpose.
func (s *sent) agreedPour(i int) bool {
	k := i - 1
	for n := 0; n < 2 && k > 0 && s.inAt("verbglue", k); n++ {
		k--
	}
	return s.intentPour(k) >= 0
}

// predictedTurn reports a nominal event at i reached through a verb of
// turning into (`becomeverb` + a preposition: "la querelle va dégénérer en
// un affrontement entre X et Y"). Called for a nominal in future mode: a
// turn still to come is a prediction, not an intent or a threat of its
// parties (the intent table would make the fighting a threat 1384).
func (s *sent) predictedTurn(i int) bool {
	if s.lx.lang != "fr" {
		return false
	}
	k := i - 1
	for n := 0; n < 2 && k > 0 && s.isDet(k); n++ {
		k--
	}
	return k > 0 && s.actor[k] < 0 && s.isPrep(k) && s.actor[k-1] < 0 && s.inAt("becomeverb", k-1)
}

// dontClause finds the relative pronoun "dont" opening the clause of the
// verb at i (up to 8 tokens back, no comma or clause limit between), or -1.
func (s *sent) dontClause(i int) int {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if s.inAt("dontrel", j) {
			return j
		}
		if s.hard(j) || s.norm(j) == "," {
			return -1
		}
	}
	return -1
}

// dontGenitive reports a genitive slot (preps of the `genitive` family) of
// the verb at i in a clause opened by "dont": the genitive is "dont" itself
// ("dont l'opposition conteste la légitimité"), so an actor found past a
// comma (the comma that closes the relative clause: "…, d'un nouvel
// ambassadeur à Paris") is not the slot's. French.
func (s *sent) dontGenitive(i int, preps []int32) bool {
	if s.lx.lang != "fr" || len(preps) == 0 || !s.lx.in("genitive", s.lx.names[preps[0]]) {
		return false
	}
	return s.dontClause(i) >= 0
}

// commaBetween reports a comma from a to b (excluded).
func (s *sent) commaBetween(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.norm(k) == "," {
			return true
		}
	}
	return false
}

// dontAntecedent gives the mention "dont" stands for in the clause of the
// verb at i: the mention right before ", dont", or, when "dont" is joined by
// `dontconj` to a participle or a relative clause opened after a comma
// ("le gouvernement, reconnu par la France mais dont …"), the mention right
// before that comma, not the modifier's own agent. -1 when none.
func (s *sent) dontAntecedent(i int) int {
	d := s.dontClause(i)
	if d < 2 {
		return -1
	}
	k := d - 1
	if s.norm(k) == "," {
		return s.mentionBefore(k)
	}
	if !s.inAt("dontconj", k) {
		return -1
	}
	for c := k - 1; c > 0 && c >= k-20; c-- {
		if s.hard(c) {
			return -1
		}
		if s.norm(c) != "," {
			continue
		}
		if !s.partForm(c+1) && !s.inAt("rel", c+1) {
			return -1
		}
		return s.mentionBefore(c)
	}
	return -1
}

// mentionBefore gives the mention ending right before token c, or the one
// whose genitive complement of unknown words ends there ("le gouvernement
// de Mr Selim Hoss ,"), or -1.
func (s *sent) mentionBefore(c int) int {
	if m := s.actor[c-1]; m >= 0 && s.men[m] == c {
		return m
	}
	for x := c - 2; x > 0 && x >= c-6; x-- {
		if s.actor[x] >= 0 || s.hard(x) || s.norm(x) == "," || s.verbForm(x) && !s.inAt("genitive", x) {
			m := s.actor[x]
			if m >= 0 && s.men[m] == x+1 && s.inAt("genitive", x+1) {
				return m
			}
			return -1
		}
	}
	return -1
}

// bareSelf reports pairs whose actors all have the same bare country code
// (no sector). Called for a nominal of violence: "une attaque palestinienne
// ... en Cisjordanie" names the event's place in the source's own country,
// no party (frprec4). Other codes keep such pairs ("La Catalogne a rejeté
// les conditions posées par Madrid" ESP>ESP).
func (s *sent) bareSelf(pairs [][2]int) bool {
	for _, pr := range pairs {
		if len(s.codes[pr[0]]) != 3 || pr[1] >= 0 && len(s.codes[pr[1]]) != 3 {
			return false
		}
	}
	return true
}

// apposedMembers reports coordinated sources that all stand inside one
// parenthesis opened right after a noun ("Deux syndicats (la CFDT et la
// CFTC) sur cinq acceptent de discuter", "Trois syndicats (la CGT, FO et la
// CFDT) refusent de négocier"): they name the members of one side, not the
// two parties of a reciprocal event (frprec4).
func (s *sent) apposedMembers(g []int) bool {
	open := -1
	for _, x := range g {
		st := s.mst[x]
		if st < 1 {
			return false
		}
		o := -1
		for k := st - 1; k >= 1 && k >= st-12; k-- {
			if nm := s.norm(k); nm == ")" {
				return false
			} else if nm == "(" {
				o = k
				break
			}
		}
		if o < 1 || open >= 0 && o != open {
			return false
		}
		open = o
	}
	if t := &s.toks[open-1]; t.Kind != dyad.Word || s.verbForm(open-1) && s.actor[open-1] < 0 {
		return false
	}
	for k := open + 1; k < len(s.toks) && k <= open+25; k++ {
		if s.norm(k) == ")" {
			return true
		}
	}
	return false
}

// classRelative reports an infinitive at i governed by a verb of
// intending (intentModal) that opens a restrictive relative clause: "qui"
// right before it, no comma before "qui" ("Les investisseurs étrangers qui
// souhaitent investir en Russie devront ..."). The clause defines a class
// of actors; the wish is no actor's intent (frprec4). French.
func (s *sent) classRelative(i int) bool {
	if s.lx.lang != "fr" {
		return false
	}
	k := s.intentModal(i)
	if k < 2 || !s.inAt("relsubj", k-1) {
		return false
	}
	return s.norm(k-2) != "," && s.toks[k-2].Kind == dyad.Word && !s.verbForm(k-2)
}

// askChainTarget: the complement v of a threat or intent is an infinitive
// of asking (`askinf`: "a menacé de demander à la Cour de Luxembourg de
// liquider la BCCI"). The one asked is no target of the threat; the object
// of the act asked for is: a candidate's target at that infinitive, else
// the first actor right after it. ok reports that v is such an infinitive
// (with tgt nil when no object is found). French.
func (s *sent) askChainTarget(v int) (tgt []int, ok bool) {
	if s.lx.lang != "fr" || !s.inAt("askinf", v) {
		return nil, false
	}
	w := -1
	for j := v + 2; j+1 < len(s.toks) && j <= v+14; j++ {
		if s.hard(j) || s.norm(j) == "," {
			break
		}
		if s.isComp(j) && s.actor[j+1] < 0 && s.frenchInfinitive(j+1) {
			w = j + 1
			break
		}
	}
	if w < 0 {
		return nil, true
	}
	for b := range s.cands {
		if cb := &s.cands[b]; cb.anchor == w && len(cb.tgt) > 0 && !cb.place {
			return cb.tgt, true
		}
	}
	for j := w + 1; j < len(s.toks) && j <= w+4; j++ {
		if s.hard(j) || s.norm(j) == "," || s.isPrep(j) {
			break
		}
		if m := s.actor[j]; m >= 0 {
			return s.group(m), true
		}
	}
	return nil, true
}

// sureGenderClash reports that the subject pronoun nm disagrees in gender
// with the antecedent g (genderClash), a person's gender read from an
// honorific before the name ("M. Nixon"), not from an article before a
// title that may not be the person's ("le Premier ministre Elisabeth
// Borne") (frprec4).
func (s *sent) sureGenderClash(nm string, g []int) bool {
	if !s.genderClash(nm, g) {
		return false
	}
	ai := s.ments[g[0]]
	m := &s.a.Actors[ai]
	if m.Kind != "person" {
		return true
	}
	if m.Sentence < 0 || m.Sentence >= len(s.a.Sentences) {
		return false
	}
	before := ""
	for _, t := range s.a.Sentences[m.Sentence].Tokens {
		if t.End > m.Start {
			break
		}
		before = t.Norm
	}
	return s.lx.in("honorific", before)
}
