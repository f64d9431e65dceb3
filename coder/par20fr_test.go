package coder

import "testing"

// TestPar20fr checks the classes the par20fr round fixed from invented
// French agency-wire sentences (probes/probes_par20fr.tsv f001-f060):
// pattern lines (fr_par20fr.txt), a coup's soldiers taking the overthrown
// government's country, a halted noun event behind a « prévue ... »
// incise, merchant ships « navire commercial », with must-not controls.
// Sentences are new variations, not the probe lines.
func TestPar20fr(t *testing.T) {
	const d = "2024-06-04"
	checkDatedCases(t, []datedCase{
		// threatening to « riposter » to military moves: 138; to duties: 1312
		{"fr", d, "Téhéran a menacé de riposter à toute nouvelle frappe de Washington.", []string{"IRN>USA:138"}},
		{"fr", d, "Moscou a menacé l'Otan de riposter militairement.", []string{"RUS>IGOWSTNAT:138"}},
		{"fr", d, "L'Union européenne a menacé de riposter aux droits de douane imposés par Washington.", []string{"IGOEUREEC>USA:1312"}},
		// rejecting calls to give up an offensive: 1246
		{"fr", d, "Le président russe a rejeté les appels de l'ONU à renoncer à son offensive dans la région de Kharkiv.", []string{"RUSGOV>IGOUNO:1246"}},
		// control: a plain rejected request stays 120
		{"fr", d, "Le gouvernement serbe a rejeté les demandes de l'opposition.", []string{"SRBGOV>SRBOPP:120"}},
		// coordinated armies starting « leurs exercices »: 062 both ways
		{"fr", d, "Les armées japonaise et philippine ont commencé mardi leurs exercices annuels.", []string{"JPNMIL>PHLMIL:062", "PHLMIL>JPNMIL:062"}},
		// coordinated negotiators meeting for talks: 046 both ways
		{"fr", d, "Des négociateurs arméniens et azerbaïdjanais se sont retrouvés jeudi à Washington pour un nouveau cycle de négociations.", []string{"ARMGOV>AZEGOV:046", "AZEGOV>ARMGOV:046"}},
		// the suspension of aid by kind: 1623 (the 1622 line was already coded: control)
		{"fr", d, "Le gouvernement néerlandais a annoncé la suspension de l'aide militaire à Israël.", []string{"NLDGOV>ISR:1622"}},
		{"fr", d, "Washington a décidé le gel de l'aide humanitaire au Yémen.", []string{"USA>YEM:1623"}},
		// funds released to finance military aid, in the futur proche: intent 0332
		{"fr", d, "Le Japon va débloquer 300 millions de dollars pour financer l'aide militaire aux Philippines.", []string{"JPN>PHL:0332"}},
		// a coup by soldiers of unknown country: the overthrown government's own (180)
		{"fr", d, "Des soldats de la garde nationale ont renversé dimanche le président guinéen Alpha Condé.", []string{"GINMIL>GINGOV:180"}},
		{"en", d, "Soldiers overthrew the Gabonese president Ali Bongo on Wednesday.", []string{"GABMIL>GABGOV:180"}},
		// controls: no military subject, no coup
		{"fr", d, "L'opposition gabonaise veut renverser le président Ali Bongo.", nil},
		// a visit « , prévue en mai, » then postponed: no event
		{"fr", d, "La visite du Premier ministre indien à Pékin, prévue en mai, a été reportée sine die.", nil},
		// control: without a halting participle the visit stands
		{"fr", d, "La visite du Premier ministre indien à Pékin, prévue en mai, a commencé lundi.", []string{"INDGOV>CHN:042"}},
		// « navire commercial » is a merchant ship (BUS)
		{"fr", d, "Les Houthis ont revendiqué une attaque contre un navire commercial grec en mer Rouge.", []string{"YEMREB>GRCBUS:015"}},
	})
}
