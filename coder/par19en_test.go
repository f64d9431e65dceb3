package coder

import "testing"

// TestPar19en checks the classes the par19en round fixed from invented
// English agency-wire probes (probes/probes_par19en.tsv f001-f060): hoping or
// wanting to hold talks or a summit with someone (036), threatening to respond
// militarily (138, not 130), a legislature rejecting a decree "by" its author
// (120 to the author), a parliament electing someone "as" prime minister (no
// event, not 060), coast guard ships and vessels as the coast guard (MIL,
// the subject of their verb), with must-not controls. Sentences are new variations, not
// the probes.
func TestPar19en(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"en", d, "The Indian prime minister said he hoped to hold talks with the Chinese president next month.", []string{"INDGOV>CHNGOV:036"}},
		{"en", d, "South Korea wants to hold a summit with Japan before the end of the year.", []string{"KOR>JPN:036"}},
		{"en", d, "Venezuela threatened to respond militarily to any incursion by Guyana.", []string{"VEN>GUY:138"}},
		{"en", d, "Venezuela threatened Guyana with sanctions.", []string{"VEN>GUY:1312"}},
		{"en", d, "Peru's Congress rejected a decree by President Dina Boluarte on Thursday.", []string{"PERLEG>PERGOV:120"}},
		{"en", d, "Chinese coast guard ships fired water cannon at a Vietnamese supply vessel near the Paracel Islands.", []string{"CHNMIL>VNM:175"}},
		{"en", d, "Nepal's parliament elected Sher Bahadur Deuba as prime minister on Tuesday.", nil},
	})
}
