package coder

import "testing"

// TestPairs10 checks the classes the pairs10 round fixed from invented
// English/French wire pairs (probes/pairs10.tsv z001-z060): phrasal and
// headline verbs (en_pairs10.txt, fr_pairs10.txt), possessed actors past
// their modifiers, "after" clauses after a comma, gerunds after an
// infinitive complement, forces put on alert (Go), with must-not controls.
// Sentences are new variations, not the probe pairs.
func TestPairs10(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// EN: a separable phrasal verb, diplomats pulled out of X: 161
		{"en", d, "Egypt pulled its diplomats out of Sudan on Monday.", []string{"EGY>SDN:161"}},
		{"en", d, "Egypt withdrew its diplomats from Sudan.", []string{"EGY>SDN:161"}},
		// EN: pushed back against calls or demands: 120; an offensive
		// pushed back: 190 both ways
		{"en", d, "China pushed back on Monday against US demands to cut trade with Iran.", []string{"CHN>USA:120"}},
		{"en", d, "Ukrainian troops pushed back a Russian offensive near Kupiansk.", []string{"UKRMIL>RUS:190", "RUS>UKRMIL:190"}},
		// EN: a leader landing in a country: 042; a plane landing: none
		{"en", d, "The Indian prime minister landed in Moscow on Monday.", []string{"INDGOV>RUS:042"}},
		{"en", d, "The Nigerian president's plane landed in Abuja.", nil},
		// EN: an offer of gas or a loan turned down: 1211 to its owner
		{"en", d, "Armenia turned down Russia's offer of cheap gas supplies.", []string{"ARM>RUS:1211"}},
		{"en", d, "Serbia turned down Russia's offer of a cheap loan.", []string{"SRB>RUS:1211"}},
		// EN: ordering the call-up of reservists: no 100 on them
		{"en", d, "The Israeli prime minister ordered the call-up of reservists on Sunday.", nil},
		// EN: warning X of an overwhelming response: 138
		{"en", d, "Iran warned Israel of a crushing response.", []string{"IRN>ISR:138"}},
		// EN: "in what X called Y for Z": no appeal
		{"en", d, "Russia struck Kyiv with missiles on Monday, in what President Vladimir Putin called retaliation for the attack on the Crimea bridge.", []string{"RUS>UKR:194"}},
		// EN: a possessed actor past its modifiers is the target
		{"en", d, "The European Union imposed sanctions on China's two largest banks.", []string{"IGOEUREEC>CHNBUS:163"}},
		{"en", d, "The European Union imposed sanctions on China's banks.", []string{"IGOEUREEC>CHNBUS:163"}},
		// EN: an "after" clause after a comma whose subject is a plain noun
		// phrase: the main subject is not its source
		{"en", d, "Students rallied in Belgrade against President Aleksandar Vucic's government, after the collapse of a railway station canopy killed 15 people.", []string{"SRBEDU>SRBGOV:141"}},
		{"en", d, "Students rallied against the government after rebels killed ten people.", []string{"---EDU>---GOV:141", "---REB>---CVL:190"}},
		// EN: a gerund after "after" takes the main clause's subject past
		// an infinitive complement and a noun compound
		{"en", d, "The British foreign secretary urged Hamas to accept a plan to end the fighting in the Gaza ceasefire talks, after meeting Qatar's emir.", []string{"GBRGOV>PSEREBHMS:0256", "GBRGOV>QATGOV:040", "QATGOV>GBRGOV:040"}},
		// EN: forces of no named country put on alert are the source's own
		{"en", d, "Lithuania placed some army units on alert on Monday.", nil},
		// FR: a decree's participle takes the signer as subject: 085
		{"fr", d, "Le président a signé un décret levant les sanctions contre l'Iran.", []string{"---GOV>IRN:085"}},
		// FR: verbal attacks against X: 111, not 190
		{"fr", d, "Les attaques verbales du président vénézuélien contre le gouvernement colombien ont choqué.", []string{"VENGOV>COLGOV:111"}},
		// FR: an offer of gas or a loan rejected: 1211
		{"fr", d, "La Serbie a rejeté l'offre russe d'un prêt à taux réduit.", []string{"SRB>RUS:1211"}},
		// FR: sanctions considered against X's exports: 014 to X
		{"fr", d, "Le Royaume-Uni envisage des sanctions contre les exportations de pétrole de l'Iran.", []string{"GBR>IRN:014"}},
		// FR: missile strikes carried out on towns across X: 194
		{"fr", d, "La Russie a mené des frappes de missiles sur des villes de toute l'Ukraine.", []string{"RUS>UKR:194"}},
		// FR: speaking before an assembly past an adverbial: 010
		{"fr", d, "Le président kényan s'est exprimé jeudi pour la première fois en personne devant le Conseil de sécurité de l'ONU.", []string{"KENGOV>IGOUNO:010"}},
		// FR: agreeing with a time adjunct to grant X a loan: 0331
		{"fr", d, "Les ministres européens se sont mis d'accord lundi pour accorder à la Moldavie un prêt d'un milliard d'euros.", []string{"IGOEUREEC>MDA:0331"}},
		// EN and FR: assassinated in a strike of a named state: 186
		{"en", d, "Hezbollah's commander was assassinated in an Israeli drone strike in Beirut.", []string{"ISRMIL>LBNREB:186"}},
		{"fr", d, "Le commandant du Hezbollah a été assassiné dans une frappe de drone israélienne à Beyrouth.", []string{"ISRMIL>LBNREB:186"}},
		{"fr", d, "Le journaliste a été assassiné dans sa voiture à Paris.", nil},
	})
}
