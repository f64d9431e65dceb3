package coder

import "testing"

// TestEnglishNews: wire-style English sentences written for dyad (invented,
// not taken from any gold or bench set), coded through the real actor
// stage, for the English news round (2026-11-26): exact sub-codes of
// appeals, rejections and cooperation (CAMEO 0234, 0256, 0312, 125, 127,
// 1245), coordinated owners of a role ("the foreign ministers of Iran and
// Saudi Arabia", "officials from the United States and China"), the owner
// of a bare plural object ("bombed positions of X"), protests against a
// policy with the place first. Each case lists the events it must give and
// the ones it must not.
func TestEnglishNews(t *testing.T) {
	checkEnglishReal(t, []realCase{
		// an appeal word whose own pattern names what is asked stands over
		// the complement's generic appeal (0256, not 020 or 022)
		{"The United Nations urged Israel and Hamas to agree to an immediate ceasefire.",
			[]string{"IGOUNO>ISR:0256", "IGOUNO>PSEREBHMS:0256"}, []string{"IGOUNO>ISR:020"}},
		{"Germany urged Russia to respect the ceasefire in Nagorno-Karabakh.",
			[]string{"DEU>RUS:0256"}, []string{"DEU>RUS:022"}},
		{"The Arab League called for an immediate ceasefire in Sudan.",
			[]string{"IGOMEAARL>SDN:0256"}, nil},
		{"Haiti's prime minister asked the United Nations to send an international force.",
			[]string{"HTIGOV>IGOUNO:0234"}, []string{"HTIGOV>IGOUNO:020"}},
		// rejections by what is rejected
		{"Russia rejected the Ukrainian peace formula.",
			[]string{"RUS>UKR:127"}, []string{"RUS>UKR:120"}},
		{"The Kremlin rejected the peace plan proposed by Kyiv.",
			[]string{"RUSGOV>UKR:127"}, nil},
		{"North Korea rejected an offer of talks from Japan.",
			[]string{"PRK>JPN:125"}, []string{"PRK>JPN:127"}},
		{"Israel refused to allow the UN investigators into the country.",
			[]string{"ISR>IGOUNO:1245"}, []string{"ISR>IGOUNO:124"}},
		// cooperation by domain, announced
		{"India and the United States agreed to cooperate on defence production.",
			[]string{"IND>USA:0312", "USA>IND:0312"}, []string{"IND>USA:032"}},
		// coordinated owners of a role noun
		{"The foreign ministers of Iran and Saudi Arabia met in Beijing on Thursday.",
			[]string{"IRNGOV>SAUGOV:040", "SAUGOV>IRNGOV:040"}, []string{"IRNGOV>SAU:040"}},
		{"Officials from the United States and China met in Geneva.",
			[]string{"USAGOV>CHNGOV:040", "CHNGOV>USAGOV:040"}, []string{"CHN>CHE:040"}},
		{"Representatives of the Sudanese army and the RSF held talks in Jeddah.",
			[]string{"SDNMIL>SDNREB:046", "SDNREB>SDNMIL:046"}, []string{"SDNREB>SAU:046"}},
		{"The defence ministers of Japan and Australia signed a security pact.",
			[]string{"JPNGOV>AUSGOV:057", "AUSGOV>JPNGOV:057"}, nil},
		{"The leaders of France and Germany criticised the decision of the United States.",
			[]string{"FRAGOV>USA:111", "DEUGOV>USA:111"}, []string{"DEU>USA:111"}},
		// the owner of a bare plural object is the target; an air force bombs from the air
		{"Sudan's army bombed positions of the Rapid Support Forces in Khartoum.",
			[]string{"SDNMIL>SDNREB:195"}, []string{"SDNMIL>SDN:195"}},
		{"Turkish warplanes struck bases of the PKK in northern Iraq.",
			[]string{"TURMIL>TURREB:195"}, []string{"TURMIL>IRQ:195"}},
		{"The Sudanese air force bombed RSF positions in Darfur.",
			[]string{"SDNMIL>SDNREB:195"}, []string{"SDNMIL>SDNREB:190"}},
		// a protest against a policy, its place named first
		{"Thousands of Israelis demonstrated in Tel Aviv against the judicial reform.",
			[]string{"ISRCVL>ISRGOV:1412"}, nil},
		{"Georgian protesters rallied in Tbilisi against the foreign agents law.",
			[]string{"GEOOPP>GEOGOV:1412"}, nil},
		// the that-clause of a demand verb is the speaker's demand (demand table)
		{"Kyiv demanded that Moscow return the deported children.",
			[]string{"UKR>RUS:1053"}, []string{"RUS>RUSCVL:0841", "UKR>RUS:100"}},
		{"Turkey demanded that Sweden extradite Kurdish militants.",
			[]string{"TUR>SWE:1013"}, nil},
		{"The Polish government demanded that Berlin pay war reparations.",
			[]string{"POLGOV>DEU:1011"}, nil},
		// a pattern's far words stop at another subject and its modal: the
		// complement is the announced event (intent)
		{"Britain announced it would provide 50 million pounds in humanitarian aid to Sudan.",
			[]string{"GBR>SDN:0333"}, []string{"GBR>SDN:073"}},
		{"Japan announced that it would send food aid to North Korea.",
			[]string{"JPN>PRK:0333"}, nil},
		{"Washington announced new military aid worth 300 million dollars for Kyiv.",
			[]string{"USA>UKR:072"}, nil},
		// "military" before talks or an operation is no actor
		{"China agreed to resume military talks with the United States.",
			[]string{"CHN>USA:036"}, []string{"CHN>CHNMIL:036"}},
		{"The White House criticised Israel's military operation in Rafah.",
			[]string{"USAGOV>ISR:111"}, []string{"USAGOV>ISRMIL:111"}},
		// a government of no country coerces where the event takes place
		{"The junta imposed a nighttime curfew in Niamey.",
			[]string{"NERGOV>NER:1723"}, []string{"---GOV>NER:1723"}},
		{"Authorities detained dozens of opposition supporters in Tbilisi.",
			[]string{"GEOGOV>GEOOPP:173"}, nil},
		{"The president met the visiting Kenyan leader in Nairobi.",
			nil, []string{"KENGOV>KENGOV:040"}},
		// killed "by Russian shelling": the adjective's actor after "by",
		// the weapon's kind of force
		{"Two Ukrainian soldiers were killed by Russian shelling near Avdiivka.",
			[]string{"RUS>UKRMIL:194"}, []string{"RUS>UKRMIL:190"}},
		// young civilians named by age
		{"A Palestinian teenager was shot dead by Israeli soldiers in Jenin.",
			[]string{"ISRMIL>PSECVL:193"}, []string{"ISRMIL>PSE:193"}},
		// repealing a law is acceding to a policy change; asked for, 0242
		{"The EU urged Georgia to withdraw the foreign agents law.",
			[]string{"IGOEUREEC>GEO:0242"}, []string{"IGOEUREEC>GEO:025"}},
		// arrest warrants, suspects handed over to X, fuel deliveries let
		// in, intelligence sharing restored, a state's treasury
		{"The International Criminal Court issued an arrest warrant for Vladimir Putin.",
			[]string{"IGOJUD>RUSGOV:173"}, []string{"IGOJUD>RUSGOV:100"}},
		{"Iraq handed over dozens of suspected militants to Syria.",
			[]string{"IRQ>SYR:063"}, []string{"IRQ>---REB:063"}},
		{"The Israeli military allowed fuel deliveries into Gaza.",
			[]string{"ISRMIL>PSE:0863"}, []string{"ISRMIL>PSE:080"}},
		{"South Korea and Japan agreed to restore military intelligence sharing.",
			[]string{"KOR>JPN:0314", "JPN>KOR:0314"}, nil},
		{"The US Treasury sanctioned three Iranian companies.",
			[]string{"USAGOV>IRNBUS:163"}, []string{"USA>IRNBUS:163"}},
		// a far pattern word may be a bare agent noun of no country
		{"Ukraine's defence minister asked Germany for more tanks.",
			[]string{"UKRGOV>DEU:0232"}, []string{"UKRGOV>DEU:020"}},
		// sentencing individuals detains them (173); hackers; blocking a border
		{"An Indian court sentenced an opposition leader to two years in prison.",
			[]string{"INDJUD>INDOPP:173"}, []string{"INDJUD>INDOPP:172"}},
		{"Chinese hackers targeted British lawmakers.",
			[]string{"CHNCRM>GBRLEG:176"}, []string{"CHNCRM>GBRLEG:190"}},
		{"Polish farmers blocked the border with Ukraine.",
			[]string{"POLAGR>UKR:144"}, []string{"POLAGR>UKR:170"}},
		// agreeing to a truce is declaring it (CAMEO 0871 usage note; en_dyad.txt)
		{"The Sudanese army and the RSF agreed to a 72-hour truce.",
			[]string{"SDNMIL>SDNREB:0871", "SDNREB>SDNMIL:0871"}, nil},
		// countermeasures vowed are a threat; a ceasefire turned down; civilian rule
		{"China vowed to take countermeasures against the United States.",
			[]string{"CHN>USA:130"}, []string{"CHN>USA:030"}},
		{"Hamas turned down an Israeli offer of a temporary ceasefire.",
			[]string{"PSEREBHMS>ISR:1246"}, nil},
		{"Mali's junta rejected calls for a return to civilian rule.",
			nil, []string{"MLIGOV>MLICVL:120"}},
		// a visit in a fronted or set-off phrase: the clause's subject visits
		{"During a visit to Beijing, the German chancellor urged China to stop supporting Russia.",
			[]string{"DEUGOV>CHN:042", "DEUGOV>CHN:020"}, nil},
		{"The German chancellor, on a visit to Beijing, urged China to stop supporting Russia.",
			[]string{"DEUGOV>CHN:042", "DEUGOV>CHN:020"}, nil},
		{"On a visit to Kyiv, Blinken announced new military aid for Ukraine.",
			[]string{"USAGOV>UKR:042", "USAGOV>UKR:072"}, nil},
		{"The visit of the Chinese foreign minister to Moscow was postponed.",
			nil, []string{"CHNGOV>RUS:042"}},
		{"The minister spoke on a trip to Japan.",
			nil, []string{"---GOV>JPN:042"}},
		// suspensions from a body, ambassadors withdrawn, citizenship
		// stripped, flogging, control regained
		{"The African Union suspended Niger after the military coup.",
			[]string{"IGOAFRAFU>NER:161"}, nil},
		{"Israel withdrew its ambassador from South Africa.",
			[]string{"ISR>ZAF:161"}, []string{"ISR>ZAF:0874"}},
		{"Nicaragua stripped 94 opponents of their citizenship.",
			[]string{"NIC>NICOPP:172"}, nil},
		{"The Taliban publicly flogged dozens of people in Afghanistan.",
			[]string{"AFGGOV>AFGCVL:182"}, []string{"AFGGOV>AFGCVL:180"}},
		{"The Sudanese army regained control of Omdurman.",
			[]string{"SDNMIL>SDN:192"}, nil},
		{"The ministry suspended talks with the union.",
			nil, []string{"---GOV>---LAB:161"}},
		// an act that "must stop" said to someone is a demand to de-escalate
		{"The German foreign minister told her Israeli counterpart that the offensive must stop.",
			[]string{"DEUGOV>ISRGOV:1056"}, []string{"DEUGOV>ISRGOV:100"}},
		// an investigation called for is an appeal, not the investigation
		{"The UN human rights office called for an independent investigation into the deaths of protesters in Kenya.",
			nil, []string{"IGOUNO>KEN:090"}},
		// protesters against the government's plan: their own government, by demand
		{"Hundreds of doctors marched in Seoul to protest against the government's plan to increase medical school admissions.",
			[]string{"KORHLH>KORGOV:1412"}, []string{"KORHLH>KOR:141"}},
		// warships sent without a place named: no event, not 062 to the ship
		{"The United States deployed an aircraft carrier to the eastern Mediterranean.",
			nil, []string{"USA>---MIL:062"}},
		// killed in an air strike (active), rockets fired into a country
		{"Israel's military said it had killed a senior Hamas commander in an air strike in Gaza.",
			[]string{"ISRMIL>PSEREBHMS:195"}, []string{"ISRMIL>PSEREBHMS:190"}},
		{"Palestinian militants fired rockets from Gaza into Israel.",
			[]string{"PSEREB>ISR:194"}, []string{"PSEREB>PSE:194"}},
		// peoples of one country by their demonym; youths
		// Tigray forces are the TPLF's, rebels (actor round 7: Phoenix
		// TIGRAY_PEOPLES_LIBERATION_FRONT [ETHREB]), not Ethiopia's army
		{"Tigrayan forces attacked Eritrean troops near the border.",
			[]string{"ETHREB>ERIMIL:190"}, nil},
		{"Chinese police detained dozens of Uyghur activists.",
			[]string{"CHNCOP>CHNOPP:173"}, nil},
		{"Kenyan youths protested against the finance bill in Nairobi.",
			[]string{"KENCVL>KENGOV:1412"}, nil},
		// a demand to stop an action is a plain demand; tariffs threatened
		{"China demanded that Japan stop releasing treated water into the ocean.",
			[]string{"CHN>JPN:100"}, []string{"CHN>JPN:1053"}},
		{"Trump threatened to impose tariffs on Mexican goods.",
			[]string{"USAELI>MEX:1312"}, []string{"USAELI>MEX:130"}},
		// denying an act is a denial only; relations established; pardons;
		// bans lifted by what they banned; withdrawals from a city; missions
		// sent to investigate; arrest warrants sought; presence increased
		{"Beijing denied sending weapons to Russia.",
			[]string{"CHN>RUS:016"}, []string{"CHN>RUS:072", "CHN>RUS:120"}},
		{"Israel and the United Arab Emirates established diplomatic relations.",
			[]string{"ISR>ARE:054", "ARE>ISR:054"}, nil},
		{"Qatar pardoned eight Indian navy veterans.",
			[]string{"QAT>INDMIL:0841"}, []string{"QAT>INDMIL:080"}},
		{"The Senegalese government lifted the ban on opposition rallies.",
			[]string{"SENGOV>SENOPP:0811"}, []string{"SENGOV>SENOPP:085"}},
		{"The Russian army withdrew from the city of Kherson.",
			[]string{"RUSMIL>UKR:0874"}, nil},
		{"The UN sent a fact-finding mission to Myanmar.",
			[]string{"IGOUNO>MMR:090"}, []string{"IGOUNO>MMR:036"}},
		{"The ICC prosecutor sought arrest warrants for Netanyahu and Sinwar.",
			[]string{"IGOJUD>ISRGOV:173", "IGOJUD>PSEREBHMS:173"}, nil},
		{"Russia increased its troop presence near the Finnish border.",
			[]string{"RUS>FIN:154"}, nil},
		{"Taxi drivers went on strike in Athens over new regulations.",
			[]string{"GRCLAB>GRC:143"}, nil},
		{"The Malian junta lifted the ban on political parties.",
			[]string{"MLIGOV>MLIPTY:0812"}, []string{"MLIGOV>MLIPTY:085"}},
		{"Zelensky appealed to Western allies for more fighter jets.",
			[]string{"UKRGOV>WST:0232"}, []string{"UKRGOV>WST:020"}},
		// a noun after an article and a plain noun does not end the search
		// for the event's place ("an apartment block in Dnipro")
		{"Russian missiles struck an apartment block in Dnipro.",
			[]string{"RUSMIL>UKR:194"}, nil},
		// urging is appealing even when the complement codes nothing
		{"Human rights groups urged Egypt to end its crackdown on dissent.",
			[]string{"NGO>EGY:020"}, nil},
		{"The African Union urged Sudan's warring parties to return to negotiations.",
			[]string{"IGOAFRAFU>SDN:020"}, []string{"IGOAFRAFU>SDNPTY:020"}},
		{"Germany urged Iran to free the detained journalists.",
			[]string{"DEU>IRN:0253"}, []string{"DEU>IRN:020"}},
		// a base form after "the" and a country word is a noun: the act
		// condemned is not coded as an attack of its own
		{"The EU condemned the Russian strike on a children's hospital.",
			[]string{"IGOEUREEC>RUS:111"}, []string{"RUS>---CVL:190"}},
		{"The opposition accused the government of rigging the elections.",
			[]string{"---OPP>---GOV:1121"}, []string{"---OPP>---GOV:112"}},
		// phone calls held by coordinated parties; discussing X with Y
		{"Macron and Scholz held a phone call on Monday.",
			[]string{"FRAGOV>DEUGOV:041", "DEUGOV>FRAGOV:041"}, nil},
		{"Zelensky discussed military aid with Biden.",
			[]string{"UKRGOV>USAGOV:040", "USAGOV>UKRGOV:040"}, []string{"UKRGOV>USAGOV:061"}},
		// a nuclear response warned of; warning someone against nuclear use is not
		{"North Korea warned of a nuclear response to US military drills.",
			[]string{"PRK>USA:1385"}, nil},
		{"The United States warned Russia against using nuclear weapons in Ukraine.",
			[]string{"USA>RUS:130"}, []string{"USA>RUS:1385"}},
		// rioters attacking police protest violently
		{"Rioters attacked police officers in Dublin.",
			[]string{"IRLOPP>IRLCOP:145"}, []string{"IRLOPP>IRLCOP:190"}},
		// "in a visit to"; "both parties" are no political parties
		{"In a visit to Moscow, Modi praised Putin.",
			[]string{"INDGOV>RUS:042", "INDGOV>RUSGOV:051"}, nil},
		{"The Security Council called on both parties to resume talks.",
			nil, []string{"IGOUNO>---PTY:026"}},
		// the frames take their subject only where the phrase stands
		{"The leaders of Hamas and Islamic Jihad met in Cairo.",
			nil, []string{"PSEREBHMS>EGY:040"}},
		{"Officials from the ministry met protesters in Lagos.",
			nil, []string{"NGAGOV>NGAGOV:040"}},
	})
}
