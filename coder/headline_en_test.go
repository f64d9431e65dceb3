package coder

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestEnglishHeadlineVisit checks headline_en.go with verblessVisit: an
// English title without verb that puts a state official "in" a foreign
// place visits it (042), also through a participle of welcome without
// agent; an envoy posted there, the official's own country, a welcome
// with an object, a period-closed sentence and a question give no visit.
func TestEnglishHeadlineVisit(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Lavrov in Ankara for talks on grain deal", []string{"RUSGOV>TUR:042"}, nil},
		{"en", "Erdogan in Budapest as EU row deepens", []string{"TURGOV>HUN:042"}, nil},
		{"en", "Blinken in Manila", []string{"USAGOV>PHL:042"}, nil},
		{"en", "Zelensky welcomed in Madrid", []string{"UKRGOV>ESP:042"}, []string{"UKRGOV>ESP:051"}},
		{"en", "Zelensky welcomed warmly in Madrid", []string{"UKRGOV>ESP:042"}, nil},
		{"en", "Erdogan welcomed the deal in Ankara", nil, []string{"TURGOV>TUR:042"}},
		{"en", "Macron in Marseille for talks", nil, []string{"FRAGOV>FRA:042"}},
		{"en", "Lavrov in Ankara for talks on grain deal.", nil, []string{"RUSGOV>TUR:042"}},
		{"en", "Lavrov in Ankara?", nil, []string{"RUSGOV>TUR:042"}},
		{"en", "The Russian ambassador in Ankara", nil, []string{"RUSGOV>TUR:042"}},
	})
}

// TestEnglishQuoteHeadline checks a quote headline: the speaker before the
// colon demands what the quote says must be done (quoteTitleDemand, with
// or without quote marks), and accuses when the quote gives another actor
// a label (en_enhead.txt: 1124 war criminal, 111 other labels); a bare
// country before the colon is a topic, not a speaker.
func TestEnglishQuoteHeadline(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Macron: 'Iran must free French hostages'", []string{"FRAGOV>IRN:1053"}, nil},
		{"en", "Blinken: Iran must free American hostages", []string{"USAGOV>IRN:1053"}, nil},
		{"en", "Erdogan: Assad is a war criminal", []string{"TURGOV>SYRGOV:1124"}, nil},
		{"en", "Zelensky: 'Belarus is a puppet regime'", []string{"UKRGOV>BLR:111"}, nil},
		{"en", "Lavrov: Zelensky is a puppet", []string{"RUSGOV>UKRGOV:111"}, nil},
		{"en", "Ukraine: Putin is a war criminal", nil, []string{"UKR>RUSGOV:1124"}},
	})
}

// TestEnglishHeadlineCrowd checks a crowd counted by its number: after
// "tens of thousands" a plain form is the crowd's verb (crowdVerb), and
// a count right after a colon lead is a crowd of the lead's country
// (actor crowdAfterLead).
func TestEnglishHeadlineCrowd(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Tens of thousands protest against Orban", []string{"HUNCVL>HUNGOV:141"}, nil},
		{"en", "Hungary: tens of thousands protest against Orban", []string{"HUNCVL>HUNGOV:141"}, nil},
		{"en", "Serbia: millions protest against Vucic", []string{"SRBCVL>SRBGOV:141"}, nil},
		// the count goes on to its noun: the noun's mention, not a crowd
		{"fr", "Serbie : des centaines de milliers de manifestants réclament la démission de Vucic", []string{"SRBOPP>SRBGOV:1041"}, []string{"---OPP>SRBGOV:1041"}},
	})
}

// TestEnglishHeadlineVerbs checks en_enhead.txt's headline verbs: bans
// slapped on X are sanctions, not an assault; a sealed deal and a phone
// talk of a coordinated subject are reciprocal; ordering an offensive is launching it; a strike that hits is an air strike
// (195) of the country named before it.
func TestEnglishHeadlineVerbs(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Canada slaps visa bans on Iranian officials", []string{"CAN>IRNGOV:163"}, []string{"CAN>IRNGOV:180"}},
		{"en", "Japan, Australia seal defence pact", []string{"JPN>AUS:057", "AUS>JPN:057"}, nil},
		{"en", "Scholz, Macron speak by phone", []string{"DEUGOV>FRAGOV:041", "FRAGOV>DEUGOV:041"}, nil},
		{"en", "Netanyahu orders ground offensive in Rafah", []string{"ISRGOV>PSE:190"}, []string{"ISRGOV>PSE:100"}},
		{"en", "Turkish strike kills Kurdish fighters in Syria", []string{"TUR>SYRREB:195"}, nil},
		{"en", "Dock strike hits Belgian ports", nil, []string{">BEL:195"}},
	})
}

// TestEnglishHeadlineFuture checks headlineMode: an infinitive right
// after the subject of a headline is announced, mode future, with the
// act's own code; a finite verb or an infinitive governed by another
// verb keeps its reading.
func TestEnglishHeadlineFuture(t *testing.T) {
	c, kb := realStages(t)
	for _, tc := range []struct {
		text, ev string
		mode     dyad.Mode
	}{
		{"Scholz to visit Nigeria", "DEUGOV>NGA:042", dyad.Future},
		{"Serbia, Hungary to sign energy deal", "SRB>HUN:057", dyad.Future},
		{"Kenya: Blinken to visit Nairobi", "USAGOV>KEN:042", dyad.Future},
		{"Scholz visits Nigeria", "DEUGOV>NGA:042", dyad.Asserted},
	} {
		a := codeReal(t, c, kb, "en", tc.text)
		found := false
		for _, e := range a.Events {
			if e.Source+">"+e.Target+":"+e.Code == tc.ev {
				found = true
				if e.Mode != tc.mode {
					t.Errorf("%s: %s mode %s, want %s", tc.text, tc.ev, e.Mode, tc.mode)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s in %q", tc.text, tc.ev, evStrings(a.Events))
		}
	}
}

// TestEnglishQuoteHeadlineFirstPerson checks headlineSpeakerEN: "I" or
// "we" opening the quote of a headline is its speaker before the colon.
func TestEnglishQuoteHeadlineFirstPerson(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Erdogan: 'We condemn the Israeli raid'", []string{"TURGOV>ISR:111"}, nil},
		{"en", "Zelensky: We will never negotiate with Putin", []string{"UKRGOV>RUSGOV:125"}, nil}, // lexen: "negotiate with" is 046 (not PETRARCH's 050), refused: 125
	})
}

// TestEnglishHeadlinePairLead checks pairLead in English: the two parties
// of a title's lead ("A-B:" or "A and B:") fill the both-sides slot of a
// nominal event after the colon, one event each way; a prisoner swap
// between two parties is 0841 (en_enhead.txt).
func TestEnglishHeadlinePairLead(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Armenia-Azerbaijan: peace talks in Almaty", []string{"ARM>AZE:046", "AZE>ARM:046"}, nil},
		{"en", "Sudan and Chad: border agreement", []string{"SDN>TCD:057", "TCD>SDN:057"}, nil},
		{"en", "Prisoner exchange between Armenia and Azerbaijan", []string{"ARM>AZE:0841", "AZE>ARM:0841"}, nil},
		{"en", "Armenia-Azerbaijan: tensions rise", nil, []string{"ARM>AZE:046"}},
	})
}
