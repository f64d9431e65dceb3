package coder

import "github.com/dyadproject/dyad"

// par7fr round (invented French wire sentences, probes/probes_par7fr.tsv).

// reportedOwner resolves an empty target slot of a French verb of force
// (CAMEO roots 17–20) whose object is owned through a possessive
// determiner (`ownerdet`) inside a que-clause that a verb of the main
// clause governs ("L'armée libanaise a affirmé que des soldats israéliens
// avaient ouvert le feu sur l'une de ses patrouilles"): the owner is the
// governing verb's subject, when it differs from the clause's own subject
// (one does not fire on one's own patrols), which is neither owned through
// a possessive nor troops or police of unknown country. The possessive stands within
// four tokens of the slot's start, before a noun of `genitivehead`
// (patrouilles, positions, soldats ...); no actor stands between. It
// returns nil otherwise.
func (s *sent) reportedOwner(i, pos int, code string) []int {
	if s.lx.lang != "fr" || len(code) < 2 || code[:2] < "17" || code[:2] > "20" {
		return nil
	}
	det := -1
	for k := pos; k < len(s.toks) && k <= pos+4; k++ {
		if s.actor[k] >= 0 || s.hard(k) {
			return nil
		}
		if s.inAt("ownerdet", k) {
			det = k
			break
		}
	}
	if det < 0 || det+1 >= len(s.toks) || s.actor[det+1] >= 0 || !s.inAt("genitivehead", det+1) {
		return nil
	}
	own := s.subject(i)
	if own == nil || ownForces(s.codes[own[0]]) || s.mst[own[0]] > 0 && s.inAt("ownerdet", s.mst[own[0]]-1) {
		// ("ses combattants", owned by the reporting subject itself, and
		// troops or police of unknown country are no other party)
		return nil
	}
	for j := i - 1; j > 0 && j >= i-20; j-- {
		if s.actor[j] < 0 && s.inAt("clausecomp", j) {
			break
		}
		if s.hard(j) {
			return nil
		}
	}
	for j := i - 1; j > 0 && j >= i-20; j-- {
		if s.actor[j] >= 0 || !s.inAt("clausecomp", j) {
			continue
		}
		v := j - 1
		for n := 0; n < 3 && v > 0 && s.inTime(v) && s.actor[v] < 0; n++ {
			// "a affirmé mardi que"
			v--
		}
		if s.actor[v] >= 0 || !s.verbForm(v) {
			return nil
		}
		g := s.subject(v)
		if g == nil || s.sameCodes(g, own) {
			return nil
		}
		return g
	}
	return nil
}

// apposedActAuthor returns, for a French participle at i in a noun phrase
// set off after the main clause by a comma (", une investiture dénoncée par
// l'opposition", ", une mesure critiquée par X", ", une attaque condamnée
// par l'ONU"), the subject of the main clause's finite verb: the noun
// names that clause's act, whose author the participle's agent judges. The
// phrase is a comma, a determiner (`det`) and one word that is no actor,
// right before the participle; nil otherwise. The lead's second shape
// (2026-11-27, fifth session; lead5_test.go), in both languages: the
// participle right after a comma that closes the main clause's object, a
// word that is no actor (« a procédé à son cinquième essai nucléaire,
// condamné par la Corée du Sud », "carried out a nuclear test, condemned
// by South Korea"); the comma may not close an incise of the subject
// (the finite verb must stand before the comma's word).
func (s *sent) apposedActAuthor(i int) []int {
	start := -1
	switch {
	case s.lx.lang == "fr" && i >= 4 && s.actor[i-1] < 0 && s.toks[i-1].Kind == dyad.Word && s.isDet(i-2) && s.actor[i-2] < 0 && s.norm(i-3) == ",":
		start = i - 4
	case i >= 3 && s.norm(i-1) == "," && s.toks[i-2].Kind == dyad.Word && s.actor[i-2] < 0 && !s.isDet(i-2) && !s.isPrep(i-2) && s.inciseBack(i-1) == i-1:
		// (not the comma closing an incise: « les taxes ayant été,
		// inutile de redire après quelle attente, approuvées par »)
		start = i - 3
	default:
		return nil
	}
	for v := start; v >= 0 && v >= i-30; v-- {
		if s.hard(v) {
			return nil
		}
		if s.actor[v] < 0 && !s.isDet(v) && !s.isPrep(v) && s.verbForm(v) && s.finiteAt(v) {
			return s.subject(v)
		}
		if start == i-3 && v > 0 && s.actor[v] < 0 && s.actor[v-1] >= 0 && s.inAt("aux", v) && v+1 < i && s.toks[v+1].Kind == dyad.Word {
			// (second shape) an auxiliary right after the subject: « La
			// Corée du Nord a procédé à », whose participle no pattern
			// knows
			return s.subject(v + 1)
		}
	}
	return nil
}
