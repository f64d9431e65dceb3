package actor

import "strings"

// Companies named by a business form: a noun of the "bizform" set after a
// determiner and before a capitalised name ("la société Dacia", "le groupe
// France Télécom"), or a capitalised name before a legal form of the
// "bizsuffix" set ("Petrom SA", "Siemens GmbH", "Acme Ltd"), is one
// mention coded ---BUS (kind org: the document country does not reach it).
// A country or demonym inside the name is part of the name, not an actor
// ("France Télécom SA"). The name must hold at least one unit no
// dictionary knows; a known body ("le groupe État islamique", "Apple Inc.")
// keeps its code.
//
// Between the business noun and the name may stand up to three lower-case
// words, each a word of the "bizmod" set ("le constructeur automobile
// Dacia", "la compagnie aérienne Ryanair") or a nationality adjective ("le
// constructeur français PSA"); a nationality right before the noun does the
// same in English ("the Japanese carmaker Nissan"). The nationality gives
// the company its country: COUNTRY+BUS (Phoenix.agents.txt COMPANY [~BUS]
// after a country), otherwise ---BUS. demonym(k) is the country code of unit
// k read alone as a nationality word, or "".
func companies(us []unit, ms []mention, demonym func(k int) string) []mention {
	if len(us) < 2 {
		return ms
	}
	forms, sufs, mods := wordSet("bizform"), wordSet("bizsuffix"), wordSet("bizmod")
	cand := false
	for k := 1; k < len(us) && !cand; k++ {
		// cheap case tests first: a legal form is capitalised, a business
		// noun is followed by a capitalised unit (possibly after modifiers)
		cand = us[k].cap && sufs[us[k].norm]
		if !cand && !us[k].cap && forms[us[k].norm] {
			for e := k + 1; e < len(us) && e <= k+4; e++ {
				if us[e].cap {
					cand = true
					break
				}
			}
		}
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
	type span3 struct {
		i, j int
		code string
		keep int // index in ms of a known company the span extends, or -1
	}
	var spans []span3
	for k := 0; k < len(us); k++ {
		u := us[k]
		switch {
		case forms[u.norm] && !u.cap && k > 0 && k+1 < len(us) && (owner[k] < 0 || ms[owner[k]].kind == "agent" && ms[owner[k]].i == k && (ms[owner[k]].j == k+1 || ms[owner[k]].role == "BUS")):
			st, cc := k, ""
			if !det[us[k-1].norm] {
				// "the Japanese carmaker Nissan": a nationality between
				if k < 2 || !det[us[k-2].norm] || us[k-1].cap && (owner[k-1] < 0 || ms[owner[k-1]].kind != "country") {
					continue
				}
				if cc = demonym(k - 1); cc == "" {
					continue
				}
				st = k - 1
			}
			e := k + 1
			if owner[k] >= 0 {
				e = ms[owner[k]].j // "compagnie aérienne", "banque britannique"
				if c := ms[owner[k]].country; c != "" && cc == "" {
					cc = c
				}
			}
			for n := 0; n < 3 && e < len(us) && !us[e].cap && joined(us, e-1, e); n++ {
				if c := demonym(e); c != "" && cc == "" {
					cc = c
				} else if !mods[us[e].norm] {
					break
				}
				e++
			}
			s0, free := e, false
			if s0 == len(us) {
				continue
			}
			if x := owner[s0]; x >= 0 && ms[x].i == s0 && joined(us, s0-1, s0) && ms[x].kind == "org" && (strings.HasPrefix(ms[x].code, "MNC") || strings.HasSuffix(ms[x].code, "BUS")) {
				// a known company after its business noun ("le constructeur
				// français PSA", "the Japanese carmaker Nissan"): one mention,
				// the company's own code
				end := ms[x].j
				for end < len(us) && end-s0 < 4 && nameUnit(end) && joined(us, end-1, end) {
					end++ // "le groupe Renault France": a subsidiary's name
				}
				spans = append(spans, span3{st, end, "", x})
				k = end - 1
				continue
			}
			for e < len(us) && e-s0 < 4 && nameUnit(e) && joined(us, e-1, e) {
				free = free || owner[e] < 0
				e++
			}
			if e == s0 {
				continue
			}
			// a country mention must not be cut in two
			if e < len(us) && owner[e] >= 0 && owner[e-1] == owner[e] {
				continue
			}
			if e == s0+1 && us[s0].upper && len(us[s0].norm) <= 4 && wordSet("group-noun")[u.norm] {
				continue // a parliamentary group: "le groupe UMP", "du groupe PS"
			}
			if free && us[e-1].last {
				code := "---BUS"
				if len(cc) == 3 {
					code = cc + "BUS"
				}
				spans = append(spans, span3{st, e, code, -1})
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
				spans = append(spans, span3{st, k + 1, "---BUS", -1})
			}
		}
	}
	if len(spans) == 0 {
		return ms
	}
	out := make([]mention, 0, len(ms)+len(spans))
	x := 0
	for _, sp := range spans {
		for x < len(ms) && ms[x].i < sp.i {
			out = append(out, ms[x])
			x++
		}
		for x < len(ms) && ms[x].i < sp.j {
			x++ // inside the company's name
		}
		if sp.keep >= 0 {
			m := ms[sp.keep]
			m.i, m.j = sp.i, sp.j
			out = append(out, m)
			continue
		}
		out = append(out, mention{i: sp.i, j: sp.j, kind: "org", code: sp.code,
			name: unitsText(us, sp.i, sp.j), where: "company", nodoc: true})
	}
	out = append(out, ms[x:]...)
	return out
}

// joined: units a and b are consecutive with no token (comma, quote...)
// between them.
func joined(us []unit, a, b int) bool {
	return us[b].tok <= us[a].tokEnd+1
}

// companyCountry is the country of a company's code: MNCFRA, MNCUSAHLH ->
// FRA, USA; FRABUS -> FRA; "" for MNC, ---BUS and codes without a country.
func companyCountry(code string) string {
	if strings.HasPrefix(code, "MNC") {
		code = code[3:]
	}
	if len(code) >= 3 && isCountryCode(code[:3]) {
		return code[:3]
	}
	return ""
}
