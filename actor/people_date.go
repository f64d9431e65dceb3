package actor

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Surnames resolved by the document's date (people helper, round 8).
//
// News names a person by surname alone once the reader knows who holds
// the office: "Bush" is George H. W. Bush in 1991 and George W. Bush in
// 2003, "Mr. Sharif" the one Sharif in office. Two rules, both after
// filtering and before linking (so that "le gouvernement de M. Sharif" and
// "Mr. Sharif's government" link as a full name would):
//
//   - a bare surname (alone or after a title or honorific) matched as the
//     alias of a person with no office at the date ("Bush" in 1991 is an
//     alias of George W. Bush) names instead the one other KB person of
//     that surname who holds a dated office then (not ELI), unless the
//     document already named someone with that surname;
//   - an honorific of the `honorific` word set + one capitalised word no
//     dictionary matched ("Mr. Sharif", "M. Lecornu") names the one KB
//     person of that surname holding a dated office at the date; so does
//     such a word after or before a noun of the `institution` set ("le
//     gouvernement Sharif", "the Sharif government").
//
// Two candidates or none, or a surname many KB people bear: nothing
// changes. Phoenix roles left open in
// early 2014 (people.txt) do not count as offices after 2014.

// commonSurname: a surname borne by this many KB people or more names no
// one by itself (32 Khans, 23 Singhs, 25 Ahmeds, 15 Castros in the KB).
const commonSurname = 10

// officeAt returns e's dated role at d when it is an office (not ELI) the
// KB can vouch for at that date.
func officeAt(e *Entry, d dyad.Date) (Role, bool) {
	r, ok := e.RoleAt(d)
	if !ok || r.Default || r.From.IsZero() || strings.HasSuffix(r.Code, "ELI") {
		return Role{}, false // no office, or one open to the past ("USAMIL ..2003")
	}
	if e.File == "people.txt" && r.To.IsZero() && d.Year >= 2015 {
		return Role{}, false // a Phoenix role frozen open in 2014
	}
	return r, true
}

// surnameHolder returns the one KB person other than not whose last name
// unit is sur and who holds an office at d; nil when none or several.
func (kb *KB) surnameHolder(sur string, not *Entry, d dyad.Date) *Entry {
	return kb.onePerson(sur, func(e *Entry) bool {
		_, ok := officeAt(e, d)
		return e != not && ok
	})
}

// onePerson returns the one KB person whose last name unit is sur and for
// whom ok holds; nil when none, several, or a surname too many people bear
// (Khan, Singh, Ahmed, Castro: commonSurname).
func (kb *KB) onePerson(sur string, ok func(*Entry) bool) *Entry {
	if len(kb.surnames().last[sur]) >= commonSurname {
		return nil
	}
	var found *Entry
	for _, e := range kb.surnames().last[sur] {
		if !ok(e) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// bareSurname reports whether unit k is a whole capitalised word (not an
// acronym) standing alone in [i, k]: nothing capitalised before it in the
// span but a title or honorific.
func bareSurname(us []unit, i, k int) bool {
	u := us[k]
	if !u.cap || u.upper || !u.first || !u.last || len(u.norm) < 4 {
		return false
	}
	if k-1 >= i && us[k-1].cap && !wordSet("notname")[us[k-1].norm] && !wordSet("honorific")[us[k-1].norm] {
		return false
	}
	return true
}

// dated: the document has its own date; a bare surname with no title
// (bareHolder) needs it, not a date guessed from an undated text's dates.
func (s *Stage) datedSurnames(us []unit, ms []mention, ds *docState, date dyad.Date, dated bool) []mention {
	if date.IsZero() {
		return ms
	}
	taken := make([]bool, len(us))
	// people named in full in this sentence ("Bill Clinton said Clinton
	// would ..."): their surname alone is them
	var full map[string]*Entry
	for _, m := range ms {
		if m.kind == "person" && m.entry != nil && m.j-m.i >= 2 && !bareSurname(us, m.i, m.j-1) {
			if nu := nameUnits(m.entry.Name); len(nu) >= 2 && us[m.j-1].norm == nu[len(nu)-1] {
				if full == nil {
					full = map[string]*Entry{}
				}
				full[nu[len(nu)-1]] = m.entry
			}
		}
	}
	for x := range ms {
		m := &ms[x]
		for k := m.i; k < m.j; k++ {
			taken[k] = true
		}
		if m.kind != "person" || m.entry == nil || m.dated || strings.HasPrefix(m.where, "learned:") || m.j-1 < m.i {
			continue
		}
		k := m.j - 1
		if !bareSurname(us, m.i, k) {
			continue
		}
		nu := nameUnits(m.entry.Name)
		if len(nu) < 2 || nu[len(nu)-1] != us[k].norm {
			continue // the alias is not the entry's surname
		}
		if ofCountry(us, ms, x) {
			continue // "le chancelier Klaus d'Autriche": the country says who
		}
		if _, seen := ds.names[us[k].norm]; seen || full[us[k].norm] != nil {
			continue // the document or the sentence named someone of that surname
		}
		if c := s.kb.surnameHolder(us[k].norm, m.entry, date); c != nil {
			nm := s.entityMention(c, m.i, m.j, date)
			nm.where += " +date-surname"
			*m = nm
		}
	}
	var add []mention
	hon, inst := wordSet("honorific"), wordSet("institution")
	for k := 0; k < len(us); k++ {
		if k0 := s.hyphenSurname(us, taken, k); dated && k0 >= 0 {
			if _, seen := ds.names[us[k].norm]; !seen {
				if c := s.kb.bareHolder(us[k].norm, date); c != nil && endsWith(nameUnits(c.Name), us[k0:k+1]) {
					nm := s.entityMention(c, k0, k+1, date)
					nm.where += " +date-surname"
					add = append(add, nm)
					for t := k0; t <= k; t++ {
						taken[t] = true
					}
				}
			}
			continue
		}
		if taken[k] || !bareSurname(us, k, k) {
			continue
		}
		if k+1 < len(us) && us[k+1].cap && us[k+1].first {
			continue // "Mr. John Smith", "M. Le Pen": a longer name
		}
		i := k
		var bare *Entry // the holder bareHolder found, however common the surname
		switch {
		case k > 0 && hon[us[k-1].norm] && us[k-1].cap && !taken[k-1]:
			// "Mr. Sharif", "M. Sharif"; a sentence ending on the name may
			// be cut inside it ("M. René\nMeylan")
			if k+1 >= len(us) {
				continue
			}
			i = k - 1
		case k > 0 && inst[us[k-1].norm] && !us[k-1].cap:
			// "le gouvernement Sharif", "le régime Assad"
		case k+1 < len(us) && inst[us[k+1].norm] && !us[k+1].cap && (k == 0 || us[k-1].norm == "the"):
			// "the Sharif government", "Sharif's government"
		case dated && aloneName(us, k, k) && s.kb.bareHolder(us[k].norm, date) != nil:
			bare = s.kb.bareHolder(us[k].norm, date)
			// "Abbas condemned Israel", "Tinubu a rencontré Ruto": the one
			// curated office holder of that surname at the date; not after a
			// capitalised word ("Frédéric Bush", "Brigitte Macron") nor
			// before a particle and a name ("Thibault de Silguy")
		default:
			continue
		}
		if _, seen := ds.names[us[k].norm]; seen {
			continue // docNames resolves it to the person named before
		}
		c := full[us[k].norm]
		if c == nil {
			c = bare
		}
		if c == nil {
			c = s.kb.surnameHolder(us[k].norm, nil, date)
		}
		if c == nil {
			// "Mr. Khan" in 2020: a surname many bear, one curated holder
			c = s.kb.curatedHolder(us[k].norm, date, nil)
		}
		if c != nil {
			nm := s.entityMention(c, i, k+1, date)
			nm.where += " +date-surname"
			add = append(add, nm)
			taken[i], taken[k] = true, true
		}
	}
	return addInOrder(ms, add)
}

// titleHolder returns the one KB person whose last name unit is sur and
// whose office at d has the title's role (of its country, when given):
// "Prime Minister Sharif" is Nawaz Sharif in 2016, Shehbaz Sharif in 2023.
func (kb *KB) titleHolder(sur, role, country string, d dyad.Date) *Entry {
	if d.IsZero() || role == "" || len(sur) < 4 {
		return nil
	}
	keep := func(r Role) bool {
		return strings.HasSuffix(r.Code, role) && (country == "" || strings.HasPrefix(r.Code, country))
	}
	if e := kb.onePerson(sur, func(e *Entry) bool {
		r, ok := officeAt(e, d)
		return ok && keep(r)
	}); e != nil {
		return e
	}
	// a surname many bear ("Prime Minister Khan" in 2020): the one curated
	// holder of the title's role
	return kb.curatedHolder(sur, d, keep)
}

// ofCountry reports whether mention x is followed by of/de/d'/du and a
// country mention ("Klaus d'Autriche", "King Hassan of Morocco").
func ofCountry(us []unit, ms []mention, x int) bool {
	j := ms[x].j
	if j >= len(us) || !ofWord[us[j].norm] {
		return false
	}
	for y := x + 1; y < len(ms); y++ {
		if ms[y].i > j+2 {
			break
		}
		if ms[y].kind == "country" && ms[y].i > j {
			return true
		}
	}
	return false
}

// curatedPeople are the person files that list heads of state and
// government, ministers of foreign affairs and defence, heads of IGOs and
// armed-group leaders with dated roles (not Phoenix's thousands of
// ministers of every portfolio).
var curatedPeople = map[string]bool{"people_dyad.txt": true, "people_dyad_2014_2026.txt": true, "people_wikidata.txt": true, "people5.txt": true, "round5_dyad.txt": true, "round6_dyad.txt": true}

// commonGiven: a word that is the given name of this many KB people or more
// ("Michel": Barnier, Temer, Aoun...; "Jesus", "Sharif") is no surname by itself.
const commonGiven = 5

// bareHolder returns the person a bare surname with no title names at d
// ("Abbas condemned Israel" in 2023): the one KB person of that surname
// who holds an office at d, when that person is in a curated people file;
// nil when several people of that surname hold an office then (however
// many bear it), when the date has no month (a year or a period), when
// the surname keeps a particle in news ("Le Maire"), when the word is a
// common word (the notsurname set), a common given name, a month or
// weekday, or an ambiguous word.
func (kb *KB) bareHolder(sur string, d dyad.Date) *Entry {
	if wordSet("notname")[sur] || wordSet("ambiguous")[sur] || wordSet("notsurname")[sur] || kb.surnames().given[sur] >= commonGiven {
		return nil
	}
	e := kb.curatedHolder(sur, d, nil)
	if e != nil {
		if nu := nameUnits(e.Name); len(nu) >= 3 && wordSet("surnameparticle")[nu[len(nu)-2]] {
			return nil // "Maire" is not Bruno Le Maire
		}
	}
	return e
}

// aloneName reports whether units [k0, k] stand alone as a name: no
// capitalised word right before ("Frédéric Bush", "Brigitte Macron") or
// right after, and no particle and a name after ("Thibault de Silguy").
func aloneName(us []unit, k0, k int) bool {
	if k0 > 0 && us[k0-1].cap {
		return false
	}
	if k+1 < len(us) && us[k+1].cap && us[k+1].first {
		return false
	}
	return !(k+2 < len(us) && us[k+2].cap && ofWord[us[k+1].norm])
}

// hyphenSurname returns the first unit of the hyphenated token that unit k
// ends ("Díaz-Canel", "al-Sarraj", "Sassou-Nguesso") when that token is a
// capitalised name standing alone, none of it taken; -1 otherwise.
func (s *Stage) hyphenSurname(us []unit, taken []bool, k int) int {
	u := us[k]
	if !u.last || u.first || u.upper || taken[k] {
		return -1
	}
	k0 := k
	for k0 > 0 && !us[k0].first && us[k0-1].tok == u.tok {
		k0--
	}
	if !us[k0].first || k0 == k {
		return -1
	}
	for t := k0; t <= k; t++ {
		if taken[t] {
			return -1
		}
	}
	if !u.cap || (!us[k0].cap && !wordSet("nameparticle")[us[k0].norm]) {
		return -1 // "al-Sarraj" is a name, "long-Term" is not
	}
	if !aloneName(us, k0, k) {
		return -1
	}
	return k0
}

// endsWith reports whether the name units nu end with the units us.
func endsWith(nu []string, us []unit) bool {
	if len(us) > len(nu) {
		return false
	}
	off := len(nu) - len(us)
	for i, u := range us {
		if nu[off+i] != u.norm {
			return false
		}
	}
	return true
}

// curatedHolder returns the one KB person whose last name unit is sur and
// who holds at d an office (for which keep holds, when given), when that
// person is in a curated people file (bareHolder's rules but the word's
// guards: a title or honorific already makes the word a surname).
func (kb *KB) curatedHolder(sur string, d dyad.Date, keep func(Role) bool) *Entry {
	if d.IsZero() || d.Month < 1 || d.Month > 12 || len(sur) < 4 {
		return nil
	}
	si := kb.surnames()
	// several holders with the same code at d are one person listed twice
	// (Phoenix's "Nicholas Clegg" and dyad's "Nick Clegg"): the curated entry
	var found *Entry
	code := ""
	for _, e := range si.last[sur] {
		r, ok := officeAt(e, d)
		if !ok || (keep != nil && !keep(r)) {
			continue
		}
		if found != nil && found != e && r.Code != code {
			return nil
		}
		if found == nil || (!curatedPeople[found.File] && curatedPeople[e.File]) {
			found, code = e, r.Code
		}
	}
	if found == nil || !curatedPeople[found.File] {
		return nil
	}
	nu := nameUnits(found.Name)
	if len(nu) >= 3 && ofWord[nu[len(nu)-2]] {
		return nil // "Abdullah II of Jordan": the last word is a place
	}
	if len(si.last[sur]) >= commonSurname && len(nu) != 2 {
		// a surname many bear (Khan, Costa, López) names the holder only
		// when it is plainly the surname ("Imran Khan", "António Costa"),
		// not the second of a Spanish pair ("Vladimir Padrino López")
		return nil
	}
	return found
}
