// enheld7 round (English generalisation): a sports side named after its
// country ("India's cricket team") is no political actor; unknown
// perpetrators named by a group after them ("gunmen linked to the Islamic
// State") are that group.

package coder

import "strings"

// sportsSide reports, in English, an actor mention m followed within
// three words by a sport (`sportnoun`) and a team noun (`sportteam`):
// "India's cricket team beat England", "South Africa's national rugby
// side": a match or a tour of a sports side is no event between states.
func (s *sent) sportsSide(m int) bool {
	if s.lx.lang != "en" || m < 0 || m >= len(s.men) || s.men[m] < 0 {
		return false
	}
	sport := false
	for k := s.men[m]; k < len(s.toks) && k <= s.men[m]+3; k++ {
		w := s.norm(k)
		switch {
		case s.lx.in("sportnoun", w):
			sport = true
		case s.lx.in("sportteam", w):
			return sport
		case s.lx.in("sportmod", w):
		default:
			return false
		}
	}
	return false
}

// sportsEvent reports a candidate whose source or target is a sports
// side (sportsSide).
func (s *sent) sportsEvent(c *cand) bool {
	for _, m := range c.src {
		if s.sportsSide(m) {
			return true
		}
	}
	for _, m := range c.tgt {
		if s.sportsSide(m) {
			return true
		}
	}
	return false
}

// perpLink returns the actor mention that names unknown perpetrators
// (unnamedPerpetrator) in a reduced relative right after them: "gunmen
// linked to the Islamic State" (`perplinkto` + "to"), "a suicide bomber
// sent by the Pakistani Taliban" (`perplinkby` + "by"); -1 when none.
// CODING.md: unknown perpetrators are no source "unless a group or a
// nationality names them" (« des hommes armés du JNIM »).
func (s *sent) perpLink(m int) int {
	if s.lx.lang != "en" || !s.unnamedPerpetrator(m) {
		return -1
	}
	x, _ := s.linkedMention(m, "perplinkto", "perplinkby")
	if x < 0 || strings.HasPrefix(s.codes[x], "---") {
		return -1
	}
	return x
}

// perpGroupCode gives unknown perpetrators named by a group or state
// (perpLink) that actor's code: "gunmen linked to the Islamic State"
// IMGMUSISI, "a suicide bomber sent by the Pakistani Taliban" PAKINS.
func (s *sent) perpGroupCode() {
	for m := range s.codes {
		if j := s.perpLink(m); j >= 0 {
			if s.trace() {
				s.tracef("  %q: unknown perpetrators named by %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[j]].Text, s.codes[j])
			}
			s.codes[m] = s.codes[j]
		}
	}
}
