package coder

import "testing"

// TestEnheld8 checks the classes the enheld8 round fixed from the spent
// held-back batches of earlier English rounds (par19en, enstruct5, enprec12,
// par21en, enlong2, enheld7_new, pairs13, pairs14): threats with
// annihilation 138, warnings that one would step up one's strikes 1384 or
// take military countermeasures 138, threats of retaliation against goods
// 1312, warnings about people dying or running out of supplies (no event),
// fighting against tariffs (no armed fight), visits to troops (no visit),
// suicide bombers named by a group 1831, ground raids begun 190; with
// must-not controls. Sentences are new variations, not the probes.
func TestEnheld8(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// threatening X with annihilation or destruction: 138
		{"en", d, "Myanmar's junta threatened the rebels with annihilation on Monday.", []string{"MMRGOV>MMRREB:138"}},
		// warning X that one could step up one's strikes: 1384
		{"en", d, "Turkey warned Syria that Ankara could intensify its strikes on Kurdish positions.", []string{"TUR>SYR:1384"}},
		// warning X that one would take military countermeasures: 138
		{"en", d, "Russia warned Norway that Moscow would take military countermeasures.", []string{"RUS>NOR:138"}},
		// control: a bare warning stays 130
		{"en", d, "Russia warned Norway on Monday against joining the exercise.", []string{"RUS>NOR:130"}},
		// threatening retaliation against a country's goods: 1312
		{"en", d, "India threatened retaliation against British goods on Tuesday.", []string{"IND>GBR:1312"}},
		// warning that people are dying or running out of supplies: no event
		{"en", d, "Oxfam warned that families in Gaza were running out of clean water.", nil},
		{"en", d, "The UN warned that refugees in Chad were dying of cholera.", nil},
		// fighting against a country's tariffs: no armed fight
		{"en", d, "Brazil vowed to fight against American tariffs.", nil},
		// visiting troops: no visit to the country they face
		{"en", d, "The Israeli prime minister visited troops near the Lebanese border.", nil},
		// a suicide bomber named by a group: 1831
		{"en", d, "A suicide bomber sent by Boko Haram attacked a market in Maiduguri.", []string{"NGAREB>NGA:1831"}},
		// control: soldiers' attack stays 190
		{"en", d, "Nigerian soldiers attacked a Boko Haram camp in Borno.", []string{"NGAMIL>NGAREB:190"}},
		// ground raids begun against an armed group: 190
		{"en", d, "Israel's army said it had begun ground raids against Hezbollah positions.", []string{"ISRMIL>LBNREB:190"}},
	})
}
