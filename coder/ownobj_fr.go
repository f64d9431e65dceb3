package coder

import "github.com/dyadproject/dyad"

// frenchOwnObject reports a French verb at i followed by a direct object
// that is neither an actor nor a noun of mutual fighting (`recipobject` of
// fr_lex.txt: "ont échangé des tirs", "se sont livré des combats"), as
// ownObject does for English: "Les États-Unis et le Royaume-Uni ont bombardé
// des positions houthies" strike those positions together, they do not
// fight each other. A time word right after the verb is skipped ("ont
// bombardé mardi des positions"). The object starts with an article or
// a noun mark (`nounmark`: des, du, ses).
func (s *sent) frenchOwnObject(i int) bool {
	if s.lx.lang != "fr" {
		return false
	}
	k := i + 1
	for n := 0; n < 3 && k < len(s.toks) && s.inTime(k) && s.actor[k] < 0; n++ {
		k++
	}
	art := func(k int) bool { return s.isDet(k) || s.inAt("nounmark", k) }
	if k >= len(s.toks) || !art(k) {
		// (a bare noun right after the verb is rare in French; a
		// preposition or an adverb says nothing of an object)
		return false
	}
	for n := 0; n < 2 && k < len(s.toks) && art(k); n++ {
		k++
	}
	if k >= len(s.toks) || s.toks[k].Kind != dyad.Word || s.actor[k] >= 0 || !s.plainNoun(k) || s.inAt("recipobject", k) {
		return false
	}
	return true
}
