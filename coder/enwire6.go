package coder

// enwire6 round (English agency wire, 2026-11-27): helpers of the match
// and subject steps.

import "github.com/dyadproject/dyad"

// capturedForces reports, for a pattern of a `captivecode` code (0841
// release of persons), that a pattern word naming soldiers or police of
// unknown country names the persons released ("Colombia's ELN rebels
// released two kidnapped soldiers"), the event's target, not the source's
// own forces (ownForces). The list is English only (en_lex.txt).
func (s *sent) capturedForces(code string) bool {
	return s.lx.in("captivecode", code)
}

// placeAgent (English) reports an agent mention starting at token j that
// stands after a place preposition (`facilityprep`: "at the al-Ahli hospital",
// "near an army post"), with at most three plain words between (an
// article, a name, an adjective): a place where something happened, no
// agent (plainHeadPlaceSubject).
func (s *sent) placeAgent(j int) bool {
	for k, n := j-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		if s.inAt("facilityprep", k) {
			return true
		}
		if s.hard(k) || s.actor[k] >= 0 || s.toks[k].Kind != dyad.Word || s.isPrep(k) || s.verbForm(k) && s.finiteAt(k) {
			return false
		}
	}
	return false
}

// possessedForm (English) reports a verb form at k right after a
// possessive clitic or pronoun ("against President Nicolas Maduro's
// disputed re-election", "their planned visit"): an adjective of the
// possessed noun, not a clause's main verb (mainVerbAfter, so that "took
// to the streets … to protest against X's disputed re-election" keeps
// "took" as the finite verb).
func (s *sent) possessedForm(k int) bool {
	return s.lx.lang == "en" && k > 0 && (s.inAt("possclitic", k-1) || s.inAt("possessive", k-1))
}
