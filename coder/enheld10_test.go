package coder

import "testing"

// TestEnheld10 checks the classes the enheld10 round fixed from the spent
// held-back lines of enwire6, subcode and earlier rounds: appeals for search
// and rescue teams 0233, retaliation "against X with air | drone strikes"
// 195, a bare threat "with retaliation" kept 130 when a later word of the
// topic is "military", demands that X stop blocking something 1042; with
// must-not controls. Sentences are new variations, not the probes.
func TestEnheld10(t *testing.T) {
	const d = "2025-03-12"
	checkDatedCases(t, []datedCase{
		// appeals for search and rescue teams: humanitarian aid 0233
		{"en", d, "Morocco appealed to the European Union for search and rescue teams on Saturday.", []string{"MAR>IGOEUREEC:0233"}},
		{"en", d, "Afghanistan asked Pakistan for rescue teams after the flood.", []string{"AFG>PAK:0233"}},
		// control: an appeal for calm after a rescue stays 020
		{"en", d, "Egypt appealed to Israel for calm after the rescue of the hostages.", []string{"EGY>ISR:020"}},
		// retaliating against X with air or drone strikes: 195
		{"en", d, "Pakistan retaliated against Afghanistan with air strikes on Sunday.", []string{"PAK>AFG:195"}},
		{"en", d, "Ukraine retaliated against Russia with a drone strike on a refinery.", []string{"UKR>RUS:195"}},
		// control: a bare retaliation stays 190
		{"en", d, "Armenia retaliated against Azerbaijan on Sunday.", []string{"ARM>AZE:190"}},
		// a bare threat with retaliation, a later "military" of the topic: 130
		{"en", d, "China threatened the Philippines with retaliation over its expanding military cooperation with Japan.", []string{"CHN>PHL:130"}},
		// controls: military retaliation, military action stay 138
		{"en", d, "China threatened the Philippines with military retaliation.", []string{"CHN>PHL:138"}},
		{"en", d, "Russia threatened Moldova with military action.", []string{"RUS>MDA:138"}},
		// demanding that X stop blocking something: 1042
		{"en", d, "Poland demanded that Hungary stop vetoing the next aid package.", []string{"POL>HUN:1042"}},
		// control: already 1042 before
		{"en", d, "Greece demanded that Turkey stop blocking the pipeline project.", []string{"GRC>TUR:1042"}},
	})
}
