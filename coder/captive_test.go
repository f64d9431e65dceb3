package coder

import "testing"

// TestCaptivesKeepNoCountry: captives of unknown country (cue list
// `captive`) released or taken by an actor do not take that actor's
// country, as police, protesters or civilians of unknown country do
// ("Police arrested protesters, the Egyptian ..." stays domestic).
func TestCaptivesKeepNoCountry(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		{"en", "Hamas released 24 hostages on Sunday.",
			[]string{"Hamas=PSEREBHMS", "hostages=---CVL"}, []string{"PSEREBHMS>---CVL:0841"}},
		{"fr", "Le Hamas a relâché 24 otages dimanche.",
			[]string{"Hamas=PSEREBHMS", "otages=---CVL"}, []string{"PSEREBHMS>---CVL:0841"}},
		// (a civilian word that is no captive still takes the source's country)
		{"en", "Hamas released 24 civilians on Sunday.",
			[]string{"Hamas=PSEREBHMS", "civilians=---CVL"}, []string{"PSEREBHMS>PSECVL:0841"}},
	}, true)
}
