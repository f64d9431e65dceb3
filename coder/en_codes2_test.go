package coder

import "testing"

// TestEnglishExactCodes2: English wire-style sentences written for dyad (not
// taken from the CAMEO manual, a gold or a bench set), coded through the real
// actor stage, for the exact-sub-code classes of the cameocodes round
// (2026-11-26), each from the CAMEO 1.1b3 definition of its code: attacks on
// computers, websites or servers are cyberattacks (176, not PETRARCH's 190);
// discharging fighters is demobilizing (0873, a code no pattern produced);
// a rejected request, proposal or offer keeps the kind of what is asked
// (125 talks, 1245 observers and peacekeepers, 1244 lifting sanctions);
// calling on others to unite or mobilize against X rallies opposition
// against X (113, not a plain appeal 020); an arrest for collaborating with
// or spying for an enemy is an accusation of treason (1125); workers,
// teachers or doctors who strike are on a labour strike (143 and its
// sub-codes by demand, 133 when announced; not PETRARCH's 190 or the
// threat 138); protests against arrests or repression are for rights
// (1413/1433); giving in to demands is acceding to them (083, 083x by
// demand; not PETRARCH's 080); letting aid deliveries in is allowing
// humanitarian access (0863); forcing aid agencies or peacekeepers out is
// 1663/1661; committing to aid is the intent to give it (033x; refused:
// 122x); a mission sent to investigate investigates (090); weapons of mass
// destruction by kind (2041 chemical or biological, 2042 nuclear; threatened
// 1385; tear gas stays 175); calling for the release of people is 0253 (not
// PETRARCH's 020); accepting a truce is 0871 (urged to: 0256); accusing
// someone of plotting a coup is an accusation (112, not PETRARCH's 111);
// laying down or surrendering weapons is demobilizing (0873); police put on
// alert is 151 (troops stay 152); shutting down the internet or a social
// network restricts political freedoms (1721).
func TestEnglishExactCodes2(t *testing.T) {
	checkEnglishReal(t, []realCase{
		// 176 attack cybernetically
		{"Chinese hackers attacked the computers of the Indian defence ministry.",
			[]string{"CHNCRM>INDGOV:176"}, []string{"CHNCRM>INDGOV:190"}},
		{"Hackers attacked the servers of the Georgian foreign ministry.",
			[]string{"---CRM>GEOGOV:176"}, []string{"---CRM>GEOGOV:190"}},
		{"The army attacked the positions of the rebels near the old computer factory.",
			nil, []string{"---MIL>---REB:176"}},
		// 0873 demobilize armed forces
		{"The government demobilized thousands of militia fighters in Sierra Leone.",
			[]string{"---GOV>SLEREB:0873"}, nil},
		// rejections by what is asked: 125, 1245, 1244
		{"Iran rejected a French proposal for talks on its nuclear program.",
			[]string{"IRN>FRA:125"}, []string{"IRN>FRA:120"}},
		{"Cuba dismissed an American offer of talks.",
			[]string{"CUB>USA:125"}, nil},
		{"Myanmar rejected a European call for observers at the election.",
			[]string{"MMR>EUR:1245"}, []string{"MMR>EUR:120"}},
		{"Russia rejected demands from Japan for the lifting of sanctions.",
			[]string{"RUS>:1244"}, nil},
		// 113 rally opposition against
		{"An Iraqi newspaper urged Arabs to unite against Israel.",
			[]string{"IRQMED>ISR:113"}, nil},
		{"The Syrian government called on Muslims to mobilize against the United States.",
			[]string{"SYRGOV>USA:113"}, []string{"SYRGOV>---MUS:020"}},
		// 1125 accuse of espionage, treason
		{"Egyptian police detained two journalists for collaborating with Qatar.",
			[]string{"EGYCOP>EGYMED:1125"}, []string{"EGYCOP>EGYMED:173"}},
		// labour strikes 143, 133, 1432
		{"French rail workers are striking in Paris.",
			[]string{"FRALAB>FRA:143"}, []string{"FRALAB>FRA:190"}},
		{"Kenyan teachers said they would strike next week unless salaries rise.",
			[]string{"KENEDU>:133"}, []string{"KENEDU>:138"}},
		{"Nigerian doctors struck over the new health law.",
			[]string{"NGAHLH>:1432"}, nil},
		{"Israeli warplanes struck Hamas positions in Gaza.",
			nil, []string{"ISRMIL>PSEREBHMS:143"}},
		// protests against arrests are for rights (1413, 1433)
		{"Students in Iran staged a protest against the arrest of activists.",
			[]string{"IRNEDU>IRNOPP:1413"}, nil},
		{"Nigerian doctors went on strike over the arrest of their union leader.",
			[]string{"NGAHLH>NGALAB:1433"}, nil},
		// 083 accede to demands, 0832 policy
		{"The Peruvian president finally gave in to demands from the unions.",
			[]string{"PERGOV>PERLAB:083"}, []string{"PERGOV>PERLAB:080"}},
		{"Algeria yielded to pressure from France.",
			[]string{"DZA>FRA:083"}, nil},
		{"The Chilean government bowed to demands from students for education reform.",
			[]string{"CHLGOV>:0832"}, nil},
		{"The candidate conceded defeat to his rival in Ghana.",
			nil, []string{"GHA>:083"}},
		// 0863 allow humanitarian access
		{"Israel allowed aid deliveries into Gaza.",
			[]string{"ISR>PSE:0863"}, []string{"ISR>PSE:070"}},
		// 1663, 1661 expel aid agencies, peacekeepers; 166 otherwise
		{"Ethiopia forced aid agencies out of Tigray.",
			[]string{"ETH>NGO:1663"}, nil},
		{"Mali forced UN peacekeepers out of the country.",
			[]string{"MLI>IGOUNO:1661"}, nil},
		{"The rebels forced the army out of the town.",
			[]string{"---REB>---MIL:166"}, []string{"---REB>---MIL:1663"}},
		// 033x intent to provide aid; refused 122x
		{"Turkey refused to commit to military assistance for Ukraine.",
			[]string{"TUR>UKR:1222"}, []string{"TUR>UKR:120"}},
		{"Japan committed to economic assistance for Vietnam.",
			[]string{"JPN>VNM:0331"}, []string{"JPN>VNM:030"}},
		// 090 investigate
		{"The UN sent a team of experts to Syria to investigate the chemical attack.",
			[]string{"IGOUNO>SYR:090"}, []string{"IGOUNO>SYR:036"}},
		// 2041, 2042 weapons of mass destruction by kind
		{"Syrian forces used chlorine gas against rebels in Idlib.",
			[]string{"SYRMIL>SYRREB:2041"}, []string{"SYRMIL>SYRREB:204"}},
		{"Iraq used chemical weapons against Iran.",
			[]string{"IRQ>IRN:2041"}, []string{"IRQ>IRN:204"}},
		{"The United States dropped an atomic bomb on Japan.",
			[]string{"USA>JPN:2042"}, nil},
		{"Russia threatened to use nuclear weapons against Ukraine.",
			[]string{"RUS>UKR:1385"}, []string{"RUS>UKR:2042"}},
		{"Police used tear gas against protesters in Chile.",
			[]string{"CHLCOP>CHLOPP:175"}, []string{"CHLCOP>CHLOPP:2041"}},
		// 0253 appeal for release, 0871 / 0256 truce
		{"Amnesty called for the release of political prisoners in Egypt.",
			[]string{"NGOHRIAMN>EGYOPP:0253"}, []string{"NGOHRIAMN>EGYOPP:020"}},
		{"Egypt urged Hamas and Israel to accept a truce.",
			[]string{"EGY>PSEREBHMS:0256", "EGY>ISR:0256"}, nil},
		{"The Houthis accepted a ceasefire proposed by Oman.",
			[]string{"YEMREB>:0871"}, nil},
		// 112 accuse; 111 stays for condemning
		{"Venezuela accused Colombia of plotting a coup.",
			[]string{"VEN>COL:112"}, []string{"VEN>COL:111"}},
		// (enheld2: an attack criticised without its author codes no event,
		// CODING.md; the embassy is Turkey's own, Iraq only its place)
		{"Turkey condemned the attacks on its embassy in Iraq.",
			nil, []string{"TUR>IRQGOV:111", "TUR>IRQGOV:112"}},
		// 0873 laying down or surrendering weapons
		{"The rebels laid down their arms in Colombia.",
			[]string{"COLREB>COL:0873"}, nil},
		{"Thousands of fighters surrendered their weapons to the Afghan army.",
			[]string{"AFGREB>AFGMIL:0873"}, nil}, // actor round 8 rebelsAtHome (was ---REB)
		// 151 police alert, 152 military alert
		{"The Kenyan government put police on alert ahead of the protests.",
			[]string{"KENGOV>KENCOP:151"}, []string{"KENGOV>KENCOP:152"}},
		{"India put its troops on high alert along the border with Pakistan.",
			[]string{"IND>PAK:152"}, []string{"IND>PAK:151"}},
		// 1721 restrictions on political freedoms
		{"The Iranian government shut down the internet during the protests.",
			[]string{"IRNGOV>:1721"}, nil},
		{"Turkey blocked Twitter after the bombing.",
			[]string{"TUR>:1721"}, nil},
	})
}
