package geo

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

var (
	//go:embed data/cues_fr.txt
	cuesFR string
	//go:embed data/cues_en.txt
	cuesEN string
)

// cueSet is a language's locative cues, indexed by their first word.
type cueSet struct {
	byFirst  map[string][][]string // longest first
	articles map[string]bool
}

func parseCues(sets ...string) *cueSet {
	cs := &cueSet{byFirst: map[string][][]string{}, articles: map[string]bool{}}
	for _, data := range sets {
		for _, l := range dataLines(data) {
			if a, ok := strings.CutPrefix(l, "@article "); ok {
				cs.articles[text.Fold(strings.TrimSpace(a))] = true
				continue
			}
			w := cueWords(text.Fold(l))
			if len(w) == 0 {
				continue
			}
			list := cs.byFirst[w[0]]
			dup := false
			for _, x := range list {
				dup = dup || strings.Join(x, " ") == strings.Join(w, " ")
			}
			if !dup {
				list = append(list, w)
			}
			// longest first
			for i := len(list) - 1; i > 0 && len(list[i]) > len(list[i-1]); i-- {
				list[i], list[i-1] = list[i-1], list[i]
			}
			cs.byFirst[w[0]] = list
		}
	}
	return cs
}

// cueWords splits a folded cue as the tokenizer splits text: at spaces
// and after apostrophes ("dans l'est de" → dans, l', est, de).
func cueWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		for {
			i := strings.IndexByte(f, '\'')
			if i < 0 || i == len(f)-1 {
				break
			}
			out = append(out, f[:i+1])
			f = f[i+1:]
		}
		out = append(out, f)
	}
	return out
}

// match returns the number of tokens of the longest cue starting at i.
func (cs *cueSet) match(toks []dyad.Token, i int) int {
	for _, c := range cs.byFirst[toks[i].Norm] {
		if i+len(c) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(c) && ok; k++ {
			ok = toks[i+k].Norm == c[k]
		}
		if ok {
			return len(c)
		}
	}
	return 0
}

// Stage sets Event.Location from the sentence of each event.
type Stage struct {
	g           *Gazetteer
	fr, en, all *cueSet
	maxWords    int
}

// NewStage returns the place stage (Name "geo") over a gazetteer (New()
// when g is nil).
func NewStage(g *Gazetteer) dyad.Stage {
	if g == nil {
		g = New()
	}
	return &Stage{g: g, fr: parseCues(cuesFR), en: parseCues(cuesEN), all: parseCues(cuesFR, cuesEN), maxWords: g.maxWords}
}

// Name implements dyad.Stage.
func (s *Stage) Name() string { return "geo" }

// mention is a place found after a cue.
type mention struct {
	place *Place
	span  dyad.Span
	class int // 0 city, 1 region or division, 2 country
}

// Process implements dyad.Stage.
func (s *Stage) Process(a *dyad.Analysis) error {
	if len(a.Events) == 0 || len(a.Sentences) == 0 {
		return nil
	}
	cs, lang := s.all, langAny
	switch strings.ToLower(a.Doc.Lang) {
	case "fr":
		cs, lang = s.fr, langFR
	case "en":
		cs, lang = s.en, langEN
	}
	var carr [24]string
	countries := carr[:0]
	for i := range a.Actors {
		c := a.Actors[i].Code
		if len(c) < 3 {
			continue
		}
		c = c[:3]
		seen := false
		for _, x := range countries {
			seen = seen || x == c
		}
		if !seen && len(countries) < cap(countries) {
			countries = append(countries, c)
		}
	}
	last, lastLoc := -1, (*dyad.Location)(nil)
	for i := range a.Events {
		e := &a.Events[i]
		si := sentenceOf(a, e)
		if si < 0 {
			continue
		}
		if si != last {
			last, lastLoc = si, nil
			if m, ok := s.locate(a.Sentences[si].Tokens, cs, lang, countries); ok {
				lastLoc = &dyad.Location{Text: a.Doc.Text[m.span.Start:m.span.End], Country: m.place.Country,
					Lat: m.place.Lat, Lon: m.place.Lon, Span: m.span}
				if a.Trace != nil {
					a.Tracef("geo", "sentence %d: %q → %s (%s, %s %.2f %.2f)", si, lastLoc.Text, m.place.Name(), m.place.Kind, m.place.Country, m.place.Lat, m.place.Lon)
				}
			}
		}
		if lastLoc != nil {
			e.Location = lastLoc
		}
	}
	return nil
}

func sentenceOf(a *dyad.Analysis, e *dyad.Event) int {
	si := e.Sentence
	if si >= 0 && si < len(a.Sentences) && (e.Evidence.Len() == 0 || a.Sentences[si].Span.Overlaps(e.Evidence)) {
		return si
	}
	if e.Evidence.Len() > 0 {
		for i := range a.Sentences {
			if a.Sentences[i].Span.Overlaps(e.Evidence) {
				return i
			}
		}
	}
	return -1
}

// locate finds the place a sentence names after a locative cue: the first
// city if any, else the first region or division, else the first country.
func (s *Stage) locate(toks []dyad.Token, cs *cueSet, lang uint8, countries []string) (mention, bool) {
	best := mention{class: 3}
	for i := 0; i < len(toks); i++ {
		n := cs.match(toks, i)
		if n == 0 {
			continue
		}
		j := i + n
		m, l := s.placeAt(toks, j, lang, countries)
		if l == 0 && j < len(toks) && cs.articles[toks[j].Norm] {
			m, l = s.placeAt(toks, j+1, lang, countries)
			j++
		}
		if l == 0 {
			continue
		}
		if m.class < best.class {
			best = m
			if m.class == 0 {
				break
			}
		}
		i = j + l - 1
	}
	return best, best.place != nil
}

// placeAt matches the longest place name starting at token j; it returns
// the mention and its number of tokens (0: none).
func (s *Stage) placeAt(toks []dyad.Token, j int, lang uint8, countries []string) (mention, int) {
	if j >= len(toks) || toks[j].Kind != dyad.Word {
		return mention{}, 0
	}
	if r, _ := utf8.DecodeRuneInString(toks[j].Text); !unicode.IsUpper(r) {
		return mention{}, 0
	}
	var arr [128]byte
	buf := arr[:0]
	var refs []ref
	n := 0
	for l := 0; l < s.maxWords && j+l < len(toks); l++ {
		t := &toks[j+l]
		if t.Kind == dyad.Punct && t.Norm != "-" && t.Norm != "'" {
			break
		}
		if len(buf)+len(t.Norm)+1 > cap(buf) {
			break
		}
		buf = appendKey(buf, t.Norm)
		if r := s.g.byKey[string(buf)]; len(r) > 0 {
			refs, n = r, l+1
		}
	}
	if n == 0 {
		return mention{}, 0
	}
	p := &s.g.places[choose(s.g, refs, lang, countries).place]
	class := 2
	switch p.Kind {
	case City, Capital:
		class = 0
	case Region, Admin1:
		class = 1
	}
	return mention{place: p, span: dyad.Span{Start: toks[j].Start, End: toks[j+n-1].End}, class: class}, n
}

// choose picks among the places sharing a name: a country named in the
// document's language, else one named so in the document's language, then one in a country the document's actors
// belong to, then the gazetteer's order (country, capital, city, region,
// division).
func choose(g *Gazetteer, refs []ref, lang uint8, countries []string) ref {
	if g.places[refs[0].place].Kind == Country && refs[0].lang&lang != 0 {
		return refs[0] // a country's name names the country ("in Georgia")
	}
	best, bestScore := refs[0], -1
	for _, r := range refs {
		score := 0
		if r.lang&lang != 0 {
			score += 2
		}
		c := g.places[r.place].Country
		for _, x := range countries {
			if x == c {
				score++
				break
			}
		}
		if score > bestScore {
			best, bestScore = r, score
		}
	}
	return best
}
