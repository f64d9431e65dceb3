package coder

// frwiki round (2026-11-27): constructions of French Wikinews-register
// articles (probes/probes_frwiki.jsonl). Word lists are in the frwiki block
// of fr_lex.txt.

// includedObject reports a « dont » at k that lists what the object noun
// before it includes (« bombardant plusieurs villes dont Kiev et
// Kharkiv »): right after a plain word (no comma, no actor), followed by an
// actor mention (after an optional article) with no verb group after it. It
// is no relative pronoun there (« la ville dont le maire a été arrêté »,
// « un accord dont Moscou conteste la légitimité » stay relatives), so the
// default target slot reads past it to the named actors (French).
func (s *sent) includedObject(k int) bool {
	if s.lx.lang != "fr" || k < 1 || k+1 >= len(s.toks) || !s.inAt("frwiki-inclusion", k) {
		return false
	}
	if s.actor[k-1] >= 0 || !s.plainWord(k-1) {
		return false
	}
	j := k + 1
	if s.isDet(j) && s.actor[j] < 0 {
		j++
	}
	if j >= len(s.toks) {
		return false
	}
	m := s.actor[j]
	if m < 0 || s.mst[m] != j {
		return false
	}
	return !s.verbAfterMention(m)
}

// nounPartnerSubject reports a subject coordinated with a common noun that
// names no actor (« l'Iran et les grandes puissances concluent un accord à
// Vienne »): the partners of a reciprocal act are in the subject, so the
// place is not one of them (French; i is the verb).
func (s *sent) nounPartnerSubject(src []int, i int) bool {
	if s.lx.lang != "fr" || len(src) != 1 || src[0] < 0 || src[0] >= len(s.men) {
		return false
	}
	k := s.men[src[0]]
	if k+1 >= i || !s.inAt("conj", k) {
		return false
	}
	j := k + 1
	if s.isDet(j) && s.actor[j] < 0 {
		j++
	}
	return j < i && s.actor[j] < 0 && s.plainWord(j) && !s.verbForm(j)
}
