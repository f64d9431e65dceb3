package coder

import "testing"

// TestEnheld6 checks the classes the enheld6 round fixed from the spent
// held-back batches of earlier English rounds (par16en-par18en, enheld5_new,
// pairs10-pairs12): bombers striking 195, missiles fired at the centre of a
// place 194, ground raids against an armed group 190, tariff exemptions 085,
// demands to lift an import ban 1054, appeals to speed up weapons deliveries
// 0232, extraditions past a participle 063, an apology for one's own country's
// role; with must-not controls. Sentences are new variations, not the probes.
func TestEnheld6(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// bombers, with or without a model name, striking X: 195
		{"en", d, "Russian bombers struck Ukrainian power plants overnight.", []string{"RUSMIL>UKR:195"}},
		{"en", d, "U.S. B-52 bombers hit militia depots in eastern Syria on Friday.", []string{"USAMIL>SYRREB:195"}},
		// control: a suicide bomber stays 1831
		{"en", d, "A Pakistani Taliban suicide bomber attacked an army post in Peshawar.", []string{"PAKINS>PAKMIL:1831"}},
		// missiles fired at the centre or outskirts of a place: 194
		{"en", d, "Russian forces fired three missiles at the centre of Odesa on Monday.", []string{"RUSMIL>UKR:194"}},
		{"en", d, "Hamas fired rockets at the outskirts of Tel Aviv overnight.", []string{"PSEREBHMS>ISR:194"}},
		// ground raids or incursions into a place against an armed group: 190
		{"en", d, "Israeli ground forces launched raids into southern Lebanon against Hezbollah positions.", []string{"ISRMIL>LBNREB:190"}},
		// control: an air raid keeps 195
		{"en", d, "Israel launched air raids on Hamas targets in Gaza.", []string{"ISR>PSEREBHMS:195"}},
		// an exemption from tariffs granted, or X exempted from them: 085
		{"en", d, "The U.S. president granted an exemption to Japan from steel tariffs.", []string{"USAGOV>JPN:085"}},
		{"en", d, "Washington exempted South Korea from new car tariffs on Monday.", []string{"USA>KOR:085"}},
		// control: an exemption from military service is no event
		{"en", d, "The Israeli government exempted religious students from military service.", nil},
		// demanding that X lift a ban on imports: 1054
		{"en", d, "Hungary demanded that Slovakia lift its ban on Hungarian wine imports.", []string{"HUN>SVK:1054"}},
		// asking X to speed up deliveries of weapons: 0232
		{"en", d, "Estonia asked Germany to speed up deliveries of air defence systems.", []string{"EST>DEU:0232"}},
		// control: asking to speed up visa procedures stays a plain appeal, not 0232
		{"en", d, "Serbia asked Germany to speed up visa procedures for its workers.", []string{"SRB>DEU:020"}},
		// extradited X wanted for a crime to Y: 063 to Y
		{"en", d, "Spain extradited a Russian businessman wanted for fraud to the United States.", []string{"ESP>USA:063"}},
		// an apology for one's own country's role has no target; to X keeps 055
		{"en", d, "The Greek king apologised for Greece's role in the war.", nil},
		{"en", d, "The German president apologised to Namibia for the colonial-era genocide.", []string{"DEUGOV>NAM:055"}},
	})
}
