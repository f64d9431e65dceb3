package coder

// pairs2 round (2026-11-27): an English actor mention that is the direct
// object of the verb before it ("refused to release the French nationals
// detained in Tehran", "demanded that Moscow return the Ukrainian children
// deported to Russia", "arrested protesters gathered outside parliament")
// is no subject of a bare participle after it: the participle qualifies it
// (a reduced relative). The invented English/French pairs of
// probes/pairs2.tsv coded the mention as the participle's subject in
// English only ("French nationals" > Iran 0841, "Ukrainian children" >
// Russia 174); French agreement of the participle left the French side
// right.

// objectMentionBefore reports that the mention m follows, past at most two
// determiners, a verb that governs it as its object: a past form or
// participle of a pattern verb (verbBefore), or a base form after the
// infinitive marker, a modal (en_lex `infto`, `modal`: "to
// release", "must return"; not the noun "the return") or its subject
// mention ("that Moscow return the children"). Verbs of saying
// and knowing (`clauseverb`) take a clause, not an object ("said Russian
// forces shelled the city").
func (s *sent) objectMentionBefore(m int) bool {
	p := s.mst[m] - 1
	for n := 0; n < 2 && p >= 0 && s.isDet(p); n++ {
		p--
	}
	if p < 1 || s.actor[p] >= 0 || s.hard(p) || s.isPrep(p) || s.inAt("clauseverb", p) {
		return false
	}
	if s.verbBefore(p) {
		return true
	}
	if !s.inAt("infto", p-1) && !s.inAt("modal", p-1) && s.actor[p-1] < 0 {
		return false
	}
	for _, f := range s.ids[p] {
		if f.tag&(tagPast|tagPart|tagGer) == 0 && s.lx.verbWord(f.word) {
			return true
		}
	}
	return false
}
