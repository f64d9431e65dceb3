package actor

import (
	"strings"
	"sync"
)

// eventNouns are the nouns of military and political action of
// data/eventnouns_LANG.txt: a nationality word next to one of them names the
// actor of that action ("une attaque russe", "des frappes israéliennes",
// "a Russian strike"). Keys are unit sequences joined by spaces; the value is
// the role the country takes ("MIL" or "").
type eventNouns struct {
	role map[string]string
	maxN int
	// body maps a regional code to the union that acts for the region
	// ("@body EUR => IGOEUREEC": "les sanctions européennes" are the EU's)
	body map[string]string
}

var (
	eventNounsOnce sync.Once
	eventNounsMap  map[string]*eventNouns
)

// eventNounsOf returns the event nouns of a language (nil when none).
func eventNounsOf(lang string) *eventNouns {
	eventNounsOnce.Do(func() {
		eventNounsMap = map[string]*eventNouns{}
		for _, l := range []string{"fr", "en"} {
			b, err := dataFS.ReadFile("data/eventnouns_" + l + ".txt")
			if err != nil {
				panic("actor: data/eventnouns_" + l + ".txt missing from the embedded data: " + err.Error())
			}
			eventNounsMap[l] = parseEventNouns(string(b))
		}
	})
	return eventNounsMap[lang]
}

// parseEventNouns reads "form | form => ROLE" lines; "#" starts a comment
// line, "@source" names the provenance.
func parseEventNouns(s string) *eventNouns {
	en := &eventNouns{role: map[string]string{}, body: map[string]string{}}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(line, "@body "); ok {
			if i := strings.Index(rest, "#"); i >= 0 {
				rest = rest[:i]
			}
			from, to, _ := strings.Cut(rest, "=>")
			en.body[strings.TrimSpace(from)] = strings.TrimSpace(to)
			continue
		}
		if line == "" || line[0] == '#' || line[0] == '@' {
			continue
		}
		forms, role, _ := strings.Cut(line, "=>")
		role = strings.TrimSpace(role)
		for _, f := range strings.Split(forms, "|") {
			u := nameUnits(strings.TrimSpace(f))
			if len(u) == 0 {
				continue
			}
			en.role[strings.Join(u, " ")] = role
			en.maxN = max(en.maxN, len(u))
		}
	}
	return en
}

// endingAt returns the role of the longest event noun made of the units
// ending at unit p (inclusive) and starting at or after lo.
func (en *eventNouns) endingAt(us []unit, lo, p int) (string, bool) {
	if en == nil {
		return "", false
	}
	for n := min(en.maxN, p-lo+1); n >= 1; n-- {
		if r, ok := en.role[unitsText(us, p-n+1, p+1)]; ok && us[p-n+1].first {
			return r, true
		}
	}
	return "", false
}

// startingAt returns the role and end (exclusive) of the longest event noun
// starting at unit i and ending before hi.
func (en *eventNouns) startingAt(us []unit, i, hi int) (string, int, bool) {
	if en == nil || i >= hi || !us[i].first {
		return "", 0, false
	}
	for n := min(en.maxN, hi-i); n >= 1; n-- {
		if !us[i+n-1].last {
			continue
		}
		if r, ok := en.role[unitsText(us, i, i+n)]; ok {
			return r, i + n, true
		}
	}
	return "", 0, false
}

// from returns the role of the longest event noun made of the units from
// unit i (the tail of a hyphenated word, "led" in "Saudi-led") and ending
// before hi at a word's end.
func (en *eventNouns) from(us []unit, i, hi int) (string, bool) {
	if en == nil {
		return "", false
	}
	for n := min(en.maxN, hi-i); n >= 2; n-- {
		if !us[i+n-1].last {
			continue
		}
		if r, ok := en.role[unitsText(us, i, i+n)]; ok {
			return r, true
		}
	}
	return "", false
}
