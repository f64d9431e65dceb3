package coder

import (
	"reflect"
	"strings"
	"testing"
)

// TestFrenchFresh: general causes of misses and false events found on
// fresh French news (helper frfresh, 2026-11-26); each case is a sentence
// of our own.
func TestFrenchFresh(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
	}{
		// "des" opening a clause (after que, quand, alors que, lorsque) is
		// the article: its noun is the subject
		{"Alors que des manifestants critiquaient le gouvernement, le ministre se taisait.",
			[]string{"manifestants=---OPP", "le gouvernement=---GOV", "le ministre=---GOV"}, []string{"---OPP>---GOV:111"}},
		{"On apprend que des soldats ont attaqué la police afghane.",
			[]string{"soldats=---MIL", "la police afghane=AFGCOP"}, []string{"---MIL>AFGCOP:190"}},
		// a statement verb in the passive: its subject was confirmed or
		// said, it is no addressee (no 010 from the agent to it)
		{"Le nouveau gouverneur, confirmé par le Sénat, a annoncé sa démission.",
			[]string{"Le nouveau gouverneur=USAGOV", "le Sénat=USALEG"}, nil},
		// a purpose infinitive opened by a quote is a purpose too
		{"Le Liban va demander une réunion du Conseil de sécurité pour « condamner les raids et imposer des sanctions à Israël ».",
			[]string{"Le Liban=LBN", "Conseil de sécurité=IGOUNO", "Israël=ISR"}, []string{"LBN>IGOUNO:020 future"}},
		// asking a body to convene is an appeal to that body
		{"La Corée du Sud a demandé une réunion d'urgence du Conseil de sécurité.",
			[]string{"La Corée du Sud=KOR", "Conseil de sécurité=IGOUNO"}, []string{"KOR>IGOUNO:020"}},
		{"Le Japon sollicite une session extraordinaire de l'Assemblée générale.",
			[]string{"Le Japon=JPN", "l'Assemblée générale=IGOUNO"}, []string{"JPN>IGOUNO:020"}},
	} {
		all, _ := codeIt(t, "fr", tc.text, tc.actors...)
		// one-sided events are dropped by default (dyad code)
		var got []string
		for _, e := range all {
			if !strings.HasPrefix(e, ">") && !strings.Contains(e, ">:") {
				got = append(got, e)
			}
		}
		if len(got) == 0 && len(tc.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
