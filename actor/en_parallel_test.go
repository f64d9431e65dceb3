package actor

import "testing"

// TestEnglishParallelActors: English agent and region entries fixed from the
// parallel wire set's dev errors (constructed sentences, not the set's).
func TestEnglishParallelActors(t *testing.T) {
	cases := []struct{ body, want string }{
		// insurgents and suicide bombers are REB, as Phoenix codes INSURGENT and
		// SUICIDE_BOMBER and as the PLOVER gold codes armed groups (not INS)
		// (round 9: with the country of the one place they act on, as the wire gold
		// codes rebels facing one state, round8.go rebelsAtHome)
		{"Insurgents attacked a police station in Kandahar.", "Insurgents=AFGREB"},
		{"A suicide bomber struck a market in Kabul.", "suicide bomber=AFGREB"},
		// "eastern Congo" is the east of the DRC
		{"Fighting resumed in eastern Congo.", "eastern Congo=COD"},
	}
	for _, c := range cases {
		got := actorsOf(t, c.body, "2021-10-21", "en")
		if !has(got, c.want) {
			t.Errorf("%q: want %s, got %v", c.body, c.want, got)
		}
	}
}
