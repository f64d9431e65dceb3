package evaltest

import "testing"

// TestLeadRound5Dyads: cases of the lead's fixes of 2026-11-26 evening,
// through the real stages.
func TestLeadRound5Dyads(t *testing.T) {
	checkDyadCases(t, []dyadCase{
		// a passive hosting with a place and an official host: the host is
		// the source, not the place (fr.txt)
		{"fr", "Le ministre français des Affaires étrangères a été reçu à Alger par le président Bouteflika.", "2010-06-25", "DZAGOV>FRAGOV", "043"},
		// without a host the place still hosts (the Taliban govern in 2021)
		// a nominal break of relations with its author after "de" (fr.txt)
		{"fr", "La rupture des liens diplomatiques du Mali avec la France a surpris Paris.", "2022-05-03", "MLI>FRA", "161"},
		// "traité" after an article is the noun, not the participle of
		// traiter: its noun patterns are tried (match.go)
		{"fr", "Le traité de paix de la France avec l'Allemagne a été signé hier.", "1920-01-01", "FRA>DEU", "057"},
		{"fr", "Une délégation des talibans a été reçue à Moscou.", "2021-10-25", "RUS>AFGGOV", "043"},
	})
}
