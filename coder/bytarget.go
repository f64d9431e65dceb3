// Codes by actor: CAMEO sub-codes that depend on who the target (or the
// source) is, which a verb pattern cannot see ("killed the governor" is an
// assassination, 186; "banned the party" bans a party, 1722). The rules are
// the "target" and "source" tables of transform.txt.

package coder

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// actorRule is one line of the target or source table: the code FROM
// becomes to when the actor's code has the role key (and the actor is a
// named person when person is set, of another state than the other side
// when foreign is) and, with a cue list, the event's anchor is one of its
// words.
type actorRule struct {
	key     string // three-letter parts of the actor code: GOV, PTY, NGO, UNOREF
	person  bool   // the actor must be a named person (actor kind "person")
	foreign bool   // the actor is of another state than the other side's
	state   bool   // key "state:": the actor is a state named alone (a bare country code)
	to      string
	list    string // cue list the anchor must be in ("" = any anchor)
}

// splitKey parses a KEY field: qualifiers "person:" and "foreign:", then
// the code parts. The whole key "state:" (no code parts) stands for a
// state named alone, a bare country code ("the United States bombed").
func splitKey(k string) (key string, person, foreign, state bool) {
	for {
		switch {
		case k == "state:":
			return "", false, false, true
		case strings.HasPrefix(k, "person:"):
			k, person = k[len("person:"):], true
		case strings.HasPrefix(k, "foreign:"):
			k, foreign = k[len("foreign:"):], true
		default:
			return k, person, foreign, false
		}
	}
}

// actorTables are the tables of transform.txt whose lines name an actor's
// role: TABLE KEY FROM TO [LIST].
var actorTables = map[string]bool{"target": true, "source": true}

// parseActorRule reads the fields of a target/source line (KEY FROM TO
// [LIST]); the rule is stored as text under its FROM, several rules of one
// FROM joined by ";" in file order.
func parseActorRule(f []string) (from, rule string, err error) {
	if len(f) != 4 && len(f) != 5 {
		return "", "", fmt.Errorf("want %s KEY FROM TO [LIST]", f[0])
	}
	key, _, _, state := splitKey(f[1])
	if !state && (len(key) == 0 || len(key)%3 != 0 || strings.ToUpper(key) != key) {
		return "", "", fmt.Errorf("%s: KEY %q is not made of three-letter actor code parts (GOV, UNOREF, person:OPP)", f[0], f[1])
	}
	if !allDigits(f[2]) || !allDigits(f[3]) {
		return "", "", fmt.Errorf("%s: FROM and TO must be CAMEO codes, got %q %q", f[0], f[2], f[3])
	}
	return f[2], strings.Join(f[1:], " "), nil
}

// parseActorRules splits the text of the target and source tables (rules
// stored under their FROM, joined by ";") into actorRules once, when the
// lexicon is loaded: table → FROM → rules in file order.
func parseActorRules(tr map[string]map[string]string) map[string]map[string][]actorRule {
	out := map[string]map[string][]actorRule{}
	for table := range actorTables {
		for from, text := range tr[table] {
			var rs []actorRule
			for r := range strings.SplitSeq(text, ";") {
				f := strings.Fields(r)
				if len(f) < 3 {
					continue
				}
				ar := actorRule{to: f[2]}
				ar.key, ar.person, ar.foreign, ar.state = splitKey(f[0])
				if len(f) > 3 {
					ar.list = f[3]
				}
				rs = append(rs, ar)
			}
			if out[table] == nil {
				out[table] = map[string][]actorRule{}
			}
			out[table][from] = rs
		}
	}
	return out
}

// setTransforms installs the tables of transform.txt, the actor rules
// parsed once.
func (lx *lexicon) setTransforms(tr map[string]map[string]string) {
	lx.transforms = tr
	lx.actorRuleTab = parseActorRules(tr)
}

// actorRules gives the rules of table stored under from.
func (lx *lexicon) actorRules(table, from string) []actorRule {
	return lx.actorRuleTab[table][from]
}

// hasRole reports an actor code with key (one or more three-letter parts)
// at a part boundary ("AFGGOV": GOV; "IGOUNOREFHCR": IGO, UNO, UNOREF,
// REFHCR ...; "---PTY": PTY).
func hasRole(code, key string) bool {
	for i := 0; i+len(key) <= len(code); i += 3 {
		if code[i:i+len(key)] == key {
			return true
		}
	}
	return false
}

// transformLists reads the "@list LANG NAME WORDS..." lines of
// transform.txt: the cue lists of language lang its target and source
// lines name.
func transformLists(data, lang string) map[string][]string {
	out := map[string][]string{}
	for _, line := range dataLines(data) {
		f := strings.Fields(line)
		if len(f) >= 3 && f[0] == "@list" && f[1] == lang {
			out[f[2]] = append(out[f[2]], f[3:]...)
		}
	}
	return out
}

// anchorIn reports the anchor token k, or its lemma, in list; a word pair
// of the list ("shoot_dead") matches the anchor and the next token.
func (s *sent) anchorIn(list string, k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	next := ""
	if k+1 < len(s.toks) {
		next = " " + s.norm(k+1)
	}
	words := []string{s.norm(k)}
	for _, f := range s.ids[k] {
		words = append(words, s.lx.names[f.word])
	}
	for _, w := range words {
		if s.lx.in(list, w) || next != "" && s.lx.in(list, w+next) {
			return true
		}
	}
	return false
}

// byActor gives the code of event ev of candidate c (pair pr: source and
// target mentions) after the target and source tables: the first line of
// the event's code whose actor fits, target lines before source lines. An
// attempted act ("tried to kill the governor") takes the attempt's code
// (185).
func (s *sent) byActor(c *cand, ev *dyad.Event, pr [2]int) string {
	for _, side := range []string{"target", "source"} {
		actor, m, other := ev.Target, pr[1], ev.Source
		if side == "source" {
			actor, m, other = ev.Source, pr[0], ev.Target
		}
		if m < 0 || actor == "" || c.place && side == "target" || side == "target" && c.clitic < 0 && s.ownerOnly(m) {
			continue
		}
		kind := s.a.Actors[s.ments[m]].Kind
		for _, r := range s.lx.actorRules(side, ev.Code) {
			if r.state && (len(actor) != 3 || s.lx.stateCC(actor) == "" || side == "target" && s.adjectivalMention(m)) || !r.state && !hasRole(actor, r.key) || r.person && kind != "person" || r.list != "" && !s.anchorIn(r.list, c.anchor) {
				continue
			}
			// (a regional body of governments, "European diplomats" EURGOV,
			// is foreign to any state: lead's pair checks)
			if cc, oc := s.lx.stateCC(actor), s.lx.stateCC(other); r.foreign && !(s.lx.regionOf(actor) && oc != "") && (cc == "" || oc == "" || oc == cc) {
				continue
			}
			to := r.to
			if c.governed && s.inAt("attemptverb", c.gov) {
				to = attempted(to)
			}
			if s.trace() {
				s.tracef("  %s (%s): %s %s: %s table %s -> %s", c.p.id, ev.Code, side, actor, side, ev.Code, to)
			}
			return to
		}
	}
	return ev.Code
}

// loadTransformFile reads transform.txt: the plain tables (TABLE FROM TO)
// as loadTransforms does, the target and source tables (TABLE KEY FROM TO
// [LIST], stored as text under FROM) and checks the "@list LANG NAME
// WORDS..." cue lists (read per language by transformLists).
func loadTransformFile(name, data string) (map[string]map[string]string, error) {
	var plain strings.Builder
	type actorLine struct {
		table, from, rule string
	}
	var rules []actorLine
	ln := 0
	for l := range strings.Lines(data) {
		ln++
		f := strings.Fields(stripComment(l))
		switch {
		case len(f) > 0 && f[0] == "@list":
			if len(f) < 4 {
				return nil, fmt.Errorf("%s:%d: want @list LANG NAME WORDS...", name, ln)
			}
		case len(f) > 0 && actorTables[f[0]]:
			from, rule, err := parseActorRule(f)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, ln, err)
			}
			rules = append(rules, actorLine{f[0], from, rule})
		default:
			plain.WriteString(l)
			continue
		}
		// keep the line numbers of the plain tables' errors
		plain.WriteString("\n")
	}
	out, err := loadTransforms(name, plain.String())
	if err != nil {
		return nil, err
	}
	for _, r := range rules {
		if out[r.table] == nil {
			out[r.table] = map[string]string{}
		}
		if old := out[r.table][r.from]; old != "" {
			r.rule = old + ";" + r.rule
		}
		out[r.table][r.from] = r.rule
	}
	return out, nil
}

// possessedActor returns the mention right after the possessive clitic
// that ends mention m ("Afghanistan's Taliban", "Russia's Wagner group"),
// -1 when there is none (English).
func (s *sent) possessedActor(m int) int {
	en := s.men[m]
	if s.lx.lang != "en" || en < 0 || en+1 >= len(s.toks) || !s.inAt("possclitic", en) {
		return -1
	}
	if n := s.actor[en+1]; n >= 0 && n != m && s.mst[n] == en+1 {
		return n
	}
	// "Russia's two biggest oil companies", "Iran's largest bank": up to
	// three lower-case modifiers (a number, a superlative, an adjective)
	// between the clitic and the possessed mention (pairs10); a verb, a
	// preposition, a conjunction or a clause boundary ends the search
	for k := en + 1; k < len(s.toks) && k <= en+3; k++ {
		if n := s.actor[k]; n >= 0 {
			if n != m && s.mst[n] == k && k > en+1 {
				return n
			}
			return -1
		}
		t := &s.toks[k]
		if !(t.Kind == dyad.Number || t.Kind == dyad.Word && t.Text != "" && !unicode.IsUpper([]rune(t.Text)[0])) || s.hard(k) || s.isPrep(k) || s.inAt("conj", k) || s.inAt("rel", k) || s.verbForm(k) && t.Kind != dyad.Number {
			return -1
		}
	}
	return -1
}

// ownerOnly reports a target mention that only owns or qualifies the noun
// the act falls on: a possessor ("the president's bodyguard") or the
// complement of a plain noun ("la manifestation du Rassemblement
// national", "the bodyguard of the minister"): the target's role is not
// the victim's. (byActor does not ask it of a pronoun's antecedent.)
func (s *sent) ownerOnly(m int) bool {
	st, en := s.mst[m], s.men[m]
	if st < 0 {
		return false
	}
	if en >= 0 && en+1 < len(s.toks) && s.inAt("possclitic", en) && s.actor[en+1] < 0 && s.toks[en+1].Kind == dyad.Word {
		return true
	}
	// a mention qualifying the noun right after it ("a pro-Kurdish party
	// rally", "a police convoy"): the noun is the act's object (par2b)
	if en >= 0 && en < len(s.toks) && s.actor[en] < 0 && s.toks[en].Kind == dyad.Word && s.inAt("ownednoun", en) {
		return true
	}
	k := st - 1
	for k >= 0 && s.isDet(k) && s.toks[k].Kind == dyad.Word {
		k--
	}
	if k < 1 || !s.inAt("genitive", k) {
		return false
	}
	n := k - 1
	// (a quantity is no owner: "expelled dozens of European diplomats",
	// "a tué des dizaines de civils")
	return s.toks[n].Kind == dyad.Word && s.actor[n] < 0 && !s.verbForm(n) && !s.isPrep(n) && !s.isDet(n) && !s.hard(n) && !s.inAt("quantity", n)
}
