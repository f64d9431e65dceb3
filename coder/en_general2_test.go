package coder

import "testing"

// TestEnglishGeneral2: wire-style English sentences written for dyad (not
// taken from any gold or bench set), coded through the real actor stage, for
// the second English round (2026-11-26): source slots after the verb ("a
// call from X", "expelled from X" in the passive), fighting between two
// parties named by a noun, stopping support or aid (CAMEO 16x, not 05x),
// air strikes and raids as subjects (195 with the adjective's country as
// source) and a few frequent wire verbs. Each case lists the events it must
// give and the ones it must not.
func TestEnglishGeneral2(t *testing.T) {
	checkEnglishReal(t, []realCase{
		// a call received from X: X is the caller (041, both ways)
		{"The Kenyan president received a phone call from the Ethiopian prime minister.",
			[]string{"ETHGOV>KENGOV:041", "KENGOV>ETHGOV:041"}, []string{"KENGOV>ETHGOV:043"}},
		{"Scholz got a call from Biden on Sunday.",
			[]string{"USAGOV>DEUGOV:041"}, nil},
		{"The Indian foreign minister talked with his Chinese counterpart by telephone.",
			[]string{"INDGOV>CHNGOV:041", "CHNGOV>INDGOV:041"}, []string{"INDGOV>CHNGOV:046"}},
		// diplomats expelled from X: X reduces relations with their state (161);
		// other people expelled or deported from X: 174
		{"Three Chinese diplomats were expelled from Canada.",
			[]string{"CAN>CHNGOV:161"}, []string{"CAN>CHNGOV:174"}},
		{"The Swedish ambassador was expelled from Iraq on Thursday.",
			[]string{"IRQ>SWEGOV:161"}, nil},
		{"A German journalist was deported from Turkey.",
			[]string{"TUR>DEUMED:174"}, []string{"TUR>DEUMED:161"}},
		{"The senator was expelled from the party after the scandal.",
			nil, []string{"---PTY>---LEG:174"}},
		{"Moldova declared two Russian diplomats persona non grata.",
			[]string{"MDA>RUSGOV:161"}, nil},
		// fighting or clashes between two parties: 190 both ways; gunbattles 193
		{"Fighting continued between Somali troops and al-Shabaab militants near Kismayo.",
			[]string{"SOMMIL>SOMREB:190", "SOMREB>SOMMIL:190"}, nil},
		{"Deadly clashes between Ethiopian and Eritrean troops were reported along the border.",
			[]string{"ETHMIL>ERIMIL:190", "ERIMIL>ETHMIL:190"}, nil},
		{"A gunbattle between Colombian soldiers and FARC dissidents left five dead.",
			[]string{"COLMIL>COLREB:193", "COLREB>COLMIL:193"}, nil},
		{"Clashes between police and protesters broke out in Nairobi.",
			nil, []string{"KENCOP>KENOPP:190", "KENOPP>KENCOP:190"}},
		{"Turkey closed its border with Armenia because of fighting between Armenia and Azerbaijan.",
			nil, []string{"ARM>AZE:190", "AZE>ARM:190"}},
		{"Envoys warned of the risk of renewed fighting between Serbia and Kosovo.",
			nil, []string{"SRB>KSV:190", "KSV>SRB:190"}},
		{"Kenya is working to prevent clashes between Somalia and Ethiopia.",
			nil, []string{"SOM>ETH:190", "ETH>SOM:190"}},
		{"Greek and Turkish troops exchanged fire on Cyprus.",
			[]string{"GRCMIL>TURMIL:193", "TURMIL>GRCMIL:193"}, nil},
		// stopping support, aid or cooperation reduces relations (16x), it is no support
		{"India stopped supporting Myanmar's military rulers.",
			[]string{"IND>MMRGOV:160"}, []string{"IND>MMRGOV:050"}},
		{"Washington ended its support for the Saudi-led coalition.",
			[]string{"USA>SAUMIL:160"}, nil},
		{"Norway suspended cooperation with Ethiopia.",
			[]string{"NOR>ETH:160"}, nil},
		{"Australia stopped funding the World Health Organization.",
			[]string{"AUS>IGOUNOHLHWHO:162"}, nil},
		{"The United States cut off military aid to Guatemala.",
			[]string{"USA>GTM:1622"}, nil},
		{"Belgium ended development aid to Burundi.",
			[]string{"BEL>BDI:1621"}, nil},
		{"Germany stopped supplying weapons to Turkey.",
			[]string{"DEU>TUR:1622"}, []string{"DEU>TUR:087", "DEU>TUR:072"}},
		// air strikes or raids as the subject: 195, the adjective's country the source
		{"Saudi air strikes hit Sanaa overnight.",
			[]string{"SAU>YEM:195"}, []string{"SAU>YEM:190"}},
		{"Turkish air raids killed ten Kurdish fighters in Syria.",
			[]string{"TUR>SYRREB:195"}, nil},
		{"Russia fired drones at Odesa overnight.",
			[]string{"RUS>UKR:195"}, nil},
		// victims killed "in an Israeli air strike": the adjective's actor is the
		// source, the victims the target (not the reverse)
		{"Four Palestinians were killed in an Israeli air strike in Rafah.",
			[]string{"ISR>PSECVL:195"}, []string{"PSECVL>PSE:195", "PSECVL>PSE:190"}},
		{"Two Hezbollah fighters were killed in an Israeli drone strike.",
			[]string{"ISRMIL>LBNREB:195"}, nil},
		{"The United States suspended security cooperation with Mali.",
			[]string{"USA>MLI:1622"}, nil},
		// sanctions in the passive, as a subject, agreed; appeals to end fighting
		{"Sanctions were imposed on Myanmar by Canada.",
			[]string{"CAN>MMR:163"}, nil},
		{"New US sanctions target Iranian banks.",
			[]string{"USA>IRNBUS:163"}, []string{"USA>IRNBUS:190"}},
		// (pairs4: an organisation's ministers are the organisation, CODING.md "UN officials →
		// IGOUNO", as the French « les ministres de l'UE » IGOEUREEC)
		{"EU ministers approved new sanctions against Belarus.",
			[]string{"IGOEUREEC>BLR:163"}, nil},
		{"The Arab League called for an end to the violence in Libya.",
			[]string{"IGOMEAARL>LBY:0256"}, []string{"IGOMEAARL>LBY:053"}},
		// wire verbs
		{"Israel downgraded its diplomatic ties with Norway.",
			[]string{"ISR>NOR:161"}, nil},
		{"Russian hackers launched a cyberattack on Estonian banks.",
			[]string{"RUSCRM>ESTBUS:176"}, nil},
		{"The Danish ambassador was summoned to the Turkish foreign ministry.",
			[]string{"TURGOV>DNKGOV:110"}, nil},
		{"Panama established diplomatic ties with China.",
			[]string{"PAN>CHN:054"}, []string{"PAN>CHN:050"}},
		{"The European Union blacklisted two Syrian ministers.",
			[]string{"IGOEUREEC>SYRGOV:163"}, []string{"IGOEUREEC>SYRGOV:160"}},
		{"Peru recalled its ambassador to Mexico.",
			[]string{"PER>MEX:161"}, []string{"PER>MEXGOV:161"}},
		{"Switzerland joined EU sanctions against Belarus.",
			[]string{"CHE>BLR:163"}, nil},
		{"Norway brokered a prisoner exchange between Colombia and Venezuela.",
			[]string{"NOR>COL:045", "NOR>VEN:045"}, nil},
		{"Greece put its forces on alert near Turkey.",
			[]string{"GRC>TUR:152"}, nil},
	})
}
