package actor

// mergeSameAgents (lead, 2026-11-27, fourth session): two agent mentions
// that touch, with no word or punctuation between them, and name the same
// role ("separatist insurgents", both REB; "opposition protesters", both
// OPP) are one actor: the head noun's mention, stretched over the modifier.
// Left as two, the modifier stood between a coordination and its head
// ("Thai security forces and separatist insurgents clashed" took only
// "insurgents" as subject and lost the other party of the clash). Only
// mentions of one country (or none): "President" (no country) before
// "Bouteflika's government" stays apart (the coder reads that pair).
func mergeSameAgents(us []unit, ms []mention) []mention {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		for k+1 < len(ms) {
			n := ms[k+1]
			if m.kind != "agent" || n.kind != "agent" || m.role == "" || m.role != n.role || m.role[0] == '@' ||
				n.i != m.j || !touching(us, m.j-1, n.i) || m.country != n.country {
				break
			}
			n.i = m.i
			m = n
			k++
		}
		out = append(out, m)
	}
	return out
}
