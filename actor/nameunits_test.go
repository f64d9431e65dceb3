package actor

import (
	"reflect"
	"testing"
)

// TestNameUnitsPossessive: an inner English possessive is dropped from a
// dictionary name as the text side drops it, so that "Donetsk People's
// Republic" matches; a final one and French elisions stay.
func TestNameUnitsPossessive(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Donetsk People's Republic", []string{"donetsk", "people", "republic"}},
		{"Cox's Bazar", []string{"cox", "bazar"}},
		{"St. George's", []string{"st", "george'", "s"}},
		{"Côte d'Ivoire", []string{"cote", "d'", "ivoire"}},
	} {
		if got := nameUnits(c.name); !reflect.DeepEqual(got, c.want) {
			t.Errorf("nameUnits(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	// the names match text through the real stage
	checkHas(t, "2022-03-01", []hasCase{
		{"Refugees reached Cox's Bazar on Monday.", "en", "Cox's Bazar=BGD"},
		{"The People's Protection Units attacked Turkish troops.", "en", "People's Protection Units=SYRREB"},
	})
}
