package coder

import "testing"

// TestThreatenArrest: a threat to arrest or imprison is CAMEO 137 (threaten
// with repression: "threats to imprison ... are coded here"), through the
// intent table's "intent 173 137" line, in both languages.
func TestThreatenArrest(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "The Egyptian government threatened to arrest opposition leaders.", []string{"EGYGOV>EGYOPP:137"}, []string{"EGYGOV>EGYOPP:130"}},
		{"fr", "Le gouvernement égyptien a menacé d'arrêter les dirigeants de l'opposition.", []string{"EGYGOV>EGYOPP:137"}, []string{"EGYGOV>EGYOPP:130"}},
	})
}
