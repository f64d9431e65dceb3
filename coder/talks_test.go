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
