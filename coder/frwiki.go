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
	if s.lx.lang != "fr" || k < 1 || k+1 >= len(s.toks) || !s.lx.in("frwiki-inclusion", s.norm(k)) {
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
