// frwire11 round (French agency register): the owner of the soil a
// nominal attack falls on.

package coder

// ownSoilTarget returns, for a nominal event of force at i whose
// target preposition (one of preps, within 6 tokens of pos) opens on a
// possessive and a soil noun (`reportposs`, `soilnoun`: « des frappes
// iraniennes sur son territoire »), the subject of the finite verb the
// noun depends on: « Le Pakistan a rappelé son ambassadeur en Iran après
// des frappes iraniennes sur son territoire » — the soil is the main
// subject's (a place target: its country, emit.go). Nil when no such verb
// or subject stands before the noun in the clause. English too (lead,
// eighth session): "Pakistan recalled its ambassador from Iran after
// Iranian strikes on its territory".
func (s *sent) ownSoilTarget(i, pos int, preps []int32) []int {
	k := pos
	for n := 0; ; k, n = k+1, n+1 {
		if k+2 >= len(s.toks) || n >= 6 || s.hard(k) || s.actor[k] >= 0 {
			return nil
		}
		if s.matchAny(k, preps) && s.inAt("reportposs", k+1) && s.inAt("soilnoun", k+2) {
			break
		}
	}
	for v := i - 1; v >= 0 && v >= i-30 && !s.hard(v); v-- {
		if s.actor[v] < 0 && !s.isPrep(v) && (s.inAt("aux", v) || s.verbForm(v) && s.finiteAt(v) && !(v > 0 && s.isDet(v-1))) {
			g := s.subject(v)
			if len(g) == 0 {
				return nil
			}
			if s.trace() {
				s.tracef("  %q at %d: %q %q is the soil of the subject of the verb before: %s", s.toks[i].Text, i, s.toks[k+1].Text, s.toks[k+2].Text, s.mtext(g))
			}
			return g
		}
	}
	return nil
}
