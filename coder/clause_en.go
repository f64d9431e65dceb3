package coder

// englishNewClause reports that mention b, joined by "and" to mention a,
// is the subject of a clause of its own (English): a verb of the
// dictionaries (or an auxiliary, a modal or a negation) follows b, and a
// is the object of a verb before it in the clause. "Germany's chancellor
// visited Kyiv and Ukrainian President Volodymyr Zelensky thanked him":
// Zelensky is not a second place visited. A pair after "between" stays a
// pair ("talks between Russia and Ukraine resumed").
func (s *sent) englishNewClause(a, b int) bool {
	e := s.men[b]
	if e >= len(s.toks) {
		return false
	}
	nm := s.norm(e)
	if !(s.lx.in("aux", nm) || s.lx.in("modal", nm) || s.lx.in("neg", nm) || s.verbForm(e) && s.finiteAt(e) && !s.gerundAt(e)) {
		return false
	}
	if p := s.prepBefore(s.mst[a]); p >= 0 && s.lx.in("pairprep", s.norm(p)) {
		return false
	}
	for k := s.mst[a] - 1; k >= 0 && !s.hard(k) && s.norm(k) != ","; k-- {
		if s.actor[k] >= 0 {
			k = s.mst[s.actor[k]]
			continue
		}
		if s.lx.in("clauseverb", s.norm(k)) || s.lx.in("sayverb", s.norm(k)) {
			// "said US and British forces must": a clause after a verb
			// of saying, its subject coordinated
			return false
		}
		if s.verbForm(k) && s.finiteAt(k) && !s.gerundAt(k) && !(k > 0 && s.isDet(k-1)) {
			return true
		}
	}
	return false
}
