package coder

import (
	"reflect"
	"testing"
)

// An appeal to do a conflictual act is a plain appeal by the speaker
// (transform.txt: CAMEO has no appeal sub-category for it), not the act
// done by the speaker.
func TestAppealToConflictualAct(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang, text string
		actors     []string
		want       []string
	}{
		{"en", "The United States urged Japan to cut ties with Russia.",
			[]string{"United States=USA", "Japan=JPN", "Russia=RUS"}, []string{"USA>JPN:020"}},
		{"en", "France urged Germany to suspend aid to Mali.",
			[]string{"France=FRA", "Germany=DEU", "Mali=MLI"}, []string{"FRA>DEU:020"}},
	} {
		if got := codeWith(t, c, tc.lang, tc.text, tc.actors...); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
