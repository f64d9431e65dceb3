package coder

import "testing"

// TestWnrecallQuotedEpithets: a name between quotes after
// « traiter X de » or « qualifier X de » is an insult (111, fr_wnrecall.txt)
// whatever its words; a quoted praise or role stays out, and an appeal
// « appeler X « à … » » keeps its code.
func TestWnrecallQuotedEpithets(t *testing.T) {
	const d = "2013-04-10"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le ministre turc des Affaires étrangères a qualifié le président syrien de « dernier pharaon du Levant ».", []string{"TURGOV>SYRGOV:111"}},
		{"fr", d, "Le chef de l'opposition a traité le Premier ministre grec de « petit comptable de Bruxelles ».", []string{"GRCOPP>GRCGOV:111"}},
		// controls: a quoted praise or role, an appeal
		{"fr", d, "Le président français a qualifié la chancelière allemande de « partenaire indispensable ».", nil},
		{"fr", d, "Le président français a appelé les dirigeants syriens « à la retenue ».", []string{"FRAGOV>SYRGOV:0256"}},
		{"fr", d, "Le président du Parlement européen a salué la victoire de la Croatie, qu'il a qualifiée de « moment historique ».", []string{"IGOEUREEC>HRV:051"}},
	})
}

// TestWnrecallRolesAndActs: office-holder periphrases and party officers
// (actor/data/wnrecall_fr.txt), a corruption inquiry 091 (not 092), and the
// target of « tués par une frappe de X » the passive subject (195).
func TestWnrecallRolesAndActs(t *testing.T) {
	const d = "2012-11-19"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le locataire de l'Élysée a reçu mardi les dirigeants de la CFDT.", []string{"FRAGOV>FRALAB:043", "FRALAB>FRAGOV:042"}},
		{"fr", d, "Le locataire de Matignon a critiqué les syndicats de cheminots français.", []string{"FRAGOV>FRALAB:111"}},
		{"fr", d, "La police a arrêté l'ancien trésorier du Parti socialiste.", []string{"FRACOP>FRAPTY:173"}},
		{"fr", d, "Le parquet de Madrid a ouvert une enquête contre un sénateur espagnol pour abus de confiance.", []string{"ESPJUD>ESPLEG:091"}},
		{"fr", d, "Deux enfants syriens ont été tués par des frappes aériennes de l'armée russe à Idlib.", []string{"RUSMIL>SYRCVL:195"}},
		// control: human-rights abuses stay 092
		{"fr", d, "La police a ouvert une enquête sur des abus commis par les soldats maliens.", []string{"MLICOP>MLIMIL:092"}},
	})
}
