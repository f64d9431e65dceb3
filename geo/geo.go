// Package geo is dyad's gazetteer and the stage that places events.
//
// The gazetteer (data/places.tsv, converted from GeoNames by internal/gen,
// plus dyad's own additions in data/extra.tsv) holds countries, capitals,
// cities and first-level divisions with their English and French names, a
// CAMEO/ISO3 country code and a point. Names are matched on their folded
// form (text.Fold) with punctuation reduced to single spaces, so
// "Khyber-Pakhtunkhwa", "khyber pakhtunkhwa" and "KHYBER PAKHTUNKHWA" meet.
//
// The stage (NewStage) gives each event the place its sentence names after
// a locative cue ("à Doha", "au Pakistan", "in Kabul", "dans la province
// du Baloutchistan"; data/cues_*.txt), preferring a city to a division and
// a division to a country.
package geo

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

var (
	//go:embed data/places.tsv
	placesTSV string
	//go:embed data/extra.tsv
	extraTSV string
	//go:embed data/affixes.txt
	affixesTXT string
	//go:embed data/stop.txt
	stopTXT string
)

// Kind of place.
type Kind uint8

// Kinds of places, in the order a name shared by several places prefers
// them.
const (
	Country Kind = iota
	Capital
	City
	Region // a region news names that is not a first-level division
	Admin1 // province, state, oblast...
)

var kindNames = map[string]Kind{"country": Country, "capital": Capital, "city": City, "region": Region, "admin1": Admin1}

func (k Kind) String() string {
	for n, v := range kindNames {
		if v == k {
			return n
		}
	}
	return "?"
}

// Place is one entry of the gazetteer.
type Place struct {
	Kind     Kind
	Country  string // ISO 3166 alpha-3 (CAMEO) code; empty for disputed regions
	Lat, Lon float64
	NameEN   string
	NameFR   string // empty when the same as NameEN or unknown
	Alt      []string
	// Source is the GeoNames id or code, or "dyad".
	Source string
}

// Name returns the French name when there is one, else the English one.
func (p *Place) Name() string {
	if p.NameFR != "" {
		return p.NameFR
	}
	return p.NameEN
}

// language of a name
const (
	langEN uint8 = 1 << iota
	langFR
	langAny = langEN | langFR
)

type ref struct {
	place int32
	lang  uint8
}

// Gazetteer finds places by name. It is read-only after New and safe for
// concurrent use.
type Gazetteer struct {
	places   []Place
	byKey    map[string][]ref // sorted: kind, then file order
	maxWords int
	stop     map[string]bool
}

var (
	defaultGaz  *Gazetteer
	defaultOnce sync.Once
)

// New returns the gazetteer built from the embedded data. The data is
// parsed on the first call (about 20 ms); later calls return the same
// gazetteer.
func New() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := build(placesTSV, extraTSV)
		if err != nil {
			panic("geo: " + err.Error()) // the embedded data is tested
		}
		defaultGaz = g
	})
	return defaultGaz
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Places returns the places (shared; do not modify).
func (g *Gazetteer) Places() []Place { return g.places }

func build(places, extra string) (*Gazetteer, error) {
	g := &Gazetteer{byKey: make(map[string][]ref, 32000), stop: map[string]bool{}}
	for _, w := range dataLines(stopTXT) {
		g.stop[w] = true
	}
	var suffixes, prefixes []string
	for _, l := range dataLines(affixesTXT) {
		if s, ok := strings.CutPrefix(l, "@suffix "); ok {
			suffixes = append(suffixes, " "+string(appendKey(nil, text.Fold(s))))
		} else if s, ok := strings.CutPrefix(l, "@prefix "); ok {
			prefixes = append(prefixes, string(appendKey(nil, text.Fold(s)))+" ")
		}
	}
	bySource := map[string]int{}
	capitalOf := map[string]int{}
	header := true
	for n, l := range strings.Split(places, "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if header {
			header = false
			if f[0] == "kind" {
				continue
			}
		}
		if len(f) != 8 {
			return nil, fmt.Errorf("places.tsv:%d: %d fields, want 8", n+1, len(f))
		}
		p, err := parsePlace(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7])
		if err != nil {
			return nil, fmt.Errorf("places.tsv:%d: %v", n+1, err)
		}
		i := len(g.places)
		g.places = append(g.places, p)
		if p.Source != "-" {
			bySource[p.Source] = i
		}
		if p.Kind == Capital {
			if _, ok := capitalOf[p.Country]; !ok {
				capitalOf[p.Country] = i
			}
		}
	}
	for n, l := range strings.Split(extra, "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		switch {
		case f[0] == "alias" && len(f) == 3:
			var i int
			var ok bool
			if c, isCap := strings.CutPrefix(f[1], "capital:"); isCap {
				i, ok = capitalOf[c]
			} else {
				i, ok = bySource[f[1]]
			}
			if !ok {
				return nil, fmt.Errorf("extra.tsv:%d: no place %q", n+1, f[1])
			}
			g.places[i].Alt = append(g.places[i].Alt, strings.Split(f[2], "|")...)
		case f[0] == "place" && len(f) == 9:
			p, err := parsePlace(f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8])
			if err != nil {
				return nil, fmt.Errorf("extra.tsv:%d: %v", n+1, err)
			}
			if p.Kind != City && p.Kind != Region {
				return nil, fmt.Errorf("extra.tsv:%d: kind %s (city or region only)", n+1, p.Kind)
			}
			g.places = append(g.places, p)
		default:
			return nil, fmt.Errorf("extra.tsv:%d: bad line", n+1)
		}
	}
	var buf []byte
	for i := range g.places {
		p := &g.places[i]
		add := func(name string, lang uint8) {
			if name == "" {
				return
			}
			buf = appendKey(buf[:0], text.Fold(name))
			keys := []string{string(buf)}
			if p.Kind == Admin1 {
				for _, s := range suffixes {
					if k, ok := strings.CutSuffix(keys[0], s); ok && k != "" {
						keys = append(keys, k)
					}
				}
				for _, s := range prefixes {
					if k, ok := strings.CutPrefix(keys[0], s); ok && k != "" {
						keys = append(keys, k)
					}
				}
			}
			for _, k := range keys {
				if len(k) < 3 || g.stop[k] {
					continue
				}
				g.addKey(k, int32(i), lang)
			}
		}
		add(p.NameEN, langEN)
		add(p.NameFR, langFR)
		for _, a := range p.Alt {
			add(a, langAny)
		}
	}
	for k, refs := range g.byKey {
		sort.SliceStable(refs, func(a, b int) bool { return g.places[refs[a].place].Kind < g.places[refs[b].place].Kind })
		g.byKey[k] = refs
		if w := strings.Count(k, " ") + 1; w > g.maxWords {
			g.maxWords = w
		}
	}
	return g, nil
}

func (g *Gazetteer) addKey(k string, place int32, lang uint8) {
	refs := g.byKey[k]
	for j := range refs {
		if refs[j].place == place {
			refs[j].lang |= lang
			return
		}
	}
	g.byKey[k] = append(refs, ref{place, lang})
}

func parsePlace(kind, country, lat, lon, en, fr, alt, src string) (Place, error) {
	k, ok := kindNames[kind]
	if !ok {
		return Place{}, fmt.Errorf("kind %q", kind)
	}
	la, err1 := strconv.ParseFloat(lat, 64)
	lo, err2 := strconv.ParseFloat(lon, 64)
	if err1 != nil || err2 != nil || la < -90 || la > 90 || lo < -180 || lo > 180 {
		return Place{}, fmt.Errorf("coordinates %q %q", lat, lon)
	}
	if en == "" {
		return Place{}, fmt.Errorf("no English name")
	}
	if country != "" && len(country) != 3 {
		return Place{}, fmt.Errorf("country %q", country)
	}
	p := Place{Kind: k, Country: country, Lat: la, Lon: lo, NameEN: en, NameFR: fr, Source: src}
	if alt != "" {
		p.Alt = strings.Split(alt, "|")
	}
	return p, nil
}

func dataLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && l[0] != '#' {
			out = append(out, l)
		}
	}
	return out
}

// appendKey appends the key form of a folded name: its runs of letters
// and digits joined by single spaces ("cote d'ivoire" → "cote d ivoire").
func appendKey(buf []byte, folded string) []byte {
	space := len(buf) > 0
	for i := 0; i < len(folded); i++ {
		c := folded[i]
		if c >= 0x80 || ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || ('A' <= c && c <= 'Z') {
			if space {
				buf = append(buf, ' ')
				space = false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		} else if len(buf) > 0 {
			space = true
		}
	}
	return buf
}

// Find returns the place a name designates (the first of those sharing
// the name: a country before a capital, a city, a region, a division).
// It does not allocate when name is ASCII.
func (g *Gazetteer) Find(name string) (*Place, bool) {
	var arr [96]byte
	buf := arr[:0]
	if isASCII(name) {
		buf = appendKey(buf, name)
	} else {
		buf = appendKey(buf, text.Fold(name))
	}
	refs := g.byKey[string(buf)]
	if len(refs) == 0 {
		return nil, false
	}
	return &g.places[refs[0].place], true
}

// FindAll returns every place of that name, preferred first.
func (g *Gazetteer) FindAll(name string) []*Place {
	refs := g.byKey[string(appendKey(nil, text.Fold(name)))]
	out := make([]*Place, len(refs))
	for i, r := range refs {
		out[i] = &g.places[r.place]
	}
	return out
}

// Lookup returns the location of a place name (Text is the place's
// French name, or English when it has none; Span is zero).
func (g *Gazetteer) Lookup(name string) (dyad.Location, bool) {
	p, ok := g.Find(name)
	if !ok {
		return dyad.Location{}, false
	}
	return dyad.Location{Text: p.Name(), Country: p.Country, Lat: p.Lat, Lon: p.Lon}, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
