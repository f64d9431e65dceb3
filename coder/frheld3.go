// frheld3 round (2026-11-27): French generalisation from the spent HELD-BACK
// batches of finished rounds.

package coder

// genitiveConj reports that the tokens [j, to) after a French "et" lead to
// the next mention through a genitive: a determiner and a person's role
// noun (`frheld3-leadnoun`) then de/du/des ("et le chef du Hamas"), or the
// genitive alone, the first member's noun left out ("des dirigeants
// israéliens et du Hamas"); determiners may follow the genitive ("et de
// l'Iran"; a bare "des" is the article, not an elided genitive). The owner
// is then the second member of the group.
func (s *sent) genitiveConj(j, to int) bool {
	role := j+2 < to && s.isDet(j) && s.inAt("frheld3-leadnoun", j+1)
	if role {
		j += 2
	}
	if j >= to || !s.inAt("genitive", j) || !role && s.norm(j) == "des" {
		// (a bare "des" is the plural article: "entre la police et des
		// manifestants" is no genitive)
		return false
	}
	for j++; j < to; j++ {
		if !s.isDet(j) {
			return false
		}
	}
	return true
}
