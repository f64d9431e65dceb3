package coder

import dyad "github.com/dyadproject/dyad"

// Rules of the frnews3 round (2026-11-26), from a judged sample of real
// French news (bench news: Le Monde-type sentences, regional press,
// headlines). Both keep an actor that is no argument of the event's verb
// out of its target slot.

// venueMention reports a mention that names where something is said or
// published, not a party: "défendra son directeur dans les colonnes de
// ce journal", "au micro de la radio", "sur l'antenne de la chaîne" — the
// genitive of a venue noun (`venuenoun` of fr_lex.txt) (French).
func (s *sent) venueMention(m int) bool {
	if s.lx.lang != "fr" {
		return false
	}
	pb := s.prepBefore(s.mst[m])
	if pb < 0 {
		// "dans les colonnes du quotidien Le Parisien": a common noun
		// between the genitive and the name
		for k := s.mst[m] - 1; k >= 1 && k >= s.mst[m]-2; k-- {
			if s.inAt("genitive", k) {
				pb = k
				break
			}
			if s.toks[k].Kind != dyad.Word || capital(s.toks[k].Text) {
				break
			}
		}
	}
	if pb < 1 || !s.inAt("genitive", pb) {
		return false
	}
	if !s.inAt("venuenoun", pb-1) {
		return false
	}
	// the venue noun is itself after a place preposition ("dans les
	// colonnes de", "au micro de"), not an object ("a attaqué les colonnes
	// de l'armée")
	j := pb - 2
	if j >= 0 && s.isDet(j) {
		j--
	}
	return j >= 0 && s.inAt("venueprep", j)
}

// verbGroupBetween reports a French verb group (a finite verb, or an
// auxiliary and its participle) starting in [p, q): a preposition after it
// opens that verb's complement, not the slot of the anchor before it ("le
// refus du gouvernement de céder avait provoqué au Parlement une levée de
// boucliers": the Parliament is no party to the yielding).
func (s *sent) verbGroupBetween(p, q int) bool {
	if s.lx.lang != "fr" || p < 1 || !s.frenchInfinitive(p-1) || p >= 2 && s.isDet(p-2) {
		// (only a slot right after a verb: a noun's complement may
		// follow its clause's verb, "les échanges reprendront entre les
		// deux pays")
		return false
	}
	for k := p; k < q && k < len(s.toks); k++ {
		if s.toks[k].Kind == dyad.Word && s.actor[k] < 0 && !(k > 0 && s.isDet(k-1)) && s.inAt("aux", k) && s.frenchVerbGroup(k) {
			return true
		}
	}
	return false
}

// unknownNamedSubject reports, at j, a title and a capitalised name the
// actor stage does not know ("M. Dupuis", "Mme Leroy") opening a clause
// before the verb at p: that person is the verb's subject, of unknown
// code, and the search for a subject must not go on to an actor of an
// earlier clause ("Après s'être démené pour que le président russe le
// reçoive, M. Dupuis avait, devant un public russe, critiqué les
// télévisions": the Russian president criticised nothing) (French).
func (s *sent) unknownNamedSubject(j, p int) bool {
	if s.lx.lang != "fr" || !s.inAt("honorific", j) || s.actor[j] >= 0 {
		return false
	}
	n := j + 1
	if n < p && s.norm(n) == "." {
		n++
	}
	if n >= p || s.actor[n] >= 0 || s.toks[n].Kind != dyad.Word || !capital(s.toks[n].Text) {
		return false
	}
	b := j - 1
	return b < 0 || s.hard(b) || s.norm(b) == "," || s.inAt("conj", b)
}

// relOpensVerb reports a relative pronoun at j opening the clause of the
// verb being coded (", qui devra être approuvée par X"): its antecedent,
// not an actor before an earlier comma, is the verb's subject; the
// incise rule (beforeIncise) does not apply ("Jugée décevante par le
// ministre belge, la réforme, qui devra être approuvée par le Parlement
// européen, ...": the minister is approved by no one) (French).
func (s *sent) relOpensVerb(j int) bool {
	// (an actor or a name as the antecedent keeps the older reading: "le
	// président tunisien, M. Ben Ali, qui s'exprimait devant le
	// Parlement": the name is in apposition to the actor)
	return s.lx.lang == "fr" && s.actor[j] < 0 && s.inAt("rel", j) && j > 1 && s.norm(j-1) == "," &&
		s.actor[j-2] < 0 && s.toks[j-2].Kind == dyad.Word && !capital(s.toks[j-2].Text)
}

// unknownNamedBefore reports a titled person of unknown code opening the
// clause of the verb at i (unknownNamedSubject), looking back at most 15
// tokens without crossing a clause limit: the verb has a subject, so no
// speaker is looked for after it ("M. Durandet a, devant des étudiants,
// critiqué les médias d'État": the media are no speaker) (French).
func (s *sent) unknownNamedBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-15 && !s.hard(j); j-- {
		if s.unknownNamedSubject(j, i) {
			return true
		}
	}
	return false
}
