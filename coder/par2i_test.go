package coder

import "testing"

// TestPar2i checks the classes the par2i round fixed from invented wire
// sentences naming people by name (probes/par2i.tsv i001-i040), in English
// and French: Pierre Poilievre,
// Leader of the Official Opposition, is CANOPP; "wanted to meet X" is an
// intent (036) like "wants to meet X"; "welcomed <leader> at <a seat or
// residence>" hosts a visit (043:042) like "... in <city>"; "step down as
// <office>" codes nothing; "demander à X (davantage d')aide financière" is
// 0231, not the bare 023. Sentences are new variations, not the probe lines.
func TestPar2i(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// Poilievre, leader of the opposition
		{"en", d, "Pierre Poilievre criticised the Canadian finance minister over the deficit.", []string{"CANOPP>CANGOV:111"}},
		{"fr", d, "Pierre Poilievre a critiqué la ministre canadienne des Finances au sujet du déficit.", []string{"CANOPP>CANGOV:111"}},
		// wanted to meet
		{"en", d, "The Thai prime minister said he wanted to meet the Cambodian prime minister.", []string{"THAGOV>KHMGOV:036"}},
		// welcomed at a seat
		{"en", d, "The Kenyan president welcomed the Ethiopian prime minister at State House.", []string{"KENGOV>ETHGOV:043", "ETHGOV>KEN:042"}},
		{"en", d, "Ursula von der Leyen welcomed the Moldovan president at the Commission headquarters.", []string{"IGOEUREEC>MDAGOV:043", "MDAGOV>IGOEUREEC:042"}},
		// step down as
		{"en", d, "The head of the UN refugee agency will step down as high commissioner in December.", nil},
		// demander à X une aide financière
		{"fr", d, "Le Sri Lanka a demandé à l'Inde une aide financière d'urgence.", []string{"LKA>IND:0231"}},
	})
}
