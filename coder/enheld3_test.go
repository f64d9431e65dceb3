package coder

import "testing"

// enheld3 round (2026-11-27): invented English sentences for the classes of
// coder/enheld3.go and data/en_enheld3.txt.
func TestEnheld3(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// an appeal not to use force is an appeal for de-escalation, not negated
		{"en", "2024-03-12", "The French president urged Russia not to attack Moldova.", []string{"FRAGOV>RUS:0256"}},
		// an appeal not to do another act is a plain appeal
		{"en", "2024-03-12", "Germany urged Serbia not to sign the agreement with Moscow.", []string{"DEU>SRB:020"}},
		// appeals to avoid or refrain from attacks or war
		{"en", "2024-03-12", "The UN urged Azerbaijan to refrain from attacks on Armenian villages.", []string{"IGOUNO>AZE:0256"}},
		// military withdrawals named by the ground left, under a demand
		{"en", "2024-03-12", "The African Union demanded that the rebels withdraw from the positions they hold near Goma.", []string{"IGOAFRAFU>CODREB:1056"}},
		// appeals for military equipment
		{"en", "2024-03-12", "Niger asked Turkey for military equipment to fight jihadists.", []string{"NER>TUR:0232"}},
		// accusations of war crimes named by their means
		{"en", "2024-03-12", "Amnesty International accused Russia of using Ukrainian prisoners as human shields.", []string{"NGOHRIAMN>RUS:1124"}},
		// a protest against a decision right after the verb: policy change
		{"en", "2024-03-12", "Thousands of Kenyan teachers protested against the government's decision to cut school budgets.", []string{"KENEDU>KENGOV:1412"}},
		// a verbal act coordinated after "and" takes the earlier verb's target
		{"en", "2024-03-12", "The Dutch prime minister praised Ghana's reforms and promised more economic aid.", []string{"NLDGOV>GHA:051", "NLDGOV>GHA:0331"}},
		// not a material act: the prison attacked is not the inmates' releaser
		{"en", "2024-03-12", "Gunmen attacked a prison in Port-au-Prince and freed hundreds of inmates.", nil}, // lead4: unknown perpetrators are no source (CODING.md; was HTIREB>HTICOP:190)
	})
}
