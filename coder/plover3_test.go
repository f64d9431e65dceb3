package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestPlover3PressFor: "pushing | pressing (hard) for X to …" insists on an
// outcome, a demand (10x; plover3.go pressFor, en_lex.txt plover3-pressfor),
// as the PLOVER GSR codes it; before, the appeal table made it 020.
// Controls: "urged X to", "pressed X to" (addressee first) stay appeals.
func TestPlover3PressFor(t *testing.T) {
	checkDatedCases(t, []datedCase{
		{"en", "1997-03-12", "Japan is pressing for North Korea to return Japanese citizens kidnapped by its agents, a spokesman said.", []string{"JPN>PRK:100"}},
		{"en", "2006-11-08", "Germany is pushing hard for Russia to guarantee gas supplies to Europe, a spokesman said.", []string{"DEU>RUS:100"}},
		{"en", "2006-11-08", "Germany is pushing for Russia to guarantee gas supplies to Europe, a spokesman said.", []string{"DEU>RUS:100"}},
		// controls
		{"en", "1997-03-12", "Japan urged North Korea to release Japanese citizens held by its agents, a spokesman said.", []string{"JPN>PRK:0253"}},
		{"en", "2006-11-08", "Germany pressed Russia to guarantee gas supplies to Europe, a spokesman said.", []string{"DEU>RUS:020"}},
	})
}

// TestPlover3Elaborations: with one-sided events kept (the PLOVER eval's
// --one-sided), a target-less event of a source that has a targeted event in
// the same sentence elaborates it and is dropped (plover3.go
// dropElaborations); controls: a source with no targeted event keeps its
// one-sided event, and a one-sided event of another source stays.
func TestPlover3Elaborations(t *testing.T) {
	c, kb := realStages(t)
	c2 := *c
	c2.DropOneSided = false
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Vietnamese forces shelled Cambodian guerrilla camps today, killing or wounding 50, Thai military sources said.", []string{"VNMMIL>KHMREB:194"}},
		{"Burmese troops have captured a Karen guerrilla base near the border after five days of fighting, an officer said.", []string{"MMRMIL>MMRREB:192"}},
		// controls
		{"Burmese troops killed or wounded 50, an officer said.", []string{"MMRMIL>:190", "MMRMIL>:180"}},
	} {
		d, _ := dyad.ParseDate("1990-01-01")
		a := codeRealDated(t, &c2, kb, "en", d, tc.text)
		var got []string
		for _, e := range a.Events {
			if !e.Negated && e.Mode != dyad.Hypothetical && e.Code != "010" {
				got = append(got, e.Source+">"+e.Target+":"+e.Code)
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s\n got  %v\n want %v", tc.text, got, tc.want)
		}
	}
}
