package coder

import "testing"

// TestPar17en checks the classes the par17en round fixed from invented
// English agency-wire sentences (probes/probes_par17en.tsv f001-f050):
// pattern lines (en_par17en.txt, fr_par17en.txt, en.txt's "press on with"),
// a meeting adjunct between an intent word and its "to" / « à »
// (par17en.go), with must-not controls. Sentences are new variations, not
// the probes.
func TestPar17en(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// EN: "demanded on <day> that X ..." is no 190 (Phoenix PRESS ON)
		{"en", d, "Egypt demanded on Sunday that Israel reopen the Rafah crossing.", []string{"EGY>ISR:100"}},
		{"en", d, "The opposition leader demanded on Friday that the Zambian president resign.", []string{"ZMBOPP>ZMBGOV:1041"}},
		{"en", d, "Iraq demanded on Wednesday that Sweden extradite the man who burned a Koran.", []string{"IRQ>SWE:1013"}},
		// control: pressing on with an offensive keeps 190
		{"en", d, "Russian forces pressed on with their offensive near Pokrovsk.", []string{"RUSMIL>UKR:190"}},
		// EN and FR: demands and appeals to restore freedoms (1043, 0243)
		{"en", d, "Human Rights Watch demanded that Tunisia restore press freedom.", []string{"NGOHRI>TUN:1043"}},
		{"en", d, "The European Union urged Georgia to restore the rights of protesters.", []string{"IGOEUREEC>GEO:0243"}},
		{"fr", d, "L'Union européenne a exigé que la Géorgie rétablisse les libertés publiques.", []string{"IGOEUREEC>GEO:1043"}},
		// EN and FR: urged to reconsider (0242)
		{"en", d, "The African Union urged Mali to reconsider its decision to leave ECOWAS.", []string{"IGOAFRAFU>MLI:0242"}},
		{"fr", d, "L'ONU a exhorté le Niger à reconsidérer sa décision.", []string{"IGOUNO>NER:0242"}},
		// EN and FR: a request for weapons rejected (1222, the requester)
		{"en", d, "Germany rejected Poland's request for more tanks.", []string{"DEU>POL:1222"}},
		{"fr", d, "L'Allemagne a rejeté la demande d'armes de la Pologne.", []string{"DEU>POL:1222"}},
		// EN and FR: a meeting adjunct before the complement of an intent
		{"en", d, "France and India pledged at their summit in New Delhi to deepen defence cooperation.", []string{"FRA>IND:0312", "IND>FRA:0312"}},
		{"fr", d, "La France et l'Inde se sont engagées lors de leur sommet à New Delhi à renforcer leur coopération militaire.", []string{"FRA>IND:0312", "IND>FRA:0312"}},
		// EN and FR: beginning to share data (064), the topic no target
		{"en", d, "Japan and the Philippines began sharing radar warning data on Chinese ship movements.", []string{"JPN>PHL:064", "PHL>JPN:064"}},
		// control (coded before the round too): sharing with X, one way
		{"en", d, "Britain began sharing intelligence with Nigeria on Boko Haram.", []string{"GBR>NGA:064"}},
		{"fr", d, "La France et l'Allemagne ont commencé à partager des données sur les cyberattaques russes.", []string{"FRA>DEU:064", "DEU>FRA:064"}},
		// EN and FR: the work of an aid group suspended (1663)
		{"en", d, "Burkina Faso suspended the activities of Doctors Without Borders.", []string{"BFA>NGOHLHMSF:1663"}},
		{"fr", d, "Le Burkina Faso a suspendu les activités de Médecins sans frontières.", []string{"BFA>NGOHLHMSF:1663"}},
		// EN and FR: refusing to let X export weapons (1212) or an IGO meet (1245)
		{"en", d, "Austria refused to let Italy export Austrian-made rifles to Ukraine.", []string{"AUT>ITA:1212"}},
		{"fr", d, "L'Autriche a refusé de laisser l'Italie exporter des armes vers l'Ukraine.", []string{"AUT>ITA:1212"}},
		{"en", d, "Myanmar's junta refused to let the ASEAN envoy meet jailed opposition leaders.", []string{"MMRGOV>IGOSEAASN:1245"}},
		// controls (coded before the round too): en_dyad / fr lines
		{"en", d, "Belarus refused to let U.N. investigators visit its prisons.", []string{"BLR>IGOUNO:1245"}},
		{"fr", d, "La junte birmane a refusé de laisser l'envoyé de l'ASEAN rencontrer les dirigeants emprisonnés.", []string{"MMRGOV>IGOSEAASN:1245"}},
		{"fr", d, "Le Bélarus a refusé de laisser les enquêteurs de l'ONU visiter ses prisons.", []string{"BLR>IGOUNO:1245"}},
		// EN: an army-led or military-backed government is GOV
		// (actor/data/par17en_en.txt), not the army
		{"en", d, "Sudan's army-led government expelled two U.N. officials.", []string{"SDNGOV>IGOUNO:166"}},
		{"en", d, "Mali's military-led government expelled the French ambassador.", []string{"MLIGOV>FRAGOV:161"}},
	})
}
