package coder

import "testing"

// TestFrprec7Classes codes invented sentences for the classes of the
// frprec7 precision round (a judged sample of French bench news,
// probes/frprec7_judged.txt): armies taking prisoners or materiel, the end
// of an aid named inside a demand, a population's travel in statistics,
// police asking for papers, defending "l'Algérie française". Cases that must still code are kept next to
// each class.
func TestFrprec7Classes(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// taking prisoners or materiel is no occupation 192
		{"fr", "1995-03-01", "Les troupes allemandes se sont emparées de prisonniers et de matériel.", nil},
		// (a town taken is)
		{"fr", "1995-03-01", "Les troupes allemandes se sont emparées de la ville de Liège.", []string{"DEUMIL>BEL:192"}},
		// the end of an aid named inside a demand is no aid
		{"fr", "1995-03-01", "Le groupe exige la fin de l'aide française au Tchad.", nil},
		{"fr", "1995-03-01", "Le mouvement réclame l'arrêt de l'aide militaire américaine à Israël.", nil},
		// (aid granted is aid)
		{"fr", "1995-03-01", "La France a accordé une aide au Tchad.", []string{"FRA>TCD:070"}},
		// a population's travel in statistics is no visit
		{"fr", "1981-02-09", "Touristes suisses à l'étranger. L'Office fédéral suisse de la statistique a publié ses chiffres. Enfin 2 % de nos concitoyens se sont rendus en Australie.", nil},
		// (a minister's travel is)
		{"fr", "1995-03-01", "Le ministre belge s'est rendu en Australie.", []string{"BELGOV>AUS:042"}},
		// police asking for passports or papers make no appeal
		{"fr", "1995-03-01", "Les policiers ont demandé ses papiers au ministre tunisien.", nil},
		// (asking for aid is an appeal)
		{"fr", "1995-03-01", "Le président tunisien a demandé l'aide de la France.", []string{"TUNGOV>FRA:023"}},
		// defending "l'Algérie française" is a stance on a policy, no
		// verbal defence of the country
		{"fr", "1960-03-01", "Les députés gaullistes défendent l'Algérie française.", nil},
		// (defending a country is)
		{"fr", "1960-03-01", "Le ministre français a défendu l'Algérie contre ses critiques.", []string{"FRAGOV>DZA:052"}},
	})
}
