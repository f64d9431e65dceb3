package coder

import "testing"

// TestCessation: invented wire-style sentences (dyad round cessation,
// 2026-11-26; not taken from any gold or bench set) whose act is the
// complement of a verb of ending (`cessationverb`, `ceaseverb`): the act
// ends, coded by the "cessation" table of transform.txt after the CAMEO
// 1.1b3 manual (085 ease sanctions, 087 de-escalate, 0872 ease a blockade,
// 162x stop aid, 164 halt negotiations ...), with the ending verb's
// negation and mode, and under an intent, refusal, appeal or demand word.
func TestCessation(t *testing.T) {
	checkFixCases(t, []fixCase{
		// the act ended (French de + infinitive, English gerund)
		{"fr", "Le Mexique a cessé d'imposer des droits de douane sur les produits chinois.",
			[]string{"MEX>CHN:085"}, []string{"MEX>CHN:163"}},
		{"en", "Mexico stopped imposing tariffs on Chinese goods last week.",
			[]string{"MEX>CHN:085"}, []string{"MEX>CHN:163"}},
		{"fr", "La Russie a arrêté de bombarder la Géorgie.",
			[]string{"RUS>GEO:087"}, []string{"RUS>GEO:195"}},
		{"fr", "Le Royaume-Uni a cessé de livrer des armes à l'Arabie saoudite.",
			[]string{"GBR>SAU:1622"}, []string{"GBR>SAU:072"}},
		{"en", "The Pakistani police stopped arresting opposition activists.",
			[]string{"PAKCOP>PAKOPP:0832"}, []string{"PAKCOP>PAKOPP:173"}},
		// reported (French conditional) and announced endings
		{"fr", "Le Mexique cesserait d'imposer des droits de douane sur les produits chinois, selon la presse.",
			[]string{"MEX>CHN:085"}, []string{"MEX>CHN:163"}},
		{"fr", "Le Mexique cessera d'imposer des droits de douane sur les produits chinois en juin.",
			[]string{"MEX>CHN:0354"}, []string{"MEX>CHN:163", "MEX>CHN:085"}},
		// an ending refused, accepted, asked for
		{"fr", "La Turquie a refusé de cesser de bombarder la Syrie.",
			[]string{"TUR>SYR:1246"}, []string{"TUR>SYR:195", "TUR>SYR:120"}},
		{"en", "Turkey refused to stop bombing Syria.",
			[]string{"TUR>SYR:1246"}, []string{"TUR>SYR:195"}},
		{"en", "Azerbaijan agreed to stop shelling Armenia.",
			[]string{"AZE>ARM:0356"}, []string{"AZE>ARM:194"}},
		{"fr", "La France a appelé la Turquie à cesser de bombarder la Syrie.",
			[]string{"FRA>TUR:0256"}, []string{"TUR>SYR:195", "TUR>SYR:087"}},
		// a negated, unannounced ending: the act goes on
		{"fr", "La Russie n'a pas cessé de bombarder la Géorgie.",
			[]string{"RUS>GEO:195"}, []string{"RUS>GEO:087"}},
		{"fr", "La Russie ne cesse de bombarder la Géorgie.",
			[]string{"RUS>GEO:195"}, []string{"RUS>GEO:087"}},
		// a pattern that codes the ending itself stays
		{"en", "Russia stopped supporting the Syrian government.",
			[]string{"RUS>SYRGOV:160"}, nil},
	})
}

// TestCessationNouns: ending one's own hostile acts or measures named by a
// noun ("a mis fin à ses frappes sur X", "ended its air strikes on X"), the
// noun form of the cessation table (fr_conflict.txt, en_dyad.txt; the
// cessation round left these out). Sentences written for dyad.
func TestCessationNouns(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Israël a mis fin à ses frappes sur le Liban.", []string{"ISR>LBN:087"}, nil},
		{"fr", "L'Union européenne a mis fin aux sanctions contre la Syrie.", []string{"IGOEUREEC>SYR:085"}, []string{"IGOEUREEC>SYR:163"}},
		{"fr", "L'Égypte a mis fin au blocus de Gaza.", []string{"EGY>PSE:0872"}, nil},
		{"en", "China ended its military drills around Taiwan.", []string{"CHN>TWN:087"}, nil},
		{"en", "Israel ended its air strikes on Lebanon.", []string{"ISR>LBN:087"}, []string{"ISR>LBN:082"}},
		{"en", "Russia ceased its bombardment of Kharkiv.", []string{"RUS>UKR:087"}, nil},
	})
}
