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
		{"en", "Argentina has apologized to Brazil for one of its gunboats intercepting a Brazilian ship in the Beagle Channel, disputed by Argentina and Chile.",
			[]string{"ARG>BRA:055"}, []string{"ARG>CHL:110", "CHL>ARG:110"}},
		{"en", "The European Union rejected a report submitted to the council by Russia.", nil, []string{"IGOEUREEC>:080"}},
		{"en", "The researchers published a study funded by the British government.", nil, []string{"GBRGOV>:061"}},
		{"en", "Muslim hackers angered by the publication of cartoons have defaced nearly 3,000 Danish Web sites.", []string{"---CRMMUS>DNKMED:176"}, nil},
		// a time or a subject's own phrase before the verb: the verb stays finite
		{"en", "NATO on Monday declined to comment on the report.", []string{"IGOWSTNAT>:011"}, nil},
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
