package coder

import "testing"

// TestEnbg codes invented English wire sentences of the enbg round
// (enbg.go, the enbg lists of data/en_lex.txt) and requires exactly their
// events. None is a probe line; the first three failed before the round,
// the last two guard the news's trigger after "after" (coded).
func TestEnbg(t *testing.T) {
	d := "2024-03-12"
	checkDatedCases(t, []datedCase{
		// a far pattern word ("...suicide") never reaches into a trailing
		// background phrase
		{"en", d, "Indian security forces killed six militants in Kashmir on Tuesday, in the wake of a suicide attack that killed five policemen last week.", []string{"INDCOP>INDREB:190"}},
		{"en", d, "Indian security forces killed six militants in Kashmir on Tuesday, following a suicide attack that killed five policemen.", []string{"INDCOP>INDREB:190"}},
		// a date-less reduced participle after "after" is background
		{"en", d, "Ghana and Togo agreed on Tuesday to share intelligence, after a round of talks in Lome mediated by Nigeria.", []string{"GHA>TGO:0314", "TGO>GHA:0314"}},
		// a finite verb after "after" | "which came after" is the news's
		// trigger, coded
		{"en", d, "Ghana's president criticised Togo on Tuesday, after Togolese troops detained Ghanaian traders at the border.", []string{"GHAGOV>TGO:111", "TGOMIL>GHABUS:173"}},
		{"en", d, "Kenya's president met Uganda's president in Kampala on Tuesday, which came after Somali troops attacked Kenyan police near the border.", []string{"KENGOV>UGAGOV:040", "UGAGOV>KENGOV:040", "SOMMIL>KENCOP:190"}},
	})
}
