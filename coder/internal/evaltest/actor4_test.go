package evaltest

import (
	"strings"
	"testing"
)

// TestActor4Pipeline: sentences written for the test, coded through the
// text, actor and coder stages; the events need the actor mentions of the
// actor4 round (actor/actor4_*.txt; headline labels, truces as pair heads,
// the verb after a country's name, the object's predicate): the dyad
// (source>target) of an event of the given CAMEO root must be there.
func TestActor4Pipeline(t *testing.T) {
	checkDyadCases(t, []dyadCase{
		// a gunman before his nationality
		{"fr", "L'armée israélienne a arrêté un tireur embusqué palestinien.", "2003-01-24", "ISRMIL>PSEREB", "17"},
		// a headline label gives the agents its country
		// (not the other country's: the document would give the police the
		// United States)
		{"fr", "Irak : les États-Unis accusent la police de réprimer les manifestants", "2020-01-10", "USA>IRQCOP", "11"},
		{"fr", "Liban : Israël a bombardé des combattants près de la frontière", "2024-03-12", "ISR>LBNREB", "19"},
		// a truce between two countries: the countries of the adjective
		{"fr", "Le maréchal Haftar rejette le cessez-le-feu russo-turc.", "2020-01-14", "LBYMIL>RUS", "12"},
		// the object of "take hostage" and its predicate
		{"en", "Hamas took 200 Israelis hostage.", "2023-10-08", "PSEREBHMS>ISR", "18"},
		// the agency after a nationality
		{"en", "Pakistani intelligence arrested two men.", "2024-03-12", "PAKSPY>---PPL", "17"},
	})
}

// TestActor4PipelineNoEvent: the common noun "intelligence" is no actor, so
// no event has it as source.
func TestActor4PipelineNoEvent(t *testing.T) {
	st := stages(t)
	a := run(t, st, "en", "2024-03-12", "Intelligence suggests that Iran attacked the ship.")
	for _, e := range a.Events {
		if strings.HasSuffix(e.Source, "SPY") {
			t.Errorf("want no SPY source, got %s>%s:%s", e.Source, e.Target, e.Code)
		}
	}
}
