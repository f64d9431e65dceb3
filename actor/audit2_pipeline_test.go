package actor_test

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestAuditFixesEvents: the actor fixes of audit2_test.go as they show in
// the coded events of the whole pipeline (invented sentences).
func TestAuditFixesEvents(t *testing.T) {
	checkEventCases(t, "audit2", []eventCase{
		// the government a person heads, not the person's role (Fillon FRAPTY in 2012)
		{"Le gouvernement Fillon a condamné la Syrie.", "fr", dyad.Date{Year: 2012, Month: 6, Day: 20}, "FRAGOV>SYR:111", ""},
		{"The Assad regime condemned Turkey.", "en", dyad.Date{Year: 2015, Month: 6, Day: 20}, "SYRGOV>TUR:111", ""},
		// a title, its portfolio and the person: one source
		{"Le ministre du Redressement productif Arnaud Montebourg a critiqué l'Inde.", "fr", dyad.Date{Year: 2012, Month: 9, Day: 20}, "FRAGOV>IND:111", ""},
		// a fronted place gives its country to the bare agents
		{"Au Brésil, le ministre de l'Intérieur a critiqué les manifestants.", "fr", dyad.Date{Year: 2021, Month: 5, Day: 1}, "BRAGOV>BRAOPP:111", ""},
		{"In Nigeria, police arrested twenty protesters.", "en", dyad.Date{Year: 2021, Month: 5, Day: 1}, "NGACOP>NGAOPP:173", ""},
		// the east of the Congo is the Democratic Republic
		{"Dans l'est du Congo, les rebelles ont attaqué l'armée.", "fr", dyad.Date{Year: 2022, Month: 6, Day: 1}, "CODREB>CODMIL:190", ""},
	})
}
