package coder

import "testing"

// TestEnglishDataRound3 checks the endata3 lines of en_dyad.txt through the
// real stages: verb families whose CAMEO sub-code PETRARCH's dictionary gives
// too coarsely (pledging aid 033x, demanding that sanctions be lifted 1054,
// defying 128, threatening force 138, hunger strikes 142, exercises 150,
// mobilizing 154, freezing loans 1621, embargoes 163, humanitarian access
// 0863, investigations by topic 091/094) or not at all (admitting
// responsibility 015, expressing support 051, signing a deal 057), and
// sentences where they must not fire.
func TestEnglishDataRound3(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Pakistan admitted responsibility for the strike on Afghanistan.", []string{"PAK>AFG:015"}, nil},
		{"en", "Egypt expressed support for the Saudi proposal.", []string{"EGY>SAU:051"}, nil},
		{"en", "Russia and China signed a trade deal.", []string{"RUS>CHN:057", "CHN>RUS:057"}, nil},
		{"en", "Turkey signed a deal with Ukraine on grain exports.", []string{"TUR>UKR:057", "UKR>TUR:057"}, nil},
		{"en", "Japan pledged aid to the Philippines.", []string{"JPN>PHL:033"}, []string{"JPN>PHL:030"}},
		{"en", "Japan pledged 500 million dollars to Ukraine.", []string{"JPN>UKR:0331"}, nil},
		{"en", "Japan pledged 500 million dollars in reconstruction aid to Ukraine.", []string{"JPN>UKR:0331"}, []string{"JPN>UKR:033"}},
		{"en", "Germany promised military aid to Ukraine.", []string{"DEU>UKR:0332"}, nil},
		{"en", "Canada pledged humanitarian aid to Syria.", []string{"CAN>SYR:0333"}, nil},
		{"en", "Iran demanded that the United States lift sanctions.", []string{"IRN>USA:1054"}, []string{"IRN>USA:1312"}},
		{"en", "Cuba demanded an end to the embargo by the United States.", []string{"CUB>USA:1054"}, nil},
		{"en", "North Korea defied the United Nations by launching a missile.", []string{"PRK>IGOUNO:128"}, []string{"PRK>IGOUNO:120"}},
		{"en", "China threatened military action against Taiwan.", []string{"CHN>TWN:138"}, nil},
		{"en", "Iran threatened to use force against Israel.", []string{"IRN>ISR:138"}, []string{"IRN>ISR:130"}},
		{"en", "Palestinian prisoners went on hunger strike in Israel.", []string{"PSECVL>ISR:142"}, []string{"PSECVL>ISR:143"}},
		{"en", "Russia held military drills near the border with Finland.", []string{"RUS>FIN:150"}, []string{"RUS>FIN:062", "FIN>RUS:062"}},
		{"en", "Russia held joint military exercises with China.", []string{"RUS>CHN:062", "CHN>RUS:062"}, nil},
		{"en", "Russia mobilized 300,000 reservists for the war in Ukraine.", []string{"RUS>UKR:154"}, nil},
		{"en", "The World Bank froze loans to Afghanistan.", []string{"IGOUNODEVWBK>AFG:1621"}, nil},
		{"en", "The United States imposed an embargo on Cuba.", []string{"USA>CUB:163"}, []string{"USA>CUB:170"}},
		{"en", "Israel allowed aid trucks into Gaza.", []string{"ISR>PSE:0863"}, nil},
		{"en", "Prosecutors in Brazil launched a corruption probe into the former president.", []string{"BRAJUD>BRAELI:091"}, nil},
		{"en", "Judge Maria Lopez opened corruption investigations against 15 Peruvian government officials.", []string{"PERJUD>PERGOV:091"}, nil},
		{"en", "Israel broke the ceasefire with Hezbollah.", []string{"ISR>LBNREB:196"}, nil},
		{"en", "The United States threatened sanctions against Turkey.", []string{"USA>TUR:1312"}, []string{"USA>TUR:130"}},
		// a union threatening to strike threatens a protest (133), not an attack (1384)
		{"en", "The union threatened to strike over pay in Britain.", nil, []string{"GBRLAB>GBR:1384"}},
		// defying the odds is no defiance; exercises without a military qualifier are no show of force
		{"en", "The French team defied the odds to beat Brazil.", nil, []string{"FRA>BRA:128"}},
		{"en", "Students in France held exercises to prepare for the exams.", nil, []string{"FRAEDU>FRA:150"}},
		{"en", "The United States carried out an airstrike in Syria.", []string{"USA>SYR:195"}, nil},
		{"en", "Farmers in France blockaded Paris.", []string{"FRAAGR>FRA:144"}, []string{"FRAAGR>FRA:170"}},
		{"en", "Rebels torched a police station in Nigeria.", []string{"NGAREB>NGACOP:1712"}, nil},
		{"en", "Militants detonated a bomb in a market in Nigeria.", []string{"NGAREB>NGA:183"}, []string{"NGAREB>NGA:190"}},
		{"en", "Militants detonated a roadside bomb in Nigeria.", []string{"NGAREB>NGA:1833"}, nil},
		{"en", "Ukraine demanded more weapons from the West.", []string{"UKR>WST:1032"}, []string{"UKR>WST:100"}},
		{"en", "Sudan demanded mediation by the African Union.", []string{"SDN>IGOAFRAFU:108"}, nil},
		{"en", "Kenya called for mediation by the African Union in Sudan.", []string{"KEN>IGOAFRAFU:028"}, nil},
		{"en", "The United Nations demanded humanitarian access to Gaza.", []string{"IGOUNO>PSE:1055"}, nil},
		{"en", "Protesters demanded a new constitution for Chile.", []string{"---OPP>CHL:1044"}, nil},
		{"en", "Qatar urged the international community to support the Palestinians.", []string{"QAT>PSE:053"}, []string{"QAT>PSE:020"}},
		{"en", "France called on Europe to back Ukraine.", []string{"FRA>UKR:053"}, nil},
		{"en", "Israel provided intelligence to the United States about Iran.", []string{"ISR>USA:064"}, nil},
		{"en", "Kenya sent police officers to Haiti as part of a security mission.", []string{"KEN>HTI:074"}, []string{"KEN>---COP:192"}},
		{"en", "Under the withdrawal plan, Israel will evacuate all 12 settlements in the northern West Bank.", []string{"ISR>PSECVL:0353 future"}, nil},
		{"en", "India rejected the trade proposal by China.", []string{"IND>CHN:1211"}, []string{"IND>CHN:120"}},
		{"en", "India rejected a military request from the United States.", []string{"IND>USA:1212"}, nil},
		{"en", "The European Union warned Hungary that it could face sanctions.", []string{"IGOEUREEC>HUN:1312"}, []string{"IGOEUREEC>HUN:130"}},
		{"en", "The European Union disbursed 1 billion euros to Ukraine.", []string{"IGOEUREEC>UKR:071"}, nil},
		{"en", "The United Nations airlifted food to Sudan.", []string{"IGOUNO>SDN:073"}, []string{"IGOUNO>SDN:036"}},
		{"en", "The State Department approved a possible arms sale to Taiwan.", []string{"USAGOV>TWN:072"}, nil},
		{"en", "Russia handed back 50 prisoners to Ukraine.", []string{"RUS>UKR:0841"}, nil},
		{"en", "Russia handed back three vessels to Ukraine.", []string{"RUS>UKR:0842"}, nil},
		{"en", "British jets using laser-guided bombs killed 6 Iraqis near Mosul.", []string{"GBRMIL>IRQCVL:195"}, []string{"GBRMIL>IRQCVL:183"}},
		{"en", "Israeli tank fire killed three Palestinians in Gaza.", []string{"ISR>PSECVL:194"}, nil},
		{"en", "Pakistan rejected a new offer from India for direct negotiations between the two rivals.", []string{"PAK>IND:127"}, []string{"PAK>IND:046", "IND>PAK:046"}},
		{"en", "India rejected calls for talks with Pakistan.", []string{"IND>PAK:125"}, nil},
		{"en", "Three Chechen suicide bombers killed 40 people when they detonated their explosives in Moscow.", []string{"RUSREB>RUSCVL:1831"}, []string{"RUSREB>RUS:190"}},
		// "of fierce fighting" is the noun, no fighting between the parties to a ceasefire
		{"en", "Armenia and Azerbaijan agreed to a truce after three days of heavy fighting.", []string{"ARM>AZE:0871"}, []string{"ARM>AZE:190", "AZE>ARM:190"}},
		{"en", "Fierce fighting between the army of Sudan and the rebels of Sudan continued in Khartoum.", []string{"SDNMIL>SDNREB:190"}, nil},
		{"en", "Turkey sent rescue teams to Syria after the earthquake.", []string{"TUR>SYR:073"}, []string{"TUR>SYR:036"}},
		{"en", "The United States announced measures against Russia.", []string{"USA>RUS:130"}, nil},
		// sports results and thanks are no events
		{"en", "France defeated England in the Six Nations on Saturday.", nil, []string{"FRA>GBR:190"}},
		{"en", "The Russian tennis player thanked her fans in Paris.", nil, []string{"RUS>FRA:051"}},
		// "deal" as a verb is no agreement
		{"en", "Germany said it will deal with Turkey later.", nil, []string{"DEU>TUR:057", "DEU>TUR:030"}},
	})
}

// TestEnglishDataRound3OneSided checks endata3 lines whose events have no
// target (the stages keep them with DropOneSided off).
func TestEnglishDataRound3OneSided(t *testing.T) {
	c, kb := realStages(t)
	c.DropOneSided = false
	for _, tc := range []struct {
		text      string
		want, not string
	}{
		{"The union threatened to strike over pay in Britain.", "GBRLAB>:133", "GBRLAB>:1384"},
		{"Russia held military exercises.", "RUS>:150", ""},
		{"Students in France held exercises to prepare for the exams.", "", "FRAEDU>:150"},
		{"The French team defied the odds.", "", "FRA>:128"},
		{"Security forces in Iran rounded up dozens of protesters.", "IRNCOP>IRNOPP:173", ""},
		{"The opposition in Thailand called for a new constitution.", "THAOPP>:0244", ""},
		{"The government of Peru sent police to the protest.", "PERGOV>:153", "PERGOV>:192"},
		{"Ukrainian forces retook the town of Kherson.", "UKRMIL>UKR:192", ""},
		{"Farmers in India demanded changes to the agricultural laws.", "INDAGR>:1042", ""},
		{"The president of Kenya appointed a new finance minister.", "", "KENGOV>---GOV:060"},
		{"The government of Spain announced new measures to fight inflation.", "", "ESPGOV>:130"},
		{"India launched a rocket to the moon.", "", "IND>:194"},
	} {
		a := codeReal(t, c, kb, "en", tc.text)
		var want, not []string
		if tc.want != "" {
			want = []string{tc.want}
		}
		if tc.not != "" {
			not = []string{tc.not}
		}
		checkEvents(t, tc.text, a.Events, want, not)
	}
}
