package actor

import (
	"strings"
	"testing"
)

// TestRoutePair: two places joined in one token after a route noun ("le vol
// Paris-Miami", "the London-Paris flight" is not: the noun must come
// first) are a route, not two actors; a pair after another noun still
// names both ("les pourparlers Russie-Ukraine"). Sentences written for
// dyad (route-noun in wordsets.txt).
func TestRoutePair(t *testing.T) {
	for _, c := range []struct {
		body, lang string
		want       []string
		not        []string
	}{
		{"Il a tenté de faire sauter un avion sur le vol Paris-Miami.", "fr", nil, []string{"Paris=FRA", "Miami=USA"}},
		{"La liaison Marseille-Alger a été suspendue.", "fr", nil, []string{"Marseille=FRA", "Alger=DZA"}},
		{"Les pourparlers Russie-Ukraine ont repris.", "fr", []string{"Russie=RUS", "Ukraine=UKR"}, nil},
	} {
		got := actorsOf(t, c.body, "2003-01-31", c.lang)
		for _, w := range c.want {
			if !has(got, w) {
				t.Errorf("%s: missing %s in %s", c.body, w, strings.Join(got, " "))
			}
		}
		for _, n := range c.not {
			if has(got, n) {
				t.Errorf("%s: unexpected %s in %s", c.body, n, strings.Join(got, " "))
			}
		}
	}
}
