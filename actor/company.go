package actor

// Companies named by a business form: a noun of the "bizform" set after a
// determiner and before a capitalised name ("la société Dacia", "le groupe
// France Télécom"), or a capitalised name before a legal form of the
// "bizsuffix" set ("Petrom SA", "Siemens GmbH", "Acme Ltd"), is one
// mention coded ---BUS (kind org: the document country does not reach it).
// A country or demonym inside the name is part of the name, not an actor
// ("France Télécom SA"). The name must hold at least one unit no
// dictionary knows; a known body ("le groupe État islamique", "Apple Inc.")
// keeps its code.
func companies(us []unit, ms []mention) []mention {
	if len(us) < 2 {
		return ms
	}
	forms, sufs := wordSet("bizform"), wordSet("bizsuffix")
	cand := false
	for k := 1; k < len(us) && !cand; k++ {
		// cheap case tests first: a legal form is capitalised, a business
		// noun is followed by a capitalised unit
		cand = us[k].cap && sufs[us[k].norm] || k+1 < len(us) && us[k+1].cap && !us[k].cap && forms[us[k].norm]
	}
	if !cand {
		return ms
	}
	det := wordSet("det")
	// owner[k]: index in ms of the mention covering unit k, or -1
	owner := make([]int, len(us))
	for k := range owner {
		owner[k] = -1
	}
	for x, m := range ms {
		for k := m.i; k < m.j && k < len(us); k++ {
			owner[k] = x
		}
	}
	// name unit: capitalised, not a non-name word, free or a country word
	nameUnit := func(k int) bool {
		u := us[k]
		if !u.cap || notName[u.norm] || forms[u.norm] || sufs[u.norm] && u.first && k > 0 {
			return false
		}
		return owner[k] < 0 || ms[owner[k]].kind == "country"
	}
	var spans [][2]int
	for k := 0; k < len(us); k++ {
		u := us[k]
		switch {
		case forms[u.norm] && !u.cap && k > 0 && det[us[k-1].norm] && k+1 < len(us) && (owner[k] < 0 || ms[owner[k]].kind == "agent" && ms[owner[k]].i == k && ms[owner[k]].j == k+1):
			e, free := k+1, false
			for e < len(us) && e-k <= 4 && nameUnit(e) && joined(us, e-1, e) {
				free = free || owner[e] < 0
				e++
			}
			// a country mention must not be cut in two
			if e < len(us) && owner[e] >= 0 && owner[e-1] == owner[e] {
				continue
			}
			if e == k+2 && us[k+1].upper && len(us[k+1].norm) <= 4 && u.norm == "groupe" {
				continue // a parliamentary group: "le groupe UMP", "du groupe PS"
			}
			if e > k+1 && free && us[e-1].last {
				spans = append(spans, [2]int{k, e})
				k = e - 1
			}
		case sufs[u.norm] && u.first && u.last && k > 0 && (u.upper || len(u.norm) >= 3 && u.cap) && owner[k] < 0:
			// "Petrom SA", "Acme Ltd"; not "Nock Ag"
			st, free := k, false
			for st > 0 && k-st < 4 && nameUnit(st-1) && joined(us, st-1, st) {
				free = free || owner[st-1] < 0
				st--
			}
			if st < k && free && (owner[st] < 0 || ms[owner[st]].i == st) {
				spans = append(spans, [2]int{st, k + 1})
			}
		}
	}
	if len(spans) == 0 {
		return ms
	}
	out := make([]mention, 0, len(ms)+len(spans))
	x := 0
	for _, sp := range spans {
		for x < len(ms) && ms[x].i < sp[0] {
			out = append(out, ms[x])
			x++
		}
		for x < len(ms) && ms[x].i < sp[1] {
			x++ // inside the company's name
		}
		out = append(out, mention{i: sp[0], j: sp[1], kind: "org", code: "---BUS",
			name: unitsText(us, sp[0], sp[1]), where: "company", nodoc: true})
	}
	out = append(out, ms[x:]...)
	return out
}

// joined: units a and b are consecutive with no token (comma, quote...)
// between them.
func joined(us []unit, a, b int) bool {
	return us[b].tok <= us[a].tokEnd+1
}
