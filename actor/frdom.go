package actor

import dyad "github.com/dyadproject/dyad"

// soleSentenceCountry (frdom round): a document of one sentence (a
// headline, a feed item, one record of a gold set) that names exactly one
// country, in any of its mentions, gives that country to the domestic
// agents it leaves without one, as a longer document does when its country
// dominates (docDefault): "À Bruxelles, les syndicats ont fait grève contre
// le gouvernement de Charles Michel" BELLAB, "Le Premier ministre Gabriel
// Attal a promis aux agriculteurs une aide" FRAAGR. A second country named
// in the sentence keeps every agent at ---.
func soleSentenceCountry(a *dyad.Analysis, top, second int) bool {
	return len(a.Sentences) == 1 && top >= 1 && second == 0
}
