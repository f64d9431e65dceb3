// Helpers over the tokens and mentions of a sentence: word and cue-list
// lookups, clause boundaries, determiners and prepositions, verb forms,
// article runs, and small text and code utilities the rules share.

package coder

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
)

func (s *sent) norm(i int) string { return s.toks[i].Norm }

// inAt tells whether token i's word is in the list: s.lx.in(list,
// s.norm(i)) from the lists found for the token in reset.
func (s *sent) inAt(list string, i int) bool {
	for _, l := range s.memb[i] {
		if l == list {
			return true
		}
	}
	return false
}

func (s *sent) hasWord(i int, w int32) (uint8, bool) {
	for _, f := range s.ids[i] {
		if f.word == w {
			return f.tag, true
		}
	}
	return 0, false
}

func (s *sent) matchAny(i int, ws []int32) bool {
	for _, w := range ws {
		if _, ok := s.hasWord(i, w); ok {
			return true
		}
	}
	return false
}

// hard reports a clause boundary token.
func (s *sent) hard(i int) bool { return s.hardF[i] }

// hardAt computes hard for token i (once per sentence, in reset: the
// coder asks it for every token many times).
func (s *sent) hardAt(i int) bool {
	t := &s.toks[i]
	if t.Kind == dyad.Punct {
		switch t.Norm {
		case ",", "-", "'", "\"", "(", ")", "[", "]", "«", "»", "“", "”":
			return false
		}
		return true
	}
	if i > 0 && s.lx.lang == "fr" && t.Norm == "alors" && s.inAt("genitive", i-1) {
		// "le guide religieux d'alors": an adverb, not "alors que"
		return false
	}
	return s.inAt("stop", i) || s.exactAt("stop_exact", i)
}

func (s *sent) isDet(i int) bool {
	return s.inAt("det", i) || s.toks[i].Kind == dyad.Number
}

// prepBefore returns the index of the preposition introducing the mention
// starting at token st (skipping determiners), or -1.
func (s *sent) prepBefore(st int) int {
	k := st - 1
	for d := 0; k >= 0 && d < 3 && (s.isDet(k) || s.inAt("placeadj", k) || s.inAt("honorific", k) || s.norm(k) == "." && k > 0 && s.inAt("honorific", k-1)); d++ {
		// (English: "rebels in eastern Congo", a direction adjective;
		// a title: "à Mr Poutine", "avec M. Poutine")
		k--
	}
	if k >= 0 && k+1 < st && (s.toks[k+1].Kind == dyad.Number || s.inAt("numeral", k+1)) {
		// "a arrêté plus de 100 manifestants", "près de 30 soldats",
		// "arrested about 20 protesters": an approximation (`approx`)
		// before a number, with its "de", is no preposition of the mention
		if a := s.approxStart(k); a >= 0 {
			k = a - 1
		}
		for d := 0; k >= 0 && d < 2 && s.isDet(k); d++ {
			k--
		}
	}
	if k >= 0 && s.isPrep(k) {
		if k > 0 && s.isPrep(k-1) {
			// "contre des ambassades": "des" is the article here
			return k - 1
		}
		if s.inAt("prepart", k) && (k == 0 || s.inAt("stop", k-1) || s.hard(k-1) || s.norm(k-1) == ",") {
			// "quand des salariés dénigraient", "alors que des soldats",
			// "Des troupes marocaines et tunisiennes ont", "Selon l'ONU,
			// des rebelles ont": "des" opening a sentence or a clause is
			// the article
			return -1
		}
		return k
	}
	return -1
}

// approxStart returns the first token of an approximation ending at k,
// the token before a number, or -1: "plus", "près de" (`approx`, with its
// "de"), "au moins" (`approxlead` + `approx`), "jusqu'à" (`approxlead` +
// `approxprep`: a preposition that is part of the approximation only after
// its lead word).
func (s *sent) approxStart(k int) int {
	switch {
	case k < 0:
		return -1
	case s.inAt("approx", k):
		if k > 0 && s.inAt("approxlead", k-1) {
			// "Au moins trois manifestants ont été tués": "au" is part
			// of the approximation
			return k - 1
		}
		return k
	case k > 0 && s.inAt("genitive", k) && s.inAt("approx", k-1):
		return k - 1
	case k > 0 && s.inAt("approxprep", k) && s.inAt("approxlead", k-1):
		// "Jusqu'à 1 000 Turcs ont entamé": no preposition of the mention
		return k - 1
	}
	return -1
}

// allPreps reports word alternatives that are all prepositions.
func (s *sent) allPreps(ws []int32) bool {
	for _, w := range ws {
		if !s.lx.preps[s.lx.names[w]] {
			return false
		}
	}
	return len(ws) > 0
}

// verbForm reports a token that is a form of a pattern verb.
func (s *sent) verbForm(k int) bool {
	for _, f := range s.ids[k] {
		if s.lx.verbWord(f.word) {
			// "en masse", "en force": a noun after the preposition of
			// a fixed phrase (`fixedprep`, `fixednoun`)
			return k == 0 || !s.inAt("fixednoun", k) || !s.inAt("fixedprep", k-1)
		}
	}
	return false
}

// actorAt returns the mention at token j, -1 when none or out of range.
func (s *sent) actorAt(j int) int {
	if j < 0 || j >= len(s.actor) {
		return -1
	}
	return s.actor[j]
}

// verbBefore reports a past or participle verb form at token j.
func (s *sent) verbBefore(j int) bool {
	if s.actor[j] >= 0 {
		return false
	}
	for _, f := range s.ids[j] {
		if f.tag&(tagPast|tagPart) != 0 && s.lx.verbWord(f.word) {
			return true
		}
	}
	return false
}

// isPrep reports a preposition. A preposition that is one only with its
// accent (`prepaccent_exact`: French "à"; "a" is the verb avoir) is none
// without it, except as a capital opening a sentence or a quote ("A
// Kaboul, une bombe a tué": the preposition written without its accent).
func (s *sent) isPrep(k int) bool {
	t := &s.toks[k]
	if !s.prepF[k] {
		return false
	}
	if !s.inAt("prepaccent_exact", k) || s.exactAt("prepaccent_exact", k) {
		return true
	}
	return capital(t.Text) && (k == 0 || s.hard(k-1) || s.norm(k-1) == "«" || s.norm(k-1) == "\"")
}

func (s *sent) mcode(m int) string { return s.codes[m] }

// material reports a CAMEO code of a material act (06-09, 15-20), as
// opposed to a verbal one.
func material(code string) bool {
	if len(code) < 2 {
		return false
	}
	r := code[:2]
	return r >= "06" && r <= "09" || r >= "15" && r <= "20"
}

// sentenceHas reports a word of one of the cue lists in the sentence; the
// answer is kept in *flag (0 not known yet, 1 yes, 2 no) until reset.
func (s *sent) sentenceHas(flag *int8, lists ...string) bool {
	if *flag == 0 {
		*flag = 2
	scan:
		for k := range s.toks {
			for _, l := range lists {
				if s.inAt(l, k) {
					*flag = 1
					break scan
				}
			}
		}
	}
	return *flag == 1
}

// inTime reports a token inside a time expression of the sentence.
func (s *sent) inTime(k int) bool {
	sp := s.toks[k].Span
	for i := range s.a.Times {
		if t := &s.a.Times[i]; t.Sentence == s.si && t.Span.Contains(sp) {
			return true
		}
	}
	return false
}

// lemmaAt returns the first verb lemma of the token at k ("" when none).
func (s *sent) lemmaAt(k int) string {
	for _, f := range s.ids[k] {
		if n := s.lx.names[f.word]; s.lx.verbs[n] {
			return n
		}
	}
	return ""
}

// business reports the code of a company (---BUS, FRABUS, MNC...).
func business(code string) bool {
	// IGOBUS (the IMF, the World Bank) are intergovernmental, not companies
	return strings.HasPrefix(code, "MNC") || len(code) >= 6 && code[3:6] == "BUS" && !strings.HasPrefix(code, "IGO")
}

// isComp reports a complementiser preposition at k (de, à, to). French "a"
// written without accent before a participle is the auxiliary ("a
// critiqué"), which folds like "à".
func (s *sent) isComp(k int) bool {
	if !s.inAt("comp", k) {
		return false
	}
	if t := &s.toks[k]; s.inAt("prepaccent_exact", k) && !s.exactAt("prepaccent_exact", k) && !capital(t.Text) && k+1 < len(s.toks) {
		for _, f := range s.ids[k+1] {
			if f.tag&(tagPast|tagPart) != 0 && f.tag&tagInf == 0 {
				return false
			}
		}
	}
	return true
}

// foreignMention reports a mention said to be foreign ("les troupes
// étrangères"): a `foreign` word inside it or right after it. Such an actor
// does not take the country of the event's place.
func (s *sent) foreignMention(m int) bool {
	return s.mentionHas(m, "foreign") || s.foreignBeside(m) // frwire9: the word beside it
}

// mentionHas reports that a word of cue list name stands inside mention m.
func (s *sent) mentionHas(m int, name string) bool {
	if s.mst[m] < 0 { // a pronoun's antecedent: no tokens here
		return false
	}
	for k := s.mst[m]; k <= s.men[m] && k < len(s.toks); k++ {
		if s.inAt(name, k) {
			return true
		}
	}
	return false
}

// onlyWordArticles reports that the tokens from p up to e are articles
// written as words (the, its), not numbers.
func (s *sent) onlyWordArticles(p, e int) bool {
	for k := p; k < e; k++ {
		if !s.inAt("det", k) || s.toks[k].Kind == dyad.Number {
			return false
		}
	}
	return true
}

// onlyArticles reports that the tokens from p up to (not including) e are
// articles or numbers ("des", "several", "2 000"): "des dizaines de".
func (s *sent) onlyArticles(p, e int) bool {
	for k := p; k < e; k++ {
		if !s.isDet(k) && !s.inAt("genitive", k) {
			return false
		}
	}
	return true
}

// quantityArticles reports that the tokens from p up to e are articles,
// numbers, genitive prepositions or quantity words ("des dizaines de").
func (s *sent) quantityArticles(p, e int) bool {
	for k := p; k < e; k++ {
		if !s.isDet(k) && !s.inAt("genitive", k) && !s.inAt("quantity", k) {
			return false
		}
	}
	return true
}

func capital(t string) bool { return t != "" && t[0] >= 'A' && t[0] <= 'Z' }

// sameCodes reports two non-empty groups of mentions whose first members
// are coded alike.
func (s *sent) sameCodes(a, b []int) bool {
	return len(a) > 0 && len(b) > 0 && s.codes[a[0]] == s.codes[b[0]]
}

// ownForces reports troops or police of unknown country named by a pattern
// word ("send troops to Poland", "retirer ses soldats"): the source's own
// forces, not the target.
func ownForces(code string) bool {
	return strings.HasPrefix(code, "---MIL") || strings.HasPrefix(code, "---COP")
}

func (lx *lexicon) agentPrep() string {
	if lx.lang == "en" {
		return "by"
	}
	return "par"
}

func (s *sent) mtext(g []int) string {
	var b strings.Builder
	for i, m := range g {
		if i > 0 {
			b.WriteString(" & ")
		}
		am := &s.a.Actors[s.ments[m]]
		fmt.Fprintf(&b, "%q=%s", am.Text, s.codes[m])
	}
	return b.String()
}

func strconvQ(s string) string { return "\"" + s + "\"" }

// force reports a CAMEO code of coercion or force (roots 17 to 20).
func force(code string) bool {
	return len(code) >= 2 && code[:2] >= "17" && code[:2] <= "20"
}

// violence reports a code of the roots of violence proper, 18-20 (assault,
// fight, mass violence): force without coercion (17).
func violence(code string) bool {
	return len(code) >= 2 && code[:2] >= "18" && code[:2] <= "20"
}

// joinedNorm joins the folded forms of tokens a and b with a space, as
// the @list loader stores a word pair written "such_as", "y_compris".
func (s *sent) joinedNorm(a, b int) string {
	return s.norm(a) + " " + s.norm(b)
}

// sameInts reports two equal mention lists.
func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// actorBetween reports an actor mention on a token from a up to b (b
// excluded).
func (s *sent) actorBetween(a, b int) bool {
	for k := a; k < b && k < len(s.actor); k++ {
		if s.actor[k] >= 0 {
			return true
		}
	}
	return false
}

// timePrep reports a preposition at k opening a time expression ("dans la
// nuit", "dans la matinée", "depuis lundi"): skipped with it before an
// object (French).
func (s *sent) timePrep(k int) bool {
	return k+1 < len(s.toks) && s.isPrep(k) && s.inTime(k+1) && !s.inTime(k) && s.actor[k+1] < 0
}

// openParen reports a parenthesis opened between tokens a and b (b
// excluded) and not closed before b.
func (s *sent) openParen(a, b int) bool {
	n := 0
	for k := a; k < b && k < len(s.toks); k++ {
		switch s.norm(k) {
		case "(", "[":
			n++
		case ")", "]":
			if n > 0 {
				n--
			}
		}
	}
	return n > 0
}

// nominalGerund reports an English -ing form at i read as f that is a noun:
// right after an actor mention opened by an article ("the ASEAN meeting",
// "a NATO meeting", "the G20 meeting"), with a preposition, punctuation or
// the end after it (no object: "the troops shelling the city" stays a
// participle).
func (s *sent) nominalGerund(i int, f formInfo) bool {
	if s.lx.lang != "en" || i < 2 || f.tag&tagGer == 0 || s.actor[i-1] < 0 {
		return false
	}
	m := s.actor[i-1]
	if s.men[m] != i || s.mst[m] < 1 || !s.inAt("det", s.mst[m]-1) {
		return false
	}
	return i+1 >= len(s.toks) || s.isPrep(i+1) || s.toks[i+1].Kind != dyad.Word
}
