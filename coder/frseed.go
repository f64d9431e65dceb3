package coder

// frseed round (2026-11-27): three structural classes of French analysis
// articles on bilateral relations (probes/frseed.jsonl).

// deniedIntent reports an intent noun at g that a verb of denial governs
// across at most two determiners (`intentdenydet`): « Le Kremlin a démenti
// toute intention d'envahir l'Ukraine », "denied any intention to invade":
// the intended act is denied, no intent (1382) is stated.
func (s *sent) deniedIntent(g int) bool {
	if g < 1 || !s.inAt("intentverb", g) {
		return false
	}
	k := g - 1
	for n := 0; k > 0 && n < 2 && s.actor[k] < 0 && s.inAt("intentdenydet", k); n++ {
		k--
	}
	return k < g && s.actor[k] < 0 && s.inAt("denyverb", k)
}

// frCoordPastPart gives the participle of a French past infinitive that
// the bare participle at i is coordinated with (« a accusé les troupes
// indiennes d'avoir franchi la ligne et attaqué les soldats chinois »:
// « attaqué » belongs to « d'avoir franchi », the content of the
// accusation, not to « a accusé »), or -1. The conjunction stands right
// before i, a past infinitive after « de » before it (« d'avoir », « d'être »);
// no comma nor hard boundary lies between.
func (s *sent) frCoordPastPart(i int) int {
	if s.lx.lang != "fr" || i < 4 || !s.inAt("conj", i-1) || !s.partForm(i) {
		return -1
	}
	for k := i - 2; k >= 2 && k >= i-12; k-- {
		if s.hard(k) || s.norm(k) == "," {
			return -1
		}
		if s.actor[k] < 0 && s.inAt("infaux", k) && s.isComp(k-1) && s.actor[k+1] < 0 {
			// « d'avoir franchi »: the participle after the past
			// infinitive's auxiliary, whatever its verb
			return k + 1
		}
	}
	return -1
}

// frGerundBreak reports a French gerund (« en » + present participle,
// `gerundintro`) opening at k after a comma or « tout » (`gerundlead`): « a salué l'accord, tout en appelant
// Téhéran à respecter ses engagements »: the actor after the gerund is
// the gerund's own object, no object of the verb before it.
func (s *sent) frGerundBreak(k int) bool {
	if s.lx.lang != "fr" || k < 1 || k+1 >= len(s.toks) || s.actor[k] >= 0 || !s.inAt("gerundintro", k) {
		return false
	}
	if !s.inAt("gerundlead", k-1) {
		// (only a gerund set off by a comma or by « tout »: « en
		// expulsant ... et en rappelant son ambassadeur » keeps its
		// coordinated gerunds' objects, wire8_test.go)
		return false
	}
	t := s.norm(k + 1)
	return len(t) > 4 && t[len(t)-3:] == "ant" && s.actor[k+1] < 0 && !s.lx.in("gerundnot", t)
}

// frPrepNoun reports a finite-looking form at k right after a preposition
// that is no verb glue (« par téléphone », « en appel »): a noun, as the
// matcher reads it (match.go), so no main verb for a purpose infinitive's
// subject (« s'est entretenu par téléphone avec X pour lui demander »).
func (s *sent) frPrepNoun(k int) bool {
	return s.lx.lang == "fr" && k > 0 && s.isPrep(k-1) && !s.inAt("verbglue", k-1)
}

// frameLeadNoun reports an event noun at i in a trailing frame phrase led
// by a `framelead` word (« lors d'un affrontement avec X », « pendant des
// heurts avec X »): unlike a conflict noun after « pour » (a charge), it
// takes the clause's subject as its source (nominal.go purposeSubject):
// « Vingt soldats indiens ont été tués lors d'un affrontement avec des
// militaires chinois ».
func (s *sent) frameLeadNoun(i int) bool {
	k := s.beforeNounGroup(i, true)
	return k >= 2 && s.isPrep(k) && s.inAt("framelead", k-1) || k >= 1 && s.inAt("framelead", k)
}
