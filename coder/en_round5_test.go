package coder

import "testing"

// TestEnglishRound5: English wire-style sentences written for dyad (not taken
// from the CAMEO manual, a gold or a bench set; different topics, countries
// and years), coded through the real actor stage, with their expected codes
// written before dyad ran on them. The first block checks the exact sub-code
// classes fixed in the enexact round (2026-11-26), each from the CAMEO 1.1b3
// definition of its code: signing an agreement is 057 whatever its topic
// (PETRARCH's "sign a defence treaty" 0312, "trade agreement" 061); praising
// a decision is endorsing it (051, not 052); recognizing a body as a
// government is diplomatic recognition (054); ordering diplomats to leave
// expels them (161, also through a mention "ambassador to"); firing on
// protesters is violent repression (175), as putting down protests; launching
// a war is 190; letting peacekeepers in is 0861 (agreed to: 0355);
// threatening to close a strait is threatening a blockade (1381); agreeing a
// ceasefire is 0356 (the manual's own example of 0356); capturing people is
// abduction (181) or, by state forces, an arrest (173), a captured town or
// stronghold is territory (192); seized farms and arms are property (1711);
// raising tariffs is a sanction (163); a state of siege declared in a place
// is 1724 even when the same sentence reports arrests; a blockade by
// civilians (farmers, workers, protesters) is a protest (144), announced a
// threatened protest (133), not a military blockade (191, 1381); a
// conditional attack threatened stays a threat of force (138). The second block
// checks sentences that were right before the round and must stay so.
func TestEnglishRound5(t *testing.T) {
	checkEnglishReal(t, []realCase{
		// 057 whatever the topic of the agreement
		{"Germany and France signed an agreement on defence cooperation in Berlin on Monday.",
			[]string{"DEU>FRA:057", "FRA>DEU:057"}, []string{"DEU>FRA:0312"}},
		{"Kenya signed a trade agreement with Uganda on Friday.",
			[]string{"KEN>UGA:057"}, []string{"KEN>UGA:061"}},
		// 051 praise a decision
		{"Britain's prime minister praised Libya's decision to abandon its weapons programmes.",
			[]string{"GBRGOV>LBY:051"}, []string{"GBRGOV>LBY:052"}},
		// 054 recognize as the legitimate government
		{"France recognised the Libyan rebel council as the country's legitimate government.",
			[]string{"FRA>LBYREB:054"}, []string{"FRA>LBYREB:051"}},
		// 161 ordering diplomats out
		{"Niger's military junta ordered the French ambassador to leave the country within 48 hours.",
			[]string{"NERGOV>FRAGOV:161"}, []string{"NERGOV>FRAGOV:100"}},
		{"Bolivia told the American envoy to leave the country.",
			[]string{"BOL>USAGOV:161"}, nil},
		// 175 firing on or putting down protests
		{"Albanian police fired on demonstrators in the southern port of Vlore.",
			[]string{"ALBCOP>ALBOPP:175"}, []string{"ALBCOP>ALBOPP:190"}},
		{"Syrian troops opened fire on protesters in Deraa.",
			[]string{"SYRMIL>SYROPP:175"}, nil},
		{"Saudi Arabia sent troops to Bahrain to help put down protests.",
			nil, []string{"---MIL>:141"}},
		// 190 launching a war
		{"The United States and Britain launched a war against Iraq on Thursday.",
			[]string{"USA>IRQ:190", "GBR>IRQ:190"}, nil},
		// 0861 let peacekeepers in; agreed to: 0355
		{"Indonesia agreed to let U.N. peacekeepers into East Timor.",
			[]string{"IDN>IGOUNO:0355"}, []string{"IDN>TMP:030"}},
		// 1381 threaten to close a strait
		{"Iran threatened to close the Strait of Hormuz.",
			[]string{"IRN>:1381"}, []string{"IRN>:130"}},
		// 0871 agreeing a ceasefire (as "agreed to a ceasefire", en_dyad.txt)
		{"Hamas and Israel agreed a ceasefire on Wednesday after eight days of fighting.",
			[]string{"PSEREBHMS>ISR:0871", "ISR>PSEREBHMS:0871"}, []string{"PSEREBHMS>ISR:030"}},
		// 181 capturing people; 173 by state forces; 192 places
		{"Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid.",
			[]string{"LBNREB>ISRMIL:181"}, []string{"LBNREB>ISRMIL:171"}},
		{"Islamist fighters seized two French aid workers in Niger.",
			[]string{"NERREBMUS>FRAHLH:181"}, nil},
		{"The opposition leader was seized by police in Harare.",
			[]string{"ZWECOP>ZWEOPP:173"}, []string{"ZWECOP>ZWEOPP:171"}},
		{"Sri Lankan troops captured the last rebel stronghold in the north.",
			[]string{"LKAMIL>LKAREB:192"}, []string{"LKAMIL>LKAREB:173"}},
		{"Taliban fighters captured an army checkpoint in Helmand.",
			[]string{"AFGGOV>AFGMIL:192"}, []string{"AFGGOV>AFGMIL:181", "AFGGOV>AFGMIL:173"}},
		// 1711 seized farms, arms; from: the owner
		{"Zimbabwe's government seized white-owned farms under its land reform programme.",
			[]string{"ZWEGOV>:1711"}, []string{"ZWEGOV>:192"}},
		{"Rebels seized a government arms depot.",
			[]string{"---REB>---GOV:1711"}, []string{"---REB>---GOV:181"}},
		// 163 raising tariffs
		{"The United States raised tariffs on Chinese steel.",
			[]string{"USA>CHN:163"}, nil},
		// blockades by civilians are protest (144), announced: threatened protest (133)
		{"Truck drivers blockaded the port of Calais on Tuesday.", // the sentence's one country reaches the drivers (endom)
			[]string{"FRALAB>FRA:144"}, []string{"FRALAB>FRA:191"}},
		{"Spanish farmers said they would blockade Madrid next week.",
			[]string{"ESPAGR>ESP:133"}, []string{"ESPAGR>ESP:1381"}},
		{"Israel imposed a blockade on Gaza.",
			[]string{"ISR>PSE:191"}, nil},
		// a conditional attack threatened keeps its threat of force, the
		// conventional attack named (1384, CAMEO 1.1b3; ensub: was 138)
		{"Iran threatened to attack Israel if it struck Iranian territory.",
			[]string{"IRN>ISR:1384"}, []string{"IRN>ISR:130"}},
		// "patrol boats" is equipment, no patrol
		{"Japan promised to provide patrol boats to the Philippines.",
			nil, []string{"JPN>PHL:150"}},
		// 1724 state of siege with arrests in the same sentence
		{"The military government declared a state of emergency in Bolivia, closing the courts and detaining opposition leaders.",
			[]string{"BOLGOV>BOL:1724", "BOLGOV>BOLOPP:173"}, nil},
	})
}

// TestEnglishRound5Kept: invented wire sentences (1995-2026 topics) that
// dyad coded right before the enexact round; they guard the common codes
// of meetings, sanctions, attacks, appeals, protests and expulsions.
func TestEnglishRound5Kept(t *testing.T) {
	checkEnglishReal(t, []realCase{
		{"Pakistan's foreign minister met his Indian counterpart in Islamabad on Tuesday to discuss the Kashmir dispute.",
			[]string{"PAKGOV>INDGOV:040"}, nil},
		{"The European Union imposed an arms embargo on Belarus on Monday.",
			[]string{"IGOEUREEC>BLR:163"}, nil},
		{"Turkish troops shelled Syrian army positions near the border on Thursday.",
			[]string{"TURMIL>SYRMIL:194"}, nil},
		{"Japan pledged $500 million in reconstruction aid to Afghanistan at a donors' conference in Tokyo.",
			[]string{"JPN>AFG:0331"}, nil},
		{"Venezuela expelled the U.S. ambassador on Thursday, accusing Washington of plotting against the government.",
			[]string{"VEN>USAGOV:161", "VEN>USA:112"}, nil},
		{"Thousands of protesters marched through central Cairo on Friday demanding the resignation of the prime minister.",
			[]string{"EGYOPP>EGYGOV:1411"}, nil},
		{"The Thai government declared a state of emergency in Bangkok as anti-government protests spread.",
			[]string{"THAGOV>THA:1724"}, nil},
		{"Saudi Arabia cut diplomatic ties with Iran on Sunday after protesters stormed its embassy in Tehran.",
			[]string{"SAU>IRN:161"}, nil},
		{"Qatar's emir thanked Turkey for its support during the blockade.",
			[]string{"QATGOV>TUR:051"}, nil},
		{"Armenia accused Azerbaijan of shelling civilian areas in Nagorno-Karabakh.",
			[]string{"ARM>AZE:1123"}, nil},
		{"The Philippines lodged a diplomatic protest with China over the harassment of its vessels in the South China Sea.",
			[]string{"PHL>CHN:114"}, nil},
		{"Ethiopia and Eritrea signed a peace agreement in Algiers on Tuesday, ending a two-year border war.",
			[]string{"ETH>ERI:057", "ERI>ETH:057"}, nil},
		{"Georgian and Russian troops clashed in South Ossetia on Friday.",
			[]string{"GEOMIL>RUSMIL:190"}, nil},
		{"Greece asked its European creditors for a six-month extension of its loan programme.",
			[]string{"GRC>EUR:0231"}, nil},
		{"Britain expelled 23 Russian diplomats over the poisoning of a former spy.",
			[]string{"GBR>RUSGOV:161"}, nil},
		{"Poland summoned the Russian ambassador after a missile landed near its border.",
			[]string{"POL>RUSGOV:110"}, nil},
		{"Syria's president welcomed the Lebanese prime minister in Damascus on Monday.",
			[]string{"SYRGOV>LBNGOV:043"}, nil},
		{"Spain announced it would withdraw its troops from Iraq by the end of May.",
			[]string{"ESP>IRQ:0356"}, nil},
		{"North Korea shelled a South Korean island near the disputed sea border, killing two marines.",
			[]string{"PRK>KOR:194"}, nil},
		{"Colombia's government and FARC rebels signed a peace deal in Havana.",
			[]string{"COLGOV>COLREB:057", "COLREB>COLGOV:057"}, nil},
		{"Ethiopia's prime minister visited Eritrea on Sunday, the first such trip in two decades.",
			[]string{"ETHGOV>ERI:042"}, nil},
		{"Washington recalled its ambassador to Syria for urgent consultations.",
			[]string{"USA>SYR:161"}, nil},
		{"Israel launched air strikes on Iranian nuclear sites on Friday.",
			[]string{"ISR>IRN:195"}, nil},
		{"The U.N. General Assembly condemned Russia's invasion of Ukraine on Wednesday.",
			[]string{"IGOUNO>RUS:111"}, nil},
	})
}
