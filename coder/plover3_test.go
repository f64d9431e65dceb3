package coder

import "testing"

// TestPlover3PressFor: "pushing | pressing (hard) for X to …" insists on an
// outcome, a demand (10x; plover3.go pressFor, en_lex.txt plover3-pressfor),
// as the PLOVER GSR codes it; before, the appeal table made it 020.
// Controls: "urged X to", "pressed X to" (addressee first) stay appeals.
func TestPlover3PressFor(t *testing.T) {
	checkDatedCases(t, []datedCase{
		{"en", "1997-03-12", "Japan is pressing for North Korea to return Japanese citizens kidnapped by its agents, a spokesman said.", []string{"JPN>PRK:100"}},
		{"en", "2006-11-08", "Germany is pushing hard for Russia to guarantee gas supplies to Europe, a spokesman said.", []string{"DEU>RUS:100"}},
		{"en", "2006-11-08", "Germany is pushing for Russia to guarantee gas supplies to Europe, a spokesman said.", []string{"DEU>RUS:100"}},
		// controls
		{"en", "1997-03-12", "Japan urged North Korea to release Japanese citizens held by its agents, a spokesman said.", []string{"JPN>PRK:0253"}},
		{"en", "2006-11-08", "Germany pressed Russia to guarantee gas supplies to Europe, a spokesman said.", []string{"DEU>RUS:020"}},
	})
}
