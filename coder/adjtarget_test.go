package coder

import "testing"

// The state named by a nationality adjective on a noun of its territory,
// border, policy or test (actor word set "ownednoun") is the target.
func TestAdjTargetEvents(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "La France a condamné l'essai nucléaire nord-coréen.", []string{"FRA>PRK:111"}, nil},
		{"fr", "La France a critiqué la politique américaine.", []string{"FRA>USA:111"}, nil},
		{"fr", "La Russie a envahi le territoire ukrainien.", []string{"RUS>UKR:192"}, nil},
		{"fr", "L'Inde a interdit les applications chinoises.", []string{"IND>CHN:172"}, nil},
		{"fr", "La Russie a massé des troupes à la frontière ukrainienne.", []string{"RUS>UKR:154"}, nil},
	})
}
