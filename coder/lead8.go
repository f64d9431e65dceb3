// Lead's checks of 2026-11-27, eighth session.

package coder

// adjAuthor returns, in English, the nationality adjective right before a
// nominal event's anchor at i that a preposition introduces ("after
// Russian strikes on Kyiv", "amid Israeli raids in Jenin"): the author of
// the act, which subject() skips as a prepositional complement and would
// replace by an earlier actor of the clause ("Pakistan recalled its
// ambassador from Iran after Iranian strikes on its territory" gave the
// ambassador). -1 when there is none, when the pattern has words before
// its anchor (pos != i), when the adjective is not a country's, or when
// the preposition is a genitive or a place's ("of", "in": a place name).
func (s *sent) adjAuthor(noun bool, i, pos int) int {
	if !noun || s.lx.lang != "en" || pos != i || i < 2 {
		return -1
	}
	m := s.actor[i-1]
	if m < 0 || s.men[m] != i || s.a.Actors[s.ments[m]].Kind != "country" {
		return -1
	}
	if q := s.mst[m] - 1; q < 0 || !s.isPrep(q) || s.inAt("genitive", q) || s.inAt("placeprep", q) {
		// ("the city of Hebron set fire", "in Gaza": a place, no adjective)
		return -1
	}
	return m
}
