package coder

import "testing"

// framesen round (2026-11-27): English frames (coder/data/en_framesen.txt,
// emit.go partnerTarget, struct_en.go subordClause, match.go words stop at a
// subordinate clause). Invented sentences, not the probes'.
func TestFramesenEnglish(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// nominal events with a possessive author
		{"en", "2024-03-12", "Japan's meeting with the Philippine government ended without a statement.", []string{"JPN>PHLGOV:040", "PHLGOV>JPN:040"}},
		{"en", "2024-03-12", "Armenia's agreement with Azerbaijan was welcomed in Brussels.", []string{"ARM>AZE:057", "AZE>ARM:057"}},
		{"en", "2024-03-12", "Pakistan's apology to Afghanistan surprised observers.", []string{"PAK>AFG:055"}},
		// the passive of a support verb with the event noun as subject
		{"en", "2024-03-12", "Air strikes were launched against Hezbollah by Israeli jets.", []string{"ISRMIL>LBNREB:195"}},
		{"en", "2024-03-12", "Humanitarian aid was delivered to Sudan by Egypt.", []string{"EGY>SDN:073"}},
		// coordinated subjects meeting a third party each meet it
		{"en", "2024-03-12", "Norway and Sweden met with the African Union.", []string{"NOR>IGOAFRAFU:040", "SWE>IGOAFRAFU:040", "IGOAFRAFU>NOR:040", "IGOAFRAFU>SWE:040"}},
		{"en", "2024-03-12", "Humanitarian aid has been sent to Chad by Qatar.", []string{"QAT>TCD:073"}},
		// a subordinate clause whose subject carries a prepositional phrase
		{"en", "2024-03-12", "Egypt met with Sudan after fighting in Khartoum intensified.", []string{"EGY>SDN:040", "SDN>EGY:040"}},
		{"en", "2024-03-12", "Egypt met with Sudan after talks in Jeddah broke down.", []string{"EGY>SDN:040", "SDN>EGY:040"}},
		// its words are no words of the main verb's pattern ("*attack talks", verbal)
		{"en", "2024-03-12", "Israeli troops attacked Hezbollah after talks in Cairo stalled.", []string{"ISRMIL>LBNREB:190"}},
		// a subordinate clause whose subject is a plain noun: its verb has no actor subject
		{"en", "2024-03-12", "Chad met with Niger after fighting broke out in Darfur.", []string{"TCD>NER:040", "NER>TCD:040"}},
		{"en", "2024-03-12", "Sri Lanka once again rejected an Indian proposal.", []string{"LKA>IND:120"}},
		// a country after a preposition of place shares no noun of a nationality after "and"
		{"en", "2024-03-12", "Brazil praised the police in Chile and French officials.", []string{"BRA>CHLCOP:051", "BRA>FRAGOV:051"}},
		// "deal" as a verb is no agreement
		{"en", "2024-03-12", "Spain said it would deal with Morocco later.", nil},
	})
}
