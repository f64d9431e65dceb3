package coder

import (
	"testing"
)

// TestEnglishParallelGaps: English causes of exact misses on the parallel
// wire set (testdata/wire_parallel.jsonl, dev pairs); one constructed
// sentence per rule (not a sentence of the set), with fixture actors
// (3-letter codes are countries, 6-letter ones agents, longer ones groups),
// the events it must give and the ones it must not.
func TestEnglishParallelGaps(t *testing.T) {
	runGapCases(t, "en", true, []gapCase{
		// a nationality before "and" shares the noun of the next agent
		{"Indian and Pakistani troops exchanged fire along the border.",
			[]string{"Indian=IND", "Pakistani troops=PAKMIL"}, []string{"INDMIL>PAKMIL:193"}, []string{"IND>PAKMIL:193"}},
		{"The Greek and Turkish foreign ministers met in Ankara.",
			[]string{"Greek=GRC", "Turkish foreign ministers=TURGOV"}, []string{"GRCGOV>TURGOV:040", "TURGOV>GRCGOV:040"}, nil},
		// coordinated subjects do not condemn each other
		{"Italy and Spain condemned the detention of the journalist.",
			[]string{"Italy=ITA", "Spain=ESP"}, nil, []string{"ITA>ESP:111", "ESP>ITA:111"}},
		// but they agree, meet and fight with each other
		{"Jordan and Britain agreed to strengthen cooperation.",
			[]string{"Jordan=JOR", "Britain=GBR"}, []string{"JOR>GBR:030", "GBR>JOR:030"}, nil},
		// the addressee of "call on X to ..." is the target of the complement's code
		{"The opposition called on President Ruto to step down.",
			[]string{"The opposition=KENOPP", "President Ruto=KENGOV"}, []string{"KENOPP>KENGOV:0241"}, nil},
		// sub-codes by object: weapons asked (0232), formal recognition (054),
		// sanctions threatened (1312), development aid suspended (1621),
		// an agency allowed to visit (086)
		{"Armenia appealed to France for air defence systems.",
			[]string{"Armenia=ARM", "France=FRA"}, []string{"ARM>FRA:0232"}, nil},
		{"Norway formally recognised the State of Palestine.",
			[]string{"Norway=NOR", "State of Palestine=PSE"}, []string{"NOR>PSE:054"}, []string{"NOR>PSE:051"}},
		{"Washington threatened Caracas with new sanctions.",
			[]string{"Washington=USA", "Caracas=VEN"}, []string{"USA>VEN:1312"}, nil},
		{"France suspended its development aid to Mali.",
			[]string{"France=FRA", "Mali=MLI"}, []string{"FRA>MLI:1621"}, nil},
		{"Russia allowed the inspectors of the IAEA to visit the plant.",
			[]string{"Russia=RUS", "IAEA=IGOUNOIEA"}, []string{"RUS>IGOUNOIEA:086"}, nil},
		// demands: stop attacks or order a mission out (1056), pay reparations (1011)
		{"The UN demanded that the rebels stop their attacks on civilians.",
			[]string{"The UN=IGOUNO", "the rebels=SDNREB"}, []string{"IGOUNO>SDNREB:1056"}, []string{"IGOUNO>SDNREB:100"}},
		{"The junta ordered the withdrawal of the French troops.",
			[]string{"The junta=NERGOV", "French troops=FRAMIL"}, []string{"NERGOV>FRAMIL:1056"}, nil},
		{"Athens demanded that Germany pay reparations.",
			[]string{"Athens=GRC", "Germany=DEU"}, []string{"GRC>DEU:1011"}, nil},
		// military aid announced (072)
		{"Britain announced new military aid for Ukraine.",
			[]string{"Britain=GBR", "Ukraine=UKR"}, []string{"GBR>UKR:072"}, nil},
		// exchanging fire both ways (193)
		{"Indian soldiers exchanged fire with militants in Kashmir.",
			[]string{"Indian soldiers=INDMIL", "militants=INDREB"}, []string{"INDMIL>INDREB:193", "INDREB>INDMIL:193"}, nil},
		// executing a person (1823), not a plan
		{"The militia executed three prisoners.",
			[]string{"The militia=LBYMIL", "prisoners=LBYCVL"}, []string{"LBYMIL>LBYCVL:1823"}, nil},
		{"The government executed the plan of the IMF.",
			[]string{"The government=ARGGOV", "IMF=IGOUNOIMF"}, nil, []string{"ARGGOV>IGOUNOIMF:1823"}},
		// a partner after "with" is the other party of a coordinated subject
		{"Norway and Denmark signed a fishing agreement with Iceland.",
			[]string{"Norway=NOR", "Denmark=DNK", "Iceland=ISL"}, []string{"NOR>ISL:057", "ISL>NOR:057", "DNK>ISL:057", "ISL>DNK:057"}, []string{"NOR>DNK:057"}},
		// a former official of unknown country convicted by a court is the court's own
		{"A Madrid court convicted the former minister of fraud.",
			[]string{"A Madrid court=ESPJUD", "former minister=---ELI"}, []string{"ESPJUD>ESPELI:116"}, nil},
		// the nominal arrest with its agent (173)
		{"The arrest of the opposition leader by the police angered his supporters.",
			[]string{"opposition leader=UGAOPP", "the police=UGACOP"}, []string{"UGACOP>UGAOPP:173"}, nil},
		// troops massed along a border: the neighbour is the target (154)
		{"China massed troops along the Indian border.",
			[]string{"China=CHN", "troops=---MIL", "Indian=IND"}, []string{"CHN>IND:154"}, []string{"CHN>INDMIL:154"}},
		// warning that something means war, threatening with war (138)
		{"Russia warned Moldova that the move meant war.",
			[]string{"Russia=RUS", "Moldova=MDA"}, []string{"RUS>MDA:138"}, []string{"RUS>MDA:130"}},
		{"Turkey threatened Greece with war.",
			[]string{"Turkey=TUR", "Greece=GRC"}, []string{"TUR>GRC:138"}, nil},
		// an armed force of unknown country takes the country of the place
		{"Soldiers fired on protesters in Bamako.",
			[]string{"Soldiers=---MIL", "protesters=---OPP", "Bamako=MLI"}, []string{"MLIMIL>MLIOPP:175"}, nil}, // firing on protesters: repression (175)
		{"Militiamen attacked police officers in Kano.", // lead4: was "Gunmen" (an unnamed perpetrator is no source)
			[]string{"Militiamen=---UAF", "police officers=---COP", "Kano=NGA"}, []string{"NGAUAF>NGACOP:190"}, nil},
		// a participle between an -ing verb and a mention is an adjective
		{"HRW accused the army of beating arrested students.",
			[]string{"HRW=NGOHRI", "army=MMRMIL", "students=MMREDU"}, nil, []string{"MMRMIL>MMREDU:173"}},
		// a group's role noun gives the nationality before "and" its government
		{"Egyptian and Hezbollah officials met in Cairo.",
			[]string{"Egyptian=EGY", "Hezbollah officials=LBNREBHEZ"}, []string{"EGYGOV>LBNREBHEZ:040"}, []string{"EGY>LBNREBHEZ:040"}},
		// war crimes investigated "committed by X": X is the target (094)
		{"The UN opened an investigation into war crimes committed by Ethiopian troops.",
			[]string{"The UN=IGOUNO", "Ethiopian troops=ETHMIL"}, []string{"IGOUNO>ETHMIL:094"}, nil},
	})
}
