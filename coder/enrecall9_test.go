package coder

import "testing"

// TestEnrecall9: English wire-register sentences invented for dyad in the
// enrecall round (2026-11-26), for the recall failures found on the
// PLOVER dev sentences: a conditional act of an organisation stated by
// itself or, for the EU, by a member state's minister is a threat
// (speech.go orgThreat), stated by an outsider it stays hypothetical; a
// curfew, state of emergency or martial law without a named target binds
// the source's own country (emit.go, en_lex `homesanction`); a threat
// without target is made to the actor of its "unless"/"if" condition
// (speech.go conditionTargets); an
// institution closing the sentence with "protested" criticises what the
// content is about, a place adverb or a date may follow it (speech.go
// closingSubject); and the pattern families of en_recall9.txt (finished
// inquiries 090, fire set to someone's
// building 1712, stones thrown in demonstrations against someone 145,
// trade flows halted 163, strikes resumed 190).
func TestEnrecall9(t *testing.T) {
	checkEnglishReal(t, []realCase{
		// conditional threats
		{"NATO may end its mediation efforts in Bosnia if the talks fail, the Norwegian defence minister said.",
			[]string{"IGOWSTNAT>BIH:135"}, nil},
		{"The EU could suspend trade talks with Georgia if the government pushes ahead with the law, a senior EU diplomat said.",
			[]string{"IGOEUREEC>GEO:134"}, nil},
		// a threat's target is the actor of its condition
		{"Kenya threatened to call a general strike unless Uganda lifts the tariffs.",
			[]string{"KEN>UGA:133"}, nil},
		// home sanctions
		{"Bangladesh's interim government said it was prepared to impose a nationwide curfew.",
			[]string{"BGDGOV>BGD:1323"}, nil},
		{"The Ecuadorian government imposed a nighttime curfew on Tuesday.",
			[]string{"ECUGOV>ECU:1723"}, nil},
		// closing protest speaker
		{"Hungarian authorities are failing to protect refugees, a rights group protested on Friday.",
			[]string{"NGO>HUNGOV:111"}, nil},
		{"The Taliban have barred women from working for aid agencies, the United Nations protested.",
			[]string{"IGOUNO>AFGGOV:111"}, nil},
		// trade flows halted, strikes resumed
		{"Turkey halted grain shipments to Syria on Monday.",
			[]string{"TUR>SYR:163"}, nil},
		{"Israel resumed airstrikes in Gaza on Tuesday.",
			[]string{"ISR>PSE:195"}, nil}, // airstrikes are aerial weapons, CAMEO 195 (enheld round; was 190)
		// inquiries, arson, stones
		{"A United Nations panel has completed its investigation into allegations that Rwanda supplied weapons to rebels.",
			[]string{"IGOUNO>RWA:090"}, nil},
		{"Opposition supporters set fire to the headquarters of the Georgian government in Tbilisi.",
			[]string{"GEOOPP>GEOGOV:1712"}, nil},
		{"Students threw stones during protests against the government in Dhaka.",
			[]string{"BGDEDU>BGDGOV:145"}, nil},
	})
}
