package coder

import "testing"

// TestEnglishHeadlineCommaSubjects checks slots headlineList: actors of
// different countries joined by a bare comma at the start of a clause,
// right before the verb, are two parties (reciprocal verbs both ways,
// others with both as sources); appositions and fronted places stay one
// actor.
func TestEnglishHeadlineCommaSubjects(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Russia, Ukraine swap prisoners.", []string{"RUS>UKR:0841", "UKR>RUS:0841"}, []string{"UKR>UKRCVL:0841"}},
		{"en", "India, China hold border talks.", []string{"IND>CHN:046", "CHN>IND:046"}, nil},
		{"en", "Russia, China condemn US sanctions.", []string{"RUS>USA:111", "CHN>USA:111"}, nil},
		{"en", "Russia, Ukraine to swap prisoners.", []string{"RUS>UKR:0841", "UKR>RUS:0841"}, nil},
		{"fr", "Moscou, Kiev échangent des prisonniers.", []string{"RUS>UKR:0841", "UKR>RUS:0841"}, nil},
		{"fr", "Paris, Berlin condamnent l'attaque.", []string{"FRA>:111", "DEU>:111"}, nil},
		// an apposition of the same country, a fronted place: one actor
		{"en", "Putin, Russia's president, meets Xi.", []string{"RUSGOV>CHNGOV:040"}, nil},
		{"en", "In Moscow, Putin meets Xi.", []string{"RUSGOV>CHNGOV:040"}, []string{"RUS>CHNGOV:040"}},
	})
}

// TestEnglishDenialVictims checks emit domesticDyad: the victims in a
// denial's complement do not take the denier's country; a place or a
// country named elsewhere still gives theirs.
func TestEnglishDenialVictims(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Russia denied targeting civilians.", []string{"RUS>---CVL:016"}, []string{"RUS>RUSCVL:016"}},
		{"en", "Russia denied targeting civilians in Ukraine.", []string{"RUS>UKRCVL:016"}, nil},
		{"en", "Israel denied killing Palestinian civilians.", []string{"ISR>PSECVL:016"}, nil},
	})
}

// TestEnglishDemandedConflict checks the demand table (transform.txt): a
// conflictual act in the that-clause of a demand verb is a plain demand
// (100) by the demander on the clause's subject, not the demander's act.
func TestEnglishDemandedConflict(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Russia demanded that the United States halt military aid to Ukraine.", []string{"RUS>USA:100"}, []string{"RUS>USA:1622"}},
		{"en", "The opposition demanded that the government arrest the killers.", []string{"---OPP>---GOV:100"}, []string{"---OPP>---GOV:173"}},
		// a cooperative act demanded keeps its demand sub-code
		{"en", "Israel demanded that Hamas release the hostages.", []string{"ISR>PSEREBHMS:1053"}, nil},
	})
}

// TestEnglishOpeningNameVerb checks struct_en nounPosition: an -s form
// right after a capitalised actor opening the clause and before a
// participle qualifying a noun is the verb ("pardons jailed activists"),
// while a usual event plural stays the subject noun (`eventplural`).
func TestEnglishOpeningNameVerb(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Egypt pardons detained activists.", []string{"EGY>EGYOPP:0841"}, []string{"EGY>EGYOPP:173"}},
		{"en", "Russia expels detained diplomats.", []string{"RUS>---GOV:161"}, []string{"RUS>---GOV:173"}},
		{"en", "Israeli strikes killed civilians.", []string{"ISR>---CVL:202"}, []string{"ISR>---CVL:190"}},
	})
}

// TestEnglishDeniedGerund checks emit `denyverb`: the act of a gerund
// right after a verb of denial is not coded, and the denial read as a
// refusal is a denial of responsibility (016).
func TestEnglishDeniedGerund(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Israel denied striking a hospital.", []string{"ISR>---HLH:016"}, []string{"ISR>---HLH:190", "ISR>ISRHLH:120"}},
		{"en", "Russia denied bombing Ukrainian hospitals.", []string{"RUS>UKRHLH:016"}, []string{"RUS>UKRHLH:190"}},
		{"fr", "Israël a démenti avoir frappé un hôpital.", []string{"ISR>---HLH:016"}, []string{"ISR>ISRHLH:016"}},
		// no gerund: the refusal stands
		{"en", "Israel denied entry to UN officials.", []string{"ISR>IGOUNO:160"}, nil},
	})
}

// TestEnglishMutualTransformed checks emit: coordinated subjects of a
// reciprocal pattern without target slot are each other's targets even
// when an intent or refusal table transformed the code.
func TestEnglishMutualTransformed(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Russia and Ukraine agree to swap prisoners.", []string{"RUS>UKR:0353", "UKR>RUS:0353"}, []string{"RUS>RUSCVL:0353"}},
		{"en", "Russia, Ukraine agree to swap prisoners.", []string{"RUS>UKR:0353", "UKR>RUS:0353"}, nil},
	})
}
