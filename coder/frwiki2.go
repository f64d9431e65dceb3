// frwiki2 round (French Wikinews-register articles, probes/frwiki2.jsonl).

package coder

// titleParticiple reports a French title whose predicate is the passive
// participle at i with its agent after "par" ("Gaza : des dizaines de
// Palestiniens tués par l'armée israélienne", "Vladimir Poutine reçu à
// Versailles par Emmanuel Macron"): the sentence has no final stop
// (`titlestop`) and no other finite verb, so the participle is not a reduced
// relative qualifying an object (objectParticiple) but the title's verb.
func (s *sent) titleParticiple(i int) bool {
	n := len(s.toks)
	if s.lx.lang != "fr" || n == 0 || s.lx.in("titlestop", s.norm(n-1)) {
		return false
	}
	par := -1
	for j := i + 1; j < n && j <= i+6; j++ {
		if s.hard(j) || s.actor[j] >= 0 {
			break
		}
		if s.norm(j) == "par" {
			par = j
			break
		}
	}
	if par < 0 || s.actorAt(par+1) < 0 && !(s.isDet(par+1) && s.actorAt(par+2) >= 0) {
		return false
	}
	for k := 0; k < n; k++ {
		if k != i && s.actor[k] < 0 && s.verbForm(k) && !s.participle(k) && !(k > 0 && (s.isDet(k-1) || s.isPrep(k-1))) && s.finiteAt(k) {
			return false
		}
	}
	return true
}
