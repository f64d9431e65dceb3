package coder

import "testing"

// TestPairs2 checks the classes the pairs2 round fixed from invented
// English/French pairs (probes/pairs2.tsv): one English and one French
// sentence per class, each with the same events, as the parallel wire gold
// wants. Sentences are new variations, not the probe pairs.
func TestPairs2(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// 0231: a loan asked "to" a lender (en_pairs2.txt)
		{"en", d, "Sri Lanka appealed to the IMF for a loan.", []string{"LKA>IGOBUSIMF:0231"}},
		{"fr", d, "Le Sri Lanka a sollicité un prêt auprès du FMI.", []string{"LKA>IGOBUSIMF:0231"}},
		// 1432: a strike against a measure (en_dyad.txt pairs2 block)
		{"en", d, "Kenyan teachers went on strike against the government's fuel price increase.", []string{"KENEDU>KENGOV:1432"}},
		{"fr", d, "Les enseignants kényans se sont mis en grève contre la hausse du prix du carburant décidée par le gouvernement.", []string{"KENEDU>KENGOV:1432"}},
		// 052: defending an actor against criticism (en_dyad.txt pairs2 block)
		{"en", d, "The Iranian foreign minister defended Syria against Western criticism.", []string{"IRNGOV>SYR:052"}},
		{"fr", d, "Le ministre iranien des Affaires étrangères a défendu la Syrie face aux critiques occidentales.", []string{"IRNGOV>SYR:052"}},
		// 0863: aid let in (en_dyad.txt pairs2 block)
		{"en", d, "Sudan allowed relief convoys to enter Darfur.", []string{"SDN>SDN:0863"}},
		{"fr", d, "Le Soudan a autorisé l'entrée de convois humanitaires au Darfour.", []string{"SDN>SDN:0863"}},
		// 051: praise with the reason as an infinitive (fr_pairs2.txt)
		{"en", d, "The French president praised Senegal for organising peaceful elections.", []string{"FRAGOV>SEN:051"}},
		{"fr", d, "Le président français a salué le Sénégal pour avoir organisé des élections apaisées.", []string{"FRAGOV>SEN:051"}},
		// 0232: urging a state to deliver weapons (fr_pairs2.txt)
		{"en", d, "The Polish president urged France to deliver more air defence systems.", []string{"POLGOV>FRA:0232"}},
		{"fr", d, "Le président polonais a exhorté la France à livrer davantage de systèmes de défense antiaérienne.", []string{"POLGOV>FRA:0232"}},
		// 137: threatening to crush (fr_pairs2.txt)
		{"en", d, "The Sudanese junta threatened to crush the demonstrators.", []string{"SDNGOV>SDNOPP:137"}},
		{"fr", d, "La junte soudanaise a menacé d'écraser les manifestants.", []string{"SDNGOV>SDNOPP:137"}},
		// 163: passive sanctions, target before agent (fr_pairs2.txt)
		{"en", d, "Sanctions were imposed on Iranian officials by Canada.", []string{"CAN>IRNGOV:163"}},
		{"fr", d, "Des sanctions ont été imposées à des responsables iraniens par le Canada.", []string{"CAN>IRNGOV:163"}},
		// 1056: an ordered withdrawal of a peacekeeping mission, as the
		// English line and the wire gold's dev pairs (fr_pairs2.txt)
		{"en", d, "The Congolese government ordered the withdrawal of the UN peacekeeping mission.", []string{"CODGOV>IGOUNO:1056"}},
		{"fr", d, "Le gouvernement congolais a ordonné le retrait de la mission de maintien de la paix de l'ONU.", []string{"CODGOV>IGOUNO:1056"}},
		// 1053: demanding that X return captives (fr_pairs2.txt)
		{"en", d, "Armenia demanded that Azerbaijan return the Armenian prisoners.", []string{"ARM>AZE:1053"}},
		{"fr", d, "L'Arménie a exigé que l'Azerbaïdjan rende les prisonniers arméniens.", []string{"ARM>AZE:1053"}},
		// 123: rejecting a demand to hold elections (fr_pairs2.txt)
		{"en", d, "The Malian junta rejected ECOWAS's demand for elections.", []string{"MLIGOV>IGOWAFWAS:123"}},
		{"fr", d, "La junte malienne a rejeté la demande de la Cédéao d'organiser des élections.", []string{"MLIGOV>IGOWAFWAS:123"}},
		// 1246: "l'exigence russe" names Russia (eventnouns_fr.txt pairs2 block)
		{"en", d, "Kyiv rejected Russia's demand to withdraw from the occupied territories.", []string{"UKR>RUS:1246"}},
		{"fr", d, "Kiev a rejeté l'exigence russe de se retirer des territoires occupés.", []string{"UKR>RUS:1246"}},
		// 194: a warship as a whole mention (actor/data/pairs2_fr.txt)
		{"en", d, "Iranian forces fired missiles at a British warship.", []string{"IRNMIL>GBRMIL:194"}},
		{"fr", d, "Les forces iraniennes ont tiré des missiles sur un navire de guerre britannique.", []string{"IRNMIL>GBRMIL:194"}},
		// a former official of unknown country in a domestic event is the
		// source's own, in French as in English (fr_lex.txt localrole)
		{"en", d, "Mexican police opened an investigation into the former president for fraud.", []string{"MEXCOP>MEXELI:091"}},
		{"fr", d, "La police mexicaine a ouvert une enquête sur l'ancien président pour fraude.", []string{"MEXCOP>MEXELI:091"}},
		// an envoy or a delegation sent to a state visits it (042; intent 036)
		// (en_pairs2.txt)
		{"en", d, "Qatar sent a delegation to Kabul.", []string{"QAT>AFG:042"}},
		{"fr", d, "Le Qatar a envoyé une délégation à Kaboul.", []string{"QAT>AFG:042"}},
		{"en", d, "Egypt plans to send an envoy to Khartoum for talks.", []string{"EGY>SDN:036"}},
		{"fr", d, "L'Égypte prévoit d'envoyer un émissaire à Khartoum pour des pourparlers.", []string{"EGY>SDN:036"}},
		// a Nigerian state names the place's country in French as in English
		// (actor/data/pairs2_fr.txt)
		{"en", d, "Jihadists abducted ten farmers in Yobe state.", []string{"NGAREB>NGAAGR:181"}},
		{"fr", d, "Des djihadistes ont enlevé dix agriculteurs dans l'État de Yobe.", []string{"NGAREB>NGAAGR:181"}},
		// a bare participle after the object qualifies it (pairs2.go; French:
		// the prisoner word after the object, fr_pairs2.txt 0841)
		{"en", d, "Russia refused to release the American journalists detained in Moscow.", []string{"RUS>USAMED:1243"}},
		{"fr", d, "La Russie a refusé de libérer les journalistes américains détenus à Moscou.", []string{"RUS>USAMED:1243"}},
		{"en", d, "The junta released the British nationals held in Niamey.", []string{"---GOV>GBRCVL:0841"}},
		{"fr", d, "La junte a libéré les ressortissants britanniques détenus à Niamey.", []string{"---GOV>GBRCVL:0841"}},
	})
}
