package evaltest

import (
	"fmt"
	"strings"
	"testing"
)

// dyadCase: a sentence coded through the text, timex, actor and coder
// stages at a date; an event with the dyad (source>target) and a code of
// the given CAMEO root must be there.
type dyadCase struct {
	lang, text, date, dyad, root string
}

// checkDyadCases runs each case through the real stages and reports the
// events of those that lack the wanted dyad and root.
func checkDyadCases(t *testing.T, cases []dyadCase) {
	t.Helper()
	st := stages(t)
	for _, c := range cases {
		a := run(t, st, c.lang, c.date, c.text)
		var got []string
		ok := false
		for _, e := range a.Events {
			got = append(got, fmt.Sprintf("%s>%s:%s", e.Source, e.Target, e.Code))
			if e.Source+">"+e.Target == c.dyad && strings.HasPrefix(e.Code, c.root) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want %s (root %s), got %v", c.text, c.dyad, c.root, got)
		}
	}
}
