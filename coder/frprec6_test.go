package coder

import "testing"

// TestFrprec6Classes codes invented sentences for the classes of the
// frprec6 precision round (a judged random sample of French bench news,
// probes/frprec6_judged.txt): a word of longing before "de" + infinitive,
// military units arriving or ordered to go somewhere, supporters occupying
// a state building, a pronoun's antecedent more than ten sentences back. Cases that must still code are kept next to each class.
func TestFrprec6Classes(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a word of longing + "de" + infinitive is a wish: announced,
		// not done (as after "souhaite")
		{"fr", "1995-03-01", "Le commissaire européen brûlait de traîner l'Italie devant la Cour de justice.", []string{"IGOEUREEC>ITA:115"}},
		{"fr", "1995-03-01", "Le commissaire européen rêve de poursuivre l'Italie en justice.", []string{"IGOEUREEC>ITA:115"}},
		{"fr", "1995-03-01", "Le président ukrainien est impatient de rencontrer le chancelier allemand.", []string{"UKRGOV>DEUGOV:036"}},
		// (a decision to act stays asserted)
		{"fr", "1995-03-01", "Le commissaire européen a décidé de poursuivre l'Italie en justice.", []string{"IGOEUREEC>ITA:115"}},
		// military units arriving or going somewhere make no visit
		{"fr", "1995-03-01", "Un bataillon de chasseurs est arrivé hier à Vienne.", nil},
		{"fr", "1995-03-01", "Deux régiments d'infanterie sont arrivés en Alsace.", nil},
		{"fr", "1995-03-01", "Des renforts se sont rendus au Tchad.", nil},
		// an order to go somewhere is no visit
		{"fr", "1995-03-01", "Le ministre a reçu l'ordre de se rendre immédiatement à Moscou.", nil},
		// (a chief of staff or a head of state arriving visits)
		{"fr", "1995-03-01", "Le chef d'état-major américain est arrivé à Kiev.", []string{"USAMIL>UKR:042"}},
		{"fr", "1995-03-01", "Le président tchadien est arrivé à Paris.", []string{"TCDGOV>FRA:042"}},
		// supporters occupying a state building demonstrate (141), no
		// military occupation 192
		{"fr", "1995-03-01", "Les partisans du général Aoun occupent depuis jeudi l'ambassade du Liban.", []string{"LBNOPP>LBNGOV:141"}},
		{"fr", "1995-03-01", "Des sympathisants ont occupé le ministère sénégalais de l'Intérieur.", []string{"SENOPP>SENGOV:141"}},
		// (by the subject's sector when its noun is far from the verb)
		{"fr", "1995-03-01", "Les syndicats sénégalais ont occupé le ministère du Travail.", []string{"SENLAB>SENGOV:141"}},
		// (an army occupying a country still occupies it)
		{"fr", "1995-03-01", "L'armée irakienne a occupé le Koweït en août.", []string{"IRQMIL>KWT:192"}},
		// the source of an event more than ten sentences back is no
		// antecedent of a pronoun
		{"fr", "1995-03-01", "Les ouvriers ont attaqué la police de Lyon à l'aube. Le temps était doux ce jour-là. Le temps était doux ce jour-là. Le temps était doux ce jour-là. Le temps était doux ce jour-là. Le temps était doux ce jour-là. Le temps était doux ce jour-là. Le temps était doux ce jour-là. Le temps était doux ce jour-là. Le temps était doux ce jour-là. Le temps était doux ce jour-là. Le temps était doux ce jour-là. Ils ont arrêté le préfet du Rhône.", []string{"---LAB>FRACOP:190"}},
		// (three sentences back it is)
		{"fr", "1995-03-01", "Les ouvriers ont attaqué la police de Lyon à l'aube. Le temps était doux ce jour-là. Le temps était doux ce jour-là. Ils ont arrêté le préfet du Rhône.", []string{"---LAB>FRACOP:190", "---LAB>FRAGOV:173"}},
	})
}
