package coder

import "strings"

// prepPartnerVenue (French, frheld7 round) reports a meeting pattern (CAMEO
// 04x) whose target slots are all optional prepositional ones (fr_lead5.txt's
// « *tenir … sommet avec+? »): the preposition names the partner, so when the
// slot is empty the place after the verb is the venue, not a partner
// (« l'Union africaine tiendra son sommet à Addis-Abeba », before: 036
// against the host country). CODING.md: an event needs two actors.
func (s *sent) prepPartnerVenue(p *pattern) bool {
	if s.lx.lang != "fr" || !strings.HasPrefix(p.code, "04") {
		return false
	}
	has := false
	for _, els := range [][]elem{p.pre, p.post} {
		for _, e := range els {
			if e.kind == elBoth || e.kind == elTgt && (e.preps == nil || !e.optional) {
				return false
			}
			if e.kind == elTgt {
				has = true
			}
		}
	}
	return has
}

// victimPlace (French, frheld7 round) reports an act condemned without its
// author whose matched words end on the preposition (last: the token after them) naming its victim
// (`victimprep`: « a condamné l'attaque contre une école au Nigeria », roots in
// `patientroot`): the place after it is where the victim lies, not the
// author (before: FRAGOV>NGA 111). CODING.md: criticism of an act without a
// named perpetrator gives no event.
func (s *sent) victimPlace(code string, last int) bool {
	if s.lx.lang != "fr" || len(code) < 2 || !s.lx.in("patientroot", code[:2]) || last < 1 || last > len(s.toks) {
		return false
	}
	return s.lx.in("victimprep", s.norm(last-1))
}
