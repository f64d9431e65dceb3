package coder

import "testing"

// TestFrNews3 codes invented French sentences of the constructions the
// frnews3 round found miscoded in real French news (a judged sample of
// bench news) and requires exactly the expected events: talks that ended
// in an agreement (057, not the talks' 040/046), a venue ("dans les
// colonnes de", "au micro de") that is no target, a preposition slot of an
// infinitive that does not reach past the next verb group, a titled
// person of unknown code as the subject (no earlier actor, no speaker
// after the verb), a relative clause on a common noun that is no incise, a
// group named with a member ("dont la CGT") of the member's country, the
// former Soviet republics that are no SUN, a central government facing a
// local official of a known country, a role held at the date. Uses checkWireCases
// (wire5_test.go).
func TestFrNews3(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		{"2024-03-12", "Après des mois de blocage, les pourparlers entre le Ghana et le Togo ont abouti à un accord frontalier.", []string{"GHA>TGO:057", "TGO>GHA:057"}},
		{"2024-03-12", "Les discussions entre Rome et Vienne ont débouché jeudi sur un compromis.", []string{"ITA>AUT:057", "AUT>ITA:057"}},
		{"2024-03-12", "Les discussions entre Rome et Vienne ont porté sur les migrations.", []string{"ITA>AUT:040", "AUT>ITA:040"}},
		{"2024-03-12", "La ministre des Sports défendra son plan dans les colonnes du journal L'Équipe.", nil},
		{"2024-03-12", "Le porte-parole du gouvernement a défendu la réforme au micro de la radio publique.", nil},
		{"2024-03-12", "Le refus de l'opposition de céder avait suscité au Parlement une vive polémique.", nil},
		{"2024-03-12", "Après avoir obtenu que le Premier ministre indien le reçoive, M. Vallardi a, devant la presse, dénoncé les autorités chinoises.", nil},
		{"2024-03-12", "Le Premier ministre indien a, devant la presse, dénoncé les autorités chinoises.", []string{"INDGOV>CHNGOV:111"}},
		{"2024-03-12", "Saluée par Marc Leroy, le ministre suisse de l'économie, la convention, qui devra encore être approuvée par le Conseil de sécurité, reste vague.", nil},
		{"2024-03-12", "Un protocole salarial a été conclu mardi entre le patronat et plusieurs syndicats, dont Force ouvrière.", []string{"---BUS>FRALAB:057", "FRALAB>---BUS:057"}},
		{"2024-03-12", "Plusieurs syndicats, dont la CFDT, ont accusé le gouvernement français de mépris.", []string{"FRALAB>FRAGOV:112"}},
		{"2024-03-12", "Le maire de Pékin a accusé le gouvernement central.", []string{"CHNGOV>CHNGOV:112"}},
		{"2019-11-05", "Le Premier ministre a critiqué Ségolène Royal.", []string{"FRAGOV>FRAGOV:111"}},
		{"1992-03-12", "Washington soutient les ex-Républiques soviétiques dans leur transition.", nil},
	})
}
