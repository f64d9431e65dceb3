package coder

import "testing"

// TestWndev3QuotedEpithets: a quoted epithet after « décrire X comme » and
// « appeler X « le|la … » » is an insult (111, fr_wnrecall_wndev3.txt) whatever its
// words; a quoted praise stays out and an appeal « appeler X « à … » » keeps
// its code.
func TestWndev3QuotedEpithets(t *testing.T) {
	const d = "2012-09-14"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le chef de l'opposition grecque a décrit le Premier ministre grec comme un « comptable sans âme ».", []string{"GRCOPP>GRCGOV:111"}},
		{"fr", d, "Le ministre turc des Affaires étrangères a décrit le président syrien comme « le dernier dictateur du Levant ».", []string{"TURGOV>SYRGOV:111"}},
		{"fr", d, "Le président vénézuélien a appelé le président américain « le roi de l'empire ».", []string{"VENGOV>USAGOV:111"}},
		{"fr", d, "Le chef de l'opposition russe a appelé le président russe le « tsar du Kremlin ».", []string{"RUSOPP>RUSGOV:111"}},
		// controls: a quoted praise, an appeal with a quote
		{"fr", d, "Le président français a décrit la chancelière allemande comme un « partenaire indispensable ».", nil},
		{"fr", d, "Le président français a appelé les dirigeants syriens « à la retenue ».", []string{"FRAGOV>SYRGOV:0256"}},
		{"fr", d, "Le président américain a appelé le gouvernement irakien à faire preuve « le plus vite possible » de fermeté.", []string{"USAGOV>IRQGOV:020"}},
	})
}

// TestWndev3BlockedResolution: « bloquer un projet de résolution au Conseil
// de sécurité » is a veto (129) against the Council.
func TestWndev3BlockedResolution(t *testing.T) {
	const d = "2012-02-10"
	checkDatedCases(t, []datedCase{
		{"fr", d, "La Russie a bloqué un projet de résolution sur le Yémen au Conseil de sécurité de l'ONU.", []string{"RUS>IGOUNO:129"}},
		// control: a road blocked is a protest, not a veto
		{"fr", d, "Des manifestants ont bloqué la route de l'aéroport de Tunis.", []string{"---OPP>TUN:144"}},
	})
}

// TestWndev3RegrettedAct: « déplorer | regretter un acte présenté | choisi
// par X » criticises X (111).
func TestWndev3RegrettedAct(t *testing.T) {
	const d = "2013-05-14"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le chef de l'opposition italienne a déploré une réforme « sans ambition » présentée par le gouvernement italien.", []string{"ITAOPP>ITAGOV:111"}},
		{"fr", d, "Les syndicats grecs ont regretté le calendrier choisi par le gouvernement grec pour les privatisations.", []string{"GRCLAB>GRCGOV:111"}},
		// control: an agent that is no actor gives no event
		{"fr", d, "Le ministre français a regretté le mauvais temps choisi par les organisateurs du festival.", nil},
	})
}
