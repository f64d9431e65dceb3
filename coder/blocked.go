package coder

// blockedDocument reports a verb at i, a participle that qualifies a text
// (`docnoun`: a resolution, a statement, a draft) which the clause's verb
// blocks, vetoes or rejects (`blockverb`): "vetoed a Security Council
// resolution calling for a ceasefire", "a bloqué une déclaration de l'UE
// condamnant la répression". The text was never adopted: what it calls for
// or condemns is no event, and its sponsor's name is no source. So is the
// participle right after an agreement's noun (`pactnoun`).
func (s *sent) blockedDocument(i int) bool {
	if i < 2 || !s.docParticiple(i) {
		return false
	}
	if s.inAt("pactnoun", i-1) {
		// what an agreement allows or provides for ("signed a defence pact
		// allowing their troops to deploy", "un accord prévoyant le
		// retrait") is its content: the agreement is the event
		return true
	}
	// the text's noun: right before the participle, or before the
	// actor mentions and genitives that name its author ("an EU statement
	// condemning", "une résolution du Conseil de sécurité appelant")
	k := i - 1
	for n := 0; k > 0 && n < 8; n++ {
		if s.inAt("docnoun", k) && s.actor[k] < 0 {
			break
		}
		if s.hard(k) || s.norm(k) == "," {
			return false
		}
		k--
	}
	if k <= 0 || !s.inAt("docnoun", k) {
		return false
	}
	// the blocking verb before it: only articles, possessives, prepositions
	// ("son veto à") and modifiers between
	skipped := false
	for j, n := k-1, 0; j >= 0 && n < 5; j, n = j-1, n+1 {
		if m := s.actor[j]; m >= 0 && !skipped && s.mst[m] >= 0 {
			// the text's author before its noun ("an EU statement", "a
			// UN Security Council resolution")
			skipped = true
			j = s.mst[m]
			continue
		}
		if s.hard(j) || s.norm(j) == "," || s.actor[j] >= 0 {
			return false
		}
		if s.inAt("blockverb", j) || s.refusedSign(j) { // enwire3: refusedSign
			return true
		}
	}
	return false
}

// docParticiple reports a participle at i: an English -ing form, a French
// present participle (-ant).
func (s *sent) docParticiple(i int) bool {
	if s.lx.lang == "en" {
		for _, f := range s.ids[i] {
			if f.tag&tagGer != 0 {
				return true
			}
		}
		return false
	}
	return s.lx.endsIn("presentpart", s.norm(i))
}
