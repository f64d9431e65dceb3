package coder

import "testing"

// TestPairs11 checks the classes the pairs11 round fixed from invented
// English/French wire pairs (probes/pairs11.tsv y001-y050): en_pairs11.txt,
// fr_pairs11.txt and the French passive after "été" without an agent
// (pairs11.go), with must-not controls. Sentences are new variations, not
// the probe pairs.
func TestPairs11(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// EN/FR: an appeal to silence the guns: 0256
		{"en", d, "The African Union urged Ethiopia's warring parties on Friday to silence their guns.", []string{"IGOAFRAFU>ETH:0256"}},
		{"fr", d, "L'Union africaine a exhorté vendredi l'armée éthiopienne à faire taire les armes.", []string{"IGOAFRAFU>ETHMIL:0256"}},
		// EN: a pact allowing each other's troops to train: no 080
		// (control; the probe's wording failed before)
		{"en", d, "Australia and Japan signed a defence pact allowing each other's troops to train on their soil.", []string{"AUS>JPN:057", "JPN>AUS:057"}},
		// EN: "stones" after "with": no 190 to the place
		{"en", d, "French police officers were attacked with fireworks and stones in Lyon overnight.", nil},
		// EN: winning a vote in parliament: no 060
		{"en", d, "The new prime minister took office after winning a confidence vote in parliament in Tokyo.", nil},
		// EN/FR: forces pushed or driven out of villages: 190
		{"en", d, "Ukrainian troops drove Russian forces out of three villages near Kupiansk.", []string{"UKRMIL>RUSMIL:190"}},
		{"fr", d, "Les troupes ukrainiennes ont chassé les forces russes de trois villages près de Koupiansk.", []string{"UKRMIL>RUSMIL:190"}},
		// EN: a withdrawal ordered: no demand on the place
		{"en", d, "The Russian defence minister ordered a withdrawal from the west bank of the river.", nil},
		// EN/FR: relations suspended with an embassy: 161
		{"en", d, "Venezuela paused relations with the Spanish embassy on Monday.", []string{"VEN>ESPGOV:161"}},
		{"fr", d, "Le Venezuela a suspendu lundi les relations avec l'ambassade d'Espagne.", []string{"VEN>ESPGOV:161"}},
		// EN: a reform criticised with an article: no target
		{"en", d, "The minister resigned after the ambassador criticised a judicial reform at a forum in Mexico City.", nil},
		// EN/FR: missiles fired into waters around X: 150, not 194
		{"en", d, "North Korea fired ballistic missiles into waters near Japan on Monday.", []string{"PRK>JPN:150"}},
		{"fr", d, "La Corée du Nord a tiré lundi des missiles balistiques dans les eaux près du Japon.", []string{"PRK>JPN:150"}},
		// EN: people sent to shelters: no aid (control)
		{"en", d, "Hezbollah fired dozens of rockets at Israel, sending thousands of people to shelters in Haifa.", []string{"LBNREB>ISR:194"}},
		// FR: praised for its act: 051; a bare greeting stays none
		{"fr", d, "Le président français a salué mardi la Suède pour son adhésion rapide à l'OTAN.", []string{"FRAGOV>SWE:051"}},
		{"fr", d, "Le président français a salué mardi la Pologne pour son soutien à l'Ukraine.", []string{"FRAGOV>POL:051"}},
		// FR: demanding that X stop: 1042
		{"fr", d, "La Russie a exigé que les Etats-Unis cessent leurs livraisons d'armes à Kiev.", []string{"RUS>USA:1042"}},
		// FR: a ceasefire proposal rejected: 1246
		{"fr", d, "Le Hamas a rejeté mardi les conditions d'Israël pour un cessez-le-feu.", []string{"PSEREBHMS>ISR:1246"}},
		// EN/FR: attacked with clubs or batons: 182
		{"en", d, "Settlers attacked Palestinian farmers with clubs near Nablus.", []string{"ISRCVL>PSEAGR:182"}},
		{"fr", d, "Des colons ont attaqué à coups de bâton des agriculteurs palestiniens près de Naplouse.", []string{"ISRCVL>PSEAGR:182"}},
		// FR: a passive after "été" without an agent: nothing; with an agent
		// the agent is the source (control)
		{"fr", d, "Des gendarmes ont été attaqués à coups de pierres à Marseille dans la nuit.", nil},
		{"fr", d, "Des gendarmes français ont été attaqués par des émeutiers à Marseille.", []string{"FRAOPP>FRACOP:175"}},
	})
}
