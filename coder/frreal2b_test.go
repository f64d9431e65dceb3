package coder

import "testing"

// TestFrreal2bClasses codes invented sentences in the register of real French
// news for the classes of the frreal2 bench-sample round (data/fr_frreal2b.txt,
// subject.go: promises whose infinitive has no event of its own, opposition to
// a takeover by X, demands « auprès de X », a long fronted « Après avoir »
// clause) and requires exactly their events; controls keep no event.
func TestFrreal2bClasses(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a promise to an object of the infinitive: intent to cooperate
		{"fr", "2024-05-02", "La Russie s'est engagée à protéger les civils syriens.", []string{"RUS>SYRCVL:030"}},
		{"fr", "2024-05-02", "Le gouvernement allemand promet de revaloriser les enseignants.", []string{"DEUGOV>DEUEDU:030"}},
		// control: an infinitive with its own pattern keeps its code
		{"fr", "2024-05-02", "La France s'est engagée à soutenir le Mali.", []string{"FRA>MLI:032"}},
		// control: no actor after the infinitive
		{"fr", "2024-05-02", "Le ministre s'est engagé à protéger la forêt.", nil},
		// opposing a takeover by X: X is the target
		{"fr", "2024-05-02", "Le gouvernement français s'oppose au rachat de la société Alstom par General Electric.", []string{"FRAGOV>MNCUSA:110"}},
		{"fr", "2024-05-02", "Washington s'est opposé à la reprise du groupe par la Chine.", []string{"USA>CHN:110"}},
		// control: no agent
		{"fr", "2024-05-02", "La France s'oppose à la nomination du général.", nil},
		// a demand or request made « auprès de X »
		{"fr", "2024-05-02", "Les syndicats français ont réclamé auprès du gouvernement des mesures d'urgence.", []string{"FRALAB>FRAGOV:100"}},
		{"fr", "2024-05-02", "Le Mali a demandé des garanties auprès de la France.", []string{"MLI>FRA:020"}},
		// a long fronted « Après avoir » clause: its subject is after the comma
		{"fr", "2024-05-02", "Après avoir réclamé sans grand succès auprès du gouvernement des mesures pour faire face à la crise du logement, les syndicats français ont appelé à la grève.", []string{"FRALAB>FRAGOV:100"}},
		// a wish that X grant loans to the wisher: appeal for economic aid
		{"fr", "2024-05-02", "La Grèce souhaite que l'Allemagne lui accorde des crédits.", []string{"GRC>DEU:0231"}},
		// controls: a wish for others' loans, a wish with no aid
		{"fr", "2024-05-02", "Le gouvernement souhaite que les banques accordent des prêts aux PME.", nil},
		{"fr", "2024-05-02", "Le président souhaite que la France gagne le match.", nil},
		// Czechoslovakia's Civic Forum in 1989 (actor/data/frreal2b_fr.txt)
		{"fr", "1989-12-05", "Le Forum civique a rejeté le nouveau gouvernement tchécoslovaque.", []string{"CSKOPP>CSKGOV:120"}},
	})
}
