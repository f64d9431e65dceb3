package coder

import "strings"

// frheld2 round: a third party's reaction to the act of the sentence before,
// named by a demonstrative or an article.
//
// A criticism (codes of `frheld2-reactcodes`: 111; the praise patterns all
// require a target slot) with no target of its own whose object is a
// demonstrative (`frdoc-demdet`: « cette », « ce », « ces ») or an article
// (`frheld2-actdet`: « une décision illégitime », « la décision ») before a
// noun of an act or a ruling (`frheld2-actnoun`:
// « décision », « verdict », « arrestation », « expulsion » ...) reacts to
// the last event, coded in the sentence before: its target is that event's
// source (CODING.md: criticism of an act is coded when its perpetrator is
// named or anaphoric). « La justice turque a condamné le maire d'Istanbul à
// deux ans de prison. L'Union européenne a dénoncé ce verdict »
// IGOEUREEC>TURJUD 111; « La junte burkinabè a suspendu la radio RFI. Le
// ministère français a condamné cette décision » FRAGOV>BFAGOV 111. Only for
// one source of that event, coded otherwise than the reacting source; not
// when the noun is followed by its own author (« cette décision de Paris »,
// the slot names it). The frreal2 rule 5 (the act's own target reacting with
// no demonstrative) is victimReaction.
func (s *sent) condemnedAct(c *cand) int {
	if s.lx.lang != "fr" || len(c.src) != 1 || len(s.prev) != 1 || !s.lx.in("frheld2-reactcodes", c.code) {
		return -1
	}
	if n := len(s.a.Events); n == 0 || s.a.Events[n-1].Sentence != s.si-1 {
		return -1
	}
	x, a := s.codes[c.src[0]], s.codes[s.prev[0]]
	if strings.HasPrefix(a, "---") || x == a {
		return -1
	}
	for k := c.anchor + 1; k+1 < len(s.toks) && k <= c.anchor+3; k++ {
		if s.actor[k] >= 0 {
			return -1
		}
		if (s.inAt("frdoc-demdet", k) || s.inAt("frheld2-actdet", k)) && s.inAt("frheld2-actnoun", k+1) {
			if k+2 < len(s.toks) && (s.inAt("genitive", k+2) || s.actor[k+2] >= 0) {
				return -1
			}
			return s.prev[0]
		}
	}
	return -1
}
