// English news headlines (enhead round): the verbless visit and quote
// titles of headline_fr.go in their English form ("Blinken in Beijing for
// talks", "Modi welcomed in Moscow", "Zelensky: 'Russia must free ...'"),
// and a crowd counted by its number as the subject of a plain verb ("tens
// of thousands protest against ...").

package coder

import "strings"

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
		return s.lx.in("visitprep", s.norm(k))
	}
	return s.lx.in("placeprep", s.norm(k))
}

// welcomePart reports that candidate o is the English participle of
// welcome (`visitpart`) standing between the official's mention ending at
// e and the place preposition at pp of a verbless visit title ("Modi
// welcomed in Moscow"): a passive without auxiliary and without agent,
// whose pattern took the place for its object; the visit replaces it.
func (s *sent) welcomePart(o cand, e, pp int) bool {
	return s.lx.lang == "en" && o.anchor >= e && o.anchor < pp && s.lx.in("visitpart", s.norm(o.anchor))
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
	return s.lx.lang == "en" && i >= 3 && s.lx.in("crowdnum", s.norm(i-1)) && s.norm(i-2) == "of" && s.lx.in("crowdnum", s.norm(i-3))
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
