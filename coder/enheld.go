package coder

// criticisedActVictim reports, in English, a disapproval or protest (roots
// in `patientroot`: 11, 14) whose object is an act done to someone, named
// by its victim only (`patientnoun` + "of": "condemned the killing of a
// journalist in Haiti", "denounced the assassination of its ambassador in
// Ankara"): CODING.md codes no event for criticism of an act without a
// named perpetrator, so the place of the act is no target either (enheld
// round; the victim was already refused by victimOfCriticism).
func (s *sent) criticisedActVictim(code string, last int) bool {
	if s.lx.lang != "en" || len(code) < 2 || !s.lx.in("patientroot", code[:2]) || last >= len(s.toks) {
		return false
	}
	if s.patientGenitive(last) {
		return true
	}
	k := last
	for n := 0; n < 2 && k < len(s.toks) && s.isDet(k); n++ {
		k++
	}
	if k+1 < len(s.toks) && s.patientGenitive(k+1) {
		return true
	}
	// (enheld2: a determiner and up to two modifiers before the act noun,
	// "condemned the air strike on a school in Khan Younis")
	if k == last {
		return false
	}
	for j := k + 2; j <= k+3 && j < len(s.toks); j++ {
		if s.patientGenitive(j) {
			return true
		}
	}
	return false
}
