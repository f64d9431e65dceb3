// News headlines (enhead round): a count of people right after a colon
// lead ("Israel: tens of thousands protest against Netanyahu", "Chili :
// des milliers réclament ...") names a crowd, as crowdCount does for a
// sentence that opens on the count.

package actor

import "github.com/dyadproject/dyad"

// crowdAfterLead applies crowdCount to the part of a headline after its
// colon lead: the first mention opens the sentence and a colon follows it
// right away ("Israel: tens of thousands protest ..."); the crowd mention
// found there is shifted back to the sentence's units.
func crowdAfterLead(toks []dyad.Token, us []unit, ms []mention) []mention {
	if len(ms) == 0 || ms[0].i != 0 || ms[0].j >= len(us) || !colonAfter(toks, us, ms[0].j-1, ms[0].j) {
		return ms
	}
	b := ms[0].j
	var rest []mention
	for _, m := range ms[1:] {
		if m.i < b {
			return ms
		}
		m.i -= b
		m.j -= b
		rest = append(rest, m)
	}
	out := crowdCount(us[b:], rest)
	if len(out) == len(rest) {
		return ms
	}
	c := out[0]
	c.i += b
	c.j += b
	if c.j < len(us) && wordSet("of-prep")[us[c.j].norm] {
		// "Égypte : des centaines de milliers de manifestants": the count
		// goes on to its noun (crowdCount reads four words at most)
		return ms
	}
	res := append([]mention{ms[0], c}, ms[1:]...)
	return res
}
