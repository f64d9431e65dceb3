package coder

import "testing"

// par15en round (2026-11-27): invented English sentences for the classes of
// data/en_par15en.txt.
func TestEnPar15en(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// inspectors barred or banned: 1662 (was the plain "bar" 172)
		{"en", "2023-09-16", "Iran banned two IAEA inspectors from the country.", []string{"IRN>IGOUNOIAE:1662"}},
		// an appeal "by X" for elections rejected: 123 to X (was 120)
		{"en", "2024-11-05", "The Serbian government rejected a call by the opposition for early elections.", []string{"SRBGOV>SRBOPP:123"}},
		// a that-clause's subject is the demand's target
		{"en", "2023-02-10", "Georgia demanded that Russia withdraw its troops from Abkhazia.", []string{"GEO>RUS:1056"}},
		// results of a vote held by X rejected: 120 to X
		{"en", "2022-09-27", "Poland rejected the results of the referendums staged by Russia.", []string{"POL>RUS:120"}},
	})
}
