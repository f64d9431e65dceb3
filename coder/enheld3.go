package coder

// enheld3 round (2026-11-27): English generalisation from the spent held-back
// batches of earlier rounds.

// appealNotTo (English) reports an appeal or demand whose complement is
// negated by its own "not"/"never" right before "to" between the governing
// word g and the complement's anchor b ("urged Israel not to launch an
// offensive on Rafah", "demanded that Kyiv not attack"): the appeal itself
// took place. The negation belongs to what is asked, so the complement is no
// negated event; a use of force asked not to be used (15, 18, 19, 20) is an
// appeal or demand for de-escalation (CAMEO 0256 / 1056: the complement is
// read as 087, "de-escalate", before the appeal table), another act asked
// not to be done a plain appeal (020, as "urged China to stop supporting").
func (s *sent) appealNotTo(cb *cand, g int) (handled, cease bool) {
	if s.lx.lang != "en" || !cb.neg || len(cb.code) < 3 {
		return false, false
	}
	found := false
	for j := g + 1; j+1 < cb.anchor; j++ {
		if (s.norm(j) == "not" || s.norm(j) == "never") && s.norm(j+1) == "to" {
			found = true
		}
	}
	if !found {
		return false, false
	}
	cb.neg = false
	switch cb.code[:2] {
	case "15", "18", "19", "20":
		cb.code = "087"
		return true, false
	}
	return true, true
}
