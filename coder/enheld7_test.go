package coder

import "testing"

// TestEnheld7 checks the classes the enheld7 round fixed from the spent
// held-back batches of earlier English rounds (par19en, enstruct5, enprec12,
// enheld6_new, pairs13 p061-p100): a sports side named after its country is
// no actor; unknown perpetrators named by a group or state in a reduced
// relative after them take that actor's code; with must-not controls.
// Sentences are new variations, not the probes.
func TestEnheld7(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// a sports side's match or tour: no event
		{"en", d, "Pakistan's cricket team beat Australia in Lahore on Sunday.", nil},
		{"en", d, "Brazil's national football team defeated Argentina 2-0 in Rio de Janeiro.", nil},
		{"en", d, "New Zealand's rugby side began a tour of South Africa on Monday.", nil},
		// control: the state itself still acts
		{"en", d, "Pakistan accused Australia of interfering in its affairs.", []string{"PAK>AUS:112"}},
		// unknown perpetrators named by a group after them: that group
		{"en", d, "Gunmen linked to the Islamic State killed 20 villagers in northern Mozambique.", []string{"IMGMUSISI>MOZCVL:190"}},
		{"en", d, "Militants loyal to al-Shabaab kidnapped three teachers in southern Somalia.", []string{"SOMREB>SOMEDU:181"}},
		// control: unknown perpetrators named by no one stay uncoded
		{"en", d, "Gunmen killed 20 villagers in northern Mozambique on Sunday.", nil},
		{"en", d, "Gunmen linked to the attack fled into the forest after killing five villagers.", nil},
	})
}
