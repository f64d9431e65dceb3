package coder

import "testing"

// TestEnlong codes invented English wire sentences of the enlong round
// (enlong.go, data/en_enlong.txt, the enlong lists of data/en_lex.txt) and
// requires exactly their events. None is a probe line.
func TestEnlong(t *testing.T) {
	d := "2024-03-12"
	checkDatedCases(t, []datedCase{
		// background: an old date in a relative clause, "<span> after", a
		// present perfect in a non-restrictive relative clause
		{"en", d, "Finland, whose troops fought the Soviet Union in 1940, signed a defence deal with the United States on Tuesday.", []string{"FIN>USA:057", "USA>FIN:057"}},
		{"en", d, "Ghana recalled its ambassador to Burkina Faso on Tuesday, a year after the junta there expelled two Ghanaian diplomats.", []string{"GHA>BFA:161"}},
		{"en", d, "Chile's foreign minister, who has criticised Caracas for months, met his Argentine counterpart in Santiago on Tuesday.", []string{"CHLGOV>ARGGOV:040", "ARGGOV>CHLGOV:040"}},
		// "the bloc" for the IGO named before it
		{"en", d, "African Union Commission chairman Moussa Faki said on Tuesday the bloc had suspended Niger over the coup.", []string{"IGOAFRAFU>NER:161"}},
		// visit phrases: an ordinal, and "during" after the verb
		{"en", d, "Italy's foreign minister, on his third visit to Egypt this year, urged Cairo to reopen the Rafah crossing.", []string{"ITAGOV>EGY:042", "ITAGOV>EGY:020"}},
		{"en", d, "The Kenyan president praised Tanzania's leader on Tuesday during a visit to Dodoma, the presidency said.", []string{"KENGOV>TZA:042", "KENGOV>TZAGOV:051"}},
		// an adopted resolution is a vote; its content stays
		{"en", d, "The U.N. General Assembly adopted a resolution on Tuesday condemning Russia's occupation of Crimea.", []string{"IGOUNO>RUS:111"}},
		// "the two": both parties of the earlier meeting
		{"en", d, "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday, and the two signed an energy agreement.", []string{"KENGOV>UGAGOV:040", "UGAGOV>KENGOV:040", "KENGOV>UGAGOV:057", "UGAGOV>KENGOV:057"}},
		// "visiting" qualifies the guest
		{"en", d, "Saudi Crown Prince Mohammed bin Salman met visiting U.S. envoy Amos Hochstein in Riyadh on Monday.", []string{"SAUGOV>USAGOV:040", "USAGOV>SAUGOV:040"}},
	})
}
