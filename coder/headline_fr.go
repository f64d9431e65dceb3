// French news titles (frhead round): a rubric sentence that names a
// country before the title ("Irak. Des milliers de manifestants conspuent
// ...", the regional press's "Rubrique. Titre"), read as a colon lead.

package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// rubricCountry returns the mention (of this sentence, tokenless) of the
// country that makes up the whole sentence before this one, a rubric
// closed by a period ("Irak. Des manifestants ...", "Catalogne. Un juge
// espagnol ..."), when that rubric opens the document; -1 otherwise
// (French). It stands where headlineCountry finds a colon lead ("Irak :
// des manifestants ...").
func (s *sent) rubricCountry() int {
	if s.lx.lang != "fr" || s.si != 1 || len(s.a.Sentences) < 2 {
		return -1
	}
	prev := s.a.Sentences[0].Tokens
	n := len(prev)
	if n < 2 || n > 5 || prev[n-1].Norm != "." {
		return -1
	}
	ai := -1
	for k := range s.a.Actors {
		if s.a.Actors[k].Sentence != 0 {
			continue
		}
		if ai >= 0 {
			return -1 // two actors: no rubric of one country
		}
		ai = k
	}
	if ai < 0 {
		return -1
	}
	a := s.a.Actors[ai]
	first := 0
	if n > 2 && s.lx.in("det", prev[0].Norm) {
		first = 1 // "Le Mali."
	}
	if a.Start > prev[first].Start || a.End < prev[n-2].End {
		return -1
	}
	if a.Kind != "country" || len(a.Code) != 3 || a.Code == "---" || s.lx.stateCC(a.Code) == "" || s.lx.in("regioncode", strings.ToLower(a.Code)) {
		return -1
	}
	for m, x := range s.ments {
		if x == ai && s.mst[m] < 0 {
			return m
		}
	}
	return s.tokenlessMention(ai)
}

// verblessProtestPat names the event of a verbless protest title (it has
// no line in a pattern file: the title has no anchor word).
var verblessProtestPat = &pattern{id: "headline_fr.go:verbless", text: "141 (title without verb: PROTESTERS contre X)", code: "141", noun: true}

// verblessProtest codes a French title that has no verb and names
// protesters against an actor or a policy ("Des milliers de manifestants
// contre Netanyahou", "Israël : 450 manifestants contre la réforme
// judiciaire"): a demonstration (CAMEO 141) by the protesters against
// the first actor after "contre" (a coordinated group: each), or, with a
// policy named and no actor, against their own government (protestPolicy
// in emit). The protesters are a mention whose head is a protest noun
// (`protestnoun`: manifestants, protestataires, grévistes ...), right
// before "contre" (`againstprep`); the target is not searched past a
// place preposition ("contre la guerre à Moscou"); nothing is coded when
// another event was found in the sentence, when a plural verb follows (a
// verb of its own: "Des manifestants contre la guerre défilent à
// Moscou") or in a question.
func (s *sent) verblessProtest() {
	if s.lx.lang != "fr" || len(s.cands) > 0 || len(s.toks) < 3 || s.norm(len(s.toks)-1) == "?" {
		return
	}
	for k := 1; k+1 < len(s.toks); k++ {
		m := s.actor[k-1]
		if m < 0 || s.men[m] != k || !s.inAt("againstprep", k) || !s.inAt("protestnoun", s.mst[m]) && !s.inAt("protestnoun", k-1) {
			continue
		}
		for j := k + 1; j < len(s.toks); j++ {
			if s.actor[j] < 0 && s.verbForm(j) && s.lx.endsIn("plural3suffix", s.norm(j)) {
				return // "... contre la guerre défilent à Moscou": a verb of its own
			}
		}
		c := cand{p: verblessProtestPat, anchor: k - 1, last: k + 1, code: "141", mode: dyad.Asserted, must: -1, clitic: -1, src: s.group(m)}
		for j := k + 1; j < len(s.toks) && j <= k+6 && !s.hard(j) && !s.inAt("placeprep", j); j++ {
			// (not past a place: "contre la guerre à Moscou")
			if t := s.actor[j]; t >= 0 {
				c.tgt = s.group(t)
				c.last = s.men[t]
				break
			}
		}
		if s.trace() {
			c.why = "verbless title: protesters " + s.mtext(c.src) + " against " + s.mtext(c.tgt)
			s.tracef("  %q at %d: %s", s.toks[k].Text, k, c.why)
		}
		s.cands = append(s.cands, c)
		return
	}
}

// verblessVisitPat names the event of a verbless visit title.
var verblessVisitPat = &pattern{id: "headline_fr.go:visit", text: "042 (title without verb: OFFICIAL à|en PLACE)", code: "042"}

// verblessVisit codes a French title without verb that puts a state's
// official in a place of another country ("Blinken à Pékin", "Lavrov à
// Pyongyang pour parler défense", "Le président kényan en France : ..."):
// a visit (CAMEO 042) to that country, as "en visite à". The official is
// a mention of a known state with a sector (USAGOV, not USA) opening the
// title, its part after a colon lead, or a second visit after a comma
// ("Zelensky à Washington, Poutine à Pékin"), not an envoy posted there
// (`postedrole`: ambassadeur, consul); a place preposition (`placeprep`),
// or a participle of welcome without agent and a few words before it
// (`visitpart`: "Poutine reçu en grande pompe à Pyongyang"),
// and the place follow right after it, and the title ends there or goes
// on with a colon, a comma or a purpose (`visittail`). Nothing is coded
// when an event was found before the end of the place (a verb), for a
// place of the official's own country, in a question, or in a sentence
// closed by a period (body text).
func (s *sent) verblessVisit() {
	if !s.titleLang() || len(s.toks) < 3 || s.norm(len(s.toks)-1) == "?" || s.norm(len(s.toks)-1) == "." {
		return // (a sentence closed by a period is body text, not a title)
	}
	n := len(s.cands)
	for m := range s.ments {
		st, en := s.mst[m], s.men[m]
		if st >= 0 && en < len(s.toks) && s.inAt("visitpart", en) {
			// "Poutine reçu en grande pompe à Pyongyang": a participle
			// of welcome without agent, a few words, then the place
			for k := en + 1; k < len(s.toks) && k <= en+4 && s.actor[k] < 0 && !s.hard(k) && s.norm(k) != s.lx.agentPrep() && s.welcomeGap(en, k); k++ {
				if s.visitPrep(k) && k+1 < len(s.toks) && s.actor[k+1] >= 0 {
					en = k
					break
				}
			}
		}
		if st < 0 || en+1 >= len(s.toks) || !s.visitPrep(en) {
			continue
		}
		if !(st == 0 || st == 1 && s.isDet(0) || st > 1 && s.norm(st-1) == ":" && s.headlineCountry(st) >= 0 || st > 1 && s.norm(st-1) == "," && s.verblessVisitBefore(st-1)) {
			continue
		}
		if s.inAt("postedrole", st) || st+1 < en && s.inAt("postedrole", st+1) {
			continue // "l'ambassadeur britannique à Paris": posted there
		}
		code := s.codes[m]
		cc := s.lx.stateCC(code)
		if cc == "" || len(code) < 6 || code[3:6] != "GOV" {
			continue
		}
		p := s.actor[en+1]
		if p < 0 || s.mst[p] != en+1 || s.a.Actors[s.ments[p]].Kind != "country" {
			continue
		}
		pc := s.lx.stateCC(s.codes[p])
		if pc == "" || pc == cc {
			continue
		}
		if e := s.men[p]; e < len(s.toks) && !s.inAt("visittail", e) {
			continue
		}
		verb := false
		for _, o := range s.cands[:n] {
			// a verb before the end of the place: no verbless title
			// (an event after it, "pour renforcer la coopération", is
			// the visit's purpose)
			verb = verb || o.anchor < s.men[p] && !s.welcomePart(o, s.men[m], en)
		}
		if verb {
			continue
		}
		n -= s.dropWelcome(s.men[m], en) // headline_en.go
		c := cand{p: verblessVisitPat, anchor: en, last: s.men[p], code: "042", mode: dyad.Asserted, must: -1, clitic: -1, src: []int{m}, tgt: []int{p}, place: true}
		if s.trace() {
			c.why = "verbless title: " + s.mtext(c.src) + " in " + s.mtext(c.tgt)
			s.tracef("  %q at %d: %s", s.toks[en].Text, en, c.why)
		}
		s.cands = append(s.cands, c)
	}
}

// verblessVisitBefore reports that the comma at k closes a verbless visit
// title's first part ("Zelensky à Washington, Poutine à Pékin"): the
// tokens before it are a mention, a place preposition and a place.
func (s *sent) verblessVisitBefore(k int) bool {
	p := s.actor[k-1]
	if p < 0 || s.men[p] != k || s.mst[p] < 2 || !s.visitPrep(s.mst[p]-1) {
		return false
	}
	m := s.actor[s.mst[p]-2]
	return m >= 0 && (s.mst[m] == 0 || s.mst[m] == 1 && s.isDet(0))
}

// pairLead returns the two parties that open a title before its colon,
// joined by a hyphen in one token ("Russie-Ukraine : échange de
// prisonniers", the actor stage's twin mentions) or by "et" ("Macron et
// Scholz : rencontre à Berlin"), when the anchor at i follows that colon
// and the colon is the first clause limit; nil otherwise (French). Both
// must be of known and different codes. A nominal event whose both-sides
// slot ("accord entre=") is empty takes them (match.go).
func (s *sent) pairLead(i int) []int {
	if !s.titleLang() { // (English: "Russia-Ukraine: talks in Istanbul", headline_en.go)
		return nil
	}
	k := s.leadColon(i)
	if k < 1 {
		return nil
	}
	opens := func(m int) bool { return s.mst[m] == 0 || s.mst[m] == 1 && s.isDet(0) }
	known := func(m int) bool { return len(s.codes[m]) >= 3 && s.codes[m][:3] != "---" }
	b := s.actor[k-1]
	if b < 0 || s.men[b] != k {
		return nil
	}
	if tw := s.twins[b]; len(tw) == 1 && opens(b) {
		if a := tw[0]; known(a) && known(b) && s.codes[a] != s.codes[b] {
			return []int{b, a}
		}
		return nil
	}
	j := s.mst[b] - 1
	for n := 0; n < 2 && j >= 0 && s.isDet(j); n++ {
		j--
	}
	if j < 1 || !s.inAt("conj", j) {
		return nil
	}
	a := s.actor[j-1]
	if a < 0 || s.men[a] != j || !opens(a) || !known(a) || !known(b) || s.codes[a] == s.codes[b] {
		return nil
	}
	return []int{a, b}
}

// quoteSpeechPat names the speaker's statement of a quote title.
var quoteSpeechPat = &pattern{id: "headline_fr.go:quote", text: "010~ (title: SPEAKER : « ... »)", code: "010", weak: true}

// quoteTitleDemand gives a quote title ("Macron : « L'Iran doit libérer
// nos otages »") the statement of its speaker, the mention opening the
// title right before the colon and the opening quote mark, when an event
// inside the quote has an obligation modal (`must`): emit then makes it
// the speaker's demand (10x) on the modal's subject, as for "Macron a
// déclaré que l'Iran doit libérer ..." (French). The statement itself
// codes nothing (a weak 010 without addressee).
func (s *sent) quoteTitleDemand() {
	if !s.titleLang() || len(s.toks) < 4 {
		return
	}
	k := -1
	for j := 1; j+1 < len(s.toks); j++ {
		if s.norm(j) == ":" {
			k = j
			break
		}
		if s.hard(j) {
			return
		}
	}
	if k < 0 || !s.inAt("quoteopen", k+1) && !s.bareQuoteTitle(k) {
		return
	}
	m := s.actor[k-1]
	if m < 0 || s.men[m] != k || !(s.mst[m] == 0 || s.mst[m] == 1 && s.isDet(0)) {
		return
	}
	must := false
	for _, c := range s.cands {
		must = must || c.must > k && !c.p.weak
	}
	if !must {
		return
	}
	c := cand{p: quoteSpeechPat, anchor: k, last: k + 1, code: "010", mode: dyad.Asserted, must: -1, clitic: -1, src: s.group(m)}
	if s.trace() {
		c.why = "quote title: the speaker " + s.mtext(c.src) + " says it"
		s.tracef("  %q at %d: %s", s.toks[k].Text, k, c.why)
	}
	s.cands = append(s.cands, c)
}
