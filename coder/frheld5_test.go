package coder

import "testing"

// TestFrHeld5LightUnderIntent: a light verb (« continuer à ») that is the
// complement of an intent or refusal word passes the class on
// (frheld5.go liftLight): a promise to keep fighting is a threat (1384),
// a refusal to keep negotiating a refusal (125), a pledge to keep
// delivering arms an intent (0332); a plain « continue de » stays the act.
func TestFrHeld5LightUnderIntent(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le président israélien a promis de continuer à combattre le Hezbollah jusqu'à la victoire.", []string{"ISRGOV>LBNREB:1384"}},
		{"fr", d, "La Russie a refusé de continuer à négocier avec l'Ukraine.", []string{"RUS>UKR:125"}},
		{"fr", d, "L'Allemagne s'est engagée à continuer de livrer des armes à l'Ukraine.", []string{"DEU>UKR:0332"}},
		// controls: the light verb alone, and an attempt
		{"fr", d, "L'Allemagne continue de livrer des armes à l'Ukraine.", []string{"DEU>UKR:072"}},
	})
}

// TestFrHeld5ArtillerySubject: artillery or tanks shelling is 194, not
// the aerial 195 of a bare « bombarder » (fr_frheld5.txt).
func TestFrHeld5ArtillerySubject(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "L'artillerie russe a bombardé mercredi la ville de Kharkiv.", []string{"RUSMIL>UKR:194"}},
		{"fr", d, "Les chars russes ont bombardé des positions ukrainiennes près de Bakhmout.", []string{"RUSMIL>UKRMIL:194"}},
		// control: warplanes bombing tanks stay aerial
		{"fr", d, "Les avions israéliens ont bombardé des chars syriens.", []string{"ISRMIL>SYRMIL:195"}},
	})
}

// TestFrHeld5SupportRestated: « a réaffirmé le soutien de X à Y »: the
// support restated is the verb's own object, its owner (the speaker's
// side) is no target; the supported one is (frheld5.go restatedAct).
func TestFrHeld5SupportRestated(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le président français a réaffirmé jeudi le soutien de la France à la Moldavie.", []string{"FRAGOV>MDA:051"}},
		{"fr", d, "Le chancelier allemand a exprimé le soutien de Berlin à Israël.", []string{"DEUGOV>ISR:051"}},
		// control: another's act praised keeps its author as the target
		{"fr", d, "La libération du journaliste par Moscou a été saluée par Londres.", []string{"GBR>RUS:051", "RUS>RUSMED:0841"}},
	})
}
