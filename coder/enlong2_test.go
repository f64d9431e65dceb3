package coder

import "testing"

// TestEnlong2 codes invented English wire sentences of the enlong2 round
// (enlong2.go, the enlong2 lists of data/en_lex.txt) and requires exactly
// their events. None is a probe line; each failed before the round.
func TestEnlong2(t *testing.T) {
	d := "2024-03-12"
	checkDatedCases(t, []datedCase{
		// a whole earlier month in a relative clause is background
		{"en", d, "Peru's foreign minister, who travelled to Beijing last month, met his Chilean counterpart in Lima on Tuesday.", []string{"PERGOV>CHLGOV:040", "CHLGOV>PERGOV:040"}},
		// a conjunction ("weeks after") and a relative after a comma keep
		// every verb up to the next comma in their clause
		{"en", d, "Togo's president met Ghana's president in Accra on Tuesday, weeks after the Malian junta announced it would quit the regional bloc ECOWAS.", []string{"TGOGOV>GHAGOV:040", "GHAGOV>TGOGOV:040"}},
		{"en", d, "Moldova's president, who has accused Moscow of plotting to topple her government, met Romania's president in Bucharest on Tuesday.", []string{"MDAGOV>ROUGOV:040", "ROUGOV>MDAGOV:040"}},
		// the means of an alleged act is alleged too
		{"en", d, "Niger's junta accused Benin on Tuesday of meddling in its affairs by hosting French troops.", []string{"NERGOV>BEN:112"}},
		// a standing state in a present-tense relative clause
		{"en", d, "Serbian President Aleksandar Vucic, whose government refuses to recognise Kosovo's statehood, criticised the European Union on Tuesday.", []string{"SRBGOV>IGOEUREEC:111"}},
		// "where" + present perfect
		{"en", d, "Indonesia's president, on a visit to Vietnam, met Vietnamese leaders in Hanoi on Tuesday to discuss the South China Sea, where Chinese ships have repeatedly harassed fishermen.", []string{"IDNGOV>VNM:042", "IDNGOV>VNMGOV:040", "VNMGOV>IDNGOV:040"}},
		// what is met "to discuss" is a topic
		{"en", d, "Kenya's president met Somalia's president in Nairobi on Tuesday to discuss support for Mogadishu's army.", []string{"KENGOV>SOMGOV:040", "SOMGOV>KENGOV:040"}},
		// a date of another comma stretch does not date the clause
		{"en", d, "Japan and the United States began joint drills on Monday with more ships than last year, as China warned Japan against provocations.", []string{"JPN>USA:062", "USA>JPN:062", "CHN>JPN:130"}},
		// "said ... that X": X opens the reported clause, no inverted subject
		{"en", d, "Lithuania's president, in a letter seen by Reuters, said on Tuesday that Russia was a threat and called on NATO to deploy more troops.", []string{"LTUGOV>IGOWSTNAT:020"}},
	})
}
