package coder

import "testing"

// TestPar4frDomestic: lines of the par4fr round (invented French wire sentences on domestic
// politics and security, probes/probes_par4fr.tsv).
func TestPar4frDomestic(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// a protest against an arrest « par X » targets X and keeps the arrest (toldAct, 14x)
		{"fr", d, "Les étudiants de Dacca ont manifesté contre l'arrestation de leur professeur par la police.", []string{"BGDEDU>BGDCOP:141", "BGDCOP>BGDEDU:173"}},
		// « placer en garde à vue X »: the object after the phrase
		{"fr", d, "La police turque a placé en garde à vue une vingtaine de journalistes kurdes.", []string{"TURCOP>TURMED:173"}},
		// the AU Commission's chairperson is the AU, not the European Commission
		{"fr", d, "Le président de la Commission de l'Union africaine a félicité les autorités sénégalaises.", []string{"IGOAFRAFU>SENGOV:051"}},
		// a vote on an impeachment motion is no interaction with the officer named
		{"fr", d, "Le Parlement kényan a rejeté la motion de destitution visant le vice-président.", nil},
		// sanctions lifted « qui pesaient sur X »
		{"fr", d, "La Cédéao a levé les sanctions économiques qui pesaient sur le Niger.", []string{"IGOWAFWAS>NER:085"}},
	})
}
