// enwire3 round (English wire sentences): small structure helpers.

package coder

import "github.com/dyadproject/dyad"

// quantConj reports, in English, a conjunction right after mention a whose
// tokens up to mention b's start are a quantity phrase only ("The United
// States and more than a dozen European countries expelled", "Britain and
// at least 20 other states"): the two mentions are coordinated, as with a
// bare number ("and 14 European countries"), which a determiner already
// lets through.
func (s *sent) quantConj(from, to int) bool {
	if s.lx.lang != "en" || to-from < 2 || to-from > 7 || !s.lx.in("conj", s.norm(from)) {
		return false
	}
	num := false
	for k := from + 1; k < to; k++ {
		nm := s.norm(k)
		switch {
		case s.toks[k].Kind == dyad.Number || s.lx.in("numeral", nm):
			num = true
		case s.isDet(k), s.lx.in("approx", nm), s.lx.in("quantlead", nm):
		default:
			return false
		}
	}
	return num
}
