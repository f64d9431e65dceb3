// enprec10 round (English precision on long wire sentences): the subject of
// a clause coordinated after an intransitive verb is no object of it; talks
// that state the purpose of a planned visit are planned too.

package coder

import "github.com/dyadproject/dyad"

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
	if b <= i || !s.inAt("clauseopen", b) {
		return false
	}
	e := s.men[m]
	if s.inAt("aux", e) || s.inAt("passaux", e) {
		return true
	}
	for _, f := range s.ids[e] {
		if s.lx.verbWord(f.word) && f.tag&tagPast != 0 {
			// (not a participle that qualifies the mention: "and
			// Iraqi forces backed by Iran", "and officials based in")
			return f.tag&tagPart == 0 || e+1 >= len(s.toks) || !s.isPrep(e+1)
		}
	}
	return false
}

// purposeVerb returns the verb whose purpose the event noun at i states
// ("will travel to Beijing next week for talks with X": "travel"), as
// purposeSubject finds it; -1 when none.
func (s *sent) purposeVerb(i int) int {
	k := s.beforeNounGroup(i, true)
	if k < 1 || !s.inAt("purposenoun", k) {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-15 && !s.hard(j) && s.norm(j) != ","; j-- {
		if s.actor[j] < 0 && s.verbForm(j) && !s.isDet(j) {
			return j
		}
	}
	return -1
}

// purposeMode gives an asserted event noun that states the purpose of a
// verb the mode of that verb's candidate when it is future or
// hypothetical: talks planned on a coming visit are no talks held ("said
// he would visit South Korea next month for talks with President Lee")
// (English, enprec10).
func (s *sent) purposeMode(cb *cand) {
	if s.lx.lang != "en" || !cb.p.noun || cb.mode != dyad.Asserted {
		return
	}
	j := s.purposeVerb(cb.anchor)
	if j < 0 {
		return
	}
	for k := range s.cands {
		if c := &s.cands[k]; c.anchor == j && !c.p.noun && (c.mode == dyad.Future || c.mode == dyad.Hypothetical) {
			cb.mode = c.mode
			if s.trace() {
				s.tracef("  %s at %d: purpose of %q: %s", cb.p.id, cb.anchor, s.toks[j].Text, c.mode)
			}
			return
		}
	}
}

// oneSidedDropped reports, in English, a candidate with a source and no
// target that DropOneSided will drop: it does not make a plain statement
// with an addressee weak ("Sisi told Blinken in Cairo that ..., as
// mediators from the United States pressed on with talks": the one-sided
// 026 is dropped, the 010 to Blinken stays).
func (s *sent) oneSidedDropped(c *cand) bool {
	return s.lx.lang == "en" && s.dropOne && len(c.tgt) == 0 && len(c.both) == 0 && !c.place
}

// toInfObject returns, in English, the infinitive after "to" whose object
// the mention m is ("the first North Korean troops sent to support Russia's
// war had arrived": Russia is the object of "support", no subject of
// "arrived"); -1 otherwise.
func (s *sent) toInfObject(m int) int {
	if s.lx.lang != "en" {
		return -1
	}
	k := s.beforeDets(m)
	if k < 1 || s.actor[k] >= 0 || s.norm(k-1) != "to" || !s.verbForm(k) {
		return -1
	}
	return k
}
