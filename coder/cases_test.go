package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// checkEvents reports each event of want ("SRC>TGT:CODE") missing from evs
// and each event of not found in it.
func checkEvents(t *testing.T, text string, evs []dyad.Event, want, not []string) {
	t.Helper()
	got := evStrings(evs)
	joined := " " + strings.Join(got, " ") + " "
	for _, w := range want {
		if !strings.Contains(joined, " "+w+" ") {
			t.Errorf("%s\n got  %q\n missing %s", text, got, w)
		}
	}
	for _, n := range not {
		if strings.Contains(joined, " "+n+" ") {
			t.Errorf("%s\n got  %q\n must not give %s", text, got, n)
		}
	}
}
