// enwire3 round (English wire sentences): small structure helpers.

package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// quantConj reports, in English, a conjunction right after mention a whose
// tokens up to mention b's start are a quantity phrase only ("The United
// States and more than a dozen European countries expelled", "Britain and
// at least 20 other states"): the two mentions are coordinated, as with a
// bare number ("and 14 European countries"), which a determiner already
// lets through.
func (s *sent) quantConj(from, to int) bool {
	if s.lx.lang != "en" || to-from < 2 || to-from > 7 || !s.inAt("conj", from) {
		return false
	}
	num := false
	for k := from + 1; k < to; k++ {
		nm := s.norm(k)
		switch {
		case s.toks[k].Kind == dyad.Number || s.lx.in("numeral", nm):
			num = true
		case s.isDet(k), s.lx.in("approx", nm), s.lx.in("quantlead", nm):
		default:
			return false
		}
	}
	return num
}

// ownedFrom reports, in English, an object noun with a possessive
// determiner followed by "from" ("withdraw its troops from Ukraine",
// "pull their forces from the border"): the possessive names the owner,
// "from X" is where they come from, not their author ("troops from Chad").
func (s *sent) ownedFrom(last int) bool {
	if s.lx.lang != "en" || !s.inAt("fromword", last) {
		return false
	}
	for k := last - 1; k > 0 && k >= last-3; k-- {
		if s.inAt("possessive", k) {
			return true
		}
		if t := s.toks[k]; t.Kind != dyad.Word || s.isPrep(k) || s.isDet(k) || s.norm(k) == "," {
			return false
		}
	}
	return false
}

// toSkipped returns, in English, for a verb pattern a written "VERB to
// WORD" ("&SELECT to withdraw") whose "to" introduces another verb than its
// WORD, found further on, that verb's token, else -1: "voted overwhelmingly
// to demand that Russia withdraw its troops" is a vote to demand, not a
// vote to withdraw; the demand's event (and what it governs) stands, and
// a's match is no event when the other verb has one.
func (s *sent) toSkipped(ca *cand) int {
	if s.lx.lang != "en" || ca.p.noun || len(ca.p.post) < 2 {
		return -1
	}
	e0, e1 := ca.p.post[0], ca.p.post[1]
	if e0.kind != elWord || e1.kind != elWord || len(e0.words) != 1 || s.lx.names[e0.words[0]] != "to" {
		return -1
	}
	k := ca.anchor + 1
	for n := 0; n < 2 && k < len(s.toks) && strings.HasSuffix(s.norm(k), "ly"); n++ {
		k++ // "voted overwhelmingly to"
	}
	if k+1 >= len(s.toks) || !s.inAt("infto", k) || ca.last <= k+2 || s.matchAny(k+1, e1.words) || s.lemmaAt(k+1) == "" {
		return -1
	}
	return k + 1
}

// refusedSign reports, in English, "sign|endorse|adopt" at j after a refusal
// and "to" ("refused to sign a joint statement condemning Russia",
// "declined to endorse a declaration calling for"): the text was not
// signed, so what it condemns or calls for is no event of the refusing
// party, as with a blocking verb (blocked.go).
func (s *sent) refusedSign(j int) bool {
	if s.lx.lang != "en" || j < 2 || !s.inAt("infto", j-1) {
		return false
	}
	switch s.norm(j) {
	case "sign", "endorse", "adopt", "back", "support", "join":
	default:
		return false
	}
	return s.inAt("refusesign", j-2)
}

// insideBlocked reports a noun event at i inside the complement of a
// participle whose text was blocked, vetoed or not signed ("vetoed a UN
// resolution calling for sanctions on Israel"): the sanctions were
// neither imposed nor called for by the text's author.
func (s *sent) insideBlocked(i int) bool {
	for j := i - 1; j > 0 && j >= i-6; j-- {
		if s.hard(j) || s.norm(j) == "," {
			return false
		}
		if s.blockedDocument(j) {
			return true
		}
	}
	return false
}

// particleObjPron reports, in English, an object pronoun after the verb at
// i and its particle "on|upon" ("called on him to step down", "urged on
// them", "prevailed upon her"): the pronoun is the verb's object, as right
// after the verb (verbObjectPronoun).
func (s *sent) particleObjPron(i int) bool {
	if s.lx.lang != "en" || i+2 >= len(s.toks) {
		return false
	}
	if !s.inAt("particleon", i+1) {
		return false
	}
	return s.verbObjectPronoun(i + 1)
}

// ownBody reports, in English, a target mention y after "his|her" whose
// source x is a person coded alike ("Prime Minister X resigned ... after
// protests against her government"): the person's own government, no
// second party of a dyad (distinctPairs).
func (s *sent) ownBody(x, y int) bool {
	if s.lx.lang != "en" || s.mst[y] <= 0 || s.a.Actors[s.ments[x]].Kind != "person" {
		return false
	}
	nm := s.norm(s.mst[y] - 1)
	return nm == "his" || nm == "her"
}
