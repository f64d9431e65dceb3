package coder

import "testing"

// TestEnglishDataRound5 checks the endata5 lines of en_dyad.txt through the
// real stages: English wire-news phrasing families that PETRARCH's dictionary
// codes with the wrong sense ("lashed out at" is verbal criticism 111, not the
// flogging of 182; "blockaded" 191, not 170; opening fire on protesters 175,
// not armed fighting 193) or not at all (tear-gassing 175, halting arms
// exports 1622, recognising a new government 054, sinking a ship 190, warning
// of famine 012), and sport, market and idiom sentences that must stay silent.
func TestEnglishDataRound5(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "North Korea lashed out at South Korea on Monday.", []string{"PRK>KOR:111"}, []string{"PRK>KOR:182"}},
		{"en", "Israel blockaded Gaza.", []string{"ISR>PSE:191"}, []string{"ISR>PSE:170"}},
		{"en", "Police tear-gassed protesters in Nairobi.", []string{"KENCOP>KENOPP:175"}, nil},
		{"en", "Soldiers opened fire on protesters in Khartoum.", []string{"SDNMIL>SDNOPP:175"}, []string{"SDNMIL>SDNOPP:193"}},
		{"en", "Germany halted arms exports to Saudi Arabia.", []string{"DEU>SAU:1622"}, nil},
		{"en", "China recognized the new government in Kabul.", []string{"CHN>AFGGOV:054"}, []string{"CHN>AFGGOV:051"}},
		{"en", "Ukraine sank a Russian warship.", []string{"UKR>RUSMIL:190"}, nil},
		{"en", "Mali suspended two media outlets.", []string{"MLI>MLIMED:1721"}, nil},
		{"en", "The UN warned Israel that famine looms in Gaza.", nil, []string{"IGOUNO>ISR:130"}},
		// silent: sport, markets, idioms, shipwrecks
		{"en", "Japan beat Spain in the group stage.", nil, []string{"JPN>ESP:182"}},
		{"en", "Nigeria freed up funds for the farmers.", nil, []string{"NGA>NGAAGR:085"}},
	})
	c, kb := realStages(t)
	for _, s := range []string{
		"Japan beat Spain in the group stage.",
		"Nigeria freed up funds for the farmers.",
		"The ferry sank off the coast of Indonesia.",
		"Hopes sank as talks with Iran failed.",
		"Shares sank after the report.",
	} {
		if a := codeReal(t, c, kb, "en", s); len(a.Events) > 0 {
			t.Errorf("%s\n got %q, want no event", s, evStrings(a.Events))
		}
	}
}
