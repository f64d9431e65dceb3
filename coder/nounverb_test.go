package coder

import "testing"

// TestNounVerbAmbiguity: a pattern word standing where only a noun or an
// adjective can (after a possessive, an adjective, inside a list, a plural
// before a verb, a participle before a noun) is no verb.
func TestNounVerbAmbiguity(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		actors     []string
		want       []string
	}{
		// after a possessive "'s" a pattern word is a noun
		{"en", "The European Union's support for Bosnia angered Serbia.",
			[]string{"The European Union=IGOEUREEC", "Bosnia=BIH", "Serbia=SRB"}, nil},
		{"en", "Serbia won the vote with Albania's help.",
			[]string{"Serbia=SRB", "Albania=ALB"}, nil},
		{"en", "Jordan's visiting King met Clinton.",
			[]string{"Jordan=JOR", "King=JORGOV", "Clinton=USAELI"}, []string{"JORGOV>USAELI:040"}},
		{"en", "Croatia's military advance alarmed Serbia.",
			[]string{"Croatia's military=HRVMIL", "Serbia=SRB"}, nil},
		// after an adjective
		{"en", "Israel gave Egypt a warm welcome.",
			[]string{"Israel=ISR", "Egypt=EGY"}, nil},
		{"en", "Mitterrand gave a warm welcome on Thursday to de Klerk.",
			[]string{"Mitterrand=FRAGOV", "de Klerk=ZAFGOV"}, []string{"FRAGOV>ZAFGOV:043"}},
		// the subject after "that" keeps its verb
		{"en", "The rebels demanded that Burundi's government grant the majority more rights.",
			[]string{"The rebels=BDIREB", "Burundi's government=BDIGOV"}, []string{"BDIREB>BDIGOV:1043"}},
		// a subject before an adverb and a participle: the verb
		{"en", "Border agents sexually abused Mexican immigrants.",
			[]string{"Border agents=USACOP", "Mexican immigrants=MEXCVL"}, []string{"USACOP>MEXCVL:180"}},
		// a coordination of clauses is no list
		{"en", "The junta closed the parliament, suspending the constitution and arresting political opponents.",
			[]string{"The junta=HTIMIL"}, []string{"HTIMIL>:173"}},
		{"en", "Japan expects immediate economic aid from Russia.",
			[]string{"Japan=JPN", "Russia=RUS"}, []string{"JPN>:010"}},
		// a plural noun before a verb, an -s form after a plural
		{"en", "Sporadic clashes were continuing between Serbia and Bosnia.",
			[]string{"Serbia=SRB", "Bosnia=BIH"}, nil},
		{"en", "Amnesty documented human rights abuses by Serbia.",
			[]string{"Amnesty=NGOHRIAMN", "Serbia=SRB"}, nil},
		// participles as adjectives
		{"en", "Police arrested suspected militants in Pakistan.",
			[]string{"Police=PAKCOP", "militants=PAKINS", "Pakistan=PAK"}, []string{"PAKCOP>PAKINS:173"}},
		{"en", "The heavily armed Serbs attacked Bosnia.",
			[]string{"Serbs=SRB", "Bosnia=BIH"}, []string{"SRB>BIH:190"}},
		// a noun in a list
		{"en", "NATO explained the withdrawal, collection and monitoring of weapons in Bosnia.",
			[]string{"NATO=IGOWSTNAT", "Bosnia=BIH"}, []string{"IGOWSTNAT>:010"}},
		// a verb stays a verb
		{"en", "Iran's president visited Syria.",
			[]string{"Iran's president=IRNGOV", "Syria=SYR"}, []string{"IRNGOV>SYR:042"}},
		{"en", "The rebels attacked Bosnia.",
			[]string{"The rebels=BIHREB", "Bosnia=BIH"}, []string{"BIHREB>BIH:190"}},
		// French: after a possessive determiner, a noun
		{"fr", "La France a salué leurs attaques contre le Mali.",
			[]string{"La France=FRA", "le Mali=MLI"}, nil},
	} {
		got, _ := codeIt(t, tc.lang, tc.text, tc.actors...)
		if !sameEvents(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
