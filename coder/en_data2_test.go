package coder

import (
	"strings"
	"testing"
)

// TestEnglishDyads checks who does what to whom in English patterns of
// en_dyad.txt: the party complained about (not the addressee), the author
// of a rejected or welcomed proposal, and reciprocal events between two
// parties. want lists "SRC>TGT:CODE" events that must be there ("?" for
// any target); not lists "SRC>TGT:CODE" events that must not appear.
func TestEnglishDyads(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
		not    []string
	}{
		{"Egypt complained to the Security Council about Libyan raids.",
			[]string{"Egypt=EGY", "the Security Council=IGOUNO", "Libyan=LBY"}, []string{"EGY>LBY:114"}, nil},
		{"Kenya protested to the African Union over Somali incursions.",
			[]string{"Kenya=KEN", "the African Union=IGOAFR", "Somali=SOM"}, []string{"KEN>SOM:114"}, nil},
		{"Peru and Chile held talks on Monday.",
			[]string{"Peru=PER", "Chile=CHL"}, []string{"PER>CHL:?", "CHL>PER:?"}, nil},
		{"Talks between Peru and Chile opened on Monday.",
			[]string{"Peru=PER", "Chile=CHL"}, []string{"PER>CHL:?", "CHL>PER:?"}, nil},
		{"Peru met with Chile on Monday.",
			[]string{"Peru=PER", "Chile=CHL"}, []string{"PER>CHL:040"}, nil},
		{"Peru and Chile signed a peace agreement.",
			[]string{"Peru=PER", "Chile=CHL"}, []string{"PER>CHL:057", "CHL>PER:057"}, nil},
		{"A ceasefire between Peru and Chile took effect on Monday.",
			[]string{"Peru=PER", "Chile=CHL"}, []string{"PER>CHL:0871", "CHL>PER:0871"}, nil},
		{"The meeting between Peru and Chile ended on Monday.",
			[]string{"Peru=PER", "Chile=CHL"}, []string{"PER>CHL:040", "CHL>PER:040"}, nil},
		{"Peru rejected Chile's proposal.",
			[]string{"Peru=PER", "Chile=CHL"}, []string{"PER>CHL:?"}, nil},
		{"Peru welcomed Chile's decision.",
			[]string{"Peru=PER", "Chile=CHL"}, []string{"PER>CHL:?"}, nil},
		{"Peru denounced Chile's attack.",
			[]string{"Peru=PER", "Chile=CHL"}, []string{"PER>CHL:111"}, nil},
		{"Peru asked Brazil to condemn Chile.",
			[]string{"Peru=PER", "Brazil=BRA", "Chile=CHL"}, []string{"PER>BRA:?"}, nil},
		{"Peru appealed to Brazil to pressure Chile.",
			[]string{"Peru=PER", "Brazil=BRA", "Chile=CHL"}, []string{"PER>BRA:?"}, nil},
		{"The United Nations rejected a call for its troops to be sent to Haiti.",
			[]string{"The United Nations=IGOUNO", "Haiti=HTI"}, []string{"IGOUNO>HTI:?"}, nil},
		{"The United Nations dismissed requests for its peacekeepers to be deployed in Haiti.",
			[]string{"The United Nations=IGOUNO", "Haiti=HTI"}, []string{"IGOUNO>HTI:120"}, nil},
		{"The secretary general of the African Union led a mediation mission between Peru and Chile.",
			[]string{"The secretary general of the African Union=IGOAFRAU", "Peru=PER", "Chile=CHL"}, []string{"IGOAFRAU>PER:045", "IGOAFRAU>CHL:045"}, nil},
		{"Brazil will host talks between the rebels of Colombia and the government of Colombia.",
			[]string{"Brazil=BRA", "the rebels of Colombia=COLREB", "the government of Colombia=COLGOV"}, []string{"BRA>COLREB:?", "BRA>COLGOV:?"}, nil},
		{"Egypt complained to the Security Council on Monday over three Libyan air raids.",
			[]string{"Egypt=EGY", "the Security Council=IGOUNO", "Libyan=LBY"}, []string{"EGY>LBY:114"}, nil},
		{"Peru has shared its military know-how with the rebels of Colombia.",
			[]string{"Peru=PER", "the rebels of Colombia=COLREB"}, []string{"PER>COLREB:064"}, nil},
		{"The president of Peru issued a firm reminder to Chile that it must respect the border.",
			[]string{"The president of Peru=PERGOV", "Chile=CHL"}, []string{"PERGOV>CHL:100"}, nil},
		{"The president of Peru received a team of observers from the United Nations.",
			[]string{"The president of Peru=PERGOV", "the United Nations=IGOUNO"}, []string{"PERGOV>IGOUNO:086"}, nil},
		{"The army of Peru launched heavy artillery and rocket fire against rebel bases of Chile.",
			[]string{"The army of Peru=PERMIL", "rebel bases of Chile=CHLREB"}, []string{"PERMIL>CHLREB:194"}, nil},
		{"The navy of Chile opened rockets, mortars and machine-gun fire against the rebels of Peru on Sunday.",
			[]string{"The navy of Chile=CHLNAV", "the rebels of Peru=PERREB"}, []string{"CHLNAV>PERREB:194"}, nil},
		{"Peru lodged a formal protest with Brazil over Chilean border incursions.",
			[]string{"Peru=PER", "Brazil=BRA", "Chilean=CHL"}, []string{"PER>CHL:114"}, []string{"PER>BRA:114"}},
		{"Peru filed a complaint with the United Nations against Chile.",
			[]string{"Peru=PER", "the United Nations=IGOUNO", "Chile=CHL"}, []string{"PER>CHL:114"}, nil},
		{"Heavy fighting erupted on Sunday between Peru and Chile.",
			[]string{"Peru=PER", "Chile=CHL"}, []string{"PER>CHL:190", "CHL>PER:190"}, nil},
		{"The president of Peru greeted the foreign minister of Chile at the airport.",
			[]string{"The president of Peru=PERGOV", "the foreign minister of Chile=CHLGOV"}, []string{"PERGOV>CHLGOV:043"}, []string{"CHLGOV>PERGOV:043"}},
		{"Peru received economic aid from Chile.",
			[]string{"Peru=PER", "Chile=CHL"}, nil, []string{"PER>CHL:043"}},
		{"Peru dismissed a request by the government of Chile for urgent financial assistance.",
			[]string{"Peru=PER", "the government of Chile=CHLGOV"}, []string{"PER>CHLGOV:1221"}, nil},
		{"Peru rebuffed Chile's pleas for more military aid.",
			[]string{"Peru=PER", "Chile=CHL"}, []string{"PER>CHL:1222"}, nil},
		{"The president of Peru visited Chile.",
			[]string{"The president of Peru=PERGOV", "Chile=CHL"}, []string{"PERGOV>CHL:042"}, []string{"CHL>PERGOV:042"}},
	} {
		got, _ := codeIt(t, "en", tc.text, tc.actors...)
		has := func(w string) bool {
			for _, g := range got {
				g = strings.Fields(g)[0]
				i, j := strings.Index(w, ">"), strings.Index(w, ":")
				gi, gj := strings.Index(g, ">"), strings.Index(g, ":")
				if g[:gi] == w[:i] && (w[i+1:j] == "?" || g[gi+1:gj] == w[i+1:j]) && (w[j+1:] == "?" || g[gj+1:] == w[j+1:]) {
					return true
				}
			}
			return false
		}
		for _, w := range tc.want {
			if !has(w) {
				t.Errorf("%s\n got %q, want %s", tc.text, got, w)
			}
		}
		for _, n := range tc.not {
			if has(n) {
				t.Errorf("%s\n got %q, must not code %s", tc.text, got, n)
			}
		}
	}
}
