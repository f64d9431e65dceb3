// Package actor is dyad's actor knowledge base and resolution stage: states,
// international organisations, armed groups, agencies, media and people with
// dated roles, plus agent words ("le ministre pakistanais de l'Information",
// "Russian official"), all read from documented text files (data/*.txt,
// embedded) and resolved to CAMEO/Phoenix actor codes in French and English
// text. See README.md for the file format and the code conventions.
package actor

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
)

//go:embed data/*.txt
var dataFS embed.FS

// EmbeddedFiles lists the embedded dictionaries in load order (later files
// override earlier ones, see README.md).
var EmbeddedFiles = []string{
	"countries.txt",
	"demonyms.txt",
	"countries_dyad.txt",
	"places_fr.txt",
	"fractors_places_fr.txt",
	"fractors_demonyms_fr.txt",
	"regions_en_dyad.txt",
	"names_fr_round4.txt", "names_en_round4.txt",
	"orgs_phoenix.txt",
	"groups_phoenix.txt",
	"people.txt",
	"people_wikidata.txt",
	"metonyms.txt",
	"orgs.txt",
	"companies_dyad.txt",
	"parties_fr.txt",
	"fractors_orgs_fr.txt",
	"groups.txt",
	"media.txt",
	"media_fr.txt",
	"people_dyad.txt",
	"people_dyad_2014_2026.txt",
	"agents_en.txt",
	"agents_en_dyad.txt",
	"agents_fr_sectors.txt",
	"agents_fr.txt",
	"wire_fr.txt",
	"discards_phoenix.txt",
	"discards.txt",
	"discards_en_dyad.txt",
	"actorfix_fr.txt",
	"enfix_actors.txt",
	"sectors_en.txt",
	"roles3_fr.txt",
	"roles3_en.txt",
	"actor4_fr.txt",
	"actor4_en.txt",
	"round5_dyad.txt",
	"round5_en.txt",
	"round6_dyad.txt",
	"round6_fr.txt",
	"round7_dyad.txt",
	"round7_fr.txt",
	"round7_en.txt",
	"round8_dyad.txt",
	"round8_fr.txt",
	"round8_en.txt",
	"round9_fr.txt",
	"round9_en.txt",
	"frnews3_fr.txt",
	"frdom_fr.txt",
	"frdom_dyad.txt",
	"endom_en.txt",
	"frrecall4_fr.txt",
	"enwire3_en.txt", // enwire3
	"frwire9_fr.txt",
	"pairs2_fr.txt",                // pairs2
	"gaps2_fr.txt", "gaps2_en.txt", // gaps2 round: bases of a country
	"gaps3_en.txt", // gaps3
	"gaps3_fr.txt",
	"enreal_en.txt",                                      // enreal: cities of real news
	"frdoc_fr.txt",                                       // frdoc: « son voisin » (@other)
	"ensector2_en.txt",                                   // ensector2: sector heads of compound agents
	"frsector2_fr.txt",                                   // frsector2: French actor sectors
	"orgs2026.txt", "orgs2026_fr.txt", "orgs2026_en.txt", // orgs2026: organisations of 2022-2026 news
	"people2026.txt",                               // people2026: office holders of 2022-2026
	"pairs4.txt", "pairs4_en.txt", "pairs4_fr.txt", // pairs4: Ecuadorian gangs, agents and island names
	"pairs6.txt", "pairs6_fr.txt", // pairs6: Japan's Diet, French soldiers in power
	"pairs8.txt", "pairs8_fr.txt", // pairs8: presidents-elect ELI
	"enactors3_en.txt",                 // enactors3: English demonyms, people, groups, places
	"par2e_fr.txt",                     // par2e: French opposition deputies, transitional president
	"par3en_en.txt",                    // par3en: alliances and coalitions of armed groups
	"par6en_en.txt",                    // par6en: opposition lawmakers
	"frreal2_fr.txt",                   // frreal2: 2022-2025 parliamentary groups, Belgian and Swiss bodies
	"frreal2b_fr.txt",                  // frreal2 (bench sample): Czechoslovakia's Civic Forum 1989-1991
	"par4fr_fr.txt",                    // par4fr: the African Union Commission's chairperson
	"par5en_en.txt",                    // par5en: English spelling of Syrian towns (Douma)
	"frheld2_fr.txt",                   // frheld2: Brussels courts, prosecutors and police (not the EU)
	"par7en_en.txt",                    // par7en: Ukrainian front-line villages, business dealings no actor
	"par8en_en.txt",                    // par8en: English names of North Kivu towns of the M23 war
	"par5fr_fr.txt",                    // par5fr: opposition mayors
	"par16en_en.txt", "par16en_fr.txt", // par16en: critics of the Kremlin
	"par9en_en.txt",                                           // par9en: English demonym "Madagascan"
	"par7fr_fr.txt",                                           // par7fr: domain authorities, Issa Tchiroma Bakary
	"frrecall5_fr.txt",                                        // frrecall5: lower-case IGO names, domain authorities, Gephardt
	"frrecall6_fr.txt",                                        // frrecall6: DST, 1990 Romanian dailies, Fiterman, Mazilu
	"par13en_en.txt",                                          // par13en: Bosnian Serb leaders
	"frseed_fr.txt",                                           // frseed: separatist forces REB
	"sectors3_en.txt", "sectors3_fr.txt", "sectors3_dyad.txt", // sectors3: presidency, security services, state firms by trade
	"oldwire.txt",      // oldwire: office holders and bodies of 1990-2008 news
	"enarticle_en.txt", // enarticle: surnames, titles and common nouns of article bodies
	"frwiki2_fr.txt",   // frwiki2: « les deux présidents », « le chef de l'exécutif », the Basij, persons
	"lead5_fr.txt",     // lead (fifth session): French company nouns of news (BUS)
	"par17en_en.txt",   // par17en: army-led or military-backed governments GOV
	"pairs14.txt",      // pairs14: lower-case State Department with nationality, Wagner group fighters
	"wnrecall_fr.txt",  // wnrecall: « le locataire de Matignon », regional presidents, party treasurers
	"frheld7_fr.txt",   // frheld7: « le président du Conseil italien »
	"frheld8.txt",      // frheld8: Iranian provincial capitals (Kerman, Zahedan ...)
	"plover2_en.txt",   // plover2: public figures of 1990s agency news named with a religious title
}

// Role is one code an entry holds, optionally limited to a date range
// [From, To) (zero bounds are open). A role without dates is the entry's
// default, used when no dated role covers the date.
type Role struct {
	Code     string
	From, To dyad.Date
	Default  bool
	Source   string
	Line     int
}

// String renders the role as in the data files.
func (r Role) String() string {
	if r.Default {
		return r.Code
	}
	return r.Code + " " + r.From.String() + ".." + r.To.String()
}

// Entry is one actor of the knowledge base (or one agent word).
type Entry struct {
	ID     int
	Name   string   // canonical name (the first name of the line)
	Names  []string // all names, as written
	Kind   string   // country, demonym, person, org, group, media, agent
	Roles  []Role
	Source string // the @source of its block ("phoenix ...", "dyad", "learned")
	Lang   string // "fr" or "en" for files named *_fr.txt / *_en*.txt, else ""
	File   string
	Line   int
	// superseded points to the entry that replaced this one (a later file
	// naming the same person or actor), or -1.
	superseded int
	units      [][]string // units of Names while loading
	// needDet: an agent word that names an actor only after a determiner
	// ("le pouvoir", "un responsable"; not "sans pouvoir dire", "responsable
	// de"), set by "@require det" in agent files.
	needDet bool
	// needQuant: an agent word that names an actor only after a number or
	// a quantity ("des centaines de personnes", "quelque 200 personnes";
	// not "les personnes âgées"), set by "@require quant".
	needQuant bool
}

// Where names the entry's position, file:line.
func (e *Entry) Where() string { return fmt.Sprintf("%s:%d", e.File, e.Line) }

// KB is a loaded knowledge base. It is safe for concurrent reads; Learn
// takes a lock.
type KB struct {
	mu      sync.RWMutex
	entries []*Entry
	ent     *trie // entity names (countries, orgs, groups, media, people, metonyms)
	dem     *trie // demonyms (adjectives and nouns of nationality)
	agt     *trie // agent words
	// countries: code -> entry id of the country
	countries map[string]int
	// byName: folded full name -> entry id (people, orgs, groups)
	byName map[string]int
	// learned: folded name -> roles learned from documents
	learned map[string][]dyad.RoleFact
	files   []string
	sur     surnameIndex // people by first and last name (fuzzy.go)
}

// Entries returns the entries (read-only).
func (kb *KB) Entries() []*Entry { return kb.entries }

func newKB() *KB {
	return &KB{ent: newTrie(), dem: newTrie(), agt: newTrie(), countries: map[string]int{},
		byName: map[string]int{}, learned: map[string][]dyad.RoleFact{}}
}

var (
	defOnce sync.Once
	defKB   *KB
	defErr  error
)

// Default loads the embedded dictionaries once and returns the shared KB.
func Default() (*KB, error) {
	defOnce.Do(func() { defKB, defErr = Load() })
	return defKB, defErr
}

// DictDir returns the user dictionary directory: $DYAD_DICT_DIR, or
// os.UserConfigDir()/dyad/dict.
func DictDir() string { return dyad.UserDir("DYAD_DICT_DIR", "dict") }

// Load loads the embedded dictionaries, then every *.txt of DictDir(), then
// the given files (each a file or a directory of *.txt), in that order;
// later entries override earlier ones.
func Load(paths ...string) (*KB, error) {
	kb := newKB()
	for _, f := range EmbeddedFiles {
		b, err := dataFS.ReadFile("data/" + f)
		if err != nil {
			return nil, err
		}
		if err := kb.read(strings.NewReader(string(b)), f, nil); err != nil {
			return nil, err
		}
	}
	var user []string
	if d := DictDir(); d != "" {
		if m, _ := filepath.Glob(filepath.Join(d, "*.txt")); len(m) > 0 {
			sort.Strings(m)
			user = append(user, m...)
		}
	}
	given, err := dyad.DataFiles(paths...)
	if err != nil {
		return nil, err
	}
	user = append(user, given...)
	for _, p := range user {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		err = kb.read(f, p, nil)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return kb, nil
}

// Problem is one error found by Check, with its position.
type Problem struct {
	File string
	Line int
	Msg  string
}

func (p Problem) Error() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg) }

// Check validates the embedded dictionaries and the given files: syntax,
// duplicate names within a file, impossible or overlapping date ranges,
// unknown country and role codes. It returns every problem found.
func Check(paths ...string) []Problem {
	kb := newKB()
	var probs []Problem
	for _, f := range EmbeddedFiles {
		b, _ := dataFS.ReadFile("data/" + f)
		if err := kb.read(strings.NewReader(string(b)), f, &probs); err != nil {
			probs = append(probs, Problem{f, 0, err.Error()})
		}
	}
	for _, p := range paths {
		var files []string
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			files, _ = filepath.Glob(filepath.Join(p, "*.txt"))
		} else {
			files = []string{p}
		}
		for _, f := range files {
			fh, err := os.Open(f)
			if err != nil {
				probs = append(probs, Problem{f, 0, err.Error()})
				continue
			}
			if err := kb.read(fh, f, &probs); err != nil {
				probs = append(probs, Problem{f, 0, err.Error()})
			}
			fh.Close()
		}
	}
	kb.checkCodes(&probs)
	return probs
}

var kinds = map[string]bool{"country": true, "demonym": true, "person": true, "org": true,
	"group": true, "media": true, "agent": true, "metonym": true, "discard": true}

// read parses one dictionary. With probs == nil the first error aborts;
// otherwise every problem is appended and reading goes on.
func (kb *KB) read(r io.Reader, file string, probs *[]Problem) error {
	kb.files = append(kb.files, file)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	source, kind := "", ""
	needDet, needQuant := false, false
	seen := map[string]int{} // folded name -> line, within this file
	ln := 0
	fail := func(line int, format string, a ...any) error {
		p := Problem{file, line, fmt.Sprintf(format, a...)}
		if probs == nil {
			return p
		}
		*probs = append(*probs, p)
		return nil
	}
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '@' {
			k, v, _ := strings.Cut(line[1:], " ")
			v = strings.TrimSpace(v)
			switch k {
			case "source":
				source = v
			case "kind":
				if !kinds[v] {
					if err := fail(ln, "unknown kind %q", v); err != nil {
						return err
					}
				}
				kind = v
				needDet, needQuant = false, false
			case "require":
				switch v {
				case "det":
					needDet, needQuant = true, false
				case "quant":
					needDet, needQuant = false, true
				case "", "none":
					needDet, needQuant = false, false
				default:
					if err := fail(ln, "unknown requirement %q (want det, quant or none)", v); err != nil {
						return err
					}
				}
			default:
				if err := fail(ln, "unknown directive @%s", k); err != nil {
					return err
				}
			}
			continue
		}
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if kind == "" || source == "" {
			if err := fail(ln, "entry before @kind and @source"); err != nil {
				return err
			}
			continue
		}
		lhs, rhs, ok := strings.Cut(line, "=>")
		if !ok {
			if err := fail(ln, "want NAMES => CODES"); err != nil {
				return err
			}
			continue
		}
		e := &Entry{Kind: kind, Source: source, File: file, Line: ln, superseded: -1, Lang: fileLang(file),
			needDet: needDet && kind == "agent", needQuant: needQuant && kind == "agent"}
		for _, n := range strings.Split(lhs, "|") {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			e.Names = append(e.Names, n)
		}
		if len(e.Names) == 0 {
			if err := fail(ln, "no name"); err != nil {
				return err
			}
			continue
		}
		e.Name = strings.TrimPrefix(e.Names[0], "^")
		bad := false
		for _, rs := range strings.Split(rhs, ",") {
			rs = strings.TrimSpace(rs)
			if rs == "" {
				continue
			}
			role, err := parseRole(rs)
			if err != nil {
				bad = true
				if err := fail(ln, "%v", err); err != nil {
					return err
				}
				continue
			}
			role.Source, role.Line = source, ln
			e.Roles = append(e.Roles, role)
		}
		if len(e.Roles) == 0 {
			if !bad {
				if err := fail(ln, "no code"); err != nil {
					return err
				}
			}
			continue
		}
		if msg := checkRanges(e.Roles); msg != "" {
			if err := fail(ln, "%s", msg); err != nil {
				return err
			}
		}
		// duplicates within a file
		e.units = make([][]string, len(e.Names))
		for x, n := range e.Names {
			e.units[x] = nameUnits(n)
			k := kind + "\x00" + strings.Join(e.units[x], " ")
			if prev, ok := seen[k]; ok && prev != ln {
				if err := fail(ln, "duplicate name %q (also line %d)", n, prev); err != nil {
					return err
				}
			}
			seen[k] = ln
		}
		kb.add(e)
	}
	return sc.Err()
}

// parseRole reads "CODE", "CODE FROM..TO", "CODE FROM..", "CODE ..TO".
func parseRole(s string) (Role, error) {
	f := strings.Fields(s)
	r := Role{Code: f[0]}
	if len(f) == 1 {
		r.Default = true
		return r, nil
	}
	if len(f) != 2 {
		return r, fmt.Errorf("bad role %q", s)
	}
	a, b, ok := strings.Cut(f[1], "..")
	if !ok {
		return r, fmt.Errorf("bad date range %q (want FROM..TO)", f[1])
	}
	var err error
	if r.From, err = parseDate(a); err != nil {
		return r, err
	}
	if r.To, err = parseDate(b); err != nil {
		return r, err
	}
	if r.From.IsZero() && r.To.IsZero() {
		return r, fmt.Errorf("empty date range %q", f[1])
	}
	return r, nil
}

// checkRanges reports impossible ranges (To not after From), overlapping
// dated roles and several defaults.
func checkRanges(roles []Role) string {
	defaults := 0
	var dated []Role
	for _, r := range roles {
		if r.Default {
			defaults++
			continue
		}
		if !r.From.IsZero() && !r.To.IsZero() && !r.From.Before(r.To) {
			return fmt.Sprintf("impossible date range %s..%s for %s", r.From, r.To, r.Code)
		}
		dated = append(dated, r)
	}
	if defaults > 1 {
		return "several default roles"
	}
	for i := range dated {
		for j := i + 1; j < len(dated); j++ {
			a, b := dated[i], dated[j]
			as, ae := rangeDays(a)
			bs, be := rangeDays(b)
			if as < be && bs < ae {
				return fmt.Sprintf("overlapping date ranges %s and %s", a, b)
			}
		}
	}
	return ""
}

const (
	minDay = -1 << 40
	maxDay = 1 << 40
)

// dayNum is the day number of the first day of d.
func dayNum(d dyad.Date) int64 {
	m, dd := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if dd == 0 {
		dd = 1
	}
	return time.Date(d.Year, time.Month(m), dd, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// dateDays is the half-open day interval a (possibly partial) date covers.
func dateDays(d dyad.Date) (int64, int64) {
	s := dayNum(d)
	var e time.Time
	switch {
	case d.Month == 0:
		e = time.Date(d.Year+1, 1, 1, 0, 0, 0, 0, time.UTC)
	case d.Day == 0:
		e = time.Date(d.Year, time.Month(d.Month)+1, 1, 0, 0, 0, 0, time.UTC)
	default:
		return s, s + 1
	}
	return s, e.Unix() / 86400
}

// rangeDays is the half-open day interval of a dated role: From's first day
// to To's first day.
func rangeDays(r Role) (int64, int64) {
	s, e := int64(minDay), int64(maxDay)
	if !r.From.IsZero() {
		s = dayNum(r.From)
	}
	if !r.To.IsZero() {
		e = dayNum(r.To)
	}
	return s, e
}

// add indexes an entry.
func (kb *KB) add(e *Entry) {
	kb.mu.Lock()
	defer kb.mu.Unlock()
	e.ID = len(kb.entries)
	kb.entries = append(kb.entries, e)
	switch e.Kind {
	case "country":
		if c := e.Roles[0].Code; len(c) == 3 {
			if _, ok := kb.countries[c]; !ok {
				kb.countries[c] = e.ID
			}
		}
	case "person", "org", "group", "media":
		// a later file naming the same actor supersedes the earlier entry
		// (gaps2: not an entry of another language's file, and not through
		// lower-case variants of its names only, supersedes.go)
		keep := map[string]bool{}
		for x := range e.Names {
			k := strings.Join(e.units[x], " ")
			if old, ok := kb.byName[k]; ok {
				o := kb.entries[old]
				if o.File != e.File && o.superseded < 0 && o.Kind == e.Kind && supersedes(o, e) {
					o.superseded = e.ID
				} else if o.File != e.File && lowerVariantOnly(o, e) {
					keep[k] = true // the earlier entry keeps its name
				}
			}
		}
		for x := range e.Names {
			if k := strings.Join(e.units[x], " "); !keep[k] {
				kb.byName[k] = e.ID
			}
		}
	}
	t := kb.ent
	switch e.Kind {
	case "demonym":
		t = kb.dem
	case "agent":
		t = kb.agt
	}
	auto := e.Kind != "agent" && e.Kind != "demonym" && e.Kind != "discard"
	for x, n := range e.Names {
		mask := capMask(n, auto)
		if e.Kind == "country" {
			// a country name needs only its first capital: French writes
			// "Arabie saoudite", "Guinée équatoriale", "République tchèque"
			// where the tables title-case every word; generic words keep
			// theirs ("North West", "West Bank", "Black River")
			mask = countryMask(n, mask)
		}
		t.insert(e.units[x], int32(e.ID), caseSensitive(n), mixedCase(n), mask)
	}
	e.units = nil
}

// resolve follows supersession links.
func (kb *KB) resolve(id int) *Entry { return kb.resolveLang(id, "") }

// resolveLang follows the supersession links that hold in a document of
// language lang ("" for any): an entry of a language file supersedes an
// earlier one only for documents of its language (gaps2).
func (kb *KB) resolveLang(id int, lang string) *Entry {
	e := kb.entries[id]
	for i := 0; e.superseded >= 0 && i < 8; i++ {
		n := kb.entries[e.superseded]
		if lang != "" && n.Lang != "" && n.Lang != lang {
			break
		}
		e = n
	}
	return e
}

// RoleAt returns the role of e at date d: the dated role overlapping the
// date's period most (a partial date "2017-10" covers the whole month),
// else the default role. With no matching role a person gets its last
// country + ELI. A zero date means "now": the open-ended or latest role.
func (e *Entry) RoleAt(d dyad.Date) (Role, bool) {
	var def *Role
	best, bestOv := -1, int64(0)
	if d.IsZero() {
		latest := int64(minDay)
		for i, r := range e.Roles {
			if r.Default {
				def = &e.Roles[i]
				continue
			}
			_, re := rangeDays(r)
			if re == maxDay && (best < 0 || latest < maxDay || dayNum(r.From) > dayNum(e.Roles[best].From)) {
				best, latest = i, re
			}
		}
		if best >= 0 {
			return e.Roles[best], true
		}
		// A dateless document naming a person out of office ("Jean-Paul II",
		// "Jacques Chirac"): the most recent office (a dated role that is not
		// ELI) rather than the elite default: a person acts in the news mostly
		// while in office, and an undated text is as likely old as new.
		if e.Kind == "person" && (def == nil || strings.HasSuffix(def.Code, "ELI")) {
			for i := len(e.Roles) - 1; i >= 0; i-- {
				if r := e.Roles[i]; !r.Default && !strings.HasSuffix(r.Code, "ELI") && (best < 0 || dayNum(r.From) > dayNum(e.Roles[best].From)) {
					best = i
				}
			}
			if best >= 0 {
				return e.Roles[best], true
			}
		}
		if def != nil {
			return *def, true
		}
	} else {
		ds, de := dateDays(d)
		for i, r := range e.Roles {
			if r.Default {
				def = &e.Roles[i]
				continue
			}
			rs, re := rangeDays(r)
			ov := min(de, re) - max(ds, rs)
			if ov > bestOv || (ov == bestOv && ov > 0 && rs > dayNum(e.Roles[best].From)) {
				best, bestOv = i, ov
			}
		}
		if best >= 0 {
			return e.Roles[best], true
		}
		if def != nil {
			return *def, true
		}
	}
	if e.Kind == "person" && len(e.Roles) > 0 {
		last := e.Roles[len(e.Roles)-1]
		return Role{Code: countryPart(last.Code) + "ELI", Default: true, Source: "dyad: no role at date, elite by convention"}, true
	}
	if len(e.Roles) > 0 {
		return e.Roles[0], true
	}
	return Role{}, false
}

// countryPart returns the first three letters of a code.
func countryPart(code string) string {
	if len(code) >= 3 {
		return code[:3]
	}
	return code
}

// Result is the answer of Lookup.
type Result struct {
	Entry   *Entry
	Role    Role
	Code    string
	Learned *dyad.RoleFact
}

// Lookup resolves a name (any language, any case) at a date: the entity or
// agent whose name it is, and its code at that date. Roles learned from
// documents (Learn) apply to names that have no role in the dictionaries at
// that date, or to names unknown to them.
func (kb *KB) Lookup(name string, d dyad.Date) []Result {
	kb.mu.RLock()
	defer kb.mu.RUnlock()
	u := nameUnits(name)
	var out []Result
	seen := map[int]bool{}
	for _, t := range []*trie{kb.ent, kb.dem, kb.agt} {
		n := t.find(u)
		if n < 0 {
			continue
		}
		ps := append([]payload(nil), t.nodes[n].out...)
		sort.Slice(ps, func(i, j int) bool { return ps[i].id > ps[j].id }) // latest loaded first
		for _, p := range ps {
			e := kb.resolve(int(p.id))
			if seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			r, ok := e.RoleAt(d)
			if !ok {
				continue
			}
			out = append(out, Result{Entry: e, Role: r, Code: r.Code})
		}
	}
	if f, ok := kb.learnedAt(strings.Join(u, " "), d); ok {
		if len(out) == 0 || strings.HasSuffix(out[0].Code, "ELI") {
			out = append([]Result{{Code: f.Code, Learned: &f}}, out...)
		}
	}
	return out
}

// Learn adds roles learned from documents (Analysis.Learned); later
// documents resolve the bare names with them. Safe for concurrent use.
func (kb *KB) Learn(facts []dyad.RoleFact) {
	kb.mu.Lock()
	defer kb.mu.Unlock()
	for _, f := range facts {
		k := strings.Join(nameUnits(f.Name), " ")
		if k == "" || f.Code == "" {
			continue
		}
		kb.learned[k] = append(kb.learned[k], f)
	}
}

// learnedAt gives the learned fact for a folded name that is the latest
// one stated at or before d (any when d is zero). Caller holds the lock.
func (kb *KB) learnedAt(k string, d dyad.Date) (dyad.RoleFact, bool) {
	fs := kb.learned[k]
	var best dyad.RoleFact
	found := false
	for _, f := range fs {
		if !d.IsZero() && !f.Since.IsZero() && d.Before(f.Since) {
			continue
		}
		if !found || best.Since.Before(f.Since) || best.Since == f.Since {
			best, found = f, true
		}
	}
	return best, found
}

// CountryName returns the canonical name of a country code.
func (kb *KB) CountryName(code string) string {
	if id, ok := kb.countries[code]; ok {
		return kb.entries[id].Name
	}
	return ""
}

// readFS is used by tests to list embedded files.
func readFS() fs.FS { return dataFS }

// roleCodes are the CAMEO/Phoenix sector codes an actor code may carry after
// its country part.
var roleCodes = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`GOV MIL COP SPY JUD LEG OPP REB INS CVL MED BUS ELI REF EDU HLH LAB REL
		CRM UAF PTY AGR ENV HRI DEV MOS CHR JEW HIN BUD SPY NGO IGO SEP MNC IMG UNO JRN SOC CIV MUS RAD
		ATH CTH ORT PRO SHI SUN DRZ KUR ALQ TAL HMS WST EUR AFR ASA SAS SEA MEA CAS WAF SAF EAF LAM
		NAF CAF CRB NMR BLK BAL PPL`) {
		roleCodes[c] = true
	}
}

// regions are the non-country first parts Phoenix uses.
var regions = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true, "---": true,
	"AFR": true, "ASA": true, "BLK": true, "BAL": true, "CAF": true, "CAS": true, "CAU": true,
	"CRB": true, "EAF": true, "EEU": true, "EUR": true, "LAM": true, "MEA": true, "MDT": true,
	"NAF": true, "NMR": true, "OCE": true, "PGS": true, "SAF": true, "SAM": true, "SAS": true,
	"SCN": true, "SEA": true, "WAF": true, "WST": true, "WSB": true, "INT": true, "UIS": true,
	"ARB": true} // ARB: Arab (CAMEO ethnic code; Phoenix.International IGOARB, NGOARB)

// checkCodes validates the codes of every entry: the country part must be a
// known country (countries.txt) or a Phoenix region/international code, the
// rest whole three-letter groups; agents must start with a role code.
func (kb *KB) checkCodes(probs *[]Problem) {
	for _, e := range kb.entries {
		if e.Kind == "discard" {
			continue // "=> -": no code
		}
		for _, r := range e.Roles {
			c := r.Code
			if e.Kind == "agent" {
				if c == "@mod" || c == "@modELI" || c == "@other" || c == "@state" { // frdoc.go otherState, subjectState
					continue
				}
				if strings.HasPrefix(c, "@pair") {
					if rest := strings.TrimPrefix(c, "@pair"); rest != "" && !roleCodes[rest] {
						*probs = append(*probs, Problem{e.File, r.Line, "unknown role code " + rest})
					}
					continue
				}
				if len(c) < 3 || !roleCodes[c[:3]] {
					*probs = append(*probs, Problem{e.File, r.Line, "unknown role code " + c})
				}
				continue
			}
			up := strings.TrimRightFunc(c, func(r rune) bool { return r >= 'a' && r <= 'z' })
			if len(up) < 3 || len(up)%3 != 0 {
				*probs = append(*probs, Problem{e.File, r.Line, "bad code " + c + " (want 3-letter groups)"})
				continue
			}
			cp := up[:3]
			if _, ok := kb.countries[cp]; !ok && !regions[cp] {
				*probs = append(*probs, Problem{e.File, r.Line, "unknown country code " + cp + " in " + c})
			}
			for k := 3; k < len(up); k += 3 {
				part := up[k : k+3]
				for _, ch := range part {
					if ch < 'A' || ch > 'Z' {
						*probs = append(*probs, Problem{e.File, r.Line, "bad code " + c})
						break
					}
				}
			}
		}
	}
}

// fileLang reads the language of a dictionary from its file name.
func fileLang(file string) string {
	b := filepath.Base(file)
	switch {
	case strings.Contains(b, "_fr"):
		return "fr"
	case strings.Contains(b, "_en"):
		return "en"
	}
	return ""
}

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD quickly, falling back to
// dyad.ParseDate for anything else (and its errors).
func parseDate(s string) (dyad.Date, error) {
	num := func(t string) (int, bool) {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
			n = n*10 + int(t[i]-'0')
		}
		return n, true
	}
	var d dyad.Date
	ok := true
	switch len(s) {
	case 0:
		return d, nil
	case 4:
		d.Year, ok = num(s)
	case 7:
		var ok2 bool
		d.Year, ok = num(s[:4])
		d.Month, ok2 = num(s[5:])
		ok = ok && ok2 && s[4] == '-'
	case 10:
		var ok2, ok3 bool
		d.Year, ok = num(s[:4])
		d.Month, ok2 = num(s[5:7])
		d.Day, ok3 = num(s[8:])
		ok = ok && ok2 && ok3 && s[4] == '-' && s[7] == '-'
	default:
		ok = false
	}
	if !ok || d.Month > 12 || d.Day > 31 || d.Year < 1 || (d.Day > 0 && d.Month == 0) || (len(s) >= 7 && d.Month == 0) || (len(s) == 10 && d.Day == 0) {
		return dyad.ParseDate(s)
	}
	return d, nil
}
