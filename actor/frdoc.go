package actor

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Definite descriptions across sentences (frdoc round): a French agent of
// unknown country after a definite or demonstrative determiner (`frdoc-det`:
// « la junte », « le ministère », « le parti », « les militaires ») stands
// for an actor named shortly before in the article.
//
//   - descriptionRefs (before the document country): the latest mention
//     with a known country, in the same sentence before it or in the
//     frdocWindow sentences before, whose words hold the description's head
//     noun takes it over, code and all (« le principal parti d'opposition
//     kényan … Le parti » KENOPP, « Niger : la junte … La junte » NERGOV,
//     « le ministère ukrainien de la Défense … Le ministère » UKRGOV).
//   - sectorRefs (after the document country): one still without country
//     whose role is of `frdoc-sector-roles` takes the country of the
//     mentions of the same role in the sentences before (not its own: « le
//     régulateur américain et les autorités de régulation » are two) when
//     they all have one country (« l'armée birmane … les militaires » MMRMIL); two countries
//     leave it alone.

const frdocWindow = 3

// mentionNorms returns the folded tokens of sentence si inside span sp, and
// the token before it ("" at the start).
func mentionNorms(a *dyad.Analysis, si int, sp dyad.Span) ([]string, string) {
	if si < 0 || si >= len(a.Sentences) {
		return nil, ""
	}
	var in []string
	before := ""
	for _, t := range a.Sentences[si].Tokens {
		switch {
		case t.End <= sp.Start:
			before = t.Norm
		case t.Start >= sp.Start && t.End <= sp.End:
			in = append(in, t.Norm)
		}
	}
	return in, before
}

// describedAgent reports whether actor x is an agent of unknown country after
// a determiner of `frdoc-det`, and returns its head noun (first word).
func describedAgent(a *dyad.Analysis, x int) (string, bool) {
	m := &a.Actors[x]
	if m.Kind != "agent" || !strings.HasPrefix(m.Code, "---") || len(m.Code) < 6 {
		return "", false
	}
	ws, before := mentionNorms(a, m.Sentence, m.Span)
	if len(ws) == 0 || !wordSet("frdoc-det")[before] {
		return "", false
	}
	return ws[0], true
}

// inWindow reports whether actor y is before actor x in x's sentence or in
// the frdocWindow sentences before.
func inWindow(a *dyad.Analysis, x, y int) bool {
	m, o := &a.Actors[x], &a.Actors[y]
	if o.Sentence == m.Sentence {
		return o.End <= m.Start
	}
	return o.Sentence < m.Sentence && o.Sentence >= m.Sentence-frdocWindow
}

func (s *Stage) descriptionRefs(a *dyad.Analysis, ds *docState, first int) {
	if a.Doc.Lang != "fr" {
		return
	}
	for x := first; x < len(a.Actors); x++ {
		head, ok := describedAgent(a, x)
		if !ok || ds.nodoc[x] {
			continue
		}
		for y := x - 1; y >= first; y-- {
			o := &a.Actors[y]
			if !inWindow(a, x, y) {
				if o.Sentence < a.Actors[x].Sentence-frdocWindow {
					break
				}
				continue
			}
			if strings.HasPrefix(o.Code, "---") || !isCountryCode(o.Code) || len(o.Code) < 6 || o.Kind == "country" {
				continue
			}
			ws, _ := mentionNorms(a, o.Sentence, o.Span)
			has := false
			for _, w := range ws {
				has = has || w == head
			}
			if !has {
				continue
			}
			m := &a.Actors[x]
			a.Tracef("actor", "%q: a definite description of %q named before, %s", m.Text, o.Text, o.Code)
			m.Code, m.Name = o.Code, o.Name
			m.Entry += " +desc:" + o.Code
			break
		}
	}
}

func (s *Stage) sectorRefs(a *dyad.Analysis, ds *docState, first int) {
	if a.Doc.Lang != "fr" {
		return
	}
	for x := first; x < len(a.Actors); x++ {
		if _, ok := describedAgent(a, x); !ok || ds.nodoc[x] {
			continue
		}
		m := &a.Actors[x]
		role := m.Code[3:6]
		if !wordSet("frdoc-sector-roles")[strings.ToLower(role)] {
			continue
		}
		cc := ""
		for y := first; y < x; y++ {
			o := &a.Actors[y]
			if !inWindow(a, x, y) || o.Sentence == m.Sentence || strings.HasPrefix(o.Code, "---") || !isCountryCode(o.Code) || len(o.Code) < 6 || o.Code[3:6] != role {
				continue
			}
			if cc != "" && cc != o.Code[:3] {
				cc = "?"
				break
			}
			cc = o.Code[:3]
		}
		if cc == "" || cc == "?" {
			continue
		}
		a.Tracef("actor", "%q: the one country of the %s named before, %s", m.Text, role, cc)
		m.Code = cc + m.Code[3:]
		m.Name = s.kb.CountryName(cc)
		m.Entry += " +sector:" + cc
	}
}

// titleCountry: in a title opening with a country and a colon (« Birmanie :
// les États-Unis menacent la junte », « Mali : l'armée … »), a described
// agent of unknown country after the colon (`frdoc-det`, a role of
// `frdoc-title-roles`) is that country's, as the coder's headlineCountry
// reads the title's events; the descriptions of the sentences after can
// then find it (« … La junte a placé en détention … » MMRGOV).
func (s *Stage) titleCountry(a *dyad.Analysis, ds *docState, first int) {
	if a.Doc.Lang != "fr" || len(a.Sentences) == 0 {
		return
	}
	toks := a.Sentences[0].Tokens
	cc, colon := "", -1
	for x := first; x < len(a.Actors); x++ {
		m := &a.Actors[x]
		if m.Sentence != 0 {
			break
		}
		if m.Kind != "country" || len(m.Code) != 3 || !isCountryCode(m.Code) || m.Code == "---" {
			return
		}
		// the country opens the title (after a determiner at most) and the
		// colon follows it
		k := 0
		for k < len(toks) && toks[k].End <= m.Start {
			k++
		}
		if k > 1 || k == 1 && !wordSet("det")[toks[0].Norm] {
			return
		}
		for k < len(toks) && toks[k].Start < m.End {
			k++
		}
		if k >= len(toks) || toks[k].Norm != ":" {
			return
		}
		cc, colon = m.Code, toks[k].Start
		break
	}
	if cc == "" {
		return
	}
	for x := first; x < len(a.Actors); x++ {
		m := &a.Actors[x]
		if m.Sentence != 0 {
			break
		}
		if m.Start <= colon || ds.nodoc[x] {
			continue
		}
		if _, ok := describedAgent(a, x); !ok || !wordSet("frdoc-title-roles")[strings.ToLower(m.Code[3:6])] {
			continue
		}
		a.Tracef("actor", "%q: in a title led by %s", m.Text, cc)
		m.Code = cc + m.Code[3:]
		m.Name = s.kb.CountryName(cc)
		m.Entry += " +title:" + cc
	}
}

// otherState returns the state « son voisin » at sp in sentence si stands
// for (actor data frdoc_fr.txt, @other): of the two countries most named
// in the document so far (ds.pair, as « les deux voisins »), the one that is
// not the possessor, the nearest actor named before it in its sentence,
// which must be a state or its government. False when there is no such pair
// or the possessor is not in it.
func otherState(a *dyad.Analysis, si int, sp dyad.Span, ds *docState) (string, bool) {
	c1, c2, ok := ds.pair()
	if !ok {
		return "", false
	}
	own := ""
	for x := len(a.Actors) - 1; x >= 0; x-- {
		m := &a.Actors[x]
		if m.Sentence != si {
			break
		}
		if m.End > sp.Start {
			continue
		}
		// the nearest actor before it must be a state or its government
		// (« l'agriculteur et son voisin » are people)
		if isCountryCode(m.Code) && !strings.HasPrefix(m.Code, "---") && (m.Kind == "country" || len(m.Code) == 6 && m.Code[3:6] == "GOV") {
			own = m.Code[:3]
		}
		break
	}
	switch own {
	case c1:
		return c2, true
	case c2:
		return c1, true
	}
	return "", false
}

// subjectState returns the state « Le pays » opening sentence si stands for
// (actor data frdoc_fr.txt, @state): the state that opened the sentence
// before as its subject (« Le Mali a rappelé son ambassadeur. Le pays
// accuse l'Algérie … » MLI). start is the token the mention starts at: it
// must open its sentence; false otherwise.
func subjectState(a *dyad.Analysis, si, start int) (string, bool) {
	if start != 0 || si == 0 {
		return "", false
	}
	first := -1
	for x := len(a.Actors) - 1; x >= 0 && a.Actors[x].Sentence >= si-1; x-- {
		if a.Actors[x].Sentence == si-1 {
			first = x
		}
	}
	if first < 0 {
		return "", false
	}
	m := &a.Actors[first]
	toks := a.Sentences[si-1].Tokens
	k := 0
	for k < len(toks) && toks[k].End <= m.Start {
		k++
	}
	if m.Kind != "country" || len(m.Code) != 3 || !isCountryCode(m.Code) || m.Code == "---" || k > 1 || k == 1 && !wordSet("det")[toks[0].Norm] {
		return "", false
	}
	return m.Code, true
}
