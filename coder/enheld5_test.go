package coder

import "testing"

// TestEnheld5 checks the classes the enheld5 round fixed from the held-back
// batches of earlier English rounds (par13en-par16en, oldwire, pairs10,
// sectors3): combat readiness 152, refused meeting requests 125, stepped-up
// air attacks 195, suspended strikes 087, suspects handed over 063, captured
// soldiers 181, a year after an article, a dated demonym before an agent;
// with must-not controls. Sentences are new variations, not the probes.
func TestEnheld5(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// an army put on combat readiness or alert: 152
		{"en", d, "Armenia put its armed forces on full combat readiness over tensions with Azerbaijan.", []string{"ARM>AZE:152"}},
		{"en", d, "India placed its troops on high alert along the border with Pakistan.", []string{"IND>PAK:152"}},
		// control: putting a proposal forward is no alert
		{"en", d, "Serbia put its economy on a path to recovery.", nil},
		// a request or invitation for a meeting declined or turned down: 125
		{"en", d, "The Turkish president declined an invitation from the Greek prime minister for talks in Athens.", []string{"TURGOV>GRCGOV:125"}},
		// control: a request for aid declined stays 123/120, not 125
		// (1222 since par17en's refused weapons requests, merged the same day: the more
		// specific code, CAMEO "refuse request for military aid")
		{"en", d, "Hungary declined a request from Ukraine for weapons.", []string{"HUN>UKR:1222"}},
		// air or drone attacks stepped up on X: 195
		{"en", d, "Russia intensified its drone attacks on Ukraine's energy facilities.", []string{"RUS>UKR:195"}},
		// control: stepped-up pressure stays 100-class (not 195)
		{"en", d, "The United States stepped up pressure on Venezuela.", []string{"USA>VEN:100"}},
		// air strikes suspended or a suspension of operations announced: 087
		{"en", d, "Israel paused its air strikes against Hezbollah on Sunday.", []string{"ISR>LBNREB:087"}},
		{"en", d, "Turkey announced a suspension of military operations against Kurdish fighters in Syria.", []string{"TUR>SYRREB:087"}},
		// control: a labour strike suspended stays 082
		{"en", d, "The French unions suspended their strike at the refineries.", nil},
		// a suspect handed over "to X" before the object, or to a court: 063
		{"en", d, "Kenya handed over to Rwanda a fugitive wanted for genocide.", []string{"KEN>RWA:063"}},
		{"en", "2011-06-01", "Serbia handed former army chief Ratko Mladic over to the U.N. war crimes tribunal.", []string{"SRB>IGOUNOJUDWCT:063"}},
		// control: weapons handed over to a state are aid, not 063
		{"en", d, "Germany handed over two air defence systems to Ukraine.", []string{"DEU>UKR:072"}},
		// soldiers of another state captured in a fight: 181 (own nationals
		// or criminals captured by state forces stay 173)
		{"en", d, "Russian forces captured dozens of Ukrainian soldiers near the town of Pokrovsk.", []string{"RUSMIL>UKRMIL:181"}},
		{"en", d, "Israeli troops captured three Lebanese soldiers.", []string{"ISRMIL>LBNMIL:181"}},
		{"en", d, "Colombian police captured three gang leaders in Medellin.", []string{"COLCOP>COLCRM:173"}},
		// control: a town captured stays 192
		{"en", d, "Sudanese troops captured the town of Wad Madani from the paramilitaries.", []string{"SDNMIL>SDN:192"}},
		// a year or count after an article: the next word is a noun
		{"en", d, "Pakistan handed over to Britain a suspect in the 2005 bombing of a London bus.", []string{"PAK>GBR:063"}},
		{"en", d, "Survivors of the 1994 killings in Rwanda met the Belgian king.", []string{"RWACVL>BELGOV:040", "BELGOV>RWACVL:040"}},
		// a dated demonym before an agent takes the code of the date
		{"en", "1999-05-02", "Yugoslav troops shelled Albanian border villages on Sunday.", []string{"SCGMIL>ALBCVL:194"}},
		// aid doubled or increased to X: 071/072/073; vowed: 033x
		{"en", d, "Britain pledged to triple its humanitarian aid to Sudan.", []string{"GBR>SDN:0333"}},
		{"en", d, "Japan increased its economic assistance to the Philippines.", []string{"JPN>PHL:071"}},
		// control: support for a reform boosted names no recipient
		{"en", d, "Germany boosted its support for the reform.", nil},
		// accused of aggressive manoeuvres 1123
		{"en", d, "Taiwan accused China of aggressive manoeuvres near the island.", []string{"TWN>CHN:1123"}},
	})
}
