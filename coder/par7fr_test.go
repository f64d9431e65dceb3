package coder

import "testing"

// TestPar7frWire: lines of the par7fr round (invented French wire sentences on the Maghreb,
// the Sahel, Central Africa, the Caucasus, the Balkans, Latin America and Asia-Pacific,
// probes/probes_par7fr.tsv); sentences of the test's own, with must-not cases.
func TestPar7frWire(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// aid offered « par X » and rejected: 1211 (financial), 121 (other)
		{"fr", d, "Le gouvernement malien a refusé l'aide économique proposée par la France.", []string{"MLIGOV>FRA:1211"}},
		{"fr", d, "Le Niger a rejeté l'aide humanitaire offerte par les États-Unis.", []string{"NER>USA:121"}},
		// a standby force activated against X
		{"fr", d, "La Cédéao a approuvé le déploiement de sa force en attente contre la junte nigérienne.", []string{"IGOWAFWAS>NERGOV:154"}},
		// « exiger de X qu'il retire ses troupes »
		{"fr", d, "Le Mali a exigé de la France qu'elle retire ses militaires sans délai.", []string{"MLI>FRA:1056"}},
		// live fire on opposition supporters by police or soldiers is repression; between
		// armies it stays fighting
		{"fr", d, "La police togolaise a tiré à balles réelles sur des partisans de l'opposition à Lomé.", []string{"TGOCOP>TGOOPP:175"}},
		{"fr", d, "L'armée congolaise a tiré à balles réelles sur des rebelles du M23.", []string{"CODMIL>CODREB:193"}},
		// « parapher » an agreement
		{"fr", d, "La Serbie et le Kosovo ont paraphé un accord sur les plaques d'immatriculation.", []string{"SRB>KSV:057", "KSV>SRB:057"}},
		// joint manoeuvres begun with a place between verb and object
		{"fr", d, "La Chine et la Russie ont lancé mardi en mer du Japon des exercices navals conjoints.", []string{"CHN>RUS:062", "RUS>CHN:062"}},
		// a court confirming a sentence to prison is 173; a comment confirming it is nothing
		{"fr", d, "La cour d'appel de Tunis a confirmé la condamnation de l'opposant Rached Ghannouchi à trois ans de prison.", []string{"TUNJUD>TUNOPP:173"}},
		// an apposed participle's agent after a time adjunct
		{"fr", d, "Le juge a entendu le chef rebelle, capturé quelques jours plus tard par l'armée malienne.", []string{"MLIMIL>MLIREB:173"}},
		// a possessive object in a reported que-clause belongs to the reporting subject
		// (par7fr.go reportedOwner); a subject owned by it ("ses combattants") is no other party
		{"fr", d, "L'armée malienne a indiqué que des jihadistes du JNIM avaient attaqué ses positions dans la nuit.", []string{"MLIREB>MLIMIL:190"}},
		{"fr", d, "Le Hezbollah a affirmé que ses combattants avaient attaqué leurs positions.", nil},
		// a noun phrase after the main clause names its act; the participle's agent judges
		// the main clause's subject (par7fr.go apposedActAuthor)
		{"fr", d, "Le gouvernement togolais a suspendu deux journaux, une décision critiquée par l'opposition.", []string{"TGOGOV>TGOMED:1721", "TGOOPP>TGOGOV:111"}},
		// a deal "négocié sous l'égide | la médiation de X" after the parties' own agreement:
		// X mediates between them (gaps4.go underAegis, 045); not after a release that
		// merely applies such a deal
		{"fr", d, "L'Arménie et l'Azerbaïdjan ont signé un accord de paix négocié sous la médiation du Qatar.", []string{"ARM>AZE:057", "AZE>ARM:057", "QAT>ARM:045", "QAT>AZE:045"}},
		{"fr", d, "Le Hamas a libéré deux otages en application de l'accord de trêve négocié sous l'égide de l'Égypte.", []string{"PSEREBHMS>---CVL:0841"}},
		// « alors qu'il se rendait à X » is no visit
		{"fr", d, "Le ministre tchadien a été blessé alors qu'il se rendait au Soudan.", nil},
	})
}
