package coder

// plannedIncise reports the closing comma of an apposed incise opened by
// the comma at k with a participle of planning (`plannedpart`: "la visite
// du président à Kiev, prévue en février, a été reportée"), so that the
// halting participle after it still qualifies the noun event; -1 when the
// comma opens no such incise (par20fr).
func (s *sent) plannedIncise(k int) int {
	if k+1 >= len(s.toks) || !s.inAt("plannedpart", k+1) {
		return -1
	}
	return s.closingComma(k+2, k+8)
}

// coupSource gives the country of a coup's military source of unknown
// country (« des militaires de la garde présidentielle ont renversé le
// président nigérien », "soldiers overthrew the Gabonese president"): the
// officers who overthrow a government (180, a `coupverb`) are that
// government's own; "" when the rule does not apply (par20fr).
func (s *sent) coupSource(anchor int, code, src, tgt string) string {
	if code != "180" || len(src) < 6 || src[:3] != "---" || src[3:6] != "MIL" {
		return ""
	}
	if len(tgt) < 6 || tgt[:3] == "---" || tgt[3:6] != "GOV" || s.lx.stateCC(tgt) == "" {
		return ""
	}
	if !s.lx.in("coupverb", s.lemmaAt(anchor)) {
		return ""
	}
	return tgt[:3] + src[3:]
}
