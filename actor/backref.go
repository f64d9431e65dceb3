package actor

import (
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

// Back-references: a definite noun standing for a body named shortly
// before ("Amnesty International ... L'ONG a demandé", "le Hezbollah ... le
// mouvement", "the group", "l'AIEA ... l'agence", "le régime") takes that
// body's code. The nouns and the kinds of body each may stand for are the
// "backref-CLASS" sets of data/wordsets.txt; the body must be named in the
// same sentence before the noun or in the backRefWindow sentences before.
// Without such a body the noun keeps what the dictionaries give it (the
// agent "régime" GOV, "agence" MED) or names no actor ("le groupe").

// backRefWindow: how many sentences back a back-reference looks.
const backRefWindow = 3

var backRefClasses = [...]string{"ngo", "igo", "group", "org", "gov", "party"}

// refClasses tells, per class of backRefClasses, whether a noun may stand
// for a body of that class.
type refClasses [len(backRefClasses)]bool

// onlyClass is the set of the one class name.
func onlyClass(name string) (v refClasses) {
	for c, n := range backRefClasses {
		v[c] = n == name
	}
	return v
}

var (
	backRefOnce sync.Once
	backRefMap  map[string]refClasses
)

// backRefNouns maps each back-reference noun to the classes of body it may
// stand for (index into backRefClasses), read once from the word sets.
func backRefNouns() map[string]refClasses {
	backRefOnce.Do(func() {
		backRefMap = map[string]refClasses{}
		for c, name := range backRefClasses {
			for w := range wordSet("backref-" + name) {
				v := backRefMap[w]
				v[c] = true
				backRefMap[w] = v
			}
		}
	})
	return backRefMap
}

// anteClass is the class of body an emitted mention is, "" for none.
func anteClass(code, kind string) string {
	switch {
	case strings.HasPrefix(code, "NGO"):
		return "ngo"
	case strings.HasPrefix(code, "IGO"):
		return "igo"
	case kind == "group" && !(isCountryCode(code) && len(code) >= 6 && code[3:6] == "GOV"):
		// a group in power (the talibans from 2021, AFGGOV) is a government
		return "group"
	case kind == "org" && isCountryCode(code) && len(code) >= 6 && (code[3:6] == "PTY" || code[3:6] == "OPP"):
		// frreal2: a party of the org dictionaries ("le PTB ... le
		// parti de gauche radicale")
		return "party"
	case kind == "org" && isCountryCode(code) || kind == "org" && strings.HasPrefix(code, "MNC"):
		return "org"
	case isCountryCode(code) && len(code) >= 6 && code[3:6] == "GOV" && kind != "compound":
		return "gov"
	}
	return ""
}

// remember records the bodies among the mentions emitted for sentence si
// and forgets those out of the window.
func (ds *docState) remember(ms []dyad.ActorMention, si int) {
	k := 0
	for _, a := range ds.ante {
		if a.sent >= si-backRefWindow+1 {
			ds.ante[k] = a
			k++
		}
	}
	ds.ante = ds.ante[:k]
	for _, m := range ms {
		if c := anteClass(m.Code, m.Kind); c != "" {
			ds.ante = append(ds.ante, antecedent{code: m.Code, name: m.Name, kind: m.Kind, where: m.Entry, sent: si, class: c})
		}
	}
}

// backRefs resolves the back-reference nouns of a sentence.
func (s *Stage) backRefs(us []unit, ms []mention, ds *docState, si int) []mention {
	if len(us) < 2 {
		return ms
	}
	var add []mention
	for i := 1; i < len(us); i++ {
		u := us[i]
		if m, ok := nameHeadRef(us, ms, ds, i, si); ok {
			add = append(add, m)
			continue
		}
		if !u.first || !u.last || u.cap && !u.upper && !us[i-1].cap {
			continue // "le groupe Wagner" is handled below; a capitalised noun mid-sentence is a name
		}
		ok, any := backRefNouns()[u.norm]
		if !any || !wordSet("backref-det")[us[i-1].norm] {
			continue
		}
		if i+1 < len(us) && wordSet("backref-armed")[us[i+1].norm] {
			// "l'organisation islamiste", "le mouvement armé": an armed group only
			ok = onlyClass("group")
		}
		// the noun alone or the bare agent of the dictionaries ("l'agence",
		// "le régime"), not a longer mention ("le régime syrien")
		at := -1
		clash := false
		for x, m := range ms {
			if m.i <= i && i < m.j || m.i == i+1 {
				if m.i == i && m.j == i+1 && m.kind == "agent" && m.country == "" && !strings.HasPrefix(m.role, "@") {
					at = x
				} else {
					clash = true
				}
			}
		}
		if clash {
			continue
		}
		if i+1 < len(us) {
			n := us[i+1]
			if n.norm == "de" || n.norm == "du" || n.norm == "des" || n.norm == "d'" || n.norm == "of" || n.cap && n.first && touching(us, i, i+1) {
				continue // "le groupe de contact", "l'organisation des Nations unies", "le groupe Wagner"
			}
		}
		// the latest body of an allowed class: first in this sentence
		// before the noun, then in the sentences before
		var best *antecedent
		for x := len(ms) - 1; x >= 0 && best == nil; x-- {
			m := ms[x]
			if m.j > i-1 || m.kind == "agent" && m.country == "" {
				continue
			}
			code := m.code
			if m.kind == "agent" {
				code = m.country + m.role
			}
			c := anteClass(code, m.kind)
			for ci, name := range backRefClasses {
				if ok[ci] && name == c {
					best = &antecedent{code: code, name: m.name, kind: m.kind, where: m.where, sent: si, class: c}
				}
			}
		}
		for x := len(ds.ante) - 1; x >= 0 && best == nil; x-- {
			a := ds.ante[x]
			if a.sent < si-backRefWindow {
				break
			}
			for ci, name := range backRefClasses {
				if ok[ci] && name == a.class {
					best = &ds.ante[x]
				}
			}
		}
		if best == nil {
			continue
		}
		kind := best.kind
		if kind == "agent" {
			kind = "country"
		}
		m := mention{i: i, j: i + 1, kind: kind, code: best.code, name: best.name, where: "backref:" + best.where}
		if at >= 0 {
			ms[at] = m
		} else {
			add = append(add, m)
		}
	}
	return addInOrder(ms, add)
}

// nameHeadRef (actors round 6): a capitalised noun after a determiner, alone
// ("le Conseil", "la Commission", not "le Conseil de sécurité" nor "la
// Commission Juncker"), that is the first word of the name of a body named in
// the same sentence before it or in the backRefWindow sentences before ("le
// Conseil national syrien ... le chef du Conseil" SYROPP, "la Commission
// européenne ... la Commission" IGOEUREEC) stands for that body; the latest
// such body wins. Words of the name-head-stop set ("État", "Président") are
// no such noun.
func nameHeadRef(us []unit, ms []mention, ds *docState, i, si int) (mention, bool) {
	u := us[i]
	det := wordSet("backref-det")[us[i-1].norm] || wordSet("contracted-det")[us[i-1].norm] // (contracted: "le chef du Conseil")
	if !u.first || !u.last || !u.cap || u.upper || !det || wordSet("name-head-stop")[u.norm] {
		return mention{}, false
	}
	if i+1 < len(us) && touching(us, i, i+1) && !wordSet("name-head-next")[us[i+1].norm] {
		// the noun must end its phrase: punctuation or a verb, pronoun or
		// conjunction after it ("le Conseil a condamné"), not a complement
		// or an adjective of its own ("le Conseil de sécurité", "le Conseil
		// national" after "le Conseil fédéral", another body)
		return mention{}, false
	}
	for _, m := range ms {
		if m.i <= i+1 && i < m.j {
			return mention{}, false // inside or next to a mention ("la Commission européenne")
		}
	}
	head := func(name string) bool {
		w := strings.Fields(name)
		return len(w) >= 2 && text.Fold(w[0]) == u.norm
	}
	for x := len(ms) - 1; x >= 0; x-- {
		if m := ms[x]; m.j <= i-1 && (m.kind == "org" || m.kind == "group") && anteClass(m.code, m.kind) != "" && head(m.name) {
			return mention{i: i, j: i + 1, kind: m.kind, code: m.code, name: m.name, where: "backref:" + m.where}, true
		}
	}
	for x := len(ds.ante) - 1; x >= 0; x-- {
		a := ds.ante[x]
		if a.sent < si-backRefWindow {
			break
		}
		if (a.kind == "org" || a.kind == "group") && head(a.name) {
			return mention{i: i, j: i + 1, kind: a.kind, code: a.code, name: a.name, where: "backref:" + a.where}, true
		}
	}
	return mention{}, false
}
