// enlong2 round (English precision on long wire sentences, second batch):
// clause limits of background and reported content.

package coder

import "strings"

// restrictiveRelative reports, in English, a relative word at k (`bgrel`:
// which, who, that ...) with no comma right before it: a restrictive
// relative clause, after which the next past verb may be the main verb
// ("The junta that seized power in 2021 expelled"). Conjunctions ("after",
// "since") and relatives set off by a comma keep every verb up to the next
// comma inside their clause (subordOpener).
func (s *sent) restrictiveRelative(k int) bool {
	return s.inAt("bgrel", k) && (k == 0 || s.norm(k-1) != ",")
}

// accusedMeans drops, in English, an event whose anchor is a gerund after
// a means preposition (`meansprep`: "by", "through") that follows an
// accusation or criticism (root 11) in the same comma-bounded stretch: the
// means is part of what the target is accused of ("accused Algeria of
// interfering in its affairs by hosting separatist leaders"; "accused
// Kurti of trying to drive Serbs out by banning the dinar"), not asserted
// (CODING.md, reported speech), as the complement itself (accusedContent).
func (s *sent) accusedMeans(keep []bool) {
	if s.lx.lang != "en" {
		return
	}
	for b := range s.cands {
		cb := &s.cands[b]
		i := cb.anchor
		if !keep[b] || i < 1 || !strings.HasSuffix(s.norm(i), "ing") || !s.inAt("meansprep", i-1) {
			continue
		}
		for a := range s.cands {
			ca := &s.cands[a]
			if a == b || !keep[a] || !strings.HasPrefix(ca.code, "11") || ca.anchor >= i-1 || i-ca.anchor > 20 || s.commaBetween(ca.anchor+1, i) || s.hardBetween(ca.anchor, i) {
				continue
			}
			keep[b] = false
			if s.trace() {
				s.tracef("  drop %s at %d: the means of what %s at %d accuses", cb.p.id, i, ca.p.id, ca.anchor)
			}
			break
		}
	}
}

// hardBetween reports a hard boundary strictly between a and b.
func (s *sent) hardBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.hard(k) {
			return true
		}
	}
	return false
}

// presentRelative reports a non-restrictive relative clause (a comma, then
// `relperfect`) whose verb up to the anchor i is a third-person present
// ("refuses", "denies"; no past verb on the way): a standing state of the
// antecedent ("Vucic, whose country refuses to recognise Kosovo's
// independence, accused Kurti"), no event of the news; "who is on a visit
// to", "who is expected to visit" are forms of "be" and stay (enlong2).
func (s *sent) presentRelative(k, i int) bool {
	if k < 1 || s.norm(k-1) != "," || !s.inAt("relperfect", k) {
		return false
	}
	for j := k + 1; j <= i; j++ {
		if s.actor[j] < 0 && s.pastForm(j) {
			return false
		}
	}
	for j := k + 1; j <= i; j++ {
		if s.actor[j] >= 0 {
			continue
		}
		nm, lm := s.norm(j), s.lemmaAt(j)
		if lm != "" && lm != nm && (nm == lm+"s" || nm == lm+"es" || strings.HasSuffix(lm, "y") && nm == lm[:len(lm)-1]+"ies") && s.isVerbLemma(j) {
			return true
		}
	}
	return false
}

// isVerbLemma reports a verb among the readings of the token at j.
func (s *sent) isVerbLemma(j int) bool {
	for _, f := range s.ids[j] {
		if s.lx.verbWord(f.word) {
			return true
		}
	}
	return false
}

// discussedTopic drops, in English, an event whose anchor follows a purpose
// infinitive of discussion ("to" + `topicverb`: "met Lourenco to discuss a
// peace process aimed at ending fighting with M23 rebels"; "will host Polish
// and German leaders to discuss support for Kyiv") in its comma-bounded
// stretch: what is to be discussed is a topic, not an event. A verb
// coordinated after "and|but" in a past form ("to discuss the truce and
// signed a deal") ends the topic (enlong2).
func (s *sent) discussedTopic(keep []bool) {
	if s.lx.lang != "en" {
		return
	}
	for b := range s.cands {
		cb := &s.cands[b]
		if !keep[b] {
			continue
		}
		i := cb.anchor
		for j := i - 1; j >= 1 && j >= i-25; j-- {
			if s.hard(j) || s.norm(j) == "," || s.norm(j) == ";" {
				break
			}
			if s.inAt("clausejoin", j) && j+1 <= i && s.pastNotBase(j+1) {
				break
			}
			if s.inAt("infto", j-1) && s.lx.in("topicverb", s.lemmaAt(j)) {
				keep[b] = false
				if s.trace() {
					s.tracef("  drop %s at %d: a topic of %q at %d", cb.p.id, i, s.toks[j].Text, j)
				}
				break
			}
		}
	}
}

// dateInStretch reports a time expression of the sentence valued date that
// stands between the clause opener k and the next comma after the anchor
// i: the clause's own date. A date of another clause ("with twice as many
// troops as last year, as North Korea warned") dates nothing in it
// (background, enlong2).
func (s *sent) dateInStretch(k, i int, date string) bool {
	end := len(s.toks) - 1
	for j := i + 1; j < len(s.toks); j++ {
		if s.hard(j) || s.norm(j) == "," || s.norm(j) == ";" {
			end = j
			break
		}
	}
	lo, hi := s.toks[k].Span.Start, s.toks[end].Span.End
	for _, tx := range s.a.Times {
		if tx.Sentence == s.si && tx.Value == date && tx.Span.Start >= lo && tx.Span.End <= hi {
			return true
		}
	}
	return false
}

// complementizerBefore reports, in English, a complementizer (`thatcomp`:
// "that") between the reporting verb at i and the mention m: the mention
// opens the reported clause and is no inverted subject ("Cameron, in a
// letter seen by Reuters, said on Tuesday that Israel's restrictions were
// unacceptable": Cameron says, not Israel) (inverted, enlong2).
func (s *sent) complementizerBefore(i, m int) bool {
	if s.lx.lang != "en" || m < 0 || s.mst[m] < 0 {
		return false
	}
	for k := i + 1; k < s.mst[m]; k++ {
		if s.inAt("thatcomp", k) {
			return true
		}
	}
	return false
}
