package actor

import "github.com/dyadproject/dyad"

// possessedBody (English, enprec12): the head of a body named after a
// country's possessive — "leaders of Yemen's Houthi rebels", "the head of
// Iran's Revolutionary Guards" — belongs to the possessed body (ms[k+2],
// right after the possessive), not to the country (YEMREB, was YEMGOV from
// "leaders of Yemen"). Only a group or an organisation with a code, or an
// agent the actor stage already gave a country; false otherwise.
func possessedBody(toks []dyad.Token, us []unit, ms []mention, k int) (mention, bool) {
	if k+2 >= len(ms) {
		return mention{}, false
	}
	n, o := ms[k+1], ms[k+2]
	if n.kind != "country" || o.i != n.j || !possessiveEnd(toks, us, n.j-1) {
		return mention{}, false
	}
	switch {
	case (o.kind == "group" || o.kind == "org") && o.code != "":
		return o, true
	case o.kind == "agent" && o.country != "" && o.role != "":
		return o, true
	}
	return mention{}, false
}
