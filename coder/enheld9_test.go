package coder

import "testing"

// TestEnheld9 checks the classes the enheld9 round fixed from the spent
// held-back lines of enbg, enheld8_new, objpass, coordlist and pairs15:
// threats "with war | force" 138 (a bare "retaliation" stays 130) and "with a nuclear ..."
// 1385, descriptive warnings "that X is | was | were ..." (no event),
// demands that X stop arms sales or imports 1042, civilian gathering places
// attacked (CVL), accusations of ramming or storming 1123 and funding
// resumed for X 071, crowds marching to mark a day (no
// protest), an army receiving new weapons (no hosting); with must-not controls. Sentences are new variations,
// not the probes.
func TestEnheld9(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// threatening X with retaliation or war: 138; with a nuclear strike: 1385
		{"en", d, "Moscow threatened Latvia with war on Monday.", []string{"RUS>LVA:138"}},
		// control: a bare retaliation stays 130
		{"en", d, "Moscow threatened Latvia with retaliation on Monday.", []string{"RUS>LVA:130"}},
		{"en", d, "Pyongyang threatened Tokyo with a nuclear strike in response to military exercises.", []string{"PRK>JPN:1385"}},
		// warning that X was doing something: a comment, no threat
		{"en", d, "Lithuania's president warned that Russia was rebuilding its forces.", nil},
		// control: warning X itself stays 130
		{"en", d, "Russia warned Norway on Monday against joining the exercise.", []string{"RUS>NOR:130"}},
		// demanding that X stop selling arms or imports: 1042
		{"en", d, "Russia demanded that Israel stop selling weapons to Ukraine.", []string{"RUS>ISR:1042"}},
		{"en", d, "French farmers demanded that the government halt imports of Brazilian beef.", []string{"FRAAGR>FRAGOV:1042"}},
		// control: demanding that attacks stop stays 1056
		{"en", d, "The UN demanded that Israel stop its attacks on Rafah.", []string{"IGOUNO>ISR:1056"}},
		// a crowded market or a hotel attacked: the civilians there
		{"en", d, "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday.", []string{"SOMREB>SOMCVL:190"}},
		// accusing X of ramming: 1123
		{"en", d, "Vietnam accused China of ramming a fishing boat.", []string{"VNM>CHN:1123"}},
		{"fr", d, "Hanoï a accusé Pékin d'avoir éperonné un bateau de pêche.", []string{"VNM>CHN:1123"}},
		// resuming funding for an agency: 071
		{"en", d, "Australia resumed funding for UNRWA on Friday.", []string{"AUS>IGOUNO:071"}},
		// a march to mark a day: no protest; control: a march to protest stays 141
		{"en", d, "Thousands of people marched in Rome on Saturday to mark Liberation Day.", nil},
		{"en", d, "Thousands of people marched in Belgrade to protest against the government.", []string{"SRBCVL>SRBGOV:141"}},
		// an army receiving new tanks: no hosting; with "from X" still 072
		{"en", d, "The Czech army will receive 40 new tanks next year.", nil},
		{"en", d, "Ukraine received new howitzers from France.", []string{"FRA>UKR:072"}},
	})
}
