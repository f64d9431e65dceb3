package coder

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestEnwire3 codes invented wire sentences of the enwire3 round and
// requires exactly their events.
func TestEnwire3(t *testing.T) {
	c, kb := realStages(t)
	for _, tc := range []struct {
		lang, date, text string
		want             []string
	}{
		// a country before a judicial compound (actor/data/enwire3_en.txt),
		// not the place of the sentence
		{"en", "2018-07-16", "Trump met Putin in Helsinki on Monday, days after a U.S. grand jury indicted 12 Russian intelligence officers.", []string{"USAGOV>RUSGOV:040", "RUSGOV>USAGOV:040", "USAJUD>RUSSPY:173"}},
		// a quantity phrase after "and" keeps the coordination (quantConj)
		{"en", "2018-03-26", "The United States and more than a dozen European countries expelled Russian diplomats over the poisoning.", []string{"USA>RUSGOV:161", "EUR>RUSGOV:161"}},
		{"en", "2018-03-26", "Police detained the mayor and at least 30 protesters.", []string{"---COP>---GOV:173", "---COP>---OPP:173"}},
		// protesters surrounding a building block it (144); troops do not
		{"en", "2023-03-01", "Thousands of protesters surrounded the parliament in Tbilisi.", []string{"GEOOPP>GEOLEG:144"}},
		// leading a security mission is protection (074, intent 0334); a
		// trade mission stays PETRARCH's 036
		{"en", "2023-07-29", "Kenya agreed to lead a multinational security mission to Haiti.", []string{"KEN>HTI:0334"}},
		{"en", "2023-07-29", "Kenya led a trade mission to Haiti.", []string{"KEN>HTI:036"}},
		// accusing of strife is an accusation (112); condemning a fight 111
		{"en", "2017-11-04", "Saudi Arabia accused Iran of sowing strife in the region.", []string{"SAU>IRN:112"}},
		{"en", "2017-11-04", "The UN condemned the fighting in Sudan.", []string{"IGOUNO>SDN:111"}},
		// a judge charging someone with war crimes takes legal action (173);
		// a state charging another with them accuses it (1124)
		{"en", "2019-07-29", "A French investigating judge charged a Syrian general with complicity in war crimes.", []string{"FRAJUD>SYRMIL:173"}},
		{"en", "2019-07-29", "Ukraine charged Russia with war crimes.", []string{"UKR>RUS:1124"}},
		// a possessive object noun before "from X": X is no author (ownedFrom)
		{"en", "2022-03-02", "The U.N. General Assembly demanded that Russia withdraw its troops from Ukraine.", []string{"IGOUNO>RUS:1056"}},
		// "voted to V": the vote's "to WORD" pattern does not reach past
		// another infinitive (toSkipped)
		{"en", "2022-03-02", "The U.N. General Assembly voted overwhelmingly to demand that Russia withdraw its troops from Ukraine.", []string{"IGOUNO>RUS:1056"}},
		{"en", "2022-03-02", "The Russian parliament voted to ask Belarus to withdraw its troops.", []string{"RUSLEG>BLR:0256"}},
		// signing a joint statement is 057 each way; the partner only after
		// "with"; a statement not signed condemns nobody (refusedSign)
		{"en", "2018-06-12", "Kim Jong Un and Donald Trump signed a joint statement in Singapore.", []string{"PRKGOV>USAGOV:057", "USAGOV>PRKGOV:057"}},
		{"en", "2018-06-12", "Japan signed a joint declaration with India on security cooperation.", []string{"JPN>IND:057", "IND>JPN:057"}},
		{"en", "2018-06-12", "Slovakia refused to sign a joint statement condemning Russia.", nil},
		{"en", "2018-06-12", "France signed a joint statement condemning Russia.", []string{"FRA>RUS:111"}},
		// an object pronoun after "called on" (particleObjPron)
		{"en", "2019-11-10", "The opposition leader met Ruto and called on him to resign.", []string{"KENOPP>KENGOV:0241", "KENOPP>KENGOV:040", "KENGOV>KENOPP:040"}},
		// a person's own government after "her" is no second party (ownBody)
		{"en", "2024-08-05", "Bangladeshi Prime Minister Sheikh Hasina resigned and fled the country after weeks of deadly protests against her government.", nil},
		// a noun event inside a vetoed text's complement (insideBlocked)
		{"en", "2018-06-12", "The United States vetoed a UN resolution calling for sanctions on Israel.", []string{"USA>IGOUNO:129"}},
	} {
		got := codeLang(t, c, kb, tc.lang, tc.date, tc.text)
		want := append([]string(nil), tc.want...)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%s (%s)\n got  %s\n want %s", tc.text, tc.date, strings.Join(got, " "), strings.Join(want, " "))
		}
	}
}
