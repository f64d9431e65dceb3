package coder

import "testing"

// TestFrHeld6PhoneAdjunct: a comma-led « lors d'un entretien téléphonique
// avec X » (also « au cours d'un », « à l'issue d'un », « par téléphone »)
// is a telephone talk 041 of the main clause's subject with X, not a plain
// meeting 040 (fr_frheld6.txt, frlong.go frAdjunctSubject's six-token
// window); a plain « lors d'un entretien avec X » stays 040.
func TestFrHeld6PhoneAdjunct(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le président turc a évoqué mardi la situation régionale, lors d'un entretien téléphonique avec son homologue kényan.", []string{"TURGOV>KENGOV:041", "KENGOV>TURGOV:041"}},
		{"fr", d, "Le chef du gouvernement espagnol a salué mardi les progrès réalisés, à l'issue d'un entretien téléphonique avec son homologue marocain.", []string{"ESPGOV>MARGOV:041", "MARGOV>ESPGOV:041"}},
		{"fr", d, "Le président brésilien a défendu mardi la position de son pays, au cours d'un entretien par téléphone avec le chancelier allemand.", []string{"BRAGOV>DEUGOV:041", "DEUGOV>BRAGOV:041"}},
		// control: a plain meeting stays 040
		{"fr", d, "Le président brésilien a défendu mardi la position de son pays, lors d'un entretien avec le chancelier allemand.", []string{"BRAGOV>DEUGOV:040", "DEUGOV>BRAGOV:040"}},
	})
}

// TestFrHeld6VisitAdjunct: a comma-led « au cours d'une visite à X » is the
// main clause's subject's visit (042), as « lors d'une visite à X »; walking
// back to the main verb passes over an infinitive and a noun after an
// article (« à laisser entrer l'aide »), whose nearest actor is the main
// verb's object (fr_frheld6.txt, frheld6.go adjunctSkip).
func TestFrHeld6VisitAdjunct(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le ministre norvégien des Affaires étrangères a appelé mardi le Soudan à laisser passer les convois, au cours d'une visite en Éthiopie.", []string{"NORGOV>SDN:0255", "NORGOV>ETH:042"}},
		{"fr", d, "La ministre canadienne des Affaires étrangères a exhorté mardi Israël à laisser entrer l'aide, lors d'une visite en Jordanie.", []string{"CANGOV>ISR:0255", "CANGOV>JOR:042"}},
	})
}

// TestFrHeld6Ramming: ramming a ship is physical force 190 (fr_frheld6.txt).
func TestFrHeld6Ramming(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Des navires de la marine chinoise ont éperonné mardi un navire des garde-côtes japonais en mer de Chine orientale.", []string{"CHNMIL>JPNMIL:190"}},
	})
}

// TestFrHeld6ThreatenTarget: « menacer de cibler X » is a threatened
// conventional attack 1384, as « menacer de frapper » (fr_frheld6.txt).
func TestFrHeld6ThreatenTarget(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le Hezbollah a menacé mardi de cibler les ports israéliens.", []string{"LBNREB>ISR:1384"}},
	})
}

// TestFrHeld6NamedArrester: « interpeller » by a police, military or
// intelligence body named by its name (FSB, DST) is an arrest 173, active or
// passive; by unknown people, nothing (fr_frheld6.txt).
func TestFrHeld6NamedArrester(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le FSB a interpellé mardi un journaliste américain à Iekaterinbourg.", []string{"RUSSPY>USAMED:173"}},
		{"fr", d, "Deux diplomates estoniens ont été interpellés mardi par le FSB à Moscou.", []string{"RUSSPY>ESTGOV:173"}},
		{"fr", d, "Un militant a été interpellé mardi par des inconnus.", nil},
	})
}

// TestFrHeld6ShotDownLauncher: shooting down drones or rockets « lancés |
// tirés par X » is force against X, 190 (fr_frheld6.txt).
func TestFrHeld6ShotDownLauncher(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "La défense aérienne israélienne a abattu mardi plusieurs roquettes tirées par le Hezbollah.", []string{"ISRMIL>LBNREB:190"}},
		{"fr", d, "La marine française a abattu dans la nuit deux drones lancés par les Houthis en mer Rouge.", []string{"FRAMIL>YEMREB:190"}},
	})
}
