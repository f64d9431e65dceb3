package coder

import "testing"

// TestPar2l checks the classes the par2l round fixed from invented wire pairs
// on CAMEO root 01 (probes/par2l.tsv l001-l030): a pessimistic or optimistic
// comment "about / of / over" X's act, or French "quant à" X's act, has X as
// target (012/013); a speech "before" a legislature, a government or an IGO
// is a statement to it (010), not one before reporters; French sanctions or
// restrictions considered "contre X" are 014; French "saluer X pour son
// soutien|aide|appui" is praise (051); French "nier les accusations
// britanniques" has the accuser as target (016); a French speech "à la
// télévision" has no addressee (no 010 to a MED actor). Controls: pessimism about a
// thing, a speech before journalists. Sentences are new variations, not the
// probe lines.
func TestPar2l(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"en", d, "The Latvian president said she was pessimistic about China's role in the war.", []string{"LVAGOV>CHN:012"}},
		{"en", d, "The Kenyan foreign minister said he was optimistic about Ethiopia's proposal.", []string{"KENGOV>ETH:013"}},
		{"fr", d, "Le président letton s'est dit sceptique quant aux intentions de la Chine à Taïwan.", []string{"LVAGOV>CHN:012"}},
		{"en", d, "The Moldovan president spoke before the European Parliament on Wednesday.", []string{"MDAGOV>IGOEUREEC:010"}},
		{"fr", d, "Le gouvernement canadien envisage des sanctions contre des responsables iraniens.", []string{"CANGOV>IRNGOV:014"}},
		{"fr", d, "Le président kényan a salué le Rwanda pour son appui.", []string{"KENGOV>RWA:051"}},
		{"fr", d, "Le ministère russe a nié les accusations britanniques d'espionnage.", []string{"RUSGOV>GBR:016"}},
		// controls
		{"en", d, "The Latvian president said she was pessimistic about the economy.", nil},
		{"en", d, "The Latvian president spoke before reporters in Riga.", nil},
		{"fr", d, "Le président colombien a prononcé une allocution à la télévision publique.", nil},
	})
}
