package evaltest

import (
	"testing"
)

// TestRoles3Pipeline: sentences written for the test, coded through the
// text, actor and coder stages; the events need the actor roles of the roles
// round 3 (actor/roles3_*.txt, the French head + de + agent rule, coordinated
// nationality adjectives, Yugoslavia dated as Phoenix): the dyad
// (source>target) of an event of the given CAMEO root must be there.
func TestRoles3Pipeline(t *testing.T) {
	checkDyadCases(t, []dyadCase{
		// the spokesman of the army speaks for the army
		{"fr", "Le porte-parole de l'armée israélienne a accusé le Hamas.", "2024-03-12", "ISRMIL>PSEREBHMS", "11"},
		// the second of two coordinated adjectives takes the agent's role
		{"fr", "Les ministres saoudien et iranien des Affaires étrangères se sont rencontrés jeudi.", "2024-03-12", "SAUGOV>IRNGOV", "04"},
		// Russian-backed separatists (French form of the English entry)
		{"fr", "Des séparatistes prorusses ont attaqué les forces ukrainiennes.", "2015-02-01", "UKRREB>UKRMIL", "19"},
		// federal forces are the army; Tigrayans are Ethiopians
		{"fr", "Les forces fédérales éthiopiennes ont combattu les combattants tigréens.", "2021-06-01", "ETHMIL>ETHREB", "19"},
		// an English ministry named by its portfolio
		{"en", "The Iranian finance ministry criticised the German government.", "2024-03-12", "IRNGOV>DEUGOV", "11"},
		// the Federal Republic of Yugoslavia in 1999 (Phoenix SCG)
		{"fr", "L'OTAN a bombardé la Yougoslavie.", "1999-05-29", "IGOWSTNAT>SCG", "19"},
	})
}
