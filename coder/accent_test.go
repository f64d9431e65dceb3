package coder

import (
	"reflect"
	"testing"
)

// A relative "où" (folded, the conjunction "ou") ends a coordination: the
// actor of the place's relative clause is no second target, while "ou"
// still coordinates.
func TestRelativeOu(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
	}{
		{"Le ministre indien s'est rendu au Népal, où les rebelles maoïstes ont leurs bases.",
			[]string{"ministre indien=INDGOV", "Népal=NPL", "rebelles maoïstes=NPLREB"},
			[]string{"INDGOV>NPL:042"}},
		{"Le Brésil ou l'Argentine ont critiqué le Chili.",
			[]string{"Brésil=BRA", "Argentine=ARG", "Chili=CHL"},
			[]string{"BRA>CHL:111", "ARG>CHL:111"}},
	} {
		if got := codeWith(t, c, "fr", tc.text, tc.actors...); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
