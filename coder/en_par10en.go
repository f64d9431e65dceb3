package coder

import "strings"

// par10en round: a reaction to the act coded earlier in the same English
// sentence. A criticism or rejection (`par10en-reactcodes`) with no target of
// its own whose object is an article or a demonstrative (`par10en-actdet`)
// right before an act noun (`par10en-actnoun`: attack, strike, decision,
// measures, move, sanctions ...), not followed by its own author or patient
// ("the attack on", "the decision of Paris"), coordinated by "and" after a
// candidate of this sentence whose code root is an act (`par10en-actcodes`:
// 15-20), takes that act's single source as target: "Azerbaijani troops
// shelled Armenian army positions, and Yerevan condemned the attack"
// ARM>AZEMIL 111; "Canada imposed sanctions on Israeli settlers, and Israel
// rejected the measures" ISR>CAN 120 (CODING.md: criticism of an act is coded
// when its perpetrator is named or anaphoric). Not when the reacting source
// is coded like the act's source. The French cross-sentence rule is
// condemnedAct (frheld2.go).
func (s *sent) reactedAct(c *cand) int {
	if len(c.src) != 1 || !s.lx.in("par10en-reactcodes", c.code) {
		// (French since pairs13: « et les États-Unis ont condamné ces
		// arrestations »; the lists are in both lexicons)
		return -1
	}
	obj := false
	for k := c.anchor + 1; k+1 < len(s.toks) && k <= c.anchor+2; k++ {
		if s.actor[k] >= 0 {
			return -1
		}
		if s.inAt("par10en-actdet", k) && s.inAt("par10en-actnoun", k+1) {
			if k+2 < len(s.toks) && (s.actor[k+2] >= 0 || s.inAt("genitive", k+2) || s.inAt("reactprep", k+2)) {
				return -1
			}
			obj = true
			break
		}
	}
	if !obj {
		return -1
	}
	for j := len(s.cands) - 1; j >= 0; j-- {
		pc := &s.cands[j]
		if pc.anchor >= c.anchor || pc.neg || len(pc.src) != 1 || len(pc.tgt) == 0 || len(pc.code) < 2 || pc.code == "---" {
			continue
		}
		if !s.lx.in("par10en-actcodes", pc.code[:2]) {
			return -1
		}
		and := false
		for k := pc.anchor + 1; k < c.anchor; k++ {
			if s.inAt("reactand", k) {
				and = true
			}
		}
		x, a := s.codes[c.src[0]], s.codes[pc.src[0]]
		if !and || x == a || strings.HasPrefix(a, "---") {
			return -1
		}
		return pc.src[0]
	}
	return -1
}

// recalledFrom: "The Chadian government accused Sudan of arming rebels and
// recalled its ambassador": a recall of the source's own envoy
// (`par10en-recallcodes`: 161) with no "from" of its own, coordinated by
// "and" after a candidate of the same source whose single target is a
// country alone (a three-letter code), is a recall from that country
// (TCDGOV>SDN 161). English only.
func (s *sent) recalledFrom(c *cand) int {
	if s.lx.lang != "en" || len(c.src) != 1 || !s.lx.in("par10en-recallcodes", c.code) {
		return -1
	}
	for j := len(s.cands) - 1; j >= 0; j-- {
		pc := &s.cands[j]
		if pc.anchor >= c.anchor || pc.neg || len(pc.src) != 1 || pc.code == "---" {
			// (null lines: "of harbouring rebels" before the recall)
			continue
		}
		if len(pc.tgt) != 1 || s.codes[pc.src[0]] != s.codes[c.src[0]] || len(s.codes[pc.tgt[0]]) != 3 || strings.HasPrefix(s.codes[pc.tgt[0]], "---") {
			return -1
		}
		for k := pc.anchor + 1; k < c.anchor; k++ {
			if s.norm(k) == "and" {
				return pc.tgt[0]
			}
		}
		return -1
	}
	return -1
}

// itAfterMain: "Guyana summoned the Venezuelan envoy after Caracas accused it
// of provocations": an event verb of a subordinate clause
// (`par10en-subord`: after, as, when, because, since) whose object is
// "it" right after the verb, with no target of its own, takes as target the
// single source of the main clause's event before it when that source is a
// country alone (three letters) coded otherwise than the clause's source
// (VEN>GUY). English only.
func (s *sent) itAfterMain(c *cand) int {
	if s.lx.lang != "en" || len(c.src) != 1 || c.anchor+1 >= len(s.toks) || s.norm(c.anchor+1) != "it" {
		return -1
	}
	for j := len(s.cands) - 1; j >= 0; j-- {
		pc := &s.cands[j]
		if pc.anchor >= c.anchor || len(pc.src) != 1 || pc.code == "---" {
			continue
		}
		a := s.codes[pc.src[0]]
		if len(a) != 3 || strings.HasPrefix(a, "---") || a == s.codes[c.src[0]] {
			return -1
		}
		for k := pc.anchor + 1; k < c.anchor; k++ {
			if s.inAt("par10en-subord", k) {
				return pc.src[0]
			}
		}
		return -1
	}
	return -1
}
