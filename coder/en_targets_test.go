package coder

import (
	"slices"
	"testing"
)

// TestEnglishReciprocalCompletion: when a reciprocal event (coordinated
// subjects acting on each other, or a pattern coded both ways) completes
// the country of one party one way, the reverse event keeps it; "for"
// introduces a default target ("warrants for two Brazilian men") after any
// object actor (sentences written for the test).
func TestEnglishReciprocalCompletion(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
		not    []string
	}{
		{"The Syrian government and the opposition agreed to a truce.",
			[]string{"Syrian government=SYRGOV", "opposition=---OPP"},
			[]string{"SYRGOV>SYROPP:0871", "SYROPP>SYRGOV:0871"}, []string{"---OPP>SYRGOV:0871"}},
		// "for" introduces the target of a pattern without a target slot
		{"A court in Guyana has issued arrest warrants for two Brazilian men.",
			[]string{"court=---JUD", "Guyana=GUY", "Brazilian men=BRAPPL"},
			[]string{"GUYJUD>BRAPPL:173"}, nil},
		// a place after a preposition and a direction adjective is not the subject
		{"Rebels in eastern Congo attacked a UN base.",
			[]string{"Rebels=---REB", "Congo=COG", "UN=IGOUNO"},
			[]string{"COGREB>IGOUNO:190"}, []string{"COG>IGOUNO:190"}},
		// the subject's own forces ("its troops") are not the default target
		{"Iran has again offered its troops to Iraq.",
			[]string{"Iran=IRN", "troops=---MIL", "Iraq=IRQ"},
			[]string{"IRN>IRQ:030"}, []string{"IRN>---MIL:030"}},
		// an object actor right after the verb still comes first
		{"Police arrested an activist for spying for Russia.",
			[]string{"Police=KENCOP", "activist=KENOPP", "Russia=RUS"},
			nil, []string{"KENCOP>RUS:173"}},
	} {
		got, _ := codeIt(t, "en", tc.text, tc.actors...)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: want %s, got %v", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: %s should not be coded, got %v", tc.text, n, got)
			}
		}
	}
}
