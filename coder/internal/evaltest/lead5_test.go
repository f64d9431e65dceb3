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

// TestLeadRound5ClauseAgent: the agent of a passive main verb ("a été
// condamnée par Berlin") is not the agent slot of a noun before it
// ("l'arrestation de X ... par$"), in French and English (slots.go
// clauseAgent); a reduced participle still is.
func TestLeadRound5ClauseAgent(t *testing.T) {
	st := stages(t)
	for _, c := range []struct{ lang, text, want, not string }{
		{"fr", "L'arrestation de l'opposant russe à Moscou a été condamnée par Berlin.", "DEU>RUS:111", "DEU>RUSOPP:173"},
		{"en", "The arrest of the Russian opposition leader in Moscow was condemned by Germany.", "DEU>RUSOPP:111", "DEU>RUSOPP:173"},
		{"fr", "L'arrestation de l'opposant russe par la police a été condamnée par Berlin.", "RUSCOP>RUSOPP:173", "DEU>RUSOPP:173"},
	} {
		a := run(t, st, c.lang, "2021-01-20", c.text)
		got := map[string]bool{}
		for _, e := range a.Events {
			got[e.Source+">"+e.Target+":"+e.Code] = true
		}
		if !got[c.want] || got[c.not] {
			t.Errorf("%q: want %s and not %s, got %v", c.text, c.want, c.not, got)
		}
	}
}
