package coder

import "testing"

// TestEnglishProtestPurposeNoComplaint checks the en_prec9.txt null line
// "--- V to *protest the ... to+": the purpose infinitive "to protest the
// decision ... to X" of a gathering is no official complaint (114) to X, nor
// any other event towards the place named inside the protested decision.
// Without the null line the en_dyad.txt line "114 V *protest|complain to+"
// takes the far "to Haiti" as the addressee. Sentences invented for dyad
// (round unquote); the plain "protested to X" stays a complaint.
func TestEnglishProtestPurposeNoComplaint(t *testing.T) {
	c, kb := realStages(t)
	for _, tc := range []struct{ text, place string }{
		{"Hundreds of Chilean students gathered on Monday to protest the decision to send troops to Haiti.", "HTI"},
		{"Chilean doctors wore black armbands to protest the plan to sell the hospitals to a Spanish firm.", "ESP"},
	} {
		a := codeReal(t, c, kb, "en", tc.text)
		for _, e := range a.Events {
			if e.Code == "114" || e.Code == "127" || len(e.Target) >= 3 && e.Target[:3] == tc.place {
				t.Errorf("%s\n got %q: a protest's purpose is no complaint or rejection towards %s", tc.text, evStrings(a.Events), tc.place)
			}
		}
	}
	a := codeReal(t, c, kb, "en", "Chile protested to Peru over the arrest of its fishermen.")
	checkEvents(t, "Chile protested to Peru over the arrest of its fishermen.", a.Events, []string{"CHL>PER:114"}, nil)
}

// TestEnglishTurnDownCooperation checks en_unquote.txt: "turn down" a
// proposal, offer or request of economic or military cooperation is its
// rejection (CAMEO 1211, 1212), as "reject" is in en_dyad.txt; a loan offer
// named before the noun is economic. Sentences invented for dyad (round
// unquote).
func TestEnglishTurnDownCooperation(t *testing.T) {
	checkEnglishReal(t, []realCase{
		{"Sri Lanka turned down a Chinese proposal for signing a bilateral trade agreement.", []string{"LKA>CHN:1211"}, nil},
		{"Argentina turned down a Brazilian offer of investment in its ports.", []string{"ARG>BRA:1211"}, nil},
		{"The Philippines turned down an American proposal for new military bases.", []string{"PHL>USA:1212"}, nil},
		{"Kazakhstan has turned down a Chinese loan offer for the railway.", []string{"KAZ>CHN:1211"}, []string{"KAZ>CHN:127"}},
		{"Kazakhstan has rejected a Chinese loan offer for the railway.", []string{"KAZ>CHN:1211"}, []string{"KAZ>CHN:127"}},
	})
}
