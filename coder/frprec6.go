// frprec6 round (2026-11-27): precision on real French news (a judged
// random sample of bench news events, probes/frprec6_judged.txt).

package coder

// longingInf gives the word of longing before "de" + the infinitive at i
// (`longde`: "brûlait de traîner la France devant la Cour", "rêve de
// conquérir", "meurt d'envie de", "est impatient de"), clitics and "ne …
// pas" allowed between "de" and the infinitive: a wish, no act; the event is
// announced as after "souhaite" (intentModal). It returns -1 when there is
// none. French.
func (s *sent) longingInf(i int) int {
	if s.lx.lang != "fr" || !s.infinitiveAt(i) {
		return -1
	}
	k := s.glueBack(i)
	if k < 1 || s.actor[k] >= 0 || (s.norm(k) != "de" && s.norm(k) != "d'") {
		return -1
	}
	k--
	if s.actor[k] >= 0 || !s.inAt("longde", k) {
		return -1
	}
	return k
}

// pronounWindow is how many sentences back the source of the last event
// stays the antecedent of a pronoun (frprec6).
const pronounWindow = 10

// prevTooFar reports that the last event of the document was coded more
// than pronounWindow sentences before sentence si: its source is no longer
// the antecedent of a pronoun ("ils se proposent de tirer sur la troupe",
// fifty sentences after the last event, is not its source's plot).
func (s *sent) prevTooFar(si int) bool {
	n := len(s.a.Events)
	return n > 0 && si-s.a.Events[n-1].Sentence > pronounWindow
}
