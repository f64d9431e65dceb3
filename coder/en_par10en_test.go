package coder

import "testing"

// par10en round (2026-11-27): invented English sentences for the classes of
// coder/en_par10en.go and data/en_par10en.txt.
func TestEnPar10en(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a condemnation of "the attack" coordinated after the attack: its author
		{"en", "2024-03-12", "Serbian police raided a Kosovo border post, and Pristina condemned the raid.", []string{"SRBCOP>KSV:190", "KSV>SRBCOP:111"}},
		// a rejection of "the sanctions" coordinated after them
		{"en", "2024-03-12", "Australia imposed sanctions on Russia, and Moscow rejected the measures.", []string{"AUS>RUS:163", "RUS>AUS:120"}},
		// criticism of a named actor over an act is 111, not a defence of the detainee
		{"en", "2024-03-12", "Canada criticised Iran over the detention of a journalist.", []string{"CAN>IRN:111"}},
		// a recall coordinated after an accusation of a country
		{"en", "2024-03-12", "Kenya accused Uganda of harbouring rebels and recalled its ambassador.", []string{"KEN>UGA:112", "KEN>UGA:161"}},
		// "it" in an "after" clause is the main clause's country
		{"en", "2024-03-12", "Iran summoned the British ambassador after London accused it of supplying drones.", []string{"IRN>GBRGOV:110", "GBR>IRN:112"}},
	})
}
