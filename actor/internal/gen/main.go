// Command gen converts the PETRARCH/Phoenix dictionaries and the country
// name tables of ../shared/reference into dyad's actor data files
// (actor/data/*.txt). It is run by hand when the sources change:
//
//	go run ./actor/internal/gen -ref ../shared/reference -out actor/data
//
// Hand-written files (metonyms.txt, orgs.txt, groups.txt, media.txt,
// people_dyad.txt, agents_fr.txt) are not touched.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/text"
)

var ref, out string

func main() {
	flag.StringVar(&ref, "ref", "../shared/reference", "reference folder")
	flag.StringVar(&out, "out", "actor/data", "output folder")
	only := flag.String("only", "", "write only this file (discards_phoenix.txt)")
	flag.Parse()
	if *only == "discards_phoenix.txt" {
		writeDiscards()
		return
	}
	generate()
}

// generate writes every generated file from ref into out.
func generate() {
	iso := loadISO()
	countries, _, _ := parsePhoenix(filepath.Join(ref, "petrarch/Phoenix.Countries.actors.txt"), iso)
	validCountries = map[string]bool{}
	for c := range countries {
		validCountries[c] = true
	}
	for _, r := range iso {
		validCountries[r.cca3] = true
	}
	countries, people, orgs := parsePhoenix(filepath.Join(ref, "petrarch/Phoenix.Countries.actors.txt"), iso)
	_, people2, orgs2 := parsePhoenix(filepath.Join(ref, "petrarch/Phoenix.International.actors.txt"), nil)
	_, people3, groups := parsePhoenix(filepath.Join(ref, "petrarch/Phoenix.MilNonState.actors.txt"), nil)
	writeCountries(countries, iso)
	writeDemonyms(iso)
	writeEntities("people.txt", "person", append(append(people, people2...), people3...),
		"Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt (people with dated roles)")
	writeEntities("orgs_phoenix.txt", "org", append(orgs, orgs2...),
		"Phoenix.Countries.actors.txt (state bodies), Phoenix.International.actors.txt (IGOs, NGOs)")
	writeEntities("groups_phoenix.txt", "group", groups, "Phoenix.MilNonState.actors.txt (non-state armed groups)")
	writeAgents()
	isoRows = iso
	writeWikidata()
	writeDiscards()
}

// writeDiscards converts Phoenix.discards.txt: phrases whose words name no
// actor ("Manchester United", "Tour de France", "World Cup"). Phoenix's
// sentence-level and story-level (+) discards both become phrase discards:
// the stage reports no actor inside them.
func writeDiscards() {
	defer done()
	w := create("discards_phoenix.txt", fmt.Sprintf(mitHeader, "Phoenix.discards.txt")+
		`# Discards: phrases that contain no actor (sports, films, diseases, weather...).
# Phoenix discards a sentence (or, with +, a story) that contains one; dyad only
# drops the actor names found inside the phrase. Year numbers and editor notes are
# left out.
`)
	b, err := os.ReadFile(filepath.Join(ref, "petrarch/Phoenix.discards.txt"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(w, "\n@source phoenix Phoenix.discards.txt\n@kind discard\n")
	junk := regexp.MustCompile(`^[A-Za-z]{2,4} \d{1,2} [A-Za-z]{3} \d{4}$|/|^\d+$`)
	u := uniq{}
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "+"))
		if line == "" || junk.MatchString(line) || strings.ToUpper(line) != line && !strings.ContainsAny(line, "_") {
			continue
		}
		n := title(strings.ReplaceAll(line, "_", " "))
		if n == "" || strings.ContainsAny(n, "|=") {
			continue
		}
		if names := u.filter("discard", []string{n}); len(names) > 0 {
			fmt.Fprintf(w, "%s => -\n", names[0])
		}
	}
}

const mitHeader = `# Converted from the PETRARCH-2 / Phoenix dictionaries (%s) by
# actor/internal/gen. The MIT License (MIT), Copyright (c) 2014 Open Event Data Alliance.
# Phoenix names are upper case with underscores; they are written here in title case
# (one-word names of four letters or less stay in capitals and then match only capitals).
# Phoenix dates (YYMMDD, YYYYMMDD, >from, <until) are written FROM..TO; overlapping
# ranges are merged (same code) or cut where the next role starts (different codes).
# Format: see actor/README.md.
`

type ent struct {
	names   []string
	roles   []string // dyad role strings
	country string
	person  bool
	subs    []*ent // blocks of a country's places with dates of their own (countries only)
}

type isoRow struct {
	cca2, cca3, enCommon, enOfficial, frCommon, frOfficial, demFrM, demFrF, demEnM, demEnF, capital string
	en, fr                                                                                          string
}

// loadISO reads the demonyms table and the i18n names.
func loadISO() []*isoRow {
	f, err := os.Open(filepath.Join(ref, "countries/countries_fr_en_demonyms.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var rows []*isoRow
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		for len(c) < 13 {
			c = append(c, "")
		}
		rows = append(rows, &isoRow{cca2: c[0], cca3: c[1], enCommon: c[3], enOfficial: c[4], frCommon: c[5],
			frOfficial: c[6], demFrM: c[7], demFrF: c[8], demEnM: c[9], demEnF: c[10], capital: c[11]})
	}
	for _, lang := range []string{"en", "fr"} {
		b, err := os.ReadFile(filepath.Join(ref, "countries/i18n-iso-countries."+lang+".json"))
		if err != nil {
			log.Fatal(err)
		}
		var j struct {
			Countries map[string]any `json:"countries"`
		}
		if err := json.Unmarshal(b, &j); err != nil {
			log.Fatal(err)
		}
		for _, r := range rows {
			v := j.Countries[r.cca2]
			var names []string
			switch x := v.(type) {
			case string:
				names = []string{x}
			case []any:
				for _, y := range x {
					names = append(names, fmt.Sprint(y))
				}
			}
			s := strings.Join(names, " | ")
			if lang == "en" {
				r.en = s
			} else {
				r.fr = s
			}
		}
	}
	return rows
}

var bracket = regexp.MustCompile(`\[([^\]]*)\]`)

// parsePhoenix reads a TABARI .actors file. With iso != nil, three-letter
// header codes start country sections.
func parsePhoenix(path string, iso []*isoRow) (countries map[string]*ent, people, orgs []*ent) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	countries = map[string]*ent{}
	isoNames := map[string]bool{}
	for _, r := range iso {
		isoNames[actor.NameKey(r.enCommon)] = true
		isoNames[actor.NameKey(r.enOfficial)] = true
		isoNames[actor.NameKey(r.demEnM)] = true
	}
	// main: the block names the country itself (its name or demonym)
	main := func(e *ent) bool {
		for _, n := range e.names {
			if isoNames[actor.NameKey(n)] {
				return true
			}
		}
		return false
	}
	var cur *ent
	var pending *ent // names without codes yet
	country := ""
	flush := func() {
		if cur == nil {
			return
		}
		e := cur
		cur = nil
		if len(e.roles) == 0 {
			pending = e
			return
		}
		if pending != nil && lastWord(pending.names[0]) == lastWord(e.names[0]) {
			e.names = append(e.names, pending.names...)
		}
		pending = nil
		if iso != nil {
			// a country block whose code comes on its own line ("CROATIA_" then "[HRV >920115]")
			if f := strings.Fields(e.roles[len(e.roles)-1]); len(f) > 0 && len(f[0]) == 3 && isUpper(f[0]) {
				ce := countries[f[0]]
				if ce == nil {
					ce = &ent{country: f[0]}
					countries[f[0]] = ce
				}
				country = f[0]
				if !main(e) && countryRoles(f[0], e.roles) != f[0] {
					// places that belonged wholly to another state for a time
					// (LEIPZIG_ ... [DDR 491007-901003] [DEU >19901003],
					// RUSSIAN_SFSR [SUNRUS 19171109-19911225]): a line of
					// their own with Phoenix's dates. The country's own
					// names and demonym (ARMENIA_ [USRARM <900823]; SERBIA
					// [YUGSRB <920427] [SCGSRB 920428-060605]) stay the
					// country's at every date, as the people dictionaries
					// code the leaders of a federation's member republics
					// (Kravchuk UKRELI before 1991, Djukanovic MNEGOV
					// 1991-2006) and as the PLOVER gold codes Serbia in 2000.
					ce.subs = append(ce.subs, e)
					return
				}
				ce.names = append(ce.names, e.names...)
				return
			}
		}
		e.roles = fixRoles(e.roles, e.country)
		if len(e.roles) == 0 {
			return
		}
		if e.person {
			people = append(people, e)
		} else {
			orgs = append(orgs, e)
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		raw := sc.Text()
		line := raw
		comment := ""
		if i := strings.Index(line, "#"); i >= 0 {
			comment = line[i:]
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		codes := bracket.FindAllStringSubmatch(line, -1)
		namePart := strings.TrimSpace(bracket.ReplaceAllString(line, ""))
		if namePart != "" && !strings.HasPrefix(line, "[") {
			isAlias := strings.HasPrefix(namePart, "+")
			name := title(strings.TrimPrefix(namePart, "+"))
			if !isAlias {
				// country header?
				if iso != nil && len(codes) == 1 {
					c := strings.Fields(codes[0][1])
					if len(c) >= 1 && len(c[0]) == 3 && isUpper(c[0]) {
						flush()
						pending = nil
						country = c[0]
						ce := countries[country]
						if ce == nil {
							ce = &ent{country: country}
							countries[country] = ce
						}
						if name != "" {
							ce.names = append(ce.names, name)
						}
						if len(c) > 1 {
							ce.roles = append(ce.roles, codes[0][1])
						}
						cur = nil
						continue
					}
				}
				flush()
				if name == "" {
					continue
				}
				cur = &ent{names: []string{name}, country: country, person: strings.Contains(comment, "CountryInfo") || strings.Contains(comment, "rulers")}
			} else {
				if name == "" {
					continue
				}
				if cur == nil && iso != nil && country != "" {
					// alias of the country itself
					ce := countries[country]
					ce.names = append(ce.names, name)
					continue
				}
				if cur == nil {
					continue
				}
				cur.names = append(cur.names, name)
			}
		}
		for _, c := range codes {
			if cur == nil {
				continue
			}
			cur.roles = append(cur.roles, c[1])
			if strings.ContainsAny(c[1], "<>-0123456789") && len(strings.Fields(c[1])) > 1 {
				cur.person = true
			}
		}
	}
	flush()
	return
}

func lastWord(s string) string {
	f := strings.Fields(text.Fold(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func isUpper(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// title turns VLADIMIR_PUTIN_ into Vladimir Putin; short one-word names
// stay in capitals.
func title(s string) string {
	s = strings.Trim(strings.ReplaceAll(s, "_", " "), " ")
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || strings.ContainsAny(s, "{}!|=>,") {
		return ""
	}
	if strings.HasPrefix(s, "THE ") && strings.Count(s, " ") >= 1 {
		s = s[4:]
	}
	if !strings.Contains(s, " ") && len([]rune(s)) <= 4 {
		return s
	}
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-' || r == '('
	}
	return b.String()
}

type drole struct {
	code     string
	from, to string // YYYY-MM-DD or ""
}

// pdate converts a Phoenix date.
func pdate(s string) (string, bool) {
	var y, m, d int
	switch len(s) {
	case 4:
		return s, true
	case 6:
		y, _ = strconv.Atoi(s[:2])
		if y <= 20 {
			y += 2000
		} else {
			y += 1900
		}
		m, _ = strconv.Atoi(s[2:4])
		d, _ = strconv.Atoi(s[4:6])
	case 8:
		y, _ = strconv.Atoi(s[:4])
		m, _ = strconv.Atoi(s[4:6])
		d, _ = strconv.Atoi(s[6:8])
	default:
		return "", false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 {
		return "", false
	}
	if d > daysIn(y, m) {
		d = daysIn(y, m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var codeRe = regexp.MustCompile(`^[A-Z~-]{3,}[a-z]*$`)

// fixRoles converts Phoenix role strings and repairs overlaps.
func fixRoles(raw []string, country string) []string {
	var dated []drole
	def := ""
	for _, r := range raw {
		f := strings.Fields(r)
		if len(f) == 0 {
			continue
		}
		code := f[0]
		if strings.Contains(code, "~") {
			continue
		}
		if code == "ELI" || code == "GOV" {
			if country == "" {
				continue
			}
			code = country + code
		}
		if !codeRe.MatchString(code) || len(code) < 3 || !validCode(code) {
			continue
		}
		if len(f) == 1 {
			def = code
			continue
		}
		rng := f[1]
		var dr drole
		dr.code = code
		ok := true
		switch {
		case strings.HasPrefix(rng, ">"):
			dr.from, ok = pdate(rng[1:])
		case strings.HasPrefix(rng, "<"):
			dr.to, ok = pdate(rng[1:])
		default:
			a, b, found := strings.Cut(rng, "-")
			if !found {
				ok = false
				break
			}
			var ok2 bool
			dr.from, ok = pdate(a)
			dr.to, ok2 = pdate(b)
			ok = ok && ok2
		}
		if !ok || (dr.from != "" && dr.to != "" && dr.from >= dr.to) {
			continue
		}
		dated = append(dated, dr)
	}
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].from < dated[j].from })
	// merge or cut overlaps
	var res []drole
	for _, d := range dated {
		if n := len(res); n > 0 {
			p := &res[n-1]
			overlap := p.to == "" || p.to > d.from
			if p.code == d.code && (overlap || p.to == d.from) {
				if p.to != "" && (d.to == "" || d.to > p.to) {
					p.to = d.to
				}
				continue
			}
			if overlap {
				if d.to != "" && (p.to == "" || p.to > d.to) {
					// d lies inside p: keep p as is and drop d
					continue
				}
				p.to = d.from
				if p.from != "" && p.from >= p.to {
					res = res[:n-1]
				}
			}
		}
		res = append(res, d)
	}
	var out []string
	for _, d := range res {
		out = append(out, d.code+" "+d.from+".."+d.to)
	}
	if def != "" {
		out = append(out, def)
	}
	return out
}

func create(name, header string) *bufio.Writer {
	f, err := os.Create(filepath.Join(out, name))
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	w.WriteString(header)
	files = append(files, struct {
		f *os.File
		w *bufio.Writer
	}{f, w})
	return w
}

var files []struct {
	f *os.File
	w *bufio.Writer
}

func init() {
	// flush at exit through a deferred call in main is simpler; see done()
}

func done() {
	for _, x := range files {
		x.w.Flush()
		x.f.Close()
	}
	files = nil
}

// uniq writes names once per file and kind.
type uniq map[string]bool

func (u uniq) filter(kind string, names []string) []string {
	var out []string
	local := map[string]bool{}
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		k := kind + "|" + actor.NameKey(n)
		if u[k] || local[k] {
			continue
		}
		local[k] = true
		out = append(out, n)
	}
	for _, n := range out {
		k := kind + "|" + actor.NameKey(n)
		u[k] = true
	}
	return out
}

func writeCountries(ph map[string]*ent, iso []*isoRow) {
	defer done()
	w := create("countries.txt", `# dyad actor dictionary: countries (kind country).
# Every country of the Phoenix dictionary, with its CAMEO/Phoenix code (mostly ISO 3166
# alpha-3; a few CAMEO specials such as KSV Kosovo), its Phoenix English names and the
# cities Phoenix uses as country names, plus the French and English short names of
# i18n-iso-countries (MIT, Copyright (c) 2016 widdix GmbH; i18n-iso-countries
# contributors) and the English nationality words of NGEC's country table.
# Capitals and seats of government as metonyms (-> GOV) are in metonyms.txt, which
# is loaded later and overrides the plain city names below.
# Generated by actor/internal/gen; edit the generator, not this file.
# Format: see actor/README.md.
`)
	phoenixCodes = ph
	u := uniq{}
	// i18n names, keyed to Phoenix codes
	codeOf := map[string]string{}
	for _, r := range iso {
		c := r.cca3
		if _, ok := ph[c]; !ok {
			// a Phoenix block whose first name is the country's?
			var pcs []string
			for pc := range ph {
				pcs = append(pcs, pc)
			}
			sort.Strings(pcs)
			for _, pc := range pcs {
				// compared as matching keys: Phoenix's TIMOR_LESTE_ is
				// i18n's "Timor-Leste" (TMP, not ISO's TLS)
				if e := ph[pc]; len(e.names) > 0 && actor.NameKey(e.names[0]) == actor.NameKey(r.enCommon) {
					c = pc
					break
				}
			}
		}
		codeOf[r.cca3] = c
	}
	fmt.Fprintf(w, "\n@source i18n-iso-countries 7.14.0 langs/en.json and langs/fr.json (MIT)\n@kind country\n")
	for _, r := range iso {
		c := codeOf[r.cca3]
		var names []string
		for _, s := range []string{r.en, r.fr} {
			for _, n := range strings.Split(s, "|") {
				names = append(names, strings.TrimSpace(n))
			}
		}
		names = u.filter("country", names)
		if len(names) > 0 {
			fmt.Fprintf(w, "%s => %s\n", strings.Join(names, " | "), c)
		}
	}
	fmt.Fprintf(w, "\n@source phoenix Phoenix.Countries.actors.txt (MIT, Copyright (c) 2014 Open Event Data Alliance)\n@kind country\n")
	var codes []string
	for c := range ph {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		e := ph[c]
		if names := u.filter("country", e.names); len(names) > 0 {
			fmt.Fprintf(w, "%s => %s\n", strings.Join(names, " | "), c)
		}
		for _, sub := range e.subs {
			if names := u.filter("country", sub.names); len(names) > 0 {
				fmt.Fprintf(w, "%s => %s\n", strings.Join(names, " | "), countryRoles(c, sub.roles))
			}
		}
	}
	// NGEC nationality words
	f, err := os.Open(filepath.Join(ref, "countries/ngec_countries.csv"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(w, "\n@source ngec ngec_countries.csv (NGEC / Open Event Data Alliance, MIT): English nationality words\n@kind demonym\n")
	ud := uniq{}
	isoNames := map[string]bool{}
	for _, r := range iso {
		for _, n := range append(strings.Split(r.en+"|"+r.fr, "|"), r.enCommon, r.frCommon) {
			isoNames[actor.NameKey(strings.TrimSpace(n))] = true
		}
	}
	for _, r := range recs[1:] {
		c := r[2]
		if pc, ok := codeOf[c]; ok {
			c = pc
		}
		if _, ok := ph[c]; !ok {
			continue
		}
		var names []string
		for _, n := range strings.Split(r[3], ",") {
			n = strings.TrimSpace(n)
			if n != "" && !strings.Contains(n, " ") && !isoNames[actor.NameKey(n)] {
				names = append(names, n)
			}
		}
		names = ud.filter("demonym", names)
		if len(names) > 0 {
			fmt.Fprintf(w, "%s => %s\n", strings.Join(names, " | "), c)
		}
	}
	phoenixCodes = ph
	isoCode = codeOf
}

var phoenixCodes map[string]*ent

// formerStates maps the state codes Phoenix writes in the dated codes of a
// country block to the codes the dictionaries give those states: Phoenix
// names the Soviet Union SUN (SOVIET_UNION_ [SUN]) but writes its republics
// USRARM, USRUKR...; the Federal Republic of Yugoslavia is FRYKSV there and
// SCG elsewhere (SERBIA_AND_MONTENEGRO [SCG 920428-060605]); YUG, CAMEO's
// socialist Yugoslavia, has no Phoenix block but is countries_dyad.txt's.
var formerStates = map[string]string{"USR": "SUN", "FRY": "SCG", "YUG": "YUG"}

// countryRoles is the role list of the Phoenix country block c: c, then the
// dated ranges in which the place belonged to another state ("[YUGSRB
// <920427]" -> "YUG ..1992-04-27"). Only the state part of a dated code is
// kept (the sector or region part, "OCC", "UNR", "SRB", names no actor of
// its own); ranges of c itself need no date.
func countryRoles(c string, raw []string) string {
	var conv []string
	for _, r := range raw {
		f := strings.Fields(r)
		if len(f) != 2 || len(f[0]) < 3 {
			continue
		}
		st := f[0][:3]
		n, former := formerStates[st]
		if former {
			st = n
		}
		if st == c || !former && !validCountries[st] || !strings.HasPrefix(f[1], "<") && !strings.Contains(f[1], "-") {
			// a former state's range has an end: Phoenix's TURKMENISTAN_
			// writes [USRTKM >911016] for <911016
			continue
		}
		conv = append(conv, st+" "+f[1])
	}
	roles := []string{c}
	for _, r := range fixRoles(conv, "") {
		if strings.Contains(r, " ") {
			roles = append(roles, r)
		}
	}
	return strings.Join(roles, ", ")
}

// otherPhoenix reports whether Phoenix's country list gives the name d to
// another country than c. A demonym shared by two countries goes to the
// one Phoenix names with it: "Dominican" is the Dominican Republic's
// (DOM) in Phoenix, though world-countries also lists it for Dominica
// (DMA), whose people are far rarer in the news.
func otherPhoenix(d, c string) bool {
	k := actor.NameKey(d)
	for pc, e := range phoenixCodes {
		if pc == c {
			continue
		}
		for _, n := range e.names {
			if actor.NameKey(n) == k {
				return true
			}
		}
	}
	return false
}

var isoCode map[string]string

func writeDemonyms(iso []*isoRow) {
	defer done()
	w := create("demonyms.txt", `# dyad actor dictionary: French and English demonyms (kind demonym) and official
# country names (kind country).
#
# This table is DERIVED from world-countries 5.1.0 (countries.json, via
# ../shared/reference/countries/countries_fr_en_demonyms.tsv), by Mohammed Le Doze
# (mledoze/countries), made available under the Open Database License (ODbL) v1.0:
# http://opendatacommons.org/licenses/odbl/1.0/. This derived table is itself
# released under the ODbL v1.0 (share-alike): you may copy, distribute and adapt it
# provided you attribute world-countries and keep this derived table under the ODbL.
# The rest of dyad is not affected (it only reads this file).
#
# Plurals (French +s, English +s) are generated; codes are CAMEO/Phoenix country codes.
# Generated by actor/internal/gen. Format: see actor/README.md.
`)
	u := uniq{}
	fmt.Fprintf(w, "\n@source world-countries 5.1.0 (ODbL): demonyms fr m/f/pl, en\n@kind demonym\n")
	for _, r := range iso {
		c := isoCode[r.cca3]
		if _, ok := phoenixCodes[c]; !ok {
			continue
		}
		var names []string
		for _, d := range []string{r.demFrM, r.demFrF} {
			if d == "" {
				continue
			}
			names = append(names, d, frPlural(d))
		}
		for _, d := range []string{r.demEnM, r.demEnF} {
			if d == "" || otherPhoenix(d, c) {
				continue
			}
			names = append(names, d, enPlural(d))
		}
		names = u.filter("demonym", names)
		if len(names) > 0 {
			fmt.Fprintf(w, "%s => %s\n", strings.Join(names, " | "), c)
		}
	}
	fmt.Fprintf(w, "\n@source world-countries 5.1.0 (ODbL): official names fr, en\n@kind country\n")
	for _, r := range iso {
		c := isoCode[r.cca3]
		if _, ok := phoenixCodes[c]; !ok {
			continue
		}
		names := u.filter("country", []string{r.frOfficial, r.enOfficial})
		if len(names) > 0 {
			fmt.Fprintf(w, "%s => %s\n", strings.Join(names, " | "), c)
		}
	}
}

func frPlural(s string) string {
	if strings.HasSuffix(s, "s") || strings.HasSuffix(s, "x") {
		return s
	}
	if strings.HasSuffix(s, "al") {
		return s[:len(s)-2] + "aux"
	}
	return s + "s"
}

func enPlural(s string) string {
	switch {
	case strings.HasSuffix(s, "ese"), strings.HasSuffix(s, "ss"), strings.HasSuffix(s, "sh"), strings.HasSuffix(s, "ch"):
		return s
	case strings.HasSuffix(s, "s"):
		return s
	}
	return s + "s"
}

func writeEntities(file, kind string, es []*ent, src string) {
	defer done()
	w := create(file, fmt.Sprintf(mitHeader, src))
	fmt.Fprintf(w, "\n@source phoenix %s\n@kind %s\n", src, kind)
	u := uniq{}
	for _, e := range es {
		if kind == "org" || kind == "group" {
			// one-word title-case names are too often common words ("Falcon"):
			// keep acronyms and longer names only
			var keep []string
			for _, n := range e.names {
				if strings.Contains(n, " ") || !strings.ContainsFunc(n, unicode.IsLower) {
					keep = append(keep, n)
				}
			}
			e.names = keep
		}
		names := u.filter(kind, e.names)
		if len(names) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s => %s\n", strings.Join(names, " | "), strings.Join(e.roles, ", "))
	}
}

func writeAgents() {
	defer done()
	f, err := os.Open(filepath.Join(ref, "petrarch/Phoenix.agents.txt"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	w := create("agents_en.txt", fmt.Sprintf(mitHeader, "Phoenix.agents.txt")+
		`# English agents: a noun phrase naming a role, mapped to the CAMEO role codes it adds to
# the country it is attached to ("Russian official" -> RUS + GOV). Substitution sets
# (!PERSON!, !MINIST!) are expanded and regular plurals generated, as PETRARCH does.
`)
	fmt.Fprintf(w, "\n@source phoenix Phoenix.agents.txt\n@kind agent\n")
	subs := map[string][]string{}
	u := uniq{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") {
			k, v, _ := strings.Cut(line, "=")
			for _, x := range strings.Split(v, ",") {
				subs[strings.TrimSpace(k)] = append(subs[strings.TrimSpace(k)], strings.TrimSpace(x))
			}
			continue
		}
		m := bracket.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		code := strings.TrimPrefix(m[1], "~")
		if strings.Contains(code, "~") || !codeRe.MatchString(code) || len(code)%3 != 0 {
			continue
		}
		rest := strings.TrimSpace(line[:strings.Index(line, "[")])
		plural := ""
		if i := strings.Index(rest, "{"); i >= 0 {
			j := strings.Index(rest, "}")
			if j > i {
				plural = strings.TrimSpace(rest[i+1 : j])
			}
			rest = strings.TrimSpace(rest[:i])
		}
		forms := []string{rest}
		for k, vs := range subs {
			if strings.Contains(rest, k) {
				forms = nil
				for _, v := range vs {
					forms = append(forms, strings.ReplaceAll(rest, k, v))
				}
			}
		}
		var names []string
		for _, fm := range forms {
			n := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(fm, "_", " ")), " "))
			if n == "" || strings.ContainsAny(n, "!{}") {
				continue
			}
			// "AMBASSADOR_TO {}", "EMBASSY_IN": Phoenix writes the preposition
			// that links the role to its country; the preposition is not part
			// of the mention ("the French ambassador to Iran": FRAGOV and IRN,
			// the stage's of/to linking decides), so it is dropped (round 6)
			if f := strings.Fields(n); len(f) > 1 && hasPrep(f[len(f)-1]) {
				n = strings.Join(f[:len(f)-1], " ")
			}
			names = append(names, n)
			if plural == "" && !strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "men") && !hasPrep(n) {
				switch {
				case strings.HasSuffix(n, "y") && !strings.HasSuffix(n, "ay") && !strings.HasSuffix(n, "ey"):
					names = append(names, n[:len(n)-1]+"ies")
				case strings.HasSuffix(n, "ch"), strings.HasSuffix(n, "sh"), strings.HasSuffix(n, "x"):
					names = append(names, n+"es")
				default:
					names = append(names, n+"s")
				}
			}
		}
		if plural != "" {
			names = append(names, strings.ToLower(strings.ReplaceAll(plural, "_", " ")))
		}
		names = u.filter("agent", names)
		if len(names) > 0 {
			fmt.Fprintf(w, "%s => %s\n", strings.Join(names, " | "), code)
		}
	}
}

// hasPrep: the head noun of a phrase with a preposition is not its last word.
func hasPrep(n string) bool {
	for _, w := range strings.Fields(n) {
		switch w {
		case "of", "for", "in", "to", "and", "with", "on", "at", "from", "de":
			return true
		}
	}
	return false
}

// writeWikidata converts the Wikidata leaders table (heads of state and
// government around 2021, CC0) into people_wikidata.txt.
func writeWikidata() {
	defer done()
	f, err := os.Open(filepath.Join(ref, "leaders/wikidata.csv"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	// country name -> code from the i18n/Phoenix tables
	byName := map[string]string{}
	for _, r := range isoRows {
		byName[text.Fold(r.enCommon)] = isoCode[r.cca3]
		byName[text.Fold(r.enOfficial)] = isoCode[r.cca3]
		for _, n := range strings.Split(r.en, "|") {
			byName[text.Fold(strings.TrimSpace(n))] = isoCode[r.cca3]
		}
	}
	w := create("people_wikidata.txt", `# dyad actor dictionary: heads of state and government in office around 2021-2022,
# converted from Wikidata (CC0 1.0, https://www.wikidata.org) via
# ../shared/reference/leaders/wikidata.csv by actor/internal/gen.
# Wikidata gives years only: a role runs from its start year to the start of its end
# year (FROM..TO, TO exclusive), so the months around a change are coded ELI; the
# hand-checked people_dyad.txt, loaded later, overrides these entries where it knows
# exact dates. Every head of state or government is coded COUNTRY+GOV, as Phoenix does.
# Format: see actor/README.md.

@source wikidata leaders/wikidata.csv (CC0)
@kind person
`)
	type pr struct {
		code  string
		roles []string
		line  int
	}
	people := map[string]*pr{}
	var order []string
	for i, r := range recs[1:] {
		if len(r) < 8 {
			continue
		}
		c, ok := byName[text.Fold(r[1])]
		if !ok {
			log.Printf("wikidata: unknown country %q", r[1])
			continue
		}
		name := r[5]
		if pl := strings.ToLower(r[3]); strings.Contains(pl, "co-prince") || strings.Contains(pl, "governor-general") || strings.Contains(pl, "episcopal") {
			continue
		}
		if name == "" || strings.HasPrefix(name, "Q") {
			continue
		}
		from, to := r[6], r[7]
		if from == "" {
			continue
		}
		if to != "" && to <= from {
			to = ""
			if r[7] < from {
				continue
			}
		}
		p := people[name]
		if p == nil {
			p = &pr{code: c, line: i}
			people[name] = p
			order = append(order, name)
		}
		if to == "" {
			p.roles = append(p.roles, c+"GOV >"+from)
		} else {
			p.roles = append(p.roles, c+"GOV "+from+"-"+to)
		}
	}
	for _, name := range order {
		p := people[name]
		roles := fixRoles(p.roles, p.code)
		if len(roles) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s => %s, %sELI\n", name, strings.Join(roles, ", "), p.code)
	}
}

var isoRows []*isoRow

var regions = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true, "---": true,
	"AFR": true, "ASA": true, "BLK": true, "BAL": true, "CAF": true, "CAS": true, "CAU": true,
	"CRB": true, "EAF": true, "EEU": true, "EUR": true, "LAM": true, "MEA": true, "MDT": true,
	"NAF": true, "NMR": true, "OCE": true, "PGS": true, "SAF": true, "SAM": true, "SAS": true,
	"SCN": true, "SEA": true, "WAF": true, "WST": true, "WSB": true, "INT": true, "UIS": true}

// validCountries is filled once the Phoenix country blocks are read.
var validCountries map[string]bool

func validCode(code string) bool {
	up := strings.TrimRightFunc(code, func(r rune) bool { return r >= 'a' && r <= 'z' })
	if len(up) < 3 || len(up)%3 != 0 {
		return false
	}
	if validCountries == nil {
		return true
	}
	return validCountries[up[:3]] || regions[up[:3]] || formerCode(up[:3])
}

// formerCode: c is a dictionary code of formerStates (YUG, SUN, SCG).
func formerCode(c string) bool {
	for _, v := range formerStates {
		if v == c {
			return true
		}
	}
	return false
}
