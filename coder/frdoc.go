package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Subject pronouns after a sentence without an event (frdoc round). A
// subject pronoun (`pronoun`: il, elle, ils, elles) stands for the source of
// the previous event (subject.go); when the sentence before coded no event
// ("Le député Jean Dupont a publié un rapport mercredi. Il a critiqué le
// ministre", "Amnesty International a publié un rapport. Elle accuse la
// police ..."), that source is older than the actor the sentence before
// opened with, and the pronoun stands for the latter (CODING.md: « Il a
// critiqué le ministre » after « Le député Dupont … » gives the deputy).
//
// The previous sentence's subject is its first actor with only words of
// `frdoc-subjlead` (determiners, titles) before it, or after a comma that
// closes an opening adverbial holding no actor but places ("Mercredi, le
// ministre …", "À Dakar, le président …"). A sentence opening with a quote
// mark, or whose first actor follows a preposition ("Selon l'ONG, …", "Le
// rapport de l'ONG …") gives none.

// prevSubject returns the index in a.Actors of the subject of sentence si,
// -1 for none. ais are the actors of the sentence in text order.
func prevSubject(a *dyad.Analysis, lx *lexicon, si int, ais []int) int {
	if si < 0 || si >= len(a.Sentences) || len(ais) == 0 {
		return -1
	}
	toks := a.Sentences[si].Tokens
	if si > 0 {
		// a sentence after one that ends with a preposition or an article
		// (« … se rendre à » / « Paris ou à Saigon, … ») is a fragment of
		// a sentence split at a line break: its first actor is no subject
		if pt := a.Sentences[si-1].Tokens; len(pt) > 0 && lx.in("frdoc-nolast", pt[len(pt)-1].Norm) {
			return -1
		}
	}
	k := 0
	for _, ai := range ais {
		m := &a.Actors[ai]
		for k < len(toks) && toks[k].End <= m.Start {
			k++
		}
		ok := true
		for j := k - 1; j >= 0; j-- {
			n := toks[j].Norm
			if n == "," {
				// an opening adverbial: no actor before the comma
				// but places
				for _, bi := range ais {
					b := &a.Actors[bi]
					if b.End <= toks[j].Start && b.Kind != "country" {
						return -1
					}
				}
				break
			}
			if !lx.in("frdoc-subjlead", n) {
				ok = false
				break
			}
		}
		if ok {
			return ai
		}
		if m.Kind != "country" {
			// the first person or body is not the subject: none
			return -1
		}
	}
	return -1
}

// subjectPronoun returns the previous sentence's subject as the group the
// subject pronoun at j stands for, nil when there is none (or it disagrees
// in number with the pronoun). The pronoun must open its sentence, after at
// most an opening adverbial closed by a comma or a word of `frdoc-pronlead`
// (« Mercredi, il … », « Puis elle … »), with no person or body of the
// sentence before it: « M. Dupont … puis il remercia … » and « l'escorte
// qu'il a demandée » are the sentence's own.
func (s *sent) subjectPronoun(j int) []int {
	if s.prevS < 0 || s.lx.lang != "fr" || !s.pronounOpens(j) {
		return nil
	}
	g := []int{s.prevS}
	if s.pluralAntecedent(s.norm(j), g) {
		return nil
	}
	return g
}

// pronounOpens reports that the subject pronoun at j opens its sentence (see
// subjectPronoun).
func (s *sent) pronounOpens(j int) bool {
	if j > 0 && s.norm(j-1) != "," && !s.inAt("frdoc-pronlead", j-1) {
		return false
	}
	for k := 0; k < j; k++ {
		if m := s.actor[k]; m >= 0 && s.a.Actors[s.ments[m]].Kind != "country" {
			return false
		}
		if s.inAt("frdoc-pronlead", k) || s.norm(k) == "," {
			continue
		}
		if s.hard(k) {
			return false // a clause limit before it: the pronoun opens no sentence
		}
	}
	return true
}

// Denied charges (frdoc round): « Moscou a rejeté ces accusations », « le
// Kremlin a démenti ces allégations » deny what the sentences before
// charged: a pattern of `frdoc-denycodes` (016 deny) without a target whose
// object is a demonstrative (`frdoc-demdet`) and a charge noun
// (`frdoc-chargenoun`) targets the source of the latest accusation or
// criticism (an event of a root of `frdoc-chargeroots`) coded in its
// sentence or the frdocWindow sentences before.

const frdocWindow = 3

// noteAccuser remembers the source of an accusation or criticism just
// coded.
func (s *sent) noteAccuser(c *cand, code string) {
	if len(c.src) != 1 || len(code) < 2 || !s.lx.in("frdoc-chargeroots", code[:2]) || s.ments[c.src[0]] < 0 {
		return
	}
	s.lastAcc, s.lastAccSent = s.ments[c.src[0]], s.si
}

// deniedAccuser returns the mention the object of the denial c stands for,
// -1 when the shape is not there.
func (s *sent) deniedAccuser(c *cand) int {
	if s.lx.lang != "fr" || len(c.code) < 3 || !s.lx.in("frdoc-denycodes", c.code[:3]) {
		return -1
	}
	if m := s.relativeDenial(c); m >= 0 {
		return m
	}
	if s.prevAcc < 0 {
		return -1
	}
	for k := c.anchor + 1; k+1 < len(s.toks) && k <= c.last; k++ {
		if s.inAt("frdoc-demdet", k) && s.inAt("frdoc-chargenoun", k+1) {
			if k+2 < len(s.toks) && (s.inAt("genitive", k+2) || s.actor[k+2] >= 0) {
				return -1 // « ces accusations de l'ONG »: the slot names the accuser
			}
			return s.prevAcc
		}
	}
	return -1
}

// subjectClitic (frdoc round): an object pronoun of `accclitic` right
// between a named subject and its finite verb (« Khartoum les accuse
// d'espionnage », « Moscou l'accuse ») is a clitic, not an article: an
// article never stands before a conjugated verb. j is the pronoun, i the
// verb.
func (s *sent) subjectClitic(i, j int) bool {
	if s.lx.lang != "fr" || j < 1 || j+1 != i || s.actor[j-1] < 0 || s.actor[i] >= 0 {
		return false
	}
	m := s.actor[j-1]
	return s.men[m] == j && s.verbForm(i) && !s.inAt("frdoc-notclitic", i)
}

// sameState (frdoc round): two groups whose first mentions are a state and
// its government (« Le gouvernement soudanais a expulsé … Khartoum les
// accuse », SDNGOV and SDN): the same speaker for an object pronoun before
// the verb at i that continues its discourse (slots.go prevTarget); not for
// a pronoun after a preposition (« des Afghans qui avaient coopéré avec
// eux »).
func (s *sent) sameState(a, b []int, i int) bool {
	if s.lx.lang != "fr" || len(a) == 0 || len(b) == 0 || s.cliticPos(i) < 0 {
		return false
	}
	x, y := s.codes[a[0]], s.codes[b[0]]
	if s.sameAuthorities(x, y) {
		return true // frreal2.go
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(x) == 3 && x != "---" && x != "IGO" && y == x+"GOV"
}

// Dative pronoun after an exchange (frdoc round): « La chancelière a
// rencontré le président américain. Elle lui a demandé … »: the last event
// (the meeting's second direction, USAGOV>DEUGOV) targets the subject
// itself; a dative pronoun (`dativeclitic`) of that subject then stands for
// the last event's source, the other party (slots.go prevTarget), when that
// event is of the sentence before or of its own.

// noteEventSource remembers the source mention of the event just coded.
func (s *sent) noteEventSource(m int) {
	if m >= 0 && m < len(s.ments) && s.ments[m] >= 0 {
		s.lastES, s.lastESSent = s.ments[m], s.si
	}
}

// otherParty returns the mention the dative pronoun of a source coded like
// src stands for when the last event's target m is coded like src: that
// event's source, -1 when it is coded like src too or unknown.
func (s *sent) otherParty(src []int, m int) int {
	if s.lx.lang != "fr" || m < 0 || len(src) == 0 || s.codes[src[0]] != s.codes[m] {
		return -1
	}
	for k := len(s.cands) - 1; k >= 0; k-- {
		if c := &s.cands[k]; len(c.tgt) > 0 && c.tgt[0] == m && len(c.src) > 0 {
			if s.codes[c.src[0]] != s.codes[src[0]] {
				return c.src[0]
			}
			return -1
		}
	}
	if s.prevES >= 0 && s.codes[s.prevES] != s.codes[src[0]] {
		return s.prevES
	}
	return -1
}

// pronounsOnly (frdoc round): a sentence naming no actor of its own is still
// coded when it opens with a subject pronoun and either an object pronoun
// follows it before the verb (« Il lui a demandé une aide financière ») and
// an exchange of the sentence before gives both their antecedents (prevES:
// otherParty), or it denies « ces accusations » of a recent accuser
// (« Elle a rejeté ces accusations »: deniedAccuser).
func (s *sent) pronounsOnly() bool {
	if s.lx.lang != "fr" || len(s.toks) < 3 {
		return false
	}
	j := 0
	for j < len(s.toks) && s.inAt("frdoc-pronlead", j) {
		j++
	}
	if j+1 >= len(s.toks) || !s.inAt("pronoun", j) {
		return false
	}
	if s.prevAcc >= 0 {
		for k := j + 1; k+1 < len(s.toks); k++ {
			if s.inAt("frdoc-demdet", k) && s.inAt("frdoc-chargenoun", k+1) {
				return true
			}
		}
	}
	if s.prevES < 0 || s.prevT < 0 || len(s.prev) != 1 || s.codes[s.prevT] != s.codes[s.prev[0]] {
		// (an exchange: the last event targets the first one's source)
		return false
	}
	return s.inAt("dativeclitic", j+1) || s.inAt("accclitic", j+1)
}

// Gender of the antecedent (frdoc round): « Le président américain a reçu
// la chancelière allemande. Elle a critiqué la Russie »: « elle » is not
// the previous source, a masculine « le président », but the previous
// target, a feminine « la chancelière ». The gender of a mention is read
// from the word before it (`frdoc-masc`: le, du, au, M.; `frdoc-fem`: la,
// Mme, cette); « l' », a plural or no article leave it unknown, and an
// unknown gender never disagrees.

// mentionGender returns 'm', 'f' or 0 for actor ai of the document.
func (s *sent) mentionGender(ai int) byte {
	if ai < 0 || ai >= len(s.a.Actors) {
		return 0
	}
	m := &s.a.Actors[ai]
	if m.Sentence < 0 || m.Sentence >= len(s.a.Sentences) {
		return 0
	}
	before := ""
	for _, t := range s.a.Sentences[m.Sentence].Tokens {
		if t.End > m.Start {
			break
		}
		before = t.Norm
	}
	switch {
	case s.lx.in("frdoc-masc", before):
		return 'm'
	case s.lx.in("frdoc-fem", before):
		return 'f'
	}
	return 0
}

// pronounGender returns 'm' for il/ils, 'f' for elle/elles, 0 otherwise.
func (s *sent) pronounGender(nm string) byte {
	switch {
	case s.lx.in("frdoc-pronmasc", nm):
		return 'm'
	case s.lx.in("frdoc-pronfem", nm):
		return 'f'
	}
	return 0
}

// genderClash reports that the single mention of group g has the other
// gender than the pronoun nm.
func (s *sent) genderClash(nm string, g []int) bool {
	if s.lx.lang != "fr" || len(g) != 1 {
		return false
	}
	p := s.pronounGender(nm)
	m := s.mentionGender(s.ments[g[0]])
	return p != 0 && m != 0 && p != m
}

// genderTarget returns another antecedent for the subject pronoun at j,
// opening its sentence (pronounOpens), when
// the antecedent g disagrees with it in gender: of the last event's target,
// its source (when of the sentence before) and the last person or body of
// the sentence before, the first of the pronoun's gender, else the first of
// unknown gender; nil when g agrees or none fits.
func (s *sent) genderTarget(j int, g []int) []int {
	nm := s.norm(j)
	if !s.pronounOpens(j) || !s.genderClash(nm, g) {
		return nil
	}
	p := s.pronounGender(nm)
	cands := [3]int{s.prevT, s.prevES, s.prevL}
	for pass := 0; pass < 2; pass++ {
		for _, m := range cands {
			if m < 0 || s.codes[m] == s.codes[g[0]] || strings.HasPrefix(s.codes[m], "---") || s.pluralAntecedent(nm, []int{m}) {
				continue
			}
			if gm := s.mentionGender(s.ments[m]); pass == 0 && gm == p || pass == 1 && gm == 0 {
				return []int{m}
			}
		}
	}
	return nil
}

// relativeDenial (frwiki round): « Londres accuse Moscou d'être responsable
// de l'attaque, ce que le Kremlin dément »: a denial in a relative clause
// « , ce que|qu' SUBJECT VERB » whose antecedent is the clause before
// denies the charge coded there; its target is the author of that charge
// (the last 11x candidate of the sentence before the comma, with one
// source). -1 when the shape is not there.
func (s *sent) relativeDenial(c *cand) int {
	if len(c.src) == 0 {
		return -1
	}
	k := s.mst[c.src[0]] // the denial's subject
	if k > 0 && s.inAt("det", k-1) {
		k-- // « ce que le Kremlin dément »
	}
	if k < 3 || k > c.anchor || !s.inAt("frwiki-clauserel", k-1) || !s.inAt("frwiki-clauseante", k-2) || s.toks[k-3].Norm != "," {
		return -1
	}
	best := -1
	for a := range s.cands {
		ca := &s.cands[a]
		if ca.anchor >= k-3 || len(ca.src) != 1 || len(ca.code) < 2 || !s.lx.in("frdoc-chargeroots", ca.code[:2]) || c.hasSrc(ca.src[0]) {
			continue
		}
		best = ca.src[0]
	}
	return best
}
