package coder

import "testing"

// TestFrWire10 codes invented French wire sentences (not the probe lines)
// for the classes of the frwire10 round (frwire10.go, data/fr_frwire10.txt,
// the purpose of an intended act in mode.go): a coordinated place target,
// the purpose infinitive of a verb of intending, protests against a measure
// decided by a named actor, chemical weapons used against positions,
// countries fighting at their border, an object pronoun standing for the
// actor of a fronted participle or topic phrase, and aid of a named kind
// asked "auprès de" a donor; with the must-not cases of each.
func TestFrWire10(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a coordinated place after the act, each its own target
		{"fr", "2025-03-04", "La Chine a menacé lundi d'imposer des droits de douane punitifs au Japon et à la Corée du Sud.", []string{"CHN>JPN:1312", "CHN>KOR:1312"}},
		{"fr", "2025-03-04", "Le Premier ministre indien s'est rendu lundi en Égypte et en Jordanie.", []string{"INDGOV>EGY:042", "INDGOV>JOR:042"}},
		// the purpose of an intended journey is intended too
		{"fr", "2025-03-04", "Le président kényan veut se rendre à Pékin le mois prochain pour rencontrer Xi Jinping.", []string{"KENGOV>CHN:036", "KENGOV>CHNGOV:036"}},
		// (an asserted journey keeps its asserted purpose)
		{"fr", "2025-03-04", "Le président kényan s'est rendu à Pékin pour rencontrer Xi Jinping.", []string{"KENGOV>CHN:042", "KENGOV>CHNGOV:040", "CHNGOV>KENGOV:040"}},
		// a protest against a measure decided by a named actor targets it
		{"fr", "2025-03-04", "Des milliers de manifestants ont marché à Lomé contre la réforme constitutionnelle adoptée par le gouvernement togolais.", []string{"TGOOPP>TGOGOV:1412"}},
		// chemical weapons used against positions of an actor
		{"fr", "2025-03-04", "L'armée syrienne aurait employé des gaz toxiques contre des positions rebelles près de Damas.", []string{"SYRMIL>SYRREB:2041"}},
		// countries fighting at their border, both ways; teams in a final are no war
		{"fr", "2025-03-04", "L'Inde et le Pakistan se sont affrontés mardi le long de leur frontière au Cachemire.", []string{"IND>PAK:190", "PAK>IND:190"}},
		{"fr", "2025-03-04", "Le Maroc et la France se sont affrontés mercredi en demi-finale de la Coupe du monde.", nil},
		// an object pronoun stands for the fronted phrase's actor
		{"fr", "2025-03-04", "Interrogé sur le rôle de l'Iran au Yémen, le secrétaire d'État américain l'a accusé d'armer les rebelles.", []string{"USAGOV>IRN:112"}},
		// (not the interviewer)
		{"fr", "2025-03-04", "Interrogé par la chaîne France 24 sur la Russie, le président finlandais l'a accusée de mener une guerre hybride.", []string{"FINGOV>RUS:112"}},
		// aid of a named kind asked of a donor "auprès de"
		{"fr", "2025-03-04", "Le Malawi a sollicité une aide alimentaire d'urgence auprès du Programme alimentaire mondial.", []string{"MWI>IGOUNOAGR:0233"}},
		{"fr", "2025-03-04", "Le Pakistan a demandé une assistance financière auprès de la Banque mondiale.", []string{"PAK>IGOUNODEVWBK:0231"}},
	})
}
