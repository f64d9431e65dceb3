// par2d round: English restrictive relative clauses on a subject ("The
// junta that seized power in Niger expelled the ambassador"): the main
// verb's subject is the clause's antecedent, and the clause's own verb
// takes no object beyond the main verb.

package coder

// relAntecedent returns, in English, for a finite verb at j opening a
// subject relative clause right after an actor mention ("the junta that
// seized ..."), the antecedent mention; -1 otherwise.
func (s *sent) relAntecedent(j int) int {
	if s.lx.lang != "en" || j < 2 || !s.inAt("rel", j-1) {
		return -1
	}
	return s.actor[j-2]
}

// relClauseSubject gives the subject of a main verb at p when the subject
// search stopped at the verb j of a restrictive relative clause on the
// subject, with no comma between that verb and p: the clause's antecedent.
func (s *sent) relClauseSubject(j, p int) []int {
	m := s.relAntecedent(j)
	if m < 0 || s.commaBetween(j, p) {
		return nil
	}
	if s.trace() {
		s.tracef("  subject of %q: %q opens a relative clause on %s, its antecedent", s.toks[p].Text, s.toks[j-1].Text, s.mtext([]int{m}))
	}
	return s.group(m)
}

// inRelClause reports, in English, a slot starting at p inside a subject
// relative clause opened shortly before ("that seized power in Niger"):
// a finite verb after it is the main clause's and ends the slot.
func (s *sent) inRelClause(p int) bool {
	if s.lx.lang != "en" {
		return false
	}
	for j := p - 1; j >= 2 && j >= p-4; j-- {
		if s.relAntecedent(j) >= 0 && !s.commaBetween(j, p) {
			return true
		}
	}
	return false
}

// relObjectAntecedent returns, in English, for a mention m found while
// searching the subject of the verb at p, the antecedent of a subject
// relative clause m stands in ("Rebels who control Goma attacked": m is
// Goma, the antecedent the rebels), with no comma up to p; -1 otherwise.
func (s *sent) relObjectAntecedent(m, p int) int {
	if s.lx.lang != "en" {
		return -1
	}
	st := s.mst[m]
	for j := st - 1; j >= 2 && j >= st-6; j-- {
		if s.actor[j] >= 0 || s.hard(j) || s.norm(j) == "," {
			return -1
		}
		if a := s.relAntecedent(j); a >= 0 && s.verbForm(j) && !s.commaBetween(j, p) {
			return a
		}
	}
	return -1
}
