// Slot filling and target choice: the mention a pattern slot takes after
// the anchor, coordinated groups of mentions, owners and possessors, dative
// and stressed pronouns, the previous target, places and topics.

package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// group extends mention m to the mentions coordinated with it ("les
// États-Unis et le Pakistan"); appositions (same code) collapse.
func (s *sent) group(m int) []int {
	out := []int{m}
	conj := false
	reps := 0                                  // links made by a repeated preposition (French)
	link := func(a, b int) (ok, isConj bool) { // tokens between end of a and start of b
		from, to := s.men[a], s.mst[b]
		if s.quantConj(from, to) { // enwire3: "and more than a dozen X"
			return true, true
		}
		if to-from > 4 || to < from {
			return false, false
		}
		if s.genPair(a, b) {
			return true, true
		}
		sep, rep := false, false
		for k := from; k < to; k++ {
			nm := s.toks[k].Norm
			switch {
			case s.exactAt("stop_exact", k):
				// "au Qatar, où les talibans…": a relative "où", not "ou"
				return false, false
			case s.lx.in("conj", nm) && s.lx.lang == "fr" && k+2 < to && s.isDet(k+1) && s.conjNoun(k+2, to):
				// "les États-Unis et leurs alliés européens": a common
				// noun between the determiner and the mention (French)
				sep, isConj = true, true
				k = to - 1
			case s.lx.in("conj", nm) && k+2 < to && s.inAt("demonstrative", k+1) && s.inAt("genitive", k+2) && s.onlyArticles(k+3, to):
				// "les négociateurs israéliens et ceux du Hamas": the
				// demonstrative stands for the noun before, its genitive
				// owner is the second member
				sep, isConj = true, true
				k = to - 1
			case s.lx.in("conj", nm) && s.lx.lang == "fr" && s.genitiveConj(k+1, to):
				// frheld3.go: "contre le Premier ministre israélien et le
				// chef du Hamas", "des dirigeants israéliens et du Hamas":
				// the second member is the owner of a role noun, or of
				// the first member's noun left out
				sep, isConj = true, true
				k = to - 1
			case s.lx.in("conj", nm):
				sep, isConj = true, true
			case s.lx.in("conjlead", nm) && k+1 < to && s.inAt("conjtail", k+1):
				// "le président syrien ainsi que le président libanais",
				// "X as well as Y"
				sep, isConj = true, true
				for k+1 < to && s.inAt("conjtail", k+1) {
					k++
				}
			case nm == "," && k+1 < to && s.lx.in("coagentincise", s.norm(k+1)) && s.coAgentIncise(a, b):
				// coordlist.go: "Le Royaume-Uni, avec la France, a imposé"
				sep, isConj = true, true
				k++
			case nm == ",":
				sep = true
			case sep && s.lx.lang == "fr" && s.inAt("genitive", k) && s.actor[k] < 0 && s.genListMember(b):
				// coordlist.go: "les Premiers ministres du Danemark, des
				// Pays-Bas et de la Suède": the role noun's genitive
				// repeated after the separator
				rep = true
			case sep && s.lx.lang == "fr" && s.repeatedPrep(k, a):
				// "des sanctions à la Russie, à la Chine et à l'Iran",
				// "au Japon et en Corée du Sud": the preposition of the
				// first member repeated after the separator (French)
				rep = true
			case s.isDet(k), s.lx.in("honorific", nm):
			default:
				return false, false
			}
		}
		if sep && rep {
			reps++
		}
		return sep, isConj
	}
	// an apposition inside a coordination ("le président américain, M.
	// George Bush, et le premier ministre britannique"): commas only and
	// the same country, one actor
	appos := func(a, b int) bool {
		ca, cb := s.mcode(a), s.mcode(b)
		return len(ca) >= 3 && len(cb) >= 3 && ca[:3] == cb[:3] && !strings.HasPrefix(ca, "---")
	}
	// right
	last := m
	prevConj := false
	for cur := m; cur+1 < len(s.ments); cur++ {
		if e := s.men[cur]; s.lx.lang == "en" && cur+2 < len(s.ments) && e < len(s.toks) && s.mst[cur+1] == e+1 && s.inAt("placeprep", e) &&
			len(s.mcode(cur+1)) == 3 && len(s.mcode(cur+2)) >= 6 {
			// "clashed with police in Haiti and Russian forces": the
			// place of a member is no member; the agent coordinated
			// after it is (a bare country after it is another place:
			// "troops in Syria and Iraq"; framesen round)
			if ok, c := link(cur+1, cur+2); ok && c && !s.newClauseSubject(m, cur+2) {
				conj, prevConj = true, true
				out = append(out, cur+2)
				last = cur + 2
				cur++
				continue
			}
		}
		ok, c := link(cur, cur+1)
		if ok && !c && prevConj && !appos(cur, cur+1) {
			// frprec3: "le Mali et le Niger, le Tchad a signé": a list closed by its "et" member takes no member
			// after a bare comma
			break
		}
		prevConj = c
		if !ok || c && s.newClauseSubject(m, cur+1) {
			// (the next mention opens a new French clause: "et le
			// président Bozizé a fui")
			break
		}
		if c {
			conj = true
		} else if appos(cur, cur+1) {
			continue
		} else if conj && s.lx.lang == "en" {
			// enreal.go: a comma after "A and B" closes the list ("brokered
			// by Qatar and Egypt, officials said")
			break
		}
		out = append(out, cur+1)
		last = cur + 1
	}
	// left, unless the left mention is introduced by a preposition
	for cur := m; cur-1 >= 0; cur-- {
		ok, c := link(cur-1, cur)
		if ok && !c && cur-2 >= 0 && s.closedBefore(cur-1, link) && !appos(cur-1, cur) {
			// frprec3: the member before the comma ends a list closed by
			// "et" ("… le Mali et le Niger, le Tchad")
			break
		}
		if !ok || s.prepBefore(s.mst[cur-1]) >= 0 && !s.genPair(cur-1, cur) && !s.genListMember(cur-1) || c && s.newClauseSubject(cur-1, cur) {
			// (nor the object of the clause before: "visited Kyiv and
			// Zelensky thanked him")
			if y := s.apposedGenitiveConj(cur); y >= 0 {
				// frwiki2.go: "X et le chef des FARC, Y,"
				conj = true
				out = append([]int{y}, out...)
				cur = y + 1
				continue
			}
			break
		}
		if c {
			conj = true
		}
		out = append([]int{cur - 1}, out...)
	}
	if e := s.men[last]; !conj && len(out) > 1 && e < len(s.toks) && (s.inAt("conj", e) && s.lx.lang == "fr" ||
		len(out) > 2 && (s.inAt("conj", e) || s.norm(e) == "," && e+1 < len(s.toks) && s.inAt("conj", e+1))) {
		// "la Hongrie, la Pologne et la Tchécoslovaquie": a list whose
		// last member is no actor; in English with three members at
		// least ("to Peru, Chile, Bolivia, and with some reluctance,
		// Ecuador")
		conj = true
	}
	if !conj && len(out) > 2 && reps >= len(out)-1 {
		// "l'adhésion de la Russie, de l'Ukraine, du Kazakhstan, de la
		// Biélorussie, du Kirghiztan ...": three members or more, each
		// after a comma repeating the preposition, are a list whose end
		// is no actor, not appositions (French)
		conj = true
	}
	if !conj && s.headlineList(out) {
		// "Russia, Ukraine swap prisoners", "India, China hold talks": at
		// the start of a clause, actors of different countries joined by
		// bare commas right before the verb are parties, not appositions
		if s.trace() {
			s.tracef("  %s: actors joined by a comma before the verb are coordinated", s.mtext(out))
		}
		conj = true
	}
	if !conj {
		// commas alone: apposition, keep the mention itself
		out = []int{m}
	}
	for _, x := range out {
		out = append(out, s.twins[x]...)
	}
	// collapse same or nested codes
	res := out[:0:0]
	for _, x := range out {
		cx := s.mcode(x)
		dup := false
		for j, y := range res {
			cy := s.mcode(y)
			if cx == cy && conj && s.peerTwins(x, y) {
				// two parties, deputies or unions of one code: two actors
				continue
			}
			if cx == cy || (strings.HasPrefix(cx, cy) || strings.HasPrefix(cy, cx)) && !(conj && len(cx) != len(cy) && (len(cx) == 3 || len(cy) == 3 || s.lx.lang == "en" && s.twoGroups(x, y)) && s.mst[x] != s.mst[y]) {
				// (a country and one of its bodies coordinated are two
				// parties: "entre Islamabad et les insurgés" PAK, PAKINS;
				// so are two named armed groups, "Hamas and Islamic Jihad"
				// PSEREBHMS, PSEREB; English)
				dup = true
				if len(cx) > len(cy) {
					res[j] = x
				}
				break
			}
		}
		if !dup {
			res = append(res, x)
		}
	}
	return res
}

// headlineList reports mentions joined by single commas that open a
// clause (only determiners before the first) and are followed directly by
// a verb (or a headline's infinitive), each an actor of its own known country ("Russia, Ukraine swap
// prisoners"): a headline's coordination without a conjunction.
func (s *sent) headlineList(out []int) bool {
	if len(out) < 2 {
		return false
	}
	k := s.mst[out[0]] - 1
	for k >= 0 && s.isDet(k) {
		k--
	}
	if k >= 0 && !s.hard(k) {
		return false
	}
	e := s.men[out[len(out)-1]]
	if e+1 < len(s.toks) && s.actor[e] < 0 && s.inAt("comp", e) && s.verbForm(e+1) {
		// the headline's infinitive: "Biden, Xi to meet"
		e++
	}
	if e >= len(s.toks) || s.actor[e] >= 0 || !(s.verbForm(e) || s.inAt("aux", e)) {
		return false
	}
	seen := map[string]bool{}
	for i, x := range out {
		c := s.mcode(x)
		if len(c) < 3 || strings.HasPrefix(c, "---") || seen[c[:3]] {
			return false
		}
		seen[c[:3]] = true
		if i > 0 && (s.mst[x] != s.men[out[i-1]]+1 || s.norm(s.men[out[i-1]]) != ",") {
			return false
		}
	}
	return true
}

// twoGroups reports two mentions of two different named groups
// (dictionary kind "group").
func (s *sent) twoGroups(x, y int) bool {
	ax, ay := &s.a.Actors[s.ments[x]], &s.a.Actors[s.ments[y]]
	return ax.Kind == "group" && ay.Kind == "group" && ax.Entry != ay.Entry
}

// againstCompound returns the first token of a compound preposition
// "à l'encontre de" ending with the genitive at pb (`againstnoun`), -1
// otherwise.
func (s *sent) againstCompound(pb int) int {
	if pb < 2 || !s.inAt("againstnoun", pb-1) || !s.inAt("genitive", pb) {
		return -1
	}
	k := pb - 2
	if s.isDet(k) && k > 0 {
		k--
	}
	if !s.isPrep(k) {
		return -1
	}
	return k
}

// againstFamily reports a slot's prepositions that include one of the
// `againstprep` list ("contre").
func (s *sent) againstFamily(preps []int32) bool {
	for _, w := range preps {
		if s.lx.in("againstprep", s.lx.names[w]) {
			return true
		}
	}
	return false
}

// placePhrase returns the token after a place phrase at p (a place
// preposition, at most one article, a place mention: "à Istanbul", "en
// Syrie"), when an article or a quantity follows it (an object comes
// next); p otherwise, and for a slot with prepositions (French).
func (s *sent) placePhrase(p int, preps []int32) int {
	if preps != nil || s.lx.lang != "fr" || p+2 >= len(s.toks) || s.toks[p].Kind != dyad.Word || !s.isPrep(p) || !s.inAt("placeprep", p) {
		return p
	}
	m := s.mentionAfterPrep(p)
	if m < 0 || s.a.Actors[s.ments[m]].Kind != "country" {
		return p
	}
	e := s.men[m]
	if e >= len(s.toks) || !s.isDet(e) && !s.inAt("quantity", e) && !s.inAt("prepart", e) {
		// ("a rencontré jeudi au Caire des dirigeants du Hamas": the
		// indefinite "des" after the place opens the object too)
		return p
	}
	return e
}

// otherPrep reports a preposition outside preps between p and the
// preposition that introduces the mention starting at st.
func (s *sent) otherPrep(p, st int, preps []int32) bool {
	pb := s.prepBefore(st)
	if pb < 0 || s.norm(pb) == s.lx.agentPrep() {
		// the agent ("lancée mardi à Kaboul par X") may come later
		return false
	}
	if pb+1 < st && s.isPrep(pb+1) && !s.matchAny(pb, preps) && !s.secondPrep(pb) {
		// "des attaques contre des ambassades américaines": the article
		// after another preposition opens no author's genitive
		return true
	}
	gen := s.inAt("genitive", pb)
	if gen && pb >= p+3 && s.inAt("partnoun", pb-1) && s.isDet(pb-2) && s.inAt("genitive", pb-3) {
		// "un appel de la part du roi": "de la part de" is one
		// preposition, its first "de" opens the slot
		pb -= 3
	}
	for k := p; k < pb; k++ {
		if s.inTime(k) {
			// "a été reçue le 20 octobre à Moscou"
			continue
		}
		if s.isPrep(k) && !s.matchAny(k, preps) || s.verbForm(k) || gen && k > p && s.isDet(k) {
			// "les frappes ont repris en Syrie, selon des médecins", "a
			// pris d'assaut le camp des islamistes": the genitive belongs
			// to another noun
			return true
		}
	}
	return false
}

// placeGenitive reports a place mention (actor kind "country") introduced
// by the genitive of a place noun ("the streets of Tbilisi", "la banlieue
// de Damas").
func (s *sent) placeGenitive(m int) bool {
	if s.mst[m] < 0 || s.a.Actors[s.ments[m]].Kind != "country" {
		return false
	}
	pb := s.prepBefore(s.mst[m])
	return pb > 0 && s.inAt("genitive", pb) && s.inAt("placenoun", pb-1)
}

// clauseAgent reports an agent preposition at pb (par, by) that follows the
// passive participle of a verb of comment (`commentverb`: "a été condamnée
// par X", "was condemned by X"): the agent of that verb, not of the slot
// opened at p. A support verb ("ont été menées par X") and a participle
// without auxiliary ("l'arrestation de X menée par la police") keep the
// agent of the noun before them.
func (s *sent) clauseAgent(p, pb int) bool {
	if pb < p+2 || s.norm(pb) != s.lx.agentPrep() || !s.partForm(pb-1) || !s.inAt("passaux", pb-2) {
		return false
	}
	return s.lx.in("commentverb", s.lemmaAt(pb-1))
}

// slot finds the mention filling a slot after token p: introduced by the
// preposition family prep, or by no preposition (prep < 0; with dflt, a
// default-target preposition is also accepted). It returns the mention and
// the token after it.
func (s *sent) slot(p int, preps []int32, dflt bool, maxGap int) (int, int) {
	for p < len(s.toks) && (s.norm(p) == "»" || s.norm(p) == "”") {
		// "a qualifié d'« inacceptable » la décision de l'OTAN"
		p++
	}
	for n := 0; s.lx.lang == "fr" && n < 6 && p+1 < len(s.toks) && (s.inTime(p) || s.timePrep(p) || s.frenchAdverb(p)) && s.actor[p] < 0; n++ {
		// "a frappé dimanche des cibles du Hamas", "a rencontré
		// secrètement le chef des rebelles": the object starts after a
		// time expression or an adverb (French)
		p++
	}
	if e := s.mannerPhrase(p); e > p {
		// "a condamné avec la plus grande fermeté l'offensive du M23": the
		// object starts after a manner adverbial (frreal.go)
		p = e
		for n := 0; n < 6 && p+1 < len(s.toks) && (s.inTime(p) || s.frenchAdverb(p)) && s.actor[p] < 0; n++ {
			p++
		}
	}
	if e := s.amountEnd(p); e > p {
		// "une aide d'environ 70 millions de dollars à la Roumanie": the
		// slot starts after the amount (French)
		p = e
	}
	if e := s.placePhrase(p, preps); e > p {
		// "a interpellé mardi à Istanbul une vingtaine de journalistes":
		// the direct object starts after a place (French)
		p = e
		for n := 0; n < 6 && p+1 < len(s.toks) && (s.inTime(p) || s.frenchAdverb(p)) && s.actor[p] < 0; n++ {
			p++
		}
	}
	if e := s.addresseePhrase(p, preps); e > p {
		// "a dénoncé devant le Conseil de sécurité de l'ONU le
		// déploiement de navires américains": the direct object starts
		// after the audience (French)
		p = e
		for n := 0; n < 6 && p+1 < len(s.toks) && (s.inTime(p) || s.frenchAdverb(p)) && s.actor[p] < 0; n++ {
			p++
		}
	}
	if e := s.instrumentPhrase(p); e > p {
		// "a dispersé à coups de canons à eau et de gaz lacrymogène des
		// milliers de manifestants": the object starts after the
		// instrument phrase (French)
		p = e
	}
	if e := s.appositionSkip(p, preps); e > p {
		// "extradited X, the country's most wanted drug lord, to the
		// United States": the slot's preposition after an object and its
		// apposition (par16en.go)
		p = e
	}
	commas := 0
	maxCommas := 2
	content := false
	if maxGap < 0 { // default target: stop at the first comma
		maxGap, maxCommas = -maxGap, 1
	}
	rel := s.inRelClause(p) || p > 0 && s.reducedParticiple(p-1)
	// (a reduced relative, "NATO ministers meeting in Vilnius pledged
	// systems to Ukraine", ends at the main verb as a relative clause
	// does: par16en.go)
	for k := p; k < len(s.toks) && k < p+maxGap; k++ {
		if k > p && s.frGerundBreak(k) {
			// frseed.go: « a salué l'accord, tout en appelant Téhéran »
			break
		}
		if rel && k > 0 && s.actor[k] < 0 && (!s.isDet(k-1) || s.inTime(k-1)) && !s.isPrep(k-1) && s.verbForm(k) && s.finiteAt(k) {
			// par2d.go: "the junta that seized power in Niger expelled
			// the ambassador": the main clause's verb ends the relative
			// clause's slot
			break
		}
		if s.negOpensVerb(k) {
			// frprec3: "les miliciens qui attaquent les villages ne
			// seront plus payés comme soldats": a negation after the
			// anchor opens another verb's group; what follows is that
			// verb's (French)
			break
		}
		if dflt && s.lx.lang == "en" && s.actor[k] < 0 && s.inAt("subord", k) && !s.inAt("samemoment", k) && s.subordClause(k) {
			// "declared a state of emergency after gangs took prison
			// guards hostage": the actors of a clause of time before or
			// after this event, with its own subject and verb, are no
			// object of this verb (not "as": a clause of the same moment
			// may hold the victim, "detonated a bomb as an army convoy
			// passed")
			break
		}
		if m := s.actor[k]; m >= 0 && dflt && s.onTopic(m) {
			// "hosted peace talks on Sudan", "held a meeting on Sudan":
			// the country a gathering or a text is about is no party
			// (English)
			k = s.men[m] - 1
			continue
		}
		if m := s.actor[k]; m >= 0 {
			if s.venueMention(m) {
				// "dans les colonnes de ce journal": a venue, no party
				// (frnews3.go)
				k = s.men[m] - 1
				continue
			}
			if dflt && s.mst[m] > 0 && strings.HasPrefix(s.codes[m], "---") &&
				s.inAt("ownposs", s.mst[m]-1) {
				// "Iran offered its troops to Iraq", "withdrew their
				// forces from X": the subject's own agents are not the target
				k = s.men[m] - 1
				continue
			}
			if s.ownFollowers(m) {
				// frreal2.go: « a appelé ses partisans au calme »
				k = s.men[m] - 1
				continue
			}
			pb := s.prepBefore(s.mst[m])
			if (commas > 0 && s.men[m] < len(s.toks) && s.frenchVerbGroup(s.men[m]) || s.conjBeforeMention(m) && s.verbAfterMention(m)) && pb < 0 && s.lx.lang == "fr" && s.subjectBefore(p) {
				// (or after "et": "ont attaqué la caserne de Nampala et le
				// gouverneur de la région a demandé des renforts")
				// "Alors que la Chine a condamné l'attaque, la Russie a
				// appelé": after a comma, an actor before a verb is the
				// next clause's subject, not an object (French; not after
				// a fronted participle: "Reçu par X, le roi a quitté")
				break
			}
			if q := s.placeNounPrep(s.mst[m]); preps != nil && q >= p && pb >= 0 && s.inAt("genitive", pb) && !s.matchAny(q, preps) {
				// "ont défilé dans la ville de Troyes contre la réforme",
				// "à l'est d'Arras": the genitive of a place noun after a
				// place preposition names the event's place, not a party
				// (unless the slot asks for that place: its preposition
				// or the place noun is the pattern's, "a imposé un blocus
				// au port de Lattaquié")
				k = s.men[m] - 1
				continue
			}
			switch {
			case preps != nil:
				if s.clauseAgent(p, pb) {
					// "l'arrestation de l'opposant à Moscou a été condamnée
					// par Berlin": the agent of another verb's passive
					break
				}
				// the preposition opens the slot: it comes soon after p
				if pb >= 0 && pb-p <= 5 && (s.matchAny(pb, preps) || pb+1 < s.mst[m] && s.isPrep(pb+1) && s.matchAny(pb+1, preps) && !s.compoundGenitive(p, pb)) && !s.openParen(p, pb) && !s.verbGroupBetween(p, pb) {
					// (not after another verb group: frnews3.go)
					// (not inside a parenthesis opened after p: "est arrivé
					// vers 10 h locales (15 h en France)")
					// "auprès de X": the family may be the second preposition
					return m, s.men[m]
				}
				if q := s.againstCompound(pb); q >= 0 && q-p <= 5 && s.againstFamily(preps) {
					// "les violences de la police à l'encontre des
					// manifestants": the compound preposition reads as
					// "contre" (French)
					return m, s.men[m]
				}
				if st, c := s.mst[m], s.codes[m]; pb < 0 && s.lx.lang == "fr" && st > p && s.plainWord(st-1) && s.inAt("meansnoun", st-1) && (s.lx.endsIn("pluralsuffix", s.norm(st-1)) || s.isDet(st-2)) && len(c) >= 3 && c[:3] != "---" {
					// "une attaque de drones russes", "l'incursion de
					// navires chinois": a country adjective on a noun of
					// military means (`meansnoun`) the preposition
					// introduces names the side using them (French); a
					// bare singular is a compound's complement, the
					// adjective is the head's ("une frappe de drone
					// israélienne")
					if q := s.prepBefore(st - 1); q >= p && q-p <= 5 && s.matchAny(q, preps) {
						return m, s.men[m]
					}
				}
				if st, c := s.mst[m], s.codes[m]; pb < 0 && s.lx.lang == "fr" && st > p && s.frOwnedNounBefore(st, p) > 0 && len(c) >= 3 && c[:3] != "---" {
					// "des sanctions à plus de 500 entités russes", "contre
					// des entités chinoises": a country adjective on a noun
					// of entities a state's measures fall on (`frownednoun`) the
					// preposition introduces names the target (French;
					// par2g); one adjective may stand between ("contre le
					// secteur pétrolier vénézuélien", par3fr)
					n := s.frOwnedNounBefore(st, p)
					q := s.prepBefore(n)
					if q < 0 && n-1 > p && (s.toks[n-1].Kind == dyad.Number || s.inAt("numeral", n-1)) {
						// (after a number: "à plus de 500 entités")
						q = s.prepBefore(n - 1)
					}
					if q >= p && q-p <= 5 && s.matchAny(q, preps) {
						return m, s.men[m]
					}
				}
				if st, c := s.mst[m], s.codes[m]; pb < 0 && s.lx.lang == "fr" && st > p+1 && s.plainWord(st-1) && s.isDet(st-2) && len(c) > 3 && c[:3] != "---" {
					// "a été frappé par un missile iranien", "tués par un
					// drone turc": the actor is the adjective of the noun
					// the preposition introduces, when the actor stage
					// gave it a country and a sector (French)
					if q := s.prepBefore(st - 1); q >= p && q-p <= 5 && s.matchAny(q, preps) {
						return m, s.men[m]
					}
				}
				if q := s.agentOwnerPrep(pb); q >= 0 && q >= p && q-p <= 5 && s.matchAny(q, preps) && s.onlyArticles(p, q) {
					// "une enquête sur les crimes commis par l'armée": the
					// agent of the participle after the preposition's noun
					// (French)
					return m, s.men[m]
				}
				if q := s.placeSlot(m); q >= p && q-p <= 5 && s.matchAny(q, preps) {
					// "des frappes sur la banlieue sud de Beyrouth", "une
					// incursion dans la région russe de Koursk", "sur le
					// territoire russe": a place named through a place noun
					// the slot's preposition (`placeslotprep`) opens is the
					// target (French)
					return m, s.men[m]
				}
				if q := s.headPrep(pb); q >= 0 && q >= p && q-p <= 5 && s.matchAny(q, preps) {
					// "contre une base de l'armée afghane", "avec des
					// représentants du Mali": the owner of a role or asset
					// noun the preposition introduces (French)
					return m, s.men[m]
				}
			case pb < 0:
				return m, s.men[m]
			case preps == nil && s.lx.lang == "fr" && p > 0 && s.inAt("genitive", pb) && s.a.Actors[s.ments[m]].Kind == "country" && s.placeObjectOpen(s.mst[m]) == p-1:
				// "a bombardé un village de la région de Sagaing", "a
				// pilonné le nord de la Syrie": a direct object that is a
				// place named through place nouns targets that place
				// (CODING.md: a physical target that is a place; French)
				return m, s.men[m]
			case s.inAt("prepart", pb) && s.onlyArticles(p, pb):
				// "a rencontré des manifestants": the indefinite article
				return m, s.men[m]
			case preps == nil && s.coordObject(p, pb):
				// "ont incendié des hôtels et des commissariats": the
				// second conjunct of a plain object (frreal.go)
				return m, s.men[m]
			case pb > p && s.inAt("genitive", pb) && s.inAt("quantity", pb-1) && (s.onlyArticles(p, pb-1) || s.approxArticles(p, pb-1)):
				// "des dizaines de manifestants", "dozens of protesters",
				// "plus d'un million d'habitants" (frwire10.go)
				return m, s.men[m]
			case dflt && s.lx.tprep[s.norm(pb)]:
				return m, s.men[m]
			case dflt && pb > p && (s.agentOwnerPrep(pb) >= p && !s.lx.in("genitive", s.norm(s.agentOwnerPrep(pb))) || pb == p+1 && s.partForm(p) && s.lx.lang == "fr" && s.norm(pb) == s.lx.agentPrep()):
				// "a dénoncé les crimes commis par l'armée", "une enquête
				// sur les exactions perpétrées par la police": the agent of
				// the participle after the object's noun (French); not
				// through a genitive ("les demandes de remboursement des
				// dégâts causés par X": X made no demand)
				return m, s.men[m]
			case dflt && pb == p && p > 0 && s.inAt("genitive", pb) && s.actor[p-1] < 0 && len(s.ids[p-1]) > 0 && !s.verbForm(p-1):
				// "a gelé les avoirs du président": the owner of the
				// pattern's object noun is the target
				return m, s.men[m]
			case dflt && s.lx.lang == "en" && pb == p+1 && s.inAt("genitive", pb) && s.inAt("comp", pb) && s.actor[p] < 0 && s.toks[p].Kind == dyad.Word && !capital(s.toks[p].Text) && !s.isPrep(p) && !s.isDet(p):
				// "bombed positions of the Rapid Support Forces", "shelled
				// bases of the rebels": the owner of a bare plural object
				// is the target ("of", genitive and complement list; English)
				return m, s.men[m]
			case s.lx.lang == "fr" && pb > p+2 && s.inAt("genitive", pb) && s.isDet(p) && s.inAt("genitivehead", p+1) && s.nounChain(p+2, pb):
				// "a arrêté un membre du comité exécutif de l'OLP": a
				// member or official of X, through a chain of nouns, is X
				return m, s.men[m]
			case s.lx.lang == "fr" && pb > p+3 && s.inAt("genitive", pb) && (s.isDet(p) || s.inAt("prepart", p)) && s.ownedChain(p+1, pb):
				// "réclame l'abandon du projet de loi du gouvernement", "a
				// condamné le tir de missile de la Corée du Nord": the
				// owner of a policy or a weapon the object acts on is the
				// target (two genitives, French)
				return m, s.men[m]
			case pb > p+2 && s.inAt("genitive", pb) && s.isDet(p) && s.quotedNoun(p+1, pb):
				// "trouvant le « procédé [de l'opposition] » choquant": a
				// quote mark or an editor's bracket around the object noun
				return m, s.men[m]
			case s.lx.lang == "fr" && pb == p+3 && s.inAt("genitive", pb) && s.inAt("det", p) && s.inAt("prenomadj", p+1) && s.actor[p+1] < 0 && s.actor[pb-1] < 0,
				s.lx.lang == "fr" && pb > p+4 && s.inAt("genitive", pb) && s.isDet(p) && s.inAt("prenomadj", p+1) && s.actor[p+1] < 0 && s.ownedChain(p+2, pb):
				// "a condamné le dernier tir (de missile) de la Corée du
				// Nord": an adjective placed before the object noun
				// (`prenomadj`) leaves the noun's owner the target, also
				// through an owned chain (French; par2d)
				return m, s.men[m]
			case dflt && s.mst[m] == pb+1 && s.adjPlaceObject(p, pb):
				// "shelled the southern city of Kherson": an object place
				// noun with modifiers names its place (en_par14en.go)
				return m, s.men[m]
			case pb == p+2 && s.inAt("genitive", pb) && (s.inAt("det", p) || s.inAt("prepart", p)) && s.actor[pb-1] < 0:
				// "a critiqué la visite de la présidente taïwanaise": the
				// object's owner is the target
				return m, s.men[m]
			}
			// "entre Kigali et Kinshasa": the mentions coordinated with a
			// refused one share its preposition
			end := s.men[m]
			if pb >= 0 {
				for _, x := range s.group(m) {
					if s.mst[x] > s.mst[m] && s.men[x] > end {
						end = s.men[x]
					}
				}
			}
			k = end - 1
			continue
		}
		if s.hard(k) && !(preps == nil && k > p && s.includedObject(k)) {
			// (frwiki.go: « plusieurs villes dont Kiev »: read on)
			break
		}
		if s.lx.lang == "fr" && k > p && s.verbForm(k) && s.inAt("conj", k-1) {
			// "dénonce des rumeurs et invite les Etats-Unis à": the actor
			// after a coordinated verb is that verb's
			break
		}
		if preps == nil && k > p && s.verbForm(k) && s.norm(k-1) == "," {
			// "a bombardé la ville, tuant trois civils": the actor after
			// another verb is that verb's
			break
		}
		if s.lx.lang == "fr" && k > p && s.actor[k-1] < 0 && s.finiteAux(k) && s.frenchVerbGroup(k) {
			// "Le refus du gouvernement de céder avait provoqué au
			// Parlement ...": the actor after another finite verb group
			// is that verb's
			break
		}
		if s.lx.lang == "fr" && k > p && s.norm(k-1) == "," && s.frenchVerbGroup(k) {
			// "La Russie, ... dont les troupes occupent une partie du
			// pays, a menacé la Pologne": after the comma closing an
			// incise comes the main clause's verb; the actor after it is
			// its object
			break
		}
		if preps == nil && s.lx.lang == "fr" && k > p && s.inAt("purpose", k) && k+1 < len(s.toks) && (s.inAt("infaux", k+1) || s.frenchInfinitive(k+1)) {
			// "l'a condamné à mort pour avoir insulté le président": the
			// actor after a purpose or reason infinitive is that
			// infinitive's object, not the direct object (French)
			break
		}
		if s.inAt("contentnoun", k) {
			content = true
		}
		if (dflt || s.lx.lang == "fr" && preps == nil) && k > p && s.inAt("rel", k) && !(s.lx.lang == "en" && s.norm(k) == "that") {
			// "... the people who": an actor after a relative pronoun
			// belongs to the relative clause
			break
		}
		if dflt && (k+1 < len(s.toks) && s.inAt("comp", k) && (s.verbForm(k+1) || s.frenchInfinitive(k+1)) ||
			k > 0 && s.inAt("comp", k-1) && (s.verbForm(k) || s.frenchInfinitive(k)) || content && s.inAt("clausecomp", k)) {
			// "... to discuss efforts", "s'engage à payer la compagnie",
			// "an allegation that X": the actor belongs to the complement
			break
		}
		if s.norm(k) == "," && !(k+1 < len(s.toks) && s.inTime(k+1)) && (!(k > 0 && s.inTime(k-1)) || s.timeEndsClause(k)) && !((maxCommas == 1 || dflt) && s.nounListComma(k)) {
			// (oldwire.go nounListComma: a comma inside an enumeration of
			// plain nouns does not stop the default target, "airlifted
			// food, water and medicine to X", "fired tear gas, rubber
			// bullets and bean bag rounds at protesters": the enarticle
			// round's enumComma, merged into it)
			// (the commas around a time expression do not count:
			// "l'exécution, jeudi, par les rebelles")
			commas++
			if commas >= maxCommas {
				break
			}
		}
	}
	return -1, p
}

// compoundGenitive reports that the genitive after pb belongs to a
// compound preposition the slot does not name ("la plainte auprès du
// parquet": "du" is no genitive of the noun, the parquet is not the
// complaint's author), when that preposition lies inside the slot's
// window (from p on); a pattern naming it ("aupres de+") consumes it before p.
func (s *sent) compoundGenitive(p, pb int) bool {
	return s.lx.lang == "fr" && pb >= p && s.inAt("deprep", pb) && s.inAt("genitive", pb+1)
}

// secondPrep reports that the preposition after pb opens the mention's
// phrase with pb ("auprès de X"): in French, a genitive after a preposition
// that is no `deprep` is the article ("contre des ambassades").
func (s *sent) secondPrep(pb int) bool {
	return s.lx.lang != "fr" || !s.inAt("genitive", pb+1) || s.inAt("deprep", pb)
}

// amountEnd returns the token after a sum of money opening at p ("d'environ
// 70 millions de dollars", "de 500 000 euros": a genitive, an
// approximation, a number, a `amountunit`, a `currency`), else p.
func (s *sent) amountEnd(p int) int {
	k := p
	at := func(k int, list string) bool { return k < len(s.toks) && s.inAt(list, k) }
	if at(k, "genitive") {
		k++
	}
	if at(k, "approx") {
		k++
		if at(k, "genitive") {
			k++
		}
	}
	n := k
	for k < len(s.toks) && (s.toks[k].Kind == dyad.Number || s.inAt("numeral", k)) {
		k++
	}
	if k == n {
		return p
	}
	if at(k, "amountunit") {
		k++
	}
	if at(k, "genitive") {
		k++
	}
	if !at(k, "currency") {
		return p
	}
	return k + 1
}

// quotedNoun reports that the tokens from a up to b are one lower-case
// noun with quote marks or brackets around it: "« procédé [".
func (s *sent) quotedNoun(a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		switch s.norm(k) {
		case "«", "»", "\"", "“", "”", "[", "]":
			continue
		}
		if s.toks[k].Kind != dyad.Word || s.actor[k] >= 0 || s.verbForm(k) {
			return false
		}
		words++
	}
	return words == 1
}

// nounChain reports that the tokens from a up to b are lower-case nouns,
// adjectives, articles and genitive prepositions (at most six), with no
// actor, verb, comma or clause limit: "du comité exécutif".
func (s *sent) nounChain(a, b int) bool {
	if b-a > 6 {
		return false
	}
	for k := a; k < b; k++ {
		t := s.toks[k]
		if t.Kind != dyad.Word || s.actor[k] >= 0 || s.hard(k) || s.verbForm(k) || capital(t.Text) {
			return false
		}
		if n := s.norm(k); n == "un" || n == "une" {
			// "la direction régionale d'un assureur près de Toulouse":
			// the head belongs to someone else
			return false
		}
	}
	return true
}

// possessor returns the owner of the noun at i when a possessive stands
// before it (after at most two modifiers): the mention before "'s"
// ("Albania's help"), or for a possessive determiner (son, sa, ses,
// leurs; his, her, its, their) the subject of the verb of one's own action
// (`ownverb`) governing the noun phrase ("le président chinois a confirmé
// sa visite"); nil otherwise.
func (s *sent) possessor(i int) []int {
	k := i - 1
	for n := 0; n < 2 && k > 0 && s.toks[k].Kind == dyad.Word && s.actor[k] < 0 && !s.clitic(k) &&
		!s.inAt("possessive", k) && !s.isDet(k) && !s.isPrep(k) && !s.verbForm(k) && !s.hard(k); n++ {
		k--
	}
	if k <= 0 {
		return nil
	}
	if s.clitic(k) {
		if m := s.actor[k-1]; m >= 0 {
			return s.group(m)
		}
		return nil
	}
	if s.lx.lang == "fr" && !s.inAt("possessive", k) && (s.isDet(k) || s.norm(k) == "au" || s.norm(k) == "aux") {
		// "les rebelles ont procédé à l'exécution des soldats": the
		// subject of a verb that only carries the noun (`doverb` + à)
		j := k - 1
		if j > 0 && s.norm(j) == "a" {
			j--
		} else if s.norm(k) != "au" && s.norm(k) != "aux" {
			j = -1
		}
		for n := 0; j > 0 && n < 3 && s.inTime(j); n++ {
			// "ont procédé jeudi à un échange": a date between the
			// verb and "à" (dyad <round failsfr>)
			j--
		}
		if j >= 0 && s.inAt("doverb", j) {
			return s.subject(j)
		}
		return nil
	}
	if !s.inAt("possessive", k) {
		return nil
	}
	if s.lx.lang == "fr" {
		if m := s.frontedPossessor(k, i); m != nil {
			return m
		}
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.hard(j) || s.actor[j] >= 0 {
			return nil
		}
		// only a verb of one's own action ("a intensifié ses frappes",
		// "confirmed his visit"); after "a salué leurs attaques" the
		// owner is someone else
		if s.inAt("ownverb", j) {
			return s.subject(j)
		}
		if s.lx.lang == "fr" && s.inAt("ownprep", j) {
			// "a évoqué le dollar lors de sa rencontre avec X": the
			// possessive of a time adjunct after the clause is its
			// subject's, as frontedPossessor's before it (frheld)
			// (only after a verb of talking, `ownprepverb`: "a été
			// victime d'un malaise lors de sa visite" tells no visit,
			// frreal_test.go)
			if v := s.verbBeforeAdjunct(j); v >= 0 {
				return s.subject(v)
			}
			return nil
		}
		if s.verbForm(j) {
			return nil
		}
	}
	return nil
}

// verbBeforeAdjunct returns the verb of talking (`ownprepverb`) before
// the adjunct preposition at j in its clause (objects and their actors
// may stand between), or -1 (frheld).
func (s *sent) verbBeforeAdjunct(j int) int {
	for v := j - 1; v >= 0 && v >= j-15; v-- {
		if s.hard(v) || s.inAt("stop", v) {
			return -1
		}
		if s.actor[v] < 0 && s.inAt("ownprepverb", v) {
			return v
		}
	}
	return -1
}

// frontedPossessor gives the owner of a possessive at k in a phrase that
// opens the sentence before a comma ("Lors de sa rencontre avec X, Y a
// ...", "À l'issue de son entretien avec X, Y ..."): the subject of the
// main clause after the comma, the mention right after it (French). The
// phrase holds only words that are no actor, verb or clause limit.
func (s *sent) frontedPossessor(k, i int) []int {
	for j := 0; j < k; j++ {
		if s.actor[j] >= 0 || s.hard(j) || s.norm(j) == "," || s.toks[j].Kind != dyad.Word || s.inAt("stop", j) || s.verbForm(j) && !s.isPrep(j) && !s.isDet(j) {
			return nil
		}
	}
	for j := i + 1; j < len(s.toks) && j <= i+15; j++ {
		if s.hard(j) || s.actor[j] < 0 && s.verbForm(j) && s.finiteAt(j) {
			return nil
		}
		if s.norm(j) != "," {
			continue
		}
		st := j + 1
		for n := 0; st < len(s.toks) && n < 2 && s.isDet(st); n++ {
			st++
		}
		if st < len(s.toks) {
			if m := s.actor[st]; m >= 0 && s.mst[m] == st && s.men[m] < len(s.toks) && s.frenchVerbGroup(s.men[m]) {
				return s.group(m)
			}
		}
		return nil
	}
	return nil
}

// cliticTarget resolves a dative pronoun right before the verb ("le
// Pakistan leur transmet des données", "Paris lui a accordé"): the target
// of the last event that had one (in this sentence, else before), when it
// is not the subject. It returns -1 when there is none.
func (s *sent) cliticTarget(i int, src []int) (int, int) {
	j := s.cliticPos(i)
	if j < 0 {
		return -1, -1
	}
	if m := s.frontedTopic(j, src); m >= 0 {
		// frwire10.go: "Interrogé sur le rôle du Rwanda, X l'a accusé"
		return m, j
	}
	m := s.prevTarget(i, src, !s.inAt("dativeclitic", j))
	if m < 0 {
		if m = s.whereAntecedent(j, src); m >= 0 {
			// frwire10.go: "X s'est rendu en Chine, où Xi Jinping l'a
			// accueilli"
			return m, j
		}
		return -1, -1
	}
	return m, j
}

// cliticPos returns the object pronoun of the verb at i that cliticTarget
// resolves (see there); -1 when there is none.
func (s *sent) cliticPos(i int) int {
	j := i - 1
	auxSkipped := false
	for n := 0; j >= 0 && n < 5 && (s.inAt("aux", j) || s.inAt("neg_pre", j) || s.inAt("neg_post", j) || s.inAt("midadverb", j) || s.frenchAdverb(j)); n++ {
		// (an adverb between the auxiliary and the verb: "l'a ensuite
		// exhorté", "ne l'a pas reçu")
		auxSkipped = auxSkipped || s.inAt("aux", j)
		j--
	}
	if j < 1 || s.actor[j] >= 0 {
		return -1
	}
	if !s.inAt("dativeclitic", j) {
		// "il l'a exhorté à", "elle les condamne": an object pronoun
		// before the auxiliary, or after a subject pronoun, a negation or
		// a relative pronoun (not an article: "la critique de X")
		// or before a participle after a comma (", l'accusant de")
		if !s.inAt("accclitic", j) || !(auxSkipped && j+1 < i && s.inAt("aux", j+1) || s.inAt("pronoun", j-1) || s.inAt("latter", j-1) || s.inAt("neg_pre", j-1) || s.inAt("rel", j-1) || j+1 == i && s.participleComma(i) > 0 ||
			j+1 == i && s.isPrep(j-1) && s.frenchInfinitive(i) || s.subjectClitic(i, j)) {
			// (or before an infinitive after a preposition: "a téléphoné
			// à X pour le féliciter")
			return -1
		}
	}
	return j
}

// disjunctiveAfter returns the stressed pronoun (disjunctive: lui, elle,
// eux) right after a preposition of preps within five tokens from p,
// inside the clause; -1 otherwise (the list is French only for now).
func (s *sent) disjunctiveAfter(p int, preps []int32) int {
	for k := p; k+1 < len(s.toks) && k < p+5; k++ {
		if s.hard(k) || s.norm(k) == "," || s.actor[k] >= 0 || k > p && s.verbForm(k) {
			return -1
		}
		if s.matchAny(k, preps) && s.inAt("disjunctive", k+1) && s.actor[k+1] < 0 {
			return k + 1
		}
	}
	return -1
}

// prevTarget returns the target of the last event with a target before
// the anchor i (this sentence first, else the previous sentence's), when
// it is not coded like the subject src; -1 otherwise. A pronoun object
// stands for it. With sameSrc, only when that event's source is coded like
// src.
func (s *sent) prevTarget(i int, src []int, sameSrc bool) int {
	m := s.prevT
	if sameSrc && !s.sameCodes(src, s.prev) && !s.sameState(src, s.prev, i) { // (sameState: frdoc.go)
		m = -1
		if s.prevSent && len(s.prev) == 1 {
			// "Le Premier ministre indien est arrivé à Dakar. Le
			// président sénégalais l'a reçu": another source's object
			// pronoun stands for the previous sentence's source (the
			// subject it was about), unless this sentence has an
			// antecedent of its own (below)
			m = s.prev[0]
		}
	}
	for k := len(s.cands) - 1; k >= 0; k-- {
		if c := &s.cands[k]; c.anchor < i && len(c.tgt) > 0 && !c.place && c.code != "---" {
			m = c.tgt[0]
			if sameSrc && !s.sameCodes(src, c.src) && !s.sameState(src, c.src, i) {
				// "X a reçu Y, où il l'a exhorté": the object pronoun
				// continues the discourse of the same source; another
				// source's target is no antecedent ("des Afghans qui
				// avaient coopéré avec eux")
				m = -1
			}
			break
		}
	}
	if m < 0 {
		return -1
	}
	if !sameSrc {
		if o := s.otherParty(src, m); o >= 0 {
			return o // frdoc.go: "Elle lui a demandé" after a meeting
		}
	}
	for _, x := range src {
		if s.codes[x] == s.codes[m] {
			return -1
		}
	}
	return m
}

// placeAfter finds the place of an event with no other target: a country
// or city mention introduced by a place preposition ("in Amman", "à
// Bamako", "dans la province") after the verb, inside the clause. The
// event's target is then that country (CAMEO coders code "arrived in
// Amman", "imposed a curfew in Abidjan" with the place's country).
func (s *sent) placeAfter(p int) int {
	lim := p + 12
	for k := p; k < len(s.toks) && k < lim; k++ {
		switch s.norm(k) {
		case "\"", "«", "»", "“", "”":
			// quote marks do not count in the distance
			lim++
		}
		if m := s.actor[k]; m >= 0 {
			if !s.isPlace(m) {
				k = s.men[m] - 1
				continue
			}
			if pb := s.prepBefore(s.mst[m]); pb >= p && s.inAt("placeprep", pb) {
				return m
			}
			if pb := s.placeNounPrep(s.mst[m]); pb >= p {
				return m
			}
			k = s.men[m] - 1
			continue
		}
		if s.hard(k) || s.norm(k) == "," || k > p && s.verbForm(k) && !s.articleNoun(k) && !s.nounAfterModifier(k) || s.inAt("clausecomp", k) {
			// the place belongs to the closest verb (a word right after a
			// determiner is a noun, "un marché à Nyala")
			return -1
		}
		if s.lx.lang == "en" && s.topicPrep(k) {
			// "warned about the situation in Kosovo": a place after the
			// topic is the topic's (English)
			return -1
		}
		if s.talkTopic(k) {
			// "a relancé les négociations sur une trêve à Gaza": a place
			// in the talks' topic is not the talks' (French, par3fr)
			return -1
		}
	}
	return -1
}

// talkTopic reports that token k is "sur" right after a noun of talks
// (`talknoun`: "les négociations sur une trêve à Gaza"): it opens the
// talks' topic, whose actors and places are not the talks' parties
// (French, par3fr).
func (s *sent) talkTopic(k int) bool {
	return s.lx.lang == "fr" && k > 0 && s.topicPrep(k) && s.inAt("talknoun", k-1)
}

// inTalkTopic reports a talks' topic opened between the tokens a and b
// (talkTopic).
func (s *sent) inTalkTopic(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if k >= 0 && s.talkTopic(k) {
			return true
		}
	}
	return false
}

// sentencePlace gives the country of the sentence's place when it names
// one country (a country or city mention after a place preposition), else
// "".
func (s *sent) sentencePlace() string {
	pl := ""
	for m := range s.codes {
		if s.mst[m] < 0 || s.a.Actors[s.ments[m]].Kind != "country" || s.lx.stateCC(s.codes[m]) == "" {
			continue
		}
		if pb := s.prepBefore(s.mst[m]); pb >= 0 && s.inAt("placeprep", pb) || s.placeNounPrep(s.mst[m]) >= 0 || s.placeGenitive(m) || s.nearPlace(s.mst[m]) { // nearPlace: frsector2.go
			if s.topicBefore(s.mst[m]) {
				// "s'est adressé à l'Assemblée au sujet de la guerre en
				// Ukraine": a place inside the topic is not the event's
				continue
			}
			if s.slotActor(m) {
				// "en demandant à la France de l'aider": a country a
				// pattern's slot took is a party, not the place
				continue
			}
			if s.awayPlace(m, true) || s.awayIncise(m) || s.sentPlace(m) {
				// "après son retour du Kenya": a place left; ",
				// resté à Washington,": someone's whereabouts; "l'envoi
				// de policiers en Haïti": a destination (country.go)
				continue
			}
			if pl != "" && pl != s.codes[m][:3] {
				return ""
			}
			pl = s.codes[m][:3]
		}
	}
	return pl
}

// slotActor reports a mention that a candidate event of the sentence took
// as its source or target through a slot (not as its place; a visit or a
// meeting, 04x, takes the place it names as its target: "arrivent en
// Israël").
func (s *sent) slotActor(m int) bool {
	for k := range s.cands {
		c := &s.cands[k]
		if c.place || c.code == "---" || strings.HasPrefix(c.code, "04") {
			continue
		}
		for _, x := range c.tgt {
			if x == m {
				return true
			}
		}
		if c.hasSrc(m) {
			return true
		}
	}
	return false
}

// innerOwner finds an actor inside the words a pattern matched after its
// anchor, owning the object: "rejected a British request", "rejected North
// Korea's demand" (English: determiner or nothing before it, the pattern
// word after it). It returns -1 when there is none.
func (s *sent) innerOwner(i, last int) int {
	if s.lx.lang != "en" {
		return -1
	}
	for k := i + 1; k < last-1 && k < len(s.toks); k++ {
		if s.hard(k) || s.norm(k) == "," {
			return -1
		}
		m := s.actor[k]
		if m < 0 {
			continue
		}
		if s.men[m] < last && s.placeMention(m) {
			// enheld: "rallied in Tel Aviv to demand the government's
			// resignation": a place on the way is no owner; look further
			continue
		}
		if s.prepBefore(s.mst[m]) >= 0 || s.men[m] >= last {
			return -1
		}
		return m
	}
	return -1
}

// ownerAfter finds the author of the object noun a pattern matched:
// "rejected calls by Ban Ki-moon", "a rejeté l'offre de Kaboul" — an actor
// introduced by the agent or a genitive preposition right after the last
// pattern word. It returns -1 when there is none.
func (s *sent) ownerAfter(i, last int) int {
	if last <= i+1 || last >= len(s.toks) {
		return -1
	}
	nm := s.norm(last)
	if nm != s.lx.agentPrep() && !s.lx.in("genitive", nm) {
		return -1
	}
	if s.ownedFrom(last) { // enwire3: "withdraw its troops from Ukraine"
		return -1
	}
	if s.patientGenitive(last) { // enreal.go: "Israel's bombing of Rafah"
		return -1
	}
	if m := s.headChainOwner(last); m >= 0 { // enreal.go: "of the head of the U.N. mission"
		return m
	}
	for k := last + 1; k < len(s.toks) && k <= last+3; k++ {
		if m := s.actor[k]; m >= 0 {
			if s.mst[m] == k && s.inAt("placenoun", last-1) && s.a.Actors[s.ments[m]].Kind == "country" {
				// "took to the streets of Tbilisi": a place noun's
				// genitive is the event's place, not the object's author
				return -1
			}
			if s.mst[m] == k {
				return m
			}
			return -1
		}
		if !s.isDet(k) {
			return -1
		}
	}
	return -1
}

// frOwnedNounBefore returns the `frownednoun` noun right before the
// mention starting at st ("des entités chinoises") or one plain adjective
// before it ("le secteur pétrolier vénézuélien"), after p, or -1 (French,
// par2g and par3fr rounds).
func (s *sent) frOwnedNounBefore(st, p int) int {
	ok := func(k int) bool {
		return k > p && s.actor[k] < 0 && s.toks[k].Kind == dyad.Word && s.inAt("frownednoun", k)
	}
	if ok(st - 1) {
		return st - 1
	}
	if st-2 > p && s.plainWord(st-1) && ok(st-2) {
		return st - 2
	}
	return -1
}

// plainWord reports a lower-case word token that is no actor, verb form,
// preposition or article (an adjective or a noun).
func (s *sent) plainWord(k int) bool {
	t := s.toks[k]
	return t.Kind == dyad.Word && t.Text != "" && !capital(t.Text) && s.actor[k] < 0 && !s.verbForm(k) && !s.isPrep(k) && !s.isDet(k)
}

// topicPrep: token k opens a topic (`topicprep`: "sur", "about"), unless
// it is an approximation before a number ("about 20 protesters").
func (s *sent) topicPrep(k int) bool {
	if !s.inAt("topicprep", k) {
		return false
	}
	if k+1 < len(s.toks) && s.inAt("approx", k) && (s.toks[k+1].Kind == dyad.Number || s.inAt("numeral", k+1)) {
		return false
	}
	return true
}

// topicBefore reports a topic phrase ("au sujet de", "à propos de":
// topicnoun + genitive) within six tokens before the token st, inside
// its clause.
func (s *sent) topicBefore(st int) bool {
	for k := st - 1; k >= 0 && k >= st-6; k-- {
		if s.hard(k) || s.norm(k) == "," || s.verbForm(k) && !s.nounAfterModifier(k) {
			return false
		}
		if k > 0 && s.inAt("genitive", k) && s.inAt("topicnoun", k-1) {
			return true
		}
		if s.lx.lang == "en" && s.topicPrep(k) {
			// "spoke with Macron about the war in Ukraine": one
			// preposition opens the topic (English)
			return true
		}
	}
	return false
}

// placeNounOpen returns the token before a place noun phrase that names
// the place whose mention starts at st ("in the capital Kabul", "in the
// capital city of Algiers", "dans la ville de Gao", "sur la banlieue sud de
// Beyrouth"), or -1: a preposition when one opens the phrase.
func (s *sent) placeNounOpen(st int) int {
	k := st - 1
	if s.lx.lang == "fr" && k > 0 && s.isDet(k) && s.inAt("genitive", k-1) {
		// "dans l'ouest de la Côte d'Ivoire": the article after "de"
		k--
	}
	if k > 0 && s.inAt("genitive", k) {
		k--
	}
	if k > 1 && !s.inAt("placenoun", k) && s.inAt("placenoun", k-1) && s.plainWord(k) {
		// "dans la région russe de Belgorod", "la province afghane de
		// Helmand": one adjective between the place noun and its name
		k--
	}
	n := 0
	for ; k > 0 && n < 3 && s.inAt("placenoun", k); n++ {
		k--
	}
	if n == 0 {
		return -1
	}
	for d := 0; k > 0 && d < 2 && s.isDet(k); d++ {
		k--
	}
	return k
}

// mentionAfterPrep returns the mention right after the preposition at p,
// past at most one article; -1 when there is none. The caller makes sure
// that p+2 is inside the sentence.
func (s *sent) mentionAfterPrep(p int) int {
	k := p + 1
	if s.isDet(k) {
		k++
	}
	m := s.actor[k]
	if m < 0 || s.mst[m] != k && s.mst[m] != p+1 {
		return -1
	}
	return m
}

// addresseePhrase returns the token after an audience phrase at p
// (`audienceprep` and an actor: "devant le Conseil de sécurité de l'ONU")
// that a determiner follows, for a direct-object slot (French); else p.
func (s *sent) addresseePhrase(p int, preps []int32) int {
	if preps != nil || s.lx.lang != "fr" || p+2 >= len(s.toks) || !s.inAt("audienceprep", p) {
		return p
	}
	m := s.mentionAfterPrep(p)
	if m < 0 {
		return p
	}
	e := s.men[m]
	if e >= len(s.toks) || !s.isDet(e) && !s.inAt("prepart", e) {
		return p
	}
	return e
}

// instrumentPhrase returns the token after an instrument phrase opened at
// p by a preposition and an `instrumenthead` noun ("à coups de canons à eau
// et de gaz lacrymogène"): the phrase ends at the first determiner, actor,
// punctuation or clause limit (French); else p.
func (s *sent) instrumentPhrase(p int) int {
	if s.lx.lang != "fr" || p+2 >= len(s.toks) || !s.isPrep(p) || !s.inAt("instrumenthead", p+1) {
		return p
	}
	k := p + 2
	for ; k < len(s.toks) && k < p+14; k++ {
		if w := s.norm(k); s.lx.in("genitive", w) && !s.lx.in("prepart", w) {
			// "de gaz", "d'eau": inside the phrase
			continue
		}
		if s.actor[k] >= 0 || s.isDet(k) || s.inAt("prepart", k) || s.toks[k].Kind != dyad.Word || s.hard(k) || s.verbForm(k) {
			break
		}
	}
	if k >= len(s.toks) || !s.isDet(k) && !s.inAt("prepart", k) {
		return p
	}
	return k
}

// placeObjectOpen returns the token before a chain of place noun phrases
// joined by genitives that names the place whose mention starts at st ("un
// village de la région de Sagaing"), or -1 (placeNounOpen, repeated).
func (s *sent) placeObjectOpen(st int) int {
	k := s.placeNounOpen(st)
	for n := 0; k > 0 && n < 3 && s.inAt("genitive", k) && !s.inAt("prepart", k); n++ {
		j := s.placeNounOpen(k + 1)
		if j < 0 {
			break
		}
		k = j
	}
	return k
}

// placeSlot returns the preposition (`placeslotprep`: sur, contre, dans,
// en) that opens a place noun phrase naming the place mention m, through a
// genitive ("sur la banlieue sud de Beyrouth") or as the noun's country
// adjective ("sur le territoire russe"), or -1 (French).
func (s *sent) placeSlot(m int) int {
	st := s.mst[m]
	if s.lx.lang != "fr" || st < 2 || s.a.Actors[s.ments[m]].Kind != "country" {
		return -1
	}
	q := s.placeNounOpen(st)
	if q < 0 && s.prepBefore(st) < 0 && s.isDet(st-2) && (s.inAt("placenoun", st-1) || s.inAt("soilnoun", st-1)) {
		q = st - 3
	}
	if q < 0 || !s.isPrep(q) || !s.inAt("placeslotprep", q) {
		return -1
	}
	return q
}

// placeNounPrep returns the place preposition of a place named through a
// place noun (placeNounOpen), or -1.
func (s *sent) placeNounPrep(st int) int {
	if k := s.placeNounOpen(st); k >= 0 && s.inAt("placeprep", k) {
		return k
	}
	return -1
}

// conjNoun reports one or two lower-case words from a up to b, after a
// determiner, that are the head noun of the mention at b ("et leurs
// alliés européens"): no verb form, preposition, clause limit or actor
// (French).
func (s *sent) conjNoun(a, b int) bool {
	if b-a < 1 || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.Kind != dyad.Word || capital(t.Text) || s.actor[k] >= 0 || s.verbForm(k) || s.isPrep(k) || s.hard(k) || s.isDet(k) || s.inAt("rel", k) || s.inAt("aux", k) {
			return false
		}
	}
	return true
}

// genPair reports two mentions coordinated inside a genitive ("des
// représentants du gouvernement colombien et des FARC", "les positions de
// la France et de l'Allemagne"): the first introduced by de/du/des after a
// role or asset noun (`genitivehead`), then
// "et" and a genitive preposition (and determiners) before the second
// (French).
func (s *sent) genPair(a, b int) bool {
	if s.lx.lang == "en" {
		return s.genPairEN(a, b)
	}
	if s.lx.lang != "fr" || s.mst[a] < 0 || s.mst[b] < 0 {
		return false
	}
	pa := s.prepBefore(s.mst[a])
	if (pa < 1 || !s.inAt("genitive", pa) || !s.inAt("genitivehead", pa-1)) && !s.roleOf(a) {
		// (only after a role or asset noun: not "la grogne de leurs
		// actionnaires et de leurs salariés", "une résolution de X, de Y";
		// or inside a mention "les ministres ... de la France")
		return false
	}
	k := s.men[a]
	if k >= s.mst[b] || !s.inAt("conj", k) {
		return false
	}
	k++
	if k >= s.mst[b] || !s.inAt("genitive", k) {
		return false
	}
	for k++; k < s.mst[b]; k++ {
		if !s.isDet(k) {
			return false
		}
	}
	return true
}

// genPairEN: "officials from the United States and China", "representatives
// of the Sudanese army and the RSF": two mentions coordinated by "and" (and
// determiners) inside the genitive of a state role noun (`govhead`); the
// genitive is not repeated in English. English.
func (s *sent) genPairEN(a, b int) bool {
	if s.mst[a] < 0 || s.mst[b] < 0 {
		return false
	}
	pa := s.prepBefore(s.mst[a])
	if pa < 1 || !s.inAt("genitive", pa) || !s.inAt("govhead", pa-1) {
		return false
	}
	k := s.men[a]
	if k >= s.mst[b] || !s.inAt("conj", k) {
		return false
	}
	return s.onlyArticles(k+1, s.mst[b])
}

// govAgentEN: a bare country owned by a state role noun of no country
// ("officials from China", "representatives of Mali", also second in a
// coordination: "officials from the United States and China") acts as its
// government. English.
func (s *sent) govAgentEN(m int) bool {
	if m < 0 || s.mst[m] < 0 || s.a.Actors[s.ments[m]].Kind != "country" || len(s.codes[m]) != 3 || s.lx.in("regioncode", strings.ToLower(s.codes[m])) {
		return false
	}
	pb := s.prepBefore(s.mst[m])
	if pb > 0 && s.inAt("genitive", pb) && s.inAt("govhead", pb-1) {
		// "recalled its envoy from Turkey": the possessor's envoy, not
		// Turkey's representative (enwire3.go ownedFrom; lead, eighth session)
		return !s.ownedFrom(pb)
	}
	return m > 0 && s.genPairEN(m-1, m)
}

// headlineCountry returns the country mention that opens the sentence
// before a colon ("Syrie : Human Rights Watch dénonce ...", "Mali : ..."),
// when the anchor at i follows the colon and the colon is the first clause
// limit; -1 otherwise (French).
func (s *sent) headlineCountry(i int) int {
	if s.lx.lang != "fr" || len(s.toks) < 3 {
		return -1
	}
	m := s.actor[0]
	if m < 0 && s.isDet(0) && len(s.toks) > 1 {
		m = s.actor[1]
	}
	if m < 0 || s.mst[m] > 1 || s.a.Actors[s.ments[m]].Kind != "country" || len(s.codes[m]) != 3 || s.codes[m][:3] == "---" || s.lx.in("regioncode", strings.ToLower(s.codes[m])) {
		if p := s.headlinePlaceLead(i); p >= 0 {
			return p // "Séisme en Turquie : ..." (frrecall5.go)
		}
		return s.rubricCountry() // "Irak. Des manifestants ..." (headline_fr.go)
	}
	if e := s.men[m]; s.norm(e) != ":" {
		return s.rubricCountry() // "Iran. Washington impose ..." (headline_fr.go)
	} else if e >= i {
		return -1
	}
	return m
}

// firstAgainstList reports a both-sides group of three mentions or more
// whose first two are joined by "et" and the rest by commas ("entre la
// Grèce et la BCE, la Commission européenne et le FMI"): the first is one
// side, the list after "et" the other (French).
func (s *sent) firstAgainstList(g []int) bool {
	if s.lx.lang != "fr" || len(g) < 3 {
		return false
	}
	for k := 1; k < len(g); k++ {
		if s.mst[g[k]] < 0 || s.mst[g[k-1]] < 0 || s.mst[g[k]] < s.men[g[k-1]] {
			return false
		}
	}
	conj, comma := false, false
	for k := s.men[g[0]]; k < s.mst[g[1]]; k++ {
		conj = conj || s.inAt("conj", k)
		comma = comma || s.norm(k) == ","
	}
	if !conj || comma {
		return false
	}
	for k := s.men[g[1]]; k < s.mst[g[2]]; k++ {
		if s.norm(k) == "," {
			return true
		}
	}
	return false
}

// placeMention reports a mention of a country or city introduced by a
// place preposition ("à Lausanne", "in Geneva").
func (s *sent) placeMention(m int) bool {
	if s.mst[m] < 0 || s.a.Actors[s.ments[m]].Kind != "country" {
		return false
	}
	pb := s.prepBefore(s.mst[m])
	return pb >= 0 && s.inAt("placeprep", pb)
}

// agentOwnerPrep returns the preposition before "(det) NOUN PARTICIPLE
// par" when pb is that agent preposition ("sur les crimes commis par",
// "contre la décision prise par"), -1 otherwise (French).
func (s *sent) agentOwnerPrep(pb int) int {
	if s.lx.lang != "fr" || pb < 3 || s.norm(pb) != s.lx.agentPrep() || s.actor[pb-1] >= 0 {
		return -1
	}
	if !s.partForm(pb - 1) {
		return -1
	}
	k := pb - 2
	words := 0
	for ; k > 0 && words < 3 && (s.isDet(k) || s.plainWord(k)) && !s.isPrep(k); k-- {
		if !s.isDet(k) {
			words++
		}
	}
	if words == 0 || !s.isPrep(k) {
		return -1
	}
	if k > 0 && s.isPrep(k-1) {
		return k - 1
	}
	return k
}

// instrumentAgent reports the agent preposition pb of a participle that
// follows the agent phrase of the passive participle at i: "tué par « un
// tir d'obus lancé par X »" (the noun may have one genitive complement; a
// quote mark may open the phrase) (French).
func (s *sent) instrumentAgent(i, pb int) bool {
	if s.lx.lang != "fr" || pb < 3 || s.norm(pb) != s.lx.agentPrep() || !s.partForm(pb-1) || s.actor[pb-1] >= 0 {
		return false
	}
	k := pb - 2
	words, gen := 0, false
	for ; k > i && words < 3; k-- {
		switch {
		case s.isDet(k) || s.norm(k) == "«":
		case s.plainWord(k):
			words++
		case !gen && words > 0 && s.inAt("genitive", k) && s.plainWord(k-1):
			gen = true
		default:
			if words == 0 || s.norm(k) != s.lx.agentPrep() {
				return false
			}
			for j := i + 1; j < k; j++ {
				// (the first "par" right after the participle, a time
				// or an adverb between)
				if !s.inTime(j) && !s.frenchAdverb(j) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// headPrep returns the preposition before "(det) NOUN de" when pb is that
// genitive and NOUN a role or asset noun (`genitivehead`: "contre une base
// de", "avec des représentants du"), -1 otherwise (French).
func (s *sent) headPrep(pb int) int {
	if s.lx.lang != "fr" || pb < 2 || !s.inAt("genitive", pb) || !s.inAt("genitivehead", pb-1) || s.actor[pb-1] >= 0 {
		return -1
	}
	k := pb - 2
	for d := 0; k > 0 && d < 2 && s.isDet(k) && !s.isPrep(k); d++ {
		k--
	}
	if k >= 0 && s.isPrep(k) {
		if k > 0 && s.isPrep(k-1) {
			// "avec des représentants": "des" is the article here
			return k - 1
		}
		return k
	}
	return -1
}

// govAgent reports a country mention m named as the owner of a state
// role noun (`govhead`: "des représentants du Mali", "une délégation de
// la Guinée", "le porte-parole de la France"): the event's actor is that
// country's government (French).
func (s *sent) govAgent(m int) bool {
	if s.lx.lang == "en" && s.govAgentEN(m) {
		return true
	}
	if s.lx.lang != "fr" || m < 0 || s.mst[m] < 0 || s.a.Actors[s.ments[m]].Kind != "country" || s.lx.in("regioncode", strings.ToLower(s.codes[m])) {
		return false
	}
	pb := s.prepBefore(s.mst[m])
	return pb > 0 && s.inAt("genitive", pb) && s.inAt("govhead", pb-1)
}

// bareAgentWord reports the head noun of a common-noun mention: in English
// the last token of a mention of no country ("asked Germany for more tanks", "lifted the ban on
// political parties"), in French the first after an article of an agent
// mention, whatever country it was given ("a déployé
// des policiers supplémentaires", "renforcer les effectifs de
// gendarmes"): a far pattern word may match it, not a word inside a coded
// name ("the Intelligence Service", "la Direction générale de la police").
func (s *sent) bareAgentWord(k int) bool {
	m := s.actor[k]
	if m < 0 {
		return false
	}
	if s.lx.lang == "en" {
		// (also an agent the coder lent a country: "his health minister"
		// after "Peru's opposition", country.go)
		return s.men[m] == k+1 && (strings.HasPrefix(s.codes[m], "---") || s.docCountryAgent(m) || s.lentAgent(m))
	}
	// an organisation mention opened by a lower-case common noun ("d'observateurs de l'Union
	// africaine", "les casques bleus de l'ONU") has that noun as its head as well: it describes
	// the people, the name follows (a capitalised first word is part of the name)
	if kind := s.a.Actors[s.ments[m]].Kind; kind != "agent" && (kind != "org" || capital(s.toks[k].Text)) {
		return false
	}
	st := s.mst[m]
	if st < k && s.isDet(st) {
		st++
	}
	return k == st
}

// repeatedPrep reports that the preposition at k repeats the one
// introducing mention a: the same family ("à ..., à ..."), or both place
// prepositions (`placeprep`: "au Japon et en Corée du Sud").
func (s *sent) repeatedPrep(k, a int) bool {
	pa := s.prepBefore(s.mst[a])
	if pa < 0 || !s.isPrep(k) || s.actor[k] >= 0 {
		return false
	}
	if s.inAt("placeprep", pa) && s.inAt("placeprep", k) {
		return true
	}
	for _, f := range s.ids[k] {
		if s.lx.preps[s.lx.names[f.word]] && s.matchAny(pa, []int32{f.word}) {
			return true
		}
	}
	return false
}

// ownedChain reports that the tokens from a up to b are a noun, a
// genitive, a policy or weapon noun (`policynoun`, `meansnoun`) and
// lower-case nouns, adjectives, articles or genitives (at most eight
// tokens): "abandon du projet de loi", "tir de missile". The owner after b
// owns what the first noun acts on ("la mort de trois soldats de l'armée"
// names a victim, no owner).
func (s *sent) ownedChain(a, b int) bool {
	if b-a > 8 || a+2 >= b || !s.plainWord(a) || !s.inAt("genitive", a+1) {
		return false
	}
	n := a + 2
	for n < b && s.isDet(n) {
		n++
	}
	if n >= b || !s.plainWord(n) || !s.inAt("policynoun", n) && !s.inAt("meansnoun", n) {
		return false
	}
	for k := n + 1; k < b; k++ {
		if !s.plainWord(k) && !s.inAt("genitive", k) && !s.isDet(k) {
			return false
		}
	}
	return true
}

// plainObject reports a noun phrase that is no actor right after the
// pattern's last element k, the object of the verb ("bombed rebel-held
// areas in Idlib", "ont bombardé des zones rebelles à Idleb"): an article
// or a plain word, not a preposition, a place preposition or punctuation.
func (s *sent) plainObject(k int) bool {
	if k >= len(s.toks) || s.actor[k] >= 0 || s.toks[k].Kind != dyad.Word {
		return false
	}
	if s.isDet(k) {
		return true
	}
	nm := s.norm(k)
	return !s.isPrep(k) && !s.lx.in("placeprep", nm) && !s.lx.in("conj", nm) && !s.lx.in("stop", nm) && !s.verbForm(k)
}

// verbObjectPronoun reports that the token after the English verb at i is
// a personal object pronoun ("received him", "arrested them"; "her" only
// when no noun follows: "praised her government" is a possessive).
func (s *sent) verbObjectPronoun(i int) bool {
	if s.lx.lang != "en" || i+1 >= len(s.toks) || s.actor[i+1] >= 0 || !s.inAt("verbobjpron", i+1) {
		return false
	}
	if !s.inAt("possessivepron", i+1) || i+2 >= len(s.toks) {
		return true
	}
	k := i + 2
	return s.toks[k].Kind != dyad.Word || s.isPrep(k) || s.inAt("stop", k) || s.inAt("conj", k) || s.inAt("rel", k)
}

// objectAntecedent finds what the object pronoun after the verb at i
// stands for: the closest person, body or group named before the verb in
// the sentence that is not the source (nor of its code) and not a place;
// else the previous sentence's source; -1 when neither.
func (s *sent) objectAntecedent(i int, src []int) int {
	other := func(m int) bool {
		for _, x := range src {
			if x == m || s.codes[x] == s.codes[m] {
				return false
			}
		}
		return true
	}
	for k := i - 1; k >= 0; k-- {
		m := s.actor[k]
		if m < 0 {
			continue
		}
		k = s.mst[m]
		switch s.a.Actors[s.ments[m]].Kind {
		case "person", "agent", "group", "org", "compound":
			if other(m) && !s.placeMention(m) {
				return m
			}
		}
	}
	if s.prevSent && len(s.prev) == 1 && other(s.prev[0]) {
		return s.prev[0]
	}
	return -1
}

// ownAgent reports whether mention m is an agent of unknown country after
// "its"/"their" (ownposs): "offered its troops to Iraq's president",
// the subject's own troops, neither the target nor the owner of the
// object (dyad <round enprec>).
func (s *sent) ownAgent(m int) bool {
	return m >= 0 && m < len(s.codes) && s.mst[m] > 0 && strings.HasPrefix(s.codes[m], "---") &&
		s.inAt("ownposs", s.mst[m]-1)
}

// sentMeans reports whether mention m, armed forces or a weapon of no
// country named ("an additional aircraft carrier", "more troops"), is what
// a cooperation or aid event (06x, 07x) sends, the source's own means and
// not the event's target ("announced it would send an additional aircraft
// carrier to the eastern Mediterranean").
func (s *sent) sentMeans(code string, m int) bool {
	if m < 0 || m >= len(s.codes) || !(strings.HasPrefix(code, "06") || strings.HasPrefix(code, "07") || strings.HasPrefix(code, "15")) {
		return false
	}
	c := s.codes[m]
	if strings.HasPrefix(code, "15") {
		// "placed some military units on higher alert": armed forces of
		// no named country put on alert or mobilised are the source's
		// own (pairs10; police keep their owner, en_codes2_test)
		return len(c) >= 6 && c[:3] == "---" && c[3:6] == "MIL"
	}
	return len(c) >= 6 && c[:3] == "---" && c[3:6] == "MIL"
}

// predicateNoun reports whether mention m is a bare singular noun of the
// predicatenoun list right after a verb ("they had taken hostage",
// "aid workers held captive"): the victims stand elsewhere, the word
// names no target (dyad <round enprec>).
func (s *sent) predicateNoun(m int) bool {
	if m < 0 || m >= len(s.codes) || s.mst[m] <= 0 || s.men[m] != s.mst[m]+1 {
		return false
	}
	return s.inAt("predicatenoun", s.mst[m]) && s.verbForm(s.mst[m]-1)
}

// onTopic reports an English mention m introduced by "on" right after a
// noun of a gathering or a text (`ontopicnoun`: talks, meeting, resolution,
// report): what it is about ("peace talks on Sudan").
func (s *sent) onTopic(m int) bool {
	if s.lx.lang != "en" || m < 0 || s.mst[m] < 2 {
		return false
	}
	pb := s.mst[m] - 1
	if s.isDet(pb) && pb > 1 {
		pb--
	}
	return s.inAt("ontopicprep", pb) && s.inAt("ontopicnoun", pb-1)
}
