package actor_test

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestActorfixEvents: the fixes as they come out in coded events.
func TestActorfixEvents(t *testing.T) {
	checkEventCases(t, "actorfix", []eventCase{
		{body: "Le Qatar a joué les médiateurs entre Israël et le Hamas.", lang: "fr", date: dyad.Date{Year: 2024, Month: 1, Day: 10}, want: "QAT>ISR:045"},
		{body: "Les observateurs de l'ONU ont accusé l'armée syrienne.", lang: "fr", date: dyad.Date{Year: 2012, Month: 6, Day: 10}, want: "IGOUNO>SYRMIL:112"},
		{body: "La CEDH a condamné la France.", lang: "fr", date: dyad.Date{Year: 2019, Month: 6, Day: 10}, want: "IGOEURCOEJUD>FRA:116"},
		{body: "L'Otan a bombardé des positions libyennes.", lang: "fr", date: dyad.Date{Year: 2011, Month: 6, Day: 10}, want: "IGOWSTNAT>LBYMIL:195"},
	})
}
