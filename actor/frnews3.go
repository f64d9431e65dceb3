package actor

// memberCountry (frnews3 round, 2026-11-26): a group of no country named
// with one of its members ("certains syndicats, dont la CFDT", "plusieurs
// partis, notamment le SPD", "unions, including the AFL-CIO") belongs to
// the member's country, when the member is coded with that country and
// the group's role: FRALAB for the unions. The member follows the group
// after a comma (optional) and a word of the `member-intro` set, with an
// optional determiner; only agents (common nouns) of no country take it.
func memberCountry(us []unit, ms []mention) {
	for k := 0; k+1 < len(ms); k++ {
		m := &ms[k]
		if m.kind != "agent" || m.country != "" || len(m.role) < 3 {
			continue
		}
		o := ms[k+1]
		oc, role := o.stateAndRole()
		if o.kind == "agent" || oc == "" || len(role) < 3 || role[:3] != m.role[:3] {
			continue
		}
		g := m.j
		if g < len(us) && us[g].norm == "," {
			g++
		}
		if g >= len(us) || !wordSet("member-intro")[us[g].norm] {
			continue
		}
		g++
		if g < o.i && wordSet("det")[us[g].norm] {
			g++
		}
		if g != o.i {
			continue
		}
		m.country, m.ctxFill = oc, true
	}
}

// centralGovernment (frnews3): "le gouvernement central", "le pouvoir
// central", "les autorités fédérales" of no country, in a sentence whose
// other side is a local official of a known country ("le maire de Pékin
// a rejeté sur le gouvernement central la responsabilité"), are that
// country's: a central government is central to the local one. Only a
// local official (word set `local-official`) gives the country, and only
// when all local officials of the sentence agree.
func centralGovernment(ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.kind != "agent" || m.country != "" || len(m.role) < 3 || m.role[:3] != "GOV" || !hasWordOf(m.agentW, "central-adj") {
			continue
		}
		c := ""
		for x, o := range ms {
			if x == k || o.kind != "agent" || o.country == "" || !hasWordOf(o.agentW, "local-official") {
				continue
			}
			if c != "" && c != o.country {
				c = "-"
				break
			}
			c = o.country
		}
		if c != "" && c != "-" {
			m.country, m.ctxFill = c, true
		}
	}
}
