package coder

import "github.com/dyadproject/dyad"

// lead6.go: structure of the lead's pair checks of 2026-11-27 (sixth
// session), coder/README.md "Lead's pair checks (2026-11-27, sixth
// session)".

// resultPartitive reports a result participle (`resultverb`) at p whose
// first complement word within three tokens is the partitive « de » of a
// quantity ("tuant plus de 400 personnes", "blessant des dizaines de
// civils", "tuant 12 d'entre eux"): the participle's object, no complement
// that makes it an act of its own, so the participle stays a result of the
// main clause (not coded on its own, CAMEO manual 193). French; English
// has partitiveSoon (par16en.go).
func (s *sent) resultPartitive(p int) bool {
	if s.lx.lang != "fr" {
		return false
	}
	if l := s.lemmaAt(p); l == "" || !s.lx.in("resultverb", l) {
		return false
	}
	for k := p + 1; k < len(s.toks) && k <= p+3; k++ {
		if s.isComp(k) {
			q := k - 1
			return q > p && s.inAt("genitive", k) && (s.inAt("quantity", q) || s.inAt("numeral", q) || s.inAt("approx", q) || s.toks[q].Kind == dyad.Number)
		}
	}
	return false
}
