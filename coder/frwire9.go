package coder

// foreignBeside (frwire9 round): a mention qualified as foreign by the word
// next to it, outside the mention ("deux enseignants étrangers": the
// `foreign` list right after a French mention; "two foreign teachers": the
// `foreignbefore` list right before an English one) is foreign, as one
// holding the word is (foreignMention): it takes neither the source's nor
// the place's country. English "foreign" stays out of the `foreign` list,
// which is read inside mentions: "the foreign minister" is no foreigner.
func (s *sent) foreignBeside(m int) bool {
	if s.mst[m] < 0 {
		return false
	}
	if s.lx.lang == "fr" {
		k := s.men[m] + 1
		return k < len(s.toks) && s.inAt("foreign", k)
	}
	k := s.mst[m] - 1
	return k >= 0 && s.inAt("foreignbefore", k)
}
