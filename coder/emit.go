// Emitting events: emit drops embedded and weak candidates and appends
// the events, with their date, reciprocal (reflexive) readings, domestic
// dyads and the checks on the pairs it keeps.

package coder

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/timex"
)

// domesticDyad tells whether an event of this code by this source is read
// as a domestic one, so that a target of unknown country and no place may
// take the source's country: not support or aid (05x-07x: "les rebelles,
// soutenus par le Rwanda" are not Rwandan), and force (18x-20x) only by
// police, armed groups or crowds, or against rebels and the opposition
// ("des frappes russes ont touché un hôpital": the hospital is not
// Russian); never a denial (016).
func domesticDyad(source, target, code string) bool {
	if len(code) < 2 || code == "016" {
		// (a denial: "Russia denied targeting civilians", the victims
		// of the act denied need not be the denier's own)
		return false
	}
	switch code[:2] {
	case "05", "06", "07":
		return false
	case "18", "19", "20":
		// a police force or a non-state armed group ("Boko Haram
		// fighters abducted dozens of women"), or state forces against
		// rebels, insurgents or the opposition ("l'armée syrienne et
		// les rebelles se battent")
		if len(source) >= 6 {
			switch source[3:6] {
			case "COP", "REB", "INS", "OPP", "CVL":
				return true
			}
		}
		if len(target) >= 6 {
			switch target[3:6] {
			case "REB", "INS", "OPP":
				return true
			}
		}
		return false
	}
	return true
}

// countryElsewhere tells whether a mention of the sentence other than the
// source and the target names the country cc ("Turkish troops killed two
// Kurdish fighters in a clash in southeastern Turkey": the killing
// happens in the source's own country).
func (s *sent) countryElsewhere(src, tgt int, cc string) bool {
	for i, c := range s.codes {
		if i != src && i != tgt && strings.HasPrefix(c, cc) {
			return true
		}
	}
	return false
}

// emit drops embedded and weak candidates and appends the events.
func (s *sent) emit() {
	tr := s.trace()
	keep := make([]bool, len(s.cands))
	strong := false
	for a := range s.cands {
		keep[a] = true
		// background facts are no events, nor do they hide the
		// events of the news around them (enlong.go)
		if c := &s.cands[a]; s.background(c) {
			keep[a] = false
			if tr {
				s.tracef("  drop %s (%s) at %d: background (dated %s, or a since clause)", c.p.id, c.code, c.anchor, s.date(c.anchor))
			}
		}
		// a sports side's match or tour (enheld7.go)
		if c := &s.cands[a]; s.sportsEvent(c) {
			keep[a] = false
		}
		// an attack by a suicide bomber named by a group (enheld8.go)
		if c := &s.cands[a]; s.suicideAttack(c) {
			if tr {
				s.tracef("  %s at %d: %s -> 1831, a suicide bomber's attack", c.p.id, c.anchor, c.code)
			}
			c.code = "1831"
		}
	}
	// "denied accusations that it supports the Taliban": the content of an
	// accusation, claim or report is not an event of its own
	for b := range s.cands {
		cb := &s.cands[b]
		for j := cb.anchor - 1; j > 0; j-- {
			if s.lx.lang == "en" && j == cb.anchor-1 && s.inAt("conj", j) && s.norm(j-1) == "," && !cb.p.noun {
				// "denied that his troops were fighting ..., and accused
				// President Tshisekedi": a verb after ", and" is
				// coordinated with the main verb, no content (enlong)
				break
			}
			if s.inAt("clausecomp", j) {
				// "an allegation by the Farmers' Union (FU) that
				// ...": the content noun may stand a few words back, before
				// its author
				k := j - 1
				for n := 0; k > 0 && n < 8 && !s.inAt("contentnoun", k) && !s.hard(k) && !s.verbForm(k); n++ {
					k--
				}
				if k >= 0 && s.inAt("contentnoun", k) {
					keep[b] = false
					if tr {
						s.tracef("  drop %s at %d: content of %q", cb.p.id, cb.anchor, s.toks[k].Text)
					}
					s.denialTarget(k, cb)
				}
				break
			}
			if s.hard(j) {
				break
			}
		}
	}
	// "Israel denied striking a hospital": the act named by the gerund
	// right after a verb of denial (`denyverb`) is not asserted; the
	// denial, read as a refusal, is a denial of responsibility (016)
	for b := range s.cands {
		cb := &s.cands[b]
		k := cb.anchor - 1
		if cb.p.noun || k < 0 || !s.inAt("denyverb", k) || !s.gerundAt(cb.anchor) || s.actor[k] >= 0 {
			continue
		}
		keep[b] = false
		if tr {
			s.tracef("  drop %s at %d: the act denied by %q", cb.p.id, cb.anchor, s.toks[k].Text)
		}
		for a := range s.cands {
			if ca := &s.cands[a]; ca.anchor == k && strings.HasPrefix(ca.code, "12") {
				if tr {
					s.tracef("  %s at %d: a denial of the act, %s -> 016", ca.p.id, k, ca.code)
				}
				ca.code = "016"
			}
		}
	}
	// "Ethiopia denied it had sent troops into Eritrea": the same for the
	// finite verb of a clause without "that" right after the verb of
	// denial; the denial (a refusal read there) is 016 aimed at the act's
	// target (modality round)
	for b := range s.cands {
		cb := &s.cands[b]
		k := s.bareDeniedClause(cb)
		if k < 0 {
			continue
		}
		keep[b] = false
		if tr {
			s.tracef("  drop %s at %d: the act of the clause denied by %q", cb.p.id, cb.anchor, s.toks[k].Text)
		}
		for a := range s.cands {
			if ca := &s.cands[a]; ca.anchor == k && (strings.HasPrefix(ca.code, "12") || ca.code == "016") {
				if tr {
					s.tracef("  %s at %d: a denial of the act, %s -> 016", ca.p.id, k, ca.code)
				}
				ca.code = "016"
				if len(cb.tgt) > 0 && !sameInts(ca.src, cb.tgt) {
					ca.tgt = cb.tgt
				}
			}
		}
	}
	// "si les talibans attaquaient Kaboul", "if Iran refuses": the verb
	// of a condition clause states no event (CODING.md: hypothetical
	// events are not coded); a nominal event there is presupposed ("si
	// l'accord conclu en juillet entre X et Y est respecté")
	// (DropConditions)
	for b := range s.cands {
		if cb := &s.cands[b]; s.dropCond && cb.cond && !cb.p.noun {
			keep[b] = false
			if tr {
				s.tracef("  drop %s at %d: the verb of a condition clause", cb.p.id, cb.anchor)
			}
		}
	}
	// "les négociations entre X et Y reprendront lundi", "la rencontre
	// aura lieu demain": a nominal event takes the mode of the verb it is
	// the subject of
	for b := range s.cands {
		cb := &s.cands[b]
		if !cb.p.noun || cb.mode != dyad.Asserted {
			continue
		}
		if k, m := s.subjectVerbMode(cb.anchor); k >= 0 {
			cb.mode = m
			if tr {
				s.tracef("  %s at %d: subject of %q: %s", cb.p.id, cb.anchor, s.toks[k].Text, m)
			}
		}
		s.purposeMode(cb) // enprec10.go
	}
	// "si l'accord conclu en juillet entre X et Y est respecté": a nominal
	// event that a past participle in its match says took place is
	// presupposed by the condition clause, not hypothetical (as
	// DropConditions keeps it)
	for b := range s.cands {
		cb := &s.cands[b]
		if !cb.p.noun || !cb.cond || cb.mode != dyad.Hypothetical {
			continue
		}
		for k := cb.anchor + 1; k < cb.last && k < len(s.toks); k++ {
			if s.actor[k] >= 0 || !s.pastParticiple(k) {
				continue
			}
			cb.mode, cb.cond = dyad.Asserted, false
			if tr {
				s.tracef("  %s at %d: %q says it took place: presupposed by the condition, asserted", cb.p.id, cb.anchor, s.toks[k].Text)
			}
			break
		}
	}
	// "J'espère que l'accord entre Hanoi et Washington se réalisera": what
	// is hoped for is no event
	for b := range s.cands {
		if cb := &s.cands[b]; s.wishClause(cb.anchor) {
			keep[b] = false
			if tr {
				s.tracef("  drop %s at %d: hoped for", cb.p.id, cb.anchor)
			}
		}
	}
	// "refusent de discuter d'un retrait des troupes", "rejected an offer
	// for talks", "n'autoriserait pas ... pour une attaque": a nominal event
	// talked about, expected, proposed or the purpose of an act to come is
	// no event of its own
	for b := range s.cands {
		if cb := &s.cands[b]; cb.p.noun && (s.topicObject(cb.anchor) || s.expectedObject(cb.anchor) || s.proposalObject(cb.anchor) || material(cb.code) && s.unrealPurpose(cb.anchor)) || !cb.p.noun && s.proposalInfinitive(cb.anchor) {
			keep[b] = false
			if tr {
				s.tracef("  drop %s at %d: talked about, expected, proposed or a purpose", cb.p.id, cb.anchor)
			}
		}
	}
	// "la querelle va dégénérer en un affrontement entre X et Y": a turn
	// still to come is a prediction; "les investisseurs qui souhaitent
	// investir en Russie devront": a wish defining a class (frprec4.go)
	for b := range s.cands {
		if cb := &s.cands[b]; cb.p.noun && cb.mode == dyad.Future && s.predictedTurn(cb.anchor) || !cb.p.noun && cb.mode == dyad.Future && s.classRelative(cb.anchor) {
			keep[b] = false
			if tr {
				s.tracef("  drop %s at %d: a predicted turn into the event, or a wish defining a class", cb.p.id, cb.anchor)
			}
		}
	}
	// frprec5.go: "on peut penser que X cédera": the writer's guess; "qui
	// est chargé d'exercer une pression sur X": a duty; "demande la
	// création d'une commission": the body asked for is no target
	for b := range s.cands {
		cb := &s.cands[b]
		if cb.p.noun {
			continue
		}
		why := ""
		switch {
		case cb.mode == dyad.Future && s.speculationClause(cb.anchor):
			why = "a guess of the writer (on + a verb of thinking)"
		case s.dutyInfinitive(cb.anchor):
			why = "a duty (chargé de + infinitive)"
		case len(cb.tgt) > 0 && !cb.place && cb.clitic < 0 && (strings.HasPrefix(cb.code, "02") || strings.HasPrefix(cb.code, "10")) && s.createdTarget(cb.anchor, cb.tgt[0]):
			// (asked for: "a salué la création du gouvernement" praises a
			// body that exists)
			why = "the target is a body to be created"
		}
		if why != "" {
			keep[b] = false
			if tr {
				s.tracef("  drop %s at %d: %s", cb.p.id, cb.anchor, why)
			}
		}
	}
	// "ont torturé et exécuté trois soldats", "condemned and sanctioned
	// Russia": a verb with no target coordinated right before another
	// verb of the same subject shares that verb's object
	for a := range s.cands {
		ca := &s.cands[a]
		if len(ca.tgt) > 0 || ca.both != nil || ca.p.noun || ca.code == "---" || ca.p.weak || s.eventAfterArticle(ca.anchor) {
			continue
		}
		for b := range s.cands {
			cb := &s.cands[b]
			if b == a || cb.p.noun || len(cb.tgt) == 0 || cb.clitic >= 0 || cb.place || !s.bareCoordinated(ca.anchor, cb.anchor) || !sameInts(ca.src, cb.src) {
				continue
			}
			ca.tgt = cb.tgt
			if tr {
				s.tracef("  %s at %d: no object of its own; shares the object of the coordinated %q: %s", ca.p.id, ca.anchor, s.toks[cb.anchor].Text, s.mtext(ca.tgt))
			}
			break
		}
	}
	// "refused to meet", "a accepté de négocier", "threatened to attack":
	// the complement carries the event, transformed; the governing word
	// codes nothing itself
	for b := range s.cands {
		cb := &s.cands[b]
		cls, g := s.liftLight(s.governor(cb.anchor))
		cease := false
		if cls == "" && cb.anchor > 1 && s.inAt("ceaseverb", cb.anchor-1) && s.gerundAt(cb.anchor) {
			// "urged China to stop supporting Russia": an appeal to stop
			// an action is a plain appeal to the addressee (020), not the
			// action itself
			if c2, g2 := s.governor(cb.anchor - 1); c2 == "appeal" {
				cls, g, cease = c2, g2, true
			}
		}
		if cls == "" || cb.code == "---" {
			continue
		}
		if cls == "appeal" {
			// "urged Israel not to launch an offensive" (enheld3.go)
			if ok, c := s.appealNotTo(cb, g); ok {
				cease = c
				if tr {
					s.tracef("  %s at %d: complement of %q negated by its own \"not to\": an appeal, %s", cb.p.id, cb.anchor, s.toks[g].Text, cb.code)
				}
			}
		}
		if cls == "cessation" {
			// "a cessé d'imposer des droits", "stopped shelling": the act
			// ends (mode.go cessation)
			var ok bool
			if cls, g, cease, ok = s.cessation(cb, g, keep, b); !ok {
				continue
			}
		}
		if cls == "intent" && cb.code >= "1" && s.inAt("decisionverb", g) {
			// "a décidé de geler les avoirs", "decided to expel the
			// envoy": a decision to coerce is no threat (13x); like a
			// light verb it gives way to its complement's own code
			cls = "light"
		}
		if cls == "intent" && s.deniedIntent(g) {
			// frseed.go: « a démenti toute intention d'envahir X »
			cb.neg = true
			if tr {
				s.tracef("  %s at %d: intent %q denied: negated", cb.p.id, cb.anchor, s.toks[g].Text)
			}
			continue
		}
		old := cb.code
		if cls == "refusal" && s.lx.transform(cls, cb.code) == cb.code {
			// "refuse d'accuser": no refusal code for it; the event is negated
			cb.neg = true
		}
		if cls == "negate" {
			// "failed to meet X", "a échoué à rencontrer": the complement
			// did not take place; no refusal. A specific event of the
			// governing word ("failed to reach agreement", 164) stands.
			own := false
			for a := range s.cands {
				if s.cands[a].anchor == g && s.cands[a].code != "---" {
					own = true
				}
			}
			if own {
				keep[b] = false
				if tr {
					s.tracef("  %s at %d: complement of %q: the governing event stands", cb.p.id, cb.anchor, s.toks[g].Text)
				}
				continue
			}
			cb.neg = true
		}
		if cls != "light" && cls != "negate" {
			cb.code = s.lx.transform(cls, cb.code)
			if c2, g2 := s.governor(g); cls == "intent" && c2 == "refusal" && cb.code != old {
				// "a refusé de s'engager à apporter une aide", "refused to
				// pledge to send troops": the intent word is itself the
				// complement of a refusal word; the intent refused is the
				// refusal of the same sub-category (033 -> 122)
				if nc := s.lx.transform("refusal", cb.code); nc != cb.code {
					if tr {
						s.tracef("  %s at %d: intent %q refused by %q: refusal table %s -> %s", cb.p.id, cb.anchor, s.toks[g].Text, s.toks[g2].Text, cb.code, nc)
					}
					cb.code = nc
				}
			}
			govCoded := false
			for a := range s.cands {
				if ca := &s.cands[a]; ca.anchor == g && ca.code != "---" && !(cb.code == old && rootOf(ca.code, old)) {
					// (a complement already of the governing event's root
					// and more specific stands: "threatened to attack X if
					// ...", whose complement is PETRARCH's conditional
					// attack 138 under the bare threat 130)
					govCoded = true
				}
			}
			if cls == "intent" && old == "0871" && cb.code != old && s.govHasCode(g, old) {
				// "ont convenu de prolonger leur cessez-le-feu", "agreed to
				// extend their ceasefire": the agreeing word's own pattern
				// codes the truce agreed (the lead's convention: agreeing to
				// a ceasefire is 0871, CAMEO 0871's "agreements to commence
				// a ceasefire"); it stands over the complement's intent
				// 0356 (lexfr)
				keep[b] = false
				if tr {
					s.tracef("  %s at %d: complement of %q, which codes the same truce agreed: the governing event stands", cb.p.id, cb.anchor, s.toks[g].Text)
				}
				continue
			}
			if cb.code == old && govCoded {
				// "agreed to investigate": no intent/refusal version of the
				// complement's code; the governing verb's own event stands
				keep[b] = false
				if tr {
					s.tracef("  %s at %d: complement of %q with no %s version of %s: the governing event stands", cb.p.id, cb.anchor, s.toks[g].Text, cls, old)
				}
				continue
			}
		}
		if cease {
			cb.code = "020"
		}
		if cls == "light" && s.inAt("attemptverb", g) {
			// "ont tenté d'assassiner", "tried to assassinate": an
			// attempted act has its own code where CAMEO gives one
			cb.code = attempted(cb.code)
		}
		cb.governed = true
		cb.gov = g
		if cls == "intent" && len(cb.tgt) == 0 && cb.both == nil {
			if m := s.intentAddressee(cb.anchor, g); m >= 0 && !cb.hasSrc(m) {
				// "a proposé à Washington de reprendre les négociations":
				// the addressee of the intent is its target
				cb.tgt = s.group(m)
				if tr {
					s.tracef("  %s at %d: target = the addressee of %q: %s", cb.p.id, cb.anchor, s.toks[g].Text, s.mtext(cb.tgt))
				}
			}
		}
		if cls == "appeal" && (s.inAt("demandverb", g) || s.pressFor(g)) {
			// "pressured workers to cancel", "somme Kaboul de": a demand
			cb.code = s.lx.transform("demand", cb.code)
		}
		if cls == "intent" && s.lx.lang == "en" && len(cb.code) >= 3 && s.ownSiblingStands(b, g) {
			// "offered to settle its dispute with X": the intent word's own
			// sub-code (037) stands over the complement's (032)
			keep[b] = false
			if tr {
				s.tracef("  %s at %d: complement of %q: the intent's own sub-code stands over %s", cb.p.id, cb.anchor, s.toks[g].Text, cb.code)
			}
			continue
		}
		if cls == "appeal" && s.ownAppealStands(b, g) {
			// "urged Israel to agree to a ceasefire": the appeal word's own
			// pattern names what is asked inside the complement (0256);
			// it stands over the complement's generic appeal (0356 -> 020);
			// in French as well, "a exhorté l'UA à déployer des troupes"
			// 0234 over the complement's 154 -> 020 (gaps3)
			keep[b] = false
			if tr {
				s.tracef("  %s at %d: complement of %q: the appeal's own sub-code stands over %s", cb.p.id, cb.anchor, s.toks[g].Text, cb.code)
			}
			continue
		}
		if cls == "appeal" {
			// the speaker of the appeal is the source, the complement's
			// subject (the addressee) the target
			if src := s.subject(g); src != nil {
				cb.tgt, cb.src = cb.src, src
				cb.both = nil
				// the addressee is an actor, not the place the complement's
				// own pattern fell back on ("called on Israel and Hamas to
				// agree to a ceasefire in Gaza" PSEREBHMS, not PSE: pairs14)
				cb.place = false
				cb.addressed = len(cb.tgt) > 0
				if len(cb.tgt) == 1 && s.ownFollowers(cb.tgt[0]) {
					// frreal2.go: « a appelé ses partisans à descendre
					// dans la rue »: no party but the speaker's own side
					keep[b] = false
					if tr {
						s.tracef("  %s at %d: complement of %q addressed to the speaker's own followers: no event", cb.p.id, cb.anchor, s.toks[g].Text)
					}
					continue
				}
			} else if s.lx.lang == "en" {
				// "the pope called on world leaders to end the war": no
				// speaker found; the addressee did not act (English)
				keep[b] = false
				if tr {
					s.tracef("  %s at %d: complement of %q without a speaker: no event", cb.p.id, cb.anchor, s.toks[g].Text)
				}
				continue
			}
			for a := range s.cands {
				// "il l'a exhorté à respecter la trêve": in French, an
				// addressee standing as an object pronoun before the
				// governing verb is the target
				if ca := &s.cands[a]; s.lx.lang == "fr" && a != b && ca.anchor == g && (ca.clitic >= 0 && ca.clitic < g || s.sameCodes(cb.tgt, cb.src)) && len(ca.tgt) > 0 && !sameInts(ca.tgt, cb.src) {
					// (also when the complement's own subject is the
					// speaker: "X, qu'il a exhorté à libérer les otages")
					cb.tgt = ca.tgt
					cb.clitic = ca.clitic
					break
				}
			}
			if s.lx.lang == "en" {
				// "called on President X to step down": the addressee the
				// governing verb's own pattern found is the target
				for a := range s.cands {
					if ca := &s.cands[a]; a != b && ca.anchor == g && len(ca.tgt) > 0 && !sameInts(ca.tgt, cb.src) {
						cb.tgt = ca.tgt
						break
					}
				}
			}
		}
		fi := s.firstInfinitive(cb.anchor)
		if fi > 0 && len(cb.tgt) == 0 && cb.both == nil {
			// a second, coordinated infinitive without a target adds
			// nothing to its governor's event (enreal.go)
			keep[b] = false
			if tr {
				s.tracef("  %s at %d: a coordinated infinitive without a target", cb.p.id, cb.anchor)
			}
			continue
		}
		if s.throughStands(b, g, keep) || s.governorCovers(b, g, keep) {
			continue
		}
		for a := range s.cands {
			// the governing word's own event, or a pattern that matched
			// through it ("s'est dite prête à")
			if fi > 0 {
				// (not for a second, coordinated infinitive: the governing
				// word's event tells the first, enreal.go)
				break
			}
			if ca := &s.cands[a]; a != b && (ca.anchor == g || ca.anchor < g && g < ca.last) {
				if ca.anchor < g && s.lx.lang == "en" && s.reactionThrough(ca, g) {
					// "rejected Trump's offer to buy the island": a
					// reaction to the governing noun stands (failsen)
					continue
				}
				keep[a] = false
			}
		}
		if tr {
			s.tracef("  %s at %d: complement of %q: %s table %s -> %s", cb.p.id, cb.anchor, s.toks[g].Text, cls, old, cb.code)
		}
	}
	s.governorTargets(keep)
	s.coordinatedTargets(keep) // enheld3.go
	s.conditionTargets(keep)
	marked, before := s.protestPlaces(keep) // frreal.go
	s.protestTargets(keep)
	s.protestPlacesDone(marked, before)
	s.protestPurpose(keep)
	s.forcePurpose(keep)
	s.actAuthorTargets(keep)
	s.requestAuthorTargets(keep)
	s.victimTargets(keep)
	s.chargeComplements(keep)
	s.quoteBarbs(keep) // endom
	s.participleTargets(keep)
	s.appositionTargets(keep)     // frreal.go
	s.absoluteTargets(keep)       // frreal.go
	s.inclusionParties(keep)      // frreal.go
	keep = s.brokeredDeals(keep)  // gaps4.go
	keep = s.frontedMeeting(keep) // gaps4.go
	// a conditional is an intent or a threat only in what someone says ("the
	// EC may halt mediation ..., the minister said"), not as speculation
	statement := false
	for a := range s.cands {
		if s.cands[a].p.weak {
			statement = true
		}
	}
	// "Russia said Sudan must return the helicopter": the speaker demands;
	// also "« La Russie doit retirer ses troupes », a déclaré X", "\"Russia
	// must withdraw,\" X said": the modal inside the quote closed right
	// before the statement verb and its speaker (quotespk, speech.go)
	for b := range s.cands {
		cb := &s.cands[b]
		if cb.must < 0 || cb.p.weak || !keep[b] {
			continue
		}
		for a := range s.cands {
			ca := &s.cands[a]
			if !ca.p.weak || ca.anchor > cb.must && !s.quoteBeforeSpeaker(ca.anchor, cb.must) || len(ca.src) == 0 || !keep[a] {
				continue
			}
			old := cb.code
			if cb.code == "---" {
				cb.code = "100"
			} else {
				cb.code = s.lx.transform("demand", cb.code)
			}
			cb.tgt, cb.src = cb.src, ca.src
			cb.mode = dyad.Asserted
			cb.governed = true
			cb.gov = ca.anchor
			keep[a] = false
			if tr {
				s.tracef("  %s at %d: %q after the statement %s: the speaker demands it, demand table %s -> %s", cb.p.id, cb.anchor, s.toks[cb.must].Text, ca.p.id, old, cb.code)
			}
			break
		}
	}
	keep = s.quoteBarbTargets(keep) // quotespk, speech.go
	s.demandThat(keep)
	s.chargeGerund(keep)
	// "a French minister repeated that Syria must hand over ...": a
	// statement whose complement has an obligation modal and no coded verb
	// is a demand (100) on the modal's subject
	for a, n := 0, len(s.cands); a < n; a++ {
		ca := &s.cands[a]
		if !ca.p.weak || !keep[a] || len(ca.src) == 0 {
			continue
		}
		for m := ca.anchor + 1; m < len(s.toks) && m <= ca.anchor+12; m++ {
			if t := &s.toks[m]; t.Kind == dyad.Punct && t.Norm != "," && t.Norm != "«" && t.Norm != "»" && t.Norm != "\"" {
				break
			}
			if !s.inAt("must", m) {
				continue
			}
			handled := false
			for b := range s.cands {
				if s.cands[b].must == m {
					handled = true
				}
			}
			subj := s.subject(m)
			passive := m+1 < len(s.toks) && s.inAt("passaux", m+1)
			if handled || passive || subj == nil || s.mcode(subj[0]) == s.mcode(ca.src[0]) {
				break
			}
			c := *ca
			c.p = s.lx.demandPat
			c.code = "100"
			c.tgt = subj
			c.both = nil
			c.governed, c.gov = true, ca.anchor
			c.mode = dyad.Asserted
			s.cands = append(s.cands, c)
			keep = append(keep, true)
			keep[a] = false
			if tr {
				s.tracef("  statement %s at %d with %q and no coded verb after it: demand 100 on %s", ca.p.id, ca.anchor, s.toks[m].Text, s.mtext(subj))
			}
			break
		}
	}
	s.accusedContent(keep) // enarticle.go
	s.accusedMeans(keep)   // enlong2.go
	s.discussedTopic(keep) // enlong2.go
	for b := range s.cands {
		cb := &s.cands[b]
		if cb.governed || !keep[b] {
			continue
		}
		if cb.neg && s.negFlip(cb) {
			continue
		}
		if cb.neg && cb.mode == dyad.Future && strings.HasPrefix(cb.code, "04") && !statement && s.intentModal(cb.anchor) < 0 && !s.firstPersonHeadline(cb.anchor) {
			// "Macron ne téléphonera pas à Poutine": a consultation the
			// writer says will not happen is negated, no rejection of a
			// proposal to meet (125) nor an intent; said by the actor ("a
			// annoncé qu'il ne rencontrerait pas", "« Nous ne négocierons
			// jamais », a affirmé X") it is a refusal, and so is the
			// actor's own will ("Poutine ne veut pas rencontrer X")
			continue
		}
		if cb.neg && cb.mode == dyad.Future {
			// "will not meet the demands", "ne reconnaîtra pas": announcing
			// that one will not do it is a refusal (12x)
			if nc := s.lx.transform("refusal", cb.code); nc != cb.code {
				if tr {
					s.tracef("  %s at %d: negated future: refusal table %s -> %s", cb.p.id, cb.anchor, cb.code, nc)
				}
				cb.code, cb.neg = nc, false
				continue
			}
		}
		if cb.mode == dyad.Future || cb.mode == dyad.Hypothetical && !cb.cond && statement {
			// announced or conditional: an intent, or a threat
			if nc := s.lx.transform("intent", cb.code); nc != cb.code {
				if tr {
					s.tracef("  %s at %d: %s: intent table %s -> %s", cb.p.id, cb.anchor, cb.mode, cb.code, nc)
				}
				cb.code = nc
				if cb.mode == dyad.Hypothetical && strings.HasPrefix(nc, "13") && (s.ownThreat(cb) || s.orgThreat(cb)) {
					// "La France pourrait rompre ses relations avec X si
					// ..., a déclaré le ministre français": a conditional
					// act its own side states is a threat made (13x,
					// asserted), not a hypothetical event
					if tr {
						s.tracef("  %s at %d: conditional stated by its own side: an asserted threat", cb.p.id, cb.anchor)
					}
					cb.mode = dyad.Asserted
				}
			}
		}
		for a := range s.cands {
			if a == b || !keep[a] {
				continue
			}
			ca := &s.cands[a]
			if v := s.toSkipped(ca); v >= 0 && cb.anchor == v { // enwire3: "voted to demand that X withdraw"
				keep[a] = false
				if tr {
					s.tracef("  drop %s at %d: its \"to\" introduces %q, not its word", ca.p.id, ca.anchor, s.toks[cb.anchor].Text)
				}
				continue
			}
			// b's anchor was consumed by a's pattern words
			if cb.anchor > ca.anchor && cb.anchor < ca.last && len(ca.p.post) > 0 && s.toSkipped(ca) < 0 && !s.inRelIncise(cb.anchor) && !s.toldAct(ca, cb) && !(!cb.p.noun && !ca.p.noun && s.bareCoordinated(ca.anchor, cb.anchor)) && !s.coordOwnObject(ca, cb) {
				// (not a verb coordinated with a's verb, sharing its
				// object: "ont torturé puis exécuté trois soldats")
				// (a relative clause the match skipped keeps its verb:
				// "a appelé la Russie, qui soutient X, à cesser")
				keep[b] = false
				if tr {
					s.tracef("  drop %s at %d: inside the match of %s", cb.p.id, cb.anchor, ca.p.id)
				}
				break
			}
			// b is the complement of a ("accuser X d'avoir soutenu", "appeler à
			// négocier"); a verb that codes nothing ("used tear gas to
			// disperse") leaves the event to its complement
			lim := 12
			if ca.code == "---" {
				lim = 0 // "used water cannon to disperse": kept below
				if cb.anchor-ca.anchor > 5 {
					lim = 12
				}
			}
			if k := s.frCoordPastPart(cb.anchor); k > ca.anchor && k-ca.anchor <= 12 && !ca.p.noun && (s.complement(k, ca.anchor) || s.pastInfinitiveOf(k, ca.anchor)) {
				// frseed.go: « a accusé X d'avoir franchi la ligne et
				// attaqué Y »: coordinated with the complement's participle
				keep[b] = false
				if tr {
					s.tracef("  drop %s at %d: coordinated with %q, complement of %s at %d", cb.p.id, cb.anchor, s.toks[k].Text, ca.p.id, ca.anchor)
				}
				break
			}
			if cb.anchor > ca.anchor && cb.anchor-ca.anchor <= lim && !s.visitPurpose(ca, cb) && !(ca.p.weak && s.governedElsewhere(ca.anchor, cb.anchor)) && (s.complement(cb.anchor, ca.anchor) && !(ca.code != "---" && s.lx.lang == "en" && s.inAt("gerundintro", cb.anchor-1)) || !ca.p.weak && s.pastInfinitiveOf(cb.anchor, ca.anchor)) {
				// (an event verb's "after accusing", "while asking" is an
				// act of its own, not its complement)
				keep[b] = false
				if (len(ca.tgt) == 0 || ca.place && !cb.place) && ca.both == nil && len(cb.tgt) > 0 && len(ca.code) >= 2 && len(cb.code) >= 2 && (ca.code[:2] == cb.code[:2] || force(ca.code) && force(cb.code)) {
					// "used water cannon to disperse the marchers": the
					// complement of the same kind (or both uses of force,
					// 17-20: "opened fire to disperse") names the target
					ca.tgt, ca.place = cb.tgt, cb.place
				}
				s.protestDemand(ca, cb) // enwire5.go
				if tr {
					s.tracef("  drop %s at %d: complement of %s at %d", cb.p.id, cb.anchor, ca.p.id, ca.anchor)
				}
				break
			}
		}
	}
	// "a suicide bomber killed 12 soldiers when he blew himself up in
	// Kabul": a use of force whose only target is a place, by the
	// source of another use of force with a target of its own, tells the
	// same act again. An administrative sanction (172x: a curfew, a state
	// of emergency or of siege declared in a place) is an act of its own
	// ("declared a state of emergency in Bolivia, arresting opponents").
	for b := range s.cands {
		cb := &s.cands[b]
		if !keep[b] || !cb.place || !force(cb.code) || len(cb.src) == 0 || strings.HasPrefix(cb.code, "172") {
			continue
		}
		for a := range s.cands {
			ca := &s.cands[a]
			if a != b && keep[a] && force(ca.code) && !ca.place && len(ca.tgt) > 0 && sameInts(ca.src, cb.src) && ca.mode == cb.mode && ca.neg == cb.neg {
				keep[b] = false
				if tr {
					s.tracef("  drop %s at %d: the place of the act %s at %d told again", cb.p.id, cb.anchor, ca.p.id, ca.anchor)
				}
				break
			}
		}
	}
	s.dropGenericRoot(keep)
	for a := range s.cands {
		if keep[a] && !s.cands[a].p.weak && s.cands[a].code != "---" && !s.oneSidedDropped(&s.cands[a]) {
			strong = true
		}
	}
	// the most confident event first: with a target, from a finite verb,
	// from the more specific pattern, earlier in the sentence
	order := make([]int, 0, len(s.cands))
	for a := range s.cands {
		order = append(order, a)
	}
	// a governed complement stands at its governing verb
	at := func(c *cand) int {
		if c.governed {
			return c.gov
		}
		return c.anchor
	}
	firstAnchor := -1
	for a := range s.cands {
		c := &s.cands[a]
		if keep[a] && c.code != "---" && !c.p.weak && (!c.nonfinite || c.governed) && (firstAnchor < 0 || at(c) < firstAnchor) {
			firstAnchor = at(c)
		}
	}
	rank := func(c *cand) int {
		r := c.p.score
		if len(c.tgt) > 0 && !c.place || len(c.both) > 0 {
			r += 4
		}
		if c.nonfinite && !c.governed {
			r -= 3
		}
		if at(c) == firstAnchor {
			r += 3
		}
		if s.subordinateRank(at(c)) {
			// "demanded elections after a court cleared him": the act of
			// an after|as|before clause is background to the main one
			// (plover2.go)
			r -= 3
		}
		return r
	}
	sort.SliceStable(order, func(x, y int) bool { return rank(&s.cands[order[x]]) > rank(&s.cands[order[y]]) })
	sen := &s.a.Sentences[s.si]
	firstEv := len(s.a.Events)
	seen := map[string]bool{}
	for _, a := range order {
		c := &s.cands[a]
		if !keep[a] {
			continue
		}
		if c.code == "---" {
			if tr {
				s.tracef("  %s at %d is a non-event pattern: nothing coded", c.p.id, c.anchor)
			}
			continue
		}
		if c.p.weak && s.dropPlain && len(c.tgt) == 0 {
			if tr {
				s.tracef("  drop weak %s (%s): plain statement without a target (DropPlainStatements)", c.p.id, c.code)
			}
			continue
		}
		if c.p.weak && strong {
			if tr {
				s.tracef("  drop weak %s (%s): the sentence has a more specific event", c.p.id, c.code)
			}
			continue
		}
		date := s.date(c.anchor)
		s.refusedTogether(c) // enwire5.go
		var pairs [][2]int
		switch {
		case c.both != nil && s.firstAgainstList(c.both):
			// "un accord entre la Grèce et la BCE, la Commission
			// européenne et le FMI": Greece is one side, the list the
			// other
			for _, y := range c.both[1:] {
				pairs = append(pairs, [2]int{c.both[0], y}, [2]int{y, c.both[0]})
			}
		case c.both != nil:
			for _, x := range c.both {
				for _, y := range c.both {
					if x != y {
						pairs = append(pairs, [2]int{x, y})
					}
				}
			}
			if len(c.both) == 1 && c.src != nil {
				for _, x := range c.src {
					pairs = append(pairs, [2]int{x, c.both[0]})
				}
			}
		case len(c.tgt) == 0 && len(c.src) > 1 && !c.p.weak && !c.genList && !s.avecNamesPartner(c.anchor) && !s.apposedMembers(c.src) && !s.purposeOfMeeting(c, keep) && (c.p.mutual || mutualRoot(c.code) && !s.slotPrepAfter(c.p, c.anchor) && !(c.code[:2] == "19" && (s.ownObject(c.anchor) || s.frenchOwnObject(c.anchor) || c.p.noun && s.lx.lang == "fr")) || !s.reflexive(c.p) && s.reflBefore(c.anchor) || s.eachOther(c.anchor)),
			len(c.src) > 1 && c.p.mutual && !c.addressed && !c.p.hasTargetSlot() && !s.partnerTarget(c) && !s.apposedMembers(c.src) && !s.purposeOfMeeting(c, keep):
			// (a reciprocal pattern without target slot: "Serbia and
			// Kosovo resumed talks on the pullback of Serbian troops"
			// are the parties, not Serbia towards the troops; so with a
			// transformed code, "Russia and Ukraine agree to swap
			// prisoners" 0353 each way, not towards the prisoners)
			// "les États-Unis et le Pakistan ont signé un accord":
			// reciprocal events between the coordinated sources; not the
			// co-authors of a nominal use of force ("après les frappes
			// israéliennes et américaines", dyad <round failsfr>)
			for _, x := range c.src {
				for _, y := range c.src {
					if x != y {
						pairs = append(pairs, [2]int{x, y})
					}
				}
			}
		case len(c.tgt) == 0 && len(c.src) == 1 && s.reflexive(c.p) && len(c.p.post) == 0 && (strings.HasPrefix(c.p.code, "04") || strings.HasPrefix(c.p.code, "19")) && len(s.twins[c.src[0]]) == 0:
			// "X s'est entretenu", "les Français se sont battus pour" with
			// no partner named: nothing to code
			if tr {
				s.tracef("  drop %s: reciprocal verb with a single actor and no partner", c.p.id)
			}
		case len(c.tgt) == 0:
			for _, x := range c.src {
				pairs = append(pairs, [2]int{x, -1})
			}
		default:
			for _, x := range c.src {
				for _, y := range c.tgt {
					pairs = append(pairs, [2]int{x, y})
				}
			}
		}
		selfKept := false
		if len(pairs) > 0 && pairs[0][1] >= 0 {
			// "activists of the party staged rallies against the party's
			// leader", both coded alike: the event stands without target
			self := true
			for _, pr := range pairs {
				if s.codes[pr[1]] != s.codes[pr[0]] {
					self = false
				}
			}
			if self && s.lx.lang == "fr" && len(c.code) >= 2 && (c.code[:2] == "02" || c.code[:2] == "04") && !c.place && !s.partyPeers(pairs, c.code) {
				// "le Premier ministre s'est entretenu avec le ministre",
				// "le maire appelle à voter Obama": a meeting or an appeal
				// within one actor says nothing without its target
				if tr {
					s.tracef("  drop %s (%s): source and target coded alike", c.p.id, c.code)
				}
				pairs = pairs[:0]
			}
			if self && len(pairs) > 0 && !c.place && s.distinctPairs(pairs) && !(c.p.noun && violence(c.code) && s.bareSelf(pairs)) {
				// "members of the ruling party held marches against the
				// party's chairman": two actors of one code
				// still make a dyad (PLOVER codes intra-party and domestic
				// events with both sides)
				self = false
				selfKept = true
				if tr {
					s.tracef("  %s (%s): source and target coded alike but distinct: the target stays", c.p.id, c.code)
				}
			}
			if self {
				for k := range pairs {
					pairs[k][1] = -1
				}
			}
		}
		if c.p.mutual && c.code == c.p.code && !c.place && (c.clitic < 0 || s.pronounTargetInSentence(c)) {
			// "X met with Y", "X a signé un accord avec Y": CAMEO codes
			// meetings, calls, negotiations and agreements as reciprocal
			// events, one each way (a transformed code, an intent or a
			// refusal, stays one-directional)
			n := len(pairs)
			for _, pr := range pairs[:n] {
				if pr[1] < 0 {
					continue
				}
				rev := [2]int{pr[1], pr[0]}
				dup := false
				for _, q := range pairs {
					if q == rev {
						dup = true
					}
				}
				if !dup {
					pairs = append(pairs, rev)
					if tr {
						s.tracef("  %s (%s) is reciprocal: also %s -> %s", c.p.id, c.code, s.codes[rev[0]], s.codes[rev[1]])
					}
				}
			}
		}
		var revPair map[[2]int]bool
		if c.p.rev != "" && c.code == c.p.code && !c.place && c.clitic < 0 {
			// "le président a reçu son homologue" (043:042): the host
			// receives the guest, and the guest visits the host (042), as
			// PETRARCH codes HOST [043:042] (a transformed code, "agreed
			// to host", stays one-directional)
			for _, pr := range pairs {
				if pr[1] < 0 {
					continue
				}
				if revPair == nil {
					revPair = map[[2]int]bool{}
				}
				rev := [2]int{pr[1], pr[0]}
				revPair[rev] = true
				pairs = append(pairs, rev)
				if tr {
					s.tracef("  %s (%s:%s): also %s -> %s %s", c.p.id, c.code, c.p.rev, s.codes[rev[0]], s.codes[rev[1]], c.p.rev)
				}
			}
		}
		var mutualDone map[[2]int][2]string // (en) codes of the events of this candidate coded so far
		for _, pr := range pairs {
			if (c.p.weak || s.lx.lang == "fr" && (strings.HasPrefix(c.code, "01") || strings.HasPrefix(c.code, "03"))) && pr[1] < 0 && strings.HasPrefix(s.codes[pr[0]], "---") {
				// "le président a déclaré", "officials said": a plain
				// statement by someone of unknown country, to no one, says
				// too little to be coded; in French also the other
				// statements (01x: "les médecins doivent envisager ...")
				// and intents (03x: "le premier ministre avait promis une
				// solution pour tous")
				if tr {
					s.tracef("  drop weak %s (%s): plain statement by an actor of unknown country (%s)", c.p.id, c.code, s.codes[pr[0]])
				}
				continue
			}
			if business(s.codes[pr[0]]) && (pr[1] < 0 || business(s.codes[pr[1]]) || len(s.codes[pr[1]]) >= 6 && s.codes[pr[1]][3:6] == "MED" || c.code >= "15" && c.code < "21") {
				// "Philip Morris fournira des équipements", "Renault a
				// signé un accord avec Nissan": company affairs are not
				// political events
				if tr {
					s.tracef("  drop %s (%s): a company acting alone or towards another company", c.p.id, c.code)
				}
				continue
			}
			if s.unnamedPerpetrator(pr[0]) && s.perpLink(pr[0]) < 0 {
				// "Gunmen attacked a mosque", « un kamikaze a tué »: an
				// unknown perpetrator is no source (lead4.go)
				if tr {
					s.tracef("  drop %s (%s): the source %q names no one (unknown perpetrators, CODING.md)", c.p.id, c.code, s.a.Actors[s.ments[pr[0]]].Text)
				}
				continue
			}
			code := c.code
			if revPair[pr] {
				code = c.p.rev
			}
			if code == "111" && strings.Contains(s.codes[pr[0]], "JUD") && s.lx.in("judicialverb", s.lemmaAt(c.anchor)) {
				// "le tribunal a condamné 43 prévenus": a court's
				// condemnation is a verdict (CAMEO 116), not criticism
				code = "116"
			}
			src := &s.a.Actors[s.ments[pr[0]]]
			ev := dyad.Event{
				Source:     s.codes[pr[0]],
				SourceText: src.Text,
				SourceSpan: src.Span,
				Code:       code,
				Negated:    c.neg,
				Mode:       s.headlineMode(c), // headline_en.go
				Date:       date,
				Sentence:   s.si,
				Evidence:   sen.Span,
				Pattern:    c.p.id,
			}
			if strings.HasPrefix(ev.Source, "---") && len(ev.Source) >= 6 && s.lx.in("localrole", strings.ToLower(ev.Source[3:6])) {
				// "la police a interpellé ... à Istanbul": police,
				// protesters, civilians act where the event takes place
				// (not a visitor: "speaking in London", country.go)
				if pl := s.sentencePlace(); pl != "" && !s.visitPlace(pl, pr[0], pr[1]) {
					ev.Source = pl + ev.Source[3:]
				}
			}
			if c := s.powerCountry(pr[0]); c != "" {
				// "les militaires au pouvoir au Niger" (frreal.go)
				ev.Source = c + ev.Source[3:]
			}
			if c := s.postedSource(pr[0]); c != "" {
				// "the embassy in Kabul criticised ...": another
				// state's post acting there (country.go)
				if tr {
					s.tracef("  source %q is a diplomatic post in the place after it: %s, not %s", src.Text, c, ev.Source)
				}
				ev.Source = c
			}
			if strings.HasPrefix(ev.Source, "---GOV") && strings.HasPrefix(code, "17") && s.postedSource(pr[0]) == "" && !s.postedAgent(pr[0]) {
				// "the junta imposed a curfew in Niamey", "authorities
				// detained ... in Tehran": a government coerces at home,
				// the country of the event's place (country round: French
				// too; not a visitor's whereabouts)
				if pl := s.sentencePlace(); pl != "" && !s.visitPlace(pl, pr[0], pr[1]) {
					ev.Source = pl + ev.Source[3:]
				}
			}
			if pr[1] >= 0 {
				tg := &s.a.Actors[s.ments[pr[1]]]
				if s.codes[pr[1]] == ev.Source && !selfKept {
					continue
				}
				ev.Target, ev.TargetText, ev.TargetSpan = s.codes[pr[1]], tg.Text, tg.Span
				if cs := s.coupSource(c.anchor, code, ev.Source, ev.Target); cs != "" {
					// a coup's soldiers are the overthrown government's (par20fr.go)
					ev.Source = cs
				}
				if c := s.powerCountry(pr[1]); c != "" {
					// "a rencontré la junte au pouvoir au Mali" (frreal.go)
					ev.Target = c + ev.Target[3:]
				}
				if strings.HasPrefix(ev.Target, "---") && len(ev.Target) >= 6 && (ev.Target[3:6] != "GOV" || s.localGovSub(ev.Target)) && !c.place && !s.foreignMention(pr[1]) {
					// "broke up the march staged by workers ... in
					// Konya", "outlawed the extremist organization in
					// Corsica": a target of unknown country (not
					// a government: officials meet abroad) belongs to the
					// place of the event; captives named so ("ont capturé
					// quelques prisonniers à l'est d'Arras") are not the
					// place's
					if pl := s.sentencePlace(); pl != "" && !s.mentionHas(pr[1], "captive") {
						if tr {
							s.tracef("  target %q of unknown country %s: the country of the sentence's place %s", tg.Text, ev.Target, pl)
						}
						ev.Target = pl + ev.Target[3:]
					} else if (s.lx.in("localrole", strings.ToLower(ev.Target[3:6])) || s.localGovSub(ev.Target)) && s.lx.stateCC(ev.Source) != "" && (!s.mentionHas(pr[1], "captive") || ev.Target[3:6] == "OPP") && (domesticDyad(ev.Source, ev.Target, code) || s.countryElsewhere(pr[0], pr[1], ev.Source[:3])) {
						// no place: police, protesters, civilians of unknown
						// country are the source's own ("Cairo's security
						// chief warned that police will ...", as the
						// PLOVER/CAMEO coders code domestic events); captives
						// are not the holder's own, but its political prisoners
						// (OPP) are: « Le Bélarus a libéré 14 prisonniers
						// politiques » BLROPP as the English (pairs6)
						if o := s.otherStateBefore(pr[1], ev.Source[:3]); o != "" {
							// "threatened sanctions on Myanmar and called
							// on the generals to": the other state the
							// sentence named before (enarticle.go)
							if tr {
								s.tracef("  target %q of unknown country %s and no place: the state named before it, %s", tg.Text, ev.Target, o)
							}
							ev.Target = o + ev.Target[3:]
						} else {
							if tr {
								s.tracef("  target %q of unknown country %s and no place: the source's country", tg.Text, ev.Target)
							}
							ev.Target = ev.Source[:3] + ev.Target[3:]
						}
					}
				}
				if c := s.detainedOfficial(ev.Source, ev.Target, code); c != "" {
					ev.Target = c // endom
				}
				ev.Target = s.ownForces(pr[0], pr[1], ev.Source, ev.Target, code)
				if code == "010" && len(ev.Target) >= 6 && ev.Target[3:6] == "MED" {
					// "a prononcé un discours devant les journalistes": a
					// statement to the press is no event (CODING.md)
					if tr {
						s.tracef("  drop %s (%s): a statement to the press (%s)", c.p.id, code, ev.Target)
					}
					continue
				}
				if c.clitic >= 0 && !sen.Span.Contains(tg.Span) {
					// the antecedent stands in an earlier sentence: the
					// target's span is the pronoun's
					ev.TargetSpan = s.toks[c.clitic].Span
				}
				if c.place {
					// (French: a place of the source's own country is no
					// target, "a menacé les auteurs de poursuites au Mali",
					// except for violence 18-20, whose physical target a
					// place is, as in English: "l'armée soudanaise a bombardé
					// un marché à Nyala" SDNMIL>SDN, CODING.md; not a noun of
					// attack, whose own actors are less sure)
					if ev.Target = ev.Target[:3]; ev.Target == ev.Source[:min(3, len(ev.Source))] && (len(ev.Source) == 3 || s.lx.lang == "fr" && !(violence(c.code) && !c.p.noun)) {
						ev.Target, ev.TargetText, ev.TargetSpan = "", "", dyad.Span{}
					}
				}
				if s.lx.lang == "fr" && len(ev.Target) == 3 && strings.HasPrefix(ev.Source, ev.Target) && (strings.HasPrefix(c.code, "04") && (c.place || c.code == "042" || c.code == "043" || c.code == "044") || s.homeTripIntent(c, pr[1])) {
					// "Bush est arrivé à Salt Lake City": travelling or
					// meeting at home is no visit
					if tr {
						s.tracef("  drop %s (%s): a visit to the source's own country", c.p.id, c.code)
					}
					continue
				}
				if c.code >= "17" && c.code < "21" && tg.Kind == "country" && len(ev.Target) > 3 && s.mst[pr[1]] > 0 {
					// "ont attaqué un hôtel à Kaboul": violence in a capital
					// strikes the country, not its government
					if pb := s.prepBefore(s.mst[pr[1]]); pb >= 0 && s.inAt("locprep", pb) && !s.inAt("genitive", pb) {
						ev.Target = ev.Target[:3]
					}
				}
			}
			if pr[1] < 0 && s.lx.in("homesanction", code) {
				// "imposed a nighttime curfew", "is prepared to impose
				// martial law": a curfew, a state of emergency or martial
				// law (and their easing) bind the source's own population:
				// the target is the event's place, else the source's
				// country (enrecall; CAMEO 1723/1724, 0813/0814)
				if pl := s.sentencePlace(); pl != "" {
					ev.Target = pl
				} else if cc := s.lx.stateCC(ev.Source); cc != "" {
					ev.Target = cc
				}
			}
			if hc := s.headlineCountry(c.anchor); hc >= 0 {
				// "Mali : l'armée attaque les rebelles": in a headline
				// opened by a country, actors of unknown country are that
				// country's (MLIMIL, MLIREB)
				hcc := s.lx.stateCC(s.codes[hc])
				if hcc != "" && strings.HasPrefix(ev.Source, "---") && len(ev.Source) >= 6 && !s.foreignMention(pr[0]) {
					ev.Source = hcc + ev.Source[3:]
				}
				if hcc != "" && pr[1] >= 0 && strings.HasPrefix(ev.Target, "---") && len(ev.Target) >= 6 && !s.foreignMention(pr[1]) {
					ev.Target = hcc + ev.Target[3:]
				}
			}
			if len(ev.Source) == 3 && s.govAgent(pr[0]) {
				// "des représentants du Mali": a state's representatives
				// are its government (MLIGOV)
				ev.Source += "GOV"
			}
			if pr[1] >= 0 && len(ev.Target) == 3 && !c.place && s.govAgent(pr[1]) {
				ev.Target += "GOV"
			}
			if pr[1] >= 0 && ev.Target != "" {
				s.domesticState(&ev, pr)
			}
			if (ev.Target == "" || s.lx.lang == "en" && c.place) && strings.HasPrefix(c.code, "14") {
				// (English: over the place of the protest, "protested
				// against the finance bill in Nairobi")
				s.protestPolicy(&ev, c.anchor)
			}
			if pr[1] >= 0 && ev.Target != "" {
				// "The Syrian government and the opposition agreed to a
				// truce": the reverse of a reciprocal event (a pattern coded
				// both ways, or coordinated subjects acting on each other)
				// keeps the countries completed for the event one way
				// (SYROPP both ways)
				if d, ok := mutualDone[[2]int{pr[1], pr[0]}]; ok {
					if strings.HasPrefix(ev.Source, "---") && len(d[1]) > 3 && d[1][:3] != "---" && d[1][3:] == ev.Source[3:] {
						ev.Source = d[1]
					}
					if strings.HasPrefix(ev.Target, "---") && len(d[0]) > 3 && d[0][:3] != "---" && d[0][3:] == ev.Target[3:] {
						ev.Target = d[0]
					}
				} else {
					if mutualDone == nil {
						mutualDone = map[[2]int][2]string{}
					}
					mutualDone[pr] = [2]string{ev.Source, ev.Target}
				}
			}
			if revPair[pr] && len(ev.Target) > 3 && s.lx.stateCC(ev.Target) != "" && !strings.HasPrefix(ev.Source, ev.Target[:3]) {
				// (after the reverse's actors are completed from the
				// forward event)
				// "le Premier ministre indien a reçu le président des
				// Émirats": the guest visits the host's country (AREGOV >
				// IND 042), as a visit with a place is coded; a guest of
				// the host's own country visits the host ("le Premier
				// ministre reçoit les syndicats": FRALAB > FRAGOV, not a
				// visit to France)
				ev.Target = ev.Target[:3]
			}
			ev.Code = s.byActor(c, &ev, pr) // transform.txt's target and source tables (bytarget.go)
			if s.dropEmpty && emptyDyad(ev.Source, ev.Target, ev.Code) {
				if tr {
					s.tracef("  drop %s (%s): %s -> %q, no actor of known country", c.p.id, c.code, ev.Source, ev.Target)
				}
				continue
			}
			key := ev.Source + "|" + ev.Target + "|" + ev.Code
			if seen[key] {
				continue
			}
			seen[key] = true
			if len(s.a.Events) == firstEv {
				s.prevA = s.prevA[:0]
				for _, x := range c.src {
					s.prevA = append(s.prevA, s.ments[x])
				}
			}
			if pr[1] >= 0 && ev.Target != "" && !c.place && !revPair[pr] {
				// (the guest's visit, 042 of 043:042, leaves the host's
				// guest the last target: « X a reçu Y. Il les a
				// appelés … » frreal2.go)
				s.lastT = s.ments[pr[1]]
			}
			if tr {
				s.tracef("EVENT %s -> %s %s (%s) negated=%v mode=%s pattern %s: %s", ev.Source, ev.Target, ev.Code, c.p.text, ev.Negated, ev.Mode, c.p.id, c.why)
			}
			s.a.Events = append(s.a.Events, ev)
			s.noteAccuser(c, ev.Code) // frdoc.go
			s.noteEventSource(pr[0])
		}
	}
}

// reflBefore reports a reflexive pronoun before the verb group at i
// ("Moscou et l'OTAN se menacent", "se sont accusés"): with a coordinated
// subject and a pattern that does not contain it, the pronoun is
// reciprocal.
func (s *sent) reflBefore(i int) bool {
	for j, n := i-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		nm := s.norm(j)
		if s.lx.in("refl", nm) {
			return true
		}
		if s.actor[j] >= 0 || !(s.lx.in("aux", nm) || s.lx.in("passaux", nm) || s.lx.in("neg_pre", nm) || s.lx.in("neg_post", nm) || s.lx.in("midadverb", nm) || s.frenchAdverb(j)) {
			return false
		}
	}
	return false
}

// eachOther reports a reciprocal pronoun right after the verb at i
// (`recip1` + `recip2`: "accused each other", "blamed one another").
func (s *sent) eachOther(i int) bool {
	return i+2 < len(s.toks) && s.inAt("recip1", i+1) && s.inAt("recip2", i+2)
}

// reflexive reports a pattern with a reflexive pronoun before the verb
// ("se rencontrer"): with a coordinated subject it is reciprocal.
func (s *sent) reflexive(p *pattern) bool {
	// (written "se" or "s'", `reflform`: "110 V s' *opposer a+?")
	for form := range s.lx.lists["reflform"] {
		se, ok := s.lx.words[form]
		if !ok {
			continue
		}
		for _, e := range p.pre {
			for _, w := range e.words {
				if w == se {
					return true
				}
			}
		}
	}
	return false
}

// date gives the event date: timex's choice among the sentence's time
// expressions for the anchor at token i (document date when none).
func (s *sent) date(i int) string {
	return timex.EventDate(s.a, s.si, s.toks[i].Span)
}

// distinctPairs reports source-target pairs whose mentions are distinct
// actors of the sentence: different, non-overlapping mentions with
// different texts (not an apposition or a repeated name).
func (s *sent) distinctPairs(pairs [][2]int) bool {
	for _, pr := range pairs {
		x, y := pr[0], pr[1]
		if x == y {
			return false
		}
		// (a mention of an earlier sentence, the antecedent of a pronoun,
		// has no tokens here: "Mélenchon ... Il a critiqué Marine Le Pen")
		if s.mst[x] >= 0 && s.mst[y] >= 0 && s.mst[x] < s.men[y] && s.mst[y] < s.men[x] {
			return false
		}
		ax, ay := &s.a.Actors[s.ments[x]], &s.a.Actors[s.ments[y]]
		if ax.Span.Overlaps(ay.Span) || strings.EqualFold(ax.Text, ay.Text) || s.ownBody(x, y) {
			return false
		}
	}
	return true
}

// emptyDyad reports an event with no actor of known country: source and
// target both of unknown country ("---GOV" -> "---MIL"), or a source of
// unknown country without target, unless it is a use of force (18-20) by
// an actor of known sector ("---MIL" fired on ...).
func emptyDyad(src, tgt, code string) bool {
	if !strings.HasPrefix(src, "---") {
		return false
	}
	force := len(code) >= 2 && code[:2] >= "18" && code[:2] <= "20"
	return strings.HasPrefix(tgt, "---") || tgt == "" && !(force && len(src) > 3)
}

// attempted gives the CAMEO code of an attempt at the act coded: only the
// assassination has one (186 -> 185 "Attempt to assassinate", CAMEO 1.1b3).
func attempted(code string) string {
	if code == "186" {
		return "185"
	}
	return code
}

// mutualRoot reports a code whose coordinated subjects act on each other
// when no target is named, in both languages (a pattern marked <> pairs
// them too) ("X and Y agreed / met / signed a deal /
// failed to reach agreement / fought / clashed over"): agree, consult,
// cooperate, yield, reduce relations, fight, disapprove (110). "Germany
// and France condemned the arrest" is not France condemning Germany.
func mutualRoot(code string) bool {
	switch code[:2] {
	case "03", "04", "05", "06", "08", "19":
		return true
	case "16":
		// breaking off relations or talks (160, 161, 164); not cutting
		// aid, sanctions or expulsions: "les Etats-Unis et l'Allemagne ont
		// suspendu leur financement de l'UNRWA" do not act on each other
		return code == "160" || code == "161" || code == "164"
	}
	return code == "110" // "clashed over the budget"
}

// pastParticiple reports a past participle at k ("conclu", "signé").
func (s *sent) pastParticiple(k int) bool {
	for _, f := range s.ids[k] {
		if f.tag&tagPart != 0 {
			return true
		}
	}
	return false
}

// slotPrepAfter reports the preposition of one of the pattern's target slots
// right after the anchor at i, its actor not found: the act is aimed at
// something named there ("ni l'Autriche ni la France ne s'opposeraient aux
// vues de la Russie"), not a mutual one between coordinated sources.
func (s *sent) slotPrepAfter(p *pattern, i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	for _, e := range p.post {
		if e.kind == elTgt && e.preps != nil && s.matchAny(i+1, e.preps) {
			return true
		}
	}
	return false
}

// proposalInfinitive reports a French infinitive at i that completes a
// proposal, offer or motion noun (`proposalnoun` with its determiner, then
// de/à, clitics between: "la motion d'envoyer une adresse au général",
// "une offre de négocier avec Kiev"): what is proposed has not taken place.
func (s *sent) proposalInfinitive(i int) bool {
	if s.lx.lang != "fr" || i < 3 || !s.frenchInfinitive(i) {
		return false
	}
	k := i - 1
	for n := 0; n < 2 && k > 0 && s.actor[k] < 0 && s.inAt("verbglue", k); n++ {
		k--
	}
	if k < 2 || !s.inAt("comp", k) {
		return false
	}
	j := k - 1
	return s.actor[j] < 0 && s.inAt("proposalnoun", j) && (s.isDet(j-1) || s.inAt("possessive", j-1))
}

// expectedObject reports a French noun anchor at i introduced by "à" (its
// determiners skipped) that completes a reflexive verb of expecting or
// hoping (`topicverb` after `refl`) up to 20 tokens before, across commas
// but no other clause limit or auxiliary: "on peut s'attendre dans un
// proche avenir à des rencontres de haut niveau, y compris à une visite à
// Moscou du premier ministre chinois" (what is expected has not taken place;
// topicObject sees the verb right before the noun only).
func (s *sent) expectedObject(i int) bool {
	if s.lx.lang != "fr" {
		return false
	}
	k := i - 1
	for n := 0; n < 2 && k > 0 && s.isDet(k); n++ {
		k--
	}
	if k < 2 || s.actor[k] >= 0 || !s.isPrep(k) || !s.inAt("comp", k) || s.inAt("genitive", k) {
		return false
	}
	for j := k - 1; j > 0 && j >= k-20; j-- {
		nm := s.norm(j)
		if s.hard(j) && nm != "," || (s.lx.in("aux", nm) || s.lx.in("passaux", nm)) && !s.isPrep(j) {
			return false
		}
		if s.actor[j] < 0 && s.lx.in("topicverb", nm) && s.inAt("refl", j-1) {
			return true
		}
	}
	return false
}

// govHasCode reports a candidate anchored at the governing word g that
// codes code itself (lexfr: "a convenu de prolonger la trêve", convenir's
// own 0871).
func (s *sent) govHasCode(g int, code string) bool {
	for a := range s.cands {
		if s.cands[a].anchor == g && s.cands[a].code == code {
			return true
		}
	}
	return false
}

// rootOf reports a root-level code gov ("130") whose root a more specific
// code of the same root carries ("138", "1384").
func rootOf(gov, code string) bool {
	return len(gov) == 3 && gov[2] == '0' && len(code) >= 3 && code != gov && code[:2] == gov[:2]
}

// throughStands (English, ensub) keeps a pattern that matched through the
// governing word g up to the complement b's anchor with words of its own
// ("rejected Turkey's offer to mediate", 126 at "rejected" through "offer"
// to "mediate"): it names the whole construction, so it stands and the
// complement (the intent 039 of "offer to mediate") goes.
func (s *sent) throughStands(b, g int, keep []bool) bool {
	if s.lx.lang != "en" {
		return false
	}
	cb := &s.cands[b]
	for a := range s.cands {
		ca := &s.cands[a]
		if a == b || !keep[a] || ca.code == "---" || ca.anchor >= g || ca.last < cb.anchor || ca.p.fixedWords() < 2 || len(ca.tgt) == 0 || s.toSkipped(ca) >= 0 {
			continue
		}
		keep[b] = false
		if s.trace() {
			s.tracef("  %s at %d: complement of %q inside %s, which matched through it: that pattern stands", cb.p.id, cb.anchor, s.toks[g].Text, ca.p.id)
		}
		return true
	}
	return false
}

// partnerTarget reports a candidate whose first target is introduced by a
// partner preposition (`partnerprep`, "with"): "Egyptian and Qatari
// mediators resumed talks with Hamas" are both parties facing Hamas, not
// each other's partners (failsen round). Up to two determiners may stand
// between ("met with the UN Security Council"), and the direct object of
// a meeting verb (04x) itself is a partner too ("Brazil and Germany met the
// Security Council": each met the Council; not what is exchanged, "swap
// prisoners"; framesen round).
func (s *sent) partnerTarget(c *cand) bool {
	if len(c.tgt) == 0 {
		return false
	}
	k := s.beforeDets(c.tgt[0])
	return k >= 0 && (s.inAt("partnerprep", k) || k == c.anchor && strings.HasPrefix(c.p.code, "04"))
}

// reactionThrough reports a reaction pattern (disapproval 11x, rejection
// 12x, praise 05x) that matched through the noun g governing a complement,
// a proposal or call of someone else ("rejected Trump's offer to buy the
// island", "welcomed Qatar's offer to mediate"): the reaction is an event
// of its own (English; failsen round).
func (s *sent) reactionThrough(ca *cand, g int) bool {
	if len(ca.code) < 2 || ca.code == "---" || ca.p.weak {
		return false
	}
	switch ca.code[:2] {
	case "11", "12", "05":
	default:
		return false
	}
	return s.inAt("proposalnoun", g)
}

// denialTarget: "Iran denied that it had helped plan the attack on Israel":
// a denial of responsibility (016) at k with no target of its own takes
// the target of the act denied (failsen round; French too since the
// lead's fourth session: « a nié que ses troupes aient attaqué X »).
func (s *sent) denialTarget(k int, cb *cand) {
	if !s.inAt("denyverb", k) || len(cb.tgt) == 0 || cb.code == "---" {
		return
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if ca.anchor != k || ca.code != "016" || len(ca.tgt) > 0 || len(ca.src) == 0 || sameInts(ca.src, cb.tgt) || s.sameCodes(ca.src, cb.tgt) {
			continue
		}
		ca.tgt = cb.tgt
		if s.trace() {
			s.tracef("  %s at %d: the denial takes the target of the act denied: %s", ca.p.id, k, s.mtext(ca.tgt))
		}
	}
}

// pronounTargetInSentence reports a pronoun target whose antecedent is the
// target of an earlier event of the same sentence ("met the Chinese
// president ... and signed agreements with him"): a reciprocal event
// with it is coded both ways, as with the named partner (par2j round).
func (s *sent) pronounTargetInSentence(c *cand) bool {
	for k := range s.cands {
		if o := &s.cands[k]; o.anchor < c.anchor && o.clitic < 0 && !o.place && len(o.tgt) > 0 && sameInts(o.tgt, c.tgt) && sameInts(o.src, c.src) {
			return true
		}
	}
	return false
}

// bareDeniedClause returns the position of the verb of denial (`denyverb`,
// English) that opens, without "that", the clause whose finite verb is the
// anchor of cb ("denied it had sent", "denied its forces had attacked"):
// right after the denial a pronoun, a possessive or an actor opens the
// subject, and up to the anchor only that subject's words and auxiliaries
// stand; -1 otherwise (modality round).
func (s *sent) bareDeniedClause(cb *cand) int {
	if s.lx.lang != "en" || cb.p.noun || s.gerundAt(cb.anchor) {
		return -1
	}
	for k := cb.anchor - 2; k >= 0 && k >= cb.anchor-6; k-- {
		if s.hard(k) {
			return -1
		}
		if !s.inAt("denyverb", k) {
			continue
		}
		if s.actor[k] >= 0 || !(s.inAt("pronoun", k+1) || s.inAt("possessive", k+1) || s.actor[k+1] >= 0) {
			return -1
		}
		aux := false
		for n := k + 1; n < cb.anchor; n++ {
			if s.inAt("clausecomp", n) || s.inAt("contentnoun", n) {
				// "denied U.S. accusations that it had supplied": a
				// that-clause, read above
				return -1
			}
			if n == k+1 {
				continue
			}
			if s.inAt("aux", n) || s.inAt("passaux", n) || s.inAt("modal", n) {
				aux = true
			} else if s.verbForm(n) && s.actor[n] < 0 {
				return -1
			}
		}
		if !aux && !s.finiteAt(cb.anchor) {
			return -1
		}
		return k
	}
	return -1
}
