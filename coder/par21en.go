package coder

// par21en round (invented English agency-wire leads, probes/probes_par21en.tsv):
// two structural reads of the commonest wire constructions.

// governedElsewhere (English) reports that the complement at b of a weak
// statement verb at a ("said", "announced": 010~) is governed by a word
// of its own between them, a governing word (intent, appeal, refusal,
// threat) or a word of planning (`plannedpart`: "The White House said that President Joe Biden planned to meet
// X"); a "that" alone does not do ("said that troops sent to support X
// had arrived": the purpose infinitive stays dropped). The reported event is then
// no complement of the statement and stays (CODING.md, reported speech).
func (s *sent) governedElsewhere(a, b int) bool {
	if s.lx.lang != "en" {
		return false
	}
	for k := a + 1; k < b; k++ {
		if s.actor[k] >= 0 {
			continue
		}
		if s.governing(k) || s.inAt("plannedpart", k) {
			return true
		}
	}
	return false
}

// appealToActorInf (English) reports an appeal or other governing
// participle at i followed by a preposition, an actor mention and "to"
// with a verb ("called on Egypt to free prisoners held without trial"):
// a finite verb with its addressee and infinitive, not a participle
// qualifying the mention before it, though a participle ("held") follows.
func (s *sent) appealToActorInf(i int) bool {
	if s.lx.lang != "en" || !s.governing(i) {
		return false
	}
	n := i + 1
	if n+1 >= len(s.toks) || !s.isPrep(n) {
		return false
	}
	m := s.actor[n+1]
	if m < 0 || s.mst[m] != n+1 {
		return false
	}
	k := s.men[m]
	return k+1 < len(s.toks) && s.isComp(k) && s.verbForm(k+1)
}

// prepBeforeTime (English) reports a preposition at k that opens a time
// expression ("demanded on Tuesday that Russia release ..."): part of the
// time adjunct between a verb and its that-clause.
func (s *sent) prepBeforeTime(k int) bool {
	return s.lx.lang == "en" && k+1 < len(s.toks) && s.isPrep(k) && !s.inTime(k) && s.inTime(k+1)
}
