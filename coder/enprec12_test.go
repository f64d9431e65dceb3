package coder

import "testing"

// enprec12 round (2026-11-27): invented English wire sentences for the
// classes of enprec12.go (unknownMeetersVenue, plainHeadPlaceSubject), actor/enprec12.go (possessedBody), the
// groups.txt line for the National Liberation Army, en_enprec12.txt
// (deliveries of weapons sped up, a document "released") and `probably`
// in en_lex.txt's enprec11-speculation list. Must-not cases keep the
// neighbouring readings.
func TestEnPrec12(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// leaders of unknown country meeting at a place meet one another
		{"en", "2024-03-12", "Regional leaders met in Jamaica on Monday to discuss the crisis.", nil},
		{"en", "2024-03-12", "Polish Prime Minister Donald Tusk met Lithuanian President Gitanas Nauseda in Vilnius on Tuesday.", []string{"POLGOV>LTUGOV:040", "LTUGOV>POLGOV:040"}},
		// a plain noun opening the sentence: the places after its prepositions are no subject
		{"en", "2024-03-12", "An explosion at a fuel depot on the outskirts of Luanda killed four workers on Tuesday.", nil},
		{"en", "2024-03-12", "Police in Luanda arrested four workers on Tuesday.", []string{"AGOCOP>AGOLAB:173"}},
		{"en", "2024-03-12", "The strategic town of Chasiv Yar was shelled by Russian artillery on Monday.", []string{"RUSMIL>UKR:194"}},
		{"en", "2024-03-12", "Thousands of Senegalese protested in Dakar against President Macky Sall's decision.", []string{"SEN>SENGOV:141"}},
		// the head of a body named after a country's possessive is the body's
		{"en", "2024-03-12", "The European Union imposed sanctions on leaders of Yemen's Houthi rebels on Tuesday.", []string{"IGOEUREEC>YEMREB:163"}},
		{"en", "2024-03-12", "The European Union imposed sanctions on the leaders of Yemen on Tuesday.", []string{"IGOEUREEC>YEMGOV:163"}},
		// Colombia's ELN by its English name
		{"en", "2024-03-12", "Colombian soldiers clashed with rebels of the National Liberation Army in Arauca on Tuesday.", []string{"COLMIL>COLREB:190", "COLREB>COLMIL:190"}},
		// speeding up deliveries of weapons: 072, urged 0232
		{"en", "2024-03-12", "Zelensky urged the Netherlands on Tuesday to speed up deliveries of F-16 fighter jets.", []string{"UKRGOV>NLD:0232"}},
		{"en", "2024-03-12", "Germany sped up deliveries of artillery shells to Ukraine.", []string{"DEU>UKR:072"}},
		// a report released frees no one; hostages released are freed
		{"en", "2024-03-12", "A U.S. intelligence report released on Tuesday said Russia's military was short of shells.", nil},
		{"en", "2024-03-12", "Hamas released three Israeli hostages on Tuesday.", []string{"PSEREBHMS>ISRCVL:0841"}},
		// "would probably": a forecast, no act
		{"en", "2024-03-12", "Analysts said Russia's military would probably seize more territory in Ukraine this year.", nil},
	})
}
