package coder

import "testing"

// par3en round (2026-11-27): English wire classes (coder/data/en_par3en.txt,
// the par3en lines of en_dyad.txt, match.go reasonprep, mode.go gerundlight,
// fixes.go ownerCountry, actor/data/par3en_en.txt). Invented sentences, not
// the probes'.
func TestPar3enWire(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a vote on an aid package or bill is no aid given
		{"en", "2024-04-20", "The House of Representatives passed a bill providing military aid to Taiwan.", nil},
		// a nominal event owned by a pronoun after "over" is the main event's reason
		{"en", "2024-04-10", "Algeria criticised France over its arms deliveries to Morocco.", []string{"DZA>FRA:111"}},
		// "shells" after a verb of buying or a quantity is the noun
		{"en", "2024-02-10", "Poland hailed the German plan to purchase artillery shells for Kyiv.", []string{"POL>DEU:051"}},
		// a speech delivered to a legislature
		{"en", "2024-02-10", "The Kenyan president delivered a speech to parliament.", []string{"KENGOV>KENLEG:010"}},
		// negotiators pulled out of talks with X
		{"en", "2024-02-10", "Hamas withdrew its delegation from the talks with Israel.", []string{"PSEREBHMS>ISR:164"}},
		// weapons given with the recipient first
		{"en", "2024-02-10", "Britain gave Ukraine more Storm Shadow missiles.", []string{"GBR>UKR:072"}},
		// an appeal to speed up the deployment of a peacekeeping mission
		{"en", "2024-02-10", "Somalia urged the African Union to speed up the deployment of its peacekeeping mission.", []string{"SOM>IGOAFRAFU:0234"}},
		// an -ing form after "keep" governed by a threat
		{"en", "2024-02-10", "Hezbollah vowed to keep attacking Israeli positions.", []string{"LBNREB>ISR:1384"}},
		// a thing owned by an actor of known country is that country's
		{"en", "2024-02-10", "Houthi rebels attacked a tanker owned by a Greek company.", []string{"YEMREB>GRCBUS:190"}},
		// troops moved to the border with X
		{"en", "2024-02-10", "Azerbaijan moved tanks to its border with Armenia.", []string{"AZE>ARM:154"}},
		// an air strike "in" a place before its verb is an aerial attack; the
		// head of a militia after its backer's compound is the militia's
		{"en", "2024-02-10", "A US drone strike in Syria killed a leader of an Iran-backed militia.", []string{"USAMIL>SYRREB:195"}},
		{"en", "2024-02-10", "An Israeli air strike in Khan Younis killed twelve civilians.", []string{"ISR>PSECVL:195"}},
		// an alliance of armed groups in a coordinated subject
		{"en", "2024-02-10", "The Sudanese army and an alliance of armed groups agreed to a ceasefire.", []string{"SDNMIL>SDNREB:0871", "SDNREB>SDNMIL:0871"}},
	})
}
