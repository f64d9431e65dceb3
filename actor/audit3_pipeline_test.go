package actor_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

// TestAudit3Events: the audit-3 actor fixes as they show in the coded events
// of the whole pipeline (invented sentences).
func TestAudit3Events(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := dyad.Date{Year: 2020, Month: 5, Day: 1}
	cases := []struct {
		body, lang string
		want, none string // SOURCE>TARGET[:CODE] substrings
	}{
		// a state's call rejected: the state is the target
		{"Moscou a rejeté les appels américains à un cessez-le-feu.", "fr", "RUS>USA:", ""},
		// a coalition named after its leading state bombs: that state's forces
		{"La coalition saoudienne a bombardé le Yémen.", "fr", "SAUMIL>YEM:", ""},
		{"The Saudi-led coalition bombed Yemen.", "en", "SAUMIL>YEM:", ""},
		// security forces are police
		{"Les forces de sécurité irakiennes ont arrêté des manifestants.", "fr", "IRQCOP>IRQOPP:173", ""},
		// a comma splits the refugees from the Union: the Union is the source
		{"Pour aider les réfugiés, l'UE a versé des fonds à la Turquie.", "fr", "IGOEUREEC>TUR:", "---REF>TUR"},
		// company heads meet a minister: business, not the military
		{"Les directeurs généraux ont rencontré le ministre français.", "fr", "---BUS>FRAGOV:040", "---MIL"},
	}
	for i, c := range cases {
		a, err := p.Analyze(&dyad.Document{ID: "audit3-" + string(rune('a'+i)), Lang: c.lang, Date: d, Text: c.body})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range a.Events {
			got = append(got, e.Source+">"+e.Target+":"+e.Code)
		}
		all := strings.Join(got, " ")
		if !strings.Contains(all, c.want) || c.none != "" && strings.Contains(all, c.none) {
			t.Errorf("%q: want %s (not %q), got %v", c.body, c.want, c.none, got)
		}
	}
}
