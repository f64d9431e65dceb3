package coder

import "strings"

// ensector2 round (English actor sectors): helpers of the emit step.

// localGovSub reports a target code of the government's sectors that the
// no-place rule of emit (a target of unknown country takes the source's
// country) may still complete, though governments are left out there
// (officials meet abroad): the sub-sectors of `localgovsub` (en_lex.txt,
// the central bank and state firms GOVBUS: "President Erdogan criticised
// the central bank" TURGOVBUS; a state's officials criticise their own
// central bank, and a foreign one is named with its country).
func (s *sent) localGovSub(code string) bool {
	return len(code) > 6 && code[3:6] == "GOV" && s.lx.in("localgovsub", strings.ToLower(code[3:]))
}
