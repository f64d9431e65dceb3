package coder

import "testing"

// TestPairs15 checks the classes the pairs15 round fixed from invented
// English/French pairs on meetings, visits, coordinated actors and
// sub-codes (probes/pairs15.tsv p001-p060): a phrase set off after a verb's
// object (pairs15.go objectBeforeComma), a French intent to visit a place
// of one's own country (homeTripIntent), a French reciprocal purpose after
// a meeting (purposeOfMeeting), en_pairs15.txt and fr_pairs15.txt, with
// controls. Sentences are new variations, not the probe pairs.
func TestPairs15(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// EN: ", during a visit to X" after the verb's object is the subject's visit
		{"en", d, "Indian Prime Minister Narendra Modi met Russia's president, Vladimir Putin, during a visit to Moscow.", []string{"INDGOV>RUSGOV:040", "RUSGOV>INDGOV:040", "INDGOV>RUS:042"}},
		// (control: a phrase set off after the subject stays the subject's)
		{"en", d, "The German chancellor, on a visit to Beijing, urged China to press Russia.", []string{"DEUGOV>CHN:020", "DEUGOV>CHN:042"}},
		// FR: « menacer de se retirer des négociations avec X »: 134
		{"fr", d, "Le gouvernement colombien a menacé de se retirer des négociations avec l'ELN.", []string{"COLGOV>COLREB:134"}},
		// FR: troops withdrawn from the border with X, under a promise: 0356
		{"fr", d, "La Russie a promis de retirer ses troupes de la frontière avec la Finlande.", []string{"RUS>FIN:0356"}},
		// EN: release of jailed people before a later "election"
		{"en", d, "Belarus promised to release jailed opposition figures before the election.", []string{"BLR>BLROPP:0353"}},
		// EN: an election campaign launched in a place: no event
		{"en", d, "The Republican senator launched his presidential campaign in Iowa on Monday.", nil},
		// FR: an intent to go to a place of one's own country: no event
		{"fr", d, "Le président brésilien est attendu jeudi à Sao Paulo.", nil},
		// (control: abroad stays 036)
		{"fr", d, "Le président brésilien est attendu jeudi à Paris.", []string{"BRAGOV>FRA:036"}},
		// FR: sentenced to years in a penal colony, clitic target
		{"fr", d, "Un tribunal russe a reconnu un militant ukrainien coupable de sabotage et l'a condamné à dix ans de colonie pénitentiaire.", []string{"RUSJUD>UKROPP:116", "RUSJUD>UKROPP:173"}},
		// FR: a purpose after a meeting of coordinated sources: no talks among them
		{"fr", d, "La France, l'Allemagne et le Royaume-Uni ont rencontré mardi une délégation iranienne pour discuter du programme nucléaire.", []string{"FRA>IRNGOV:040", "IRNGOV>FRA:040", "DEU>IRNGOV:040", "IRNGOV>DEU:040", "GBR>IRNGOV:040", "IRNGOV>GBR:040"}},
	})
}
