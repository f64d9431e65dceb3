package coder

import "testing"

// TestPairs8 checks the classes the pairs8 round fixed from invented
// English/French wire pairs (probes/pairs8.tsv w001-w065): pattern lines
// (en_pairs8.txt, fr_pairs8.txt) and the president-elect actors
// (actor/data/pairs8.txt, pairs8_fr.txt), with must-not controls.
// Sentences are new variations, not the probe pairs.
func TestPairs8(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// FR: martial law declared, 1724 on the source's country
		{"fr", d, "Le président arménien a déclaré la loi martiale dans le pays.", []string{"ARMGOV>ARM:1724"}},
		// FR: a diplomat ordered to leave the country: 161
		{"fr", d, "Le Mali a sommé l'ambassadeur de Suède de quitter le territoire.", []string{"MLI>SWEGOV:161"}},
		{"fr", d, "Le Niger a ordonné au consul français de quitter le pays.", []string{"NER>FRAGOV:161"}},
		// FR: an appeal for help launched to X: 023
		{"fr", d, "Le gouvernement libyen a lancé un appel à l'aide à l'Union européenne.", []string{"LBYGOV>IGOEUREEC:023"}},
		// FR: X's customs duties denounced: 111 to X
		{"fr", d, "Le gouvernement canadien a dénoncé les droits de douane des Etats-Unis sur l'acier.", []string{"CANGOV>USA:111"}},
		// FR: demanding of X that it release: 1053 (no embedded release)
		{"fr", d, "La France a exigé de l'Iran qu'il libère ses ressortissants.", []string{"FRA>IRN:1053"}},
		// EN and FR: a court ordering X to halt military operations: 1056
		{"en", d, "The International Court of Justice ordered Israel to halt its military offensive in Rafah.", []string{"IGOUNOJUDICJ>ISR:1056"}},
		{"fr", d, "La Cour internationale de justice a ordonné à Israël de cesser ses opérations militaires à Rafah.", []string{"IGOUNOJUDICJ>ISR:1056"}},
		{"en", d, "The judge ordered the newspaper to suspend publication.", []string{"---JUD>---MED:1721"}},
		// FR: a peace plan put forward for a conflict: 027
		{"fr", d, "Le Brésil a présenté un plan de paix pour le Soudan.", []string{"BRA>SDN:027"}},
		// FR: troops surrounding a building: 150; rebels keep 190
		{"fr", d, "Des soldats guinéens ont encerclé le palais présidentiel à Conakry.", []string{"GINMIL>GINGOV:150"}},
		{"fr", d, "Les rebelles ont encerclé le camp de l'armée malienne.", []string{"MLIREB>MLIMIL:190"}},
		// EN: accusing a state of carrying out an attack: 1123; militants 112
		{"en", d, "Pakistan accused India of launching a missile attack on its territory.", []string{"PAK>IND:1123"}},
		{"en", d, "Mali accused Algerian-based militants of the attack.", []string{"MLI>DZAREB:112"}},
		// EN: the resignation of one's own government submitted: nothing
		{"en", d, "The Haitian prime minister submitted the resignation of his cabinet.", nil},
		// FR: strikes launched on sites or targets named by an adjective:
		// 195 (fr.txt's convention for « frappes »)
		{"fr", d, "Les Etats-Unis ont lancé des frappes contre des installations iraniennes.", []string{"USA>IRN:195"}},
		// EN and FR: a president-elect is ELI
		{"en", "2024-12-10", "The Canadian prime minister met the US president-elect in Florida.", []string{"CANGOV>USAELI:040", "USAELI>CANGOV:040"}},
		{"fr", "2024-12-10", "Le Premier ministre canadien a critiqué le président élu américain.", []string{"CANGOV>USAELI:111"}},
	})
}
