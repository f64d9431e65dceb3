package coder

import "testing"

// TestRefusalTargetFrench: a French refusal pattern that ends with its
// complementiser (« refuser de ») takes the refused act's target, as
// English "refused to" does (governorTargets). Controls: an act refused
// without an actor, and a refusal that has its own code (125).
func TestRefusalTargetFrench(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le Brésil a refusé de condamner l'Iran.", []string{"BRA>IRN:120"}},
		{"en", d, "Brazil refused to condemn Iran.", []string{"BRA>IRN:120"}},
		{"fr", d, "Le Brésil a refusé de commenter la décision.", nil},
		{"fr", d, "Le Brésil a refusé de rencontrer le président iranien.", []string{"BRA>IRNGOV:125"}},
	})
}
