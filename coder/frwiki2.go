// frwiki2 round (French Wikinews-register articles, probes/frwiki2.jsonl).

package coder

import "github.com/dyadproject/dyad"

// titleParticiple reports a French title whose predicate is the passive
// participle at i with its agent after "par" ("Gaza : des dizaines de
// Palestiniens tués par l'armée israélienne", "Vladimir Poutine reçu à
// Versailles par Emmanuel Macron"): the sentence has no final stop
// (`titlestop`) and no other finite verb, so the participle is not a reduced
// relative qualifying an object (objectParticiple) but the title's verb.
func (s *sent) titleParticiple(i int) bool {
	n := len(s.toks)
	if s.lx.lang != "fr" || n == 0 || s.inAt("titlestop", n-1) {
		return false
	}
	par := -1
	for j := i + 1; j < n && j <= i+6; j++ {
		if s.hard(j) || s.actor[j] >= 0 {
			break
		}
		if s.norm(j) == s.lx.agentPrep() {
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

// apposedGenitiveConj returns the mention coordinated before the phrase
// whose genitive owner is mention cur-1 and whose apposition is mention cur
// ("Juan Manuel Santos et le chef des FARC, Rodrigo Londoño, ont signé":
// for Londoño, Santos), -1 otherwise (French). The owner (the FARC) is the
// apposition's body, not a member of its own.
func (s *sent) apposedGenitiveConj(cur int) int {
	if s.lx.lang != "fr" || cur < 2 {
		return -1
	}
	x := cur - 1
	if s.mst[x] < 0 || s.mst[cur] < 0 || s.mst[cur] != s.men[x]+1 || s.norm(s.men[x]) != "," {
		return -1
	}
	j := s.mst[x] - 1
	if j > 0 && s.isDet(j) && s.inAt("genitive", j-1) {
		j-- // "le chef de la junte"
	}
	if j < 3 || !s.inAt("genitive", j) {
		return -1
	}
	n := j - 1 // the head noun of the phrase ("chef")
	if s.actor[n] >= 0 || s.toks[n].Kind != dyad.Word || s.isDet(n) || s.isPrep(n) || !s.isDet(n-1) {
		return -1
	}
	c := n - 2
	if !s.inAt("conj", c) {
		return -1
	}
	y := s.actor[c-1]
	if y < 0 || y != x-1 || s.men[y] != c {
		return -1
	}
	return y
}
