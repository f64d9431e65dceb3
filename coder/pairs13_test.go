package coder

import "testing"

// TestPairs13 checks the classes the pairs13 round fixed from invented
// English/French wire pairs (probes/pairs13.tsv p001-p060): a trailing
// second source (pairs13.go alsoSource), raids « faire une incursion » and « soutenir la candidature de X »
// (fr_pairs13.txt) and
// the French reaction to an act of the same sentence (en_par10en.go
// reactedAct), with must-not controls. Sentences are new variations, not the
// probe pairs.
func TestPairs13(t *testing.T) {
	const d = "2024-05-14"
	checkDatedCases(t, []datedCase{
		// trailing second source of the main clause's event
		{"en", d, "Rome criticised the Israeli offensive in Rafah, and Madrid did too.", []string{"ITA>ISR:111", "ESP>ISR:111"}},
		{"en", d, "Poland condemned Belarus on Monday over the border incident, and so did Lithuania.", []string{"POL>BLR:111", "LTU>BLR:111"}},
		{"fr", d, "Madrid a condamné l'offensive israélienne à Rafah, Dublin aussi.", []string{"ESP>ISR:111", "IRL>ISR:111"}},
		{"fr", d, "La Pologne a critiqué lundi la Biélorussie, tout comme la Lituanie.", []string{"POL>BLR:111", "LTU>BLR:111"}},
		// controls: a last mention that is the object, or no cue word
		{"en", d, "Poland condemned Belarus on Monday, and Lithuania.", []string{"POL>BLR:111"}},
		{"fr", d, "La Pologne a critiqué lundi la Biélorussie et la Russie aussi.", []string{"POL>BLR:111", "POL>RUS:111"}},
		// FR: « faire une incursion dans » 190
		{"fr", d, "Des soldats turcs ont fait une incursion dans le nord de l'Irak.", []string{"TURMIL>IRQ:190"}},
		// FR: « soutenir la candidature de X » 051, negated future a refusal 120
		{"fr", d, "La France soutient la candidature de la Moldavie à l'Union européenne.", []string{"FRA>MDA:051"}},
		{"fr", d, "Le président slovaque a affirmé qu'il ne soutiendrait pas la candidature de l'Ukraine à l'OTAN.", []string{"SVKGOV>UKR:120"}},
		// FR: the reaction to an act coded before in the sentence
		{"fr", d, "La police turque a arrêté mardi trois journalistes, et l'Union européenne a critiqué ces arrestations.", []string{"TURCOP>TURMED:173", "IGOEUREEC>TURCOP:111"}},
		// control: no act before, the demonstrative has no author
		{"fr", d, "L'Union européenne a critiqué ces arrestations.", nil},
	})
}
