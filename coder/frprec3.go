// frprec3 round (2026-11-27): precision on real French news (a judged
// random sample of bench news events, probes/frprec3_judged.txt).

package coder

// closedBefore reports that mention b is the last member of a list closed
// by a conjunction ("le Mali et le Niger"): the mention
// before it is linked to it by a conjunction. A mention after a bare comma
// that follows such a list is no further member ("…, le Tchad a
// signé"). link is group's separator test.
func (s *sent) closedBefore(b int, link func(a, b int) (bool, bool)) bool {
	if b < 1 {
		return false
	}
	ok, c := link(b-1, b)
	return ok && c
}

// nullRefused reports why the direct target slot of the null line p
// refuses its target g when g came another way than the slot itself: the
// subject of a passive ("les délégués, reçus par le directeur" is no "---
// V *recevoir +!^MED", whose slot takes only the media) or a clitic's
// antecedent ("le président l'a reçu"). The sector constraints of the slot
// hold whatever filled it. "" when the slot has none or accepts g. Only
// null lines are checked: an event line keeps what it did before.
func (s *sent) nullRefused(p *pattern, g []int) string {
	for _, e := range p.post {
		if e.kind == elTgt && e.preps == nil && (len(e.refuse) > 0 || len(e.accept) > 0) && len(g) > 0 {
			return s.refusedGroup(e, g)
		}
	}
	return ""
}

// plannedMeeting reports a meeting noun at i (a nominal 04x pattern) right
// after an infinitive or present of organising, proposing or planning
// (`plannedmeet`, surface forms; determiners between): "cherche
// à organiser un sommet entre X et Y" tells no meeting held, only one
// planned (frprec3, judged bench sample).
func (s *sent) plannedMeeting(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		nm := s.norm(k)
		if s.lx.in("plannedmeet", nm) {
			return true
		}
		if !s.isDet(k) && !s.lx.in("prepart", nm) && !s.lx.in("approx", nm) {
			return false
		}
	}
	return false
}

// nestedGenitive reports that the genitive mention g, taken as a passive's
// subject (anyGenitive), hangs from a phrase nested in the subject: between
// the start of its clause and g stands a verb form (a participle: "les
// plaintes déposées contre …") or a preposition that is no genitive ("contre
// la vente des …", "sur la fusion des …"). The subject's owner is a
// genitive reached from the head noun through "de" only ("le soutien
// militaire de l'Iran a été critiqué").
func (s *sent) nestedGenitive(g int) bool {
	pb := s.prepBefore(s.mst[g])
	if pb < 0 {
		return false
	}
	for k := pb - 1; k >= 0 && k >= pb-15; k-- {
		if s.hard(k) || s.norm(k) == "," || s.actor[k] >= 0 {
			return false
		}
		nm := s.norm(k)
		if s.lx.in("genitive", nm) || s.isDet(k) {
			continue
		}
		// (a word right after a determiner is a noun, though it has a
		// verb's form: "la visite du Premier ministre", merge fix)
		if s.isPrep(k) || s.verbForm(k) && !s.articleNoun(k) {
			return true
		}
	}
	return false
}

// nounParticiple reports a past participle at p without auxiliary right
// after a noun phrase that is no actor ("les accords conclus avec X"): it
// qualifies that noun, and a fronted phrase's participle so placed takes
// no subject from after the phrase's comma (French).
func (s *sent) nounParticiple(p int) bool {
	return s.pastParticiple(p) && s.nounBeforeParticiple(p)
}

// negOpensVerb reports, at k, the first part of a French negation ("ne",
// "n'", `neg_pre`) followed within three tokens by a verb form: it opens
// another verb group, and a slot of the anchor before it does not reach
// past it ("les miliciens qui attaquent les villages ne seront plus payés comme
// soldats": the soldiers are no target of the attacks).
func (s *sent) negOpensVerb(k int) bool {
	if s.lx.lang != "fr" || s.actor[k] >= 0 {
		return false
	}
	if !s.inAt("neg_pre", k) {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		if s.verbForm(j) || s.inAt("aux", j) || s.inAt("passaux", j) {
			return true
		}
		if s.hard(j) {
			break
		}
	}
	return false
}

// unknownNamedGoverning reports that the verb at v has for subject a titled
// person of unknown code ("M. Durand répond qu'il …", unknownNamedSubject):
// a pronoun opening its que-clause stands for that person.
func (s *sent) unknownNamedGoverning(v int) bool {
	for k := v - 1; k >= 0 && k >= v-8; k-- {
		if s.hard(k) || s.actor[k] >= 0 {
			return false
		}
		if s.unknownNamedSubject(k, v) {
			return true
		}
	}
	return false
}
