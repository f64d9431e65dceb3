// enheld8 round (English generalisation): an armed attack whose source is
// a suicide bomber named by a group is a suicide bombing.

package coder

// suicideAttack reports, in English, a candidate of a plain armed attack
// or assault (`suicideplain` codes) whose source mention is a suicide
// bomber (`suicidemark` word inside the mention: "a suicide bomber sent by
// the Pakistani Taliban attacked a police station"): CAMEO 1831 "carry out
// suicide bombing". en_dyad.txt's line "1831 V suicide bomber *attack"
// needs the bomber within four words before the verb, which a reduced
// relative naming the group ("sent by", "linked to") breaks.
func (s *sent) suicideAttack(c *cand) bool {
	if s.lx.lang != "en" || !s.lx.in("suicideplain", c.code) {
		return false
	}
	for _, m := range c.src {
		if m < 0 || m >= len(s.mst) || s.mst[m] < 0 {
			continue
		}
		for k := s.mst[m]; k < s.men[m] && k < len(s.toks); k++ {
			if s.inAt("suicidemark", k) {
				return true
			}
		}
	}
	return false
}
