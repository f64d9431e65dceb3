package actor

import (
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// filter drops the matches that are not actors in their context and
// retypes quantified nationals, before linking:
//
//   - a one-word name of the "ambiguous" word set (given names and common
//     words Phoenix lists as aliases: "Hassan", "Vladimir", "Charlotte");
//   - a one-word place or person name glued to an unmatched capitalised
//     word: it is part of a longer proper name ("Indiana Jones", "Michael
//     Jordan", "Météo France", "Paris Match"), unless the sentence is a
//     title-cased headline;
//   - in French, a nationality adjective right after a common noun that is
//     not an agent or a person noun ("un film américain", "la langue
//     française"; "des sources américaines" stays);
//   - the head of a non-state body ("le président du club", "le porte-parole
//     des équipes", "le secrétaire général du syndicat") takes the body's
//     sector or names no actor;
//   - a capital after a locative preposition is the place, not the
//     government ("un hôtel à Kaboul": AFG), unless it hosts a reception
//     ("reçue à Moscou") or is addressed ("demandé à Moscou de"); so is a
//     capital after a noun of its parts ("le centre de Téhéran");
//   - a French nationality adjective next to an event noun of
//     data/eventnouns_fr.txt names the actor ("une attaque russe", "des
//     frappes israéliennes": ISRMIL); in English before the noun ("a
//     Russian strike"); a lower-case one after "le"/"du"/"l'" is the
//     language ("les usagers du français");
//   - a nationality noun after a number or quantity ("168 Liberians",
//     "des milliers de Syriens") names people: COUNTRY + CVL.
func (s *Stage) filter(sent *dyad.Sentence, us []unit, ms []mention, lang string) []mention {
	if len(ms) == 0 {
		return ms
	}
	toks := sent.Tokens
	covered := make([]bool, len(us))
	for _, m := range ms {
		for k := m.i; k < m.j; k++ {
			covered[k] = true
		}
	}
	titled := titleCased(toks)
	amb, notname := wordSet("ambiguous"), wordSet("notname")
	out := ms[:0]
	for k, m := range ms {
		ek := ""
		if m.entry != nil {
			ek = m.entry.Kind
		}
		single := m.j-m.i == 1
		if m.kind == "agent" && lang == "en" && firedWeapon(toks, us, m) {
			continue // "fired cruise missiles at the base": the weapon fired is no actor (actors round 7)
		}
		if single && ek == "media" && !titled && gluedName(toks, us, covered, notname, m.i-1, m.i, true) {
			continue // "Michael Bloomberg" is not the agency
		}
		if single && ek == "media" && us[m.i].tok == 0 && !us[m.i].upper && m.j < len(us) && wordSet("of-prep")[us[m.j].norm] {
			// "Libération de trois otages au Mali": a one-word title opening a
			// headline or sentence with de/of after it is the common noun
			// (the paper acts as "Libération a révélé", "selon Libération")
			continue
		}
		if single && ek == "org" && strings.HasPrefix(m.code, "MNC") && !titled && !us[m.i].upper &&
			(gluedName(toks, us, covered, notname, m.i-1, m.i, true) || gluedName(toks, us, covered, notname, m.j, m.j-1, false)) {
			// a one-word company name inside another name: "Louis Renault"
			// (a person), "Big Apple", "Renault Captur" (a product)
			continue
		}
		if single && (ek == "person" || ek == "country" || ek == "metonym") {
			if amb[us[m.i].norm] {
				continue
			}
			abbr := ek == "country" && us[m.i].upper && len(us[m.i].norm) <= 3 // "US Predator attacks", "UK Treasury"
			if !titled && (gluedName(toks, us, covered, notname, m.i-1, m.i, true) ||
				!abbr && gluedName(toks, us, covered, notname, m.j, m.j-1, false)) {
				continue
			}
		}
		if (ek == "country" || ek == "metonym") && !titled && nameOfPlace(toks, us, covered, notname, m.i) {
			continue // "Docks de France", "Gaz de France", "la Coupe de France": a name
		}
		if lang == "en" && s.agreementPlace(us, covered, m) {
			continue // gaps2: "the Paris climate agreement" is no French party
		}
		if ek == "metonym" && lang == "en" && len(out) > 0 && foreignSeat(us, out[len(out)-1], m) {
			// sectors3: "the Pakistani Foreign Office", "Pakistan's Foreign
			// Office" are Pakistan's ministry (PAKGOV), not the seat the
			// metonym names alone (GBRGOV): the state's sector under the
			// nationality before it, one mention
			prev := out[len(out)-1]
			m.i, m.code = prev.i, countryPart(prev.code)+m.code[3:]
			out = out[:len(out)-1]
		}
		if ek == "metonym" && len(m.code) > 3 && isCountryCode(m.code) && us[m.i].tok > 0 &&
			(wordSet("locative")[toks[placePrep(toks, us[m.i].tok, lang)].Norm] && !hostOrDative(toks, placePrep(toks, us[m.i].tok, lang), us[m.j-1].tokEnd) ||
				placeOf(toks, us[m.i].tok)) {
			// "à Kaboul", "in Washington", "le centre de Téhéran": the place
			m.code = countryPart(m.code)
		}
		if ek == "metonym" && !isCountryCode(m.code) && us[m.i].tok > 0 && m.j == m.i+1 {
			// "les attentats de Bruxelles", "the Brussels attacks", "le
			// centre de Bruxelles": the city where it happened, not the EU
			// (actors round 7); a bare "à Bruxelles" stays the EU ("on
			// pense à Bruxelles que", "les commissaires représentant leur
			// pays à Bruxelles": bench news, 4 of 11 such places were the EU)
			if c := seatPlace(us[m.i].norm); c != "" && (placeOf(toks, us[m.i].tok) || placeEvent(toks, us, m)) {
				m.code = c
			}
		}
		if (ek == "demonym" || ek == "country" && m.entry != nil && unitsText(us, m.i, m.j) != strings.Join(nameUnits(m.entry.Name), " ")) &&
			m.kind == "country" && quantified(toks, us, m.i) && !wordSet("statehead")[us[m.i].norm] && !(k+1 < len(ms) && ms[k+1].i == m.j && ms[k+1].kind == "agent") &&
			!(lang == "en" && len(m.code) == 3 && s.eventNounNext(toks, us, covered, m, lang)) {
			// "168 Liberians", "thousands of Nigerians": people
			m.kind, m.role, m.country, m.agentW = "agent", "CVL", countryPart(m.code), us[m.i].norm
		} else if lang == "en" && (ek == "demonym" || ek == "country") && m.kind == "country" && len(m.code) == 3 && aNational(toks, us, &m) {
			// enwire5.go: "convicted two Russians and a Ukrainian", "arrested
			// an American": one person of that country
			m.kind, m.role, m.country, m.agentW = "agent", "CVL", countryPart(m.code), us[m.i].norm
		}
		if m.kind == "country" && (ek == "demonym" || ek == "country") && len(m.code) == 3 {
			if role, ok := s.eventActor(toks, us, covered, m, lang); ok {
				// "une attaque russe", "des frappes israéliennes", "a Russian
				// strike": the actor of the action
				if b := eventNounsOf(lang).body[m.code]; b != "" {
					m.code = b // "les sanctions européennes": the EU's (IGOEUREEC)
				}
				m.code += role // kind stays "country", as for "le Pentagone" USAMIL

				out = append(out, m)
				continue
			}
		}
		if ek == "demonym" && m.kind == "country" && lang == "en" && m.i >= 2 && us[m.i-1].norm == "of" && us[m.i-2].cap && !covered[m.i-2] &&
			us[m.i-2].tok > 0 && m.j < len(us) && us[m.j].cap && !covered[m.j] {
			continue // "the Association of Arab Jurists": a word of a proper name
		}
		if ek == "demonym" && m.kind == "country" && lang == "fr" && !us[m.i].cap && us[m.i].tok > 0 &&
			wordSet("language")[toks[us[m.i].tok-1].Norm] {
			continue // "les usagers du français", "il parle le russe": the language
		}
		if ek == "demonym" && m.kind == "country" {
			p := m.i - 1
			if lang == "fr" && p >= 0 && !us[m.i].cap && !covered[p] && touching(us, p, m.i) &&
				!us[p].cap && toks[us[p].tok].Kind == dyad.Word && !wordSet("function")[us[p].norm] &&
				!wordSet("persons")[us[p].norm] && !notName[us[p].norm] &&
				!(p > 0 && us[p-1].cap && us[p-1].tok > 0 && touching(us, p-1, p)) { // "le Parti populaire espagnol"
				if !ownedNoun(us, covered, p) {
					continue // "un film américain"
				}
				// "la frontière ukrainienne": the state, with no vote on
				// the document's or the sentence's country
				m.ownedAdj = true
			}
		}
		if m.kind == "agent" && m.country == "" && strings.HasPrefix(m.role, "GOV") {
			if role, ok := headOf(us, ms, m); ok {
				if role == "" {
					continue // "le président du club"
				}
				m.role = role // "le président de la communauté juive": CVL
			}
		}
		out = append(out, m)
	}
	return out
}

// headOf: an agent naming a head or spokesperson ("président",
// "porte-parole", "secrétaire général") followed by de/du/des/of (+ article)
// and a noun of an orgs word set heads that body: its sector, or "" (no
// actor) for sports and culture bodies.
func headOf(us []unit, ms []mention, m mention) (string, bool) {
	w := m.agentW
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	if !wordSet("heads")[w] || m.j >= len(us) {
		return "", false
	}
	switch us[m.j].norm {
	case "de", "du", "des", "d'", "of":
	default:
		return "", false
	}
	x := m.j + 1
	if x < len(us) && (us[x].norm == "la" || us[x].norm == "l'" || us[x].norm == "le" || us[x].norm == "les" || us[x].norm == "the") {
		x++
	}
	if x >= len(us) {
		return "", false
	}
	if y := subgroupOf(us, x); y > x {
		x = y // frprec4: "les dirigeants de la fraction minoritaire du parti"
	}
	for _, o := range ms {
		if o.i <= x && x < o.j && o.kind == "agent" && (o.role == "LEG" || o.role == "JUD") {
			return o.role, true // "le président de l'Assemblée", "the president of the court"
		}
		if o.i <= x && x < o.j && o.kind != "agent" {
			return "", false // "le président de l'Union européenne"
		}
	}
	if x == m.j+1 && (us[m.j].norm == "de" || us[m.j].norm == "d'") && us[x].cap && us[x].first && !notName[us[x].norm] && !wordSet("notname")[us[x].norm] {
		// "les dirigeants de Docks de France", "le président de Renault": a
		// capitalised name no dictionary knows, without an article, after
		// the head of a body is a company (countries, parties and most
		// bodies take an article: "du Pakistan", "de l'UMP")
		e := x + 1
		for e < len(us) && !us[e].first {
			e++
		}
		if e == len(us) || !us[e].cap || nameParticle[us[e].norm] {
			return "BUS", true
		}
	}
	n := us[x].norm
	switch {
	case wordSet("orgs-")[n]:
		return "", true
	case wordSet("orgsBUS")[n]:
		return "BUS", true
	case wordSet("orgsLAB")[n]:
		return "LAB", true
	case wordSet("orgsEDU")[n]:
		return "EDU", true
	case wordSet("orgsCVL")[n]:
		return "CVL", true
	case wordSet("orgsPTY")[n]:
		return "PTY", true // "les dirigeants du parti", "the leader of the party"
	}
	return "", false
}

// touching reports whether unit b follows unit a with no token between.
func touching(us []unit, a, b int) bool {
	return us[a].tokEnd+1 == us[b].tok || us[a].tok == us[b].tok
}

// gluedName reports whether unit n, the neighbour of a one-word name at
// unit at (before it when before), is an unmatched capitalised word glued
// to it: a word of a longer proper name.
func gluedName(toks []dyad.Token, us []unit, covered []bool, notname map[string]bool, n, at int, before bool) bool {
	if n < 0 || n >= len(us) || covered[n] {
		return false
	}
	u := us[n]
	if before && u.upper && u.cap && len(u.norm) >= 2 && u.tok > 0 && touching(us, n, at) && !notName[u.norm] {
		return true // an unmatched acronym before it: "HP France", "MSF Belgique"
	}
	if !u.cap || u.upper || notName[u.norm] || notname[u.norm] || nameParticle[u.norm] {
		return false
	}
	if before {
		if u.tok == 0 || !touching(us, n, at) {
			return false // a sentence's first word is capitalised anyway
		}
		// after a sentence-internal full stop or colon, same
		if pt := toks[u.tok-1]; pt.Kind == dyad.Punct && (pt.Text == ":" || pt.Text == "«" || pt.Text == "\"") {
			return false
		}
		return true
	}
	return touching(us, at, n)
}

// titleCased reports whether most words of the sentence start with a
// capital (an English headline): the glued-name rule is then off.
func titleCased(toks []dyad.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.Kind != dyad.Word {
			continue
		}
		words++
		for _, r := range t.Text {
			if unicode.IsUpper(r) {
				caps++
			}
			break
		}
	}
	return words >= 5 && caps*10 >= words*6
}

// quantified reports whether unit i follows a number or a quantity
// ("168 Liberians", "thousands of Nigerians", "des milliers de Syriens",
// "deux Français").
func quantified(toks []dyad.Token, us []unit, i int) bool {
	t := us[i].tok
	if t == 0 {
		return false
	}
	prev := toks[t-1]
	q := wordSet("quantity")
	if prev.Kind == dyad.Number || q[prev.Norm] {
		return true
	}
	if wordSet("person-adj")[prev.Norm] && prev.Text != strings.ToUpper(prev.Text[:1])+prev.Text[1:] {
		// "une jeune Saoudienne", "two young Britons": an adjective of
		// people before the nationality noun (actors round 7)
		return true
	}
	if (prev.Norm == "of" || prev.Norm == "de" || prev.Norm == "d'") && t >= 2 {
		return q[toks[t-2].Norm] || toks[t-2].Kind == dyad.Number
	}
	return false
}

// capacityCount reports whether the counted agent at unit i (already known
// to follow a number or a quantity) is a size: a word of the "capacity" set
// before the count, with only numbers, quantities and "capacity-filler"
// words between ("peut contenir 12 000 personnes", "a capacity of up to
// 12,000 people").
func capacityCount(toks []dyad.Token, us []unit, i int) bool {
	t := us[i].tok
	q, fill, capw := wordSet("quantity"), wordSet("capacity-filler"), wordSet("capacity")
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		n := toks[k].Norm
		if capw[n] {
			return true
		}
		if toks[k].Kind != dyad.Number && !q[n] && !fill[n] && n != "," && n != "." {
			return false
		}
	}
	return false
}

// hostOrDative reports whether the capital after the locative preposition
// at token p (ending at token e) is the government all the same: the host
// of a passive of reception ("une délégation a été reçue le 20 octobre à
// Moscou", "accueillis à Pékin", "hosted in Washington": a word of the
// "hosting" set at most hostWindow tokens before, no sentence punctuation
// between) or the addressee of "demander à Moscou de ..." (a "dative" verb
// right before, or "de"/"d'" right after the capital).
func hostOrDative(toks []dyad.Token, p, e int) bool {
	if toks[p].Norm != "à" && toks[p].Norm != "a" && toks[p].Norm != "in" {
		return false
	}
	host, dat := wordSet("hosting"), wordSet("dative")
	for t := p - 1; t >= 0 && t >= p-hostWindow; t-- {
		tk := toks[t]
		if tk.Kind == dyad.Punct && tk.Text != "," {
			break
		}
		if host[tk.Norm] {
			return true
		}
	}
	if toks[p].Norm == "in" {
		return false
	}
	if p > 0 && dat[toks[p-1].Norm] {
		return true // "a demandé à Moscou", "reproche à Washington"
	}
	if e+1 < len(toks) && (toks[e+1].Norm == "de" || toks[e+1].Norm == "d'") && e+2 < len(toks) &&
		toks[e+2].Kind == dyad.Word && (strings.HasSuffix(toks[e+2].Norm, "r") || strings.HasSuffix(toks[e+2].Norm, "re")) {
		return true // "à Moscou de retirer", "à Washington de lever"
	}
	return false
}

// hostWindow: tokens looked back from "à" for a word of reception ("reçue
// le 20 octobre à Moscou").
const hostWindow = 6

// eventActor: a nationality word next to an event noun of the language's
// data/eventnouns file names the actor of the action. French: a lower-case
// adjective right after the noun ("une attaque russe", "des frappes
// aériennes israéliennes"). English: a demonym or a country abbreviation
// right before it, up to two capitalised words between ("Israeli air
// strikes", "US Predator attacks"). It returns the role the country takes
// ("MIL" or "").
func (s *Stage) eventActor(toks []dyad.Token, us []unit, covered []bool, m mention, lang string) (string, bool) {
	en := eventNounsOf(lang)
	if en == nil {
		return "", false
	}
	switch lang {
	case "fr":
		p := m.i - 1
		if m.entry.Kind != "demonym" || p < 0 || us[m.i].cap || covered[p] || !touching(us, p, m.i) || us[p].cap {
			return "", false
		}
		lo := p
		for lo > 0 && lo > p-en.maxN && !covered[lo-1] {
			lo--
		}
		return en.endingAt(us, lo, p)
	case "en":
		x := m.j
		if x >= len(us) || covered[x] || !touching(us, m.j-1, x) {
			return "", false
		}
		if t := m.j; !us[t].first && isCompoundTail(us[t].norm) {
			// "the Saudi-led coalition": the forms written with the tail
			// ("led coalition") name what the country leads
			if r, ok := en.from(us, t, min(len(us), t+en.maxN)); ok {
				return r, true
			}
		}
		for n := 0; n < 2 && x < len(us) && !covered[x] && us[x].cap && us[x].first && !notName[us[x].norm]; n++ {
			if _, _, ok := en.startingAt(us, x, len(us)); ok {
				break // "US Strikes" in a title-cased headline
			}
			x++
		}
		hi := x
		for hi < len(us) && hi < x+en.maxN && !covered[hi] {
			hi++
		}
		r, _, ok := en.startingAt(us, x, hi)
		return r, ok
	}
	return "", false
}

// placePrep returns the token before the place at token t where a
// locative preposition would stand: t-1, or t-2 over an English direction
// adjective of the "placeadj" set ("in central Bangkok", "in eastern
// Congo").
func placePrep(toks []dyad.Token, t int, lang string) int {
	if lang == "en" && t >= 2 && wordSet("placeadj")[toks[t-1].Norm] {
		return t - 2
	}
	return t - 1
}

// eventNounNext: an English demonym after a number is the adjective of an
// event noun ("shot down 20 Russian drones"), not people counted.
func (s *Stage) eventNounNext(toks []dyad.Token, us []unit, covered []bool, m mention, lang string) bool {
	_, ok := s.eventActor(toks, us, covered, m, lang)
	return ok
}

// firedWeapon reports whether the English agent mention m is a weapon (its
// last word in the word set "fired-weapons": "cruise missiles") that a verb of
// the set "fire-verbs" fires ("fired cruise missiles at", "launched two Scud
// missiles"): the object of the firing, not a target. Phoenix codes
// CRUISE_MISSILE [~MIL] for the weapon that strikes ("Cruise missiles hit
// the plant") and that reading stays. Up to two words (numbers, determiners,
// adjectives) may stand between the verb and the weapon.
func firedWeapon(toks []dyad.Token, us []unit, m mention) bool {
	if !wordSet("fired-weapons")[us[m.j-1].norm] {
		return false
	}
	fire := wordSet("fire-verbs")
	t := us[m.i].tok
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if fire[toks[k].Norm] {
			return true
		}
		if toks[k].Norm == "," || toks[k].Norm == "." {
			return false
		}
	}
	return false
}

// seatPlace returns the country of a city that stands for an international
// body (metonyms.txt: "Bruxelles" IGOEUREEC) when it is a place, from the word
// set "seat-place" ("bruxelles=BEL"), or "".
func seatPlace(w string) string {
	for item := range wordSet("seat-place") {
		if k, c, ok := strings.Cut(item, "="); ok && k == w {
			return strings.ToUpper(c)
		}
	}
	return ""
}

// placeEvent reports whether the one-unit mention m is the place of an event
// noun of the "place-event" set: after it with "de"/"d'"/"of" ("les
// attentats de Bruxelles") or, in English, right before it ("the Brussels
// attacks").
func placeEvent(toks []dyad.Token, us []unit, m mention) bool {
	ev := wordSet("place-event")
	t := us[m.i].tok
	if t >= 2 && wordSet("of-elided")[toks[t-1].Norm] && ev[toks[t-2].Norm] {
		return true
	}
	e := us[m.j-1].tokEnd
	return e+1 < len(toks) && ev[toks[e+1].Norm]
}

// placeOf reports whether the token before t is "de"/"d'"/"of" after a noun
// of the "placeof" set ("dans le centre de Téhéran", "the outskirts of
// Kabul"): the capital at t is a place.
func placeOf(toks []dyad.Token, t int) bool {
	if t < 2 {
		return false
	}
	switch toks[t-1].Norm {
	case "de", "d'", "of":
	default:
		return false
	}
	return wordSet("placeof")[toks[t-2].Norm]
}

// nameOfPlace reports whether the place name at unit i ends a proper name
// made of an unmatched capitalised word, "de"/"d'" and the place ("Docks de
// France", "Gaz de France", "la Coupe de France", "les Jeux de Londres"):
// the capitalised word is not the first of the sentence nor after a colon
// or an opening quote, where any word is capitalised.
func nameOfPlace(toks []dyad.Token, us []unit, covered []bool, notname map[string]bool, i int) bool {
	p, q := i-1, i-2
	if q < 0 || us[p].norm != "de" && us[p].norm != "d'" || covered[q] || covered[p] || q > 0 && covered[q-1] {
		// (after a mention: "le roi Abdallah d'Arabie saoudite" is the king's country)
		return false
	}
	u := us[q]
	if !u.cap || !u.first || !u.last || u.tok == 0 || notName[u.norm] || notname[u.norm] || nameParticle[u.norm] ||
		!touching(us, q, p) || !touching(us, p, i) {
		return false
	}
	if pt := toks[u.tok-1]; pt.Kind == dyad.Punct && pt.Text != "," && pt.Text != "(" && pt.Text != ";" {
		return false // after ":", "«", a full stop inside the sentence
	}
	// a name of two or three capitalised words right after the title of a
	// head of state (word set of-country-head) is a titled person's ("le roi
	// Gustave V de Suède", "le roi Carl Gustaf de Suède": the king's
	// country, as one word after it; round 6)
	r := q
	for r-1 >= 0 && q-r < 2 && !covered[r-1] && us[r-1].cap && !us[r-1].upper && us[r-1].first && us[r-1].last && touching(us, r-1, r) &&
		!notName[us[r-1].norm] && !notname[us[r-1].norm] && !wordSet("det")[us[r-1].norm] {
		r--
	}
	if r < q && r > 0 && covered[r-1] && touching(us, r-1, r) && wordSet("of-country-head")[us[r-1].norm] {
		return false
	}
	return true
}

// ownedNoun: the French nationality adjective after unit p names a state
// that owns or performs what the noun says (word set "ownednoun"): the noun
// at p, or at p-1 with one lower-case adjective at p between ("la frontière
// ukrainienne", "l'essai nucléaire nord-coréen"); the noun follows a
// determiner or a preposition ("function").
func ownedNoun(us []unit, covered []bool, p int) bool {
	owned := wordSet("ownednoun")
	n := p
	if !owned[us[n].norm] {
		n = p - 1
		if n < 0 || covered[n] || us[n].cap || !touching(us, n, p) || !owned[us[n].norm] {
			n = complementHead(us, covered, p)
			if n < 0 {
				return false
			}
		}
	}
	// (or a number: "des sanctions à 500 entités russes", par2g; or the
	// verb of a flag, « battant pavillon britannique », `flagverb`)
	return n > 0 && !covered[n-1] && touching(us, n-1, n) && (wordSet("function")[us[n-1].norm] || allDigits(us[n-1].norm) || wordSet("flagverb")[us[n-1].norm])
}

// allDigits: a non-empty word of ASCII digits ("500").
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// subgroupOf: a noun of the subgroup set at unit x ("fraction", "aile",
// "wing"), up to two lower-case adjectives, then de/du/des/of and an
// article: the unit of the body it is part of ("la fraction minoritaire du
// parti"), or x when there is none (frprec4).
func subgroupOf(us []unit, x int) int {
	if !wordSet("subgroup")[us[x].norm] {
		return x
	}
	y := subgroupPrep(us, x, len(us))
	if y < 0 {
		return x
	}
	y++
	if y < len(us) && wordSet("subgroup-article")[us[y].norm] {
		y++
	}
	if y >= len(us) {
		return x
	}
	return y
}

// subgroupPrep returns the unit of the preposition (set `subgroup-link`:
// de, du, des, d', of) after the subgroup noun at x and up to two
// lower-case adjectives, before lim, or -1: shared by subgroupOf and
// subgroupSkip.
func subgroupPrep(us []unit, x, lim int) int {
	y := x + 1
	for n := 0; n < 2 && y < lim && !us[y].cap && !wordSet("function")[us[y].norm]; n++ {
		y++
	}
	if y < lim && wordSet("subgroup-link")[us[y].norm] {
		return y
	}
	return -1
}

// subgroupLink: units a..b link a head to a body through a part of it
// ("les dirigeants de l'aile modérée du Likoud"): a head link, a noun of
// the subgroup set with its adjectives, de/du/des and an article up to b
// (frprec4).
func subgroupLink(toks []dyad.Token, us []unit, a, b int) bool {
	for x := a + 1; x <= a+2 && x < b; x++ {
		if headLink(toks, us, a, x) && wordSet("subgroup")[us[x].norm] {
			return subgroupOf(us, x) == b && !isComma(toks, us, a, b)
		}
	}
	return false
}

// subgroupSkip: from unit a (the link after a head), a head link, a noun
// of the subgroup set and up to two adjectives ("de l'aile modérée"): the
// unit of the link to the body after it when that link starts before b,
// else a (frprec4).
func subgroupSkip(toks []dyad.Token, us []unit, a, b int) int {
	for x := a + 1; x <= a+2 && x < b; x++ {
		if !headLink(toks, us, a, x) || !wordSet("subgroup")[us[x].norm] {
			continue
		}
		if y := subgroupPrep(us, x, b); y >= 0 && !isComma(toks, us, a, y) {
			return y
		}
		return a
	}
	return a
}

// foreignSeat reports whether a metonym of a state body (code COUNTRY +
// sector, "Foreign Office" GBRGOV) comes right after a nationality word or
// a country's possessive of another state ("Pakistani Foreign Office",
// "Pakistan's Foreign Office"): the body is that state's (sectors3).
func foreignSeat(us []unit, prev, m mention) bool {
	if len(m.code) <= 3 || !isCountryCode(m.code) || prev.kind != "country" || len(prev.code) != 3 ||
		!isCountryCode(prev.code) || prev.code == countryPart(m.code) {
		return false
	}
	if prev.j == m.i {
		return true
	}
	return prev.j+1 == m.i && us[prev.j].norm == "'s"
}

// complementHead: the owned noun before a "de" complement of one or two
// lower-case words ending at p, the nationality adjective after them
// naming the owner of the head ("des sites d'armes chimiques syriens",
// "des dépôts de munitions syriens", "des usines d'armes syriennes"),
// or -1 (lead, 2026-11-27, eighth session).
func complementHead(us []unit, covered []bool, p int) int {
	owned := wordSet("ownednoun")
	for q := p - 1; q >= 1 && q >= p-2; q-- {
		if covered[q] || us[q].cap || !touching(us, q, q+1) {
			return -1
		}
		if us[q].norm != "de" && us[q].norm != "d'" {
			continue
		}
		n := q - 1
		if covered[n] || us[n].cap || !touching(us, n, q) || !owned[us[n].norm] {
			return -1
		}
		return n
	}
	return -1
}
