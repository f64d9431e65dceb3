package coder

import "testing"

// TestFrbg codes invented French wire sentences of the frbg round
// (frbg.go, the frbg lists of data/fr_lex.txt) and requires exactly their
// events. None is a probe line; the first five failed before the round,
// the last guards the news's trigger after « après que » (coded).
func TestFrbg(t *testing.T) {
	d := "2024-03-12"
	checkDatedCases(t, []datedCase{
		// a date-less nominal event after « au lendemain de », « dans la
		// foulée de », « N ans après » is background
		{"fr", d, "Le président ghanéen a critiqué mardi le Togo, au lendemain d'une attaque de l'armée togolaise contre le Bénin.", []string{"GHAGOV>TGO:111"}},
		{"fr", d, "Le Premier ministre belge a rencontré mardi le président kényan à Nairobi, trois ans après la visite du président ougandais au Rwanda.", []string{"BELGOV>KENGOV:040", "KENGOV>BELGOV:040"}},
		// a participle without auxiliary after « dans la foulée de »
		{"fr", d, "Le Ghana a remercié mardi le Nigeria pour son aide, dans la foulée de l'accord de défense signé entre le Togo et le Bénin.", []string{"GHA>NGA:051"}},
		// « depuis que » and « alors que … depuis des mois »: running states
		{"fr", d, "Le Ghana a imposé mardi des sanctions à des responsables togolais, depuis que le Bénin a accusé le Togo de soutenir des rebelles.", []string{"GHA>TGOGOV:163"}},
		{"fr", d, "Le Ghana a imposé mardi des sanctions à des responsables togolais, alors que le Bénin multiplie depuis des mois les critiques contre le Togo.", []string{"GHA>TGOGOV:163"}},
		// a finite verb after « après que » is the news's trigger, coded
		{"fr", d, "Le président ghanéen a critiqué mardi le Togo, après que l'armée togolaise a arrêté des commerçants ghanéens à la frontière.", []string{"GHAGOV>TGO:111", "TGOMIL>GHACVL:173"}},
	})
}

// TestFrbgMeetings: a meeting « consacrée aux relations entre X et Y » is
// no meeting of X with Y (fr_frbg.txt); « , en marge d'une réunion avec
// X » is the main subject's meeting (fr_frbg.txt, `meetadjunct`); a
// relative's event dated years back is background (bgrel). All three
// failed before the round.
func TestFrbgMeetings(t *testing.T) {
	d := "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le Premier ministre belge a présidé mardi une réunion consacrée aux relations entre le Ghana et le Togo.", []string{}},
		{"fr", d, "Le président ghanéen a critiqué mardi le Togo, en marge d'une réunion avec le président nigérian.", []string{"GHAGOV>TGO:111", "GHAGOV>NGAGOV:040", "NGAGOV>GHAGOV:040"}},
		{"fr", d, "Le président ghanéen s'est entretenu mardi avec le président togolais, avec lequel il avait signé en 2019 un accord de défense.", []string{"GHAGOV>TGOGOV:040", "TGOGOV>GHAGOV:040"}},
	})
}
