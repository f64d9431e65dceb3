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
