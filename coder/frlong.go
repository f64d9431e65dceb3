package coder

// frlong round: French long agency-wire sentences (probes/probes_frlong.tsv).

// relPrepOrFused returns the antecedent of a relative pronoun that follows
// the slot's preposition (relPrepObject: « à qui il a promis ») or is fused
// with it (relFusedObject: « auquel il a promis »), -1 otherwise (French).
func (s *sent) relPrepOrFused(i int, preps []int32) int {
	if r := s.relPrepObject(i, preps); r >= 0 {
		return r
	}
	return s.relFusedObject(i, preps)
}

// relFusedObject returns the antecedent of a relative pronoun fused with
// the slot's preposition before the verb at i: « le dirigeant biélorusse,
// auquel il a promis un prêt » (auquel is à + lequel, list `relfused_a`;
// duquel, desquels de + lequel, `relfused_de`), the actor ending right
// before the pronoun or its comma; -1 otherwise (French; frlong round).
// The window and stops are relPrepObject's.
func (s *sent) relFusedObject(i int, preps []int32) int {
	if s.lx.lang != "fr" {
		return -1
	}
	return s.relPrepAntecedent(i, preps, true)
}

// fusedRelFor reports whether token j is a relative pronoun fused with one
// of the preposition families preps (list `relfused_` + the family's name).
func (s *sent) fusedRelFor(j int, preps []int32) bool {
	for _, p := range preps {
		if s.lx.in("relfused_"+s.lx.names[p], s.norm(j)) {
			return true
		}
	}
	return false
}

// frAdjunctSubject returns the author of a meeting noun in a comma-led
// adjunct (« , lors d'un entretien avec X », « , au cours d'une rencontre
// avec X »; the noun pattern's source slot before the comma, fr_frreal.txt):
// the subject of the nearest verb form before the comma that has one, past
// relative clauses between commas (« à Rafah, où s'entassent des déplacés,
// lors d'un entretien avec ») — not the object that ends before the comma
// (« a critiqué la Russie, lors d'une rencontre avec X »). nil when the
// noun at i is not in such an adjunct or no main verb is found (French;
// frlong round). The adjunct's lead words are the list `meetadjunct`.
func (s *sent) frAdjunctSubject(noun bool, i int) []int {
	if !noun || s.lx.lang != "fr" {
		return nil
	}
	k := -1
	for j := i - 1; j >= 0 && j >= i-6; j-- { // « , à l'issue d'un entretien »: six tokens (frheld6)
		if s.norm(j) == "," {
			if j+1 < i && s.inAt("meetadjunct", j+1) {
				k = j
			}
			break
		}
	}
	if k < 1 {
		return nil
	}
	for j := k - 1; j >= 0; j-- {
		if s.hard(j) && !s.relOpener(j) {
			return nil
		}
		if s.actor[j] >= 0 || !s.verbForm(j) || s.inRelativeStretch(j) || s.adjunctSkip(j) {
			continue
		}
		if s.norm(j-1) == "," || j > 1 && s.inAt("aux", j-1) && s.norm(j-2) == "," {
			// « …, a annoncé mardi le ministre, lors d'une visite »: an
			// attribution incise's inverted subject is the default
			// source already
			return nil
		}
		if g := s.subject(j); g != nil {
			return g
		}
	}
	return nil
}

// inRelativeStretch reports whether token j lies in a comma stretch that a
// relative word opens (« , où s'entassent … , », « , qui … , »).
func (s *sent) inRelativeStretch(j int) bool {
	for x := j; x >= 0; x-- {
		if s.relOpener(x) {
			return true
		}
		if s.hard(x) {
			return false
		}
		if s.norm(x) == "," {
			return x+1 < len(s.toks) && (s.inAt("rel", x+1) || s.inAt("objrel", x+1) || s.exactAt("relstretch_exact", x+1))
		}
	}
	return false
}

// relOpener reports a relative word right after a comma (« , où », « , dont »,
// « , qui »): it opens a stretch that is no main clause, though « où » is a
// clause stop.
func (s *sent) relOpener(x int) bool {
	return x > 0 && s.norm(x-1) == "," && (s.inAt("rel", x) || s.inAt("objrel", x) || s.exactAt("relstretch_exact", x))
}
