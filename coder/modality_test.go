package coder

import "testing"

// TestModalitySetTo checks the `futureset` cue (en_lex.txt, modality
// round): "is set to visit" announces the act as "is slated to" does
// (intent 036, future mode), while "set" as a plain verb stays an act.
func TestModalitySetTo(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "The Indian prime minister is set to visit Ukraine in August.", []string{"INDGOV>UKR:036"}, []string{"INDGOV>UKR:042"}},
		{"en", "Israel is set to launch an offensive against Hamas.", []string{"ISR>PSEREBHMS:1384"}, []string{"ISR>PSEREBHMS:190"}},
		{"en", "The Chinese premier was set to meet the Japanese prime minister on Friday.", []string{"CHNGOV>JPNGOV:036"}, []string{"CHNGOV>JPNGOV:040"}},
		// controls: "set" without a be-form and "to" + verb
		{"en", "Protesters set fire to the French embassy in Niamey.", nil, []string{"NEROPP>FRA:036"}},
		{"en", "The French president will visit Algeria next week.", []string{"FRAGOV>DZA:036"}, nil},
	})
}

// TestModalityDeniedBareClause checks a verb of denial followed by a
// clause without "that" ("denied it had sent troops"): the act of the
// clause is not asserted and the denial is 016 aimed at the act's target,
// as with "denied that it had sent" and "denied sending".
func TestModalityDeniedBareClause(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Ethiopia denied it had sent troops into Eritrea.", []string{"ETH>ERI:016"}, []string{"ETH>ERI:154", "ETH>ETHMIL:120"}},
		{"en", "Rwanda denied its forces had attacked Congolese soldiers.", []string{"RWA>CODMIL:016"}, []string{"RWAMIL>CODMIL:190", "RWA>CODMIL:190", "RWA>RWAMIL:016"}},
		// controls: with "that", the gerund, and an asserted act after "denied ... and"
		{"en", "Ethiopia denied that it had sent troops into Eritrea.", []string{"ETH>ERI:016"}, []string{"ETH>ERI:154"}},
		{"en", "Ethiopia sent troops into Eritrea.", []string{"ETH>ERI:154"}, nil},
		{"en", "Iran denied U.S. accusations that it had supplied ballistic missiles to Russia.", []string{"IRN>USA:016"}, []string{"IRN>RUS:016"}},
	})
}

// TestModalityConditional checks a conditional with its condition after
// it or before it: "would" (`condmodal`) and the French conditional are
// hypothetical (kept here with their mode, dropped by dyad code) when the sentence holds « si », "if", "unless",
// « à moins que », « à condition que » (`condconj`), and the verb of the
// « à condition que » clause is no event; said by the actor ("warned it
// would cut ties if …") the threat stays coded.
func TestModalityConditional(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Russia would attack Poland unless NATO withdrew its troops, analysts said.", []string{"RUS>POL:190 hypothetical"}, []string{"RUS>POL:1384 future"}},
		{"en", "The Sudanese army would negotiate with the RSF if attacks stopped.", nil, []string{"SDNMIL>SDNREB:036 future"}},
		{"en", "If elected, Trump would impose tariffs on China.", nil, []string{"USAGOV>CHN:1312 future"}},
		{"fr", "La Russie attaquerait la Pologne à moins que l'OTAN ne retire ses troupes, selon des analystes.", []string{"RUS>POL:190 hypothetical"}, []string{"RUS>POL:190 reported"}},
		{"fr", "L'Iran livrerait des missiles à la Russie à condition que Moscou lui fournisse des avions.", []string{"IRN>RUS:072 hypothetical", "RUS>IRN:072 hypothetical"}, []string{"IRN>RUS:072 reported"}},
		{"fr", "L'armée soudanaise négocierait avec les FSR si les attaques cessaient.", []string{"SDNMIL>SDNREB:046 hypothetical"}, []string{"SDNMIL>SDNREB:046 reported"}},
		// controls: said by the actor, reported without a condition, plain future
		{"en", "Russia warned it would cut diplomatic ties with Moldova if Chisinau expelled more diplomats.", []string{"RUS>MDA:1313"}, nil},
		{"fr", "L'Égypte aurait livré des armes à l'armée soudanaise.", []string{"EGY>SDNMIL:072"}, nil},
		{"en", "The Chinese foreign minister will travel to Moscow next week.", []string{"CHNGOV>RUS:036"}, nil},
	})
}

// TestModalityIsTo checks `futurebe`: "is to visit" right after its
// subject announces a scheduled act (036), as "is due to visit".
func TestModalityIsTo(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "The German chancellor is to visit China next month.", []string{"DEUGOV>CHN:036"}, []string{"DEUGOV>CHN:042"}},
		// control: an act
		{"en", "The German chancellor visited China last month.", []string{"DEUGOV>CHN:042"}, nil},
	})
}
