package coder

import "testing"

// TestEnheld codes invented English wire sentences of the enheld round
// (data/en_enheld.txt, the enheld lines of data/transform.txt and
// data/en_lex.txt) and requires exactly their events. None is a probe line.
func TestEnheld(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// accused of sending or supplying troops or weapons: an accusation (112), not 111
		{"en", "2024-11-05", "Kyiv accused Iran of supplying drones to Russia.", []string{"UKR>IRN:112"}},
		// arrests by state forces: 173, also of "members" of a group and of journalists
		{"en", "2024-11-05", "Egyptian police arrested Muslim Brotherhood members in Cairo.", []string{"EGYCOP>EGYPTY:173"}},
		{"en", "2024-11-05", "Turkish police arrested a reporter in Istanbul on Monday.", []string{"TURCOP>TURMED:173"}},
		// an investigation opened by the police or prosecutors is a criminal one (091)
		{"en", "2024-11-05", "French prosecutors opened an investigation into Marine Le Pen.", []string{"FRAJUD>FRAPTY:091"}},
		// airdropped relief is humanitarian aid (073)
		{"en", "2024-11-05", "Egypt airdropped humanitarian aid to Gaza on Sunday.", []string{"EGY>PSE:073"}},
		// economic cooperation appealed for: 0211
		{"en", "2024-11-05", "Kazakhstan urged China to deepen economic cooperation.", []string{"KAZ>CHN:0211"}},
		// "combat brigade" is no fight planned
		{"en", "2024-11-05", "Britain plans to send a combat battalion to Estonia next year.", nil},
		// troops massing along a border with a state
		{"en", "2024-11-05", "Ethiopian troops massed along the border with Eritrea.", []string{"ETHMIL>ERI:154"}},
		// an event asked about in a "whether" clause is not asserted
		{"en", "2024-11-05", "The White House declined to say whether Biden would meet Xi.", nil},
	})
}
