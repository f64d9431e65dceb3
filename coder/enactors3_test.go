package coder

import "testing"

// enactors3 round (2026-11-27): English actor codes of wire sentences
// (actor/data/enactors3_en.txt, the igo-staff and national-body word sets,
// actor/enactors3.go, coder/enactors3.go, coder/data/en_enactors3.txt).
// Invented sentences, not the probes'.
func TestEnactors3(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// the verb's own object, not the actor a pattern word names in its
		// complement ("coup plotters", "hostage")
		// (sectors3: the code is 112, an accusation, CAMEO "accuse, not specified
		// below"; 111 came from en.txt's PETRARCH "&BLAME_P coup" CONDEMN line,
		// which took the word "coup" of the sheltered plotters; en_sectors3.txt)
		{"en", "2024-02-10", "The Malian junta accused Algerian authorities of sheltering coup plotters.", []string{"MLIGOV>DZAGOV:112"}},
		{"en", "2024-03-10", "Hamas accused Israel of blocking a hostage agreement.", []string{"PSEREBHMS>ISR:112"}},
		// "hit" is a participle: a capital hit by weather is no attacker,
		// one hit by missiles is the target
		{"en", "2025-07-02", "Baghdad was hit by a sandstorm that closed schools.", nil},
		{"en", "2024-04-20", "Kyiv was hit by Russian missiles.", []string{"RUSMIL>UKR:194"}},
		// an IGO's officials and spokespeople are the IGO; an NGO's or a
		// company's staff the organisation
		{"en", "2024-06-10", "A European Commission spokesman criticised Slovakia.", []string{"IGOEUREEC>SVK:111"}},
		{"en", "2024-06-10", "WHO officials criticised Israel.", []string{"IGOUNOHLHWHO>ISR:111"}},
		{"en", "2024-06-10", "ECOWAS officials criticised the Guinean junta.", []string{"IGOWAFWAS>GINGOV:111"}},
		{"en", "2024-06-10", "Amnesty researchers accused the Egyptian police of torture.", []string{"NGOHRIAMN>EGYCOP:1122"}},
		// a state's own security council
		{"en", "2024-06-10", "Russia's Security Council criticised Finland.", []string{"RUSGOV>FIN:111"}},
		{"en", "2024-06-10", "The Security Council criticised Sudan.", []string{"IGOUNO>SDN:111"}},
		// English demonyms and the Pentagon's head
		{"en", "2024-06-10", "Comorian police arrested a French journalist.", []string{"COMCOP>FRAMED:173"}},
		{"en", "2024-06-10", "An Ecuadoran court criticised the Mexican embassy.", []string{"ECUJUD>MEXGOV:111"}},
		{"en", "2024-03-10", "The Pentagon chief criticised China.", []string{"USAGOV>CHN:111"}},
		// spokespeople for a person, titles after a group's possessive
		{"en", "2024-06-10", "A spokesman for President Recep Tayyip Erdogan criticised Sweden.", []string{"TURGOV>SWE:111"}},
		{"en", "2025-01-10", "The Taliban's chief spokesman criticised Pakistan.", []string{"AFGGOV>PAK:111"}},
		{"en", "2024-05-10", "Hezbollah's military wing threatened Israel.", []string{"LBNREB>ISR:130"}},
		// criticising a body over its sanctions is 111 to that body;
		// denouncing sanctions against a third party stays PETRARCH's 053
		{"en", "2024-06-10", "Belarus criticised the European Union over the new sanctions.", []string{"BLR>IGOEUREEC:111"}},
		{"en", "2024-06-10", "Niger criticised the ECOWAS sanctions.", []string{"NER>IGOWAFWAS:111"}},
		{"en", "2024-06-10", "Russia denounced the sanctions against Cuba.", []string{"RUS>CUB:053"}},
		// surnames alone and spellings of 2022-2026 figures, by date
		{"en", "2025-03-10", "Sheinbaum criticised Canada.", []string{"MEXGOV>CAN:111"}},
		{"en", "2025-03-10", "Shaibani praised Qatar.", []string{"SYRGOV>QAT:051"}},
		{"en", "2024-01-10", "Winston Peters criticised China.", []string{"NZLGOV>CHN:111"}},
		{"en", "2024-05-10", "Yahya Al-Sinwar accused Egypt of lying.", []string{"PSEREBHMS>EGY:112"}},
	})
}
