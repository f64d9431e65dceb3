package coder

import "testing"

// TestEnstruct5 codes invented English sentences of the enstruct5 round
// (enstruct5.go, data/en_enstruct5.txt, the enstruct5 lists of
// data/en_lex.txt) and requires exactly their events. None is a probe line.
func TestEnstruct5(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a subject opened by "neither" negates its verb; without it both code
		{"en", "2024-03-12", "Neither Egypt nor Jordan condemned Israel.", nil},
		{"en", "2024-03-12", "Neither side accepted the proposal of Qatar.", nil},
		{"en", "2024-03-12", "Egypt and Jordan condemned Israel.", []string{"EGY>ISR:111", "JOR>ISR:111"}},
		// a verb coordinated after the first verb's own object keeps its event
		{"en", "2024-03-12", "Russia criticised Poland and threatened Lithuania over the transit ban.", []string{"RUS>POL:111", "RUS>LTU:130"}},
		// a second object coordinated with the first: a noun, and a target
		{"en", "2024-03-12", "The United States struck Houthi positions in Yemen and Hezbollah targets in Lebanon.", []string{"USA>YEMREB:193", "USA>LBNREB:193"}},
		// an agent of unknown country deployed or sent by a state is that state's
		{"en", "2024-03-12", "Troops sent by Ethiopia fought al-Shabaab militants in Gedo.", []string{"ETHMIL>SOMREB:190"}},
		{"en", "2024-03-12", "Police deployed by Kenya arrested a gang leader in Port-au-Prince.", []string{"KENCOP>HTICRM:173"}},
		// armed men loyal to a state's government or army are its forces
		{"en", "2024-03-12", "Fighters loyal to the Yemeni government shelled Houthi positions near Taiz.", []string{"YEMMIL>YEMREB:194"}},
		// help asked to fight is military aid, to repay economic aid; the fight is not coded
		{"en", "2024-03-12", "Niger asked Turkey to help it fight insurgents.", []string{"NER>TUR:0232"}},
		{"en", "2024-03-12", "Sri Lanka asked India to help it repay its loans.", []string{"LKA>IND:0231"}},
		// agreeing with another state to strengthen military cooperation: both intend it
		{"en", "2024-03-12", "Egypt agreed with Sudan to strengthen military cooperation.", []string{"EGY>SDN:0312", "SDN>EGY:0312"}},
	})
}
