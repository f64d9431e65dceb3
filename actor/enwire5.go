package actor

import "github.com/dyadproject/dyad"

// enwire5 round (2026-11-27, invented English wire sentences): a
// nationality after the article "a"/"an" that heads its phrase ("convicted
// two Russians and a Ukrainian of murder", "arrested an American on drug
// charges", "executed a Briton") is one person of that country, CVL as the
// counted plural ("two Russians") is. The word after it must end the
// phrase (punctuation, the end, or a word of the `national-follow` set:
// prepositions, conjunctions, auxiliaries), so that "a Ukrainian drone"
// stays the country's.
func aNational(toks []dyad.Token, us []unit, m *mention) bool {
	t := us[m.i].tok
	if t == 0 || !us[m.i].cap {
		return false
	}
	if p := toks[t-1].Norm; p != "a" && p != "an" {
		return false
	}
	e := us[m.j-1].tokEnd + 1
	if e >= len(toks) {
		return true
	}
	n := toks[e]
	// (a hyphen joins a compound: "a U.S.-Russian dual national")
	return n.Kind == dyad.Punct && n.Text != "-" && n.Text != "–" || wordSet("national-follow")[n.Norm]
}
