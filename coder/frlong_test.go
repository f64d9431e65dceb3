package coder

import "testing"

// TestFrlongFusedRelative: a relative pronoun fused with the slot's
// preposition (« auquel », à + lequel) gives its antecedent as the target,
// as « à qui » does (frlong.go relFusedObject, fr_lex.txt relfused_a).
func TestFrlongFusedRelative(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le président russe a reçu mardi au Kremlin le dirigeant biélorusse, auquel il a promis un nouveau prêt de 1,5 milliard de dollars.", []string{"RUSGOV>BLRGOV:043", "BLRGOV>RUS:042", "RUSGOV>BLRGOV:0331"}},
		{"fr", d, "Le chancelier allemand a reçu mardi les dirigeants ukrainiens, auxquels il a promis de nouveaux systèmes de défense aérienne.", []string{"DEUGOV>UKRGOV:043", "UKRGOV>DEU:042", "DEUGOV>UKRGOV:0332"}},
		// control: « à qui » as before
		{"fr", d, "Le président russe a reçu mardi le dirigeant biélorusse, à qui il a promis un nouveau prêt.", []string{"RUSGOV>BLRGOV:043", "BLRGOV>RUS:042", "RUSGOV>BLRGOV:0331"}},
	})
}

// TestFrlongPlacePlural: plural place nouns (« les régions de Kharkiv et
// de Soumy ») name the target's place like the singular (fr_lex.txt
// placenoun).
func TestFrlongPlacePlural(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Les troupes russes ont lancé mardi plus de quarante drones explosifs sur les régions de Kharkiv et de Soumy.", []string{"RUSMIL>UKR:195"}},
		{"fr", d, "Les troupes russes ont lancé mardi plus de quarante drones sur la région de Kharkiv.", []string{"RUSMIL>UKR:195"}},
	})
}

// TestFrlongProtestSecondDemand: a demonstration « pour réclamer X et la
// démission de Y » demands Y's departure (fr_frlong.txt).
func TestFrlongProtestSecondDemand(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Des milliers de manifestants ont défilé mardi à Tel-Aviv pour réclamer des élections anticipées et la démission du Premier ministre Benyamin Netanyahou.", []string{"ISROPP>ISRGOV:1411"}},
	})
}

// TestFrlongPossibility: « évoquer la possibilité d'un sommet avec X » is
// neither a talk with X nor a summit (fr_frlong.txt's null line,
// fr_lex.txt proposalnoun); « évoquer avec X » stays a consultation.
func TestFrlongPossibility(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le Premier ministre japonais Fumio Kishida a évoqué mardi la possibilité d'un sommet avec le dirigeant nord-coréen Kim Jong Un.", nil},
		{"fr", d, "Le Premier ministre japonais Fumio Kishida a évoqué mardi avec le président américain la situation en Corée.", []string{"JPNGOV>USAGOV:040", "USAGOV>JPNGOV:040"}},
	})
}

// TestFrlongMeetingAdjunct: a comma-led « lors d'un entretien | d'une
// rencontre avec X » is a meeting of the main clause's subject with X, past
// a relative clause between commas and past a time adjunct with « l' »
// (frlong.go frAdjunctSubject, fr_frlong.txt) — not of the object that ends
// before the comma.
func TestFrlongMeetingAdjunct(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Emmanuel Macron a critiqué mardi la Russie, lors d'une rencontre avec son homologue Volodymyr Zelensky.", []string{"FRAGOV>RUS:111", "FRAGOV>UKRGOV:040", "UKRGOV>FRAGOV:040"}},
		{"fr", d, "Le président égyptien a appelé mardi à agir à Rafah, où vivent un million de déplacés, lors d'un entretien avec le roi de Jordanie Abdallah II.", []string{"EGYGOV>PSE:020", "EGYGOV>JORGOV:040", "JORGOV>EGYGOV:040"}},
		{"fr", d, "Emmanuel Macron a promis mardi de livrer à l'Ukraine des missiles d'ici la fin de l'année, lors d'une rencontre avec son homologue Volodymyr Zelensky.", []string{"FRAGOV>UKR:0332", "FRAGOV>UKRGOV:040", "UKRGOV>FRAGOV:040"}},
		// control: as before, without a relative clause or « l' »
		{"fr", d, "Le président égyptien a appelé mardi la communauté internationale à agir, lors d'un entretien avec le roi de Jordanie Abdallah II.", []string{"EGYGOV>JORGOV:040", "JORGOV>EGYGOV:040"}},
	})
}
