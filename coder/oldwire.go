package coder

import "github.com/dyadproject/dyad"

// nounListComma reports a comma at k inside an enumeration of plain nouns
// ("airlifted food, water and medicine to Rwandan refugees", "sent tents,
// blankets and medical supplies to X"): a plain word before it, and after it
// plain words (further commas allowed) up to a coordinating "and"/"or" that
// a plain word follows, within six tokens. Such a comma closes no clause,
// so the default target (which stops at the first comma) reads on (English;
// oldwire round). Participles ("-ing", "-ed") and verb forms never count as
// list words: "bombed the town, killing and wounding dozens" keeps its stop.
func (s *sent) nounListComma(k int) bool {
	if s.lx.lang != "en" || k < 1 || k+3 >= len(s.toks) || s.norm(k) != "," {
		return false
	}
	if !s.nounListWord(k-1) || !s.nounListWord(k+1) {
		return false
	}
	for j := k + 2; j < len(s.toks) && j <= k+6; j++ {
		switch {
		case s.inAt("conj", j):
			return j+1 < len(s.toks) && s.nounListWord(j+1)
		case s.norm(j) == "," || s.nounListWord(j):
			continue
		default:
			return false
		}
	}
	return false
}

// nounListWord: a lower-case word that is no actor, verb form, preposition,
// article or participle-like form (an enumerated noun or its adjective).
func (s *sent) nounListWord(k int) bool {
	if !s.plainWord(k) {
		return false
	}
	t := s.norm(k)
	n := len(t)
	return !(n > 4 && t[n-3:] == "ing") && !(n > 3 && t[n-2:] == "ed") && s.toks[k].Kind == dyad.Word
}

// coordPlainParticiple reports a present participle coordinated by
// "and" with an earlier one of the same phrase whose subject is the plain
// noun opening the sentence (plainSubjectBeforeParticiple: "A powerful
// earthquake struck eastern Iran, killing at least 1,500 people and
// destroying hundreds of villages"): the second participle has that subject
// too, no actor, not the first one's object ("people") (English; oldwire).
func (s *sent) coordPlainParticiple(p int) bool {
	if s.lx.lang != "en" || p < 6 || s.norm(p-1) != "and" || !s.gerundAt(p) {
		return false
	}
	for q := p - 2; q > 1 && q >= p-10; q-- {
		if s.norm(q) == "," || s.hard(q) {
			return false
		}
		if s.norm(q-1) == "," && s.gerundAt(q) {
			return s.plainSubjectBeforeParticiple(q)
		}
	}
	return false
}

// nounAfterDetActor reports a verb form at k right after an actor mention
// that an article opens (at most two plain words between) ("rejected a U.N. peace plan", "the U.S. proposal",
// "an Israeli offer"): a noun the actor qualifies, not a verb whose subject
// is that actor (English; oldwire: the subject search of a participle after
// a comma, "rejected a U.N. peace plan for Bosnia, defying a warning", went
// back to "plan" and took "U.N." as the participle's subject).
func (s *sent) nounAfterDetActor(k int) bool {
	if s.lx.lang != "en" || k < 2 {
		return false
	}
	if t := s.norm(k); len(t) > 3 && t[len(t)-2:] == "ed" || k+1 < len(s.toks) && (s.isDet(k+1) || s.actor[k+1] >= 0) {
		// "The Malian junta expelled the ambassador": a past form, or a
		// verb with its object, is the main clause's verb
		return false
	}
	j := k - 1
	for n := 0; n < 2 && j > 1 && s.actor[j] < 0 && s.plainWord(j); n++ {
		// "a U.N. peace plan": a plain noun or adjective between
		j--
	}
	m := s.actor[j]
	if m < 0 || s.men[m] != j+1 || s.mst[m] < 1 {
		return false
	}
	return s.isDet(s.mst[m] - 1)
}
