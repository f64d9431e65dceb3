// French news titles (frhead round): a rubric sentence that names a
// country before the title ("Irak. Des milliers de manifestants conspuent
// ...", the regional press's "Rubrique. Titre"), read as a colon lead.

package coder

import "strings"

// rubricCountry returns the mention (of this sentence, tokenless) of the
// country that makes up the whole sentence before this one, a rubric
// closed by a period ("Irak. Des manifestants ...", "Catalogne. Un juge
// espagnol ..."), when that rubric opens the document; -1 otherwise
// (French). It stands where headlineCountry finds a colon lead ("Irak :
// des manifestants ...").
func (s *sent) rubricCountry() int {
	if s.lx.lang != "fr" || s.si != 1 || len(s.a.Sentences) < 2 {
		return -1
	}
	prev := s.a.Sentences[0].Tokens
	n := len(prev)
	if n < 2 || n > 5 || prev[n-1].Norm != "." {
		return -1
	}
	ai := -1
	for k := range s.a.Actors {
		if s.a.Actors[k].Sentence != 0 {
			continue
		}
		if ai >= 0 {
			return -1 // two actors: no rubric of one country
		}
		ai = k
	}
	if ai < 0 {
		return -1
	}
	a := s.a.Actors[ai]
	first := 0
	if n > 2 && s.lx.in("det", prev[0].Norm) {
		first = 1 // "Le Mali."
	}
	if a.Start > prev[first].Start || a.End < prev[n-2].End {
		return -1
	}
	if a.Kind != "country" || len(a.Code) != 3 || a.Code == "---" || s.lx.stateCC(a.Code) == "" || s.lx.in("regioncode", strings.ToLower(a.Code)) {
		return -1
	}
	for m, x := range s.ments {
		if x == ai && s.mst[m] < 0 {
			return m
		}
	}
	return s.tokenlessMention(ai)
}
