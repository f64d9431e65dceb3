package coder

import "testing"

// TestFrheld3 checks the classes the frheld3 round fixed from the spent
// French HELD-BACK batches of finished rounds (fr_frheld3.txt, the
// coordinated genitive member of frheld3.go, the RSF paramilitaries of
// actor/data/orgs2026_fr.txt), with must-not controls. Sentences are new
// variations, not the probe lines.
func TestFrheld3(t *testing.T) {
	const d = "2024-06-01"
	checkDatedCases(t, []datedCase{
		// accused of a military act of hostility: 1123
		{"fr", d, "Le Venezuela a accusé la Colombie d'avoir frappé un poste frontière.", []string{"VEN>COL:1123"}},
		{"fr", d, "Bakou a accusé l'Arménie d'avoir pilonné des villages du Nakhitchevan.", []string{"AZE>ARM:1123"}},
		// controls: a plane shot down, a dam blown up stay 112 (earlier rounds)
		{"fr", d, "Bakou a accusé l'Arménie d'avoir abattu un hélicoptère militaire.", []string{"AZE>ARM:112"}},
		{"fr", d, "Kiev a accusé Moscou d'avoir fait sauter un pont sur le Dniepr.", []string{"UKR>RUS:112"}},
		// control: the police beating protesters is no aggression
		{"fr", d, "Human Rights Watch accuse la police kényane d'avoir frappé des étudiants.", []string{"NGOHRI>KENCOP:112"}},
		// control: "la direction d'Airbus" is no person's role
		{"fr", d, "Les discussions entre les syndicats et la direction de Renault ont échoué.", nil},
		// control: "et des manifestants" is no genitive member
		{"fr", d, "Des heurts ont opposé la police et des manifestants.", nil},
		{"fr", d, "La présidente moldave a accusé la Russie de vouloir détruire son pays.", []string{"MDAGOV>RUS:1123"}},
		// controls: a domestic opponent accused of ruining the economy stays 112
		{"fr", d, "Le ministre hongrois a accusé l'opposition de vouloir détruire l'économie du pays.", []string{"HUNGOV>HUNOPP:112"}},
		// rockets and drones fired at the towns of a demonym: the country
		{"fr", d, "Le Hezbollah a tiré des dizaines de roquettes sur les localités israéliennes.", []string{"LBNREB>ISR:194"}},
		{"fr", d, "La Russie a lancé une centaine de drones contre plusieurs villes ukrainiennes.", []string{"RUS>UKR:195"}},
		{"fr", d, "L'armée russe a multiplié ses frappes aériennes contre les villes syriennes.", []string{"RUSMIL>SYR:195"}},
		// halting military operations: announced 0871, ordered 087
		{"fr", d, "Le Premier ministre israélien a annoncé l'arrêt des opérations militaires au Liban.", []string{"ISRGOV>LBN:0871"}},
		{"fr", "2008-08-12", "Le président russe a ordonné la fin des opérations militaires en Géorgie.", []string{"RUSGOV>GEO:087"}},
		// « s'entretenir » with long adjuncts before « avec »: reciprocal
		{"fr", d, "Le chancelier allemand s'est entretenu jeudi pour la deuxième fois au téléphone avec le président chinois.", []string{"DEUGOV>CHNGOV:041", "CHNGOV>DEUGOV:041"}},
		{"fr", d, "Le président kényan s'est entretenu lundi pendant plus d'une heure à Nairobi avec le Premier ministre éthiopien.", []string{"KENGOV>ETHGOV:040", "ETHGOV>KENGOV:040"}},
		// a sum of money asked of X: 0231
		{"fr", d, "Le gouvernement pakistanais a demandé au FMI trois milliards de dollars.", []string{"PAKGOV>IGOBUSIMF:0231"}},
		// a decision criticised: its maker is the target
		{"fr", d, "Le gouvernement irlandais a condamné une mesure prise par le gouvernement britannique.", []string{"IRLGOV>GBRGOV:111"}},
		// coordinated genitive member: a role noun's owner, or the elided noun's
		{"fr", d, "La CPI a émis des mandats d'arrêt contre le ministre israélien de la Défense et le chef du Hamas.", []string{"IGOJUD>ISRGOV:173", "IGOJUD>PSEREBHMS:173"}},
		{"fr", d, "Le Qatar a condamné les frappes des forces israéliennes et du Hezbollah.", []string{"QAT>ISRMIL:111", "QAT>LBNREB:111"}},
		// investigating the acts of X: 090 to X
		{"fr", d, "Washington enquête sur les exportations de la Chine vers la Russie.", []string{"USA>CHN:090"}},
		// a decree withdrawing a state from an organisation: 160
		{"fr", "2025-02-05", "Le président américain a signé un décret retirant son pays de l'Organisation mondiale de la santé.", []string{"USAGOV>IGOUNOHLHWHO:160"}},
		// the Sudanese paramilitaries named with their group
		{"fr", d, "Les paramilitaires soudanais des Forces de soutien rapide ont attaqué la ville d'El-Facher.", []string{"SDNREB>SDN:190"}},
	})
}
