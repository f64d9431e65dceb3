package coder

// meetingAdjunctBefore: "The EU and the GCC pledged at their first summit
// in Brussels to deepen security cooperation": a prepositional adjunct
// naming a meeting (`meetingprep`, at most four words of determiner or
// adjective ("lors de leur premier"), a `meetingnoun`, then places, other mentions, "in|of" and a
// time) stands between the governing word and the complementiser "to" at
// j. It returns the governing word (intent, appeal, refusal...) before the
// adjunct, or -1. French alike: « se sont engagés lors de leur premier
// sommet à Bruxelles à renforcer » (`meetingtail`: the prepositions of the
// place or time after the meeting noun).
func (s *sent) meetingAdjunctBefore(j int) int {
	if j < 4 {
		return -1
	}
	k := j - 1
	for n := 0; k > 2 && n < 8; n++ {
		nm := s.norm(k)
		if s.actor[k] >= 0 || s.inTime(k) || s.lx.in("meetingtail", nm) {
			k--
			continue
		}
		break
	}
	if !s.inAt("meetingnoun", k) || s.actor[k] >= 0 {
		return -1
	}
	k--
	for n := 0; k > 1 && n < 4 && !s.inAt("meetingprep", k); n++ {
		if s.actor[k] >= 0 || s.hard(k) || s.norm(k) == "," || s.verbForm(k) {
			return -1
		}
		k--
	}
	if !s.inAt("meetingprep", k) || s.actor[k-1] >= 0 || !s.governing(k-1) {
		return -1
	}
	return k - 1
}
