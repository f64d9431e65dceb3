package actor

import (
	"strings"
	"sync"
)

// Title + misspelt surname ("President Francois Mitterand" for François
// Mitterrand): a cheap fuzzy match used ONLY when a person title precedes
// an unknown capitalised name. A KB person matches when the text name has
// two words or more, its first word equals the person's first word, its
// last word (six letters or more) is one edit away from the person's last
// word, and the person holds (at some date) a role ending with the title's
// role. A bare misspelt name never matches.

type surnameIndex struct {
	once  sync.Once
	by    map[string][]*Entry // first name unit -> people
	last  map[string][]*Entry // last name unit -> people (title + surname)
	given map[string]int      // first name unit -> number of people
}

// surnames returns the index of people by first and last name, built on
// first use. It reads kb.entries without taking kb.mu: entries are only
// added by Load, before the KB is shared (Learn adds learned facts, not
// entries). Taking kb.mu here deadlocked: the stage calls this while it
// holds the read lock, and a read lock taken twice blocks behind a
// waiting Learn.
func (kb *KB) surnames() *surnameIndex {
	si := &kb.sur
	si.once.Do(func() {
		si.by = map[string][]*Entry{}
		si.last = map[string][]*Entry{}
		si.given = map[string]int{}
		for _, e := range kb.entries {
			if e.Kind != "person" || e.superseded >= 0 {
				continue
			}
			u := nameUnits(e.Name)
			if len(u) < 2 {
				continue
			}
			si.given[u[0]]++
			if len(u) >= 3 && wordSet("namesuffix")[u[len(u)-1]] {
				u = u[:len(u)-1] // "Ferdinand Marcos Jr.": the surname is Marcos
			}
			if l := u[len(u)-1]; len(l) >= 4 {
				si.last[l] = append(si.last[l], e)
			}
			if len(u[len(u)-1]) < 5 {
				continue
			}
			k := u[0] // bucket by first name
			si.by[k] = append(si.by[k], e)
		}
	})
	return si
}

// surnamePerson returns the one KB person whose last name unit is sur and
// who holds (at some date) a role ending with the title's role (of the
// title's country when it has one): "le président Iliescu" → Ion Iliescu.
// Two candidates or none → nil.
func (kb *KB) surnamePerson(sur, role, country string) *Entry {
	if len(sur) < 4 || role == "" {
		return nil
	}
	var found *Entry
	for _, e := range kb.surnames().last[sur] {
		if !hasRole(e, role) || country != "" && !hasCountry(e, country) {
			continue
		}
		if found != nil && found != e {
			return nil // ambiguous
		}
		found = e
	}
	return found
}

// givenNamePerson returns the one KB person whose first name unit is first
// and who holds (at some date) a role ending with role (of country when it
// is given); any reports whether there is at least one such person (two or
// more: nil, true).
func (kb *KB) givenNamePerson(first, role, country string) (e *Entry, any bool) {
	if role == "" {
		return nil, false
	}
	for _, c := range kb.surnames().by[first] {
		if !hasRole(c, role) || country != "" && !hasCountry(c, country) {
			continue
		}
		if any && e != c {
			return nil, true
		}
		e, any = c, true
	}
	return e, any
}

func hasCountry(e *Entry, country string) bool {
	for _, r := range e.Roles {
		if strings.HasPrefix(r.Code, country) {
			return true
		}
	}
	return false
}

// fuzzyPerson returns the KB person the name (units) misspells, with the
// title's role, or nil.
func (kb *KB) fuzzyPerson(name []string, role string) *Entry {
	if len(name) < 2 || len(name[len(name)-1]) < 6 || role == "" {
		return nil
	}
	last := name[len(name)-1]
	var found *Entry
	for _, e := range kb.surnames().by[name[0]] {
		u := nameUnits(e.Name)
		if len(u) != len(name) || !oneEdit(u[len(u)-1], last) {
			continue
		}
		same := true
		for x := 1; x < len(u)-1; x++ {
			same = same && u[x] == name[x]
		}
		if !same || !hasRole(e, role) {
			continue
		}
		if found != nil && found != e {
			return nil // ambiguous
		}
		found = e
	}
	return found
}

func hasRole(e *Entry, role string) bool {
	for _, r := range e.Roles {
		if len(r.Code) > 3 && strings.HasSuffix(r.Code, role) {
			return true
		}
	}
	return false
}

// oneEdit: a and b differ by exactly one insertion, deletion or
// substitution of a byte (folded text is ASCII for Latin names).
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

func unitsOf(us []unit, i, j int) []string {
	out := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		out = append(out, us[k].norm)
	}
	return out
}
