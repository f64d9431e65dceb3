package coder

// enactors3 round (2026-11-27): a pattern word that names an actor (en.txt
// "*&BLAME_P coup", "*&BLAME_P &HOSTAGE") made that actor the target even
// when the verb had its own object before it: "accused Ivorian authorities
// of harbouring coup plotters" targeted the plotters, "accused Netanyahu of
// sabotaging a hostage deal" the hostages. The object of the verb, followed
// by the preposition that opens the complement holding the pattern word, is
// the target.

// objectBeforeWord returns the actor mention standing, past at most two
// determiners, right after the verb at i, when the pattern word's mention w
// comes later inside a prepositional complement of it (the token after the
// object, or after its coordinated group, is a preposition, and no hard
// boundary stands between); -1 otherwise.
func (s *sent) objectBeforeWord(i, w int) int {
	if w < 0 {
		return -1
	}
	k := i + 1
	for n := 0; n < 2 && k < len(s.toks) && s.isDet(k); n++ {
		k++
	}
	if k >= len(s.toks) {
		return -1
	}
	m := s.actor[k]
	if m < 0 || m == w || s.mst[m] != k {
		return -1
	}
	g := s.group(m)
	e := s.men[g[len(g)-1]]
	for _, x := range g {
		if x == w {
			return -1
		}
	}
	if e >= s.mst[w] || e >= len(s.toks) || !s.isPrep(e) {
		return -1
	}
	for j := k; j < s.mst[w]; j++ {
		if s.hard(j) {
			return -1
		}
	}
	return m
}
