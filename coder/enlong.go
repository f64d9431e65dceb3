// enlong round (English precision on long wire sentences): background
// facts told in a subordinate or relative clause of a news sentence are
// not coded.

package coder

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// backgroundDays is how far before the article's date an event's own date
// must end for the event to be background.
const backgroundDays = 21

// background reports, in English, an event a careful coder leaves out as
// background to the news: its anchor follows a clause-opening word
// (subordStretch) and its date (EventDate: a date of its own clause) ends
// more than backgroundDays before the article's date ("Azerbaijan,
// whose forces retook Nagorno-Karabakh last September, accused France";
// "Moldova, which applied to join the EU after Russia invaded Ukraine in
// 2022, signed"), or its anchor stands in a clause opened by "since"
// ("the deepest strikes since Hezbollah began firing rockets at Israel":
// the start of a state, not an event of the day), or it follows "months|
// years after" or states an ongoing state (ongoingAfter).
func (s *sent) background(c *cand) bool {
	if s.a.Doc == nil {
		return false
	}
	if s.lx.lang == "fr" {
		return s.frBackground(c)
	}
	if s.lx.lang != "en" {
		return false
	}
	if s.sinceClause(c.anchor) || s.undatedBackground(c) {
		return true
	}
	k := s.subordOpener(c.anchor)
	if k < 0 {
		return false
	}
	if k > 0 && s.inAt("bgspan", k-1) && s.inAt("subord", k) {
		// "two months after Addis Ababa signed a port deal with
		// Somaliland", "a year after it sought the arrest of Putin"
		return true
	}
	if s.ongoingAfter(c.anchor) || s.perfectRelative(k, c.anchor) || s.presentRelative(k, c.anchor) {
		return true
	}
	return s.datedBefore(k, c)
}

// datedBefore reports an event at c.anchor, in a subordinate stretch opened
// at k, dated by a time expression of that stretch more than
// backgroundDays before the article (enlong; frbg shares it).
func (s *sent) datedBefore(k int, c *cand) bool {
	doc := s.a.Doc.Date
	if doc.IsZero() || doc.Day == 0 {
		return false
	}
	date := s.date(c.anchor)
	if date == "" || date == doc.String() {
		return false
	}
	d, err := dyad.ParseDate(date)
	if err != nil || d.IsZero() || !s.dateInStretch(k, c.anchor, date) {
		return false
	}
	end := time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	switch {
	case d.Day > 0:
		end = time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	case d.Month > 0:
		end = time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	ref := time.Date(doc.Year, time.Month(doc.Month), doc.Day, 0, 0, 0, 0, time.UTC)
	if d.Day == 0 && end.Before(time.Date(doc.Year, time.Month(doc.Month), 1, 0, 0, 0, 0, time.UTC)) {
		// a whole earlier month ("who travelled to Moscow last month",
		// "which overturned the postponement in February"): the news of
		// the days is dated by its day (enlong2)
		return true
	}
	return end.Before(ref.AddDate(0, 0, -backgroundDays))
}

// subordOpener returns the clause-opening word (`bgopen`: which, whose,
// where, after, when ...) before the anchor i in its comma-bounded
// stretch, -1 when none: i is then a verb of the main clause ("A Russian
// official offered concessions last November" stays an event of its own
// date).
func (s *sent) subordOpener(i int) int {
	for k := i - 1; k >= 0; k-- {
		if s.norm(k) == "," || s.norm(k) == ";" {
			return -1
		}
		if s.inAt("bgopen", k) {
			if !s.restrictiveRelative(k) {
				// a conjunction ("weeks after the junta announced it
				// would quit ECOWAS") or a relative set off by a comma
				// ("Sandu, who has accused Moscow of plotting to topple
				// her government,") holds every verb up to the next
				// comma (enlong2)
				return k
			}
			// (not the main verb after a restrictive relative clause:
			// "The junta that seized power in 2021 expelled")
			for j := k + 1; j < i; j++ {
				if s.actor[j] < 0 && s.pastForm(j) {
					return -1
				}
			}
			return k
		}
	}
	return -1
}

// ongoingAfter reports "since" or "for" + a span of weeks, months or
// years (`bgspan`) after the anchor i in its comma-bounded stretch: a
// state the clause says has lasted ("whose government has called for a
// ceasefire in Gaza since November", "who have blocked border crossings
// for weeks").
func (s *sent) ongoingAfter(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+15; k++ {
		if s.hard(k) || s.norm(k) == "," || s.norm(k) == ";" {
			return false
		}
		if s.inAt("bgsince", k) {
			return true
		}
		if s.inAt("bgfor", k) && k+2 < len(s.toks) && (s.inAt("bgspan", k+1) || s.inAt("bgspan", k+2)) {
			return true
		}
	}
	return false
}

// pastForm reports a past verb form at k that is no auxiliary.
func (s *sent) pastForm(k int) bool {
	nm := s.norm(k)
	if s.lx.in("aux", nm) || s.lx.in("passaux", nm) || s.lx.in("modal", nm) {
		return false
	}
	for _, f := range s.ids[k] {
		if s.lx.verbWord(f.word) && f.tag&tagPast != 0 {
			return true
		}
	}
	return false
}

// sinceClause reports "since" before the anchor i in its comma-bounded
// stretch, i.e. i is in a since clause or phrase.
func (s *sent) sinceClause(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if s.hard(k) || s.norm(k) == "," {
			return false
		}
		if s.inAt("bgsince", k) {
			return true
		}
	}
	return false
}

// verbFrameSubject returns, in English, the subject of the past verb that
// a visit phrase opened at k follows in its clause ("Ramaphosa praised
// Namibia's new leader on Tuesday during a visit to Windhoek": the
// visitor is the one who praised); nil when a comma or a hard boundary
// comes first.
func (s *sent) verbFrameSubject(k int) []int {
	if s.lx.lang != "en" || !s.inAt("frameprep", k) {
		// (not "criticised Orban over his trip to Moscow": the
		// possessor travels; nor "spoke on a trip to Japan", a topic)
		return nil
	}
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		if s.hard(j) || s.norm(j) == "," {
			return nil
		}
		if s.actor[j] < 0 && s.pastForm(j) {
			return s.subject(j)
		}
	}
	return nil
}

// igoAntecedent returns the closest mention before k in the sentence whose
// code is an international organisation's (IGO...), -1 when none: "the
// bloc", "the alliance" (`ignoun`) stand for it ("The European Union's top
// diplomat Josep Borrell said the bloc would give").
func (s *sent) igoAntecedent(k int) int {
	for j := k - 1; j >= 0; j-- {
		if m := s.actor[j]; m >= 0 && strings.HasPrefix(s.codes[m], "IGO") {
			return m
		}
	}
	return -1
}

// sayingAfterComma returns, for a participle of saying after a comma
// (`sayger`: "saying", "adding", "citing"), the subject of the closest past
// verb of the main clause before it ("Burhan ... rejected a Security
// Council call for a truce, saying it would only help the RSF": Burhan
// says, not the Council); nil when none.
func (s *sent) sayingAfterComma(p int) []int {
	if !s.inAt("sayger", p) {
		return nil
	}
	for k := p - 2; k >= 0 && k >= p-40; k-- {
		if s.hard(k) && !s.inAt("bgopen", k) {
			return nil
		}
		if s.actor[k] < 0 && s.pastForm(k) && s.subordOpener(k) < 0 {
			g := s.subject(k)
			if g != nil && s.trace() {
				s.tracef("  %q after a comma: the subject of the main verb %q", s.toks[p].Text, s.toks[k].Text)
			}
			return g
		}
	}
	return nil
}

// thingPronounPerson reports English "it" (`thingpron`) at j standing for
// mentions that are all persons: "it" is no person ("Burhan rejected a
// call for a truce, saying it would only help the RSF": the truce).
func (s *sent) thingPronounPerson(j int, g []int) bool {
	if s.lx.lang != "en" || !s.inAt("thingpron", j) || len(g) == 0 {
		return false
	}
	for _, m := range g {
		if s.ments[m] < 0 || s.a.Actors[s.ments[m]].Kind != "person" {
			return false
		}
	}
	if s.trace() {
		s.tracef("  pronoun %q: the previous source %s is a person", s.toks[j].Text, s.mtext(g))
	}
	return true
}

// perfectRelative reports a non-restrictive relative clause (a comma, then
// `relperfect`: who, which, whose ...) whose verb at i is a present
// perfect ("has|have" + participle): what the clause says its antecedent
// has done up to now is background ("Lopez Obrador, who has clashed with
// Washington over migration, criticised ...").
func (s *sent) perfectRelative(k, i int) bool {
	if k < 1 || s.norm(k-1) != "," || !s.inAt("relperfect", k) {
		return false
	}
	for j := k + 1; j < i; j++ {
		if s.inAt("perfaux", j) {
			return true
		}
	}
	return false
}

// visitingAdjective reports, in English, a participle (`visitadj`:
// "visiting") between a verb and the mention it qualifies: "met|told|
// received visiting U.S. envoy Amos Hochstein" — the envoy visits, the
// subject does not; the participle is no verb of its own and the verb
// before it keeps its object.
func (s *sent) visitingAdjective(i int) bool {
	if s.lx.lang != "en" || i < 1 || i+1 >= len(s.toks) || !s.inAt("visitadj", i) {
		return false
	}
	m := s.actor[i+1]
	return m >= 0 && s.mst[m] == i+1 && s.actor[i-1] < 0 && s.verbForm(i-1)
}

// pairAntecedent returns the source and the target of the closest earlier
// verb event of the sentence before k ("the two" after "X met Y ..."), when
// it has exactly one of each; nil otherwise (an earlier one is not tried).
func (s *sent) pairAntecedent(k int) []int {
	for i := len(s.cands) - 1; i >= 0; i-- {
		c := &s.cands[i]
		if c.anchor >= k || c.p.noun || c.code == "---" {
			continue
		}
		if len(c.src) == 1 && len(c.tgt) == 1 && c.src[0] != c.tgt[0] {
			return []int{c.src[0], c.tgt[0]}
		}
		return nil
	}
	return nil
}
