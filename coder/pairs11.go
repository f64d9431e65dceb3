package coder

// pairs11 round (2026-11-27): a French participle after "été" preceded by
// an auxiliary of avoir ("ont été attaqués", "a été agressé") is always a
// passive whose grammatical subject is the patient. The passive check of
// match.go runs only for patterns without a target slot or with a direct
// one; a pattern with a prepositional slot ("*&ATTAQUER a|en+") coded the
// patient as the source and the place as the target ("Des policiers ont
// été attaqués à Nanterre" FRACOP>FRA 190). Without an agent ("par X")
// such a match codes nothing (CODING.md: passive without agent).
func (s *sent) etrePassive(i int) bool {
	if s.lx.lang != "fr" {
		return false
	}
	j := i - 1
	for n := 0; n < 2 && j > 0 && s.frenchAdverb(j); n++ {
		j--
	}
	if j < 1 || !s.inAt("passpart", j) {
		return false
	}
	return s.inAt("aux", j-1)
}

// etrePassiveNoAgent: etrePassive with no "par X" agent within six tokens.
func (s *sent) etrePassiveNoAgent(i int) bool {
	if !s.etrePassive(i) {
		return false
	}
	agent, _ := s.slot(i+1, []int32{s.lx.words[s.lx.agentPrep()]}, false, 6)
	return agent < 0
}
