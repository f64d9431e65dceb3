// Target and source fixes applied around emit: targets of governing
// words, of criticised acts, of protests and demands; countries completed
// from possessors, inclusions and places; sectors shared by coordinated
// nationalities.

package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// possessorCountry completes an agent of unknown country owned by a place
// through the possessive clitic ("Morocco's leading opposition activist",
// "Izmir's city administration"): the possessor, a country or city
// mention, followed by "'s" and at most two plain modifiers, gives the
// agent its country.
func (s *sent) possessorCountry() {
	for m := 1; m < len(s.codes); m++ {
		c, o := s.codes[m], m-1
		if !strings.HasPrefix(c, "---") || s.mst[m] < 0 || s.mst[o] < 0 || s.men[o] >= s.mst[m] {
			continue
		}
		if s.a.Actors[s.ments[o]].Kind != "country" {
			continue
		}
		nc := s.codes[o]
		if s.lx.stateCC(nc) == "" {
			continue
		}
		k := s.men[o]
		if !s.inAt("possclitic", k) || s.mst[m]-k-1 > 2 {
			continue
		}
		ok := true
		for j := k + 1; j < s.mst[m]; j++ {
			if s.toks[j].Kind != dyad.Word || s.isPrep(j) || s.inAt("conj", j) || s.isDet(j) && !s.inAt("numeral", j) {
				// (a number word may stand there: "Russia's two biggest
				// oil companies", pairs10)
				ok = false
			}
		}
		if !ok {
			continue
		}
		s.codes[m] = nc[:3] + c[3:]
		if s.trace() {
			s.tracef("  %q: unknown country %s completed from the possessor %q: %s", s.a.Actors[s.ments[m]].Text, c, s.a.Actors[s.ments[o]].Text, s.codes[m])
		}
	}
}

// ownerCountry completes an agent of unknown country followed by a
// participle of ownership and its owner ("a cargo ship owned by an
// Israeli businessman", "a tanker operated by a Greek company"): the
// owner, of known country, right after "by"/"to" and at most one article,
// gives the agent its country, as the compound "an Israeli-owned ship"
// does in the actor stage (par3en; en_lex `ownerpart`, `ownerprep`).
func (s *sent) ownerCountry() {
	for m := 0; m+1 < len(s.codes); m++ {
		c := s.codes[m]
		if !strings.HasPrefix(c, "---") || s.men[m] < 0 || s.mst[m+1] < 0 {
			continue
		}
		k := s.men[m]
		if k+1 >= len(s.toks) || !s.inAt("ownerpart", k) || !s.inAt("ownerprep", k+1) {
			continue
		}
		st := k + 2
		if st < len(s.toks) && s.isDet(st) {
			st++
		}
		if s.mst[m+1] != st {
			continue
		}
		cc := s.lx.stateCC(s.codes[m+1])
		if cc == "" {
			continue
		}
		s.codes[m] = cc + c[3:]
		if s.trace() {
			s.tracef("  %q: unknown country %s completed from the owner %q: %s", s.a.Actors[s.ments[m]].Text, c, s.a.Actors[s.ments[m+1]].Text, s.codes[m])
		}
	}
}

// backerMention reports a country mention written as a backer compound
// ("Iran-backed", "Russian-sponsored": en_lex `backertail`): the state
// backs the group named after it and is not its country (par3en).
func (s *sent) backerMention(m int) bool {
	if m < 0 || m >= len(s.ments) || s.men[m] <= 0 {
		return false
	}
	t := strings.ToLower(s.toks[s.men[m]-1].Text)
	i := strings.LastIndex(t, "-")
	return i >= 0 && s.lx.in("backertail", t[i+1:])
}

// governorTargets gives an intent, threat or refusal word whose own event
// stands ("threatened to resume attacks in Israel", "agreed to set up a
// centre in Tokyo", "a refusé de reprendre les pourparlers à Genève") and
// that has no target the target of its complement: the complement's own
// actor of known country, else the place of the complement (its country).
func (s *sent) governorTargets(keep []bool) {
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.p.weak || ca.code == "---" || len(ca.tgt) > 0 || ca.both != nil || len(ca.src) > 1 || ca.governed {
			continue
		}
		nm := s.norm(ca.anchor)
		if !s.lx.in("intentverb", nm) && !s.lx.in("threatverb", nm) && !s.lx.in("refusalverb", nm) {
			continue
		}
		// the complementiser: after the pattern's words, before any other
		// verb or clause limit ("agreed in principle on Monday to give")
		comp := -1
		start := ca.last
		if ca.last-1 > ca.anchor && s.isComp(ca.last-1) {
			// (the pattern ends with its complementiser: "*refuser de|d'")
			start = ca.last - 1
		}
		for j := start; j < len(s.toks) && j < ca.last+8; j++ {
			if s.hard(j) || s.norm(j) == "," || s.actor[j] >= 0 || j > ca.last && s.verbForm(j) && !s.isComp(j-1) {
				break
			}
			if s.isComp(j) && j+1 < len(s.toks) && s.toks[j+1].Kind == dyad.Word && s.actor[j+1] < 0 {
				comp = j
				break
			}
		}
		if comp < 0 {
			continue
		}
		v := comp + 1
		if g, ok := s.askChainTarget(v); ok {
			// frprec4: "a menacé de demander à la Cour de liquider la
			// BCCI": the object of the act asked for, not the one asked
			ca.tgt = g
			if s.trace() && len(g) > 0 {
				s.tracef("  %s at %d: target = the object of the act its complement %q asks for: %s", ca.p.id, ca.anchor, s.toks[v].Text, s.mtext(g))
			}
			continue
		}
		for b := range s.cands {
			cb := &s.cands[b]
			if cb.anchor != v || len(cb.tgt) == 0 || cb.place || cb.both != nil {
				continue
			}
			known := true
			for _, m := range cb.tgt {
				if c := s.codes[m]; len(c) < 3 || c[:3] == "---" {
					known = false
				}
			}
			if known {
				ca.tgt = cb.tgt
				if s.trace() {
					s.tracef("  %s at %d: target = the target of its complement %q: %s", ca.p.id, ca.anchor, s.toks[v].Text, s.mtext(ca.tgt))
				}
			}
			break
		}
		if len(ca.tgt) > 0 {
			continue
		}
		if m := s.complementActor(v); m >= 0 {
			// "threatened to renew its offensive against Chad", "agreed
			// to provide aid for Romania": an actor the complement's
			// object preposition introduces
			ca.tgt = s.group(m)
			if s.trace() {
				s.tracef("  %s at %d: target = the actor after its complement %q: %s", ca.p.id, ca.anchor, s.toks[v].Text, s.mtext(ca.tgt))
			}
			continue
		}
		if m := s.infinitiveObject(v); m >= 0 && s.lx.in("threatverb", nm) {
			// "Boris Johnson menace de suspendre le Parlement": the
			// threatened party is the direct object of the threatened act
			ca.tgt = s.group(m)
			if s.trace() {
				s.tracef("  %s at %d: target = the object of its complement %q: %s", ca.p.id, ca.anchor, s.toks[v].Text, s.mtext(ca.tgt))
			}
			continue
		}
		if m := s.threatPatient(v, ca.src); m >= 0 && s.lx.in("threatverb", nm) {
			// "a menacé de couper l'électricité à la république du
			// Nakhitchevan", "d'imposer des restrictions aux importations
			// de produits allemands": a threat is directed at the other
			// country its complement names, whatever the link
			ca.tgt = s.group(m)
			if s.trace() {
				s.tracef("  %s at %d: target = the other country in its complement %q: %s", ca.p.id, ca.anchor, s.toks[v].Text, s.mtext(ca.tgt))
			}
			continue
		}
		if m := s.placeAfter(v); m >= 0 {
			ca.tgt, ca.place = []int{m}, true
			if s.trace() {
				s.tracef("  %s at %d: target = the country of its complement's place %s", ca.p.id, ca.anchor, s.mtext(ca.tgt))
			}
		}
	}
}

// threatPatient returns the first actor of known country other than the
// source's inside the complement clause of the verb at v, before another
// complement clause, a comma or a clause limit (within 12 tokens); -1 when
// there is none.
func (s *sent) threatPatient(v int, src []int) int {
	for k := v + 1; k < len(s.toks) && k <= v+12; k++ {
		if m := s.actor[k]; m >= 0 {
			cc := s.lx.stateCC(s.codes[m])
			if cc == "" || s.mst[m] != k || len(s.codes[m]) <= 3 && s.prepBefore(k) < 0 {
				// (a bare country or nationality without preposition is
				// too often a language or a quality: "menace de bouter le
				// français hors des amphis")
				k = s.men[m] - 1
				continue
			}
			if len(src) > 0 && cc == s.lx.stateCC(s.codes[src[0]]) {
				// (the threat is about the source's own side)
				return -1
			}
			return m
		}
		if s.hard(k) || s.norm(k) == "," || s.inAt("clausecomp", k) || s.inAt("rel", k) || s.isComp(k-1) && s.frenchInfinitive(k) || s.verbForm(k) && !s.frenchInfinitive(k) {
			return -1
		}
	}
	return -1
}

// infinitiveObject returns the actor of known country and sector that is
// the direct object of the verb at v (only articles between: "de suspendre le
// Parlement", "to expel the ambassador"), else -1.
func (s *sent) infinitiveObject(v int) int {
	k := v + 1
	for n := 0; k < len(s.toks) && n < 3 && s.actor[k] < 0 && s.isDet(k); n++ {
		k++
	}
	if k >= len(s.toks) || s.actor[k] < 0 {
		return -1
	}
	m := s.actor[k]
	if s.mst[m] != k && !(s.mst[m] < k && s.isDet(s.mst[m])) {
		return -1
	}
	if c := s.codes[m]; len(c) <= 3 || c[:3] == "---" || s.prepBefore(s.mst[m]) >= 0 {
		// (a bare country or nationality is too often a language or a
		// quality: "menace de bouter le français hors des amphis")
		return -1
	}
	return m
}

// actAuthorTargets makes the author of a criticised act the target of
// the criticism (11x): "L'arrestation de l'opposant par la police a été
// condamnée par l'UE" criticises the police (the act's source), not the
// person arrested (its target), when a nominal event near the verb has
// the criticism's target as its own.
func (s *sent) actAuthorTargets(keep []bool) {
	for a := range s.cands {
		ca := &s.cands[a]
		// (not 113, sanctions demanded against X target X, not their
		// imposer; praise of an act as well, "La libération de l'opposant
		// par Moscou a été saluée par Londres": dyad <round failsfr>)
		if !keep[a] || !(strings.HasPrefix(ca.code, "11") && ca.code != "113" || ca.code == "051" && s.lx.lang == "fr") || len(ca.tgt) == 0 || ca.place || len(ca.src) == 0 {
			continue
		}
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || !cb.p.noun || cb.code == "---" || len(cb.src) == 0 || !sameInts(cb.tgt, ca.tgt) || s.sameCodes(cb.src, ca.src) ||
				cb.anchor < ca.anchor-15 || cb.anchor > ca.anchor+15 || s.restatedAct(ca, cb) {
				continue
			}
			ca.tgt = cb.src
			if s.trace() {
				s.tracef("  %s at %d: target = the author of the criticised act %q: %s", ca.p.id, ca.anchor, s.toks[cb.anchor].Text, s.mtext(ca.tgt))
			}
			break
		}
	}
}

// requestAuthorTargets gives a rejection (12x) with no target the author
// of the request or offer it rejects (`requestnoun`): the actor right
// after the noun, a country adjective or a genitive ("a rejeté une demande
// américaine", "une nouvelle offre de l'Afghanistan de pourparlers").
func (s *sent) requestAuthorTargets(keep []bool) {
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || !strings.HasPrefix(ca.code, "12") || len(ca.tgt) > 0 || ca.both != nil || len(ca.src) == 0 || ca.p.noun {
			continue
		}
		for k := ca.anchor + 1; k < len(s.toks) && k <= ca.anchor+5 && k < ca.last; k++ {
			if s.hard(k) || s.norm(k) == "," || s.actor[k] >= 0 {
				break
			}
			if !s.inAt("requestnoun", k) {
				continue
			}
			for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
				m := s.actor[j]
				if m < 0 {
					if s.hard(j) || s.norm(j) == "," || s.verbForm(j) {
						break
					}
					continue
				}
				pb := s.prepBefore(s.mst[m])
				// (an adjective right after the noun or after its
				// compound's bare complement: "un plan de paix sénégalais")
				adj := pb < 0 && (j == k+1 || j == k+3 && s.inAt("genitive", k+1) && s.plainWord(k+2))
				if s.mst[m] != j || pb >= 0 && (pb <= k || !s.inAt("genitive", pb)) || pb < 0 && !adj || s.sameCodes([]int{m}, ca.src) {
					break
				}
				ca.tgt = s.group(m)
				if s.trace() {
					s.tracef("  %s at %d: target = the author of the request rejected %q: %s", ca.p.id, ca.anchor, s.toks[k].Text, s.mtext(ca.tgt))
				}
				break
			}
			break
		}
	}
}

// protestPurpose: "ont bloqué des routes pour exiger le retour de X au
// gouvernement": a protest (141-145) with no target whose purpose
// infinitive is a demand (10x) of the same source with a target takes
// that target, and a demand for change (104x) its sub-code (1441, as
// CODING.md's « manifestent pour exiger le départ de l'armée » 1411); the
// demand stays an event of its own (French).
func (s *sent) protestPurpose(keep []bool) {
	if s.lx.lang != "fr" {
		return
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.p.weak || len(ca.code) != 3 || ca.code < "141" || ca.code > "145" || len(ca.tgt) > 0 && !ca.place || ca.both != nil || len(ca.src) == 0 {
			continue
		}
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || !keep[b] || !strings.HasPrefix(cb.code, "10") || cb.anchor <= ca.anchor || cb.anchor > ca.last+15 || len(cb.tgt) == 0 || cb.place || cb.both != nil ||
				!s.purpose(cb.anchor) || !s.frenchInfinitive(cb.anchor) || !s.sameCodes(cb.src, ca.src) {
				continue
			}
			hard := false
			for j := ca.anchor + 1; j < cb.anchor; j++ {
				if s.hard(j) {
					hard = true
				}
			}
			if hard {
				continue
			}
			s.takeDemand(ca, cb)
			break
		}
	}
}

// forcePurpose: "a ouvert le feu lundi soir pour disperser des
// manifestants": a use of force with no target whose purpose infinitive
// (within 6 tokens, no clause limit) has an actor of known country as
// direct object is directed at that actor (French).
func (s *sent) forcePurpose(keep []bool) {
	if s.lx.lang != "fr" {
		return
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.p.weak || !force(ca.code) || len(ca.tgt) > 0 && !ca.place || ca.both != nil || len(ca.src) == 0 {
			continue
		}
		for v := ca.last; v < len(s.toks) && v <= ca.last+6; v++ {
			if s.hard(v) || s.norm(v) == "," || s.actor[v] >= 0 {
				break
			}
			if !s.frenchInfinitive(v) || !s.purpose(v) {
				continue
			}
			k := v + 1
			for n := 0; k < len(s.toks) && n < 3 && s.actor[k] < 0 && (s.isDet(k) || s.inAt("prepart", k)); n++ {
				k++
			}
			if m := s.actor[min(k, len(s.toks)-1)]; k < len(s.toks) && m >= 0 && s.mst[m] == k && s.lx.stateCC(s.codes[m]) != "" && !ca.hasSrc(m) {
				ca.tgt, ca.place = s.group(m), false
				if s.trace() {
					s.tracef("  %s at %d: target = the object of its purpose %q: %s", ca.p.id, ca.anchor, s.toks[v].Text, s.mtext(ca.tgt))
				}
			}
			break
		}
	}
}

// protestTargets gives a protest (14x) with no target the actor its
// purpose or adjunct names after a protest cue (protestcue: "began a
// hunger strike to protest President Sisi's refusal", "in protest
// against abuses by the police", "pour protester contre le
// gouvernement"): the first actor of known country within 8 tokens of
// the cue, inside the clause.
func (s *sent) protestTargets(keep []bool) {
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.p.weak || !strings.HasPrefix(ca.code, "14") || len(ca.tgt) > 0 && !ca.place || ca.both != nil || len(ca.src) == 0 {
			continue
		}
		cue := -1
		from := ca.last
		if ca.near > ca.anchor && s.lx.lang == "en" {
			// the cue may stand before the purpose a far word names
			// ("blocked roads in defiance of the Thai government to
			// demand new elections")
			from = ca.near
		}
		for j := from; j < len(s.toks) && j < from+12; j++ {
			if s.hard(j) || s.inAt("clausecomp", j) {
				break
			}
			if s.inAt("protestcue", j) {
				cue = j
				break
			}
			if m := s.actor[j]; m >= 0 {
				j = s.men[m] - 1
			}
		}
		if cue < 0 {
			if m := s.protestBefore(ca); m >= 0 {
				ca.tgt, ca.place = s.group(m), false
				if s.trace() {
					s.tracef("  %s at %d: target = the actor after the protest cue in the subject's phrase: %s", ca.p.id, ca.anchor, s.mtext(ca.tgt))
				}
			}
			continue
		}
		for j := cue; j < len(s.toks) && j <= cue+8; j++ {
			if s.hard(j) || s.norm(j) == "," || s.inAt("clausecomp", j) {
				break
			}
			m := s.actor[j]
			if m < 0 {
				continue
			}
			if s.victimOfCriticism(ca.code, m) {
				// enreal.go: "against the invasion of Ukraine": the victim
				j = s.men[m] - 1
				continue
			}
			if s.lx.lang == "en" && s.placeMention(m) {
				// "protested against the finance bill in Nairobi": the
				// protest's place is not what it is against (English)
				j = s.men[m] - 1
				continue
			}
			if c := s.codes[m]; len(c) < 3 || c[:3] == "---" && !(s.lx.lang == "en" && len(c) >= 6 && s.lx.in("owngov", strings.ToLower(c[3:6]))) {
				// "in protest against" ("protest" itself may be a
				// mention of unknown country): look further; a bare
				// government is the protesters' own (English: "to protest
				// against the government's plan", completed later)
				j = s.men[m] - 1
				continue
			}
			if !ca.hasSrc(m) {
				// (over the place of the protest: "blocked roads in
				// Bangkok in defiance of the Thai government")
				ca.tgt, ca.place = s.group(m), false
				if s.trace() {
					s.tracef("  %s at %d: target = the actor after the protest cue %q: %s", ca.p.id, ca.anchor, s.toks[cue].Text, s.mtext(ca.tgt))
				}
			}
			break
		}
	}
}

// complementActor finds, after the complement verb at v, the first actor
// of known country introduced by a preposition that is neither a place
// nor a genitive ("to renew its offensive against Chad", "to provide
// aid for Romania"), within 10 tokens, before a comma, clause limit or
// another verb; -1 when none.
func (s *sent) complementActor(v int) int {
	for k := v + 1; k < len(s.toks) && k <= v+10; k++ {
		if m := s.actor[k]; m >= 0 {
			pb := s.prepBefore(s.mst[m])
			c := s.codes[m]
			if pb < 0 || s.inAt("placeprep", pb) || s.inAt("genitive", pb) || len(c) < 3 || c[:3] == "---" {
				k = s.men[m] - 1
				continue
			}
			return m
		}
		if s.hard(k) || s.norm(k) == "," || s.inAt("clausecomp", k) || s.inAt("rel", k) ||
			s.lx.lang == "en" && s.inAt("infto", k-1) && s.verbForm(k) || s.lx.lang != "en" && s.isComp(k-1) && s.frenchInfinitive(k) {
			// another complement clause
			return -1
		}
	}
	return -1
}

// inclusionCountry completes an agent of unknown country introduced as a
// part of the mention before it (`inclusion` words: "Russian aircraft
// including helicopter gunships", "les forces maliennes, dont des
// hélicoptères"): it takes that mention's country.
func (s *sent) inclusionCountry() {
	for m := 1; m < len(s.codes); m++ {
		c, o := s.codes[m], m-1
		if !strings.HasPrefix(c, "---") || s.mst[m] < 0 || s.mst[o] < 0 || s.men[o] >= s.mst[m] {
			continue
		}
		nc := s.codes[o]
		if s.lx.stateCC(nc) == "" {
			continue
		}
		k := s.beforeDets(m)
		if !s.inAt("inclusion", k) && !(k > 0 && s.lx.in("inclusion", s.joinedNorm(k-1, k))) {
			continue
		}
		if s.inAt("inclusion", k) {
			k--
		} else {
			k -= 2
		}
		if k >= 0 && s.norm(k) == "," {
			k--
		}
		if k != s.men[o]-1 {
			continue
		}
		s.codes[m] = nc[:3] + c[3:]
		if s.trace() {
			s.tracef("  %q: unknown country %s completed from %q it belongs to: %s", s.a.Actors[s.ments[m]].Text, c, s.a.Actors[s.ments[o]].Text, s.codes[m])
		}
	}
}

// protestPolicy gives a protest with no target actor whose source is a
// domestic actor of a known country (`owngovrole`: civilians, unions,
// students, the opposition ...) and whose object is a policy
// (`againstprep` then a `policynoun` within four words: "les syndicats
// français ont manifesté contre la réforme des retraites", "students
// protested against the new education law") that country's government as
// target: a policy is its government's (CAMEO codes protests against a
// policy with the government as target).
func (s *sent) protestPolicy(ev *dyad.Event, anchor int) {
	src := ev.Source
	if len(src) < 6 || s.lx.stateCC(src) == "" || !s.lx.in("owngovrole", strings.ToLower(src[3:6])) {
		return
	}
	for k := anchor + 1; k < len(s.toks) && k <= anchor+8; k++ {
		if m := s.actor[k]; m >= 0 && s.placeMention(m) {
			// "demonstrated in Tel Aviv against the judicial reform", "ont
			// manifesté à Tbilissi contre le projet de loi": the protest's
			// place comes before its object (English; French since par2g)
			k = s.men[m] - 1
			continue
		}
		if s.hard(k) || s.actor[k] >= 0 {
			return
		}
		if !s.inAt("againstprep", k) {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if s.hard(j) || s.actor[j] >= 0 {
				return
			}
			if s.inAt("policynoun", j) {
				if s.trace() {
					s.tracef("  protest against a policy (%q) by %s at home: its own government is the target", s.toks[j].Text, src)
				}
				ev.Target, ev.TargetText = src[:3]+"GOV", s.toks[j].Text
				ev.TargetSpan = dyad.Span{Start: s.toks[j].Start, End: s.toks[j].End}
				return
			}
		}
		return
	}
}

// domesticState gives a state force of unknown country (`staterole`:
// "les forces gouvernementales", "l'armée", "la police" → ---MIL) facing
// rebels, insurgents, the opposition or a party of a known country
// (`nonstate`) that country: the talibans attack the Afghan government's forces, the
// government forces bomb the Tuareg rebels' positions (both lexicons;
// English since the lead's pair checks of 2026-11-27).
func (s *sent) domesticState(ev *dyad.Event, pr [2]int) {
	role := func(code, list string) bool {
		return len(code) >= 6 && s.lx.in(list, strings.ToLower(code[3:6]))
	}
	known := func(code string) bool {
		return s.lx.stateCC(code) != ""
	}
	// domestic politics: a deputy, a party, the opposition, a court or the
	// police of unknown country facing a government, parliament, party
	// ... of a known country ("L'assemblée nationale a voté la confiance
	// au gouvernement Ayrault", "le Parti populaire exclut le député");
	// a government of unknown country only facing a parliament, party or
	// court (officials meeting protesters may be abroad)
	dom := func(u, k string) bool {
		return role(u, "domesticrole") && role(k, "domesticpeer") || role(u, "staterole2") && role(k, "govpeer") ||
			!force(ev.Code) && (role(u, "civilrole") && role(k, "civilpeer") || role(u, "courtrole") && role(k, "courtpeer"))
	}
	switch {
	case strings.HasPrefix(ev.Target, "---") && role(ev.Target, "owngov") && known(ev.Source) && role(ev.Source, "owngovrole") && !s.foreignMention(pr[1]) && s.placeAllows(ev.Source[:3]):
		// "Serbian protesters demonstrated against the government",
		// "des étudiants marocains ont dénoncé le gouvernement": a bare
		// government or president facing its own country's opposition,
		// civilians, students, unions, parties ... is that country's
		if s.trace() {
			s.tracef("  target %q of unknown country %s facing %s at home: the source's own government", ev.TargetText, ev.Target, ev.Source)
		}
		ev.Target = ev.Source[:3] + ev.Target[3:]
	case strings.HasPrefix(ev.Target, "---") && known(ev.Source) && dom(ev.Target, ev.Source) && !s.foreignMention(pr[1]) && !s.foreignPresent(pr[0]):
		if s.trace() {
			s.tracef("  target %q of unknown country %s facing %s in domestic politics: the same country", ev.TargetText, ev.Target, ev.Source)
		}
		ev.Target = ev.Source[:3] + ev.Target[3:]
	case strings.HasPrefix(ev.Source, "---") && known(ev.Target) && dom(ev.Source, ev.Target) && !s.foreignMention(pr[0]) && !s.foreignPresent(pr[1]):
		if s.trace() {
			s.tracef("  source %q of unknown country %s facing %s in domestic politics: the same country", ev.SourceText, ev.Source, ev.Target)
		}
		ev.Source = ev.Target[:3] + ev.Source[3:]
	case strings.HasPrefix(ev.Target, "---") && role(ev.Target, "staterole") && known(ev.Source) && role(ev.Source, "nonstate") && !s.foreignMention(pr[1]):
		if s.trace() {
			s.tracef("  target %q of unknown country %s facing %s: the same country", ev.TargetText, ev.Target, ev.Source)
		}
		ev.Target = ev.Source[:3] + ev.Target[3:]
	case strings.HasPrefix(ev.Source, "---") && role(ev.Source, "staterole") && known(ev.Target) && role(ev.Target, "nonstate") && !s.foreignMention(pr[0]):
		if s.trace() {
			s.tracef("  source %q of unknown country %s facing %s: the same country", ev.SourceText, ev.Source, ev.Target)
		}
		ev.Source = ev.Target[:3] + ev.Source[3:]
	}
}

// placeAllows reports that the sentence names no place of another country
// than cc (no place, or a place of cc).
func (s *sent) placeAllows(cc string) bool {
	pl := s.sentencePlace()
	return pl == "" || pl == cc
}

// protestBefore finds the target of a protest named by a protest cue in
// the subject's own phrase, before the verb ("citoyens maliens en colère
// contre les exactions des groupes armés ... ont manifesté"): the first
// actor after the cue, within 8 tokens, not the source; -1 when there is
// none (French).
func (s *sent) protestBefore(ca *cand) int {
	if s.lx.lang != "fr" || len(ca.src) == 0 || s.mst[ca.src[0]] < 0 {
		return -1
	}
	for j := s.men[ca.src[0]]; j < ca.anchor && j < s.men[ca.src[0]]+8; j++ {
		if s.hard(j) || s.norm(j) == "," {
			return -1
		}
		if !s.inAt("protestcue", j) {
			continue
		}
		for k := j + 1; k < ca.anchor && k <= j+8; k++ {
			if s.hard(k) || s.norm(k) == "," {
				return -1
			}
			if m := s.actor[k]; m >= 0 && !ca.hasSrc(m) && len(s.codes[m]) >= 6 {
				return m
			}
		}
		return -1
	}
	return -1
}

// demonstrativeSector: "Israeli negotiators and those of Egypt": a bare
// country owning the demonstrative that stands for the first member's noun
// takes its sector (EGYGOV), as the French loop below does for "ceux de".
func (s *sent) demonstrativeSector() {
	for m := 1; m < len(s.codes); m++ {
		o := m - 1
		c, oc := s.codes[m], s.codes[o]
		if len(c) != 3 || c == "---" || len(oc) < 6 || oc[:3] == "---" || s.mst[m] < 1 || s.mst[o] < 0 || strings.HasPrefix(oc, "IGO") || strings.HasPrefix(oc, "NGO") {
			continue
		}
		if k := s.men[o]; k+2 < s.mst[m] && s.inAt("conj", k) && s.inAt("demonstrative", k+1) && s.inAt("genitive", k+2) && s.onlyArticles(k+3, s.mst[m]) {
			s.codes[m] = c + oc[3:]
			if s.trace() {
				s.tracef("  %q: owner of the demonstrative standing for %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
			}
		}
	}
}

// sharedHeadSector gives a bare nationality adjective coordinated after an
// agent ("ses homologues russe et iranien", "les présidents russe et
// chinois": RUSGOV and IRN) the sector of the noun they share: IRNGOV
// (French; a lower-case demonym right after "et" and the agent).
func (s *sent) sharedHeadSector() {
	if s.lx.lang == "en" {
		s.sharedHeadSectorEN()
		s.demonstrativeSector()
		return
	}
	if s.lx.lang != "fr" {
		return
	}
	for m := 1; m < len(s.codes); m++ {
		o := m - 1
		c, oc := s.codes[m], s.codes[o]
		if len(c) != 3 || c == "---" || len(oc) < 6 || oc[:3] == "---" || s.mst[m] < 1 || s.mst[o] < 0 {
			continue
		}
		if s.roleOf(o) && s.genPair(o, m) && s.a.Actors[s.ments[m]].Kind == "country" {
			// "les ministres des Affaires étrangères de la France et de
			// l'Allemagne": the second country's ministers (DEUGOV)
			s.codes[m] = c + oc[3:]
			if s.trace() {
				s.tracef("  %q: coordinated owner of the role in %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
			}
			continue
		}
		if k := s.men[o]; k+2 < s.mst[m] && s.inAt("conj", k) && s.inAt("demonstrative", k+1) && s.inAt("genitive", k+2) && s.onlyArticles(k+3, s.mst[m]) && !strings.HasPrefix(oc, "IGO") && !strings.HasPrefix(oc, "NGO") {
			// "les soldats maliens et ceux de la Mauritanie": the
			// demonstrative stands for the first member's noun (MRTMIL)
			s.codes[m] = c + oc[3:]
			if s.trace() {
				s.tracef("  %q: owner of the demonstrative standing for %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
			}
			continue
		}
		if s.men[o] != s.mst[m]-1 || !s.inAt("conj", s.mst[m]-1) && s.norm(s.mst[m]-1) != "," || s.men[m]-s.mst[m] != 1 || capital(s.toks[s.mst[m]].Text) {
			// (a comma too: "des enquêteurs américains, canadiens et
			// français": USACOP, CANCOP, FRACOP)
			continue
		}
		// the agent ends with its own nationality adjective ("homologues
		// russe"): the adjectives share the noun
		if e := s.men[o] - 1; e < 0 || capital(s.toks[e].Text) {
			continue
		}
		s.codes[m] = c + oc[3:]
		if s.trace() {
			s.tracef("  %q: nationality adjective sharing the noun of %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
		}
	}
}

// demandThat: "Kyiv demanded that Moscow return the deported children":
// the event of the that-clause after a demand verb (`demandverb`) is the
// speaker's demand on the clause's subject (transform.txt "demand": 0841 ->
// 1053), unless the demand verb's own pattern names it past the clause's
// verb ("demanded that Berlin pay war reparations", 1011). English and
// French ("ont exigé mardi que l'armée remette le pouvoir aux civils").
func (s *sent) demandThat(keep []bool) {
	tr := s.trace()
	for a := range s.cands {
		ca := &s.cands[a]
		g := ca.anchor
		if !keep[a] || ca.p.weak || len(ca.src) == 0 || g+2 >= len(s.toks) || !s.inAt("demandverb", g) {
			continue
		}
		for n := 0; n < 4 && g+3 < len(s.toks) && (s.inTime(g+1) || s.prepBeforeTime(g+1)); n++ {
			// "a exigé mardi que l'armée": the time word between (wire
			// copy puts it right after the verb); g stands for the verb
			// group up to the complementiser from here on
			g++
		}
		if !s.inAt("clausecomp", g+1) {
			continue
		}
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || !keep[b] || cb.p.weak || cb.governed || cb.code == "---" || cb.anchor <= g+2 || cb.anchor > g+10 || len(cb.src) == 0 || s.mst[cb.src[0]] != g+2 && !(s.mst[cb.src[0]] > g+2 && s.onlyArticles(g+2, s.mst[cb.src[0]])) {
				continue
			}
			if ca.code != "100" && (ca.last > cb.anchor+1 || s.lx.lang == "fr" && ca.last >= cb.anchor) && (s.lx.lang != "en" || strings.HasPrefix(ca.code, "10")) {
				// (English: only a demand code of its own stands; "demanded
				// that Israel free jailed prisoners" is no 173 of the
				// converted "&DEMAND &DETENTION", failsen round)
				// (French: a demand pattern naming the clause's own verb,
				// "a exigé que Berlin verse des réparations" 1011, stands too)
				keep[b] = false
				if tr {
					s.tracef("  %s at %d: that-clause of %q: the demand's own sub-code %s stands", cb.p.id, cb.anchor, s.toks[g].Text, ca.code)
				}
				break
			}
			old := cb.code
			if s.lx.lang == "fr" && s.lx.transform("demand", old) == old {
				// "a exigé que les autorités ouvrent une enquête": no
				// demand version of the clause's code (090); the demand
				// verb's own event stands and the clause codes nothing
				keep[b] = false
				if tr {
					s.tracef("  %s at %d: that-clause of %q with no demand version of %s: the demand stands", cb.p.id, cb.anchor, s.toks[g].Text, old)
				}
				break
			}
			ended := s.ended(cb)
			cb.code = s.lx.transform("demand", cb.code)
			if ended && cb.neg || !ended && s.inAt("ceaseverb", cb.anchor-1) && s.gerundAt(cb.anchor) {
				// "demanded that Japan stop releasing": a demand to stop an
				// action is a plain demand (100), as an appeal to stop is 020
				// (an act whose end CAMEO codes is demanded so: "demanded
				// that Russia stop bombing" 087 -> 1056; mode.go cessation)
				cb.code = "100"
			}
			cb.neg = cb.neg && !ended
			cb.tgt, cb.src = cb.src, ca.src
			cb.both = nil
			cb.mode = dyad.Asserted
			cb.governed, cb.gov = true, ca.anchor
			keep[a] = false
			if tr {
				s.tracef("  %s at %d: that-clause of %q: the speaker demands it, demand table %s -> %s", cb.p.id, cb.anchor, s.toks[g].Text, old, cb.code)
			}
			break
		}
	}
}

// sharedHeadSectorEN: a bare nationality word right before "and" and an
// agent that starts with its own nationality ("Egyptian and Saudi troops",
// "the Saudi and Iranian foreign ministers") takes the agent's sector:
// EGYMIL, SAUGOV (English).
func (s *sent) sharedHeadSectorEN() {
	for m := 0; m+1 < len(s.codes); m++ {
		o := m + 1
		c, oc := s.codes[m], s.codes[o]
		if len(c) != 3 || c == "---" || len(oc) < 6 || oc[:3] == "---" || oc[:3] == c || s.mst[m] < 0 || s.mst[o] < 0 {
			continue
		}
		if s.men[m]-s.mst[m] != 1 || s.mst[o] != s.men[m]+1 || !s.inAt("andword", s.men[m]) || s.men[o]-s.mst[o] < 2 {
			continue
		}
		if b := s.mst[m] - 1; b >= 0 && s.inAt("placeprep", b) {
			// "clashed with police in Haiti and Russian forces": a
			// country after a preposition of place is the place of
			// what comes before, no nationality (framesen round)
			continue
		}
		sec := oc[3:]
		if s.a.Actors[s.ments[o]].Kind != "agent" {
			// "Israeli and Hamas negotiators": a group's role noun
			// (`govhead`) gives the first one its government
			if !s.inAt("govhead", s.men[o]-1) {
				continue
			}
			sec = "GOV"
		}
		s.codes[m] = c + sec
		if s.trace() {
			s.tracef("  %q: nationality sharing the noun of %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
		}
	}
	for m := 1; m < len(s.codes); m++ {
		// "the foreign ministers of Iran and Saudi Arabia": a bare country
		// coordinated after a role mention ending with its own country
		// after "of" owns the same role (SAUGOV)
		o := m - 1
		c, oc := s.codes[m], s.codes[o]
		if len(c) != 3 || c == "---" || len(oc) < 6 || oc[:3] == "---" || oc[:3] == c || s.mst[m] < 0 || s.mst[o] < 0 ||
			s.a.Actors[s.ments[m]].Kind != "country" || s.a.Actors[s.ments[o]].Kind != "agent" || s.lx.in("regioncode", strings.ToLower(c)) {
			continue
		}
		if k := s.men[o]; k >= s.mst[m] || !s.inAt("conj", k) || !s.onlyArticles(k+1, s.mst[m]) || !s.roleOfEN(o) {
			continue
		}
		s.codes[m] = c + oc[3:]
		if s.trace() {
			s.tracef("  %q: coordinated owner of the role in %q: %s", s.a.Actors[s.ments[m]].Text, s.a.Actors[s.ments[o]].Text, s.codes[m])
		}
	}
}

// roleOfEN reports an agent mention that ends with its country's name after
// "of" ("the foreign ministers of Iran", "the leaders of France"): the
// agent's noun before "of" is the role. English.
func (s *sent) roleOfEN(m int) bool {
	e := s.men[m] - 1
	for k := e; k > s.mst[m] && k >= e-4; k-- {
		if s.inAt("ofword", k) {
			return capital(s.toks[e].Text)
		}
	}
	return false
}

// roleOf reports an agent mention with a sector that ends with its
// country's name after a genitive ("ministres des Affaires étrangères de
// la France"): a role of that country (French).
func (s *sent) roleOf(m int) bool {
	if s.lx.lang != "fr" || s.mst[m] < 0 || len(s.codes[m]) < 6 || s.codes[m][:3] == "---" {
		return false
	}
	e := s.men[m] - 1
	for k := e; k > s.mst[m] && k >= e-4; k-- {
		if s.inAt("genitive", k) {
			return k+1 <= e && capital(s.toks[e].Text) && s.inAt("govhead", s.mst[m])
		}
	}
	return false
}

// takeDemand gives the protest ca the target of the demand cb that is its
// purpose, and a demand for change (1041-1044) its sub-code (141 -> 1411):
// shared by protestPurpose (French) and protestDemand (English, enwire5.go).
func (s *sent) takeDemand(ca, cb *cand) {
	old := ca.code
	ca.tgt, ca.place = cb.tgt, false
	if len(cb.code) == 4 && strings.HasPrefix(cb.code, "104") && cb.code[3] >= '1' && cb.code[3] <= '4' {
		ca.code += cb.code[3:]
	}
	if s.trace() {
		s.tracef("  %s at %d: purpose demand %s at %d: target %s, %s -> %s", ca.p.id, ca.anchor, cb.p.id, cb.anchor, s.mtext(ca.tgt), old, ca.code)
	}
}
