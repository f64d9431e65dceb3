package coder

import "testing"

// TestEnglishRound8: English agency-style sentences (AP/Reuters/AFP
// register) written for dyad in the ensub round (2026-11-26), with their
// expected events written before dyad ran on them (probes/ensub_b1.tsv);
// not taken from the CAMEO manual, a gold or a bench set. They check the
// exact CAMEO 1.1b3 sub-codes of en_round8.txt and of the governing-word
// rule of mode.go (ownSiblingStands): appeals and intents whose verb
// names the act asked or offered (0256 laying down arms, 027/037 settling
// a dispute, 028 mediating), defending an operation in words (052, not
// the military protection 074), endorsing a proposal (051), easing a
// blockade (0872) or tariffs (085, asked 0254), inquiries into abuses
// (092; a single killing is no abuse), rejections naming the act rejected
// (1245 access, 125 talks, 1246 scaling back an offensive; 126 an offer
// to mediate, whose pattern matched through the governing noun "offer"
// and stands over its complement: emit.go throughStands), police killing
// protesters (175), threats naming the attack (1384 "threatened to strike
// X if"; 1385 "warned X that it could use nuclear weapons", but not a
// warning against someone else's use), extradition to a state (063 with
// it), withdrawn vessels (0874, demanded 1056), loans announced (071), and
// charges brought by prosecutors (173), warnings of a crackdown (137),
// halted trade (163), refused demands to hand over (1243), and
// a past form inside a prepositional phrase ("for wartime forced labor")
// that is no verb of the clause.
func TestEnglishRound8(t *testing.T) {
	checkEnglishReal(t, []realCase{
		{"The United Nations called on Sudan's warring parties to lay down their arms.",
			[]string{"IGOUNO>SDN:0256"}, []string{"IGOUNO>SDN:020"}},
		{"The African Union urged Rwanda and Congo to settle their dispute peacefully.",
			[]string{"IGOAFRAFU>RWA:027"}, []string{"IGOAFRAFU>RWA:022"}},
		{"Haiti's transitional council asked Kenya to mediate talks with armed gangs.",
			// (pairs4: a ruling transitional council is GOV, CODING.md "ruling executive")
			[]string{"HTIGOV>KEN:028"}, []string{"HTIGOV>KEN:022"}},
		{"Venezuela offered to settle its border dispute with Guyana through talks.",
			[]string{"VEN>GUY:037"}, []string{"VEN>GUY:032"}},
		{"The White House defended Israel's military operations in Gaza.",
			[]string{"USAGOV>ISR:052"}, []string{"USAGOV>ISR:074"}},
		{"Germany endorsed France's proposal for a European nuclear umbrella.",
			[]string{"DEU>FRA:051"}, []string{"DEU>FRA:052"}},
		{"Japan's prime minister apologized to South Korea for wartime forced labor.",
			[]string{"JPNGOV>KOR:055"}, nil},
		{"Britain urged the United States to ease its tariffs on European steel.",
			[]string{"GBR>USA:0254"}, []string{"GBR>USA:0211"}},
		{"The United States lifted tariffs on Canadian steel.",
			[]string{"USA>CAN:085"}, []string{"USA>CAN:061"}},
		{"Japan announced a $2 billion loan to Indonesia for infrastructure.",
			[]string{"JPN>IDN:071"}, nil},
		{"China demanded that the Philippines withdraw its vessels from the Scarborough Shoal.",
			[]string{"CHN>PHL:1056"}, []string{"CHN>PHL:105"}},
		{"The U.N. Human Rights Council launched an inquiry into killings of protesters in Iran.",
			[]string{"IGOUNO>IRNOPP:092"}, []string{"IGOUNO>IRN:090"}},
		{"Sri Lankan police launched an investigation into the killing of a journalist.",
			nil, []string{"LKACOP>LKAMED:092"}},
		{"Russia rejected a U.N. request for humanitarian access to Mariupol.",
			[]string{"RUS>IGOUNO:1245"}, []string{"RUS>IGOUNO:120"}},
		{"Beijing rejected Washington's offer of talks on trade.",
			[]string{"CHN>USA:125"}, []string{"CHN>USA:1211"}},
		{"Israel rejected U.S. demands to scale back its offensive.",
			[]string{"ISR>USA:1246"}, []string{"ISR>USA:120"}},
		{"Police in Kenya shot dead three protesters.",
			[]string{"KENCOP>KENOPP:175"}, []string{"KENCOP>KENOPP:193"}},
		{"Iran threatened to strike Israel if it attacked its nuclear sites.",
			[]string{"IRN>ISR:1384"}, []string{"IRN>ISR:138"}},
		{"Moscow warned NATO that it could use nuclear weapons.",
			[]string{"RUS>IGOWSTNAT:1385"}, []string{"RUS>IGOWSTNAT:130"}},
		{"The United States warned Russia against using nuclear weapons in Ukraine.",
			[]string{"USA>RUS:130"}, []string{"USA>RUS:1385"}},
		{"Spain extradited a Russian hacker to the United States.",
			[]string{"ESP>USA:063"}, []string{"ESP>RUSCRM:063"}},
		{"Moscow rejected Turkey's offer to mediate.",
			[]string{"RUS>TUR:126"}, nil},
		// second probe set (probes/ensub_b1b.tsv)
		{"Prosecutors charged Brazil's former president Jair Bolsonaro with plotting a coup.",
			[]string{"BRAJUD>BRAELI:173"}, []string{"BRAJUD>BRAELI:111"}}, // actors round 9: prosecutors take the one country named (actor/sole_fr.go, English)
		{"Panama rejected U.S. demands to hand over control of the canal.",
			[]string{"PAN>USA:1243"}, []string{"PAN>USA:120"}},
		{"Kenyan police warned protesters of a harsh crackdown.",
			[]string{"KENCOP>KENOPP:137"}, []string{"KENCOP>KENOPP:130"}},
		{"Turkey suspended trade with Israel.",
			[]string{"TUR>ISR:163"}, nil},
		{"The Houthis ended their naval blockade of the Red Sea.",
			nil, []string{"YEMREB>YEMMIL:087"}},
	})
}
