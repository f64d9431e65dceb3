package actor

import "strings"

// Actors round 8 (sectors): the country or the sector of an agent taken from
// the other actors of its sentence.

// rebelsAtHome: armed non-state fighters of no country (REB, INS:
// "des jihadistes", "insurgents") named before the forces of a state (an
// army, a police, a government: MIL, COP, GOV) in a sentence whose
// country-coded actors are all of that one state are that state's own
// rebels: "Des jihadistes ont tué vingt soldats burkinabè" BFAREB,
// "Jihadists detonated a bomb as a Malian army convoy passed" MLIREB, as the
// parallel wire gold codes them. Only before the forces (the fighters acting
// on them): "Israeli soldiers killed three militants" leaves the militants
// alone (a state's forces fight abroad), and so does a pair named together
// ("les rebelles et l'armée française"); any actor of another country, and
// the sources and outlets soleCountryFr skips, leave it alone too.
func (s *Stage) rebelsAtHome(us []unit, ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.kind != "agent" || m.country != "" || m.nodoc || m.settler || len(m.role) < 3 || !wordSet("home-armed-roles")[strings.ToLower(m.role[:3])] {
			continue
		}
		if m.j < len(us) && (wordSet("and-or")[us[m.j].norm] || wordSet("and-fr")[us[m.j].norm]) {
			continue // "Les rebelles et l'armée française se sont affrontés": two sides named together
		}
		c, forces := "", false
		for x, o := range ms {
			if x == k || o.where == "company" || o.ownedAdj || o.posted || isMediaMention(o) || attributed(us, o) {
				continue
			}
			oc, role := o.stateAndRole()
			if oc == "" || !s.isState(oc) {
				continue
			}
			if c != "" && c != oc[:3] {
				c = "-"
				break
			}
			c = oc[:3]
			if x > k && len(role) >= 3 && wordSet("home-force-roles")[strings.ToLower(role[:3])] {
				forces = true
			}
			if x > k && s.placeOfState(us, o) {
				forces = true // round 9: "Rebel fighters seized the city of Homs" SYRREB
			}
		}
		if forces && c != "" && c != "-" {
			m.country, m.ctxFill = c, true
		}
	}
}

// clauseSubjectCountry: a state's body of no country opening a clause
// coordinated to one whose subject is a country named alone at the start of
// the sentence belongs to that country: "Le Niger a expulsé un diplomate
// français et la junte a suspendu les visas" NERGOV, "North Korea tested a
// missile and the army threatened Seoul" PRKMIL. The body follows "et"/"and"
// (word set `clause-coord`) and a determiner, and a finite verb follows it
// (an auxiliary of the `clause-aux` set or an English past in -ed), so an
// object coordinated to another ("a expulsé le diplomate et l'ambassadeur")
// is left alone; envoys are left alone too.
func clauseSubjectCountry(us []unit, ms []mention) {
	if len(ms) < 2 || ms[0].kind != "country" || len(ms[0].code) != 3 || ms[0].ownedAdj {
		return
	}
	if g := ms[0].i; g > 1 || g == 1 && !wordSet("det")[us[0].norm] {
		return
	}
	c := ms[0].code
	for k := 1; k < len(ms); k++ {
		m := &ms[k]
		if m.kind != "agent" || m.country != "" || m.nodoc || len(m.role) < 3 || !stateRoles[m.role[:3]] || envoyAgent(m.agentW) {
			continue
		}
		if m.i < 2 || !wordSet("det")[us[m.i-1].norm] || !wordSet("clause-coord")[us[m.i-2].norm] || m.j >= len(us) {
			continue
		}
		next := us[m.j].norm
		if !wordSet("clause-aux")[next] && !(len(next) > 4 && endsInSet(next, "past-suffix-en")) {
			continue
		}
		m.country, m.ctxFill = c, true
	}
}

// counterpartRole: "son homologue allemand", "his German counterpart" (word
// set `counterpart-nouns`, GOV in the agent files) holds the office of the
// actor of the sentence whose counterpart it is: the nearest state actor
// named before it that is no counterpart itself ("Le chef d'état-major des
// armées françaises a rencontré son homologue allemand" DEUMIL, "the Turkish
// police chief met his Greek counterpart" GRCCOP). Only state roles; a
// minister's or a president's counterpart stays GOV.
func counterpartRole(ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.kind != "agent" || m.role != "GOV" || !hasWordOf(m.agentW, "counterpart-nouns") {
			continue
		}
		for x := k - 1; x >= 0; x-- {
			o := ms[x]
			if o.kind == "agent" && hasWordOf(o.agentW, "counterpart-nouns") {
				continue
			}
			oc, role := o.stateAndRole()
			if oc == "" || len(role) < 3 || !stateRoles[role[:3]] {
				continue
			}
			m.role = role[:3]
			break
		}
	}
}

// hasWordOf: one of the words of w is in the word set.
func hasWordOf(w, set string) bool {
	for _, f := range strings.Fields(w) {
		if wordSet(set)[f] {
			return true
		}
	}
	return false
}

// placeOfState (actors round 9): the mention is a place inside a state, a
// city, a region or a capital ("the city of Homs", "Kidal", "Damas"), not
// the state's own name ("Syria", "la Syrie") nor its adjective. Armed
// fighters of no country acting on such a place, with no other country in
// the sentence, are that state's (rebelsAtHome): a town is seized or
// attacked by the rebels of its country, while "militants threatened
// France" says nothing of theirs.
func (s *Stage) placeOfState(us []unit, o mention) bool {
	e := o.entry
	if o.kind != "country" || len(o.code) != 3 || e == nil || o.ownedAdj || o.pairAdj || e.Kind == "demonym" {
		return false
	}
	switch {
	case e.Kind == "metonym", strings.Contains(e.Source, "(cities)"), strings.HasPrefix(e.Source, "Phoenix.Countries"):
		return true
	case strings.HasPrefix(e.Source, "phoenix"):
		if id, ok := s.kb.countries[o.code]; ok && id == e.ID {
			return false
		}
		var w []string
		for _, u := range us[o.i:o.j] {
			w = append(w, u.norm)
		}
		return strings.Join(w, " ") != NameKey(e.Name)
	}
	return false
}

// namedPartyEn (English, actors round 9): a party named between a country's
// possessive or its opposition and the word "party" is one mention of that
// country: "Britain's opposition Labour Party" GBROPP (the opposition agent
// gives OPP, CODING.md: a party the text calls the opposition), "Georgia's
// ruling Georgian Dream party" GEOPTY (dyad codes "ruling party" PTY,
// agents_en_dyad.txt), "Spain's Socialist Party" ESPPTY. The name is one to
// three capitalised words no other mention covers.
func namedPartyEn(us []unit, ms []mention) []mention {
	for k := 1; k < len(ms); k++ {
		m := &ms[k]
		if m.kind != "agent" || m.country != "" || m.i != m.j-1 || (m.role != "PTY" && m.role != "OPP") ||
			!wordSet("party-head")[us[m.i].norm] {
			continue
		}
		a := m.i
		for a > 0 && m.i-a < 3 && us[a-1].cap && a-1 >= ms[k-1].j {
			a--
		}
		if a == m.i {
			continue
		}
		p := ms[k-1]
		c, role := "", "PTY"
		switch {
		case p.j == a && p.kind == "agent" && p.country != "" && p.role == "OPP":
			c, role = p.country, "OPP" // "Britain's opposition" + "Labour Party"
		case p.j == a && p.kind == "country" && len(p.code) == 3 && !p.ownedAdj:
			c = p.code // "Spain's Socialist Party"
		case p.j == a-1 && p.kind == "country" && len(p.code) == 3 && wordSet("party-ruling")[us[a-1].norm]:
			c = p.code // "Georgia's ruling Georgian Dream party"
		}
		if c == "" {
			continue
		}
		m.i, m.country, m.role, m.ctxFill = p.i, c, role, true
		ms = append(ms[:k-1], ms[k:]...)
		k--
	}
	return ms
}

// demonymNames (French, actors round 9): a capitalised nationality noun
// after a determiner followed by people's names no dictionary knows is
// those people, citizens of that country (CODING.md: citizens CVL): "les
// Français Marc Durand et Sophie Lenoir" one FRACVL mention, "l'Américain
// John Carter" USACVL (the country alone before; the coder then read the
// detainees' place as their country). Each name is two or three
// capitalised words, the first a given name of some KB person (so "le
// Canadien Northern Telecom", "les Italiens SPECTACLES" are left alone), the
// first right after the noun; names are joined by "et" or a comma.
func (s *Stage) demonymNames(us []unit, ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.kind != "country" || len(m.code) != 3 || m.entry == nil || m.entry.Kind != "demonym" ||
			!us[m.i].cap || m.i == 0 || !wordSet("det")[us[m.i-1].norm] {
			continue
		}
		limit := len(us)
		if k+1 < len(ms) {
			limit = ms[k+1].i
		}
		end, j := m.j, m.j
		for {
			n := 0
			if j >= limit || us[j].tok != us[j-1].tokEnd+1 && j == m.j || s.kb.surnames().given[us[j].norm] == 0 {
				break
			}
			for j < limit && us[j].cap && !us[j].upper && !wordSet("function")[us[j].norm] && n < 3 && (n == 0 || us[j].tok == us[j-1].tokEnd+1) {
				j++
				n++
			}
			if n < 2 || j < limit && us[j].cap && us[j].tok == us[j-1].tokEnd+1 {
				break // a longer run of capitals is no person's name
			}
			end = j
			switch {
			case j+1 < limit && wordSet("and-fr")[us[j].norm] && us[j+1].cap:
				j++
				continue
			case j < limit && us[j].cap && us[j].tok == us[j-1].tokEnd+2:
				continue // "Marc Durand, Paul Henry": a comma between
			}
			break
		}
		if end > m.j {
			m.j, m.code = end, m.code+"CVL"
		}
	}
}
