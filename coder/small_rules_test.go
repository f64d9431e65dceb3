package coder

import "testing"

// A relative "où" (folded, the conjunction "ou") ends a coordination: the
// actor of the place's relative clause is no second target, while "ou"
// still coordinates.
func TestRelativeOu(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		{"fr", "Le ministre indien s'est rendu au Népal, où les rebelles maoïstes ont leurs bases.",
			[]string{"ministre indien=INDGOV", "Népal=NPL", "rebelles maoïstes=NPLREB"},
			[]string{"INDGOV>NPL:042"}},
		{"fr", "Le Brésil ou l'Argentine ont critiqué le Chili.",
			[]string{"Brésil=BRA", "Argentine=ARG", "Chili=CHL"},
			[]string{"BRA>CHL:111", "ARG>CHL:111"}},
	}, false)
}

// An appeal to do a conflictual act is a plain appeal by the speaker
// (transform.txt: CAMEO has no appeal sub-category for it), not the act
// done by the speaker.
func TestAppealToConflictualAct(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		{"en", "The United States urged Japan to cut ties with Russia.",
			[]string{"United States=USA", "Japan=JPN", "Russia=RUS"}, []string{"USA>JPN:020"}},
		{"en", "France urged Germany to suspend aid to Mali.",
			[]string{"France=FRA", "Germany=DEU", "Mali=MLI"}, []string{"FRA>DEU:020"}},
	}, false)
}

// "descendre" takes être in compound tenses: "sont descendus dans la rue"
// is active (a demonstration, 141), and "descendre la rue" without "dans"
// is a walk.
func TestTakeToTheStreets(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		{"fr", "Des milliers de Portugais sont descendus dans la rue contre le gouvernement.",
			[]string{"Portugais=PRTCVL", "gouvernement=PRTGOV"}, []string{"PRTCVL>PRTGOV:141"}},
		{"fr", "Les supporters portugais ont descendu la rue principale de Porto.",
			[]string{"supporters portugais=PRTCVL", "Porto=PRT@"}, nil},
	}, true)
}

// A protest against a policy with no actor named targets the protesters'
// own government; against something else (a war, imports) it has no
// target.
func TestProtestAgainstPolicy(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		{"fr", "Les syndicats belges ont manifesté contre la réforme des pensions.",
			[]string{"syndicats belges=BELLAB"}, []string{"BELLAB>BELGOV:1412"}},
		{"en", "Portuguese students protested against the new tuition law.",
			[]string{"Portuguese students=PRTEDU"}, []string{"PRTEDU>PRTGOV:1412"}},
		{"fr", "Les agriculteurs belges ont manifesté contre les importations.",
			[]string{"agriculteurs belges=BELAGR"}, nil},
	}, true)
}

// A planned meeting called off did not take place: "prévue" does not end
// the noun phrase before its halting participle.
func TestPlannedEventCalledOff(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		{"fr", "Une rencontre prévue entre le président chilien et le président péruvien a été annulée.",
			[]string{"président chilien=CHLGOV", "président péruvien=PERGOV"}, nil},
		{"fr", "La rencontre entre le président chilien et le président péruvien a eu lieu lundi.",
			[]string{"président chilien=CHLGOV", "président péruvien=PERGOV"}, []string{"CHLGOV>PERGOV:040", "PERGOV>CHLGOV:040"}},
	}, true)
}
