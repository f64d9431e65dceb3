package coder

import "testing"

// TestFrheld8DutiesWithdrawalsClaims: duties on named raw materials or farm
// goods (163, two goods coordinated), troops withdrawing from villages or
// positions named by a country's adjective (0874), and attacks claimed by a
// named group as the subject of a killing (fr_frheld8.txt; Kerman,
// actor/data/frheld8.txt). Sentences invented for the frheld8 round.
func TestFrheld8DutiesWithdrawalsClaims(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "L'Inde a riposté en imposant des taxes sur le charbon et le gaz naturel liquéfié des États-Unis.", []string{"IND>USA:163"}},
		{"fr", d, "Pékin a imposé des droits de douane sur le porc des Pays-Bas.", []string{"CHN>NLD:163"}},
		{"fr", d, "Les troupes russes se sont retirées de plusieurs villages ukrainiens.", []string{"RUSMIL>UKR:0874"}},
		{"fr", d, "Une embuscade revendiquée par le JNIM a tué vingt soldats maliens.", []string{"MLIREB>MLIMIL:190"}},
		{"fr", d, "Une explosion revendiquée par les shebab a fait douze morts à Mogadiscio.", []string{"SOMREB>SOM:183"}},
		{"fr", d, "Un attentat revendiqué par le groupe État islamique a fait dix morts à Kerman.", []string{"IMGMUSISI>IRN:180"}},
		// controls: goods with no origin, troops with no place, an attack with no claimant
		{"fr", d, "L'Inde a imposé des taxes sur le charbon.", nil},
		{"fr", d, "Les troupes se sont retirées de plusieurs villages.", nil},
		{"fr", d, "Une embuscade a tué vingt soldats maliens.", nil},
	})
}
