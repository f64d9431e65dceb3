package coder

import "testing"

// TestLead5EnterTerritory: French armed forces that « sont entrées en /
// dans » a place of another state occupy territory (192), as « ont pénétré
// dans » and English "entered" (lead4); the preposition « entre » stays a
// preposition (fr_lex.txt noverbform), and other subjects are no
// occupation.
func TestLead5EnterTerritory(t *testing.T) {
	const d = "2017-01-20"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Des troupes ouest-africaines sont entrées en Gambie pour contraindre le président à quitter le pouvoir.", []string{"WAFMIL>GMB:192"}},
		{"fr", d, "L'armée russe est entrée en Ukraine le 24 février.", []string{"RUSMIL>UKR:192"}},
		{"fr", d, "La Finlande est entrée dans l'OTAN.", nil},
		{"fr", d, "Les pourparlers entre la Russie et l'Ukraine ont été suspendus.", nil},
		// the verb of « l'entrée en guerre contre X » (fr_frpat2.txt's noun line)
		{"fr", "2003-03-20", "Les États-Unis sont entrés en guerre contre l'Irak.", []string{"USA>IRQ:190"}},
		{"fr", d, "Les négociations entre Israël et le Hamas ont repris au Caire.", []string{"ISR>PSEREBHMS:046", "PSEREBHMS>ISR:046"}},
	})
}
