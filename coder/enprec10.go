// enprec10 round (English precision on long wire sentences): the subject of
// a clause coordinated after an intransitive verb is no object of it.

package coder

// coordClauseSubject reports, in English, a mention m that opens a clause
// coordinated after the anchor i or a free relative: "and", "but" or
// "what" (`clauseopen`) right before it, and a
// past or present verb form right after it ("as a trade war between
// Beijing and Washington deepened and economists warned ...": the
// economists are the subject of "warned", no object of "deepened";
// "tanks rammed its door in what President Luis Arce called a coup").
func (s *sent) coordClauseSubject(i, m int) bool {
	if s.lx.lang != "en" || m < 0 || s.mst[m] <= i+1 || s.men[m] >= len(s.toks) {
		return false
	}
	b := s.mst[m] - 1
	for b > i && s.isDet(b) {
		b--
	}
	if b <= i || !s.lx.in("clauseopen", s.norm(b)) {
		return false
	}
	e := s.men[m]
	if s.lx.in("aux", s.norm(e)) || s.lx.in("passaux", s.norm(e)) {
		return true
	}
	for _, f := range s.ids[e] {
		if s.lx.verbs[s.lx.names[f.word]] && f.tag&tagPast != 0 {
			// (not a participle that qualifies the mention: "and
			// Iraqi forces backed by Iran", "and officials based in")
			return f.tag&tagPart == 0 || e+1 >= len(s.toks) || !s.isPrep(e+1)
		}
	}
	return false
}
