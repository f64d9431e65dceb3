package coder

import "testing"

// TestLead8BrokeredTruce: a third party that negotiated, secured or
// obtained a truce between two sides is their mediator (045 to each side),
// in both languages, as PETRARCH's "BROKER * &CEASEFIRE" and the English
// "brokered a ceasefire between" (fr_coop.txt, en_dyad.txt); the parties'
// own ceasefire stays 0871 both ways, and the parties negotiating one 046.
func TestLead8BrokeredTruce(t *testing.T) {
	const d = "2024-05-01"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le Qatar a négocié un cessez-le-feu entre Israël et le Hamas.", []string{"QAT>ISR:045", "QAT>PSEREBHMS:045"}},
		{"fr", d, "L'Égypte a obtenu une trêve entre Israël et le Hamas.", []string{"EGY>ISR:045", "EGY>PSEREBHMS:045"}},
		{"en", d, "Egypt secured a truce between Israel and Hamas.", []string{"EGY>ISR:045", "EGY>PSEREBHMS:045"}},
		{"en", d, "The United States negotiated a ceasefire between Israel and Hezbollah in November.", []string{"USA>ISR:045", "USA>LBNREB:045"}},
		{"en", d, "Qatar brokered a ceasefire between Israel and Hamas.", []string{"QAT>ISR:045", "QAT>PSEREBHMS:045"}},
		// controls: an announced ceasefire, the parties themselves
		{"fr", d, "Le Qatar a annoncé un cessez-le-feu entre Israël et le Hamas.", []string{"ISR>PSEREBHMS:0871", "PSEREBHMS>ISR:0871"}},
		{"fr", d, "Israël et le Hamas ont négocié un cessez-le-feu.", []string{"ISR>PSEREBHMS:046", "PSEREBHMS>ISR:046"}},
		{"en", d, "Israel and Hamas negotiated a ceasefire.", []string{"ISR>PSEREBHMS:046", "PSEREBHMS>ISR:046"}},
	})
}
