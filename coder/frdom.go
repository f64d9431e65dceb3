package coder

import "github.com/dyadproject/dyad"

// frdom round (French domestic politics): helpers of the emit and match
// steps for parties, deputies, unions and the opposition.

// peerSectors are the sectors of domestic political actors whose members
// deal with each other as separate actors: two parties (PSOE and Podemos
// ESPPTY), two deputies (FRALEG), two unions, the opposition. A meeting,
// talks or an appeal between two of them is an event even when both are
// coded alike (CODING.md: "FRAPTY↔FRAPTY, one event is listed"), unlike two
// members of one government ("le Premier ministre s'est entretenu avec le
// ministre", FRAGOV: internal business).
var peerSectors = map[string]bool{"PTY": true, "LEG": true, "OPP": true, "LAB": true}

// partyPeers reports pairs of distinct mentions coded alike whose code is
// a country + one of peerSectors.
func (s *sent) partyPeers(pairs [][2]int) bool {
	if len(pairs) == 0 || !s.distinctPairs(pairs) {
		return false
	}
	for _, pr := range pairs {
		if pr[1] < 0 {
			return false
		}
		c := s.codes[pr[0]]
		if len(c) != 6 || c[:3] == "---" || !peerSectors[c[3:6]] {
			return false
		}
	}
	return true
}

// quoteSpeakerAfter: a French verb of a non-weak pattern placed right
// after a closing quote ("« Vous avez trahi les électeurs », a lancé la
// secrétaire du PS à l'adresse du Premier ministre") has no subject to its
// left: its subject is the actor inverted after it, unless that actor is
// already the event's target.
func (s *sent) quoteSpeakerAfter(i int, tgt []int) []int {
	if s.lx.lang != "fr" || !s.afterQuote(i) {
		return nil
	}
	inv := s.inverted(i)
	if inv == nil || overlaps(tgt, inv) {
		return nil
	}
	return inv
}

// genitiveRelAnte: the antecedent of a relative "que" after a comma may be
// the complement of a noun ("a exigé la démission de la ministre X, qu'il a
// qualifiée de « … »"): an actor after a genitive "de" (de, d', du, des)
// right after a noun, not after a verb (a complement of the verb: "a parlé
// de X, qu'il"), with the comma closing it.
func (s *sent) genitiveRelAnte(m int, comma bool) bool {
	if s.lx.lang != "fr" || !comma {
		return false
	}
	k := s.prepBefore(s.mst[m])
	if k <= 0 || !s.lx.in("genitive", s.norm(k)) {
		return false
	}
	return !s.verbForm(k-1) && !s.lx.in("aux", s.norm(k-1)) && s.toks[k-1].Kind == dyad.Word && s.actor[k-1] < 0
}
