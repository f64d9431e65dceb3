// English news headlines (enhead round): the verbless visit and quote
// titles of headline_fr.go in their English form ("Blinken in Beijing for
// talks", "Modi welcomed in Moscow", "Zelensky: 'Russia must free ...'"),
// and a crowd counted by its number as the subject of a plain verb ("tens
// of thousands protest against ...").

package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// titleLang reports a language whose news titles headline_fr.go's
// verbless visit and quote title readings cover (French and English).
func (s *sent) titleLang() bool {
	return s.lx.lang == "fr" || s.lx.lang == "en"
}

// visitPrep reports the place preposition of a verbless visit title at k:
// `placeprep` in French (à, en, au ...), `visitprep` in English ("in":
// not "at", "across", "through").
func (s *sent) visitPrep(k int) bool {
	if s.lx.lang == "en" {
		return s.inAt("visitprep", k)
	}
	return s.inAt("placeprep", k)
}

// welcomePart reports that candidate o is the English participle of
// welcome (`visitpart`) standing between the official's mention ending at
// e and the place preposition at pp of a verbless visit title ("Modi
// welcomed in Moscow"): a passive without auxiliary and without agent,
// whose pattern took the place for its object; the visit replaces it.
func (s *sent) welcomePart(o cand, e, pp int) bool {
	return s.lx.lang == "en" && o.anchor >= e && o.anchor < pp && s.inAt("visitpart", o.anchor)
}

// dropWelcome removes the candidates of welcomePart and returns how many.
func (s *sent) dropWelcome(e, pp int) int {
	if s.lx.lang != "en" {
		return 0
	}
	out := s.cands[:0]
	n := 0
	for _, o := range s.cands {
		if s.welcomePart(o, e, pp) {
			n++
			continue
		}
		out = append(out, o)
	}
	s.cands = out
	return n
}

// bareQuoteTitle reports an English quote title without quote marks
// ("China: US must stop interfering in Hong Kong"): the colon at k
// follows the speaker and a clause opens after it; quoteTitleDemand then
// requires an obligation modal in that clause, as with the marks.
func (s *sent) bareQuoteTitle(k int) bool {
	return s.lx.lang == "en" && k+1 < len(s.toks)
}

// crowdVerb reports a plain form at i right after a crowd counted by its
// number ("tens of thousands protest", "hundreds of thousands march"):
// the crowd's verb, not a noun governed by "of" (English, `crowdnum`).
func (s *sent) crowdVerb(i int) bool {
	return s.lx.lang == "en" && i >= 3 && s.inAt("crowdnum", i-1) && s.inAt("ofword", i-2) && s.inAt("crowdnum", i-3)
}

// welcomeGap reports that the words between the participle of welcome at
// e and the token k may stand before the place: any few in French ("reçu
// en grande pompe à"), only adverbs in -ly in English ("welcomed warmly
// in Delhi"; "welcomed the deal in Moscow" welcomes a deal).
func (s *sent) welcomeGap(e, k int) bool {
	if s.lx.lang != "en" {
		return true
	}
	for j := e + 1; j < k; j++ {
		if !strings.HasSuffix(s.norm(j), "ly") {
			return false
		}
	}
	return true
}

// headlineMode returns the mode of candidate c's events: future for an
// English headline's infinitive ("Biden to visit Kenya", "Russia, Ukraine
// to swap prisoners", "Kenya: Ruto to meet Xi"), the headline's form of
// "is to" and "will"; c's own mode otherwise. The infinitive's "to" stands
// right after the subject, and only mentions, commas, "and", articles and
// the possessive "'s" open the clause before it (or a colon lead). The
// code stays the act's own (a visit 042, not the intent 036 that "will
// visit" gives): the act is announced by the writer, not by its actor.
func (s *sent) headlineMode(c *cand) dyad.Mode {
	i := c.anchor
	if s.lx.lang != "en" || c.mode != dyad.Asserted || c.p.noun || i < 2 || !s.inAt("infto", i-1) || s.actor[i-2] < 0 {
		return c.mode
	}
	for k := i - 2; k >= 0; k-- {
		nm := s.norm(k)
		if nm == ":" {
			break
		}
		if s.actor[k] < 0 && nm != "," && nm != "'s" && nm != "’s" && !s.lx.in("conj", nm) && !s.isDet(k) {
			return c.mode
		}
	}
	if s.trace() {
		s.tracef("  %s at %d: headline infinitive after the subject: future", c.p.id, i)
	}
	return dyad.Future
}

// headlineSpeakerEN returns the speaker of an English quote headline whose
// quote speaks in the first person ("Kim: 'I am ready to meet Trump'",
// "Netanyahu: We will destroy Hamas"): the pronoun nm ("i", "we") opens
// the quote (after the colon and an optional quote mark) and the mention
// before the colon opens the sentence; nil otherwise. headlineSpeaker
// does it for French.
func (s *sent) headlineSpeakerEN(p int, nm string) []int {
	if s.lx.lang != "en" || nm != "i" && nm != "we" {
		return nil
	}
	for k := p - 1; k > 0 && k >= p-30; k-- {
		if s.hard(k) && s.norm(k) != ":" {
			return nil
		}
		if s.norm(k) != ":" {
			continue
		}
		for j := k + 1; j < p && s.norm(j) != nm; j++ {
			if !s.inAt("quoteopen", j) {
				return nil // only a quote mark before the pronoun ("Kim: 'I am ready'")
			}
		}
		m := s.actor[k-1]
		if m < 0 || s.men[m] != k || !s.onlyArticlesBack(s.mst[m]) {
			return nil
		}
		if s.trace() {
			s.tracef("  first person in a quote headline: its speaker %q", s.a.Actors[s.ments[m]].Text)
		}
		return s.group(m)
	}
	return nil
}

// firstPersonHeadline reports an English quote headline whose first-person
// quote ("Zelensky: We will never negotiate with Putin") holds the verb at
// i: the quote is the speaker's own word, as a quote with "said" is, so a
// consultation it says will not happen is a refusal (emit.go; lexen: with
// "negotiate with" coded 046 instead of PETRARCH's 050, the 04x exception
// for the writer's negated future applied).
func (s *sent) firstPersonHeadline(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.hard(k) {
			return false
		}
		if nm := s.norm(k); s.lx.in("firstperson", nm) && s.headlineSpeakerEN(k, nm) != nil {
			return true
		}
	}
	return false
}
