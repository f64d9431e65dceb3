package coder

import "testing"

// TestPar21en checks the classes the par21en round fixed from invented
// English wire probes (probes/probes_par21en.tsv f001-f060): a reported plan
// after "said that" (036, not dropped as the statement's complement),
// "called on X to free" before a later participle (0253), a demand's
// that-clause after "on Monday" (1053), packages "of weapons" (072), ready
// to use nuclear weapons (1385), calls to scale back an offensive rejected
// (1246), hacking (1125; a cyber attack stays 112), restoring order (no event), opposition
// politicians (OPP), human rights commissioners (GOV; an IGO's stays the
// IGO), executing captured soldiers (1124, no 0874). Sentences are new
// variations, not the probes.
func TestPar21en(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		{"en", d, "Downing Street said that Prime Minister Keir Starmer planned to meet French President Emmanuel Macron in Paris next week.", []string{"GBRGOV>FRAGOV:036"}},
		{"en", d, "The Kremlin said Moscow was ready to hold talks with Kyiv.", []string{"RUS>UKR:036"}},
		{"en", d, "Amnesty International called on Iran to free dozens of protesters held without charge.", []string{"NGOHRIAMN>IRN:0253"}},
		{"en", d, "The French foreign ministry demanded on Monday that Iran immediately release two French teachers.", []string{"FRAGOV>IRN:1053"}},
		{"en", d, "Germany unveiled a new package of weapons for Ukraine on Friday.", []string{"DEU>UKR:072"}},
		{"en", d, "North Korea warned South Korea that it was prepared to use nuclear weapons.", []string{"PRK>KOR:1385"}},
		{"en", d, "Russia rejected Western calls to scale back its offensive in eastern Ukraine.", []string{"RUS>WST:1246"}},
		{"en", d, "Germany accused Russia of hacking the ruling party's servers.", []string{"DEU>RUS:1125"}},
		{"en", d, "Germany accused Russia of a cyber attack on the Bundestag that exposed the data of thousands of lawmakers.", []string{"DEU>RUS:112"}},
		{"en", d, "The interim government vowed to restore order in Port-au-Prince.", nil},
		{"en", d, "Nicaragua's government released ten opposition politicians on Friday.", []string{"NICGOV>NICOPP:0841"}},
		{"en", d, "Russia's human rights commissioner criticised Ukraine.", []string{"RUSGOV>UKR:111"}},
		{"en", d, "The UN human rights commissioner criticised Russia.", []string{"IGOUNO>RUS:111"}},
		{"en", d, "Kyiv accused Russian troops of executing surrendering Ukrainian soldiers.", []string{"UKR>RUSMIL:1124"}},
		{"en", d, "Israel accused Hamas of killing civilians.", []string{"ISR>PSEREBHMS:1122"}},
	})
}
