package actor

// enreal round (2026-11-27): a name before a compound tail of the
// `compound-tail` word set (wordsets.txt: "Greek-flagged", "Panama-flagged")
// still matches, as before "led" or "backed", and owns the bare agent
// right after the compound ("a Greek-flagged oil tanker" is Greece's).

// isCompoundTail reports a tail that may follow a name inside a
// hyphenated word: the `name-tail` set ("US-led", "Iranian-backed": the
// name still matches) and the `compound-tail` set.
func isCompoundTail(norm string) bool {
	return wordSet("name-tail")[norm] || wordSet("compound-tail")[norm]
}

// ownerTail reports a tail of the `compound-tail` set after which the
// country owns the agent that follows ("Liberian-flagged cargo ship").
func ownerTail(norm string) bool {
	return wordSet("compound-tail")[norm]
}
