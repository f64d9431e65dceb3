package coder

import "testing"

// par11en round (2026-11-27): invented English sentences for the class of
// data/en_par11en.txt.
func TestEnPar11en(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// troops mobilised on one's border with X: a mobilisation against X (154)
		{"en", "2024-03-12", "Russia mobilised troops along its border with Finland.", []string{"RUS>FIN:154"}},
		{"en", "2024-03-12", "Armenia mobilized reservists near the border with Azerbaijan.", []string{"ARM>AZE:154"}},
	})
}
