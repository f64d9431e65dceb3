package actor

import dyad "github.com/dyadproject/dyad"

// soleSentenceCountry (frdom round): a French document of one sentence (a
// headline, a feed item, one record of a gold set; up to maxSoleSentences
// sentences since the frreal2 round) that names exactly one
// country, in any of its mentions, gives that country to the domestic
// agents of soleSentenceRoles it leaves without one, as a longer document does
// when its country dominates (docDefault): "À Bruxelles, les syndicats ont
// fait grève contre le gouvernement de Charles Michel" BELLAB, "Le Premier
// ministre Gabriel Attal a promis aux agriculteurs une aide" FRAAGR. A
// second country named in the sentence keeps every agent at ---.
func soleSentenceCountry(a *dyad.Analysis, top, second int) bool {
	return a.Doc != nil && a.Doc.Lang == "fr" && len(a.Sentences) <= maxSoleSentences && top >= 1 && second == 0
}

// maxSoleSentences (frreal2 round): a short dispatch of up to three sentences
// that names one country counts as one sentence does (« Plus d'un million de
// personnes ont manifesté en France … Les syndicats ont exigé le retrait du
// projet du gouvernement » FRALAB); a longer document needs docDefault's
// minDocCountry mentions.
const maxSoleSentences = 3

// soleSentenceRoles are the roles a one-sentence document's only country reaches:
// the domestic actors of a story, unions, farmers, students and parties.
// State agents, forces, crowds and the opposition stay ---: in one sentence
// the only country named is as often the foreign counterpart's ("Le
// ministre a salué les soldats maliens", "des militants ont réclamé des
// sanctions contre Israël").
var soleSentenceRoles = map[string]bool{"LAB": true, "AGR": true, "EDU": true, "PTY": true}
