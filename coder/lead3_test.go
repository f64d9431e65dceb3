package coder

import "testing"

// TestHeldTalksFrench: « avoir des pourparlers / négociations (avec X) » is
// 046 as English "held talks (with X)" is (PETRARCH HOLD TALKS 046);
// « avoir des discussions avec » stays a consultation (040).
func TestHeldTalksFrench(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le ministre turc a eu des pourparlers avec son homologue grec.", []string{"TURGOV>GRCGOV:046", "GRCGOV>TURGOV:046"}},
		{"en", d, "The Turkish minister held talks with his Greek counterpart.", []string{"TURGOV>GRCGOV:046", "GRCGOV>TURGOV:046"}},
		{"fr", d, "La Turquie et la Grèce ont eu des négociations à Athènes.", []string{"TUR>GRC:046", "GRC>TUR:046"}},
		{"fr", d, "Le ministre turc a eu des discussions avec son homologue grec.", []string{"TURGOV>GRCGOV:040", "GRCGOV>TURGOV:040"}},
	})
}

// TestThankedForSupportFrench: « remercier X pour le soutien de Y »
// thanks X, the direct object (English "thanked X for Y's support" codes
// X); « remercier X pour son soutien » and « saluer le soutien de Y »
// keep their targets.
func TestThankedForSupportFrench(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le président moldave a remercié Emmanuel Macron pour le soutien de la France.", []string{"MDAGOV>FRAGOV:051"}},
		{"fr", d, "Le président moldave a remercié la Roumanie pour son soutien.", []string{"MDAGOV>ROU:051"}},
		{"fr", d, "Le président moldave a salué le soutien de la Roumanie.", []string{"MDAGOV>ROU:051"}},
	})
}
