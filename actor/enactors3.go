package actor

import "strings"

// enactors3 round (2026-11-27): a state's own security council.

// nationalBody reports an organisation mention whose words (folded, joined
// by hyphens) are in the national-body word set: the names a state's own
// council shares with the UN's or the American one ("Security Council"
// IGOUNO, "National Security Council" USAGOV alone); after a country's
// name or adjective the state's council is meant.
func nationalBody(us []unit, m mention) bool {
	if m.j-m.i < 2 || m.j > len(us) {
		return false
	}
	var b strings.Builder
	for x := m.i; x < m.j; x++ {
		if x > m.i {
			b.WriteByte('-')
		}
		b.WriteString(us[x].norm)
	}
	return wordSet("national-body")[b.String()]
}
