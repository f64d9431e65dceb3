package coder

import "strings"

// endom round (English domestic politics): helpers of the match step.

// docCountryAgent reports an English agent mention whose country the actor
// stage took from the document, not from the text ("political parties" in
// a one-sentence document naming Mali, actor/endom.go; the document's
// dominant country, `+doc:`): its head is still a common noun, which a far
// word of a pattern may match as it does for a mention of no country
// ("lifted the ban on political parties", 0812).
func (s *sent) docCountryAgent(m int) bool {
	a := &s.a.Actors[s.ments[m]]
	return a.Kind == "agent" && strings.Contains(a.Entry, " +doc:")
}

// quoteBarbs (English): "'He is a liar and a coward,' the Labour leader said
// of the prime minister" is a criticism (111, en_endom.txt `*say of+`) only
// when "of" follows the verb and the quote before the speaker carries a
// barb (`barbword`, en_lex.txt): a quote of praise or of fact ("'He has been
// a good partner,' she said of him") is no event, nor is "said it would allow
// the return of inspectors". Only the "said of" line of en_endom.txt is
// checked (en.txt's "say mistrust" is its own barb).
func (s *sent) quoteBarbs(keep []bool) {
	if s.lx.lang != "en" {
		return
	}
	for a := range s.cands {
		ca := &s.cands[a]
		if !keep[a] || ca.code != "111" || !s.inAt("barbsay", ca.anchor) || !strings.HasPrefix(ca.p.id, "en_endom.txt:") {
			continue
		}
		if ca.anchor+1 >= len(s.toks) || !s.inAt("ofword", ca.anchor+1) || !s.barbQuoteBefore(ca.anchor) {
			keep[a] = false
			if s.trace() {
				s.tracef("  %s at %d: no barb in a quote before the speaker: no criticism", ca.p.id, ca.anchor)
			}
		}
	}
}

// barbQuoteBefore reports a quote closed at most 12 tokens before v whose
// words include a `barbword`.
func (s *sent) barbQuoteBefore(v int) bool {
	isQ := func(j int) bool { n := s.norm(j); return n == "\"" || n == "”" || n == "“" }
	c := -1
	for j := v - 1; j >= 0 && j >= v-12; j-- {
		if isQ(j) {
			c = j
			break
		}
	}
	if c < 0 {
		return false
	}
	for j := c - 1; j >= 0 && !isQ(j); j-- {
		if s.lx.in("barbword", strings.ToLower(s.norm(j))) {
			return true
		}
	}
	return false
}

// detainedOfficial (English): an official of no known country arrested,
// detained or charged (173) by a state's police or judiciary is that
// state's own ("Delhi police arrested Chief Minister Arvind Kejriwal",
// INDCOP > INDGOV): police arrest at home, and an official of another state
// is named with that state. Returns the new target code, "" when the rule
// does not apply.
func (s *sent) detainedOfficial(src, tgt, code string) string {
	if s.lx.lang != "en" || code != "173" || len(src) < 6 || len(tgt) < 6 || !strings.HasPrefix(tgt, "---") {
		return ""
	}
	if r := src[3:6]; r != "COP" && r != "JUD" || s.lx.stateCC(src) == "" {
		return ""
	}
	if r := tgt[3:6]; r != "GOV" && r != "LEG" {
		return ""
	}
	return src[:3] + tgt[3:]
}
