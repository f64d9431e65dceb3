package coder

import (
	"strings"
	"testing"
)

// TestEnglishData checks the English pattern data (en.txt as converted by
// internal/convert, and en_dyad.txt): CAMEO sub-codes the codebook defines
// by the kind of thing given, stopped or refused, and PETRARCH block
// defaults that must not code ambiguous words (nouns, adverbs, light
// verbs). want lists "SRC>TGT:CODE" events that must be there ("?" for any
// target); not lists codes that must not appear.
func TestEnglishData(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
		not    []string
	}{
		// the kind of aid decides the sub-code, wherever it stands in the object
		{"Japan provided 5,000 tons of food aid to Sudan.",
			[]string{"Japan=JPN", "Sudan=SDN"}, []string{"JPN>SDN:073"}, []string{"060", "070"}},
		{"Germany gave economic aid to Turkey.",
			[]string{"Germany=DEU", "Turkey=TUR"}, []string{"DEU>TUR:071"}, nil},
		{"Germany suspended its military aid to Turkey.",
			[]string{"Germany=DEU", "Turkey=TUR"}, []string{"DEU>TUR:1622"}, []string{"162"}},
		{"Japan halted economic aid to Myanmar.",
			[]string{"Japan=JPN", "Myanmar=MMR"}, []string{"JPN>MMR:1621"}, []string{"162"}},
		// freeing people is 0841, surrendering 0874, shelling 194
		{"The rebels freed the hostages on Monday.",
			[]string{"The rebels=COLREB", "the hostages=USACVL"}, []string{"COLREB>USACVL:0841"}, []string{"080"}},
		{"The army shelled the rebels.",
			[]string{"The army=SYRMIL", "the rebels=SYRREB"}, []string{"SYRMIL>SYRREB:194"}, []string{"190"}},
		{"Two hundred rebels surrendered on Sunday.",
			[]string{"rebels=UGAREB"}, []string{"UGAREB>?:0874"}, []string{"080"}},
		// appeals for withdrawal or a truce are for de-escalation (0256); rejecting a truce is 1246
		{"Egypt called for the withdrawal of all foreign forces.",
			[]string{"Egypt=EGY"}, []string{"EGY>?:0256"}, []string{"020"}},
		{"The rebels rejected a truce offered by the government.",
			[]string{"The rebels=SDNREB", "the government=SDNGOV"}, []string{"SDNREB>?:1246"}, []string{"120"}},
		// arriving in or travelling to a country is a visit (042)
		{"The Prime Minister of India arrived in Washington on Tuesday.",
			[]string{"The Prime Minister of India=INDGOV", "Washington=USA"}, []string{"INDGOV>?:042"}, []string{"040"}},
		{"Germany gave weapons to Ukraine.",
			[]string{"Germany=DEU", "Ukraine=UKR"}, []string{"DEU>UKR:072"}, nil},
		// block defaults that no longer code ambiguous words
		{"Sweden sent the refugees back to Turkey.",
			[]string{"Sweden=SWE", "Turkey=TUR"}, nil, []string{"050"}},
		{"Iran will face new sanctions, France said.",
			[]string{"Iran=IRN", "France=FRA"}, nil, []string{"040", "036"}},
		{"The prime minister called the bombing a crime against Israel.",
			[]string{"The prime minister=ISRGOV", "Israel=ISR"}, nil, []string{"041"}},
		{"The army controls the north of Mali.",
			[]string{"The army=MLIMIL", "Mali=MLI"}, nil, []string{"060"}},
		{"Russia gave a warm reception to the president of Syria.",
			[]string{"Russia=RUS", "the president of Syria=SYRGOV"}, nil, []string{"060"}},
		// PETRARCH's DELAY block is its own block, not the accusations of BLAME
		{"Turkey postponed the talks with Greece.",
			[]string{"Turkey=TUR", "Greece=GRC"}, nil, []string{"112"}},
		{"The army hampered the relief effort in Darfur.",
			[]string{"The army=SDNMIL", "Darfur=SDN"}, nil, []string{"112"}},
		// patterns of EXPLAIN_VERBAL apply to the verb they were written for:
		// "announced aid" is an intent (033), "said ... aid" is not
		{"Germany said the aid had arrived in Turkey.",
			[]string{"Germany=DEU", "Turkey=TUR"}, nil, []string{"033"}},
		{"Germany announced aid for Turkey.",
			[]string{"Germany=DEU", "Turkey=TUR"}, []string{"DEU>?:033"}, nil},
		// indicting keeps its own code (173), not CONDEMN's patterns (111)
		{"The court indicted the general for his part in the fighting in Bosnia.",
			[]string{"The court=IGOUNOJUD", "the general=SRBMIL"}, []string{"IGOUNOJUD>SRBMIL:173"}, []string{"111"}},
		// a bare "expressed" is no disapproval; increasing is no cooperation
		{"Germany expressed interest in the gas fields of Turkey.",
			[]string{"Germany=DEU", "Turkey=TUR"}, nil, []string{"110"}},
		{"Germany expressed concern about Turkey.",
			[]string{"Germany=DEU", "Turkey=TUR"}, []string{"DEU>?:012"}, nil},
		{"Russia increased its gas prices for Ukraine.",
			[]string{"Russia=RUS", "Ukraine=UKR"}, nil, []string{"060"}},
		// meeting an obligation is no meeting
		{"Russia will meet its obligations to Ukraine.",
			[]string{"Russia=RUS", "Ukraine=UKR"}, nil, []string{"040", "036"}},
		// what an accusation or a demand is about decides the sub-code
		{"Ukraine accused Russia of genocide.",
			[]string{"Ukraine=UKR", "Russia=RUS"}, []string{"UKR>RUS:1124"}, []string{"112"}},
		{"The United Nations accused Israel of war crimes.",
			[]string{"The United Nations=IGOUNO", "Israel=ISR"}, []string{"IGOUNO>ISR:1124"}, []string{"111"}},
		{"Egypt shared intelligence with Israel.",
			[]string{"Egypt=EGY", "Israel=ISR"}, []string{"EGY>ISR:064"}, nil},
		{"Iran accused Britain of spying.",
			[]string{"Iran=IRN", "Britain=GBR"}, []string{"IRN>GBR:1125"}, nil},
		{"The opposition demanded the resignation of the president of Peru.",
			[]string{"The opposition=PEROPP", "the president of Peru=PERGOV"}, []string{"PEROPP>PERGOV:1041"}, nil},
	} {
		got, _ := codeIt(t, "en", tc.text, tc.actors...)
		for _, w := range tc.want {
			found := false
			for _, g := range got {
				g = strings.Fields(g)[0]
				if g == w || (strings.Contains(w, ">?:") && strings.HasPrefix(g, w[:strings.Index(w, ">")+1]) &&
					strings.HasSuffix(g, w[strings.Index(w, ":"):])) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s\n got %q, want %s", tc.text, got, w)
			}
		}
		for _, n := range tc.not {
			for _, g := range got {
				if strings.HasSuffix(strings.Fields(g)[0], ":"+n) {
					t.Errorf("%s\n got %q, must not code %s", tc.text, got, n)
				}
			}
		}
	}
}
