package actor_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

// TestAuditFixesEvents: the actor fixes of audit2_test.go as they show in
// the coded events of the whole pipeline (invented sentences).
func TestAuditFixesEvents(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		body, lang string
		date       dyad.Date
		want       string // SOURCE>TARGET:CODE
	}{
		// the government a person heads, not the person's role (Fillon FRAPTY in 2012)
		{"Le gouvernement Fillon a condamné la Syrie.", "fr", dyad.Date{Year: 2012, Month: 6, Day: 20}, "FRAGOV>SYR:111"},
		{"The Assad regime condemned Turkey.", "en", dyad.Date{Year: 2015, Month: 6, Day: 20}, "SYRGOV>TUR:111"},
		// a title, its portfolio and the person: one source
		{"Le ministre du Redressement productif Arnaud Montebourg a critiqué l'Inde.", "fr", dyad.Date{Year: 2012, Month: 9, Day: 20}, "FRAGOV>IND:111"},
		// a fronted place gives its country to the bare agents
		{"Au Brésil, le ministre de l'Intérieur a critiqué les manifestants.", "fr", dyad.Date{Year: 2021, Month: 5, Day: 1}, "BRAGOV>BRAOPP:111"},
		{"In Nigeria, police arrested twenty protesters.", "en", dyad.Date{Year: 2021, Month: 5, Day: 1}, "NGACOP>NGAOPP:173"},
		// the east of the Congo is the Democratic Republic
		{"Dans l'est du Congo, les rebelles ont attaqué l'armée.", "fr", dyad.Date{Year: 2022, Month: 6, Day: 1}, "CODREB>CODMIL:190"},
	}
	for i, c := range cases {
		a, err := p.Analyze(&dyad.Document{ID: "audit2-" + string(rune('a'+i)), Lang: c.lang, Date: c.date, Text: c.body})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range a.Events {
			got = append(got, e.Source+">"+e.Target+":"+e.Code)
		}
		if !strings.Contains(strings.Join(got, " "), c.want) {
			t.Errorf("%q: want %s, got %v", c.body, c.want, got)
		}
	}
}
