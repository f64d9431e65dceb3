package coder

// gaps4 round (2026-11-27): two constructions of the failure classes the
// frreal and enwire4 held-back batches left. Word lists are in the gaps4
// blocks of fr_lex.txt and en_lex.txt.

// brokerPat names the mediation (045) of the mediators of a brokered deal.
var brokerPat = &pattern{id: "gaps4-brokered", text: "agreement brokered by X: X mediates between the parties (045)", code: "045"}

// frontMeetPat names the meeting (040) of a fronted participle of meeting.
var frontMeetPat = &pattern{id: "gaps4-fronted-meeting", text: "fronted participle of meeting in a place: the main clause's coordinated subject met (040)", code: "040", mutual: true}

// brokeredDeals reads a participle of brokering after an agreement noun
// ("un cessez-le-feu négocié par les États-Unis et la France", "a ceasefire
// brokered by Qatar and the United States"; lists `brokerpart`,
// `brokerby`, `dealnoun`): the agents are mediators, not parties. The
// participle's own event (046 between the mediators) is dropped; an event
// of the main clause that took the mediators as target keeps the other
// parties (its coordinated source each way); and each mediator mediates
// (045) between the parties the main clause names, only when it names
// them (CAMEO 1.1b3 045: "the source is always the mediator and
// adversaries are the targets").
func (s *sent) brokeredDeals(keep []bool) []bool {
	for p := 1; p+1 < len(s.toks); p++ {
		aegis := -1
		if s.actor[p] >= 0 || !s.inAt("brokerpart", p) {
			// frwiki: "Israël et le Hamas concluent une trêve sous
			// l'égide de l'Égypte": the phrase right after the deal noun,
			// without a participle (p is then the preposition)
			if s.actor[p] >= 0 || !s.inAt("dealnoun", p-1) {
				continue
			}
			if aegis = s.underAegis(p); aegis < 0 {
				continue
			}
		}
		first, far := p+2, 3
		if aegis >= 0 {
			first, far = aegis, 1
		} else if !s.inAt("brokerby", p+1) {
			// par7fr: "un accord sur leur frontière maritime, négocié sous
			// l'égide des États-Unis" (`brokerunder`: the phrase names the
			// mediators; the deal noun may stand further before the comma)
			if first = s.underAegis(p + 1); first < 0 {
				continue
			}
			far = 10
		}
		deal := false
		for k := p - 1; k >= 0 && k >= p-far; k-- {
			if s.actor[k] >= 0 || s.hard(k) || k < p-3 && s.verbForm(k) && s.finiteAt(k) {
				break
			}
			if s.inAt("dealnoun", k) {
				deal = true
				break
			}
		}
		if !deal {
			continue
		}
		var med []int
		// (enheld2: a list "by Qatar, Egypt and the United States" is read
		// through its commas when a conjunction closes it; without one the
		// first comma ends the mediators, "brokered by Qatar, officials said")
		comma, closed := -1, false
		for k := first; k < len(s.toks); k++ {
			if m := s.actor[k]; m >= 0 {
				if len(med) == 0 || med[len(med)-1] != m {
					med = append(med, m)
				}
				continue
			}
			if s.inAt("conj", k) {
				closed = true
				continue
			}
			if s.isDet(k) {
				continue
			}
			if s.norm(k) == "," && len(med) > 0 && !closed {
				if comma < 0 {
					comma = len(med)
				}
				continue
			}
			break
		}
		if comma > 0 && !closed {
			med = med[:comma]
		}
		if len(med) == 0 {
			continue
		}
		end := s.men[med[len(med)-1]]
		isMed := func(m int) bool { return m >= 0 && m < len(s.mst) && s.mst[m] > p && s.mst[m] < end }
		base := -1
		var parties []int
		for a := range s.cands {
			ca := &s.cands[a]
			if !keep[a] {
				continue
			}
			if ca.anchor >= p && ca.anchor < end {
				keep[a] = false
				if s.trace() {
					s.tracef("  %s at %d: participle of brokering: its agents are mediators, no event of their own", ca.p.id, ca.anchor)
				}
				continue
			}
			if ca.anchor > p || ca.code == "---" || ca.p.weak {
				continue
			}
			var rest []int
			took := false
			for _, m := range ca.tgt {
				if isMed(m) {
					took = true
				} else {
					rest = append(rest, m)
				}
			}
			if took {
				ca.tgt = rest
				if len(rest) == 0 && len(ca.src) > 1 && ca.both == nil {
					ca.both = append([]int(nil), ca.src...)
				}
				if s.trace() {
					s.tracef("  %s at %d: the agents of the brokering participle are mediators, not targets", ca.p.id, ca.anchor)
				}
			}
			if base < 0 || ca.anchor > s.cands[base].anchor {
				base = a
			}
		}
		if base < 0 {
			continue
		}
		cb := &s.cands[base]
		if first != p+2 && !cb.p.mutual {
			// (par7fr: "sous l'égide de" only after the parties' own
			// reciprocal act, "ont conclu un accord …, négocié sous
			// l'égide de X"; not after a release "en application de
			// l'accord … négocié sous l'égide de X")
			continue
		}
		if cb.both != nil {
			parties = append(parties, cb.both...)
		} else if len(cb.src) > 1 && cb.p.mutual {
			// a coordinated subject of a reciprocal act ("Armenia and
			// Azerbaijan exchanged detainees in a deal mediated by
			// Russia"): the subjects are the parties, not what they
			// exchanged (merge fix with the enreal round)
			parties = append(parties, cb.src...)
		} else {
			parties = append(append(parties, cb.src...), cb.tgt...)
		}
		var named []int
		for _, m := range parties {
			if !isMed(m) && m >= 0 {
				named = append(named, m)
			}
		}
		if len(named) == 0 {
			continue
		}
		c := derivedCand(cb, brokerPat, p)
		c.src, c.tgt, c.both = med, named, nil
		c.genList = false
		s.cands = append(s.cands, c)
		keep = append(keep, true)
		if s.trace() {
			s.tracef("  brokering participle at %d: %s mediate between %s (045)", p, s.mtext(med), s.mtext(named))
		}
	}
	return keep
}

// frontedMeeting reads a sentence opened by a participle of meeting in a
// place ("Réunis à Riyad, la Russie et l'Ukraine sont convenues de …",
// "Meeting in Geneva, the US and Russian ministers agreed to …"; lists
// `frontmeet`, `placeprep`): the main clause's coordinated subject met,
// 040 each way (CAMEO 040; 044 would need the place to be neutral, which
// the sentence does not say).
func (s *sent) frontedMeeting(keep []bool) []bool {
	if len(s.toks) < 6 || !s.inAt("frontmeet", 0) || !s.inAt("placeprep", 1) {
		return keep
	}
	comma := -1
	for k := 2; k < len(s.toks) && k <= 10; k++ {
		if s.norm(k) == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return keep
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.anchor <= comma || ca.code == "---" || ca.p.noun {
			continue
		}
		src := ca.src
		if len(src) < 2 {
			continue
		}
		ok := true
		for _, m := range src {
			if m < 0 || m >= len(s.mst) || s.mst[m] <= comma || s.mst[m] > ca.anchor {
				ok = false
			}
		}
		if !ok {
			continue
		}
		c := derivedCand(ca, frontMeetPat, 0)
		c.src, c.tgt, c.both = nil, nil, append([]int(nil), src...)
		c.neg = false
		s.cands = append(s.cands, c)
		keep = append(keep, true)
		if s.trace() {
			s.tracef("  fronted participle of meeting %q: %s met (040)", s.toks[0].Text, s.mtext(src))
		}
		break
	}
	return keep
}

// inciseParticiple finds the subject of a present participle after a
// reporting incise ("La Russie a expulsé deux diplomates, a-t-elle annoncé,
// accusant Chisinau de …", "Niger suspended its cooperation with France,
// the junta announced, accusing Paris of …"; list `inciseverb`): the main
// clause's subject accuses, not the incise's speaker nor the main clause's
// object. Returns nil when p is not such a participle or the main clause
// has no subject.
func (s *sent) inciseParticiple(p int) []int {
	if p < 4 || s.norm(p-1) != "," || !s.gerundAt(p) {
		return nil
	}
	if s.lx.lang == "fr" && !s.lx.endsIn("presentpartending", s.norm(p)) {
		return nil
	}
	c2, rep := -1, false
	for k := p - 2; k > 0 && k >= p-9; k-- {
		if s.norm(k) == "," {
			c2 = k
			break
		}
		if s.inAt("inciseverb", k) {
			rep = true
		}
	}
	if c2 < 2 || !rep {
		return nil
	}
	for k := 0; k < c2; k++ {
		if s.actor[k] >= 0 {
			continue
		}
		if s.inAt("aux", k) || s.verbForm(k) && s.finiteAt(k) {
			if g := s.subject(k); g != nil {
				if s.trace() {
					s.tracef("  %q after the reporting incise: subject of the main clause", s.toks[p].Text)
				}
				return g
			}
			return nil
		}
	}
	return nil
}

// derivedCand returns a copy of base as a new candidate of pattern p (its
// code) at anchor: not governed, no place target, no clitic. The caller
// sets its actors.
func derivedCand(base *cand, p *pattern, anchor int) cand {
	c := *base
	c.p, c.code, c.anchor = p, p.code, anchor
	c.governed, c.place, c.clitic = false, false, -1
	c.why = p.text // (not the base's reasons: its slots are not this event's)
	return c
}

// underAegis returns, for "sous l'égide de", "sous la médiation de", "sous
// les auspices de" at k (lists `brokerunderprep`, `brokerunder`), the token
// after the noun's "de", where the mediators' names begin (their
// determiners are skipped by the caller); -1 otherwise (par7fr).
func (s *sent) underAegis(k int) int {
	if k+2 >= len(s.toks) || !s.inAt("brokerunderprep", k) {
		return -1
	}
	k++
	if s.isDet(k) && s.actor[k] < 0 {
		k++
	}
	if k+1 >= len(s.toks) || s.actor[k] >= 0 || !s.inAt("brokerunder", k) || !s.inAt("genitive", k+1) {
		return -1
	}
	return k + 2
}
