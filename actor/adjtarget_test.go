package actor

import "testing"

// A French nationality adjective after a noun of the "ownednoun" set (a
// state's territory, border, policy, test, products...) names the state;
// after any other common noun it stays no actor.
func TestAdjTargetOwnedNoun(t *testing.T) {
	checkHas(t, "2024-03-12", []hasCase{
		{"La France a condamné l'essai nucléaire nord-coréen.", "fr", "nord-coréen=PRK"},
		{"La France a critiqué la politique américaine.", "fr", "américaine=USA"},
		{"La Russie a massé des troupes à la frontière ukrainienne.", "fr", "ukrainienne=UKR"},
		{"La Russie a envahi le territoire ukrainien.", "fr", "ukrainien=UKR"},
		{"L'Inde a interdit les applications chinoises.", "fr", "chinoises=CHN"},
	})
	for _, body := range []string{
		"Il a vu un film américain.",
		"Elle apprend la langue française.",
		"Ils ont fêté l'indépendance algérienne.",
	} {
		for _, m := range actorsOf(t, body, "2024-03-12", "fr") {
			t.Errorf("%q: want no mention, got %s", body, m)
		}
	}
}

// Such an adjective does not vote on the document's country: a story about
// Venezuela that names the Colombian border twice keeps its government
// Venezuelan.
func TestAdjTargetNoDocVote(t *testing.T) {
	body := "Une junte a pris le pouvoir au Venezuela. Caracas est calme. " +
		"Le Venezuela attend. La ville est près de la frontière colombienne. " +
		"Des soldats ont franchi la frontière colombienne. Le gouvernement a promis des élections."
	checkHas(t, "1958-01-24", []hasCase{{body, "fr", "gouvernement=VENGOV"}})
}
