package coder

// newClauseSubject reports that mention b, joined by a conjunction to the
// mentions of a group that starts with a, is the subject of a new clause
// rather than a member of the group: a verb group follows it (French "ont
// pris le contrôle de Bangui et le président Bozizé a fui": Bozizé is no
// second place taken; English "visited Kyiv and Ukrainian President
// Volodymyr Zelensky thanked him"), and a stands after a finite verb of its
// own clause (an object or complement; a coordinated subject, "La France et
// le Tchad ont renforcé", has no verb before it). The search back stops at
// a comma or a clause limit ("Après avoir rencontré Biden, Macron et Scholz
// ont signé"); a pair after `pairprep` stays a pair ("l'accord négocié
// entre Israël et le Hamas prévoit", "talks between Russia and Ukraine
// resumed"), and so do the subjects of a clause after a verb of saying
// (`clauseverb`, `sayverb`: "said French and German troops must").
func (s *sent) newClauseSubject(a, b int) bool {
	if s.men[b] >= len(s.toks) || !s.clauseVerbAfter(s.men[b]) {
		return false
	}
	if p := s.prepBefore(s.mst[a]); p >= 0 && s.inAt("pairprep", p) {
		return false
	}
	for k := s.mst[a] - 1; k >= 0 && !s.hard(k) && s.norm(k) != ","; k-- {
		if s.actor[k] >= 0 {
			k = s.mst[s.actor[k]]
			continue
		}
		if s.inAt("clauseverb", k) || s.inAt("sayverb", k) {
			return false
		}
		if s.finiteVerbBefore(k) {
			return true
		}
	}
	return false
}

// clauseVerbAfter reports the verb group of a new clause at e, right after
// its subject: French, a finite verb group (frenchVerbGroup); English, an
// auxiliary, a modal, a negation or a finite form of a pattern verb.
func (s *sent) clauseVerbAfter(e int) bool {
	switch s.lx.lang {
	case "fr":
		return s.frenchVerbGroup(e)
	case "en":
		nm := s.norm(e)
		return s.lx.in("aux", nm) || s.lx.in("modal", nm) || s.lx.in("neg", nm) || s.verbForm(e) && s.finiteAt(e) && !s.gerundAt(e)
	}
	return false
}

// finiteVerbBefore reports the finite verb of a's own clause at k: a
// finite auxiliary (French), or a finite form of a pattern verb that is
// not a noun after its article ("la rencontre entre"), nor, in French, a
// participle used as an adjective ("l'accord conclu") or an infinitive,
// nor, in English, a gerund.
func (s *sent) finiteVerbBefore(k int) bool {
	afterArticle := k > 0 && s.isDet(k-1)
	switch s.lx.lang {
	case "fr":
		if s.finiteAux(k) && !s.exactAt("prepaccent_exact", k) {
			return true
		}
		return s.verbForm(k) && s.finiteAt(k) && !s.partForm(k) && !s.frenchInfinitive(k) && !afterArticle
	case "en":
		return s.verbForm(k) && s.finiteAt(k) && !s.gerundAt(k) && !afterArticle
	}
	return false
}
