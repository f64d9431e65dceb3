package coder

import "testing"

// TestPairs9 checks the class the pairs9 round fixed from invented
// English/French wire pairs (probes/pairs9.tsv x001-x045): missiles or
// rockets fired « sur des villes de X » (fr_pairs9.txt), 194 to X, and
// « au moins N » killed in air or drone strikes, 195, with controls. Sentences are new variations, not the probe pairs.
func TestPairs9(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		{"fr", d, "La Russie a lancé des missiles sur les villes d'Ukraine.", []string{"RUS>UKR:194"}},
		{"fr", d, "L'armée russe a tiré des roquettes sur des localités de toute l'Ukraine.", []string{"RUSMIL>UKR:194"}},
		// the older line for a region of X keeps its target
		{"fr", d, "Le Hezbollah a tiré des roquettes sur des localités du nord d'Israël.", []string{"LBNREB>ISR:194"}},
		// FR: killed « au moins N » in air or drone strikes: 195 (fr_me.txt's
		// line without the quantity); another weapon keeps the generic 190
		{"fr", d, "L'armée soudanaise a tué au moins trente civils dans une frappe de drone au Darfour.", []string{"SDNMIL>SDNCVL:195"}},
		{"fr", d, "Les rebelles maliens ont tué au moins dix soldats maliens dans une embuscade.", []string{"MLIREB>MLIMIL:190"}},
	})
}
