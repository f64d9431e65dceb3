package coder

// par14en round (invented English wire sentences, probes/probes_par14en.tsv).

// adjPlaceObject reports that the genitive at pb closes a direct object
// "the <modifiers> <place noun> of" that starts at p ("shelled the southern
// city of Kherson", "the eastern Ukrainian city of Kharkiv", "the besieged
// town of"): one to three modifiers, plain lower-case words or country
// mentions, between the article and a `placenoun`. The place the genitive
// names is then the default target (its country; slot's pb == p+2 case
// takes "the city of X" already). English only.
func (s *sent) adjPlaceObject(p, pb int) bool {
	if s.lx.lang != "en" || pb < p+3 || pb-p > 5 || pb >= len(s.toks) || !s.inAt("genitive", pb) || !s.isDet(p) || !s.inAt("placenoun", pb-1) {
		return false
	}
	for k := p + 1; k < pb-1; k++ {
		if m := s.actor[k]; m >= 0 {
			if s.a.Actors[s.ments[m]].Kind != "country" {
				return false
			}
			continue
		}
		t := s.toks[k]
		if t.Text == "" || capital(t.Text) || s.isPrep(k) || s.isDet(k) || s.inAt("conj", k) || s.norm(k) == "," {
			return false
		}
	}
	return true
}

// roleHeadBeforeName returns the lower-case role word of the English
// mention [st, en) that a person's name follows, directly or after the
// comma of an apposition ("the Chinese ambassador, Xing Haiming",
// "Chinese ambassador Xing Haiming"), or -1.
func (s *sent) roleHeadBeforeName(st, en int) int {
	if s.lx.lang != "en" {
		return -1
	}
	for y := st; y+1 < en; y++ {
		t := s.toks[y]
		if t.Text == "" || capital(t.Text) || s.isDet(y) || s.isPrep(y) {
			continue
		}
		nx := y + 1
		if s.norm(nx) == "," {
			nx++
		}
		if nx < en && capital(s.toks[nx].Text) {
			return y
		}
	}
	return -1
}

// eventAfterArticle reports that the English event word at i is a noun after an
// article, up to three plain modifiers between ("for a three-day state
// visit"): a noun shares no coordinated verb's object ("arrived ... for a
// state visit and held talks with Putin" visits Moscow, not Putin; emit.go).
func (s *sent) eventAfterArticle(i int) bool {
	if s.lx.lang != "en" {
		return false
	}
	for k, n := i-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		if s.isDet(k) {
			return true
		}
		t := s.toks[k]
		if s.actor[k] >= 0 || t.Text == "" || capital(t.Text) || s.isPrep(k) || s.norm(k) == "," || s.inAt("conj", k) || s.inAt("aux", k) {
			return false
		}
	}
	return false
}

// nounBeforeCoordVerb reports that the event noun at i (eventAfterArticle)
// is separated from the mention m by a coordinated finite verb ("for a
// state visit and held talks with Putin"): m is that verb's object, not the
// noun's default target. A verb anchor keeps a shared object ("attacked
// and killed three soldiers"). English only.
func (s *sent) nounBeforeCoordVerb(i, m int) bool {
	if s.lx.lang != "en" || m < 0 || s.mst[m] <= i+2 || !s.eventAfterArticle(i) {
		return false
	}
	for k := i + 2; k < s.mst[m]; k++ {
		if s.inAt("conj", k-1) && s.finitePastAt(k) {
			return true
		}
	}
	return false
}

// bareNounAfterPrep returns the preposition right before the English event
// noun at i ("after clashes with", "amid clashes with"), or -1: such a noun
// has no possessive or adjectival author of its own ("$" of en_framesen.txt).
func (s *sent) bareNounAfterPrep(noun bool, i int) int {
	if !noun || s.lx.lang != "en" || i < 2 || s.actor[i-1] >= 0 || !s.isPrep(i-1) || !s.inAt("subord", i-1) {
		return -1
	}
	return i - 1
}

// clauseVerbSubject returns the subject of the finite verb of the clause
// that the phrase opened at q ends ("The M23 rebels captured the town ...
// after clashes with": "captured"'s subject), or nil when a hard break or
// no such verb comes first (English).
func (s *sent) clauseVerbSubject(q int) []int {
	for k := q - 1; k > 0 && k >= q-25; k-- {
		if s.hard(k) || s.norm(k) == "," {
			return nil
		}
		if s.actor[k] < 0 && s.verbForm(k) && s.finiteAt(k) {
			return s.subject(k)
		}
	}
	return nil
}
