package coder

import "testing"

// TestFrModeRefusalNegation: a refused intent is a refusal, a negated verb
// of achieving or renewing is the opposite act CAMEO codes, "ne … que si"
// negates, a claim or a leading "Pour X," makes the event reported.
func TestFrModeRefusalNegation(t *testing.T) {
	checkFixCases(t, []fixCase{
		// the intent word is itself refused: 033 -> 122, no intent left
		{"fr", "Le gouvernement italien a refusé de s'engager à fournir une aide militaire à l'Ukraine.",
			[]string{"ITAGOV>UKR:1222"}, []string{"ITAGOV>UKR:033", "ITAGOV>UKR:0332"}},
		// negated achieving: a failure to agree (164), not a negated 057
		{"fr", "L'Inde et le Pakistan ne sont pas parvenus à un accord sur le Cachemire.",
			[]string{"IND>PAK:164", "PAK>IND:164"}, []string{"IND>PAK:057 neg"}},
		{"en", "India and Pakistan did not reach an agreement on Kashmir.",
			[]string{"IND>PAK:164"}, []string{"IND>PAK:057 neg"}},
		// negated renewing: the sanctions lapse (085)
		{"fr", "Le Canada n'a pas renouvelé les sanctions contre le Venezuela.",
			[]string{"CAN>VEN:085"}, []string{"CAN>VEN:163 neg"}},
		// a plain negated sanction stays negated
		{"fr", "Le Canada n'a pas imposé de sanctions contre le Venezuela.",
			nil, []string{"CAN>VEN:085"}},
		// "ne … que si": not … unless; announced, a refusal (12x)
		{"fr", "Les dockers grecs ne mettront fin à leur grève que si Athènes augmente les salaires.",
			[]string{"GRCLAB>:1242 future"}, []string{"GRCLAB>:0352 future"}},
		{"fr", "Les syndicats grecs ne lèveront le blocus que si le gouvernement recule.",
			[]string{"GRCLAB>:1246 future"}, nil},
		// restrictive "ne … que" without a condition is no negation
		{"fr", "Le président français ne rencontrera que le Premier ministre allemand.",
			nil, []string{"FRAGOV>DEUGOV:036 neg"}},
	})
}

// TestFrModeReported: "Pour X, …" and "…, affirme X" report the clause's event.
func TestFrModeReported(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les forces russes ont bombardé Kiev, affirme Washington.",
			[]string{"RUSMIL>UKR:195 reported"}, nil},
		{"fr", "Pour Washington, les forces russes ont bombardé Kiev.",
			[]string{"RUSMIL>UKR:195 reported"}, nil},
		// "Pour" before no actor and a plain saying verb: asserted
		{"fr", "Pour la première fois, les forces russes ont bombardé Kiev.",
			[]string{"RUSMIL>UKR:195"}, nil},
		{"fr", "Les forces russes ont bombardé Kiev, a déclaré Washington.",
			[]string{"RUSMIL>UKR:195"}, nil},
	})
}

// TestFrModeOwnThreat: a conditional act stated by its own side is an
// asserted threat (13x); stated by another side it stays hypothetical.
func TestFrModeOwnThreat(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "La France pourrait rompre ses relations diplomatiques avec l'Iran si Téhéran refuse, a déclaré le ministre français.",
			[]string{"FRA>IRN:1313"}, []string{"FRA>IRN:1313 hypothetical"}},
		{"fr", "La France pourrait rompre ses relations diplomatiques avec l'Iran si Téhéran refuse, a déclaré le ministre allemand.",
			[]string{"FRA>IRN:1313 hypothetical"}, nil},
	})
}

// TestFrModeAccusedAct: an accusation of an act of force codes the
// accusation alone, in both languages (the act charged is not asserted;
// coding it as reported was removed on 2026-11-27, README frmode).
func TestFrModeAccusedAct(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "L'Ukraine accuse la Russie d'avoir bombardé Kharkiv.",
			[]string{"UKR>RUS:1123"}, []string{"RUS>UKR:195 reported"}},
		{"fr", "Amnesty International a accusé les forces de sécurité iraniennes d'avoir torturé des manifestants détenus.",
			[]string{"NGOHRIAMN>IRNCOP:1122"}, []string{"IRNCOP>IRNOPP:1822 reported"}},
		{"en", "Ukraine accused Russia of having shelled Kharkiv.",
			[]string{"UKR>RUS:112"}, []string{"RUS>UKR:194 reported"}},
	})
}

// TestFrModeNewspaperClaim: a newspaper's report after the clause is the
// news itself: asserted.
func TestFrModeNewspaperClaim(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les forces russes ont bombardé Kiev, affirme le Washington Post.",
			[]string{"RUSMIL>UKR:195"}, []string{"RUSMIL>UKR:195 reported"}},
	})
}

// TestFrModeRelativeHearsay: "selon lui" in a relative clause after the
// anchor does not make the main event reported.
func TestFrModeRelativeHearsay(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "L'Inde a bombardé des positions pakistanaises après un attentat qui a fait selon elle 40 morts.",
			[]string{"IND>PAKMIL:195"}, []string{"IND>PAKMIL:195 reported"}},
		{"fr", "L'Inde a bombardé des positions pakistanaises, selon Islamabad.",
			[]string{"IND>PAKMIL:195 reported"}, nil},
	})
}

// TestFrModeRelativeHearsayComma: after a comma closing the relative
// clause the hearsay cue is the main clause's again.
func TestFrModeRelativeHearsayComma(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "L'Inde a bombardé des positions pakistanaises qui abritaient des militants, selon Islamabad.",
			[]string{"IND>PAKMIL:195 reported"}, nil},
	})
}
