package coder

import (
	"reflect"
	"strings"
	"testing"
)

// codeCase is a sentence with its fixture actors ("text=CODE"; a trailing
// "@" makes the mention a place, actor kind "country") and the events it
// must give, as evStrings writes them.
type codeCase struct {
	lang, text string
	actors     []string
	want       []string
}

// checkCodeCases codes each case with c and reports a difference with the
// coder's trace. dyadic leaves out events without a target.
func checkCodeCases(t *testing.T, c *Coder, cases []codeCase, dyadic bool) {
	t.Helper()
	for _, tc := range cases {
		var spec []string
		places := map[string]bool{}
		for _, a := range tc.actors {
			if strings.HasSuffix(a, "@") {
				a = strings.TrimSuffix(a, "@")
				places[a[:strings.LastIndexByte(a, '=')]] = true
			}
			spec = append(spec, a)
		}
		a := analyse(t, tc.lang, tc.text, spec...)
		for i := range a.Actors {
			if places[a.Actors[i].Text] {
				a.Actors[i].Kind = "country"
			}
		}
		var tr []string
		a.Trace = func(stage, msg string) { tr = append(tr, msg) }
		if err := c.Process(a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evStrings(a.Events) {
			if !dyadic || !strings.Contains(e, ">:") {
				got = append(got, e)
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s\n got %q\nwant %q\n%s", tc.text, got, tc.want, strings.Join(tr, "\n"))
		}
	}
}
