package coder

import "testing"

// TestEnwire6CapturedForces: soldiers or police of unknown country named by
// the pattern word of a release (0841 &DETAINEE) are the persons released,
// the target (en_lex.txt captivecode), not the source's own forces; their
// country follows the domestic rules (rebels at home).
func TestEnwire6CapturedForces(t *testing.T) {
	const d = "2025-06-02"
	checkDatedCases(t, []datedCase{
		{"en", d, "Colombia's ELN rebels released two kidnapped soldiers on Monday.", []string{"COLREB>COLMIL:0841"}},
		{"en", d, "Malian rebels freed three policemen on Monday.", []string{"MLIREB>MLICOP:0841"}},
		// controls: soldiers of a named country; troops deployed are the source's own
		{"en", d, "Russia released two Ukrainian soldiers on Monday.", []string{"RUS>UKRMIL:0841"}},
		{"en", d, "Colombia's ELN rebels released two journalists on Monday.", []string{"COLREB>COLMED:0841"}},
		{"en", d, "The Malian junta deployed troops to the north on Monday.", nil},
	})
}

// TestEnwire6PlaceFacilitySubject: a sentence opening with a plain noun
// ("An explosion") whose only actors before the verb are places or
// facilities after a place preposition (en_lex.txt placeprep: "at the
// al-Ahli hospital") has no subject: the facility is where it happened.
func TestEnwire6PlaceFacilitySubject(t *testing.T) {
	const d = "2023-10-17"
	checkDatedCases(t, []datedCase{
		{"en", d, "An explosion at the al-Ahli hospital in Gaza City killed hundreds of people on Tuesday.", nil},
		{"en", d, "A blast near a police station in Peshawar killed five people on Monday.", nil},
		// controls: an agent head before the place; an attacker after "by"
		{"en", d, "Police at the scene in Nairobi arrested two journalists on Tuesday.", []string{"KENCOP>KENMED:173"}},
		{"en", d, "Rebels near the hospital in Goma killed ten soldiers on Tuesday.", []string{"CODREB>CODMIL:190"}},
	})
}

// TestEnwire6BlockadePolicy: borders or crossings blocked in protest at
// imports, prices or tariffs demand a policy change (1442, en_enwire6.txt);
// without a stated cause the blockade stays 144.
func TestEnwire6BlockadePolicy(t *testing.T) {
	const d = "2024-02-13"
	checkDatedCases(t, []datedCase{
		{"en", d, "Polish farmers blocked border crossings with Ukraine on Tuesday in protest at cheap grain imports.", []string{"POLAGR>UKR:1442"}},
		{"en", d, "Romanian truckers blocked border crossings with Ukraine in protest at rising fuel prices.", []string{"ROULAB>UKR:1442"}},
		// controls: no stated cause; a policy keeps en_par2c.txt's line and its government slot
		{"en", d, "Polish truckers blocked border crossings with Ukraine on Monday.", []string{"POLLAB>UKR:144"}},
		{"en", d, "French farmers blocked motorways around Paris in protest against the government's agricultural policy.", []string{"FRAAGR>FRAGOV:1442"}},
	})
}

// TestEnwire6PossessedParticiple: a verb form right after a possessive
// ("Maduro's disputed re-election", "the government's planned reform") is
// an adjective, not the main verb that would make an earlier irregular past
// ("took to the streets") a reduced relative (struct_en.go mainVerbAfter).
func TestEnwire6PossessedParticiple(t *testing.T) {
	const d = "2024-08-03"
	checkDatedCases(t, []datedCase{
		{"en", d, "Thousands of Venezuelans took to the streets of Caracas on Saturday to protest against President Nicolas Maduro's disputed re-election.", []string{"VENCVL>VENGOV:141"}},
		{"en", d, "Thousands of Serbians took to the streets to protest against the government's planned reform.", []string{"SRBCVL>SRBGOV:141"}},
		// control: no possessive before the later verb
		{"en", d, "Thousands of Serbians took to the streets to protest against the government.", []string{"SRBCVL>SRBGOV:141"}},
	})
}
