package actor_test

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestAudit3Events: the audit-3 actor fixes as they show in the coded events
// of the whole pipeline (invented sentences).
func TestAudit3Events(t *testing.T) {
	checkEventCases(t, "audit3", []eventCase{
		// the Pope heads the Holy See's government in French too
		{"Visite du pape en Irak.", "fr", dyad.Date{}, "VATGOV>IRQ:042", "IRQREL"},
		// a state's call rejected: the state is the target
		{"Moscou a rejeté les appels américains à un cessez-le-feu.", "fr", dyad.Date{}, "RUS>USA:", ""},
		// a coalition named after its leading state bombs: that state's forces
		{"La coalition saoudienne a bombardé le Yémen.", "fr", dyad.Date{}, "SAUMIL>YEM:", ""},
		{"The Saudi-led coalition bombed Yemen.", "en", dyad.Date{}, "SAUMIL>YEM:", ""},
		// security forces are police
		{"Les forces de sécurité irakiennes ont arrêté des manifestants.", "fr", dyad.Date{}, "IRQCOP>IRQOPP:173", ""},
		// a comma splits the refugees from the Union: the Union is the source
		{"Pour aider les réfugiés, l'UE a versé des fonds à la Turquie.", "fr", dyad.Date{}, "IGOEUREEC>TUR:", "---REF>TUR"},
		// company heads meet a minister: business, not the military
		{"Les directeurs généraux ont rencontré le ministre français.", "fr", dyad.Date{}, "---BUS>FRAGOV:040", "---MIL"},
	})
}
