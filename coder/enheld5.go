package coder

// enheld5 round (2026-11-27): English generalisation from the held-back
// batches of earlier rounds.

// yearAfterArticle reports, for the English token i, a number after an
// article or possessive ("the 1993 bombing of the World Trade Center", "its
// 2022 invasion", "the 2015 agreement"): the word after a year or a count
// that follows a noun mark is a noun, not a verb (a past event named as
// context, not coded as an act of the subject).
func (s *sent) yearAfterArticle(i int) bool {
	if s.lx.lang != "en" || i < 2 {
		return false
	}
	if !allDigits(s.norm(i - 1)) {
		return false
	}
	return s.inAt("nounmark", i-2)
}
