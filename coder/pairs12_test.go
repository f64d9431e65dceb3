package coder

import "testing"

// TestPairs12 checks the classes the pairs12 round fixed from invented
// English/French wire pairs (probes/pairs12.tsv v001-v040): pattern lines
// (fr_pairs12.txt), with must-not controls. Sentences are new variations,
// not the probe pairs.
func TestPairs12(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// FR: suspending the « discussions » on relations with X: 164
		{"fr", d, "Le Maroc a suspendu les négociations sur le rétablissement de ses relations avec l'Algérie.", []string{"MAR>DZA:164"}},
		{"fr", d, "Le gouvernement turc a gelé les discussions sur une normalisation de ses relations avec la Syrie.", []string{"TURGOV>SYR:164"}},
		// controls: « prendre » (surprise, a decision) stays nothing
		{"fr", d, "Le gouvernement français a pris Berlin de court avec cette annonce.", nil},
		{"fr", d, "La Russie a pris l'Ukraine au dépourvu.", nil},
		{"fr", d, "Le ministre a pris une décision contre l'avis de la Commission européenne.", nil},
	})
}
