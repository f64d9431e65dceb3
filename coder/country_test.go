package coder

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestCountryRound codes invented sentences of the country round: when an
// actor of unknown country takes a country of its sentence and when it
// must not (country.go; actor/country.go). Each case fails on the code
// before the round, except the controls marked "(control)", which guard
// the completions that must stay.
func TestCountryRound(t *testing.T) {
	c, kb := realStages(t)
	for _, tc := range []struct {
		lang, text string
		want       []string
	}{
		// a diplomatic post "in" a place is another state's: as a source it
		// keeps its unknown country
		{"en", "The embassy in Nairobi criticised the Kenyan government.", []string{"---GOV>KENGOV:111"}},
		{"fr", "L'ambassade à Kaboul a critiqué le gouvernement afghan.", []string{"---GOV>AFGGOV:111"}},
		{"en", "The ambassador in Rome accused Libya of interference.", []string{"---GOV>LBY:112"}},
		// (control) a post owned through a possessive is left as it was
		{"fr", "Le Maroc envisage de rouvrir son ambassade à Bagdad.", []string{"MAR>IRQGOV:014"}},
		// a place after a cue of whereabouts (speaking in, en visite à,
		// retour de) is not the event's place
		{"en", "The opposition leader, speaking in Paris, criticised the Cameroonian government.", []string{"CMROPP>CMRGOV:111"}},
		{"fr", "Après son retour du Ghana, le ministre a critiqué la police.", []string{"---GOV>---COP:111"}},
		// a place in an incise after a whereabouts cue is no one's
		{"fr", "Le ministre a fait arrêter, avec son collègue, resté à Washington, trois opposants.", []string{"---GOV>---OPP:173"}},
		{"fr", "Le chef de l'opposition, en visite à Paris, a critiqué le gouvernement camerounais.", []string{"CMROPP>FRA:042", "CMROPP>CMRGOV:111"}},
		// (control) speaking in a place is no sign of being abroad when
		// no other state is named; a visit of someone else leaves the
		// place to the others
		{"en", "The minister, speaking in Nairobi, praised the police.", []string{"---GOV>KENCOP:051"}},
		{"fr", "Pendant la visite du président à Kaboul, la police a arrêté des dizaines de manifestants.", []string{"AFGCOP>AFGOPP:173"}},
		// (control) the place of the event still gives the country
		{"en", "Police arrested dozens of opposition supporters in Kampala.", []string{"UGACOP>UGAOPP:173"}},
		// a government coercing (17x) at a place is that place's (now French too)
		{"fr", "Les autorités ont arrêté trois journalistes à Téhéran.", []string{"IRNGOV>IRNMED:173"}},
		// forces praised or thanked by a known state's actor, no other state named
		{"fr", "Le ministre nigérien de la Défense a félicité les soldats.", []string{"NERGOV>NERMIL:051"}},
		{"en", "The Nigerien defence minister congratulated the soldiers.", []string{"NERGOV>NERMIL:051"}},
		// (control) a minister of unknown country praising another state's
		// soldiers stays of unknown country
		{"en", "The minister praised Malian soldiers for their courage.", []string{"---GOV>MLIMIL:051"}},
		// "the country's army", "l'armée du pays": the one state named before
		{"fr", "Le Burkina Faso est en crise et l'armée du pays a arrêté plusieurs opposants.", []string{"BFAMIL>BFAOPP:173"}},
		{"en", "Niger faces a crisis and the country's police arrested two journalists.", []string{"NERCOP>NERMED:173"}},
		// two states named: no completion
		{"fr", "La France et le Mali s'opposent et l'armée du pays a accusé Paris.", []string{"---MIL>FRA:112", "FRA>MLI:110", "MLI>FRA:110"}},
		// police facing another state's diplomats is not of their state
		{"en", "Police arrested two Iranian diplomats.", []string{"---COP>IRNGOV:173"}},
		{"fr", "La police a arrêté deux diplomates iraniens.", []string{"---COP>IRNGOV:173"}},
		// a state body after a possessive: the one state named before it
		{"en", "Iraqi protesters accused their government of corruption.", []string{"IRQOPP>IRQGOV:1121"}},
		// (control) the possessor is the nearest actor, here of unknown country
		{"fr", "L'ambassadeur de France a critiqué le chef de la junte et son gouvernement.", []string{"FRAGOV>---GOV:111"}},
		// (control) a counterpart is not the possessor's
		{"fr", "Le président français a rencontré son homologue.", []string{"FRAGOV>---GOV:040", "---GOV>FRAGOV:040"}},
		// (control) an opposition facing a known government
		{"en", "The opposition criticised the Togolese government.", []string{"TGOOPP>TGOGOV:111"}},
	} {
		got := codeLang(t, c, kb, tc.lang, "2024-05-14", tc.text)
		want := append([]string(nil), tc.want...)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%s (%s)\n got  %s\n want %s", tc.text, tc.lang, strings.Join(got, " "), strings.Join(want, " "))
		}
	}
}
