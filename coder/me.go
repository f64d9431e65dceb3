package coder

// visitPurpose reports whether b is the purpose of a's visit: a visit (042)
// followed by a meeting, a call or talks (04x) of the same source ("flew to
// Moscow to meet Putin"): an act of its own, as French "s'est rendu à
// Moscou pour rencontrer Poutine" codes both, not a complement that the
// visit absorbs (the lead's pair checks, 2026-11-27).
func (s *sent) visitPurpose(ca, cb *cand) bool {
	return ca.code == "042" && len(cb.code) >= 3 && cb.code[:2] == "04" && cb.code != "042" && s.sameCodes(ca.src, cb.src)
}
