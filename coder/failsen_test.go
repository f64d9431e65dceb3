package coder

import "testing"

// TestFailsen: English wire-register sentences invented for dyad in the
// failsen round (2026-11-26), for the failure classes found on the held
// back ensub batch: a past participle after a base-form verb qualifies the
// noun after it ("return deported children", "free jailed prisoners": the
// demand table reads the base verb's act, struct_en.go
// baseVerbAfterSubject); an English that-clause demand keeps a sub-code of
// its own only when it is a demand code (fixes.go demandThat); coordinated
// subjects of a reciprocal verb with a partner after "with" each face that
// partner (emit.go partnerTarget); a reaction to someone's offer or call
// stands beside the offered act (emit.go reactionThrough); and the verb
// families of en_round9.txt (arms handed over 072, held back 1622, troops
// leaving a place 0874, persons returned 0841, appeals for money 0231,
// troops expelled 166, peace plans rejected 127, a raised alert against
// the actor after "after"/"amid" 152); a denial of responsibility (016)
// takes the target of the act denied (emit.go denialTarget).
func TestFailsen(t *testing.T) {
	checkEnglishReal(t, []realCase{
		// participle after a base verb
		{"Qatar demanded that Moscow return abducted Ukrainian children.",
			[]string{"QAT>RUS:1053"}, []string{"QAT>RUS:100", "QAT>RUS:181"}},
		{"Jordan demanded that Israel free jailed Palestinian prisoners.",
			[]string{"JOR>ISR:1053"}, []string{"JOR>ISR:173"}},
		// partners after "with"
		{"French and German diplomats resumed talks with Iran in Geneva.",
			[]string{"FRAGOV>IRN:046", "DEUGOV>IRN:046"}, []string{"FRAGOV>DEUGOV:046", "DEUGOV>FRAGOV:046"}},
		// a reaction to someone's offer stands
		{"Greenland's government rejected Washington's offer to buy the island.",
			[]string{"GRLGOV>USA:127"}, nil},
		// arms handed over or held back
		{"The Netherlands transferred 18 howitzers to Ukraine.",
			[]string{"NLD>UKR:072"}, nil},
		{"Norway said it would provide Ukraine with more air defense missiles.",
			[]string{"NOR>UKR:0332"}, nil},
		{"Washington paused a shipment of artillery shells to Israel.",
			[]string{"USA>ISR:1622"}, []string{"USA>ISR:072"}},
		{"Britain withheld a delivery of missiles to Saudi Arabia.",
			[]string{"GBR>SAU:1622"}, []string{"GBR>SAU:072"}},
		// troops leaving a place
		{"Russian troops pulled out of the city of Kherson.",
			[]string{"RUSMIL>UKR:0874"}, nil},
		// persons returned
		{"Belarus returned five Lithuanian citizens to Vilnius.",
			[]string{"BLR>LTUCVL:0841"}, nil},
		// money asked for
		{"Pakistan asked the International Monetary Fund for a new loan.",
			[]string{"PAK>IGOBUSIMF:0231"}, []string{"PAK>IGOBUSIMF:020"}},
		// a denial takes the target of the act denied
		{"Pakistan denied that its forces had fired on Afghan troops.",
			[]string{"PAK>AFGMIL:016"}, nil},
		// the cause of a raised alert is the target
		{"Taiwan raised its alert level amid Chinese military drills.",
			[]string{"TWN>CHN:152"}, []string{"TWN>TWNMIL:152"}},
		// troops expelled
		{"Mali expelled French troops from its territory.",
			[]string{"MLI>FRAMIL:166"}, []string{"MLI>FRAMIL:174"}},
	})
}
