// Coordlist round (2026-11-27): a French list of owners after a plural
// role noun, each owner after a comma or "et" repeating the genitive ("les
// Premiers ministres du Danemark, des Pays-Bas et de la Suède", "les
// dirigeants du Danemark, de la Norvège et de la Finlande"): the owners
// after the first are members of the role mention's group.

package coder

import "strings"

// genListHead reports a mention that is a role noun with its owner inside
// its span ("Premiers ministres du Danemark", "ministres des Affaires
// étrangères de France": an agent of a known country whose span holds a
// genitive after its first token). French.
func (s *sent) genListHead(m int) bool {
	if m < 0 || s.mst[m] < 0 || s.a.Actors[s.ments[m]].Kind != "agent" {
		return false
	}
	if c := s.mcode(m); len(c) < 3 || strings.HasPrefix(c, "---") {
		return false
	}
	for k := s.mst[m] + 1; k < s.men[m]-1 && k < len(s.toks); k++ {
		if s.inAt("genitive", k) {
			return true
		}
	}
	return false
}

// genListMember reports a mention m that repeats the genitive of the role
// mention before it after a comma or "et" (", des Pays-Bas", "et de la
// Suède"): the mention before is such a role mention (genListHead) or
// itself such a member. French.
func (s *sent) genListMember(m int) bool {
	for depth := 0; depth < 8; depth++ {
		if s.lx.lang != "fr" || m < 1 || s.mst[m] < 0 || s.mst[m-1] < 0 {
			return false
		}
		if k := s.a.Actors[s.ments[m]].Kind; k != "country" && k != "group" && k != "org" {
			return false
		}
		k, to := s.men[m-1], s.mst[m]
		sep := false
		for k < to && (s.norm(k) == "," || s.inAt("conj", k)) {
			sep = true
			k++
		}
		if !sep || k >= to || !s.inAt("genitive", k) {
			return false
		}
		for k++; k < to; k++ {
			if !s.isDet(k) {
				return false
			}
		}
		if s.genListHead(m - 1) {
			return true
		}
		m--
	}
	return false
}

// groupEnd returns the token after the last member of group g coordinated
// after the slot's mention m, when that member ends after end; else end:
// a pattern's next element is looked for after the whole list ("a salué
// le Kenya, le Ghana et le Sénégal pour leurs élections").
func (s *sent) groupEnd(m int, g []int, end int) int {
	if len(g) < 2 {
		return end
	}
	last := m
	for _, x := range g {
		if x > last && s.mst[x] >= s.men[m] {
			last = x
		}
	}
	if last == m {
		return end
	}
	// only a contiguous chain of members right after m
	for x := m + 1; x <= last; x++ {
		in := false
		for _, y := range g {
			if y == x {
				in = true
				break
			}
		}
		if !in && !s.twinOf(x, g) {
			return end
		}
	}
	if e := s.men[last]; e > end {
		return e
	}
	return end
}

// twinOf reports a mention x that is a twin (same span) of a member of g.
func (s *sent) twinOf(x int, g []int) bool {
	for _, y := range g {
		if s.mst[x] == s.mst[y] && s.men[x] == s.men[y] {
			return true
		}
	}
	return false
}

// coAgentIncise reports an incise ", avec Y," (`coagentincise`) between
// the clause-opening subject a and the verb: b, after the incise word, is
// closed by a comma and a French verb group follows ("Le Royaume-Uni,
// avec la France, a imposé de nouvelles sanctions"), and a opens its
// clause (only determiners before it). French.
func (s *sent) coAgentIncise(a, b int) bool {
	if s.lx.lang != "fr" || s.mst[a] < 0 || s.mst[b] < 0 {
		return false
	}
	k := s.mst[a] - 1
	for k >= 0 && s.isDet(k) {
		k--
	}
	if k >= 0 && !s.hard(k) {
		return false
	}
	e := s.men[b]
	return e+1 < len(s.toks) && s.norm(e) == "," && s.frenchVerbGroup(e+1)
}
