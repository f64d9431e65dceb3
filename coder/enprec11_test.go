package coder

import "testing"

// enprec11 round (2026-11-27): invented English wire sentences for the classes
// of enprec11.go (englishQuestion), the en_lex.txt lists enprec11-questionaux,
// -speculation and -habitual (mode.go), and the en_dyad.txt lines on business
// subjects that weigh or consider something, enprec11.go (plainSubjectBefore-
// Participle), en_enprec11.txt (defeat after a won election) and slots.go (a
// direction adjective before "city of X"). Must-not cases keep the
// neighbouring readings.
func TestEnPrec11(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a yes/no question tells no act; the same words as a statement do
		{"en", "2024-04-22", "Will Japan impose sanctions on Russian banks?", nil},
		{"en", "2024-04-22", "Could Turkey block Finland's bid to join NATO?", nil},
		{"en", "2024-04-22", "Japan imposed sanctions on Russian banks.", []string{"JPN>RUSBUS:163"}},
		// a question closing a reported statement is not asked by the sentence
		{"en", "2024-04-22", "Japan imposed sanctions on Russian banks, and analysts asked what comes next?", []string{"JPN>RUSBUS:163"}},
		// speculation ("unlikely|likely to"): no act; an announced plan stays intent
		{"en", "2024-07-22", "Analysts say Russia is unlikely to attack Finland this year.", nil},
		{"en", "2024-07-22", "Serbia is likely to criticise Kosovo again.", nil},
		// a habit in a relative clause is no dated act; the main clause stays
		{"en", "2024-06-18", "Iran's state television, which regularly criticises Israel, aired a documentary on Tuesday.", nil},
		{"en", "2024-06-18", "Iran's state television, which regularly criticises Israel, accused Saudi Arabia of spying on Tuesday.", []string{"IRNGOVMED>SAU:1125"}},
		// traders and investors weighing something: markets, no policy option
		{"en", "2023-06-12", "Stocks fell as investors weighed Japanese inflation data and Indian demand.", nil},
		{"en", "2023-06-12", "Germany is weighing new sanctions against Iran.", []string{"DEU>IRN:014"}},
		// a participle after a main clause whose subject is a plain noun (weather,
		// an outage) has no actor subject; an actor subject keeps it
		{"en", "2024-09-08", "A powerful storm swept across Cuba and southern Florida, closing schools and airports.", nil},
		{"en", "2024-03-12", "Hungary raised duties on Ukrainian exports, accusing Kyiv of dumping grain.", []string{"HUN>UKR:163", "HUN>UKR:112"}},
		// beating a rival right after the election the subject won: no force
		{"en", "2023-11-20", "Javier Milei won Argentina's presidential run-off on Sunday, beating Economy Minister Sergio Massa.", nil},
		{"en", "2024-03-12", "Sudan's army defeated the Rapid Support Forces in Omdurman.", []string{"SDNMIL>SDNREB:190"}},
		// a direction adjective before "city|town of X" keeps X the target
		{"en", "2024-03-12", "Russian forces shelled the southern city of Kherson on Monday.", []string{"RUSMIL>UKR:194"}},
		{"en", "2024-03-12", "Russian troops attacked the eastern town of Pokrovsk.", []string{"RUSMIL>UKR:190"}},
	})
}
