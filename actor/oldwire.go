package actor

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// oldwire round (2026-11-27): "the two countries" after "Syrian Foreign
// Minister X and Israeli Prime Minister Y opened peace talks in Washington"
// named Israel and the United States: the capital where the talks were held
// counted as much as a party, and it was the most recent. A mention right
// after a locative "in" or "at" (English) names where something happens; it
// counts half towards the pair of "the two countries".

// pairScore ranks a country for pair: two points per mention, one less for
// each mention that is only the place of an event.
func (ds *docState) pairScore(c string) int {
	return 2*ds.count[c] - ds.place[c]
}

// placeAfterLocative reports a mention starting at token t right after a
// word of the `locative` set ("in", "at", "near"; wordsets.txt).
func placeAfterLocative(toks []dyad.Token, t int) bool {
	if t < 1 || t > len(toks) {
		return false
	}
	return wordSet("locative")[strings.ToLower(toks[t-1].Text)]
}
