package coder

// enheld3 round (2026-11-27): English generalisation from the spent held-back
// batches of earlier rounds.

// appealNotTo (English) reports an appeal or demand whose complement is
// negated by its own "not"/"never" right before "to" between the governing
// word g and the complement's anchor b ("urged Israel not to launch an
// offensive on Rafah"; "demanded that Kyiv not attack", with no "to", is
// not handled): the appeal itself
// took place. The negation belongs to what is asked, so the complement is no
// negated event; a use of force asked not to be used (15, 18, 19, 20) is an
// appeal or demand for de-escalation (CAMEO 0256 / 1056: the complement is
// read as 087, "de-escalate", before the appeal table), another act asked
// not to be done a plain appeal (020, as "urged China to stop supporting").
func (s *sent) appealNotTo(cb *cand, g int) (handled, cease bool) {
	if s.lx.lang != "en" || !cb.neg || len(cb.code) < 3 {
		return false, false
	}
	found := false
	for j := g + 1; j+1 < cb.anchor; j++ {
		if s.inAt("negto", j) && s.inAt("infto", j+1) {
			found = true
		}
	}
	if !found {
		return false, false
	}
	cb.neg = false
	switch cb.code[:2] {
	case "15", "18", "19", "20":
		cb.code = "087"
		return true, false
	}
	return true, true
}

// coordinatedTargets (English) gives a verb without a target, coordinated
// right after "and" with an earlier verb of the same subject that has one,
// that verb's target: "praised Kenya's climate policy and promised more
// development aid" (aid to Kenya), "accused Kyiv of attacking Belgorod and
// vowed to retaliate" (a threat to Kyiv). The verb group must follow "and"
// directly (coordinatedVerb); a complement counts from its governing verb.
// Only verbal codes take it (roots 01-05, 10-13: statements, appeals,
// intents, consultations, diplomatic cooperation, demands, criticism,
// rejections, threats). A target taken from a place is not passed on, nor one across a comma or
// a relative pronoun.
func (s *sent) coordinatedTargets(keep []bool) {
	if s.lx.lang != "en" {
		return
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || len(ca.tgt) > 0 || ca.both != nil || ca.p.noun || ca.p.weak || ca.code == "---" || ca.neg || len(ca.src) == 0 {
			continue
		}
		if !verbalRoot(ca.code) {
			// (a material act's target is its own patient: "attacked the
			// prison and freed inmates", "shot down a jet and captured its
			// pilot" pass nothing)
			continue
		}
		p := ca.anchor
		if ca.governed {
			p = ca.gov
		}
		j := p - 1
		for j > 0 && (s.inAt("aux", j) || s.inAt("neg", j)) {
			j--
		}
		if j < 1 || s.norm(j) != "and" {
			continue
		}
		best := -1
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || !keep[b] || cb.anchor >= j || len(cb.tgt) == 0 || cb.place || cb.p.noun || !sameInts(cb.src, ca.src) {
				continue
			}
			if best < 0 || cb.anchor > s.cands[best].anchor {
				best = b
			}
		}
		if best < 0 {
			continue
		}
		cb := &s.cands[best]
		hard := false
		for m := cb.anchor + 1; m < j; m++ {
			if s.hard(m) || s.norm(m) == "," || s.inAt("rel", m) {
				// (not across a comma or a relative clause: "released the
				// correspondent, who was detained ... and questioned")
				hard = true
			}
		}
		if hard {
			continue
		}
		ca.tgt = cb.tgt
		if s.trace() {
			s.tracef("  %s at %d: no target; coordinated after %q with %q of the same subject: its target %s", ca.p.id, ca.anchor, s.toks[j].Text, s.toks[cb.anchor].Text, s.mtext(ca.tgt))
		}
	}
}

// verbalRoot reports a code of the verbal roots 01-05 and 10-13.
func verbalRoot(code string) bool {
	if len(code) < 3 {
		return false
	}
	r := code[:2]
	return r >= "01" && r <= "05" || r >= "10" && r <= "13"
}
