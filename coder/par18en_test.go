package coder

import "testing"

// TestPar18en checks the classes the par18en round fixed from invented
// English wire probes (probes/probes_par18en.tsv f001-f040): artillery fire
// traded (194), withdrawing from a bloc named by its description (160 to the
// bloc), calls to repeal a law rejected (1232), accused of violating a visa
// or a law (1121), a conscription law imposed (no event), with their French twins and must-not controls. Sentences
// are new variations, not the probes.
func TestPar18en(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// EN: artillery or rocket fire traded is 194 both ways; gunfire stays 193
		{"en", d, "India and Pakistan traded artillery fire across the Line of Control on Sunday.", []string{"IND>PAK:194", "PAK>IND:194"}},
		{"en", d, "Israel traded rocket fire with Hezbollah overnight.", []string{"ISR>LBNREB:194", "LBNREB>ISR:194"}},
		{"en", d, "Armenia and Azerbaijan traded gunfire along their border.", []string{"ARM>AZE:193", "AZE>ARM:193"}},
		// EN: withdrawing from a bloc named after its description: 160 to it
		{"en", d, "Mali said it was withdrawing from the West African regional bloc ECOWAS.", []string{"MLI>IGOWAFWAS:160"}},
		{"en", d, "Russian troops withdrew from the town of Kherson.", []string{"RUSMIL>UKR:0874"}},
		// EN and FR: calls by X to repeal or amend a law rejected: 1232 to X
		{"en", d, "The Hungarian government rejected European Union calls to amend its media law.", []string{"HUNGOV>IGOEUREEC:1232"}},
		{"fr", d, "Le gouvernement hongrois a rejeté les appels de l'Union européenne à modifier sa loi sur les médias.", []string{"HUNGOV>IGOEUREEC:1232"}},
		{"fr", d, "Le gouvernement a rejeté la demande de l'opposition.", []string{"---GOV>---OPP:120"}},
		// EN and FR: accused of violating a visa or immigration laws: 1121;
		// a ceasefire or an airspace stays 1123
		{"en", d, "Moscow expelled a British diplomat, accusing him of violating the conditions of his visa.", []string{"RUS>GBRGOV:161", "RUS>GBRGOV:1121"}},
		{"en", d, "Thailand accused a Myanmar activist of breaching immigration laws.", []string{"THA>MMROPP:1121"}},
		{"en", d, "Armenia accused Azerbaijan of violating the ceasefire.", []string{"ARM>AZE:1123"}},
		{"fr", d, "La Russie a accusé un diplomate britannique d'avoir violé les conditions de son visa.", []string{"RUS>GBRGOV:1121"}},
		{"fr", d, "L'Arménie a accusé l'Azerbaïdjan de violer le cessez-le-feu.", []string{"ARM>AZE:1123"}},
		// EN and FR: a conscription law imposed is no 170 to the army its
		// adjective names; sanctions on an army keep 163
		{"en", d, "The Burmese military government imposed a military draft law on young men.", nil},
		{"fr", d, "La junte birmane a imposé une loi de conscription militaire.", nil},
		{"en", d, "The United States imposed sanctions on the Myanmar military.", []string{"USA>MMRMIL:163"}},
	})
}
