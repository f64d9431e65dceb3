package coder

import "testing"

// TestFrWire11 codes invented French wire sentences (not the probe lines)
// for the classes of the frwire11 round (data/fr_frwire11.txt): aid of a
// named kind released with its sum between the aid and the recipient, an
// act of sending or firing criticised with its author after "par", a town
// taken by an armed group, an armed group's leaders targeted, the same
// leaders aimed at by sanctions, and a nominal attack on the soil of the
// main clause's subject (frwire11.go); with the must-not cases of each.
func TestFrWire11(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// aid of a named kind, its sum before the recipient
		{"fr", "2025-03-04", "L'Union européenne a débloqué lundi une aide humanitaire supplémentaire de 50 millions d'euros pour le Soudan.", []string{"IGOEUREEC>SDN:073"}},
		{"fr", "2025-03-04", "Le Japon a approuvé une aide militaire inédite de 10 millions de dollars pour les Philippines.", []string{"JPN>PHL:072"}},
		{"fr", "2025-03-04", "L'Allemagne a débloqué une aide humanitaire pour la Syrie.", []string{"DEU>SYR:073"}},
		// (a sum for a purpose names no recipient)
		{"fr", "2025-03-04", "L'Union européenne a débloqué une aide humanitaire de 50 millions d'euros pour la reconstruction.", nil},
		// an act criticised, its author after "par"
		{"fr", "2025-03-04", "Tokyo a dénoncé mardi le lancement par la Corée du Nord de plusieurs missiles balistiques.", []string{"JPN>PRK:111"}},
		{"fr", "2025-03-04", "Manille a critiqué l'arraisonnement d'un navire philippin par les garde-côtes chinois.", []string{"PHL>CHNMIL:111"}},
		// (an act without its author is no event)
		{"fr", "2025-03-04", "Tokyo a dénoncé le lancement de plusieurs missiles balistiques.", nil},
		// a town taken by an armed group (the JNIM is coded by its home, Mali)
		{"fr", "2025-03-04", "Les rebelles du M23 ont pris mardi la ville de Bukavu.", []string{"CODREB>COD:192"}},
		{"fr", "2025-03-04", "Les jihadistes du JNIM ont pris Djibo, selon des sources sécuritaires.", []string{"MLIREB>BFA:192"}},
		// (taking measures, taking hostages, taking a person are not)
		{"fr", "2025-03-04", "Les rebelles ont pris des mesures contre les pillards.", nil},
		{"fr", "2025-03-04", "Les combattants du Hamas ont pris Israël par surprise.", nil},
		{"fr", "2025-03-04", "Le Hamas a pris le pouvoir à Gaza en 2007.", nil},
		{"fr", "2025-03-04", "Les rebelles du M23 ont exécuté trois soldats congolais pris dans une embuscade près de la frontière rwandaise.", []string{"CODREB>CODMIL:1823"}},
		{"fr", "2025-03-04", "Les soldats maliens ont pris position près de la frontière nigérienne.", nil},
		{"fr", "2025-03-04", "Les rebelles du M23 ont pris en otage des civils congolais.", []string{"CODREB>CODCVL:181"}},
		// an armed group's leaders targeted
		{"fr", "2025-03-04", "Israël a ciblé lundi à Beyrouth des dirigeants du Hamas.", []string{"ISR>PSEREBHMS:190"}},
		// (by sanctions it is a sanction; a policy aimed at no armed group is no attack)
		{"fr", "2025-03-04", "L'Union européenne a visé les dirigeants du Hamas par de nouvelles sanctions.", []string{"IGOEUREEC>PSEREBHMS:163"}},
		{"fr", "2025-03-04", "Le gouvernement vise les agriculteurs avec cette réforme.", nil},
		// a nominal attack on the soil of the main clause's subject (frwire11.go)
		{"fr", "2025-03-04", "L'Irak a rappelé son ambassadeur en Turquie après des frappes turques sur son sol.", []string{"IRQ>TUR:161", "TUR>IRQ:195"}},
		// (no verb before the noun: no owner; the subject's own strikes on its soil: no target)
		{"fr", "2025-03-04", "Les frappes israéliennes sur son territoire ont tué dix soldats syriens.", []string{"ISR>SYRMIL:190"}},
		{"fr", "2025-03-04", "La Turquie a annoncé des frappes aériennes sur son territoire contre des trafiquants.", nil},
	})
}
