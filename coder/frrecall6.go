package coder

import "github.com/dyadproject/dyad/actor"

// frrecall6 round: the two countries of a prefixed compound adjective
// written with a detached hyphen ("les pourparlers soviéto -
// tchécoslovaques", the spaced hyphens of the 1990s press). The actor stage
// reads them as the pair of "soviéto-tchécoslovaques" (actor/frrecall6.go);
// the coder joins the three tokens into one mention with two parties, as
// hyphenPair does inside one token.

// spacedPairTwin: mention ai, on the one token first, follows a detached
// hyphen after the prefix country of a compound adjective (mention o, the
// token before the hyphen): o then spans the three tokens and ai is its
// twin. It reports whether it joined them.
func (s *sent) spacedPairTwin(ai, first, end int) bool {
	if end != first+1 || first < 2 || !actor.DetachedHyphen(s.toks[first-1].Text) {
		return false
	}
	o := s.actor[first-2]
	if o < 0 || s.mst[o] != first-2 || s.men[o] != first-1 || s.a.Actors[s.ments[o]].Entry != actor.DemonymPrefixEntry || s.actor[first-1] >= 0 {
		return false
	}
	s.men[o] = end
	s.actor[first-1], s.actor[first] = o, o
	s.addTwin(o, ai, first-2, end)
	if s.trace() {
		s.tracef("  %q and %q joined by a detached hyphen: two parties", s.a.Actors[s.ments[o]].Text, s.a.Actors[ai].Text)
	}
	return true
}
