package coder

import "testing"

// TestPar2f checks the classes the par2f round fixed from invented English
// wire sentences in the wire parallel gold's style (probes/probes_par2f.tsv
// f001-f060), with their French twins: appeals to send police officers or
// gendarmes (0234), signed partnerships (057 both ways), relief dropped over
// a place (073 to the place), demands that X let aid in (1055, not 103),
// with controls (a truce demanded before allowing aid stays 1056; asking
// for humanitarian aid stays 1033). Sentences are new variations, not the probe lines.
func TestPar2f(t *testing.T) {
	const d = "2024-05-20"
	checkDatedCases(t, []datedCase{
		// appeal to send police officers for a security mission
		{"en", d, "The Somali president asked Uganda to send more police officers to Mogadishu.", []string{"SOMGOV>UGA:0234"}},
		{"fr", d, "Le président somalien a demandé à l'Ouganda d'envoyer davantage de policiers à Mogadiscio.", []string{"SOMGOV>UGA:0234"}},
		// signed partnership
		{"en", d, "Indonesia and Brazil signed a strategic partnership on Monday.", []string{"IDN>BRA:057", "BRA>IDN:057"}},
		// relief dropped over a place
		{"en", d, "The United States airdropped medicine over the Gaza Strip.", []string{"USA>PSE:073"}},
		{"fr", d, "L'Égypte a largué des vivres au-dessus de Gaza.", []string{"EGY>PSE:073"}},
		// demand that X let aid in
		{"en", d, "The Canadian prime minister demanded that Israel let more relief convoys into Gaza.", []string{"CANGOV>ISR:1055"}},
		{"fr", d, "Le Premier ministre canadien a exigé qu'Israël laisse entrer davantage de convois d'aide à Gaza.", []string{"CANGOV>ISR:1055"}},
		// controls: a truce demanded before allowing aid; aid demanded of X
		{"en", d, "The rebels demanded a truce with the army before allowing aid convoys into the town.", []string{"---REB>---MIL:1056"}},
		{"en", d, "Jordan demanded humanitarian aid from the European Union.", []string{"JOR>IGOEUREEC:1033"}},
	})
}
