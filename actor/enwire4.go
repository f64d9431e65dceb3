package actor

import "strings"

// enwire4 round (2026-11-27): a word between a country and the titled
// person after it that reads as a verb in the past ("A court in Moscow
// sentenced opposition leader Alexei Navalny", "France praised former
// minister X") makes them two mentions: the country is the event's place
// or subject, not a qualifier of the person. Nationality qualifiers before
// a title are adjectives or nouns ("Russian foreign minister", "U.S.
// climate envoy"); an -ed adjective that can stand in a title ("armed
// forces chief") is listed in the word set "portfolio-ed" (wordsets.txt);
// irregular past forms ("found", "met", "told") are the set "portfolio-past".
func portfolioVerb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !wordSet("portfolio-ed")[w] || wordSet("portfolio-past")[w]
}
