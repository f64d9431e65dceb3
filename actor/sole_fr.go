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
func (s *Stage) soleCountryFr(ms []mention) {
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
		c := ""
		for x, o := range ms {
			if x == k || o.where == "company" {
				continue // (a company's nationality, "le groupe japonais X", is not where the act happens)
			}
			oc, orole := o.stateAndRole()
			if oc == "" || !s.isState(oc) {
				continue
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
