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
