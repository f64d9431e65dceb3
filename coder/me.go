package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// visitPurpose reports whether b is the purpose of a's visit: a visit (042)
// followed by a meeting, a call or talks (04x) of the same source ("flew to
// Moscow to meet Putin"): an act of its own, as French "s'est rendu à
// Moscou pour rencontrer Poutine" codes both, not a complement that the
// visit absorbs (the lead's pair checks, 2026-11-27).
func (s *sent) visitPurpose(ca, cb *cand) bool {
	return ca.code == "042" && len(cb.code) >= 3 && cb.code[:2] == "04" && cb.code != "042" && s.sameCodes(ca.src, cb.src)
}

// dropGenericRoot drops an event coded with its root's generic code (130,
// 110, 190 ...) when the sentence codes a more specific code of the same
// root between the same source and target ("Iran warned it would strike
// Israel": the bare warning 130 beside the threat of attack 1384 tells the
// same threat twice; CODING.md: the most specific code the text supports).
func (s *sent) dropGenericRoot(keep []bool) {
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || len(ca.code) != 3 || ca.code[2] != '0' || ca.code == "---" || ca.both != nil || len(ca.tgt) == 0 {
			continue
		}
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || !keep[b] || cb.p.weak || cb.both != nil || cb.code == ca.code || len(cb.code) < 3 || cb.code[:2] != ca.code[:2] {
				continue
			}
			if s.sameCodes(ca.src, cb.src) && s.sameCodes(ca.tgt, cb.tgt) {
				keep[a] = false
				if s.trace() {
					s.tracef("  drop %s at %d (%s): %s at %d codes the same act more specifically (%s)", ca.p.id, ca.anchor, ca.code, cb.p.id, cb.anchor, cb.code)
				}
				break
			}
		}
	}
}

// articleNoun reports a word with a verb's form right after a determiner
// that is no numeral ("un marché à Nyala", "la visite de"): a noun. A
// numeral may stand for a noun ("les Sept réunis à Munich": a participle).
func (s *sent) articleNoun(k int) bool {
	return k > 0 && s.isDet(k-1) && !s.inAt("numeral", k-1) && s.toks[k-1].Kind != dyad.Number
}

// regionOf reports a code of a CAMEO region (`regioncode`: EUR, WST, AFR
// ...), which is no state but stands outside every state.
func (lx *lexicon) regionOf(code string) bool {
	return len(code) >= 3 && lx.in("regioncode", strings.ToLower(code[:3]))
}
