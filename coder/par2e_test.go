package coder

import "testing"

// TestPar2e checks the classes the par2e round fixed from invented
// English/French wire pairs aimed at actor codes (probes/par2e.tsv
// e001-e050): a delegation of X's senators is X's legislature (collhead),
// French opposition deputies (OPP), a transitional president followed by
// his demonym, Sudan's Rapid Support Forces with the French demonym after
// the name (actor/data/par2e_fr.txt), protests against quotas by a sector
// subject not right before the verb (1412), insults "called X a
// murderous ..." (111 EN), threats of an offensive (138 EN/FR), aircraft
// subjects striking positions (195 FR), rebels' bombardment (194 FR) and
// accusations of obstructing a fight (112, not the fought crime's 1121).
// Sentences are new variations, not the probe pairs.
func TestPar2e(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// a delegation of X's members takes their whole code
		{"en", d, "The Moldovan president received a delegation of German lawmakers in Chisinau.", []string{"MDAGOV>DEULEG:043", "DEULEG>MDA:042"}},
		{"fr", d, "Le président moldave a reçu une délégation de parlementaires allemands à Chisinau.", []string{"MDAGOV>DEULEG:043", "DEULEG>MDA:042"}},
		// French opposition deputies without the article
		{"fr", d, "La police géorgienne a arrêté une députée d'opposition à Tbilissi.", []string{"GEOCOP>GEOOPP:173"}},
		// a transitional president and his demonym
		{"fr", d, "Le président français a reçu le président de transition gabonais à l'Élysée.", []string{"FRAGOV>GABGOV:043", "GABGOV>FRA:042"}},
		// protests against quotas by a sector subject
		{"en", d, "Nurses at hospitals across Kenya protested against the government's new quota system.", []string{"KENHLH>KENGOV:1412"}},
		// insults
		{"en", d, "The Venezuelan president called the Argentine president a fascist.", []string{"VENGOV>ARGGOV:111"}},
		// threats of an offensive
		{"fr", d, "Le ministre turc de la Défense a menacé les combattants kurdes d'une nouvelle offensive.", []string{"TURGOV>TURREB:1384"}},
		{"en", d, "Hamas threatened to renew its offensive in Gaza.", []string{"PSEREBHMS>PSE:1384"}},
		{"en", d, "The Turkish defence minister threatened the Kurdish fighters with a new offensive.", []string{"TURGOV>TURREB:1384"}},
		// aircraft striking positions, rebels bombarding a town
		{"fr", d, "Des avions de combat saoudiens ont frappé des positions des rebelles houthis au Yémen.", []string{"SAUMIL>YEMREB:195"}},
		{"fr", d, "Les rebelles ont bombardé plusieurs quartiers de Bunia.", []string{"CODREB>COD:194"}},
		// obstructing a fight is no crime of its own
		{"en", d, "The Honduran president accused the prosecutor of obstructing the fight against drug trafficking.", []string{"HNDGOV>HNDJUD:112"}},
	})
}
