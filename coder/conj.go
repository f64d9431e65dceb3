package coder

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/text"
)

type form struct {
	form string
	tag  uint8
}

// conjugator generates the folded forms of French verbs: regular -er and
// -ir (finir) paradigms by rule, -re and irregular verbs from the
// principal parts given by "@verb" lines of the language cue file. A verb
// whose lemma ends with an irregular base (maintenir → tenir, reprendre →
// prendre) is conjugated as that base with its prefix.
type conjugator struct {
	irr   map[string]irregular
	bases []string // longest first
}

type irregular struct {
	// principal parts: je-present, il-present, nous-stem, ils-present,
	// participle, future stem, passé simple (il), passé simple (ils)
	p1s, p3s, pstem, p3p, pp, fut, ps3s, ps3p string
	extra                                     []string
}

func newConjugator() *conjugator { return &conjugator{irr: map[string]irregular{}} }

// addIrregular reads "lemma: p1s p3s nousStem p3p pp futStem ps3s ps3p [extra ...]".
func (c *conjugator) addIrregular(s string) error {
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return fmt.Errorf("@verb wants 'lemma: parts'")
	}
	lemma := text.Fold(strings.TrimSpace(s[:i]))
	f := strings.Fields(text.Fold(s[i+1:]))
	if len(f) < 8 {
		return fmt.Errorf("@verb %s: want 8 principal parts, got %d", lemma, len(f))
	}
	c.irr[lemma] = irregular{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8:]}
	c.bases = append(c.bases, lemma)
	sort.Slice(c.bases, func(a, b int) bool { return len(c.bases[a]) > len(c.bases[b]) })
	return nil
}

func (c *conjugator) forms(lemma string) []form {
	lemma = text.Fold(lemma)
	var out []form
	add := func(tag uint8, ss ...string) {
		for _, s := range ss {
			out = append(out, form{s, tag})
		}
	}
	add(tagInf, lemma)
	for _, b := range c.bases {
		if strings.HasSuffix(lemma, b) {
			pre := lemma[:len(lemma)-len(b)]
			ir := c.irr[b]
			p := func(s string) string { return pre + s }
			add(0, p(ir.p1s), p(ir.p3s), p(ir.p3p), p(ir.pstem+"ons"), p(ir.pstem+"ez"))
			if strings.HasSuffix(ir.p1s, "s") && !strings.HasSuffix(ir.p1s, "is") && ir.p1s != ir.p3s {
				add(0, p(ir.p1s))
			}
			for _, e := range []string{"ais", "ait", "ions", "iez", "aient"} {
				add(0, p(ir.pstem+e))
			}
			add(tagGer, p(ir.pstem+"ant"))
			add(tagPart|tagPast, p(ir.pp))
			if !strings.HasSuffix(ir.pp, "s") {
				add(tagPart|tagPast, p(ir.pp+"s"))
			}
			add(tagPart|tagPast, p(ir.pp+"e"), p(ir.pp+"es"))
			for _, e := range []string{"ai", "as", "a", "ons", "ez", "ont"} {
				add(tagFut, p(ir.fut+e))
			}
			for _, e := range []string{"ais", "ait", "ions", "iez", "aient"} {
				add(tagCond, p(ir.fut+e))
			}
			add(tagPast, p(ir.ps3s), p(ir.ps3p))
			// subjunctive from the ils-form
			if strings.HasSuffix(ir.p3p, "ent") {
				st := strings.TrimSuffix(ir.p3p, "ent")
				add(0, p(st+"e"), p(st+"es"))
			}
			for _, x := range ir.extra {
				tag := uint8(0)
				if j := strings.IndexByte(x, '/'); j > 0 {
					switch x[j+1:] {
					case "f":
						tag = tagFut
					case "c":
						tag = tagCond
					case "p":
						tag = tagPart | tagPast
					}
					x = x[:j]
				}
				add(tag, p(x))
			}
			return out
		}
	}
	switch {
	case strings.HasSuffix(lemma, "er"):
		st := lemma[:len(lemma)-2]
		stems := []string{st}
		// appeler → appelle, jeter → jette, envoyer → envoie
		if n := len(st); n > 1 && (st[n-1] == 'l' || st[n-1] == 't') {
			stems = append(stems, st+st[n-1:])
		}
		if strings.HasSuffix(st, "y") {
			stems = append(stems, st[:len(st)-1]+"i")
		}
		for _, s := range stems {
			// no 2nd person singular (-es): in news it is nearly always
			// a plural noun or adjective ("les attaques", "critiques")
			add(0, s+"e", s+"ent")
			for _, e := range []string{"ai", "as", "a", "ons", "ez", "ont"} {
				add(tagFut, s+"er"+e)
			}
			for _, e := range []string{"ais", "ait", "ions", "iez", "aient"} {
				add(tagCond, s+"er"+e)
			}
		}
		// c → ç and g → ge before a/o fold to the same or add "e"
		st2 := st
		if strings.HasSuffix(st, "g") {
			st2 = st + "e"
		}
		add(0, st2+"ons", st+"ez")
		for _, e := range []string{"ais", "ait", "aient"} {
			add(0, st2+e)
		}
		add(0, st+"ions", st+"iez")
		add(tagGer, st2+"ant")
		add(tagPart|tagPast|tagAcc, st+"e", st+"ee", st+"es", st+"ees")
		add(tagPast, st2+"a", st2+"erent", st2+"ames", st2+"ates")
	case strings.HasSuffix(lemma, "ir"):
		st := lemma[:len(lemma)-2]
		add(0, st+"is", st+"it", st+"issons", st+"issez", st+"issent", st+"isse", st+"isses")
		for _, e := range []string{"ais", "ait", "ions", "iez", "aient"} {
			add(0, st+"iss"+e)
		}
		add(tagGer, st+"issant")
		add(tagPart|tagPast, st+"i", st+"ie", st+"is", st+"ies")
		add(tagPast, st+"irent")
		for _, e := range []string{"ai", "as", "a", "ons", "ez", "ont"} {
			add(tagFut, st+"ir"+e)
		}
		for _, e := range []string{"ais", "ait", "ions", "iez", "aient"} {
			add(tagCond, st+"ir"+e)
		}
	case strings.HasSuffix(lemma, "re"):
		// rendre, défendre, répondre, vendre, attendre
		st := lemma[:len(lemma)-2]
		add(0, st+"s", st, st+"ons", st+"ez", st+"ent", st+"e", st+"es")
		for _, e := range []string{"ais", "ait", "ions", "iez", "aient"} {
			add(0, st+e)
		}
		add(tagGer, st+"ant")
		add(tagPart|tagPast, st+"u", st+"ue", st+"us", st+"ues")
		add(tagPast, st+"it", st+"irent")
		for _, e := range []string{"ai", "as", "a", "ons", "ez", "ont"} {
			add(tagFut, st+"r"+e)
		}
		for _, e := range []string{"ais", "ait", "ions", "iez", "aient"} {
			add(tagCond, st+"r"+e)
		}
	}
	return out
}

// englishForms gives the regular forms of an English verb (PETRARCH's
// dictionary lists irregular ones in braces; the converter writes them as
// @forms lines).
func englishForms(v string) []form {
	out := []form{{v, tagInf}}
	add := func(tag uint8, ss ...string) {
		for _, s := range ss {
			out = append(out, form{s, tag})
		}
	}
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		add(0, v+"s")
		add(tagPart|tagPast, v+"d")
		add(tagGer, v[:n-1]+"ing")
	case strings.HasSuffix(v, "y") && n > 2 && !strings.ContainsAny(v[n-2:n-1], "aeiou"):
		add(0, v[:n-1]+"ies")
		add(tagPart|tagPast, v[:n-1]+"ied")
		add(tagGer, v+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z"):
		add(0, v+"es")
		add(tagPart|tagPast, v+"ed")
		add(tagGer, v+"ing")
	default:
		add(0, v+"s")
		add(tagPart|tagPast, v+"ed")
		add(tagGer, v+"ing")
		// consonant doubling: stop → stopped, ban → banned
		if n >= 3 && !strings.ContainsAny(v[n-1:], "aeiouwxy") && strings.ContainsAny(v[n-2:n-1], "aeiou") && !strings.ContainsAny(v[n-3:n-2], "aeiou") {
			add(tagPart|tagPast, v+v[n-1:]+"ed")
			add(tagGer, v+v[n-1:]+"ing")
		}
	}
	return out
}
