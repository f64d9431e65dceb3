package actor

import "strings"

// foreignPresence (country round): the mention's agent words hold a noun of
// the `foreign-presence` set (diplomats, envoys, a state's nationals,
// tourists): people of a state present in another one, whose country is
// no evidence for the police or court acting on them ("La police a arrêté
// deux diplomates iraniens" leaves the police ---COP).
func foreignPresence(m mention) bool {
	if m.kind != "agent" {
		return false
	}
	for _, w := range strings.Fields(m.agentW) {
		if wordSet("foreign-presence")[w] {
			return true
		}
	}
	return false
}

// awayMention (country round): a country mention introduced by a cue of
// presence away from the event (`away-cue`: "après son retour du Kenya",
// "en visite à Moscou", "speaking in London"; at most three units before
// it, no comma between) is someone's whereabouts: it gives its country to
// no agent of the sentence.
func awayMention(us []unit, o mention) bool {
	for g, n := o.i-1, 0; g >= 0 && n < 4; g, n = g-1, n+1 {
		w := us[g].norm
		if w == "," || w == ";" || w == ":" {
			return false
		}
		if wordSet("away-cue")[w] {
			return true
		}
	}
	return false
}
