package coder

import "testing"

// TestEnwire5 codes invented English wire sentences of the enwire5 round
// (data/en_enwire5.txt, the enwire5 lines of data/transform.txt, enwire5.go,
// the guard units of actor/data/agents_en_dyad.txt) and requires exactly
// their events. None is a probe line.
func TestEnwire5(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a state named alone or its government that bombs uses aerial weapons (195)
		{"en", "2024-03-12", "The Pentagon said the United States had bombed two weapons depots in eastern Syria.", []string{"USA>SYR:195"}},
		{"en", "2024-03-12", "The Yemeni government bombed Houthi positions near Marib.", []string{"YEMGOV>YEMREB:195"}},
		// insurgents' bombs are no aerial weapons
		{"en", "2024-03-12", "Rebels bombed a bus station in Kabul.", []string{"AFGREB>AFG:190"}},
		// guard units of a head of state are soldiers
		{"en", "2021-09-06", "Guinea's presidential guard arrested President Alpha Conde on Sunday.", []string{"GINMIL>GINGOV:173"}},
		// a protest whose purpose is a demand takes the demand's target
		{"en", "2024-03-12", "Thousands of people marched in Bamako to demand the withdrawal of UN peacekeepers.", []string{"MLICVL>IGOUNO:141"}},
		// a protest with only a place stays with its place's country
		{"en", "2024-03-12", "Thousands of people marched in Bamako on Friday.", []string{"MLICVL>MLI:141"}},
		// aid paused or stopped by kind (162x), not given (07x)
		{"en", "2024-03-12", "Washington paused all economic aid to Niger after the coup.", []string{"USA>NER:1621"}},
		{"en", "2024-03-12", "Canada paused military assistance to the Philippines.", []string{"CAN>PHL:1622"}},
		{"en", "2024-03-12", "Japan sent military aid to the Philippines.", []string{"JPN>PHL:072"}},
		// a city, a capital or a state captured is occupied territory (192); a
		// thing seized with its state as adjective or owner stays 171x
		{"en", "2024-03-12", "Islamist fighters captured Timbuktu on Tuesday.", []string{"MLIREBMUS>MLI:192"}},
		{"en", "2024-03-12", "Russian troops seized Avdiivka after months of fighting.", []string{"RUSMIL>UKR:192"}},
		{"en", "2024-03-12", "Iran seized a Greek oil tanker in the Gulf of Oman.", []string{"IRN>GRCBUS:1711"}},
		{"en", "2024-03-12", "Russia seized Finland's state assets in Moscow.", []string{"RUS>FIN:1711"}},
		// a place adjunct between a governing word and its complement: the
		// complement's own target, not the place's country
		{"en", "2024-03-12", "Iran refused in Vienna to allow IAEA inspectors into the Fordow site.", []string{"IRN>IGOUNOIAE:1245"}},
		{"en", "2024-03-12", "EU leaders agreed in Brussels to invite Moldova to membership talks.", []string{"IGOEUREEC>MDA:036"}},
		// a reciprocal act refused together by a coordinated subject: refused
		// to the third actor of its object; without one, each to the other
		{"en", "2024-03-12", "Poland and Hungary refused to sign a joint NATO declaration on Ukraine.", []string{"HUN>IGOWSTNAT:127", "POL>IGOWSTNAT:127"}},
		{"en", "2024-03-12", "Ethiopia and Egypt refused to resume talks.", []string{"EGY>ETH:125", "ETH>EGY:125"}},
		// "Israeli-owned": the owner's country
		{"en", "2024-03-12", "Houthi rebels attacked an Israeli-owned cargo ship in the Red Sea.", []string{"YEMREB>ISRBUS:190"}},
		// "a|an NATIONALITY" heading its phrase is a person (CVL); before a noun, the country
		{"en", "2024-03-12", "Iran executed a Briton convicted of spying.", []string{"IRN>GBRCVL:1823"}},
		{"en", "2024-03-12", "Belarus freed a Lithuanian on Friday.", []string{"BLR>LTUCVL:0841"}},
		{"en", "2024-03-12", "A Russian drone struck an apartment block in Kharkiv on Sunday.", []string{"RUSMIL>UKR:195"}},
		// a state withdrawing from an international organisation or court
		// reduces relations (160, the lead's decision at the merge, en_me.txt);
		// troops leaving a mission or a place keep 0874
		{"en", "2024-03-12", "Burundi withdrew from the International Criminal Court in 2017.", []string{"BDI>IGOJUD:160"}},
		{"en", "2024-03-12", "Kenyan troops withdrew from the African Union mission in Somalia.", []string{"KENMIL>IGOAFRAFU:0874"}},
		{"en", "2024-03-12", "Russian troops withdrew from Kherson on Saturday.", []string{"RUSMIL>UKR:0874"}},
		// a military strike that kills or hits: aerial weapons (195); a labour strike no event
		{"en", "2024-03-12", "Pakistani strikes killed eight militants in Khost province.", []string{"PAK>AFGREB:195"}},
		{"en", "2024-03-12", "The general strike hit the country's economy hard.", nil},
	})
}
