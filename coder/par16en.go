package coder

import "strings"

// par16en round (2026-11-27): English agency-wire sentences.

// appositionSkip returns the token of a slot's preposition that follows a
// direct object and its apposition between commas ("extradited Dairo
// Antonio Usuga, the country's most wanted drug lord, to the United
// States", « a extradé X, le narcotrafiquant le plus recherché du pays,
// vers les États-Unis »): the object and its apposition are not the party a
// slot with a preposition asks for, and the preposition stands further than
// a slot looks; p otherwise. The object is at most six tokens without a
// preposition, a finite verb or a clause boundary; the apposition opens
// with a determiner or an actor, holds at most ten tokens without a
// relative pronoun, a clause boundary or a preposition other than a
// genitive (`genitive`: of, from; de, du, des), and the slot's preposition
// comes right after its closing comma.
func (s *sent) appositionSkip(p int, preps []int32) int {
	if preps == nil || p >= len(s.toks) {
		return p
	}
	c1 := -1
	for k := p; k < len(s.toks) && k <= p+6; k++ {
		if s.norm(k) == "," {
			c1 = k
			break
		}
		if s.hard(k) || s.isPrep(k) || s.verbForm(k) && s.finiteAt(k) {
			return p
		}
	}
	if c1 <= p || c1+2 >= len(s.toks) || !s.isDet(c1+1) && s.actor[c1+1] < 0 {
		return p
	}
	for k := c1 + 1; k < len(s.toks) && k <= c1+11; k++ {
		if s.norm(k) == "," {
			if k > c1+1 && k+1 < len(s.toks) && s.matchAny(k+1, preps) {
				return k + 1
			}
			return p
		}
		if s.hard(k) || s.inAt("rel", k) || s.inAt("relincise", k) || s.isPrep(k) && !s.inAt("genitive", k) {
			return p
		}
	}
	return p
}

// reducedParticiple reports an English -ing form at i right after an actor
// mention and followed in the same clause by a finite verb ("NATO leaders
// meeting in Washington pledged"): a reduced relative on the subject, whose
// place is the venue of the subject's own gathering; the country of that
// place is no party met (the meeting verb's place target, match.go).
func (s *sent) reducedParticiple(i int) bool {
	if s.lx.lang != "en" || i < 1 || !strings.HasSuffix(s.norm(i), "ing") {
		return false
	}
	if m := s.actor[i-1]; m < 0 || s.men[m] != i {
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+8; k++ {
		if s.hard(k) || s.norm(k) == "," {
			return false
		}
		if s.actor[k] < 0 && !strings.HasSuffix(s.norm(k), "ing") && s.verbForm(k) && s.finiteAt(k) {
			return true
		}
	}
	return false
}

// ordinalSubject returns the subject of an English infinitive at p that
// follows "to" after "<copula> the first|last|only ... " ("Britain and
// Canada became the first G7 members to recognise a Palestinian state"):
// the copula's subject, not an actor inside the ranked noun phrase ("G7");
// nil otherwise. The ranked phrase holds at most six tokens without a
// comma or a clause boundary (`rankfirst`, `rankcopula`).
func (s *sent) ordinalSubject(p int) []int {
	if s.lx.lang != "en" || p < 5 || s.norm(p-1) != "to" {
		return nil
	}
	for k := p - 2; k >= 3 && k >= p-8; k-- {
		if s.hard(k) || s.norm(k) == "," {
			return nil
		}
		if s.inAt("rankfirst", k) && s.norm(k-1) == "the" && s.inAt("rankcopula", k-2) {
			if s.trace() {
				s.tracef("  subject of %q: ranked by \"%s the %s\", the subject of %q", s.toks[p].Text, s.toks[k-2].Text, s.toks[k].Text, s.toks[k-2].Text)
			}
			return s.subject(k - 2)
		}
	}
	return nil
}

// partitiveSoon reports that the first complement word ("to", "of") within
// three tokens after the participle at p is the partitive "of" of a
// quantity (`quantity`, `numeral`: "injuring dozens of soldiers", "killing
// hundreds of civilians"): the participle's object, no complement that
// makes it an act of its own ("accusing him of"); English, used by
// participleAfterComma (enreal.go) for a result after a comma.
func (s *sent) partitiveSoon(p int) bool {
	if s.lx.lang != "en" {
		return false
	}
	for k := p + 1; k < len(s.toks) && k <= p+3; k++ {
		if s.isComp(k) {
			return s.norm(k) == "of" && (s.inAt("quantity", k-1) || s.inAt("numeral", k-1))
		}
	}
	return false
}
