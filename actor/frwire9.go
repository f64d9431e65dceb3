package actor

// foreignQualified (frwire9 round): an agent without country qualified as
// foreign ("deux enseignants étrangers", "two foreign teachers") is of no
// country the document or the sentence gives, as the whole agents of the
// `foreign-agents` set are ("les troupes étrangères"): the adjective right
// after a French agent, "foreign" right before an English one.
func foreignQualified(us []unit, out []mention) {
	for k := range out {
		m := &out[k]
		if m.kind != "agent" || m.country != "" {
			continue
		}
		if m.j < len(us) && frForeignAdj[us[m.j].norm] || m.i > 0 && us[m.i-1].norm == "foreign" {
			m.nodoc = true
		}
	}
}

var frForeignAdj = map[string]bool{
	"etranger": true, "etrangere": true, "etrangers": true, "etrangeres": true,
	"étranger": true, "étrangère": true, "étrangers": true, "étrangères": true,
}
