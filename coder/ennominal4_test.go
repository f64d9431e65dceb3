package coder

import "testing"

// TestEnglishNominalHeadlines4: English nominal events of headlines and noun
// phrases (en_dyad.txt, nominal round 4): the author before the noun, the
// target after its preposition; a company or a sports club is no actor.
func TestEnglishNominalHeadlines4(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "New US sanctions on Iran announced.", []string{"USA>IRN:163"}, nil},
		{"en", "Russian offensive against Kharkiv intensifies.", []string{"RUS>UKR:190"}, nil},
		{"en", "Expulsion of Russian diplomats by France.", []string{"FRA>RUSGOV:161"}, nil},
		{"en", "US military aid to Israel.", []string{"USA>ISR:072"}, []string{"USA>ISR:070"}},
		{"en", "Iranian threats against Israel grow.", []string{"IRN>ISR:130"}, nil},
		{"en", "Chinese criticism of Japan mounts.", []string{"CHN>JPN:111"}, nil},
		{"en", "Military cooperation between India and France deepens.", []string{"IND>FRA:062", "FRA>IND:062"}, nil},
		{"en", "Bayern Munich offensive against Dortmund.", nil, []string{"DEU>DEU:190"}},
	})
}
