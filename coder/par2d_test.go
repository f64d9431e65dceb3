package coder

import "testing"

// TestPar2d checks the classes the par2d round fixed from invented
// English/French wire pairs on sentence structure (probes/par2d.tsv
// d001-d050): a sentence-opening present participle takes the main clause's
// subject ("Accusing X of ..., Y recalled"), a French object noun after a
// prenominal adjective ("le dernier tir de X") leaves its owner the target,
// French accusations of planning attacks (1123), French promises to increase
// humanitarian aid (0333), attacks on positions (190), English subject
// relative clauses ("The junta that seized power expelled X"). Sentences
// are new variations, not the probe pairs.
func TestPar2d(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// fronted present participle: the main clause's subject
		{"en", d, "Accusing Minsk of sheltering saboteurs, Lithuania expelled the Belarusian ambassador.", []string{"LTU>BLR:112", "LTU>BLRGOV:161"}},
		{"fr", d, "Accusant Caracas d'ingérence, le Guyana a rappelé son ambassadeur au Venezuela.", []string{"GUY>VEN:112", "GUY>VEN:161"}},
		// French prenominal adjective before the object noun
		{"fr", d, "Le Japon a condamné le dernier tir de missile de la Corée du Nord.", []string{"JPN>PRK:111"}},
		{"fr", d, "Le Japon a condamné le nouvel essai de la Corée du Nord.", []string{"JPN>PRK:111"}},
		// accused of planning attacks: aggression
		{"fr", d, "Le Pakistan a accusé l'Inde de planifier des attaques sur son territoire.", []string{"PAK>IND:1123"}},
		// promise to increase humanitarian aid
		{"fr", d, "La Norvège s'est engagée à doubler son aide humanitaire au Soudan.", []string{"NOR>SDN:0333"}},
		// English subject relative clause: the main verb's subject is the
		// antecedent, the clause's verb takes no object beyond the main verb
		{"en", d, "The rebels who attacked the base kidnapped three Chinese engineers.", []string{"---REB>CHNCVL:181"}},
		{"en", d, "Militants who control Kidal attacked the Malian army.", []string{"MLIREB>MLIMIL:190"}},
		{"en", d, "The Guinean junta that seized power in 2021 expelled the French ambassador.", []string{"GINGOV>FRAGOV:161"}},
		// attacking positions, weapons unnamed
		{"en", d, "Al-Shabaab fighters attacked Somali army positions near Kismayo.", []string{"SOMREB>SOMMIL:190"}},
	})
}
