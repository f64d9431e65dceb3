package coder

// framesen round (2026-11-27): English subordinate clauses found by the
// systematic frame sweep (probes/frames_en.py).

// ppThenVerb reports one prepositional phrase at j (a preposition other
// than the agent's "by", up to two determiners, then an actor mention or up
// to three plain nouns) followed by a finite verb or an auxiliary: the
// subject of a subordinate clause goes on to its verb ("after talks in
// Doha broke down", "after the leader of the group was killed").
func (s *sent) ppThenVerb(j int) bool {
	return s.ppVerb(j) >= 0
}

// ppVerb returns the verb after the prepositional phrase at j (ppThenVerb),
// -1 if none.
func (s *sent) ppVerb(j int) int {
	if j+1 >= len(s.toks) || !s.isPrep(j) || s.norm(j) == s.lx.agentPrep() {
		return -1
	}
	q := j + 1
	for d := 0; d < 2 && q < len(s.toks) && s.isDet(q); d++ {
		q++
	}
	n := 0
	if q < len(s.toks) && s.actor[q] >= 0 {
		q, n = s.men[s.actor[q]], 1
	}
	for ; n < 3 && q < len(s.toks) && s.plainNoun(q); n++ {
		q++
	}
	if n > 0 && q < len(s.toks) && s.clauseVerbAt(q) {
		return q
	}
	return -1
}

// clauseVerbAt reports a finite verb form or an auxiliary at q (subordClause's test).
func (s *sent) clauseVerbAt(q int) bool {
	return s.verbBefore(q) || s.inAt("passaux", q) || s.inAt("aux", q)
}

// subordGerundSubject (English) reports an -ing form right after a
// subordinating word (`subord`: after, as, since ...) whose clause verb
// follows it, directly or after one prepositional phrase: "after fighting
// erupted in Khartoum", "as fighting in the north intensified". The -ing
// form is the clause's subject noun, no verb taking the main clause's
// subject (was EGY > SDN 190 in "Egypt met Sudan after fighting erupted").
func (s *sent) subordGerundSubject(i int, f formInfo) bool {
	if s.lx.lang != "en" || i < 1 || f.tag&tagGer == 0 || !s.inAt("subord", i-1) || i+1 >= len(s.toks) {
		return false
	}
	return s.clauseVerbAt(i+1) && !s.isPrep(i+1) || s.ppThenVerb(i+1)
}

// subordNounSubject (English) reports a verb at p that opens a subordinate
// clause after a subordinating word, itself after the main clause's verb,
// whose subject is a plain noun phrase,
// no actor: "after fighting erupted in Khartoum", "after shelling in
// Belgorod killed two people", "as talks in Doha stalled". The verb has no
// actor subject; the main clause's subject is not its source (was EGY > SDN
// 190 for "Egypt met Sudan after fighting erupted in Khartoum").
func (s *sent) subordNounSubject(p int) bool {
	if s.lx.lang != "en" {
		return false
	}
	for k := p - 2; k >= 0 && k >= p-9; k-- {
		if !s.inAt("subord", k) {
			continue
		}
		if k > 0 && (s.inAt("aux", k-1) || s.inAt("passaux", k-1) || s.inAt("modal", k-1)) {
			// "has once again rejected": an adverb inside the verb group
			return false
		}
		if !s.clauseVerbBefore(k) && !(k > 1 && s.norm(k-1) == "," && s.clauseVerbBefore(k-1)) {
			// (a comma may close the main clause before the subordinating
			// word: "rallied against the government, after the collapse
			// of a station canopy killed 15 people", pairs10)
			// the subordinating word follows its main clause's verb
			// ("Egypt met Sudan after ..."; not "Bangladesh once again
			// rejected")
			return false
		}
		j := k + 1
		for d := 0; d < 2 && j < len(s.toks) && s.isDet(j) && !s.inAt("possessive", j); d++ {
			j++
		}
		if j >= p || s.actor[j] >= 0 {
			return false
		}
		n := 0
		for ; n < 3 && j < p && (s.plainNoun(j) || n == 0 && s.gerundAt(j)); n++ {
			j++
		}
		if n == 0 {
			return false
		}
		return j == p && s.clauseVerbAt(p) || s.ppVerb(j) == p
	}
	return false
}
