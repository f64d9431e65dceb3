package coder

import "testing"

// TestNominalHeadlines4 checks nominal events of news headlines without a
// finite verb (h-nominal, 2026-11-26), through the real stages, on
// sentences written for the test: an author named by a nationality
// adjective after the event noun (actor/data/eventnouns_fr.txt: répression,
// pilonnage, accusations), the target after contre/sur or the headline's
// leading country, and protesters gathered "pour réclamer le départ des
// troupes" (the protest is the event, 1412, not the demand).
func TestNominalHeadlines4(t *testing.T) {
	checkFixCases(t, []fixCase{
		{lang: "fr", text: "Accusations américaines contre l'Iran",
			want: []string{"USA>IRN:112"}},
		{lang: "fr", text: "Iran : nouvelles accusations américaines",
			want: []string{"USA>IRN:112"}},
		{lang: "fr", text: "La répression iranienne des manifestants",
			want: []string{"IRN>IRNOPP:175"}},
		{lang: "fr", text: "Un pilonnage russe sur Idleb",
			want: []string{"RUS>SYR:194"}},
		// the adjective after other nouns names no author
		{lang: "fr", text: "Des accusations contre l'Iran",
			not: []string{">IRN:112"}},
		{lang: "fr", text: "Un millier de manifestants à Bamako pour réclamer le départ des troupes étrangères",
			want: []string{"MLIOPP>---MIL:1412"}, not: []string{"MLIOPP>---MIL:1056"}},
		{lang: "fr", text: "Des centaines de manifestants à Bagdad pour exiger le retrait des forces américaines",
			want: []string{"IRQOPP>USAMIL:1412"}},
		// a demand by a finite verb stays a demand
		{lang: "fr", text: "Les manifestants réclament le départ des troupes étrangères",
			want: []string{"---OPP>---MIL:1056"}, not: []string{"---OPP>---MIL:1412"}},
	})
}
