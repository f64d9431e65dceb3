package coder

import "testing"

// TestPar2b checks the classes the par2b round fixed from invented
// English/French wire pairs on CAMEO roots 10-20 (probes/par2b.tsv
// b001-b050): budget support suspended 1621, rejecting a demand 124 in
// French as in English and a demand for a return to civilian rule 1234,
// a party's rally banned 1721 (the party only owns the rally: en_lex.txt
// ownednoun, bytarget.go ownerOnly), authored strikes on a place 195,
// migrants sent back 174, prosecutors general JUD, football players CVL
// and French military transport planes MIL (actor data), with must-not controls. Sentences are new variations, not
// the probe pairs.
func TestPar2b(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// budget support suspended: 1621
		{"en", d, "The World Bank froze its budget support to Mali.", []string{"IGOUNODEVWBK>MLI:1621"}},
		{"fr", d, "La France a suspendu son appui budgétaire au Burkina Faso.", []string{"FRA>BFA:1621"}},
		// rejecting a demand: 124 in both languages; a request stays 120
		{"fr", d, "Le Venezuela a rejeté l'ultimatum de la Guyana.", []string{"VEN>GUY:124"}},
		{"fr", d, "Le Japon a rejeté la demande de la Chine.", []string{"JPN>CHN:120"}},
		// a demand for a return to civilian or constitutional rule rejected: 1234
		{"en", d, "Niger's junta rejected the African Union's calls for a return to constitutional order.", []string{"NERGOV>IGOAFRAFU:1234"}},
		{"fr", d, "La junte nigérienne a rejeté l'exigence de l'Union africaine d'un retour à l'ordre constitutionnel.", []string{"NERGOV>IGOAFRAFU:1234"}},
		// a party's rally banned: 1721; the party itself banned: 1722
		{"en", d, "The Iranian authorities banned a reformist party rally in Tehran.", []string{"IRNGOV>IRNPTY:1721"}},
		{"fr", d, "Les autorités pakistanaises ont interdit une manifestation d'un parti d'opposition à Lahore.", []string{"PAKGOV>PAKOPP:1721"}},
		{"en", d, "The Iranian authorities banned the reformist party.", []string{"IRNGOV>IRNPTY:1722"}},
		// strikes authored by a state on a place: 195, also inside a criticism
		{"en", d, "Jordan condemned the Israeli strikes on Khan Younis.", []string{"JOR>ISR:111", "ISR>PSE:195"}},
		// migrants sent back by hundreds: 174
		{"fr", d, "L'Algérie a refoulé des centaines de migrants vers le Niger.", []string{"DZA>---REF:174"}},
		// a prosecutor general is JUD
		{"en", d, "Kenya's prosecutor general charged two police officers with murder.", []string{"KENJUD>KENCOP:173"}},
		// a military transport plane named with a nationality is MIL (French
		// eventnouns_fr.txt), as the English "military transport plane"
		{"fr", d, "La défense antiaérienne syrienne a abattu un avion de transport militaire turc.", []string{"SYRMIL>TURMIL:190"}},
		// football players are civilians (CVL), not the bare country
		{"en", d, "Al-Shabaab fighters kidnapped the brother of a Somali football player.", []string{"SOMREB>SOMCVL:181"}},
		{"fr", d, "Les shebab ont enlevé le frère d'un footballeur somalien.", []string{"SOMREB>SOMCVL:181"}},
	})
}
