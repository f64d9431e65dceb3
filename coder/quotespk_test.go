package coder

import "testing"

// TestQuoteSpeaker (quotespk round): a quote with its speaker named after
// it or before a colon. An English first-person quote ("we", "I") takes the
// speaker as its source, as French « nous » already did; a quote with an
// obligation modal is the speaker's demand on the modal's subject; a quote
// that opens on an actor, a copula and a barb is the speaker's criticism
// of that actor (111). Controls: a quote of fact, a quote of no named
// speaker, a barb on no actor.
func TestQuoteSpeaker(t *testing.T) {
	checkFixCases(t, []fixCase{
		// first person, speaker after or before the quote (English)
		{"en", "\"We are ready to hold talks with Iran,\" the Omani foreign minister said.", []string{"OMNGOV>IRN:036"}, nil},
		{"en", "The Kenyan president said: \"We will send humanitarian aid to Somalia.\"", []string{"KENGOV>SOM:0333"}, nil},
		{"en", "\"We will retaliate against Iran,\" a security source said.", nil, []string{"ISRGOV>IRN:138", "ISRGOV>IRN:1384"}},
		// a demand quoted before its speaker
		{"en", "\"Russia must withdraw its troops from Georgia,\" the Georgian president told reporters.", []string{"GEOGOV>RUS:1056"}, nil},
		{"fr", "« La Russie doit retirer ses troupes de Géorgie », a déclaré la présidente géorgienne.", []string{"GEOGOV>RUS:1056"}, nil},
		// a barb on the actor opening the quote
		{"en", "\"The Belarusian president is a dictator and a liar,\" the Lithuanian foreign minister said.", []string{"LTUGOV>BLRGOV:111"}, nil},
		{"fr", "« Le président biélorusse est un dictateur », a déclaré le ministre lituanien des Affaires étrangères.", []string{"LTUGOV>BLRGOV:111"}, nil},
		{"fr", "Le ministre lituanien des Affaires étrangères a déclaré : « Le président biélorusse est un menteur. »", []string{"LTUGOV>BLRGOV:111"}, nil},
		// controls: a quote of praise, a barb on no actor
		{"en", "\"The Belarusian president is a good partner,\" the Lithuanian foreign minister said.", nil, []string{"LTUGOV>BLRGOV:111"}},
		{"fr", "« La situation est une honte », a déclaré le ministre lituanien des Affaires étrangères.", nil, []string{"LTUGOV>LTU:111"}},
	})
}
