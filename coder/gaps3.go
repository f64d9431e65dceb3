package coder

// gaps3 round (2026-11-27): the agent of an English passive named a few
// words after the participle, past its complement ("was sentenced to eight
// years in prison by a Moscow court", "was extradited on Friday to Brazil
// by Paraguay"). The agent slot of match.go looks only a few tokens after
// the participle; French already scans further (the "tué par « un tir
// d'obus lancé par X »" loop). Called only when that slot found nothing
// and the participle has its auxiliary.

// farAgentEN returns the mention introduced by "by" within the clause after
// the passive participle at i, -1 when none. The scan stops at a clause
// limit, a comma, a conjunction or relative pronoun, and at another past
// participle or -ing form (whose own agent "by" may introduce: "was killed
// in a strike carried out by X" stays X's strike).
func (s *sent) farAgentEN(i int) int {
	by := s.lx.agentPrep()
	for k := i + 1; k < len(s.toks) && k <= i+farAgentSpan; k++ {
		if s.hard(k) || s.norm(k) == "," || s.inAt("conj", k) || s.inAt("rel", k) {
			return -1
		}
		if s.actor[k] < 0 && s.verbBefore(k) {
			return -1
		}
		if s.actor[k] < 0 && s.gerundAt(k) {
			return -1
		}
		if s.norm(k) != by {
			continue
		}
		j := k + 1
		for n := 0; n < 2 && j < len(s.toks) && s.actor[j] < 0 && s.isDet(j); n++ {
			j++
		}
		if m := s.actorAt(j); m >= 0 && s.mst[m] == j {
			return m
		}
		return -1
	}
	return -1
}

// farAgentSpan is how far after the participle the English agent may stand.
const farAgentSpan = 12
