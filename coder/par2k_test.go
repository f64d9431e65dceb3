package coder

import "testing"

// TestPar2k checks the classes the par2k round fixed from invented
// English/French wire pairs on the commonest wire events of early 2024
// (probes/par2k.tsv k001-k030): aircraft or drones striking targets "in" a
// place (195 EN/FR, an owner before the targets stays the target), French
// « avions de guerre » subjects (195), and statements told to a
// legislature (010 EN). Sentences are new variations, not the probe pairs.
func TestPar2k(t *testing.T) {
	const d = "2024-05-20"
	checkDatedCases(t, []datedCase{
		// aircraft striking targets in a place
		{"en", d, "Russian drones hit energy facilities in the Ukrainian city of Lviv.", []string{"RUSMIL>UKR:195"}},
		{"en", d, "Pakistani jets struck hideouts in eastern Afghanistan on Monday.", []string{"PAKMIL>AFG:195"}},
		// an owner named before the targets stays the target
		{"en", d, "Israeli jets struck Hezbollah targets in southern Lebanon.", []string{"ISRMIL>LBNREB:195"}},
		{"fr", d, "Des drones russes ont frappé des installations énergétiques dans la région de Kharkiv.", []string{"RUSMIL>UKR:195"}},
		{"fr", d, "Des avions de guerre turcs ont bombardé des bases dans le nord de l'Irak.", []string{"TURMIL>IRQ:195"}},
		// statements told to a legislature
		{"en", d, "The Kenyan finance minister told lawmakers that the deficit would shrink next year.", []string{"KENGOV>KENLEG:010"}},
		{"en", d, "The Argentine president told Congress that inflation was falling.", []string{"ARGGOV>ARGLEG:010"}},
	})
}
