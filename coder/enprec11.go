package coder

import "github.com/dyadproject/dyad"

// englishQuestion reports an English yes/no question: the sentence opens
// with an auxiliary of `enprec11-questionaux` (opening quotes of
// `questionopen` aside: "Will the European Union impose sanctions on
// Chinese companies …?") and ends with a question mark (endsInQuestion). A question asked tells no act: its verbs take the
// hypothetical mode, as the French inverted question does (invertedQuestion).
func (s *sent) englishQuestion(i int) bool {
	if s.lx.lang != "en" || len(s.toks) < 2 || i <= 0 {
		return false
	}
	a := 0
	for a < i && s.lx.in("questionopen", s.toks[a].Text) {
		a++
	}
	if a >= i || !s.inAt("enprec11-questionaux", a) {
		return false
	}
	if !s.endsInQuestion(i) {
		return false
	}
	// the verb is in the question itself, not after it
	for j := a; j < i; j++ {
		if s.toks[j].Text == "?" || s.toks[j].Text == "." {
			return false
		}
	}
	return true
}

// plainSubjectBeforeParticiple reports a present participle after a comma
// ("A cold wave swept across Mongolia and northern China, closing schools")
// whose main clause opens the sentence with a plain noun phrase — an
// optional article and at most three lower-case words, no actor — as the
// subject of its first finite verb, with no other comma in between: the
// participle's subject is that plain noun (a storm, a power cut, prices), no
// actor, and an actor of the main clause's complement ("across … China") is
// not its subject (English; enprec11).
func (s *sent) plainSubjectBeforeParticiple(p int) bool {
	if s.lx.lang != "en" || p < 4 || s.norm(p-1) != "," || !s.gerundAt(p) {
		return false
	}
	k := 0
	if s.isDet(k) {
		k++
	}
	n := 0
	for ; k < p-1 && n < 4; k, n = k+1, n+1 {
		if s.actor[k] >= 0 || s.toks[k].Kind != dyad.Word || s.isPrep(k) || s.hard(k) || k > 0 && capital(s.toks[k].Text) {
			return false
		}
		if n > 0 && s.verbForm(k) && s.finiteAt(k) && !s.isDet(k-1) {
			break
		}
	}
	if n == 0 || n > 3 || k >= p-1 || !(s.verbForm(k) && s.finiteAt(k)) {
		return false
	}
	for j := k + 1; j < p-1; j++ {
		if s.norm(j) == "," || s.hard(j) {
			return false
		}
	}
	if s.trace() {
		s.tracef("  %q after a comma: the main clause's subject is the plain noun before %q, no actor", s.toks[p].Text, s.toks[k].Text)
	}
	return true
}

// endsInQuestion reports a sentence whose last token after the verb at i,
// closing quote marks of `questionclose` aside, is a question mark (the
// English yes/no question and the French inverted question, mode.go).
func (s *sent) endsInQuestion(i int) bool {
	n := len(s.toks) - 1
	for n > i && s.lx.in("questionclose", s.toks[n].Text) {
		n--
	}
	return n > i && s.toks[n].Text == "?"
}
