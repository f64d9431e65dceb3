package coder

import "testing"

// TestPar2c checks the classes the par2c round fixed from invented
// English/French wire pairs on exact sub-codes and actor sectors
// (probes/par2c.tsv c001-c050): appeals and demands to change a named
// policy measure (0242/1042), promises to increase imports (0311), accepted
// peacekeepers (0861 EN), investigations into killings "by X" (092 to X),
// taking X to court (115 EN), postponed trials (nothing, EN), troops deployed
// to protect (074 FR), released ships (0842 FR), debt relief asked (0231 FR),
// rejected resignation demands (1231 FR) and summit offers (125 FR),
// suicide attacks (1831 FR), rape accusations (1122 FR), blocked roads in
// protest against X's policy (1442 EN), with controls (lifting tariffs
// stays 0254). Sentences are new variations, not the probe pairs.
func TestPar2c(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// appeal or demand to change a named policy measure
		{"en", d, "Ghanaian trade unions urged the government to raise salaries.", []string{"GHALAB>GHAGOV:0242"}},
		{"fr", d, "Les syndicats ghanéens ont appelé le gouvernement à augmenter les salaires.", []string{"GHALAB>GHAGOV:0242"}},
		{"en", d, "Spanish fishermen demanded that the European Commission scrap the new fishing quotas policy.", []string{"ESPAGR>IGOEUREEC:1042"}},
		// lifting tariffs stays an appeal to ease economic sanctions
		{"en", d, "Australia urged China to lift its tariffs on Australian wine.", []string{"AUS>CHN:0254"}},
		// promise to increase imports from X
		{"en", d, "The Indonesian president promised to boost imports from Australia.", []string{"IDNGOV>AUS:0311"}},
		{"fr", d, "Le président indonésien a promis d'augmenter les achats en provenance d'Australie.", []string{"IDNGOV>AUS:0311"}},
		// accepting the deployment of peacekeepers
		{"en", d, "South Sudan accepted the deployment of more UN peacekeepers in Upper Nile.", []string{"SSD>IGOUNO:0861"}},
		// investigation into killings of protesters by X: 092 to X
		{"en", d, "A Kenyan prosecutor opened an investigation into the deaths of demonstrators by the police in Nairobi.", []string{"KENJUD>KENCOP:092"}},
		// taking X to court
		{"en", d, "Ukraine took Russia to the International Court of Justice over the downing of the airliner.", []string{"UKR>RUS:115"}},
		// a postponed trial codes nothing
		{"en", d, "A Tunisian court adjourned the trial of the opposition leader.", nil},
		// troops deployed to protect: 074
		{"fr", d, "Le Tchad a envoyé des troupes pour sécuriser la frontière du Cameroun.", []string{"TCD>CMR:074"}},
		// a released ship is property
		{"fr", d, "Les Houthis ont libéré le cargo japonais qu'ils avaient saisi en mer Rouge.", []string{"YEMREB>JPNBUS:0842"}},
		// debt relief asked of X
		{"fr", d, "Le Ghana a sollicité auprès du FMI une restructuration de sa dette.", []string{"GHA>IGOBUSIMF:0231"}},
		// rejected resignation demands and summit offers
		{"fr", d, "Le Premier ministre slovaque a rejeté les appels à la démission lancés par l'opposition.", []string{"SVKGOV>SVKOPP:1231"}},
		{"fr", d, "Le Venezuela a rejeté l'offre de dialogue du Guyana.", []string{"VEN>GUY:125"}},
		// killed in a suicide attack
		{"fr", d, "Des militants shebab ont tué un policier kényan dans un attentat-suicide.", []string{"SOMREB>KENCOP:1831"}},
		// accused of rape: human-rights accusation
		{"fr", d, "Amnesty International a accusé l'armée éthiopienne d'avoir violé des femmes au Tigré.", []string{"NGOHRIAMN>ETHMIL:1122"}},
		// blocked roads in protest against X's policy
		{"en", d, "Belgian farmers blocked roads in Brussels in protest against the European Union's agricultural policy.", []string{"BELAGR>IGOEUREEC:1442"}},
	})
}
