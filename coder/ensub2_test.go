package coder

import "testing"

// TestEnsub2: English wire sentences written for dyad in the ensub2 round
// (2026-11-27; not the probe lines of probes/probes_ensub2.tsv, not taken
// from a gold or bench set), and their French counterparts, for the exact
// CAMEO 1.1b3 sub-codes of en_ensub2.txt and fr_ensub2.txt: trade barriers
// scrapped (085; demanded 1054), markets opened to someone (061; demanded
// 1011), peacekeepers kept (074; asked for 0234), aid paused or withheld
// (1621/1622), rounds fired at protesters (175, not the bare FIRE 190), an
// inquiry into abuses "by X" (092 with X, not the place), a plain
// word between an addressee and "to" that is its head noun ("urged NATO
// allies to send", mode.go governor: the appeal keeps its sub-code 0232/0214),
// a joint exercise in the singular (062 both ways), troops pulling back
// from positions near a place (0874), strikes "on targets in X" (195 air,
// 194 missiles, in French too: CAMEO 194 "missile launchers"), a UN
// humanitarian coordinator expelled (1663), talks hosted between two
// parties (045; offered, 039 as the CAMEO example of 039), weapons, relief
// and debt relief asked for (0232/0233/0231), and a
// speaker's "said" before "a bomb killed" (subject.go finiteAt: a noun after
// an article is no bare infinitive, so the search for the subject of
// "killed" stops at "said"; no event), nor is it the subject of an -ing
// noun opening the reported clause ("said shelling continued", subject.go).
func TestEnsub2(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "India demanded that Turkey remove its export curbs on steel.",
			[]string{"IND>TUR:1054"}, []string{"IND>TUR:100"}},
		{"fr", "L'Inde a exigé que la Turquie abolisse ses restrictions aux exportations d'acier.",
			[]string{"IND>TUR:1054"}, []string{"IND>TUR:100"}},
		{"en", "The European Union urged Japan to open its markets to European cars.",
			[]string{"IGOEUREEC>JPN:0211"}, []string{"IGOEUREEC>JPN:020"}},
		{"en", "Brussels demanded that Tokyo open its markets to European cars.",
			[]string{"IGOEUREEC>JPN:1011"}, []string{"IGOEUREEC>JPN:100"}},
		{"fr", "Bruxelles a exigé que Tokyo ouvre ses marchés aux voitures européennes.",
			[]string{"IGOEUREEC>JPN:1011"}, []string{"IGOEUREEC>JPN:100"}},
		{"en", "Lebanon asked the United Nations to keep its peacekeepers in the south beyond August.",
			[]string{"LBN>IGOUNO:0234"}, []string{"LBN>IGOUNO:020"}},
		{"fr", "Le Liban a appelé l'ONU à maintenir ses Casques bleus dans le sud après août.",
			[]string{"LBN>IGOUNO:0234"}, []string{"LBN>IGOUNO:020"}},
		{"en", "Washington paused military aid to Taiwan.",
			[]string{"USA>TWN:1622"}, []string{"USA>TWN:072"}},
		{"en", "Sweden withheld economic aid to Somalia.",
			[]string{"SWE>SOM:1621"}, []string{"SWE>SOM:162"}},
		{"fr", "Washington a mis en pause son aide militaire à Taïwan.",
			[]string{"USA>TWN:1622"}, nil},
		{"en", "Kenyan police fired live ammunition at demonstrators in Nairobi.",
			[]string{"KENCOP>KENOPP:175"}, []string{"KENCOP>KENOPP:190"}},
		{"en", "Human Rights Watch launched an investigation into human rights abuses by Sudanese troops in Darfur.",
			[]string{"NGOHRI>SDNMIL:092"}, []string{"NGOHRI>SDN:092"}},
		{"en", "Latvia urged NATO allies to send more air defense systems.",
			[]string{"LVA>IGOWSTNAT:0232"}, []string{"LVA>IGOWSTNAT:020"}},
		{"fr", "L'Estonie a appelé les alliés de l'OTAN à renforcer le partage de renseignements.",
			[]string{"EST>IGOWSTNAT:0214"}, []string{"EST>IGOWSTNAT:020"}},
		{"en", "Poland and Lithuania staged a joint air defense exercise near the border.",
			[]string{"POL>LTU:062", "LTU>POL:062"}, nil},
		{"fr", "La Pologne et la Lituanie ont organisé un exercice militaire conjoint près de la frontière.",
			[]string{"POL>LTU:062", "LTU>POL:062"}, nil},
		{"en", "Russian troops withdrew from positions near Kupiansk.",
			[]string{"RUSMIL>UKR:0874"}, nil},
		{"en", "Turkey carried out drone strikes on targets in northern Syria.",
			[]string{"TUR>SYR:195"}, nil},
		{"en", "Israel launched missile strikes against positions in Lebanon.",
			[]string{"ISR>LBN:194"}, nil},
		{"fr", "Israël a mené des frappes de missiles contre des positions au Liban.",
			[]string{"ISR>LBN:194"}, []string{"ISR>LBN:195"}},
		{"en", "Sudan expelled the UN humanitarian coordinator.",
			[]string{"SDN>IGOUNO:1663"}, []string{"SDN>IGOUNO:166"}},
		{"fr", "Le Soudan a expulsé le coordinateur humanitaire de l'ONU.",
			[]string{"SDN>IGOUNO:1663"}, nil},
		{"en", "Oman offered to host talks between Iran and the United States.",
			[]string{"OMN>IRN:039", "OMN>USA:039"}, []string{"OMN>IRN:036"}},
		{"en", "Oman hosted talks between Iran and the United States.",
			[]string{"OMN>IRN:045", "OMN>USA:045"}, []string{"OMN>IRN:040"}},
		{"en", "Georgia asked Britain for more anti-tank missiles.",
			[]string{"GEO>GBR:0232"}, []string{"GEO>GBR:020"}},
		{"fr", "La Géorgie a demandé au Royaume-Uni davantage de missiles antichars.",
			[]string{"GEO>GBR:0232"}, []string{"GEO>GBR:020"}},
		{"en", "Libya appealed to Egypt for flood relief.",
			[]string{"LBY>EGY:0233"}, []string{"LBY>EGY:020"}},
		{"en", "Ghana asked the International Monetary Fund for debt relief.",
			[]string{"GHA>IGOBUSIMF:0231"}, []string{"GHA>IGOBUSIMF:0233"}},
		{"en", "Ukraine's military said shelling continued near Kharkiv.",
			nil, []string{"UKRMIL>UKR:190", "UKRMIL>UKR:194"}},
		{"fr", "L'armée ukrainienne a affirmé que les bombardements se poursuivaient près de Kharkiv.",
			nil, []string{"UKRMIL>UKR:190", "UKRMIL>UKR:194"}},
		{"en", "Officials said a bomb killed four soldiers near Kandahar.",
			nil, []string{"---GOV>AFGMIL:183", "AFGGOV>AFGMIL:183"}},
	})
}
