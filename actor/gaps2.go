package actor

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// gaps2 round (2026-11-27): a title with a post-nominal modifier before its
// body ("le Premier ministre par intérim des talibans", "le ministre adjoint
// de la Défense du Hamas"): the modifier (word sets title-postmod and
// title-postmod-2 of wordsets.txt, gaps2 block) belongs to the title, so the
// title still links to the body after de/des/du and takes its code, instead
// of staying a title of no country.

// titlePostmods returns the unit after the post-nominal modifiers of the
// agent ending at unit j (at most two modifiers, before unit lim, touching
// each other); j when there are none.
func titlePostmods(us []unit, j, lim int) int {
	one, two := wordSet("title-postmod"), wordSet("title-postmod-2")
	for n := 0; n < 2 && j < lim; n++ {
		switch {
		case j+1 < lim && two[us[j].norm+"+"+us[j+1].norm] && touching(us, j-1, j) && touching(us, j, j+1):
			j += 2
		case one[us[j].norm] && touching(us, j-1, j):
			j++
		default:
			return j
		}
	}
	return j
}

// possessiveEnd reports whether unit u ends with an English possessive
// ("government's", "government ' s", "leaders'").
func possessiveEnd(toks []dyad.Token, us []unit, u int) bool {
	e := us[u].tokEnd
	n := unitNorm(&toks[e])
	if strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "s'") {
		return true
	}
	if e+1 < len(toks) && toks[e+1].Start == toks[e].End {
		x := toks[e+1].Norm
		return x == "'s" || x == "s" && strings.HasSuffix(n, "'") || x == "'" && strings.HasSuffix(n, "s")
	}
	return false
}

// groupTitleChain (gaps2): after a group and its own body merged into one
// mention ("the Taliban government"), a title right after its English
// possessive is the group's too ("the Taliban government's foreign
// minister": AFGGOV, was a title of no country).
func groupTitleChain(toks []dyad.Token, us []unit, m, n mention) bool {
	return n.kind == "agent" && n.country == "" && n.i == m.j && groupAgentRoles[n.role] && possessiveEnd(toks, us, m.j-1)
}

// dropUnowned (gaps2): an agent of word set owned-only ("base", "bases")
// whose phrase gave it no country nor code is no actor; run before the
// sentence's and the document's sole country fill the agents left without
// one ("Sur la base des premières conclusions" is no French base).
// A base that kept its owner casts no country vote.
func dropUnowned(out []mention) []mention {
	set := wordSet("owned-only")
	kept := out[:0]
	for _, m := range out {
		if f := strings.Fields(m.agentW); m.kind == "agent" && len(f) > 0 && set[f[0]] {
			// (the agent's words may hold its adjective: "bases americaines")
			// (only the bare noun: "une base militaire", "an air base" are
			// armed forces wherever they stand, gaps3)
			if m.country == "" && m.code == "" && len(f) == 1 {
				continue
			}
			// a base says where its owner stands, not where the story
			// happens: no document- or sentence-country vote, as the
			// nationality adjective of "les bases américaines" had
			// (ownednoun) before it became the base's owner
			m.ownedAdj = true
		}
		kept = append(kept, m)
	}
	return kept
}

// agreementPlace (gaps2): in English, a capital or city right before an
// agreement's noun, with at most two words between ("the Paris climate
// agreement", "the Minsk accords", "the Doha deal"), names the agreement
// by where it was signed: it is no party to it, no actor (word set
// agreement-noun), after "the" ("Paris signed a deal" is the French
// government). A country's own entry stays ("the Iran nuclear deal": Iran
// is the party); another entry with a country's code is a place ("Lima").
func (s *Stage) agreementPlace(us []unit, covered []bool, m mention) bool {
	e := m.entry
	if e == nil || e.Kind != "metonym" && e.Kind != "country" {
		return false
	}
	if id, ok := s.kb.countries[m.code]; e.Kind == "country" && ok && !strings.Contains(e.Source, "(cities)") {
		txt := unitsText(us, m.i, m.j)
		for _, n := range s.kb.entries[id].Names {
			if NameKey(n) == txt {
				return false // a name of the country itself: "the Iran nuclear deal"
			}
		}
	}
	if m.i == 0 || us[m.i-1].norm != "the" {
		return false // "Paris signed a deal with Berlin": the government
	}
	nouns := wordSet("agreement-noun")
	for k := m.j; k < len(us) && k < m.j+3; k++ {
		if covered[k] && us[k].cap || !touching(us, k-1, k) {
			return false // (another name: "the Paris-Berlin deal"; a common agent word may stand between)
		}
		if nouns[us[k].norm] {
			return true
		}
	}
	return false
}
