package coder

import "testing"

// TestGaps3 checks the classes the gaps3 round fixed (probes/probes_gaps3.tsv):
// for each class one English and one French sentence with the same events,
// and a must-not case where a near reading would be wrong. Sentences are new
// variations, not the probe sentences.
func TestGaps3(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// 1722: a party dissolved by a court or a government, verbal and
		// nominal (en_gaps3.txt, fr_gaps3.txt; "main opposition party"
		// OPP: actor/data/gaps3_en.txt)
		{"en", d, "Bangladesh's Supreme Court dissolved the main opposition party.", []string{"BGDJUD>BGDOPP:1722"}},
		{"fr", d, "La Cour suprême du Bangladesh a dissous le principal parti d'opposition.", []string{"BGDJUD>BGDOPP:1722"}},
		{"en", d, "The dissolution of the main opposition party was decreed by the Egyptian government.", []string{"EGYGOV>EGYOPP:1722"}},
		{"fr", d, "La dissolution du principal parti d'opposition a été ordonnée par le gouvernement égyptien.", []string{"EGYGOV>EGYOPP:1722"}},
		{"en", d, "Mali's junta banned the main opposition party.", []string{"MLIGOV>MLIOPP:1722"}},
		{"fr", d, "La junte malienne a interdit le principal parti d'opposition.", []string{"MLIGOV>MLIOPP:1722"}},
		// must not: dissolving parliament bans no party
		{"en", d, "The Bangladeshi president dissolved parliament.", nil},
		{"fr", d, "Le président bangladais a dissous le Parlement.", nil},
		// 057: an agreement signed "by X and Y", one event each way
		{"en", d, "A maritime agreement was signed by Greece and Egypt in Cairo.", []string{"GRC>EGY:057", "EGY>GRC:057"}},
		{"fr", d, "Un accord maritime a été signé par la Grèce et l'Égypte au Caire.", []string{"GRC>EGY:057", "EGY>GRC:057"}},
		// must not: a decree signed by two officials is no agreement
		{"en", d, "A decree signed by the Egyptian president and the prime minister took effect.", nil},
		{"fr", d, "Un décret signé par le président égyptien et le Premier ministre est entré en vigueur.", nil},
		// 1831: a suicide bombing carried out by a named group; a military
		// base is the armed forces in French as in English
		// (actor/data/gaps3_fr.txt)
		{"en", d, "The Pakistani Taliban carried out a suicide bombing against the Pakistani army.", []string{"PAKINS>PAKMIL:1831"}},
		{"fr", d, "Les talibans pakistanais ont mené un attentat-suicide contre l'armée pakistanaise.", []string{"PAKINS>PAKMIL:1831"}},
		{"fr", d, "Les shebab ont commis un attentat-suicide contre une base aérienne près de Mogadiscio.", []string{"SOMREB>SOMMIL:1831"}},
		// must not: "kamikaze" drones are a drone strike (195), no suicide bombing
		{"en", d, "Russia attacked Odesa with kamikaze drones.", []string{"RUS>UKR:195"}},
		{"fr", d, "La Russie a attaqué Odessa avec des drones kamikazes.", []string{"RUS>UKR:195"}},
		// 0234: urging an addressee to send or deploy troops (the French
		// appeal word's own sub-code now stands over its complement's, as in
		// English: emit.go)
		{"en", d, "Mozambique urged SADC to send more troops.", []string{"MOZ>IGOSAFSAD:0234"}},
		{"fr", d, "Le Mozambique a exhorté la SADC à envoyer davantage de soldats.", []string{"MOZ>IGOSAFSAD:0234"}},
		// a force named by a coded mention (IGOMIL)
		{"en", d, "Burundi asked the United Nations to send a multinational force.", []string{"BDI>IGOUNO:0234"}},
		// must not: asking a state to withdraw its troops is 0256
		{"en", d, "Niger asked France to withdraw its troops.", []string{"NER>FRA:0256"}},
		{"fr", d, "Le Niger a demandé à la France de retirer ses troupes.", []string{"NER>FRA:0256"}},
		// 063: the extradited person is no target; the receiving state is,
		// active and passive with its agent
		{"en", d, "Peru extradited a former army officer to Chile.", []string{"PER>CHL:063"}},
		{"fr", d, "Le Pérou a extradé un ancien officier de l'armée vers le Chili.", []string{"PER>CHL:063"}},
		{"en", d, "A cartel leader was extradited to the United States by Mexico.", []string{"MEX>USA:063"}},
		{"fr", d, "Un chef de cartel a été extradé vers les États-Unis par le Mexique.", []string{"MEX>USA:063"}},
		// must not: no destination named, no target (not the suspect)
		{"en", d, "Peru extradited a suspected militant.", nil},
		{"fr", d, "Le Pérou a extradé un militant présumé.", nil},
		// 173: sentenced to a prison term or to death (CAMEO 1.1b3 116
		// usage notes), with the English agent a few words after the
		// participle (gaps3.go)
		{"en", d, "An Iranian journalist was sentenced on Monday to five years in prison by a Tehran court.", []string{"IRNJUD>IRNMED:173"}},
		{"fr", d, "Un journaliste iranien a été condamné lundi à cinq ans de prison par un tribunal de Téhéran.", []string{"IRNJUD>IRNMED:173"}},
		{"en", d, "An Iranian court sentenced a protester to death.", []string{"IRNJUD>IRNOPP:173"}},
		{"fr", d, "Un tribunal iranien a condamné à mort un manifestant.", []string{"IRNJUD>IRNOPP:173"}},
		// must not: a conviction without a term stays 116 (wire dev gold)
		{"en", d, "A French court convicted the former minister of fraud.", []string{"FRAJUD>FRAELI:116"}},
		{"fr", d, "Un tribunal français a reconnu l'ancien ministre coupable de fraude.", []string{"FRAJUD>FRAELI:116"}},
		// must not: "by" after another participle introduces that one's
		// agent, not the sentencing court's
		{"en", d, "A Russian activist was sentenced to two years in prison for a speech praised by the opposition.", nil},
	})
}
