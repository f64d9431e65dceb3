package actor

import (
	"strings"
	"sync"
	"unicode"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

// Stage is the actor stage: it finds and resolves actor mentions in the
// sentences of an Analysis (filled by the text stage) at the document's
// date, and records the roles it learns from appositions.
type Stage struct {
	kb *KB
}

// NewStage returns the actor stage over a knowledge base.
func NewStage(kb *KB) *Stage { return &Stage{kb: kb} }

// Name implements dyad.Stage.
func (s *Stage) Name() string { return "actor" }

// KB returns the stage's knowledge base.
func (s *Stage) KB() *KB { return s.kb }

// mention is a mention under construction, in unit indices [i, j).
type mention struct {
	i, j     int
	kind     string // country, person, org, group, agent, compound, name (unknown person)
	code     string
	name     string
	entry    *Entry
	role     string // agent role codes ("GOV"), for agents
	country  string // agent: the country attached to it
	dated    bool   // person: the KB gives a dated role at the date
	where    string
	agentW   string // agent words, folded
	part     bool   // one of the names of a hyphenated pair ("US-Taliban"): span of its part
	pairAdj  bool   // a part of a prefixed compound adjective ("russo-ukrainiens"): no document-country vote
	ownedAdj bool   // a nationality adjective on a noun of the "ownednoun" set ("la frontière ukrainienne"): no document- or sentence-country vote
	nodoc    bool   // agent of other countries ("citoyens de pays occidentaux"): no document country
	settler  bool   // settlers (settler-nouns): the document's country maps through settler-of
	posted   bool   // an embassy with its host place inside ("l'ambassade de France au Caire", round 6): no sentence-country vote
	host     string // posted: the host place's country
	ctxFill  bool   // round 8: its country comes from the sentence's other actors (round8.go): no document-country vote
}

type personRef struct {
	code, name, where string
	entry             *Entry
}

// docState is the per-document state of Process.
type docState struct {
	names     map[string]personRef // folded unit sequence -> person seen in the document
	famFirst  map[string]bool      // keys of names that are a family name said first ("kim")
	maxNameN  int
	countries []string       // country codes in order of last mention
	count     map[string]int // mentions per country code
	place     map[string]int // of those, English mentions right after "in" or "at" (oldwire.go)
	ante      []antecedent   // named bodies of the last sentences, for back-references
	nodoc     map[int]bool   // indices in Analysis.Actors the document country must not reach
	settler   map[int]bool   // indices of settlers: the document's country maps through settler-of
}

// antecedent is a named body a back-reference ("l'ONG", "le mouvement",
// "the group") may stand for.
type antecedent struct {
	code, name, kind, where string
	sent                    int
	class                   string // ngo, igo, group, org, gov
}

// pair returns the two countries "les deux pays" refers to: the two most
// mentioned so far in the document, the more recent first on ties.
func (ds *docState) pair() (string, string, bool) {
	if len(ds.countries) < 2 {
		return "", "", false
	}
	best := [2]int{-1, -1}
	for x := len(ds.countries) - 1; x >= 0; x-- {
		c := ds.countries[x]
		switch {
		case best[0] < 0 || ds.pairScore(c) > ds.pairScore(ds.countries[best[0]]):
			best[1], best[0] = best[0], x
		case best[1] < 0 || ds.pairScore(c) > ds.pairScore(ds.countries[best[1]]):
			best[1] = x
		}
	}
	a, b := ds.countries[best[0]], ds.countries[best[1]]
	if best[0] > best[1] {
		a, b = b, a
	}
	return a, b, true
}

// function words never part of a person's name
var notName = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true,
	"des": true, "du": true, "de": true, "d'": true, "the": true, "a": true, "an": true, "et": true, "and": true,
	"mais": true, "selon": true, "pour": true, "m": true, "mme": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "ce": true, "cette": true, "il": true, "elle": true, "in": true, "on": true, "at": true,
	"to": true, "of": true, "lors": true, "apres": true, "avant": true, "en": true, "au": true, "aux": true,
	"dans": true, "sur": true, "par": true, "avec": true, "quand": true, "si": true, "but": true, "by": true}

// particles allowed inside a name
var nameParticle = map[string]bool{"al": true, "el": true, "ben": true, "bin": true, "ibn": true, "de": true,
	"da": true, "van": true, "von": true, "der": true, "le": true, "la": true, "ul": true, "e": true, "i": true}

// connectors between an agent and the country or group it belongs to
var ofWord = map[string]bool{"de": true, "du": true, "des": true, "d'": true, "la": true, "l'": true,
	"of": true, "the": true, "from": true}

// Process implements dyad.Stage.
func (s *Stage) Process(a *dyad.Analysis) error {
	kb := s.kb
	kb.mu.RLock()
	defer kb.mu.RUnlock()
	date := a.RefDate()
	ds := &docState{names: map[string]personRef{}, count: map[string]int{}, place: map[string]int{}, nodoc: map[int]bool{}, settler: map[int]bool{}}
	first := len(a.Actors)
	var us []unit
	for si := range a.Sentences {
		sent := &a.Sentences[si]
		us = sentenceUnits(sent.Tokens, us)
		ms := s.scan(sent.Tokens, us, date, a.Doc.Lang)
		ms = s.filter(sent, us, ms, a.Doc.Lang)
		ms = s.datedSurnames(us, ms, ds, date, !a.Doc.Date.IsZero())
		ms = s.link(a, sent, us, ms, date)
		// remember the people of this sentence, then resolve surnames and
		// names seen earlier in the document
		for _, m := range ms {
			if m.kind == "person" {
				ds.addPerson(us, m)
			}
		}
		ms = s.docNames(us, ms, ds)
		ms = mergeTitles(sent.Tokens, us, ms)
		ms = mergeCountryPerson(sent.Tokens, us, ms)
		ms = mergeSameAgents(us, ms) // lead4.go
		if a.Doc.Lang == "en" {
			ms = coordAgentCountry(us, ms)
		} else if a.Doc.Lang == "fr" {
			ms = coordOfCountry(us, ms)
		}
		ms = supportersOf(us, ms)
		ms = s.backRefs(us, ms, ds, si)
		n0 := len(a.Actors)
		s.emit(a, si, sent, us, ms, ds)
		ds.remember(a.Actors[n0:], si)
	}
	s.personCountries(a, first)
	s.docSiblings(a, first)
	s.titleCountry(a, ds, first)    // frdoc.go
	s.descriptionRefs(a, ds, first) // frdoc.go
	if docDefault {
		s.docDefault(a, ds, first)
	}
	s.sectorRefs(a, ds, first) // frdoc.go
	return nil
}

// docDefault: when one country clearly dominates the document (at least
// minDocCountry mentions and twice as many as any other), the agents of
// state institutions, the insurgents, civilians and the opposition left
// without a country ("le gouvernement", "les insurgés", "la police", "des
// centaines de personnes", "l'opposition") take it; since audit 4 labour,
// farmers and education too ("les syndicats", "les agriculteurs", "les
// étudiants": domestic actors of the story's country). Kept only where it
// raised exact-code agreement (README, "Document country").
var docDefault = true

const minDocCountry = 3

var docRoles = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "INS": true, "CVL": true, "OPP": true, "REB": true, "SPY": true, "PTY": true, "LAB": true, "AGR": true, "EDU": true}

// personCountries: a person named with a title but no country ("Judge
// Alejandro Rivera" ---JUD) takes the country another mention of the same
// surname gives in the document, earlier or later ("Rivera, juge chilien").
func (s *Stage) personCountries(a *dyad.Analysis, first int) {
	var known map[string]string
	for x := first; x < len(a.Actors); x++ {
		m := &a.Actors[x]
		if m.Kind == "person" && s.isState(m.Code) && isCountryCode(m.Code) {
			if u := nameUnits(m.Name); len(u) > 0 {
				if known == nil {
					known = map[string]string{}
				}
				known[u[len(u)-1]] = m.Code[:3]
			}
		}
	}
	if known == nil {
		return
	}
	for x := first; x < len(a.Actors); x++ {
		m := &a.Actors[x]
		if m.Kind != "person" || !strings.HasPrefix(m.Code, "---") || len(m.Code) < 6 {
			continue
		}
		if u := nameUnits(m.Name); len(u) > 0 {
			if c, ok := known[u[len(u)-1]]; ok {
				m.Code = c + m.Code[3:]
				m.Entry += " +name:" + c
			}
		}
	}
}

func (s *Stage) docDefault(a *dyad.Analysis, ds *docState, first int) {
	top, second := "", 0
	for c, n := range ds.count {
		switch {
		case top == "" || n > ds.count[top] || n == ds.count[top] && c < top:
			if top != "" {
				second = max(second, ds.count[top])
			}
			top = c
		default:
			second = max(second, n)
		}
	}
	sole := false
	if top == "" || ds.count[top] < minDocCountry || ds.count[top] < 2*second {
		if sole = top != "" && (soleSentenceCountry(a, ds.count[top], second) || soleSentenceCountryEN(a, ds.count[top], second)); !sole {
			return
		}
	}
	domestic := sole && soleDomestic(a, first, top) // frsector2.go
	for x := first; x < len(a.Actors); x++ {
		m := &a.Actors[x]
		if !strings.HasPrefix(m.Code, "---") || len(m.Code) < 6 || !docRoles[m.Code[3:6]] ||
			m.Kind != "agent" && m.Kind != "person" || ds.nodoc[x] || sole && !soleSentenceRoles[m.Code[3:6]] && !(domestic && soleStateRoles[m.Code[3:6]]) {
			continue
		}
		c := top
		if st := settlerOf()[top]; ds.settler[x] && st != "" {
			c = st // settlers in an article about the West Bank are Israel's
		}
		m.Code = c + m.Code[3:]
		m.Name = s.kb.CountryName(c)
		m.Entry += " +doc:" + c
		a.Tracef("actor", "%q: no country in the text, the document's country %s", m.Text, top)
	}
}

// best returns the payload entry of node n in t that fits the text case,
// the latest loaded one winning.
func (kb *KB) best(t *trie, n int32, us []unit, i, j int, lang string) *Entry {
	var b *Entry
	var bmask uint32
	for _, p := range t.nodes[n].out {
		if !p.fits(us, i, j) {
			continue
		}
		e := kb.resolveLang(int(p.id), lang)
		if lang != "" && e.Lang != "" && e.Lang != lang {
			continue // an agent of the other language ("premier", "union")
		}
		if b == nil {
			b, bmask = e, p.mask
			continue
		}
		if stricter, looser := caseStricter(p.mask, bmask), caseStricter(bmask, p.mask); e != b && (stricter || looser) && variantKinds(b, e) {
			// gaps2: a lower-case variant of a name only adds a form; the
			// text written with the capitals keeps the capitalised entry
			if stricter {
				b, bmask = e, p.mask
			}
			continue
		}
		bl, el := lang != "" && b.Lang == lang, lang != "" && e.Lang == lang
		if el && !bl || el == bl && e.ID > b.ID {
			b, bmask = e, p.mask
		}
	}
	return b
}

// agentLongest finds the longest agent at i, allowing one demonym inside
// or right after it (not first); the demonym's country is the one of its
// role at date ("le président yougoslave" SCGGOV in 1999, YUGGOV in 1988).
func (kb *KB) agentLongest(us []unit, i int, lang string, date dyad.Date) (end int, node int32, country string) {
	if !us[i].first {
		return 0, -1, ""
	}
	t := kb.agt
	node = -1
	var walk func(pos int, n int32, used bool, c string)
	walk = func(pos int, n int32, used bool, c string) {
		if n != 0 && len(t.nodes[n].out) > 0 && endsName(us, pos-1) && pos > end {
			end, node, country = pos, n, c
		}
		if pos >= len(us) {
			return
		}
		if ch, ok := t.edges[edge{n, us[pos].norm}]; ok {
			walk(pos+1, ch, used, c)
		}
		if !used && n != 0 && us[pos].first && (pos == 0 || us[pos].tok == us[pos-1].tokEnd+1) {
			// (not across punctuation: "a Syrian farmer, Lebanese witnesses said")
			if de, dn := kb.dem.longest(us, pos); dn >= 0 {
				if e := kb.best(kb.dem, dn, us, pos, de, lang); e != nil {
					code := e.Roles[0].Code
					if r, ok := e.RoleAt(date); ok && !date.IsZero() {
						code = r.Code
					}
					walk(de, n, true, countryPart(code))
				}
			}
		}
	}
	walk(i, 0, false, "")
	return
}

// modAt reports whether the unit at i alone is a modifier agent ("new",
// "interim": the @mod entries of agents_en_dyad.txt).
func (s *Stage) modAt(us []unit, i int, lang string, date dyad.Date) bool {
	end, node, _ := s.kb.agentLongest(us[:i+1], i, lang, date)
	if node < 0 || end != i+1 {
		return false
	}
	e := s.kb.best(s.kb.agt, node, us, i, end, lang)
	return e != nil && len(e.Roles) > 0 && strings.HasPrefix(e.Roles[0].Code, "@mod")
}

// isOrg reports whether e is an organisation entry (par5en).
func (kb *KB) isOrg(e *Entry) bool { return e != nil && e.Kind == "org" }

// scan finds the leftmost-longest entity, agent and demonym matches.
func (s *Stage) scan(toks []dyad.Token, us []unit, date dyad.Date, lang string) []mention {
	kb := s.kb
	var ms []mention
	for i := 0; i < len(us); {
		eEnd, eNode := kb.ent.longest(us, i)
		aEnd, aNode, aCountry := kb.agentLongest(us, i, lang, date)
		if lang == "en" {
			// an agent phrase never spans a comma ("the Jewish state,
			// officials told AFP"): the longest one before it
			for p := i + 1; p < aEnd; p++ {
				if isComma(toks, us, p-1, p) {
					aEnd, aNode, aCountry = kb.agentLongest(us[:p], i, lang, date)
					break
				}
			}
			if aEnd > i+1 && s.modAt(us, i, lang, date) {
				// par5en: "the new African Union force", "a new European
				// Union mission": a modifier-led agent phrase ("new" +
				// nationality + "union" LAB) stops before an organisation
				// starting inside it that reaches as far or farther; the
				// modifier stays a mention of its own (step 0 below)
				for p := i + 1; p < aEnd; p++ {
					if e2, n2 := kb.ent.longest(us, p); n2 >= 0 && e2 >= aEnd && kb.isOrg(kb.best(kb.ent, n2, us, p, e2, lang)) {
						aEnd, aNode, aCountry = kb.agentLongest(us[:p], i, lang, date)
						break
					}
				}
			}
		}
		dEnd, dNode := kb.dem.longest(us, i)
		if us[i].first && !us[i].last {
			e := i + 1
			for e < len(us) && !us[e].first {
				e++
			}
			if eEnd < e && aEnd < e && dEnd < e && !isCompoundTail(us[e-1].norm) && i > 0 && wordSet("route-noun")[us[i-1].norm] {
				// "le vol Paris-Miami", "la ligne Paris-Dakar", "the
				// London-Paris route": a route between two places, no
				// actor
				i = e
				continue
			}
			if eEnd < e && aEnd < e && dEnd < e && !isCompoundTail(us[e-1].norm) {
				if a, b, ok := s.splitPair(us, i, e, date, lang); ok {
					// "US-Taliban", "Israel-Hamas", "Russie-Ukraine": two actors
					a.part, b.part = true, true
					ms = append(ms, a, b)
					i = e
					continue
				}
				if a, b, ok := s.prefixPair(us, i, e, date, lang); ok {
					// "les pourparlers russo-ukrainiens", "Sino-US talks"
					a.part, b.part, a.pairAdj, b.pairAdj = true, true, true, true
					ms = append(ms, a, b)
					i = e
					continue
				}
			}
		}
		switch {
		case eNode >= 0 && eEnd >= aEnd && eEnd >= dEnd:
			e := kb.best(kb.ent, eNode, us, i, eEnd, lang)
			if e == nil {
				i++
				continue
			}
			if e.Kind == "discard" {
				// "pouvoir d'achat", "Indiana Jones": no actor inside
				i = eEnd
				continue
			}
			ms = append(ms, s.entityMention(e, i, eEnd, date))
			i = eEnd
		case aNode >= 0 && aEnd >= dEnd:
			e := kb.best(kb.agt, aNode, us, i, aEnd, lang)
			if e == nil {
				i++
				continue
			}
			if lang == "fr" && !(aCountry != "" && s.kb.dem.has(us, aEnd-1)) && participleOnly(toks, us, aEnd-1, e) {
				// "les travaux forcés", "ils ont été forcés de": the accented
				// participle is not the noun "forces" the folded form matched
				// (a nationality ending the agent is no participle: "le
				// président burkinabé")
				i++
				continue
			}
			if e.needQuant && !quantified(toks, us, i) {
				// "les personnes âgées"; "des centaines de personnes" is people
				i++
				continue
			}
			if e.needDet && !(i > 0 && wordSet("det")[us[i-1].norm] && (lang != "fr" || us[i-1].norm != "a") || quantified(toks, us, i) ||
				aCountry != "" && aEnd-i > 1 && s.kb.dem.has(us, i) || // "Pakistani intelligence" (actor4)
				i > 0 && (us[i-1].norm == "de" || us[i-1].norm == "d'") && plural(us[aEnd-1].norm) ||
				len(ms) > 0 && ms[len(ms)-1].j == i && (ms[len(ms)-1].kind != "agent" && (lang != "fr" || !touching(us, i-1, i)) || strings.HasPrefix(ms[len(ms)-1].role, "@"))) {
				// "sans pouvoir dire", "responsable de", "opération militaire";
				// French "a" is the verb ("il a jugé", "a dirigé"), not the article;
				// right after an agent the word is its adjective ("des civils
				// musulmans", "le gouvernement socialiste"), no second mention;
				// French puts an agent's nationality after it, so a word needing a
				// determiner right after a French country or name is a predicate
				// ("le Kremlin responsable de l'attaque"), not "Russian official"
				i++
				continue
			}
			if quantified(toks, us, i) && capacityCount(toks, us, i) {
				// "un stade qui peut contenir 12 000 personnes": a size
				i = aEnd
				continue
			}
			mi := i
			if aEnd-i > 1 && us[i].last && wordSet("agent-article")[us[i].norm] && !strings.HasPrefix(e.Roles[0].Code, "@") {
				// "des écologistes", "les insoumis": entries written with
				// their article (the bare word is an adjective) span the noun,
				// so "la libération des écologistes" keeps its "de X"
				mi = i + 1
			}
			var w []string
			for k := mi; k < aEnd; k++ {
				w = append(w, us[k].norm)
			}
			ms = append(ms, mention{i: mi, j: aEnd, kind: "agent", role: e.Roles[0].Code, country: aCountry,
				entry: e, where: e.Where(), agentW: strings.Join(w, " ")})
			i = aEnd
		case dNode >= 0:
			e := kb.best(kb.dem, dNode, us, i, dEnd, lang)
			if e == nil {
				i++
				continue
			}
			// a dated demonym takes its code of the date, as a demonym inside
			// an agent does ("Yugoslav forces" in 1999 SCG, enheld5)
			c := countryPart(demonymCodeAt(e, date))
			ms = append(ms, mention{i: i, j: dEnd, kind: "country", code: c,
				name: kb.CountryName(c), entry: e, where: e.Where()})
			i = dEnd
		default:
			i++
		}
	}
	return ms
}

func (s *Stage) entityMention(e *Entry, i, j int, date dyad.Date) mention {
	r, _ := e.RoleAt(date)
	m := mention{i: i, j: j, code: r.Code, name: e.Name, entry: e, where: e.Where()}
	switch e.Kind {
	case "country", "metonym", "demonym":
		m.kind = "country"
		if e.Kind != "metonym" && len(r.Code) == 3 {
			m.name = s.kb.CountryName(r.Code)
			if m.name == "" {
				m.name = e.Name
			}
		}
	case "media":
		m.kind = "org"
	case "person":
		m.kind = "person"
		m.dated = !r.Default
		if !m.dated {
			if f, ok := s.kb.learnedAt(strings.Join(nameUnits(e.Name), " "), date); ok {
				m.code, m.where = f.Code, "learned:"+f.DocID
			}
		}
	default:
		m.kind = e.Kind
	}
	return m
}

// capRun returns the end of a run of capitalised name tokens starting at
// unit i (particles allowed inside), at most 5 units; i when none.
func capRun(us []unit, i int, taken []bool) int {
	j := i
	for j < len(us) && j-i < 5 && !taken[j] {
		u := us[j]
		if u.cap && !notName[u.norm] {
			j++
			continue
		}
		if j > i && nameParticle[u.norm] && j+1 < len(us) && us[j+1].cap && !taken[j+1] {
			j++
			continue
		}
		break
	}
	// a run must end on a capitalised unit at a token end
	for j > i && (!us[j-1].cap || !us[j-1].last) {
		j--
	}
	return j
}

func unitsText(us []unit, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(us[k].norm)
	}
	return b.String()
}

// isComma reports whether a comma token lies between units a and b.
func isComma(toks []dyad.Token, us []unit, a, b int) bool {
	for t := us[a].tokEnd + 1; t < us[b].tok; t++ {
		if toks[t].Text == "," {
			return true
		}
	}
	return false
}

// coordAdjectives: two nationality adjectives joined by a word of the
// `coord-adj` set around one agent share its role (roles round 3). English
// reads the first before the agent ("Saudi and Iranian foreign ministers",
// "US and South Korean troops": the first, a demonym or a capitals
// abbreviation, takes the role of the agent its partner opens); French the
// second after it ("les ministres saoudien et iranien", "des troupes
// égyptiennes et saoudiennes": the lower-case adjective takes the role).
// Lists with commas too ("US, British and French officials", "des
// enquêteurs américains, canadiens et français"). A country's name
// ("Israel and Palestinian militants") is not an adjective.
func (s *Stage) coordAdjectives(toks []dyad.Token, us []unit, ms []mention, en bool) {
	coord := wordSet("coord-adj")
	// linked: mention b follows a with only a comma or a conjunction between
	linked := func(a, b *mention) bool {
		return b.i == a.j && a.j > 0 && isComma(toks, us, a.j-1, b.i) ||
			a.j < len(us) && b.i == a.j+1 && coord[us[a.j].norm]
	}
	if en {
		// "Saudi and Iranian foreign ministers", "US, British and French officials"
		for k := len(ms) - 1; k > 0; k-- {
			b := &ms[k]
			if b.kind != "agent" || b.country == "" || b.role == "" || strings.HasPrefix(b.role, "@") || !us[b.i].cap {
				continue
			}
			next := b
			for x := k - 1; x >= 0 && s.adjMention(us, ms[x]) && linked(&ms[x], next); x-- {
				ms[x].code = ms[x].code[:3] + b.role
				next = &ms[x]
			}
		}
		return
	}
	// "les ministres saoudien et iranien", "des enquêteurs américains, canadiens et français"
	for k := 0; k < len(ms); k++ {
		a := &ms[k]
		if a.kind != "agent" || a.country == "" || a.role == "" || strings.HasPrefix(a.role, "@") {
			continue
		}
		prev := a
		for x := k + 1; x < len(ms) && s.adjMention(us, ms[x]) && !us[ms[x].i].cap && linked(prev, &ms[x]); x++ {
			ms[x].code = ms[x].code[:3] + a.role
			prev = &ms[x]
		}
	}
}

// ofListRole (English, enheld2 round): a plural agent of a country, "the
// juntas of Mali", "the foreign ministers of Armenia", followed by a list of
// bare countries joined by commas or a `coord-adj` word ("..., Burkina Faso
// and Niger") gives each of them its role, as coordAdjectives does for
// nationality adjectives: "the Sahel juntas of Mali, Burkina Faso and Niger"
// MLIGOV, BFAGOV, NERGOV.
//
// French (lead, 2026-11-27 fifth session): the same with « de / du / des /
// d' » and each country repeating its link and article, « les présidents
// du Rwanda et de la RDC » RWAGOV, CODGOV (was COD), as the English "the
// presidents of Rwanda and Congo".
func ofListRole(toks []dyad.Token, us []unit, ms []mention, en bool) {
	coord := wordSet("coord-adj")
	art := wordSet("article-def")
	link, linkArt := wordSet("head-link"), wordSet("head-link-article")
	isOf := func(x int) bool {
		if en {
			return us[x].norm == "of"
		}
		return link[us[x].norm]
	}
	for k := 0; k+1 < len(ms); k++ {
		a := &ms[k]
		if a.kind != "agent" || a.country == "" || a.role == "" || strings.HasPrefix(a.role, "@") || a.j-a.i < 3 {
			continue
		}
		of := -1
		for x := a.i + 1; x < a.j-1; x++ {
			if isOf(x) {
				of = x
				break
			}
		}
		if of < 0 || !strings.HasSuffix(us[of-1].norm, "s") && (en || !strings.HasSuffix(us[of-1].norm, "x")) {
			continue
		}
		prev := a
		for x := k + 1; x < len(ms); x++ {
			b := &ms[x]
			if b.kind != "country" || len(b.code) != 3 {
				break
			}
			bi := b.i
			if !en {
				// « et de la RDC », « , du Burundi »: the country's own
				// link and article
				if bi-1 >= prev.j && linkArt[us[bi-1].norm] {
					bi--
				}
				if bi-1 >= prev.j && link[us[bi-1].norm] {
					bi--
				} else {
					break
				}
			}
			if en && bi-1 >= prev.j && art[us[bi-1].norm] {
				// pairs6: a country with its article ("of Poland, the
				// Czech Republic and Slovenia")
				bi--
			}
			if !(bi == prev.j && prev.j > 0 && isComma(toks, us, prev.j-1, bi) || prev.j < len(us) && bi == prev.j+1 && coord[us[prev.j].norm]) {
				break
			}
			b.code += a.role
			prev = b
		}
	}
}

// adjMention: a plain nationality mention read as an adjective: a demonym
// (also when a country entry of the same spelling won the match: "Saudi",
// "British", "Egyptian") or a country abbreviation of at most three capitals
// ("US", "UK").
func (s *Stage) adjMention(us []unit, m mention) bool {
	if m.kind != "country" || len(m.code) != 3 || m.entry == nil {
		return false
	}
	if m.entry.Kind == "demonym" || m.j-m.i == 1 && us[m.i].upper && len(us[m.i].norm) <= 3 {
		return true
	}
	de, dn := s.kb.dem.longest(us, m.i)
	return dn >= 0 && de == m.j
}

// lastWord: the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// headLink: units a..b are the link of a head to its body, "de", "du",
// "des" or "d'" then at most one article of the `head-link` set ("de la",
// "de l'"), with no comma ("le porte-parole de l'armée").
func headLink(toks []dyad.Token, us []unit, a, b int) bool {
	if a >= b || b-a > 2 || a >= len(us) || !wordSet("head-link")[us[a].norm] || isComma(toks, us, a-1, b) {
		return false
	}
	return b-a == 1 || wordSet("head-link-article")[us[a+1].norm]
}

// adjacent reports whether units a (end of one mention) and b (start of
// the next) are separated by nothing but an optional comma.
func adjacent(toks []dyad.Token, us []unit, a, b int) bool {
	if b != a+1 {
		return false
	}
	for t := us[a].tokEnd + 1; t < us[b].tok; t++ {
		if toks[t].Text != "," {
			return false
		}
	}
	return true
}

// link merges agents with countries, groups and people, and learns roles
// from appositions.
func (s *Stage) link(a *dyad.Analysis, sent *dyad.Sentence, us []unit, ms []mention, date dyad.Date) []mention {
	ms = companies(us, ms, func(k int) string {
		if m, ok := s.exactName(us, k, k+1, date, a.Doc.Lang); ok && m.kind == "country" {
			return m.code
		}
		return ""
	})
	ms = crowdCount(us, ms)
	ms = crowdAfterLead(sent.Tokens, us, ms) // headline.go
	if len(ms) == 0 {
		return ms
	}
	en := a.Doc.Lang == "en"
	if en {
		ms = ethnicDemonyms(us, ms)
	}
	toks := sent.Tokens
	taken := make([]bool, len(us))
	for _, m := range ms {
		for k := m.i; k < m.j; k++ {
			taken[k] = true
		}
	}
	// 0. modifiers: "new President", "l'ancien président" (@modELI makes
	// the role ELI); a modifier before nothing is dropped
	out := ms[:0:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.kind == "agent" && strings.HasPrefix(m.role, "@mod") {
			if en && len(out) > 0 && out[len(out)-1].kind == "country" && out[len(out)-1].j == m.i &&
				!s.kb.dem.has(us, m.i-1) && wordSet("verb-mod")[us[m.i].norm] {
				// "Israel mobilized reservists": after a country's name (not
				// its adjective, "Russian mobilised soldiers") a modifier that
				// is also a past tense is the country's verb (actor4)
				continue
			}
			if k+1 < len(ms) && ms[k+1].kind == "agent" && ms[k+1].i == m.j && !strings.HasPrefix(ms[k+1].role, "@") &&
				!isComma(toks, us, m.j-1, ms[k+1].i) {
				ag := ms[k+1]
				ag.i = m.i
				if ag.country == "" {
					ag.country = m.country // "current Haitian government officials"
				}
				if m.role == "@modELI" && personRole(ag.role) {
					// "l'ancien ministre"; not "d'anciens détenus"
					ag.role = "ELI"
				}
				out = append(out, ag)
				k++
			} else if en && k+1 < len(ms) && ms[k+1].kind == "person" && ms[k+1].i == m.j && !isComma(toks, us, m.j-1, ms[k+1].i) {
				// "Morocco's visiting King Mohammed VI", "ousted Kurmanbek
				// Bakiyev": the modifier joins the person
				p := ms[k+1]
				p.i = m.i
				if m.role == "@modELI" && isCountryCode(p.code) {
					p.code = p.code[:3] + "ELI"
				}
				out = append(out, p)
				k++
			}
			continue
		}
		out = append(out, m)
	}
	ms = out
	// 1. "Russian official": a bare country right before an agent
	out = ms[:0:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if en && m.kind == "country" && isCountryCode(m.code) && k+1 < len(ms) && ms[k+1].kind == "org" && ms[k+1].i == m.j &&
			!isComma(toks, us, m.j-1, ms[k+1].i) && nationalBody(us, ms[k+1]) {
			// enactors3: "Russia's Security Council", "Iran's Supreme
			// National Security Council": a state's own council, not the
			// UN's or the American one the bare name stands for
			nx := ms[k+1]
			nx.i, nx.code = m.i, m.code[:3]+"GOV"
			out = append(out, nx)
			k++
			continue
		}
		// the next mention is a bare agent (no country yet) that m's
		// country may own
		if k+1 < len(ms) && ms[k+1].kind == "agent" && ms[k+1].country == "" && !strings.HasPrefix(ms[k+1].role, "@") {
			nx := ms[k+1]
			owns := false
			switch {
			case (m.kind == "country" || m.kind == "person" && !isComma(toks, us, m.j-1, min(m.j, len(us)-1))) && isCountryCode(m.code) &&
				nx.i == m.j && !isComma(toks, us, m.j-1, nx.i):
				owns = true
			case abbrGapBefore(us, m, taken, nx.i) && !isComma(toks, us, m.j-1, nx.i):
				// "US Treasury officials", "UK Border Force officers": a country
				// abbreviation, one or two capitalised words, an agent
				owns = true
			case m.kind == "country" && isCountryCode(m.code) && m.j+1 < len(us) && (us[m.j].norm == "led" || ownerTail(us[m.j].norm)) && !us[m.j].first && nx.i == m.j+1:
				// "Vietnamese-led forces", "US-led troops" (enreal.go:
				// "a Greek-flagged oil tanker")
				owns = true
			case en && nx.role == "BUS" && nx.i == m.j+1 && m.j < len(us) && !us[m.j].cap && !taken[m.j] &&
				wordSet("bus-modifier")[us[m.j].norm] && s.adjMention(us, m) && !isComma(toks, us, m.j-1, nx.i):
				// enheld: "a Danish brewing company", "the French oil group":
				// a nationality, one industry word (word set bus-modifier), a company
				owns = true
			case en && m.kind == "country" && isCountryCode(m.code) && m.j+2 < len(us) && us[m.j].norm == "led" && !us[m.j].first &&
				us[m.j+1].norm == "coalition" && nx.i == m.j+2:
				// "Saudi-led coalition warplanes", "US-led coalition forces"
				owns = true
			}
			if owns && en && nx.j-nx.i == 1 && wordSet("predicate-noun")[us[nx.i].norm] &&
				(pluralDemonym(s.kb.dem, us[m.j-1].norm) || pluralDemonym(s.kb.ent, us[m.j-1].norm)) {
				// "took 200 Israelis hostage": the object and its predicate,
				// no second actor (actor4)
				out = append(out, m)
				k++
				continue
			}
			if owns {
				nx.i, nx.country = m.i, m.code[:3]
				out = append(out, nx)
				k++
				continue
			}
		}
		if en && m.kind == "group" && k+1 < len(ms) && ms[k+1].kind == "agent" && ms[k+1].country == "" &&
			ms[k+1].i == m.j+1 && m.j < len(us) && (us[m.j].norm == "led" || ownerTail(us[m.j].norm)) && !us[m.j].first &&
			groupAgentRoles[ms[k+1].role] {
			// enactors3: "the Hamas-run government", "the Taliban-led
			// administration": the body the group runs is the group
			m.j = ms[k+1].j
			k++
			out = append(out, m)
			continue
		}
		if en && m.kind == "group" && k+1 < len(ms) && ms[k+1].kind == "agent" && ms[k+1].country == "" &&
			ms[k+1].i == m.j && groupAgentRoles[ms[k+1].role] && !isComma(toks, us, m.j-1, ms[k+1].i) {
			// "Houthi rebels", "Hamas militants", "Taliban fighters", "Hezbollah
			// leaders": the group's own members, one mention with the group's code
			m.j = ms[k+1].j
			k++
			for k+1 < len(ms) && groupTitleChain(toks, us, m, ms[k+1]) { // gaps2
				m.j = ms[k+1].j
				k++
			}
			out = append(out, m)
			continue
		}
		if m.kind == "org" && (strings.HasPrefix(m.code, "NGO") || strings.HasPrefix(m.code, "MNC")) && k+1 < len(ms) && ms[k+1].kind == "agent" &&
			ms[k+1].country == "" && ms[k+1].i == m.j && (wordSet("igo-staff")[strings.ReplaceAll(ms[k+1].agentW, " ", "-")] || orgStaffRoles[ms[k+1].role]) &&
			!isComma(toks, us, m.j-1, ms[k+1].i) {
			// enactors3: "Red Cross officials", "Amnesty researchers",
			// "MSF doctors": the organisation's own staff
			m.j = ms[k+1].j
			out = append(out, m)
			k++
			continue
		}
		if m.kind == "org" && strings.HasPrefix(m.code, "IGO") && k+1 < len(ms) && ms[k+1].kind == "agent" &&
			ms[k+1].country == "" && ms[k+1].i == m.j && !strings.HasPrefix(ms[k+1].role, "@") &&
			!strings.HasPrefix(ms[k+1].role, "IGO") && !strings.HasPrefix(ms[k+1].role, "NGO") &&
			!isComma(toks, us, m.j-1, ms[k+1].i) {
			// "NATO troops": the organisation's code + the agent's role; its
			// head, officials, ministers and leaders (wordsets.txt igo-head,
			// pairs4) and its staff named as GOV (igo-staff, enactors3) are
			// the organisation itself, as Phoenix codes UN_SECRETARY_GENERAL
			// IGOUNO ("NATO Secretary General" IGOWSTNAT, "EU officials"
			// IGOEUREEC, CODING.md)
			if !strings.HasSuffix(m.code, ms[k+1].role) && !wordSet("igo-head")[strings.ReplaceAll(ms[k+1].agentW, " ", "-")] &&
				!(ms[k+1].role == "GOV" && wordSet("igo-staff")[strings.ReplaceAll(ms[k+1].agentW, " ", "-")]) {
				m.code += ms[k+1].role
			}
			m.j = ms[k+1].j
			out = append(out, m)
			k++
			continue
		}
		out = append(out, m)
	}
	ms = out
	if en {
		ms = compoundAgents(toks, us, ms)
	}
	// 2. "le porte-parole des talibans", "the president of Pakistan"
	out = ms[:0:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.kind == "agent" && m.country == "" && (en && wordSet("located-roles")[strings.ToLower(m.role)] ||
			!en && wordSet("located-roles-fr")[strings.ToLower(m.role)] && !wordSet("foreign-agents")[strings.ReplaceAll(m.agentW, " ", "-")]) && k+1 < len(ms) {
			m.country = locatedIn(toks, us, m, ms[k+1], en)
		}
		if en && m.kind == "agent" && m.country == "" && !strings.HasPrefix(m.role, "@") && k+1 < len(ms) {
			m.country = memberFrom(toks, us, m, ms[k+1])
		}
		if en && m.kind == "agent" && m.country == "" && k+1 < len(ms) && wordSet("agent-heads")[m.agentW] &&
			m.j+1 < len(us) && us[m.j].norm == "of" && ms[k+1].kind == "agent" && !strings.HasPrefix(ms[k+1].role, "@") &&
			(ms[k+1].i == m.j+1 || ms[k+1].i == m.j+2 && us[m.j+1].norm == "the") && !isComma(toks, us, m.j-1, m.j) {
			// "the leader of the opposition" OPP, "the head of the Syrian
			// army" SYRMIL: the head of a body named as an agent
			n := ms[k+1]
			m.country, m.role, m.j = n.country, n.role, n.j
			out = append(out, m)
			k++
			continue
		}
		if en && m.kind == "agent" && m.country == "" && k+2 < len(ms) && wordSet("agent-heads")[m.agentW] &&
			m.j+1 < len(us) && us[m.j].norm == "of" && ms[k+1].kind == "country" && ms[k+2].kind == "agent" &&
			ms[k+2].country == "" && !strings.HasPrefix(ms[k+2].role, "@") && !isComma(toks, us, m.j-1, m.j) &&
			(ms[k+1].i == m.j+1 || ms[k+1].i == m.j+2 && wordSet("head-article")[us[m.j+1].norm]) {
			// "a commander of an Iran-backed militia" REB: the head of
			// a body named as an agent after its backer's compound; the
			// backer ("Iran-backed") is not the body's country (par3en)
			if e := backerEnd(us, ms[k+1]); e > 0 && ms[k+2].i == e {
				n := ms[k+2]
				m.role, m.j = n.role, n.j
				out = append(out, m)
				k += 2
				continue
			}
		}
		if !en && m.kind == "agent" && m.country == "" && k+1 < len(ms) && wordSet("agent-heads-of")[lastWord(m.agentW)] {
			if n := ms[k+1]; n.kind == "agent" && !strings.HasPrefix(n.role, "@") && n.role != "" &&
				(n.role != m.role || n.country != "") && (headLink(toks, us, m.j, n.i) || subgroupLink(toks, us, m.j, n.i)) {
				// "le porte-parole de l'armée israélienne" ISRMIL, "le chef
				// des rebelles" REB: the head of a body named as an agent
				m.country, m.role, m.j = n.country, n.role, n.j
				out = append(out, m)
				k++
				continue
			}
		}
		if en && m.kind == "agent" && m.country == "" && k+1 < len(ms) && wordSet("speaks-for")[m.agentW] &&
			m.j < len(us) && us[m.j].norm == "for" && !isComma(toks, us, m.j-1, m.j) {
			// "a spokesman for the Iranian foreign ministry", "a spokeswoman
			// for the rebels": the body the agent speaks for
			n := ms[k+1]
			gap := n.i - m.j
			if gap == 1 || gap == 2 && us[m.j+1].norm == "the" {
				ok := true
				switch {
				case n.kind == "agent" && n.country != "" && !strings.HasPrefix(n.role, "@"):
					m.country, m.role = n.country, n.role
				case n.kind == "agent" && n.country == "" && !strings.HasPrefix(n.role, "@"):
					m.role = n.role
				case n.kind == "group" || n.kind == "org":
					m.kind, m.code, m.name, m.entry, m.where = n.kind, n.code, n.name, n.entry, n.where
				case n.kind == "country" && isCountryCode(n.code):
					m.country = n.code[:3]
					if len(n.code) > 3 {
						m.role = n.code[3:]
					}
				case n.kind == "person" && isCountryCode(n.code) && len(n.code) > 3:
					// enactors3: "a spokesman for Prime Minister Benjamin
					// Netanyahu": the office of the person spoken for
					m.country, m.role = n.code[:3], n.code[3:]
				default:
					ok = false
				}
				if ok {
					m.j = n.j
					out = append(out, m)
					k++
					continue
				}
			}
		}
		if x := regionName(us, m); x > 0 {
			// "l'Etat de Sagaing", "l'État de l'Illinois" (actors round 7): a
			// State of a federation is a region; the place keeps its country,
			// an unknown name gives none ("l'Etat de Tachira"); the State's
			// own country ("l'État d'Israël", "l'Etat de Palestine") is one
			// entry of its own
			if k+1 < len(ms) && ms[k+1].i == x && ms[k+1].kind == "country" && len(ms[k+1].code) == 3 &&
				ms[k+1].entry != nil && (strings.Contains(ms[k+1].entry.Source, "(cities)") || ms[k+1].entry.Kind == "metonym" ||
				strings.HasPrefix(ms[k+1].entry.Source, "phoenix") || strings.Contains(ms[k+1].entry.Source, "dyad")) {
				continue // the place (next mention) stays
			}
			if k+1 >= len(ms) || ms[k+1].i > x {
				continue
			}
		}
		if m.kind == "agent" && m.country == "" && !strings.HasPrefix(m.role, "@") && k+1 < len(ms) {
			n := ms[k+1]
			mj := titlePostmods(us, m.j, n.i) // gaps2: "le Premier ministre par intérim des talibans"
			if y := subgroupSkip(toks, us, mj, n.i); y > mj && wordSet("heads")[lastWord(m.agentW)] {
				mj = y // frprec4: "les dirigeants de l'aile modérée du Likoud"
			}
			gap := n.i - mj
			ok := gap >= 1 && gap <= 3 && (n.kind == "country" || n.kind == "group" || n.kind == "org") ||
				gap == 0 && mj == m.j && n.kind == "group" && !isComma(toks, us, m.j-1, n.i) // "les négociateurs talibans"
			for g := mj; ok && g < n.i; g++ {
				ok = ofWord[us[g].norm]
			}
			if ok && gap > 0 && isComma(toks, us, mj-1, n.i) && !wordSet("of-prep")[us[mj].norm] {
				ok = false // "les réfugiés, l'UE": a list, two actors ("la Presse, de Vienne" stays one)
			}
			if ok && gap > 0 && n.kind == "country" && len(n.code) == 3 {
				// "du Pakistan", "de la France", "of Pakistan"; a bare "de"/"d'"
				// before a country mostly means "from" ("retirer ses troupes d'Afghanistan")
				c := us[mj].norm
				ok = c == "du" || c == "des" || c == "of" || gap >= 2 && c == "de" ||
					// "les rebelles de Homs", "la police de Marseille": a city (a
					// Phoenix place name, not a country's own name) after a bare de/d'
					gap == 1 && wordSet("de-elided")[c] && n.entry != nil && (strings.HasPrefix(n.entry.Source, "phoenix") || strings.Contains(n.entry.Source, "(cities)") || n.entry.Kind == "metonym") ||
					// "l'ambassade de France", "le gouvernement d'Israël": after a
					// head or a representation of a state, a bare de/d' is "of"
					gap == 1 && wordSet("de-elided")[c] && wordSet("of-country-head")[us[m.j-1].norm]
				if ok && m.i > 0 && wordSet("owner-det")[us[m.i-1].norm] && (wordSet("contracted-det")[c] || wordSet("de-elided")[c]) {
					// "a retiré ses troupes du Mali": after a possessive the
					// forces are the owner's, the country is where they are
					// (or come from)
					ok = false
				}
			}
			if ok && en && gap > 0 {
				if o, yes := possessedBody(toks, us, ms, k); yes {
					if o.kind == "agent" {
						m.country, m.role = o.country, o.role
					} else {
						m.kind, m.code, m.name, m.entry, m.where = o.kind, o.code, o.name, o.entry, o.where
					}
					m.j = o.j
					out = append(out, m)
					k += 2
					continue
				}
			}
			if ok && (gap == 0 || us[mj].norm != "la" && us[mj].norm != "the" || gap > 1) {
				if n.kind == "country" && len(n.code) == 3 {
					m.country = n.code
				} else if m.role == "LEG" && n.kind == "org" && len(n.code) == 6 && strings.HasSuffix(n.code, "PTY") && isCountryCode(n.code) {
					// "les députés de l'UMP": a party's legislators are the
					// legislature of the party's country
					m.country = n.code[:3]
				} else if m.role == "LAB" && n.kind == "org" && (strings.HasPrefix(n.code, "MNC") || n.where == "company") {
					// "les salariés de Renault", "les ouvriers du groupe X": a
					// company's workers are labour of the company's country
					// (Phoenix EMPLOYEE [~LAB]), not the company
					if c := companyCountry(n.code); c != "" {
						m.country = c
					}
				} else if (n.kind == "country" && m.role != "" || n.kind == "org" && stateRoles[m.role]) && len(n.code) == 6 && strings.HasSuffix(n.code, "GOV") && isCountryCode(n.code) {
					// "la police de Kaboul", "le tribunal de Paris": a capital
					// after an agent is its place, the agent keeps its role;
					// a state body's forces keep theirs too ("les forces de
					// sécurité de l'Autorité palestinienne" PSECOP, roles round 3)
					m.country = n.code[:3]
				} else {
					m.kind, m.code, m.name, m.entry, m.where = n.kind, n.code, n.name, n.entry, n.where
				}
				m.j = n.j
				out = append(out, m)
				k++
				continue
			}
		}
		out = append(out, m)
	}
	ms = out
	s.coordAdjectives(toks, us, ms, en)
	ofListRole(toks, us, ms, en)
	for _, m := range ms {
		for k := m.i; k < m.j; k++ {
			taken[k] = true
		}
	}
	// 3. agent + person ("le président Donald Trump", "le secrétaire d'État
	// américain, Marco Rubio") and person + agent ("Fawad Chaudhry, ministre
	// pakistanais de l'Information"); unknown names are capitalised runs.
	out = ms[:0:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.kind == "agent" && !strings.HasPrefix(m.role, "@") && m.j < len(us) {
			// person right after
			var p *mention
			if end, x, c := s.portfolio(toks, us, ms, k, taken, date, a.Doc.Lang); end > 0 {
				// "le ministre du Redressement productif Arnaud Montebourg",
				// "la ministre des Sports X", "le secrétaire d'État chargé des
				// Affaires européennes X": a title, its portfolio, the person
				if x >= 0 {
					p = &ms[x]
					k = x
				} else {
					e := capRun(us, end, taken)
					pm := mention{i: end, j: e, kind: "name", name: tokText(toks, us, end, e)}
					if fe := s.kb.fuzzyPerson(unitsOf(us, end, e), countryPart(m.role)); fe != nil {
						pm = s.entityMention(fe, end, e, date)
					}
					p = &pm
					for k+1 < len(ms) && ms[k+1].i < e {
						k++ // mentions inside the portfolio
					}
				}
				for x := m.j; x < p.j; x++ {
					taken[x] = true
				}
				if m.country == "" {
					m.country = c
				}
				m.j = end
			} else if k+1 < len(ms) && ms[k+1].kind == "person" && adjacent(toks, us, m.j-1, ms[k+1].i) && !disagree(m, ms[k+1]) &&
				!(pluralTitle(us, m) && isComma(toks, us, m.j-1, ms[k+1].i)) {
				p = &ms[k+1]
				k++
			} else if m.j < len(us) && adjacent(toks, us, m.j-1, m.j) && !(pluralTitle(us, m) && isComma(toks, us, m.j-1, m.j)) {
				e := capRun(us, m.j, taken)
				// "King Hassan of Morocco", "le roi Hassan du Maroc": the
				// country after the name is the agent's
				of := -1
				if m.country == "" && e > m.j && e-m.j <= 2 && personRole(m.role) {
					of = countryAfter(us, ms, k+1, e)
				}
				pe := s.titleSurname(us, m, e, of, date)
				if en && of < 0 && e == m.j+1 && personRole(m.role) {
					// "Emir Tamim", "King Salman": a word that is the given name
					// of a KB holder of the title's role names that holder (one
					// only), never someone whose surname it is
					if g, any := s.kb.givenNamePerson(us[m.j].norm, countryPart(m.role), m.country); any {
						pe = g
					}
				}
				if pe != nil {
					// "le président Iliescu": a title + the surname of one KB
					// person who held that role
					fm := s.entityMention(pe, m.j, e, date)
					p = &fm
					for x := m.j; x < e; x++ {
						taken[x] = true
					}
				} else if personRole(m.role) && (of >= 0 || nameLike(us, m.j, e, m.country != "" && isComma(toks, us, m.j-1, m.j))) {
					p = &mention{i: m.j, j: e, kind: "name", name: tokText(toks, us, m.j, e)}
					if fe := s.kb.fuzzyPerson(unitsOf(us, m.j, e), countryPart(m.role)); fe != nil {
						// "President Francois Mitterand": a misspelt known person
						// named with a title of their role
						fm := s.entityMention(fe, m.j, e, date)
						p = &fm
					}
					for x := m.j; x < e; x++ {
						taken[x] = true
					}
					if of >= 0 {
						m.country = ms[of].code
						r := s.appose(a, sent, us, m, *p, date, m.i, ms[of].j)
						r.j = ms[of].j
						out = append(out, r)
						k = of
						continue
					}
				}
			}
			if p != nil {
				out = append(out, s.appose(a, sent, us, m, *p, date, m.i, p.j))
				continue
			}
		}
		if en && m.kind == "person" && k+1 < len(ms) && ms[k+1].kind == "org" && strings.HasPrefix(ms[k+1].code, "IGO") &&
			ms[k+1].i == m.j+1 && apposArticle[us[m.j].norm] && isComma(toks, us, m.j-1, m.j) {
			// "Abdelhamid Brahimi, the United Nations Humanitarian
			// Coordinator, ...": an official of the organisation, when its
			// name (with an agent or a capitalised title) ends the apposition
			n := ms[k+1]
			e := capRun(us, n.j, taken)
			if e < len(us) && e > n.j-1 && isComma(toks, us, e-1, e) && (e > n.j || n.code != "IGO" && len(n.code) > 6) {
				ag := mention{i: n.i, j: e, kind: "agent", code: n.code, role: "GOV"}
				r := s.appose(a, sent, us, ag, m, date, m.i, e)
				out = append(out, r)
				k++
				continue
			}
		}
		if m.kind == "person" && k+1 < len(ms) && ms[k+1].kind == "agent" && ms[k+1].country != "" && !disagree(ms[k+1], m) &&
			(m.j == ms[k+1].i && isComma(toks, us, m.j-1, ms[k+1].i) ||
				en && ms[k+1].i == m.j+1 && apposArticle[us[m.j].norm] && isComma(toks, us, m.j-1, m.j)) {
			// (English also with an article: "Mohammed Javad Zarif, the
			// Iranian foreign minister")
			out = append(out, s.appose(a, sent, us, ms[k+1], m, date, m.i, m.j))
			k++
			continue
		}
		ne := m.i // end of a name standing in apposition before the agent
		if en && m.i > 1 && apposArticle[us[m.i-1].norm] && isComma(toks, us, m.i-2, m.i-1) {
			ne = m.i - 1 // "Ahmed Hassan, a spokesman for the Somali government"
		}
		if m.kind == "agent" && m.country != "" && ne > 0 && isComma(toks, us, ne-1, ne) {
			// unknown name before ", agent"
			st := ne - 1
			for st > 0 && !taken[st-1] && (us[st-1].cap || nameParticle[us[st-1].norm]) && ne-1-st < 4 {
				st--
			}
			for st < ne && (notName[us[st].norm] || !us[st].cap || !us[st].first) {
				st++
			}
			if ne-st >= 2 && !taken[st] && !taken[ne-1] && capRun(us, st, taken) == ne {
				p := mention{i: st, j: ne, kind: "name", name: tokText(toks, us, st, ne)}
				// drop mentions already emitted inside the name
				for len(out) > 0 && out[len(out)-1].j > st {
					out = out[:len(out)-1]
				}
				out = append(out, s.appose(a, sent, us, m, p, date, st, ne))
				continue
			}
		}
		out = append(out, m)
	}
	out = s.titledPersonOf(toks, us, out, date, a.Doc.Lang, a.Doc.ID)
	out = postedAt(toks, us, out)
	// "citoyens de pays occidentaux", "nationals of foreign countries":
	// an agent without country whose de/of complement names other
	// countries (a word of the "foreign-of" set) or a region ("européens")
	// keeps no country rather than the document's
	for k := range out {
		m := &out[k]
		if m.kind != "agent" || m.country != "" || m.j >= len(us) || !ofWord[us[m.j].norm] && us[m.j].norm != "from" {
			continue
		}
		for g := m.j + 1; g < len(us) && g <= m.j+3; g++ {
			if wordSet("foreign-of")[us[g].norm] || k+1 < len(out) && out[k+1].i == g && out[k+1].kind == "country" && !s.isState(out[k+1].code) {
				m.nodoc = true
				break
			}
			if !ofWord[us[g].norm] && !wordSet("det")[us[g].norm] {
				break
			}
		}
	}
	// 4. "supporters of former President Ben Bella", "les partisans de
	// Mélenchon": an agent without country before of/de + a person takes
	// the person's country; both stay mentions
	for k := 0; k+1 < len(out); k++ {
		m, n := &out[k], out[k+1]
		gap := n.i - m.j
		if m.kind != "agent" || m.country != "" || strings.HasPrefix(m.role, "@") || n.kind != "person" ||
			gap < 1 || gap > 3 || !isCountryCode(n.code) {
			continue
		}
		switch us[m.j].norm {
		case "of", "de", "d'", "du":
		default:
			continue
		}
		ok := true
		for g := m.j + 1; g < n.i; g++ {
			ok = ok && (ofWord[us[g].norm] || wordSet("det")[us[g].norm])
		}
		if ok {
			m.country = n.code[:3]
		}
	}
	for k := range out {
		if m := &out[k]; m.kind == "agent" && m.country == "" && wordSet("foreign-agents")[strings.ReplaceAll(m.agentW, " ", "-")] {
			m.nodoc = true // "les troupes étrangères": foreign (roles round 3)
		}
	}
	foreignQualified(us, out) // frwire9: "deux enseignants étrangers"
	settlers(out)
	s.frontedPlace(toks, us, out)
	for k := range out {
		// "les combattants kurdes", "Kurdish fighters": a people without a
		// state of its own; the document's country is no evidence of theirs
		if m := &out[k]; m.kind == "agent" && m.country == "" {
			for _, w := range strings.Fields(m.agentW) {
				if wordSet("stateless")[w] {
					m.nodoc = true
				}
			}
		}
	}
	out = dropUnowned(out) // gaps2
	if en {
		possessedAgents(toks, us, out)
		speakerAgents(us, out)
		s.soleCountry(out)
		s.soleCountryAgents(us, out, true) // round 9
		out = namedPartyEn(us, out)        // round 9
		out = oppositionPartyEn(us, out)   // endom
		formerTitles(toks, us, out)
	} else if a.Doc.Lang == "fr" {
		possessedAgentsFr(toks, us, out) // pairs14
		s.soleCountryFr(us, out)
	}
	s.rebelsAtHome(us, out)       // round 8
	clauseSubjectCountry(us, out) // round 8
	memberCountry(us, out)        // frnews3
	centralGovernment(out)        // frnews3
	if a.Doc.Lang == "fr" {
		s.demonymNames(us, out) // round 9
	}
	counterpartRole(out) // round 8
	s.legislatureOfExecutive(out)
	// country-only (round 6): a title that names no one without its country
	// ("l'empereur", in 19th-century news any emperor, the Kaiser as much as
	// Napoleon III) is dropped unless the text gives the country ("l'empereur
	// du Japon", "l'empereur d'Autriche") or the person ("l'empereur Akihito")
	kept := out[:0]
	for _, m := range out {
		if m.kind == "agent" && m.country == "" && m.code == "" && wordSet("country-only")[m.agentW] {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// legislatureOfExecutive (roles round 3): a legislature of no country ("the
// National Assembly", "le Parlement", "les députés") after an executive
// (role GOV: a president, a government, a minister) in a sentence whose
// state actors are all of that one country is that country's: "The French
// president addressed the National Assembly" FRALEG, "l'accord entre
// l'administration et le Congrès" (coder/testdata/CODING.md: "le Premier
// ministre a prononcé un discours devant l'Assemblée" FRAGOV FRALEG). Only
// after the executive: a legislature named first is often condemning a
// foreign government ("Congress condemned the Russian government" stays
// ---LEG). Any other state actor of another country, or executives of two
// countries, leave it alone; countries named alone ("about the war in
// Ukraine") do not count.
func (s *Stage) legislatureOfExecutive(ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.kind != "agent" || m.country != "" || m.role != "LEG" || m.nodoc {
			continue
		}
		c := ""
		for x, o := range ms {
			oc, role := o.stateAndRole()
			if x == k || oc == "" || !s.isState(oc) || role == "" || !stateRoles[role[:min(3, len(role))]] {
				continue
			}
			if c != "" && c != oc || role[:min(3, len(role))] != "GOV" && oc != c {
				c = "-"
				break
			}
			if role == "GOV" && x < k {
				c = oc
			}
		}
		if c != "" && c != "-" {
			m.country = c
		}
	}
}

// ethnicDemonyms (English): a nationality after "ethnic" names an ethnic
// group, not the state ("ethnic Albanians in southern Serbia" are Serbia's
// civilians, as CAMEO coders code them): alone it becomes civilians of
// unknown country (the place or the document gives the country); before
// an agent it is dropped and the agent keeps no country ("ethnic Albanian
// guerrillas"). A people named with "of" + another country are that
// country's civilians ("the Hungarians of northern Serbia" SRBCVL).
func ethnicDemonyms(us []unit, ms []mention) []mention {
	out := ms[:0:0]
	for k, m := range ms {
		ethnic := m.i > 0 && wordSet("ethnic")[us[m.i-1].norm]
		if ethnic && m.kind == "country" && len(m.code) == 3 {
			if k+1 < len(ms) && ms[k+1].kind == "agent" && ms[k+1].i == m.j && ms[k+1].country == "" {
				continue
			}
			m.kind, m.role, m.country, m.code, m.agentW = "agent", "CVL", "", "", us[m.i].norm
		} else if ethnic && m.kind == "agent" && m.country != "" {
			m.country = "" // "ethnic Albanian guerrillas": the nationality came first
		} else if m.kind == "country" && len(m.code) == 3 && m.j-m.i == 1 && us[m.i].cap && strings.HasSuffix(us[m.i].norm, "s") &&
			m.entry != nil && NameKey(m.entry.Name) != us[m.i].norm && k+1 < len(ms) && ms[k+1].kind == "country" && isCountryCode(ms[k+1].code) &&
			ms[k+1].code[:3] != m.code && m.j < len(us) && us[m.j].norm == "of" {
			// "the Hungarians of northern Serbia": a people named by the
			// country it lives in are that country's civilians
			g := m.j + 1
			for g < ms[k+1].i && (us[g].norm == "the" || wordSet("placeadj")[us[g].norm]) {
				g++
			}
			if g == ms[k+1].i {
				m.kind, m.role, m.country, m.code, m.agentW = "agent", "CVL", ms[k+1].code[:3], "", us[m.i].norm
			}
		}
		out = append(out, m)
	}
	return out
}

// soleCountry (English): a person named with a state title but no country
// ("Judge Alejandro Rivera", "President Dos Sontas") takes the country of
// the sentence when every other actor with a country in it has the same one
// ("... against 15 Peruvian government officials" PERJUD); a title other
// than a court's or the police's only when those actors are non-state
// ("President Dos Sontas ... UNITA" AGOGOV, not "Senator X criticised
// Israel").
// stateAndRole returns the country and the role a mention names: an
// agent's country and role, or the parts of a country-prefixed code; ""
// when it names no country.
func (m mention) stateAndRole() (country, role string) {
	switch {
	case m.kind == "agent":
		return m.country, m.role
	case isCountryCode(m.code):
		return m.code[:3], m.code[3:]
	}
	return "", ""
}

func (s *Stage) soleCountry(ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.kind != "person" || !strings.HasPrefix(m.code, "---") || !soleRoles[m.code[3:]] {
			continue
		}
		c := ""
		for x, o := range ms {
			if x == k {
				continue
			}
			oc, role := o.stateAndRole()
			if oc == "" || !s.isState(oc) {
				continue
			}
			if !domesticRoles[m.code[3:]] && (role == "" || stateRoles[role[:min(3, len(role))]]) {
				// "Senator Bernie Sanders criticised Israel", "Admiral X
				// visited Japan": a state or its institutions are often the
				// other side; only courts and police, or a government facing
				// its rebels, opposition, civilians, are taken as domestic
				c = "-"
				break
			}
			if c != "" && c != oc[:3] {
				c = "-"
				break
			}
			c = oc[:3]
		}
		if c != "" && c != "-" {
			m.code = c + m.code[3:]
		}
	}
}

// speakerAgents (English): a bare agent of a state role opening the
// clause an actor of the same role reports ("The IDF said troops killed 20
// militants" ISRMIL, "Kenyan police said officers arrested ..." KENCOP)
// belongs to that actor's country; "Israeli officials said troops ..." is
// left alone.
func speakerAgents(us []unit, ms []mention) {
	for k := 1; k < len(ms); k++ {
		m := &ms[k]
		if m.kind != "agent" || m.country != "" || !stateRoles[m.role] || m.i < 2 {
			continue
		}
		v := m.i - 1
		for v > 0 && v >= m.i-3 && (wordSet("det")[us[v].norm] || us[v].norm == "that") {
			v-- // "said that the troops"
		}
		o := ms[k-1]
		if !wordSet("report-verb")[us[v].norm] || o.j != v {
			continue
		}
		country, role := "", ""
		switch {
		case o.kind == "agent":
			country, role = o.country, o.role
		case isCountryCode(o.code) && len(o.code) >= 6:
			country, role = o.code[:3], o.code[3:6]
		}
		if country != "" && isCountryCode(country) && role == m.role {
			m.country = country[:3]
		}
	}
}

// formerTitles (English): "former" (the former-en word set) before a
// country + title ("Former US President Donald Trump") or with one
// adjective between ("Former Labour prime minister Tony Blair")
// makes the title's holder a former office holder (ELI), as "former
// President X" is; the modifier's own merge sees only an agent right after
// it.
func formerTitles(toks []dyad.Token, us []unit, ms []mention) {
	taken := make([]bool, len(us))
	for _, m := range ms {
		for x := m.i; x < m.j && x < len(us); x++ {
			taken[x] = true
		}
	}
	for k := range ms {
		m := &ms[k]
		if m.kind != "person" && m.kind != "agent" || m.i == 0 {
			continue
		}
		f := m.i - 1
		if !wordSet("former-en")[us[f].norm] && f > 0 && !taken[f] && !isComma(toks, us, f-1, f) && !wordSet("det")[us[f].norm] {
			f-- // one adjective between
		}
		if taken[f] || !wordSet("former-en")[us[f].norm] || isComma(toks, us, f, f+1) {
			continue
		}
		switch {
		case m.kind == "person" && isCountryCode(m.code) && !strings.HasSuffix(m.code, "ELI"):
			m.code = m.code[:3] + "ELI"
		case m.kind == "agent" && personRole(m.role):
			m.role = "ELI"
		default:
			continue
		}
		m.i = f
	}
}

// soleRoles: the state roles soleCountry completes; domesticRoles take any
// other actor's country, the others only a non-state one's (stateRoles).
var soleRoles = map[string]bool{"GOV": true, "JUD": true, "LEG": true, "MIL": true, "COP": true}
var domesticRoles = map[string]bool{"JUD": true, "COP": true}
var stateRoles = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true}

// possessedAgents (English): an agent without country after "its"/"their"
// opening a clause (after a word of the possessor-clause set or a comma)
// belongs to the last actor named before it in the sentence ("the Israeli
// military said its jets struck" ISRMIL, "the UN said its peacekeepers"
// IGOUNOMIL); nothing when that actor has no country either. As an object
// ("Iran offered its troops to Iraq") it is left to the coder.
func possessedAgents(toks []dyad.Token, us []unit, ms []mention) {
	possessedAgentsBy(toks, us, ms, "collective-possessive", "possessor-clause", true)
}

// possessedAgentsBy is possessedAgents with its two word sets named: the
// possessive determiners and the words that open the agent's clause
// (French: pairs14.go); comma tells whether a comma opens the clause too.
func possessedAgentsBy(toks []dyad.Token, us []unit, ms []mention, possSet, clauseSet string, comma bool) {
	for k := 1; k < len(ms); k++ {
		m := &ms[k]
		if m.kind != "agent" || m.country != "" || strings.HasPrefix(m.role, "@") || m.i == 0 {
			continue
		}
		if !wordSet(possSet)[us[m.i-1].norm] || us[m.i].tok != us[m.i-1].tokEnd+1 {
			continue
		}
		t := us[m.i-1].tok
		if t >= 2 && wordSet("possessor-time")[toks[t-1].Norm] {
			// enheld: "said on Wednesday its navy would": the day between
			t--
			if toks[t-1].Norm == "on" {
				t--
			}
		}
		if t == 0 || !wordSet(clauseSet)[toks[t-1].Norm] && !(comma && toks[t-1].Text == ",") {
			continue
		}
		o := ms[k-1]
		for j := k - 1; j > 0 && prepObject(toks, us, ms[j]); j-- {
			// enarticle: "Hamas fired rockets at Tel Aviv and said its
			// fighters were clashing": a place or object after a
			// preposition is no speaker; the body before it is
			o = ms[j-1]
		}
		switch {
		case o.kind == "agent" && o.country != "" && isCountryCode(o.country):
			m.country = o.country[:3]
		case (o.kind == "country" || o.kind == "person" || o.kind == "org" || o.kind == "media") && isCountryCode(o.code):
			// (also a state body or a medium: "Al Jazeera said its journalist")
			m.country = o.code[:3]
		case o.kind == "org" && strings.HasPrefix(o.code, "IGO"):
			m.kind, m.name, m.entry, m.where = "org", o.name, o.entry, o.where
			m.code = o.code
			if !strings.HasSuffix(o.code, m.role) {
				m.code += m.role
			}
		case o.kind == "group" && groupAgentRoles[m.role]:
			m.kind, m.code, m.name, m.entry, m.where = o.kind, o.code, o.name, o.entry, o.where
		}
	}
}

// prepObject (enarticle) reports a mention right after a preposition of
// `possessor-skip-prep` (at most one determiner between): "at Tel Aviv",
// "on the capital".
func prepObject(toks []dyad.Token, us []unit, m mention) bool {
	t := us[m.i].tok
	if t >= 2 && wordSet("det")[toks[t-1].Norm] {
		t--
	}
	return t >= 1 && wordSet("possessor-skip-prep")[toks[t-1].Norm]
}

// apposArticle: the articles an English apposition may start with ("X, a
// British diplomat", "X, the Iranian foreign minister").
var apposArticle = map[string]bool{"a": true, "an": true, "the": true}

// orgStaffRoles (enactors3): roles of the agent nouns that name an NGO's or
// a company's own staff after its name ("MSF doctors" HLH, "Amnesty
// researchers" EDU): the pair is the organisation. Workers (LAB) are left
// out: "Shell workers" striking act against the company, not as it.
var orgStaffRoles = map[string]bool{"HLH": true, "EDU": true, "GOV": true, "BUS": true}

// groupAgentRoles: roles of the agent nouns that name a group's own members
// after its name ("Hamas militants", "Taliban negotiators"); not the people
// it holds or harms ("Hamas hostages").
var groupAgentRoles = map[string]bool{"REB": true, "INS": true, "MIL": true, "GOV": true, "OPP": true, "PTY": true, "SPY": true}

// compoundAgents (English): a state office or body (an org entry with a
// country's code) before a person or an agent is read as an agent; an
// agent with a country followed, with nothing between, by an agent
// without one is one noun compound ("Iran's foreign
// ministry spokesman", "Israeli army spokesman", "Kremlin spokesman" is a
// country mention and handled before): the country carries over; the role
// is the first agent's (the body: "army spokesman" MIL), the second's after
// a government ("Syrian government soldiers" MIL).
func compoundAgents(toks []dyad.Token, us []unit, ms []mention) []mention {
	out := ms[:0:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.kind == "org" && len(m.code) > 3 && isCountryCode(m.code) && k+1 < len(ms) && ms[k+1].i == m.j && !isComma(toks, us, m.j-1, ms[k+1].i) &&
			(ms[k+1].kind == "person" || ms[k+1].kind == "agent" && ms[k+1].country == "" && !strings.HasPrefix(ms[k+1].role, "@")) {
			// a state office or body named before a person or an agent is
			// their title ("U.S. Secretary of State Madeleine Albright",
			// "US Defense Secretary Lloyd Austin", "State Department
			// spokesman"): read as an agent of its country
			m.kind, m.country, m.role, m.agentW = "agent", m.code[:3], m.code[3:], unitsText(us, m.i, m.j)
		}
		if m.kind == "agent" && m.country == "" && !strings.HasPrefix(m.role, "@") && m.role != "GOV" && k+1 < len(ms) &&
			ms[k+1].kind == "agent" && ms[k+1].country == "" && ms[k+1].i == m.j && wordSet("agent-heads")[ms[k+1].agentW] &&
			!isComma(toks, us, m.j-1, ms[k+1].i) {
			// "gang leader", "militia commander", "union leaders", "police
			// chief": the head of a body of unknown country keeps its role
			m.j = ms[k+1].j
			m.agentW += " " + ms[k+1].agentW
			out = append(out, m)
			k++
			continue
		}
		if m.kind == "agent" && m.country == "" && wordSet("religion-roles")[strings.ToLower(m.role)] && k+1 < len(ms) &&
			ms[k+1].kind == "agent" && ms[k+1].country == "" && ms[k+1].i == m.j && wordSet("acting-roles")[strings.ToLower(ms[k+1].role)] &&
			!isComma(toks, us, m.j-1, ms[k+1].i) {
			// "Islamist insurgents" ---REBMUS: one body, as below with a country
			m.role, m.j = ms[k+1].role+m.role, ms[k+1].j
			m.agentW += " " + ms[k+1].agentW
			out = append(out, m)
			k++
			continue
		}
		if m.kind == "agent" && m.country != "" && !strings.HasPrefix(m.role, "@") && k+1 < len(ms) {
			nx := ms[k+1]
			if nx.kind == "agent" && nx.country == "" && nx.i == m.j && !strings.HasPrefix(nx.role, "@") &&
				!isComma(toks, us, m.j-1, nx.i) && !strings.HasSuffix(m.role, "ELI") {
				if m.role == "GOV" && nx.role != "ELI" {
					m.role = nx.role
				} else if wordSet("religion-roles")[strings.ToLower(m.role)] && wordSet("acting-roles")[strings.ToLower(nx.role)] {
					// "Somali Islamist insurgents" SOMREBMUS: the acting
					// body first, its faith after (Phoenix SHIITE_MILITIA REBMUS)
					m.role = nx.role + m.role
				}
				m.j = nx.j
				m.agentW += " " + nx.agentW
				out = append(out, m)
				k++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// locatedIn (English): the country an agent of no country is placed in by a
// "located-in" preposition right after it ("opposition parties in Nepal",
// "protesters in central Cairo"), "" when n is no such place.
func locatedIn(toks []dyad.Token, us []unit, m, n mention, en bool) string {
	g := m.j
	in, link := wordSet("located-in"), wordSet("located-link")
	if !en {
		// French (roles round 3): "des combattants kurdes près de Qamichli",
		// "les rebelles dans l'est du Congo"
		in, link = wordSet("located-in-fr"), wordSet("located-link-fr")
	}
	if en && g+1 < n.i && wordSet("located-verb")[us[g].norm] {
		g++ // "guerrillas operating in Macedonia", "rebels based in eastern Congo"
	}
	if g >= n.i || !in[us[g].norm] || isComma(toks, us, m.j-1, g) || wordSet("located-not")[us[m.j-1].norm] {
		return ""
	}
	for g++; g < n.i && (link[us[g].norm] || wordSet("placeadj")[us[g].norm]); g++ {
	}
	if g != n.i || n.kind != "country" || !isCountryCode(n.code) || n.part {
		return ""
	}
	return n.code[:3]
}

// memberFrom (English): the country of the body an agent of no country comes
// from ("nurses from two British charities" GBR, "experts from the Russian
// defence ministry"): a "member-from" preposition, determiners, then an agent
// with a country; "" otherwise (a place after "from" is where the agent
// left: "withdrew troops from Iraq").
func memberFrom(toks []dyad.Token, us []unit, m, n mention) string {
	g := m.j
	if g >= n.i || !wordSet("member-from")[us[g].norm] || isComma(toks, us, m.j-1, g) {
		return ""
	}
	for g++; g < n.i && wordSet("det")[us[g].norm]; g++ {
	}
	if g != n.i || n.kind != "agent" || n.country == "" || strings.HasPrefix(n.role, "@") {
		return ""
	}
	return n.country
}

func tokText(toks []dyad.Token, us []unit, i, j int) string {
	st, en := toks[us[i].tok].Start, toks[us[j-1].tokEnd].End
	_ = st
	var b strings.Builder
	for t := us[i].tok; t <= us[j-1].tokEnd; t++ {
		if t > us[i].tok && toks[t].Start > toks[t-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(toks[t].Text)
	}
	_ = en
	return b.String()
}

// appose resolves a person named together with an agent. The KB role
// stands when it is dated at the date; otherwise the agent's role
// (country + role) does, and the fact is learned.
func (s *Stage) appose(a *dyad.Analysis, sent *dyad.Sentence, us []unit, ag, p mention, date dyad.Date, i, j int) mention {
	if ag.country == "" && ag.kind == "agent" && wordSet("institution")[firstWord(ag.agentW)] {
		// "le gouvernement Fillon", "l'administration Trump", "le régime
		// Assad", "la junte Goïta": the institution the person heads is the
		// government of the person's country, whatever the person's own
		// role at the date (Fillon FRAPTY in June 2012: his government
		// GOV); no role is learned for the person
		r := ag
		r.i, r.j = min(ag.i, p.i), max(ag.j, p.j)
		if p.kind != "name" && isCountryCode(p.code) && s.isState(p.code) {
			r.country = p.code[:3]
		}
		return r
	}
	textCode := ""
	if ag.country != "" {
		textCode = ag.country + ag.role
	} else if ag.code != "" { // agent of a group ("porte-parole des talibans")
		textCode = ag.code
	}
	m := p
	m.i, m.j = min(ag.i, p.i), max(ag.j, p.j)
	m.kind = "person"
	if p.kind == "name" {
		if f, ok := s.kb.learnedAt(strings.Join(nameUnits(p.name), " "), date); ok && textCode == "" {
			m.code, m.where = f.Code, "learned:"+f.DocID
		} else {
			m.code, m.where = textCode, "doc:"+a.Doc.ID
		}
		if m.code == "" {
			// "le général Dupont": role without country
			m.code = "---" + ag.role
		}
	} else if !p.dated && textCode != "" {
		m.code, m.where = textCode, "doc:"+a.Doc.ID
	} else if (!p.dated || strings.HasSuffix(p.code, "ELI")) && textCode == "" && isCountryCode(p.code) && !strings.HasSuffix(ag.role, "ELI") {
		// "President Assad", "le président Barack Obama" (a past event): the
		// title says which role the person holds, over a default or ELI role
		m.code = p.code[:3] + ag.role
	} else if strings.HasSuffix(p.code, "ELI") && textCode != "" && !strings.HasSuffix(ag.role, "ELI") {
		m.code = textCode
	}
	if ag.role == "OPP" && p.kind != "name" && isCountryCode(m.code) && a.Doc.Lang == "en" {
		// "Opposition leader Raila Odinga", "Kenyan opposition leader X": the
		// text puts the person in the opposition, over a government role the
		// dictionary keeps open
		c := ag.country
		if c == "" {
			c = m.code[:3]
		}
		m.code = c + "OPP"
	}
	if strings.HasSuffix(ag.role, "ELI") {
		// "l'ancien président américain Barack Obama", "ousted President Akayev"
		if ag.country != "" {
			m.code = ag.country + "ELI"
		} else if isCountryCode(m.code) {
			m.code = m.code[:3] + "ELI"
		}
	}
	if textCode != "" && !strings.HasPrefix(textCode, "---") && m.name != "" {
		ev := a.Doc.Text[sent.Tokens[us[i].tok].Start:sent.Tokens[us[j-1].tokEnd].End]
		a.Learned = append(a.Learned, dyad.RoleFact{Name: m.name, Code: textCode, Role: ag.agentW,
			Since: a.Doc.Date, DocID: a.Doc.ID, Text: ev})
		if m.code == textCode {
			a.Tracef("actor", "learned %s = %s from %q", m.name, textCode, ev)
		}
	}
	return m
}

// disagree: an agent with a country and a known person whose dated role at
// the date is another country's ("le président chinois, Joe Biden"): no
// apposition, two mentions each with its own code (the text may be wrong
// or name two people; a dictionary role of the date is evidence too).
func disagree(ag, p mention) bool {
	return ag.kind == "agent" && ag.country != "" && p.kind == "person" && p.dated &&
		isCountryCode(p.code) && p.code[:3] != ag.country && !strings.HasSuffix(ag.role, "ELI")
}

// portfolio finds a title's portfolio complement and the person after it:
// the agent ms[k] is a title of the portfolio-title set ("ministre",
// "secrétaire d'État", "minister") opened by a word of portfolio-open
// ("du", "des", "de la", "chargé de", "aux", "of", "for"); the complement is
// made of link words (portfolio-link), one capitalised word after each link
// word and lower-case words (adjectives: "productif", "européennes"; not
// those of portfolio-stop, verbs and pronouns: "a", "rencontre", "qui"), at
// most portfolioMax units, a comma only before a link word ("de l'Économie,
// des Finances et de la Relance"); it ends where a known person starts or a
// capitalised word not right after a link word starts a name of two tokens
// or more. It returns the unit where the person starts, the index in ms of
// a known person there (or -1), and the country a country name inside the
// complement gives ("ministre de la Défense du Mali X"); end 0 when there
// is no such join. Mentions inside the complement other than countries and
// regions ("européennes") stop it.
func (s *Stage) portfolio(toks []dyad.Token, us []unit, ms []mention, k int, taken []bool, date dyad.Date, lang string) (end, x int, country string) {
	m := ms[k]
	if m.kind != "agent" || !personRole(m.role) || m.j+2 >= len(us) || !wordSet("portfolio-title")[firstWord(m.agentW)] ||
		!wordSet("portfolio-open")[us[m.j].norm] || auxA(toks, us, m.j) ||
		isComma(toks, us, m.j-1, m.j) && !strings.Contains(m.agentW, " ") {
		// (a comma only after a title that has its portfolio already: "le
		// ministre de l'Économie, des Finances et de la Relance X")
		return 0, -1, ""
	}
	link, lower, content := wordSet("portfolio-link"), 0, 0
	prevLink := true // the opening word
	commas := isComma(toks, us, m.j-1, m.j)
	nx := k + 1
	for g := m.j + 1; g < len(us) && g-m.j <= portfolioMax; g++ {
		if !us[g].first {
			continue // the rest of a hyphenated word ("Outre-mer")
		}
		comma := isComma(toks, us, g-1, g)
		if !comma && us[g].tok > us[g-1].tokEnd+1 {
			return 0, -1, "" // other punctuation
		}
		for nx < len(ms) && ms[nx].j <= g {
			nx++
		}
		if nx < len(ms) && ms[nx].i == g && ms[nx].kind == "person" && !prevLink && content > 0 && !comma && !commas {
			return g, nx, country
		}
		w := us[g].norm
		switch {
		case auxA(toks, us, g):
			return 0, -1, "" // "le ministre de l'Intérieur a arrêté X": the verb
		case comma && !link[w]:
			return 0, -1, ""
		case link[w]:
			if comma {
				commas = true
			} else if wordSet("list-and")[w] {
				commas = false // "de l'Économie, des Finances et de la Relance"
			}
			prevLink = true
			continue
		case notName[w]:
			return 0, -1, "" // "de M. Dominique Strauss-Kahn"
		case us[g].cap && !prevLink && content > 0:
			if commas {
				return 0, -1, "" // an enumeration of portfolios ends with "et"
			}
			// a capitalised word after a content word starts the name
			if taken[g] || !nameLike(us, g, capRun(us, g, taken), false) {
				return 0, -1, ""
			}
			return g, -1, country
		case !us[g].cap && (wordSet("portfolio-stop")[w] || lower >= 3):
			return 0, -1, ""
		case us[g].cap && prevLink && country == "":
			// "ministre de la Défense du Mali X": a country name after a link
			// word is the title's country, not its portfolio
			found := false
			for j := min(g+3, len(us)); j > g && !found; j-- {
				if c, ok := s.exactName(us, g, j, date, lang); ok && c.kind == "country" && len(c.code) == 3 && s.isState(c.code) && us[j-1].last {
					country, found = c.code, true
					g = j - 1
				}
			}
			if found {
				content++
				prevLink = false
				continue
			}
		}
		if nx < len(ms) && ms[nx].i <= g {
			o := ms[nx]
			switch {
			case o.kind == "country" && isCountryCode(o.code) && s.isState(o.code) && us[o.i].cap && len(o.code) == 3:
				country = o.code
			case o.kind == "country" && !s.isState(o.code):
				// a region's adjective: "Affaires européennes"
			default:
				return 0, -1, ""
			}
		}
		if !us[g].cap {
			lower++
		}
		content++
		prevLink = false
	}
	return 0, -1, ""
}

// auxA: the unit is the French auxiliary "a" written without accent (its folded
// form is the preposition "à" of "ministre délégué à ..."): a title's portfolio
// ends there ("Le ministre a condamné William Ruto" is no title of Ruto; framesfr).
func auxA(toks []dyad.Token, us []unit, g int) bool {
	return g < len(us) && toks[us[g].tok].Text == "a"
}

// portfolioMax: the longest portfolio complement, in units.
const portfolioMax = 10

// frontedPlace: a sentence opening on a place ("Au Brésil, le ministre de
// la Santé a ...", "Dans l'est du Congo, des rebelles ...", "In Nigeria,
// police arrested ...") sets the country of the agents without a country
// that follow it in the sentence; a locative word of the fronted-loc set
// first, at most frontMax units of lower-case words (articles, "l'est du",
// "northern") before the place, a comma right after it. The place is a
// country name or a city the dictionaries give to a country, not a capital
// read as its government (metonyms: "À Genève, les négociateurs" meet
// there). Actors with their own country ("Au Mali, la France a ...",
// "les soldats français"), agents marked as foreign ("foreign troops") and
// pairs are left alone.
func (s *Stage) frontedPlace(toks []dyad.Token, us []unit, ms []mention) {
	if len(ms) < 2 || len(us) == 0 {
		return
	}
	p := ms[0]
	// a headline label: "Iran : des producteurs ...", "RDC : la presse de
	// Beni ...": the sentence opens on the place and a colon (actor4)
	label := p.i == 0 && p.j < len(us) && colonAfter(toks, us, p.j-1, p.j)
	if !label && !wordSet("fronted-loc")[us[0].norm] {
		return
	}
	if p.kind != "country" || len(p.code) != 3 || !s.isState(p.code) || p.i > frontMax || p.j >= len(us) ||
		!label && !isComma(toks, us, p.j-1, p.j) || p.entry == nil || p.entry.Kind == "metonym" {
		return
	}
	for g := 1; g < p.i; g++ {
		if us[g].cap || !wordSet("fronted-part")[us[g].norm] {
			return // "Au retour d'un voyage à Madagascar, ..." is no place
		}
	}
	// a city (Phoenix's city names, the "(cities)" files) hosts officials
	// of other countries: "À Genève, les négociateurs", "In Vienna,
	// diplomats": there only non-government agents take its country
	city := strings.HasPrefix(p.entry.Source, "phoenix") || strings.Contains(p.entry.Source, "(cities)")
	for k := 1; k < len(ms); k++ {
		m := &ms[k]
		if clauseEnd(toks, us, p.j-1, m.i) {
			break // "En France, ... ; au Mexique, le président ..."
		}
		if city && countryPart(m.role) == "GOV" || city && strings.HasSuffix(m.code, "GOV") {
			continue
		}
		switch {
		case m.kind == "agent" && m.country == "" && !m.nodoc && !strings.HasPrefix(m.role, "@") &&
			!strings.HasPrefix(m.role, "IGO") && !strings.HasPrefix(m.role, "NGO"):
			m.country = p.code
		case m.kind == "person" && strings.HasPrefix(m.code, "---"):
			m.code = p.code + m.code[3:] // "Au Brésil, le ministre Jean Dupont"
		}
	}
}

// settlers: settlers (the settler-nouns set: "les colons", "settlers")
// are not of the land they settle when it is a land of the settler-of set
// ("pse>isr": the West Bank): in a sentence naming a country of that set
// they are the settling state's ("Settlers attacked Palestinians in the
// West Bank" ISRCVL), and so are settlers located there ("Settlers in
// Hebron"); the document's country maps the same way (docDefault).
// Elsewhere they are as other civilians ("les colons" of 1841 Algeria in a
// French article). actor4.
func settlers(ms []mention) {
	of := settlerOf()
	for k := range ms {
		m := &ms[k]
		if m.kind != "agent" || !wordSet("settler-nouns")[lastWord(m.agentW)] {
			continue
		}
		if st := of[m.country]; m.country != "" && st != "" {
			m.country = st // "Settlers in Hebron": located in the land they settle
			continue
		}
		if m.country != "" {
			continue
		}
		m.settler = true
		for _, n := range ms {
			c := n.country
			if n.kind == "country" && len(n.code) >= 3 {
				c = n.code[:3]
			}
			if st := of[c]; st != "" {
				m.country = st
				break
			}
		}
	}
}

var (
	settlerOfOnce sync.Once
	settlerOfMap  map[string]string
)

// arrowMap reads the "a>b" words of a word set as a map a -> B (b in upper
// case, a too with upperKeys).
func arrowMap(set string, upperKeys bool) map[string]string {
	m := map[string]string{}
	for w := range wordSet(set) {
		if a, b, ok := strings.Cut(w, ">"); ok {
			if upperKeys {
				a = strings.ToUpper(a)
			}
			m[a] = strings.ToUpper(b)
		}
	}
	return m
}

// settlerOf maps the lands of the settler-of word set to their settling
// state ("PSE" -> "ISR").
func settlerOf() map[string]string {
	settlerOfOnce.Do(func() { settlerOfMap = arrowMap("settler-of", true) })
	return settlerOfMap
}

// crowdCount: a sentence opening on a count of people with no noun after it
// ("Thousands rallied in Paris", "Tens of thousands marched", "Des milliers
// ont manifesté", "Plusieurs centaines ont défilé") names a crowd, CVL, as
// "des centaines de personnes" does; the count before "of"/"de" ("Thousands
// of people", "des milliers de manifestants") is left to the noun. Word sets
// `crowd-count` (the count nouns) and `crowd-lead` (what may open the count:
// "des", "plusieurs", "tens of"). actor4.
func crowdCount(us []unit, ms []mention) []mention {
	count, lead, of := wordSet("crowd-count"), wordSet("crowd-lead"), wordSet("of-prep")
	// the opening run of lead, "of" and count words must end on a count
	k, x := -1, 0
	for ; x < len(us) && x < 4 && (lead[us[x].norm] || of[us[x].norm] || count[us[x].norm]); x++ {
		if count[us[x].norm] {
			k = x
		}
	}
	if k < 0 || k != x-1 || x >= len(us) {
		return ms
	}
	for _, m := range ms {
		if m.i <= k {
			return ms // the count is part of a mention
		}
	}
	var w []string
	for y := 0; y <= k; y++ {
		w = append(w, us[y].norm)
	}
	m := mention{i: 0, j: k + 1, kind: "agent", role: "CVL", where: "wordsets.txt:crowd-count", agentW: strings.Join(w, " ")}
	return append([]mention{m}, ms...)
}

// colonAfter reports whether the token right after unit a is a colon and
// unit b follows it.
func colonAfter(toks []dyad.Token, us []unit, a, b int) bool {
	t := us[a].tokEnd + 1
	return t+1 == us[b].tok && t < len(toks) && toks[t].Text == ":"
}

// clauseEnd reports whether a semicolon lies between units a and b.
func clauseEnd(toks []dyad.Token, us []unit, a, b int) bool {
	for t := us[a].tokEnd + 1; t < us[b].tok && t < len(toks); t++ {
		if toks[t].Text == ";" {
			return true
		}
	}
	return false
}

// frontMax: the most units before a fronted place ("Dans le nord-est du").
const frontMax = 6

// docSiblings: a bare country name shared by two states (the doc-sibling
// word set, "NAME>CODE": "congo>cod") names the other state (CODE) when
// the document names that state otherwise ("RDC", "Kivu", "l'est du
// Congo") and names the default state (the bare name's code) only by the
// bare name: "le Congo" in an article about the Kivu is the Democratic
// Republic.
func (s *Stage) docSiblings(a *dyad.Analysis, first int) {
sibs:
	for sib := range wordSet("doc-sibling") {
		name, code, ok := strings.Cut(sib, ">")
		if !ok || len(code) != 3 {
			continue
		}
		code = strings.ToUpper(code)
		other, def := false, ""
		for x := first; x < len(a.Actors); x++ {
			m := &a.Actors[x]
			bare := siblingBare(m, name)
			switch {
			case bare && def == "":
				def = countryPart(m.Code)
			case !bare && strings.HasPrefix(m.Code, code):
				other = true
			}
		}
		if !other || def == "" || def == code {
			continue
		}
		for x := first; x < len(a.Actors); x++ {
			if m := &a.Actors[x]; strings.HasPrefix(m.Code, def) && !siblingBare(m, name) {
				continue sibs // the default state is named too ("Congo-Brazzaville")
			}
		}
		for x := first; x < len(a.Actors); x++ {
			if m := &a.Actors[x]; siblingBare(m, name) && strings.HasPrefix(m.Code, def) {
				m.Code = code + m.Code[3:]
				m.Name = s.kb.CountryName(code)
				m.Entry += " +doc:" + code
			}
		}
	}
}

// siblingBare: the actor is the bare shared name ("Congo"), or (actors
// round 9) an English possessive of it before an agent ("Congo's army"
// COGMIL next to the M23 and Rwanda is the DRC's army).
func siblingBare(m *dyad.ActorMention, name string) bool {
	f := text.Fold(m.Text)
	if m.Kind == "country" {
		return f == name
	}
	return m.Kind == "agent" && (strings.HasPrefix(f, name+"'s ") || strings.HasPrefix(f, name+"' "))
}

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return s[:k]
	}
	return s
}

func (ds *docState) addPerson(us []unit, m mention) {
	if m.code == "" || m.name == "" {
		return
	}
	ref := personRef{code: m.code, name: m.name, where: m.where, entry: m.entry}
	nu := nameUnits(m.name)
	if len(nu) == 0 {
		return
	}
	ds.names[strings.Join(nu, " ")] = ref
	if len(nu) >= 2 {
		ds.names[nu[len(nu)-1]] = ref
		if len(nu) >= 3 { // "Amir Khan Mouttaki" -> "Khan Mouttaki"
			ds.names[strings.Join(nu[len(nu)-2:], " ")] = ref
		}
		if len(m.code) >= 3 && wordSet("family-first")[strings.ToLower(m.code[:3])] {
			// "Kim Jong-un ... Kim", "Li Qiang ... Li": the family name comes
			// first; two people of the document sharing it make it name no one
			if r, ok := ds.names[nu[0]]; ok && r.name != ref.name {
				ds.names[nu[0]] = personRef{}
			} else if !ok {
				ds.names[nu[0]] = ref
				if ds.famFirst == nil {
					ds.famFirst = map[string]bool{}
				}
				ds.famFirst[nu[0]] = true
			}
		}
	}
	ds.maxNameN = max(ds.maxNameN, len(nu))
}

// docNames resolves capitalised names not yet taken to the people seen
// earlier in the document, then to names learned by the KB.
func (s *Stage) docNames(us []unit, ms []mention, ds *docState) []mention {
	taken := make([]bool, len(us))
	for _, m := range ms {
		for k := m.i; k < m.j; k++ {
			taken[k] = true
		}
	}
	var add []mention
	for i := 0; i < len(us); i++ {
		if taken[i] || !us[i].cap || !us[i].first {
			continue
		}
		e := capRun(us, i, taken)
		if e == i {
			continue
		}
		found := false
		for j := min(e, i+max(ds.maxNameN, 1)); j > i && !found; j-- {
			k := unitsText(us, i, j)
			if j == i+1 && j < e && ds.famFirst[k] {
				break // "Kim Dae-jung" after "Kim Jong-il": another person of that family name
			}
			if r, ok := ds.names[k]; ok && r.code != "" {
				add = append(add, mention{i: i, j: j, kind: "person", code: r.code, name: r.name, entry: r.entry, where: r.where})
				i = j - 1
				found = true
			}
		}
		if !found && e-i >= 2 {
			if f, ok := s.kb.learnedAt(unitsText(us, i, e), dyad.Date{}); ok {
				add = append(add, mention{i: i, j: e, kind: "person", code: f.Code, name: f.Name, where: "learned:" + f.DocID})
				ds.addPerson(us, add[len(add)-1])
				i = e - 1
				found = true
			}
		}
		if !found && e-i >= 2 && us[i].tok > 0 {
			// "Michelle Obama" after "Barack Obama": a longer unknown name
			// that ends with a known surname is someone else
			i = e - 1
		}
	}
	return addInOrder(ms, add)
}

// addInOrder appends the mentions of add to ms and keeps them in text
// order (a stable insertion: mentions at one position keep their order).
func addInOrder(ms, add []mention) []mention {
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	for x := 1; x < len(ms); x++ {
		for y := x; y > 0 && ms[y].i < ms[y-1].i; y-- {
			ms[y], ms[y-1] = ms[y-1], ms[y]
		}
	}
	return ms
}

// isState: the code starts with a country of the KB (not a region such as
// EUR or WST).
func (s *Stage) isState(code string) bool {
	_, ok := s.kb.countries[code[:min(3, len(code))]]
	return ok
}

func isCountryCode(c string) bool {
	if len(c) < 3 {
		return false
	}
	switch c[:3] {
	case "IGO", "NGO", "IMG", "MNC", "---":
		return false
	}
	return true
}

// personCode gives a person in government one sector: a Phoenix person's
// role of a state's government with a portfolio sector ("FRAGOVBUS" for a
// finance minister, "GRCGOVHLH", "USAGOVMIL" for a defence secretary) is the
// country + GOV, as coder/testdata/CODING.md codes ministers ("Minister,
// president, government … → GOV") and as the people files of dyad code
// their ministers; Phoenix's legislators (GOVLEG: members of parliament,
// senators) are the country + LEG, as CODING.md codes deputies and
// senators. Bodies (central banks GOVBUS, state media GOVMED) keep their
// codes.
func personCode(code string) string {
	if len(code) == 9 && isCountryCode(code) && code[3:6] == "GOV" {
		if code[6:] == "LEG" {
			return code[:3] + "LEG"
		}
		return code[:6]
	}
	return code
}

// emit converts the mentions to ActorMentions.
func (s *Stage) emit(a *dyad.Analysis, si int, sent *dyad.Sentence, us []unit, ms []mention, ds *docState) {
	toks := sent.Tokens
	for _, m := range ms {
		sp := dyad.Span{Start: toks[us[m.i].tok].Start, End: toks[us[m.j-1].tokEnd].End}
		if m.part {
			sp = partSpan(toks, us, m.i, m.j, sp)
		}
		txt := a.Doc.Text[sp.Start:sp.End]
		if m.kind == "agent" && strings.HasPrefix(m.role, "@pair") {
			c1, c2, ok := ds.pair()
			if !ok {
				continue
			}
			role := strings.TrimPrefix(m.role, "@pair")
			for _, c := range []string{c1, c2} {
				a.Actors = append(a.Actors, dyad.ActorMention{Span: sp, Text: txt, Code: c + role,
					Name: s.kb.CountryName(c), Kind: "compound", Entry: m.where, Sentence: si})
			}
			continue
		}
		if m.kind == "agent" && m.role == "@state" {
			if c, ok := subjectState(a, si, us[m.i].tok); ok { // frdoc.go
				a.Actors = append(a.Actors, dyad.ActorMention{Span: sp, Text: txt, Code: c,
					Name: s.kb.CountryName(c), Kind: "country", Entry: m.where + " +state:" + c, Sentence: si})
			}
			continue
		}
		if m.kind == "agent" && m.role == "@other" {
			if c, ok := otherState(a, si, sp, ds); ok { // frdoc.go
				a.Actors = append(a.Actors, dyad.ActorMention{Span: sp, Text: txt, Code: c,
					Name: s.kb.CountryName(c), Kind: "country", Entry: m.where + " +other:" + c, Sentence: si})
			}
			continue
		}
		code, kind := m.code, m.kind
		if kind == "agent" {
			if m.country != "" {
				code = m.country + m.role
			} else if strings.HasPrefix(m.role, "NGO") || strings.HasPrefix(m.role, "IGO") {
				code = m.role
			} else {
				code = "---" + m.role
			}
		}
		if code == "" {
			continue
		}
		if kind == "person" {
			code = personCode(code)
		}
		name := m.name
		if kind == "agent" && m.country != "" {
			name = s.kb.CountryName(m.country)
		}
		a.Actors = append(a.Actors, dyad.ActorMention{Span: sp, Text: txt, Code: code, Name: name,
			Kind: kind, Entry: m.where, Sentence: si})
		if m.nodoc {
			ds.nodoc[len(a.Actors)-1] = true
		}
		if m.settler {
			ds.settler[len(a.Actors)-1] = true
		}
		if s.isState(code) && isCountryCode(code) && !strings.HasPrefix(m.where, "backref:") && m.where != "company" {
			// (a back-reference repeats a body: it does not count again; a
			// region, "européens" EUR, is no country; a company named with its
			// nationality, "le groupe italien X", says nothing of where the
			// story happens)
			c := code[:3]
			if !m.pairAdj && !m.ownedAdj && !m.ctxFill {
				// ("la guerre gréco-turque" in a French article does not make it Greek)
				ds.count[c]++
				if a.Doc.Lang == "en" && placeAfterLocative(toks, us[m.i].tok) {
					ds.place[c]++
				}
			}
			if n := len(ds.countries); n == 0 || ds.countries[n-1] != c {
				// move c to the end of the recency list
				for x := 0; x < len(ds.countries); x++ {
					if ds.countries[x] == c {
						ds.countries = append(ds.countries[:x], ds.countries[x+1:]...)
						break
					}
				}
				ds.countries = append(ds.countries, c)
			}
		}
	}
}

var _ dyad.Stage = (*Stage)(nil)
var _ = unicode.IsUpper

// personRole: agents a person's name may follow ("le général X"), unlike
// "le syndicat SUD-PTT" or "le journal Le Monde".
func personRole(role string) bool {
	switch countryPart(role) {
	case "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "REB", "INS", "ELI", "REL", "CHR", "MUS":
		return true
	}
	return false
}

// titleSurname: the agent m (a person title) is followed by one
// capitalised unit [m.j, e) that is the surname of exactly one KB person
// holding the title's role at some date (of the title's country, if any).
// Several such people: the one holding that role at the date (people_date.go).
func (s *Stage) titleSurname(us []unit, m mention, e, of int, date dyad.Date) *Entry {
	if of >= 0 || e != m.j+1 || !personRole(m.role) || us[m.j].upper || !us[m.j].first || !us[m.j].last {
		return nil
	}
	if p := s.kb.surnamePerson(us[m.j].norm, countryPart(m.role), m.country); p != nil {
		if bornLater(p, date) {
			return nil
		}
		return p
	}
	return s.kb.titleHolder(us[m.j].norm, countryPart(m.role), m.country, date)
}

// bornLater (round 6): every dated role of the person starts more than 40
// years after the date: someone of later times ("l'empereur Guillaume" in
// 1878 is not Didier Guillaume, French minister from 2018).
func bornLater(p *Entry, date dyad.Date) bool {
	if date.IsZero() {
		return false
	}
	dated := false
	for _, r := range p.Roles {
		if r.From.IsZero() {
			if !r.Default {
				return false // a role open at its start
			}
			continue
		}
		dated = true
		if r.From.Year-date.Year <= 40 {
			return false
		}
	}
	return dated
}

// nameLike: units [i, j) look like a person's name: two tokens or more (one
// when single is allowed), not all acronyms.
func nameLike(us []unit, i, j int, single bool) bool {
	if j <= i {
		return false
	}
	toks, lower := 0, false
	for k := i; k < j; k++ {
		if us[k].first {
			toks++
		}
		if !us[k].upper {
			lower = true
		}
	}
	return lower && (toks >= 2 || single && toks == 1)
}

// pluralTitle reports whether an agent mention follows a plural determiner
// (the "plural-det" word set: "aux députés", "ces ministres"): such a title
// before ", Name" is no apposition of one person, unless "un de"/"one of"
// picks one of them.
func pluralTitle(us []unit, m mention) bool {
	if m.i == 0 || !wordSet("plural-det")[us[m.i-1].norm] {
		return false
	}
	// "un de ses anciens conseillers, Laurent X", "one of his aides, John X":
	// one of them, named
	return !(m.i >= 3 && ofWord[us[m.i-2].norm] && wordSet("one-of")[us[m.i-3].norm])
}

// mergeTitles joins a title without country to the person it names when
// the person was found by its surname ("le général Milley").
func mergeTitles(toks []dyad.Token, us []unit, ms []mention) []mention {
	return mergeIntoPerson(ms, func(m, p mention) bool {
		return p.i == m.j && m.kind == "agent" && m.country == "" && !strings.HasPrefix(m.role, "@") && personRole(m.role) &&
			!isComma(toks, us, m.j-1, m.j)
	})
}

// mergeIntoPerson makes one mention, the person's, of each mention m right
// before a person mention p (the next mention) when join(m, p); join tells
// how far p may start after m ends.
func mergeIntoPerson(ms []mention, join func(m, p mention) bool) []mention {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) && ms[k+1].kind == "person" && join(m, ms[k+1]) {
			p := ms[k+1]
			p.i = m.i
			out = append(out, p)
			k++
			continue
		}
		out = append(out, m)
	}
	return out
}

// plural reports whether a folded French or English noun looks plural.
// pluralDemonym: w is the plural of a one-word demonym ("israelis" of
// "israeli"; not "swiss").
func pluralDemonym(t *trie, w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	c, ok := t.edges[edge{0, w[:len(w)-1]}]
	return ok && len(t.nodes[c].out) > 0
}

func plural(w string) bool {
	return len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x')
}

// countryAfter returns the index in ms (from k on) of a plain country
// mention introduced by "of"/"du"/"de" (optionally "the"/"la"/"l'") right
// after unit e, or -1.
func countryAfter(us []unit, ms []mention, k, e int) int {
	if e >= len(us) {
		return -1
	}
	if !wordSet("of-country")[us[e].norm] { // "d'" + a vowel: "le chancelier Klaus d'Autriche" (round 6)
		return -1
	}
	at := e + 1
	if at < len(us) && (us[at].norm == "the" || us[at].norm == "la" || us[at].norm == "l'") && us[e].norm != "du" {
		at++
	}
	for ; k < len(ms); k++ {
		if ms[k].i == at && ms[k].kind == "country" && len(ms[k].code) == 3 && isCountryCode(ms[k].code) {
			return k
		}
		if ms[k].i > at {
			break
		}
	}
	return -1
}

// abbrGap returns the number (1 or 2) of unmatched capitalised words right
// after a country abbreviation ("US", "U.S.", "UK") mention m, or 0.
// abbrGapBefore reports whether m is a country abbreviation followed by the
// capitalised words abbrGap allows and then the unit at next.
func abbrGapBefore(us []unit, m mention, taken []bool, next int) bool {
	n := abbrGap(us, m, taken)
	return n > 0 && next == m.j+n
}

func abbrGap(us []unit, m mention, taken []bool) int {
	if m.kind != "country" || len(m.code) != 3 || !isCountryCode(m.code) || m.j-m.i != 1 || !us[m.i].upper ||
		len(us[m.i].norm) > 3 {
		return 0
	}
	n := 0
	for x := m.j; x < len(us) && n < 2 && !taken[x] && us[x].cap && us[x].first && us[x].last && !notName[us[x].norm]; x++ {
		n++
	}
	return n
}

// mergeCountryPerson joins a country, its abbreviation or demonym to the
// person of that country it qualifies, right after it ("US Senator John
// McCain", "Israeli Prime Minister Ehud Olmert", "Pakistan's Prime
// Minister"): one mention, the person's.
func mergeCountryPerson(toks []dyad.Token, us []unit, ms []mention) []mention {
	ms = mergeCountryPortfolioPerson(us, ms)
	return mergeIntoPerson(ms, func(m, p mention) bool {
		// (also after a possessive: "Morocco's visiting King Mohammed VI")
		return p.i == m.j && m.kind == "country" && len(m.code) == 3 && m.entry != nil && strings.HasPrefix(p.code, m.code) &&
			(touching(us, m.j-1, m.j) || us[m.j-1].tokEnd+2 == us[m.j].tok && toks[us[m.j-1].tokEnd+1].Norm == "'s")
	})
}

// coordAgentCountry (actors round 7, English): an agent with a nationality
// adjective, "and"/"or", then a bare agent of no country share the adjective
// ("European lawmakers and researchers": EUREDU, not the sentence's other
// country). The second must start right after the conjunction (no
// determiner, no own adjective) and not be an armed or opposing role (word
// set "coord-own-roles": "U.S. troops and insurgents" are not American).
func coordAgentCountry(us []unit, ms []mention) []mention {
	own := wordSet("coord-own-roles")
	for k := 0; k+1 < len(ms); k++ {
		m, n := ms[k], &ms[k+1]
		if m.kind != "agent" || m.country == "" || m.j-m.i < 2 || n.kind != "agent" || n.country != "" ||
			strings.HasPrefix(n.role, "@") || strings.HasPrefix(n.role, "IGO") || strings.HasPrefix(n.role, "NGO") ||
			n.i != m.j+1 || n.i >= len(us) {
			continue
		}
		if !wordSet("and-or")[us[m.j].norm] {
			continue
		}
		if len(n.role) < 3 || own[strings.ToLower(n.role[:3])] || !touching(us, m.j-1, m.j) || !touching(us, m.j, n.i) {
			continue
		}
		n.country = m.country
	}
	return ms
}

// regionName returns the unit of the capitalised name after a word of the
// "region-heads" set (État, Etat) + "de"/"d'" and an optional article ("l'État
// de l'Illinois"), or 0 when m is no such agent.
func regionName(us []unit, m mention) int {
	if m.kind != "agent" || m.country != "" || !wordSet("region-heads")[m.agentW] || m.j+1 >= len(us) ||
		!wordSet("de-elided")[us[m.j].norm] {
		return 0
	}
	x := m.j + 1
	if wordSet("article-fr")[us[x].norm] && x+1 < len(us) {
		x++
	}
	if !us[x].cap || !touching(us, m.j, m.j+1) {
		return 0
	}
	return x
}

// coordOfCountry (actors round 7, French): a bare agent of no country, "et",
// then an agent whose country a "de/du/d'" + country complement gives share
// that complement ("l'opposition et le gouvernement du Venezuela": VENOPP, not
// the country of another actor of the sentence). A nationality adjective
// belongs to its own noun only ("les rebelles et l'armée française").
func coordOfCountry(us []unit, ms []mention) []mention {
	for k := 0; k+1 < len(ms); k++ {
		m, n := &ms[k], ms[k+1]
		if m.kind != "agent" || m.country != "" || strings.HasPrefix(m.role, "@") || strings.HasPrefix(m.role, "IGO") ||
			strings.HasPrefix(m.role, "NGO") || n.kind != "agent" || n.country == "" || m.j >= len(us) || !wordSet("and-fr")[us[m.j].norm] {
			continue
		}
		// n starts after "et" and an optional determiner
		if n.i != m.j+1 && !(n.i == m.j+2 && wordSet("det")[us[m.j+1].norm]) {
			continue
		}
		of := false
		for x := n.i + 1; x+1 < n.j; x++ {
			if wordSet("head-link")[us[x].norm] { // de du des d'
				of = true
			}
		}
		if of {
			m.country = n.country
		}
	}
	return ms
}

// supportersOf (actors round 7): supporters of a named person are of the
// person's country, and a party's (PTY, Phoenix PARTY_MEMBER [~PTY]) when the
// person holds office or leads a party (GOV, LEG, PTY), else the opposition
// (OPP, Phoenix OPPOSITION_SUPPORTER [~OPP]; a former leader's, ELI):
// "Supporters of President Trump" USAPTY (not the opposition), "les partisans
// de Navalny" RUSOPP; one mention, the person inside. Nouns of the word set
// "supporter-nouns".
func supportersOf(us []unit, ms []mention) []mention {
	for k := 0; k+1 < len(ms); k++ {
		m, n := &ms[k], ms[k+1]
		if m.kind != "agent" || m.country != "" && (len(n.code) < 3 || m.country != n.code[:3]) || !wordSet("supporter-nouns")[us[m.j-1].norm] || m.j >= len(us) ||
			n.kind != "person" || len(n.code) < 6 || !isCountryCode(n.code[:3]) {
			continue
		}
		if !wordSet("of-country")[us[m.j].norm] {
			continue
		}
		if n.i != m.j+1 && !(n.i == m.j+2 && wordSet("article-def")[us[m.j+1].norm]) {
			continue
		}
		m.country = n.code[:3]
		switch n.code[3:6] {
		case "GOV", "PTY", "LEG":
			m.role = "PTY" // a sitting leader's or a party figure's partisans
		case "REB":
			m.role = "REB"
		default:
			m.role = "OPP" // an opposition figure's, a deposed leader's (ELI)
		}
		// one mention: the supporters act, not the person ("Supporters of
		// President Trump rallied")
		m.j = n.j
		ms = append(ms[:k+1], ms[k+2:]...)
	}
	return ms
}

// mergeCountryPortfolioPerson (actors round 7): a country abbreviation or
// demonym, one or two lower-case words of a portfolio, then a person of that
// country whose mention starts with a lower-case title ("U.S. climate envoy
// John Kerry", "Russian foreign minister Sergei Lavrov") is one mention, the
// person's; before, the country stood apart as a second actor. The words
// between must be plain lower-case words touching each other (no comma, no
// function word).
func mergeCountryPortfolioPerson(us []unit, ms []mention) []mention {
	return mergeIntoPerson(ms, func(m, p mention) bool {
		gap := p.i - m.j
		ok := m.kind == "country" && len(m.code) == 3 && m.entry != nil && strings.HasPrefix(p.code, m.code) &&
			gap >= 1 && gap <= 2 && !us[p.i].cap
		for x := m.j; ok && x < p.i; x++ {
			ok = !us[x].cap && us[x].first && us[x].last && !wordSet("function")[us[x].norm] &&
				!wordSet("det")[us[x].norm] && touching(us, x-1, x) && touching(us, x, x+1) &&
				!portfolioVerb(us[x].norm) // enwire4.go: "Moscow sentenced opposition leader X"
		}
		return ok
	})
}

// splitPair reads the hyphenated token of units [i, e) as two names that
// each match a whole entity or demonym entry ("US-Taliban", "Israel-Hamas",
// "Russie-Ukraine"); both must be names, so "franco-allemand" and
// "anti-américain" are not split.
func (s *Stage) splitPair(us []unit, i, e int, date dyad.Date, lang string) (mention, mention, bool) {
	for k := i + 1; k < e; k++ {
		a, ok := s.exactName(us, i, k, date, lang)
		if !ok {
			continue
		}
		if b, ok := s.exactName(us, k, e, date, lang); ok && a.code != "" && b.code != "" {
			return a, b, true
		}
	}
	return mention{}, mention{}, false
}

// participleOnly reports whether the last unit u of an agent match is a
// French word ending in an accented participle ending ("-é", "-és", "-ée",
// "-ées") that no name of the entry writes so: folding made the participle
// "forcés" equal to the noun "forces"; "les députés", "les réfugiés" are
// written with the accent in the data and stay.
func participleOnly(toks []dyad.Token, us []unit, u int, e *Entry) bool {
	if !us[u].last {
		return false
	}
	w := strings.ToLower(toks[us[u].tokEnd].Text)
	if i := strings.LastIndexAny(w, "-'’"); i >= 0 {
		w = w[i+1:]
	}
	if !(strings.HasSuffix(w, "é") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "ées")) {
		return false
	}
	for _, n := range e.Names {
		n = strings.ToLower(n)
		if i := strings.LastIndexAny(n, " -'’"); i >= 0 {
			n = n[i+1:]
		}
		if n == w {
			return false
		}
	}
	return true
}

// prefixPair reads a hyphenated token made of a demonym prefix of the
// demonym-prefix word set ("russo", "syro", "sino") and a nationality or
// country name as the two countries of a relation ("les pourparlers
// russo-ukrainiens", "la frontière syro-turque", "Sino-US talks"), only next
// to a noun of the pair-head set (before it in French, after it in English):
// "un chercheur franco-iranien" is one person of two nationalities, no pair.
func (s *Stage) prefixPair(us []unit, i, e int, date dyad.Date, lang string) (mention, mention, bool) {
	if e-i < 2 {
		return mention{}, mention{}, false
	}
	c := demonymPrefix()[us[i].norm]
	head := wordSet("pair-head")
	if c == "" || !(i > 0 && us[i-1].last && head[tokenNorm(us, i-1)] || e < len(us) && us[e].first && head[tokenNorm(us, e)]) {
		return mention{}, mention{}, false
	}
	b, ok := s.exactName(us, i+1, e, date, lang)
	if !ok || b.kind != "country" || len(b.code) != 3 || b.code == c {
		return mention{}, mention{}, false
	}
	a := mention{i: i, j: i + 1, kind: "country", code: c, name: s.kb.CountryName(c), where: DemonymPrefixEntry}
	return a, b, true
}

// tokenNorm is the folded form of the whole token unit k belongs to, its
// units joined by hyphens ("cessez-le-feu" for any of its units).
func tokenNorm(us []unit, k int) string {
	a, b := k, k
	for a > 0 && !us[a].first {
		a--
	}
	for b < len(us)-1 && !us[b].last {
		b++
	}
	if a == b {
		return us[k].norm
	}
	w := make([]string, 0, b-a+1)
	for x := a; x <= b; x++ {
		w = append(w, us[x].norm)
	}
	return strings.Join(w, "-")
}

var (
	demonymPrefixOnce sync.Once
	demonymPrefixMap  map[string]string
)

// DemonymPrefixEntry is the dictionary entry (Actor.Entry) of the first
// country of a prefixed compound adjective ("russo-", "sino-"): the coder
// joins a spaced compound through it (coder/frrecall6.go).
const DemonymPrefixEntry = "wordsets.txt:demonym-prefix"

// demonymPrefix maps the prefixes of the demonym-prefix word set
// ("russo>rus") to their country codes.
func demonymPrefix() map[string]string {
	demonymPrefixOnce.Do(func() { demonymPrefixMap = arrowMap("demonym-prefix", false) })
	return demonymPrefixMap
}

// exactName resolves units [i, j) as exactly one entity or demonym name.
func (s *Stage) exactName(us []unit, i, j int, date dyad.Date, lang string) (mention, bool) {
	kb := s.kb
	w := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		w = append(w, us[k].norm)
	}
	if n := kb.ent.find(w); n >= 0 {
		if e := kb.best(kb.ent, n, us, i, j, lang); e != nil && e.Kind != "discard" {
			return s.entityMention(e, i, j, date), true
		}
	}
	if n := kb.dem.find(w); n >= 0 {
		if e := kb.best(kb.dem, n, us, i, j, lang); e != nil {
			c := countryPart(e.Roles[0].Code)
			return mention{i: i, j: j, kind: "country", code: c, name: kb.CountryName(c), entry: e, where: e.Where()}, true
		}
	}
	return mention{}, false
}

// partSpan narrows the span of a mention made of part of a hyphenated
// token ("Taliban" in "US-Taliban") to the bytes of its parts, when the
// token's parts and units correspond one to one.
func partSpan(toks []dyad.Token, us []unit, i, j int, sp dyad.Span) dyad.Span {
	t := us[i].tok
	if us[j-1].tok != t || us[i].tokEnd != t {
		return sp
	}
	first := i
	for first > 0 && us[first-1].tok == t {
		first--
	}
	tok := toks[t]
	type part struct{ a, b int }
	var parts []part
	start := -1
	for x, r := range tok.Text {
		if isDash(r) {
			if start >= 0 {
				parts = append(parts, part{start, x})
			}
			start = -1
			continue
		}
		if start < 0 {
			start = x
		}
	}
	if start >= 0 {
		parts = append(parts, part{start, len(tok.Text)})
	}
	last := first
	for last < len(us) && us[last].tok == t {
		last++
	}
	if len(parts) != last-first {
		return sp
	}
	return dyad.Span{Start: tok.Start + parts[i-first].a, End: tok.Start + parts[j-1-first].b}
}

// titledPersonOf (actors round 6): a known person named with a title and
// followed by de/d'/du/of + a country ("le roi Abdallah de Jordanie", "le
// chancelier Klaus d'Autriche", "King Abdullah of Jordan") is that country's
// holder of the title: the country the text names wins over the dictionary
// person of another country it matched (a namesake: Saudi Arabia's king
// Abdallah, the Czech Václav Klaus), with the title's role ("roi" GOV); a
// country that is the person's own joins the mention (no second actor
// "Jordanie" next to "le roi Abdallah II"). Only with a title at the start of
// the mention: a bare "de" + country after a plain name is mostly "from"
// ("le retour de Poutine de Syrie").
func (s *Stage) titledPersonOf(toks []dyad.Token, us []unit, ms []mention, date dyad.Date, lang, docID string) []mention {
	for k := 0; k+1 < len(ms); k++ {
		m := &ms[k]
		if m.kind != "person" || !isCountryCode(m.code) || m.j-m.i < 2 {
			continue
		}
		aEnd, aNode, aCountry := s.kb.agentLongest(us, m.i, lang, date)
		if aNode < 0 || aEnd <= m.i || aEnd >= m.j || aCountry != "" {
			continue // no title, or a title with its own nationality ("le président syrien Assad")
		}
		e := s.kb.best(s.kb.agt, aNode, us, m.i, aEnd, lang)
		if e == nil || !personRole(e.Roles[0].Code) || strings.HasSuffix(e.Roles[0].Code, "ELI") {
			continue
		}
		if of := countryAfter(us, ms, k+1, m.j); of != k+1 || isComma(toks, us, m.j-1, m.j) {
			continue
		}
		n := ms[k+1]
		if m.code[:3] != n.code {
			m.code, m.where = n.code+e.Roles[0].Code, "doc:"+docID
		}
		m.j, m.posted, m.host = n.j, true, n.code[:3]
		ms = append(ms[:k+1], ms[k+2:]...)
	}
	return hostLocals(ms)
}

// hostLocals: the host place of a posted mention (an embassy "au Caire", a
// titled person "de Jordanie" joined to the mention) is still where the
// sentence happens: protesters, crowds and police of no country there are
// its own ("des manifestants devant l'ambassade américaine à Téhéran"
// IRNOPP), as the coder's sentence place (localrole, coder/data/*_lex.txt)
// took them from the place. Two different hosts give nobody a country.
func hostLocals(ms []mention) []mention {
	host := ""
	for _, m := range ms {
		if m.posted && host != "" && host != m.host {
			return ms
		}
		if m.posted {
			host = m.host
		}
	}
	if host == "" || !isCountryCode(host) {
		return ms
	}
	for k := range ms {
		if m := &ms[k]; m.kind == "agent" && m.country == "" && !m.nodoc && len(m.role) >= 3 && wordSet("posted-locals")[strings.ToLower(m.role[:3])] {
			m.country = host
		}
	}
	return ms
}

// postedAt (actors round 6, word sets posted-at and posted-prep): an embassy or
// consulate with its country, followed right away by à/au/en/in/at + a place
// (a country, a capital or a city), sits there: the place joins the mention,
// which keeps its code ("l'ambassade de France au Caire" FRAGOV, "the French
// embassy in Cairo" FRAGOV), so the host country is no second actor of the
// sentence (an attack "devant l'ambassade de France au Caire" targets France).
func postedAt(toks []dyad.Token, us []unit, ms []mention) []mention {
	for k := 0; k+1 < len(ms); k++ {
		m, n := &ms[k], ms[k+1]
		if m.kind != "agent" || m.country == "" || m.j >= len(us) || n.i != m.j+1 || n.kind != "country" ||
			!wordSet("posted-prep")[us[m.j].norm] || isComma(toks, us, m.j-1, m.j) {
			continue
		}
		if w := strings.Fields(m.agentW); len(w) == 0 || !wordSet("posted-at")[w[len(w)-1]] && !wordSet("posted-at")[w[0]] {
			continue
		}
		m.j, m.posted, m.host = n.j, true, n.code[:3]
		ms = append(ms[:k+1], ms[k+2:]...)
	}
	return hostLocals(ms)
}

// backerEnd: the unit after a country mention written as a backer
// compound ("Iran-backed", "Russian-sponsored": the `backer-tail` word
// set after the name inside one hyphenated word), or -1 (par3en).
func backerEnd(us []unit, c mention) int {
	e := c.j
	if e < len(us) && !us[e].first && wordSet("backer-tail")[us[e].norm] {
		return e + 1
	}
	if e > c.i && !us[e-1].first && wordSet("backer-tail")[us[e-1].norm] {
		return e
	}
	return -1
}
