package actor

import "strings"

// soleCountryFr (French): a bare agent of the sentence takes the one country
// every other country-coded actor of the sentence has, when the pair is
// domestic by its roles:
//   - a state body (GOV, MIL, LEG, JUD, COP, SPY) facing only non-state actors
//     of that country ("le député Antoni Pastor" excluded by "le Parti
//     populaire" ESPPTY -> ESPLEG); courts and police (JUD, COP) facing any;
//   - the opposition (OPP) facing that country's state ("les opposants" tortured
//     in "les prisons syriennes" SYRCOP -> SYROPP): an opposition is domestic.
//
// Rebels, insurgents, civilians and the rest are left alone: foreign troops
// and foreign strikes are too often the other side.
//
// Companies, media ("l'agence Reuters", "la chaîne Al-Jazira", SANA
// SYRGOVMED) and the source of an attribution ("selon l'AFP", "d'après le
// quotidien X", words of the `attribution` set) do not vote: who reports or
// trades is not where the act happens ("L'agence Reuters a interrogé le
// ministre" leaves the minister ---GOV).
func (s *Stage) soleCountryFr(us []unit, ms []mention) {
	s.soleCountryAgents(us, ms, false)
}

// soleCountryAgents is soleCountryFr; with en (actors round 9, English) only
// the opposition, the police and the courts are taken ("The opposition called
// on President Nicolas Maduro" VENOPP, "Police opened an investigation into
// the mayor of Istanbul" TURCOP): English state bodies facing one country's
// people are as often foreign forces ("Troops killed Afghan civilians").
func (s *Stage) soleCountryAgents(us []unit, ms []mention, en bool) {
	for k := range ms {
		m := &ms[k]
		role := ""
		switch {
		case m.kind == "agent" && m.country == "" && !strings.HasPrefix(m.role, "@") && len(m.role) >= 3:
			role = m.role[:3]
		case m.kind != "agent" && strings.HasPrefix(m.code, "---") && len(m.code) >= 6:
			role = m.code[3:6] // a title and an unknown name: "le député Antoni Pastor"
		default:
			continue
		}
		if !stateRoles[role] && role != "OPP" {
			continue
		}
		if en && role != "OPP" && !domesticRoles[role] {
			continue
		}
		if envoyAgent(m.agentW) {
			continue // "le médiateur a rencontré les rebelles maliens": an envoy acts abroad
		}
		if m.nodoc {
			continue // "les troupes étrangères", "les combattants kurdes": not the others' country
		}
		c := ""
		for x, o := range ms {
			if x == k || o.where == "company" || o.ownedAdj || o.posted || isMediaMention(o) || attributed(us, o) || awayMention(us, o) {
				continue // (a company's nationality, "le groupe japonais X", is not where the act happens)
			}
			oc, orole := o.stateAndRole()
			if oc == "" || !s.isState(oc) {
				continue
			}
			if domesticRoles[role] && foreignPresence(o) {
				c = "-" // diplomats, nationals abroad: not the police's country (country.go)
				break
			}
			if en && x < k {
				c = "-" // English: only an agent acting first ("The government of Peru sent police": the police are its means)
				break
			}
			ostate := orole == "" || stateRoles[orole[:min(3, len(orole))]]
			switch {
			case role == "OPP" && (orole == "" || !ostate):
				// the opposition facing a country named alone or another
				// non-state actor: no evidence it is that country's
				c = "-"
			case role != "OPP" && !domesticRoles[role] && ostate:
				// "le gouvernement a accusé la France": a state facing a state
				c = "-"
			case c != "" && c != oc[:3]:
				c = "-"
			}
			if c == "-" {
				break
			}
			c = oc[:3]
		}
		if c != "" && c != "-" {
			if m.kind == "agent" {
				m.country = c
			} else {
				m.code = c + m.code[3:]
			}
		}
	}
}

// isMediaMention: an outlet (a media entry) or an actor whose role is the
// media ("journalistes américains" USAMED, SANA SYRGOVMED).
func isMediaMention(m mention) bool {
	if m.entry != nil && m.entry.Kind == "media" {
		return true
	}
	code := m.code
	if m.kind == "agent" {
		code = m.role
	}
	return strings.HasSuffix(code, "MED")
}

// attributed: the mention is the source of an attribution, a word of the
// `attribution` set ("selon", "d'après"; an elided item written whole)
// before it, determiners and quantities between ("selon l'AFP", "selon des
// sources américaines", "d'après le quotidien Le Monde").
func attributed(us []unit, m mention) bool {
	g := m.i - 1
	for g >= 0 && wordSet("det")[us[g].norm] {
		g--
	}
	if g < 0 {
		return false
	}
	set := wordSet("attribution")
	if set[us[g].norm] {
		return true
	}
	return g > 0 && set[us[g-1].norm+us[g].norm]
}

// envoyAgent: the agent's words hold a noun of the `envoy` set (a state's
// representative abroad: médiateur, émissaire, ambassadeur, diplomate); the
// actors it faces are no evidence of its country.
func envoyAgent(words string) bool {
	for _, w := range strings.Fields(words) {
		if wordSet("envoy")[w] {
			return true
		}
	}
	return false
}
