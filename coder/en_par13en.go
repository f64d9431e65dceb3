package coder

import "github.com/dyadproject/dyad"

// par13en round (English wire sentences of 2022-2026).

// possAfterMain: "Kobakhidze accused the European Union of blackmail, a day
// after Brussels criticised his decision to suspend accession talks": a
// criticism or rejection (`par10en-reactcodes`) in a subordinate clause
// (`par10en-subord`: after, as, when, because, since) whose object is a
// possessive pronoun (`par13en-posspron`) before an act or statement noun
// (`par13en-possnoun`), with no target of its own, takes as target the single
// source of the main clause's event before it (the owner of the decision),
// as itAfterMain does for "it". The pronoun must agree: "his"/"her" a
// person or an agent, "its" no person; and the main source must be coded
// otherwise than the clause's source. English only.
func (s *sent) possAfterMain(c *cand) int {
	if s.lx.lang != "en" || len(c.src) != 1 || c.anchor+2 >= len(s.toks) || !s.lx.in("par10en-reactcodes", c.code) {
		return -1
	}
	pn := s.norm(c.anchor + 1)
	if !s.lx.in("par13en-posspron", pn) || s.actor[c.anchor+1] >= 0 || s.actor[c.anchor+2] >= 0 ||
		s.toks[c.anchor+2].Kind != dyad.Word || !s.inAt("par13en-possnoun", c.anchor+2) {
		return -1
	}
	for j := len(s.cands) - 1; j >= 0; j-- {
		pc := &s.cands[j]
		if pc.anchor >= c.anchor || len(pc.src) != 1 || pc.code == "---" {
			continue
		}
		m := pc.src[0]
		a := s.codes[m]
		if len(a) < 3 || a[:3] == "---" || a == s.codes[c.src[0]] {
			return -1
		}
		kind := ""
		if s.ments[m] >= 0 && s.ments[m] < len(s.a.Actors) {
			kind = s.a.Actors[s.ments[m]].Kind
		}
		person := kind == "person" || kind == "agent"
		if s.lx.in("par13en-posshuman", pn) && !person || s.lx.in("par13en-possthing", pn) && kind == "person" {
			return -1
		}
		for k := pc.anchor + 1; k < c.anchor; k++ {
			if s.inAt("par10en-subord", k) {
				return m
			}
		}
		return -1
	}
	return -1
}

// countryAfterPrep reports, in English, a word at i right after a country
// mention that follows a preposition of `par13en-nounprep` ("a tariff on
// Colombian imports", "the ban on Russian exports"): the country word after
// a preposition is no subject, the word after it is the noun it qualifies,
// not a finite verb. Only when a preposition, a punctuation mark or an
// auxiliary follows the word (a verb has its object there: "the West Bank
// city of Hebron set fire to" keeps its verb).
func (s *sent) countryAfterPrep(i int) bool {
	if s.lx.lang != "en" || i < 2 || i+1 >= len(s.toks) {
		return false
	}
	m := s.actor[i-1]
	if m < 0 || s.actor[i] >= 0 || s.mst[m] < 1 || s.a.Actors[s.ments[m]].Kind != "country" || !s.inAt("par13en-nounprep", s.mst[m]-1) {
		return false
	}
	nx := s.norm(i + 1)
	return s.toks[i+1].Kind != dyad.Word || s.actor[i+1] < 0 && (s.isPrep(i+1) || s.lx.in("aux", nx) || s.lx.in("passaux", nx))
}
