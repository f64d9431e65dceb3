package coder

import "testing"

// TestPairs6 checks the classes the pairs6 round fixed from invented
// English/French wire pairs (probes/pairs6.tsv s001-s090): the language
// whose events differed from its twin's and from the CAMEO 1.1b3 codebook
// or CODING.md, fixed by pattern lines (en_pairs6.txt, fr_pairs6.txt), word
// sets (fr_lex.txt framelead, actor wordsets.txt country-only), actor
// entries (actor/data/pairs6*.txt, orgs.txt) and three small Go rules
// (nominal.go purposeSubject, emit.go political prisoners, actor/stage.go
// ofListRole), with must-not controls. Sentences are new variations, not
// the probe pairs.
func TestPairs6(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// FR: accused of discriminating, persecuting: 1122
		{"fr", d, "Le gouvernement roumain a accusé la Russie de persécuter les journalistes.", []string{"ROUGOV>RUS:1122"}},
		// FR: an offer of talks turned down is 125; a plain offer stays 120
		{"fr", d, "Le Venezuela a rejeté l'offre de négociations de la Guyana.", []string{"VEN>GUY:125"}},
		// FR: entry refused to observers of an IGO is 1245; to a person, 163
		{"fr", d, "L'Iran a refusé l'entrée sur son territoire aux inspecteurs de l'AIEA.", []string{"IRN>IGOUNOIAE:1245"}},
		// FR: a place hit « à coups de missiles » is 194
		{"fr", d, "L'armée russe a pilonné Kharkiv à coups de missiles.", []string{"RUSMIL>UKR:194"}},
		// FR: sanctions « infligées » in the passive, with their agent
		{"fr", d, "Des sanctions ont été infligées à l'Iran par les Etats-Unis.", []string{"USA>IRN:163"}},
		// FR: weapons asked of X after the dative: 0232
		{"fr", d, "Le ministre ukrainien de la Défense a demandé à l'Allemagne davantage de munitions.", []string{"UKRGOV>DEU:0232"}},
		// FR: « lors d'une visite à X », « pendant sa visite à X »: the
		// clause's subject visits X (042); a participle on the way is skipped
		{"fr", d, "Le président kényan a remercié la Chine pour son aide lors d'une visite à Pékin.", []string{"KENGOV>CHN:051", "KENGOV>CHN:042"}},
		{"fr", d, "La ministre allemande a salué les efforts menés par la Jordanie pendant sa visite à Amman.", []string{"DEUGOV>JOR:051", "DEUGOV>JOR:042"}},
		// FR: interference « dans les affaires de X »: X is no target;
		// an interferer named after « ingérence » is
		{"fr", d, "Le président iranien a dénoncé une ingérence dans les affaires intérieures de l'Irak.", nil},
		{"fr", d, "Ankara a dénoncé une ingérence de la Grèce dans les affaires de Chypre.", []string{"TUR>GRC:111"}},
		// FR: political prisoners released by a state are its own (OPP);
		// hostages keep no country
		{"fr", d, "L'Iran a libéré samedi huit prisonniers politiques.", []string{"IRN>IRNOPP:0841"}},
		// FR: homes of a people are a civilian facility (CVL)
		{"fr", d, "Des colons israéliens ont incendié des maisons palestiniennes.", []string{"ISRCVL>PSECVL:1712"}},
		// FR: soldiers in power govern
		{"fr", d, "Les militaires au pouvoir au Burkina Faso ont expulsé trois diplomates français.", []string{"BFAGOV>FRAGOV:161"}},
		// FR and EN: staff of an IGO ordered to leave the country: 166
		{"fr", d, "Le Burundi a sommé le Haut-Commissariat aux droits de l'homme de quitter le pays.", []string{"BDI>IGOUNOHRIHCH:166"}},
		{"en", d, "Burundi ordered the UN human rights office to leave the country.", []string{"BDI>IGOUNOHRIHCH:166"}},
		// EN: warning that one would reimpose sanctions: 1312 to the one warned
		{"en", d, "The United States warned Venezuela that it would reimpose oil sanctions.", []string{"USA>VEN:1312"}},
		// EN: a strike that hits a port is 195
		{"en", d, "Israeli strikes hit the port of Hodeidah on Sunday.", []string{"ISR>YEM:195"}},
		// EN: a plural role over a list of countries with articles
		{"en", d, "The foreign ministers of Egypt, the United Arab Emirates and Jordan met in Cairo.", []string{"EGYGOV>AREGOV:040", "AREGOV>EGYGOV:040", "EGYGOV>JORGOV:040", "JORGOV>EGYGOV:040", "AREGOV>JORGOV:040", "JORGOV>AREGOV:040"}},
		// actors: Japan's Diet is its legislature
		{"en", d, "The Japanese prime minister told the National Diet that the economy was recovering.", []string{"JPNGOV>JPNLEG:010"}},
	})
}
