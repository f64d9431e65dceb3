// frbg round (French background clauses): the English enbg rule in
// French. A trailing stretch opened after a comma by « au lendemain de »,
// « à la veille de », « dans la foulée de », « après (que) », « depuis
// que », optionally after a span (« deux jours après », « quelques
// semaines après »: `bgqty` words and numbers), tells the background of
// the news (`bglead` in fr_frbg.txt): a date-less nominal event or a
// participle without auxiliary in it is no event of the news, a finite
// verb after « après que » stays the news's trigger (`bgtrigger`), and a
// stretch opened by « depuis que » or « alors que | tandis que » with a
// running span (« depuis des mois ») is a standing state (`bgstanding`,
// `bgsince`). A far pattern word of the main clause never reaches into a
// `bglead` stretch (bgCommaAt).

package coder

// frLeadAt returns the end of a French `bglead` phrase starting at token
// k, after at most three span tokens (« deux ans après », « quelques
// semaines après », « 48 heures après »).
func (s *sent) frLeadAt(k int) (int, bool) {
	for j := k; j < len(s.toks) && j <= k+3; j++ {
		if e, ok := s.seqAt("bglead", j); ok {
			return e, true
		}
		if !(s.inAt("bgqty", j) || s.isNumber(j)) {
			break
		}
	}
	return k, false
}

// isNumber reports a token made of digits.
func (s *sent) isNumber(j int) bool {
	nm := s.norm(j)
	if nm == "" {
		return false
	}
	for _, r := range nm {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// frStretch returns the comma that opens the stretch holding token i, -1
// when a hard boundary or the sentence start comes first. The « que » of
// a background conjunction (`bgque` before it: « alors que », « après
// que », « depuis que ») is no boundary.
func (s *sent) frStretch(i int) int {
	for k := i - 1; k > 0; k-- {
		if s.hard(k) && !s.bgQue(k) || s.norm(k) == ";" {
			return -1
		}
		if s.norm(k) == "," {
			return k
		}
	}
	return -1
}

// frBackground reports a French event of the news's background (see the
// file comment).
func (s *sent) frBackground(c *cand) bool {
	k := s.frStretch(c.anchor)
	for j := c.anchor - 1; j >= 0 && k >= 0; j-- {
		// (a comma opens the stretch: « La junte qui a pris le pouvoir
		// en juillet dernier a expulsé » is the main verb after a
		// restrictive relative)
		if s.norm(j) == "," || s.norm(j) == ";" {
			break
		}
		if s.inAt("bgrel", j) {
			// « …, avec lequel il avait signé l'an dernier une série
			// d'accords »: a relative's event dated more than three
			// weeks back (enlong's date rule)
			if s.datedBefore(j, c) {
				return true
			}
			break
		}
	}
	if k < 0 {
		return false
	}
	st := k + 1
	end := s.stretchEnd(c.anchor)
	if _, ok := s.seqAt("bgstanding", st); ok {
		// « …, alors que Washington multiplie depuis des mois les
		// critiques contre Moscou »: a running state, when a `bgsince`
		// word stands in the stretch
		for j := st; j < end; j++ {
			if s.inAt("bgsince", j) {
				return true
			}
		}
		return false
	}
	for j := st; j < c.anchor; j++ {
		if s.inAt("bgsince", j) && s.bgQue(j) && j+1 < c.anchor {
			// « …, pour la première fois depuis que Moscou a lancé son
			// offensive »: a running state
			return true
		}
	}
	e, ok := s.frLeadAt(st)
	if !ok || c.anchor < e {
		return false
	}
	lead := e - 1
	for j := st; j < e; j++ {
		if _, ok := s.seqAt("bglead", j); ok {
			lead = j
			break
		}
	}
	if s.inAt("bgsince", lead) {
		// « …, depuis que Moscou a lancé son offensive »
		return true
	}
	if !c.p.noun && !c.reduced && s.finiteAfter(st, c.anchor) {
		// « …, après que Manille a accusé Pékin », « …, après avoir
		// rencontré le président égyptien »: the trigger, or the
		// subject's own act of the news's days
		if _, ok := s.seqAt("bgtrigger", lead); ok {
			return false
		}
	}
	return !s.timeWithin(s.toks[e-1].Span.End, s.toks[end].Span.End)
}

// finiteAfter reports an auxiliary or a subject complementizer (« que »)
// between st and the anchor: a finite clause, not a bare participle.
func (s *sent) finiteAfter(st, anchor int) bool {
	for j := st; j < anchor; j++ {
		if s.inAt("aux", j) || s.inAt("passaux", j) {
			return true
		}
	}
	return false
}

// bgQue reports a token of a background conjunction « alors que »,
// « après que », « depuis que » (`bgque` then a `clausecomp` word, « que |
// qu' »).
func (s *sent) bgQue(k int) bool {
	return s.inAt("clausecomp", k) && k > 0 && s.inAt("bgque", k-1) || s.inAt("bgque", k) && k+1 < len(s.toks) && s.inAt("clausecomp", k+1)
}
