package coder

import "testing"

// TestEnglishReducedRelatives checks struct_en reducedRelative through the
// real stages: a past participle without auxiliary after a noun that a
// preposition or a verb governs qualifies that noun (no finite verb with
// the clause's subject), and a word-for-word participle member ("angered
// by") right after its noun leaves the main verb's subject search free;
// finite verbs after a subject, a time or a clause of saying stay verbs.
func TestEnglishReducedRelatives(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Chile has apologized to Peru for one of its patrol boats stopping a Peruvian trawler in the Palmer Strait, disputed by Chile and Bolivia.",
			[]string{"CHL>PER:055"}, []string{"CHL>BOL:110", "BOL>CHL:110"}},
		{"en", "The European Union rejected a report submitted to the council by Russia.", nil, []string{"IGOEUREEC>:080"}},
		{"en", "The researchers published a study funded by the British government.", nil, []string{"GBRGOV>:061"}},
		{"en", "Serbian hackers angered by the vote have defaced hundreds of Croatian Web sites.", []string{"SRBCRM>HRVMED:176"}, nil},
		// a time or a subject's own phrase before the verb: the verb stays finite
		{"en", "The European Commission on Friday declined to comment on the leaked memo.", []string{"IGOEUREEC>:011"}, nil},
		{"en", "Protesters in the capital marched to the parliament on Sunday.", []string{"---OPP>---LEG:141"}, nil},
		{"en", "Iran announced that soldiers on the border pulled back to their bases.", []string{"---MIL>:0874"}, nil},
		{"en", "Police in Paris arrested 20 protesters on Saturday.", []string{"FRACOP>FRAOPP:173"}, nil},
	})
}

// TestEnglishScheduledFuture checks the future cues "poised" and "slated"
// (en_lex.txt): the act they announce is an intent or threat in the future
// mode, as after "will" or "expected to".
func TestEnglishScheduledFuture(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Israel is poised to launch an offensive against Hamas.", []string{"ISR>PSEREBHMS:1384"}, []string{"ISR>PSEREBHMS:190"}},
		{"en", "Putin is slated to visit China next month.", []string{"RUSGOV>CHN:036"}, []string{"RUSGOV>CHN:042"}},
	})
	c, kb := realStages(t)
	a := codeReal(t, c, kb, "en", "Putin is slated to visit China next month.")
	for _, e := range a.Events {
		if e.Mode != "future" {
			t.Errorf("slated to visit: mode %q, want future", e.Mode)
		}
	}
}

// TestEnglishWarningThreats checks the en_dyad lines on warnings that the
// speaker would attack or retaliate: one threat of force (1384, 138), not a
// plain warning 130 beside a future attack; a warning about something else
// that "would hit" is no threat.
func TestEnglishWarningThreats(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Russia warned Ukraine that it would strike Kyiv.", []string{"RUS>UKR:1384"}, []string{"RUS>UKR:130"}},
		{"en", "North Korea warned that it would attack South Korea if the drills continued.", []string{"PRK>KOR:1384"}, []string{"PRK>KOR:130"}},
		{"en", "Iran warned the United States that it would retaliate.", []string{"IRN>USA:138"}, []string{"IRN>USA:130"}},
		{"en", "The United Nations warned that famine would hit Somalia.", nil, []string{"IGOUNO>SOM:1384"}},
		// an attack named after a negated or another verb is no threat of it
		{"en", "The United States warned Iran that it would not tolerate attacks on its troops.", []string{"USA>IRN:130"}, []string{"USA>IRN:1384"}},
		{"en", "Russia warned Ukraine that it would respond to any attack.", []string{"RUS>UKR:130"}, []string{"RUS>UKR:1384"}},
	})
	c, kb := realStages(t)
	a := codeReal(t, c, kb, "en", "Russia warned Ukraine that it would strike Kyiv.")
	if len(a.Events) == 0 || a.Events[0].Code != "1384" || a.Events[0].Mode != "asserted" {
		t.Errorf("warned that it would strike: first event %+v, want an asserted 1384", a.Events)
	}
}

// TestEnglishSendToDefend checks the en_dyad line on sending troops or
// material to (help) defend or protect someone (074), and its intent under
// a governing word (0334): the help or defence inside is no event of its own.
func TestEnglishSendToDefend(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "EU-member Denmark is ready to send equipment to help defend Lithuania if it is invaded.", []string{"DNK>LTU:0334"}, []string{"DNK>LTU:070", "DNK>LTU:074"}},
		{"en", "France agreed to send troops to help protect Mali.", []string{"FRA>MLI:0334"}, []string{"---MIL>MLI:074"}},
		{"en", "France sent troops to protect Mali.", []string{"FRA>MLI:074"}, nil},
	})
}

// TestEnglishReducedRelativeNouns checks that a noun of the future list
// ("plan") may be qualified by a participle ("the plan proposed by"), and
// that participles qualifying objects are no events of their own.
func TestEnglishReducedRelativeNouns(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Iran agreed to the plan proposed by France on Monday.", nil, []string{"FRA>:020", "FRA>:032"}},
		{"en", "Ukraine welcomed the aid package approved by the US Congress.", nil, []string{"USALEG>:080"}},
		// the object of a gerund
		{"en", "Both sides accused Israel of violating the truce agreed in Cairo with Hamas.", []string{"ISR>PSEREBHMS:196"}, []string{"ISR>PSEREBHMS:030"}},
	})
}

// TestEnglishReducedRelativeSubject checks struct_en mainVerbAfter: a
// participle after an actor mention with no object, followed by the
// clause's own verb, qualifies the mention and leaves it to that verb as
// its subject; a verb of saying, a coordinated verb or a clause with its
// own subject keep the participle a verb.
func TestEnglishReducedRelativeSubject(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Protesters angered by the verdict attacked the police in Cairo.", []string{"EGYOPP>EGYCOP:190"}, nil},
		{"en", "Troops sent to the border attacked Armenian positions.", []string{"---MIL>ARM:190"}, nil}, // par2d: no small arms named, 190 (CAMEO 193 is fighting with small arms)
		{"en", "Police deployed in the city and arrested dozens of protesters in Nairobi.", []string{"KENCOP>KENOPP:175"}, nil},
		{"en", "French President Jacques Chirac said Monday he was deeply pessimistic about the negotiations.", []string{"FRAGOV>:012"}, nil},
		{"en", "Former Prime Minister Helmut Kohl of Germany said in a television interview aired on Sunday he was skeptical.", []string{"DEUELI>:012"}, nil},
	})
}
