package coder

import "testing"

// par14en round (2026-11-27): invented English sentences for the classes of
// data/en_par14en.txt, the (par14en) lines of data/en_dyad.txt and
// en_par14en.go (adjPlaceObject, roleHeadBeforeName, eventAfterArticle,
// nounBeforeCoordVerb, bareNounAfterPrep). Must-not cases keep the
// neighbouring readings.
func TestEnPar14en(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// relief pledged: humanitarian (0333); a plain sum stays 0331
		{"en", "2023-02-07", "Japan pledged $5 million in flood relief to Pakistan.", []string{"JPN>PAK:0333"}},
		{"en", "2023-02-07", "Japan pledged $5 million to Pakistan.", []string{"JPN>PAK:0331"}},
		// ordered to cut embassy staff: 161, not a plain order 100
		{"en", "2023-07-26", "Latvia ordered Belarus to reduce its diplomatic staff in Riga.", []string{"LVA>BLR:161"}},
		// a denial of support is a denial of responsibility (016), as "denied supporting"
		{"en", "2025-02-22", "Uganda denied backing the M23 rebels.", []string{"UGA>CODREB:016"}},
		{"en", "2025-02-22", "Uganda denied supporting the M23 rebels.", []string{"UGA>CODREB:016"}},
		// expanding sanctions over a war threatens no one
		{"en", "2022-04-08", "Canada banned exports of luxury goods to Russia, expanding its sanctions over the war in Ukraine.", []string{"CAN>RUS:163"}},
		// "the southern city of X" after the verb names the target place
		{"en", "2023-06-11", "Russian forces shelled the southern city of Kherson on Sunday.", []string{"RUSMIL>UKR:194"}},
		{"en", "2023-06-11", "Russian forces shelled the eastern Ukrainian city of Kharkiv.", []string{"RUSMIL>UKR:194"}},
		// an ambassador summoned with his name in apposition: 110
		{"en", "2023-06-09", "Japan summoned the Chinese ambassador, Wu Jianghao, on Monday.", []string{"JPN>CHNGOV:110"}},
		{"en", "2023-06-09", "Japan summoned Chinese ambassador Wu Jianghao on Monday.", []string{"JPN>CHNGOV:110"}},
		// a visit as a noun shares no coordinated verb's object; verbs still do
		{"en", "2023-03-20", "The Indian prime minister arrived in Tokyo on Monday for a two-day official visit and held talks with the Japanese prime minister.", []string{"INDGOV>JPN:042", "INDGOV>JPNGOV:046", "JPNGOV>INDGOV:046"}},
		{"en", "2023-03-20", "Rebels attacked and killed three soldiers.", []string{"---REB>---MIL:190"}},
		// clashes after a preposition: the clause subject fights, not its object
		{"en", "2024-06-29", "The rebels captured the town of Bunagana on Saturday after clashes with Congolese troops.", []string{"CODREB>COD:192", "CODREB>CODMIL:190", "CODMIL>CODREB:190"}},
		// a visit "by X": X visits
		{"en", "2025-05-14", "The deal was worth billions, and it came during a visit to Riyadh by the French president.", []string{"FRAGOV>SAU:042"}},
		// an address to a legislature, as a phrase: 010 to it
		{"en", "2022-03-23", "The Ukrainian president thanked Canada during an address to the Canadian parliament.", []string{"UKRGOV>CAN:051", "UKRGOV>CANLEG:010"}},
		// retaliating with force against X: force is the means
		{"en", "2024-06-09", "North Korea threatened to retaliate with force against Japan.", []string{"PRK>JPN:1384"}},
	})
}
