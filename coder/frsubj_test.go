package coder

import "testing"

// TestFrSubj: French subjects inside a complement, before an incise or
// after an approximation; past infinitives after a time; purpose and
// participle clauses (frsubj round). Each case is a sentence of our own.
func TestFrSubj(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		// 1. a member or part noun opening the subject stands for the
		// body in its complement (`quantity`)
		{"fr", "Des agents de la police serbe ont arrêté des militants kosovars.",
			[]string{"police serbe=SRBCOP", "militants kosovars=KSVOPP"},
			[]string{"SRBCOP>KSVOPP:173"}},
		{"fr", "L'aile radicale du Hamas a rejeté la trêve proposée par l'Egypte.",
			[]string{"Hamas=PSEREBHMS", "Egypte=EGY"},
			[]string{"PSEREBHMS>EGY:1246"}},
		{"fr", "Des groupes de l'opposition exigent que le président démissionne.",
			[]string{"opposition=SYROPP", "président=SYRGOV"},
			[]string{"SYROPP>SYRGOV:1041"}},
		// (a noun that is none of them: "la veuve de X" stays no subject)
		{"fr", "La veuve du militant exige que le président démissionne.",
			[]string{"militant=SYROPP", "président=SYRGOV"},
			[]string{"SYRGOV>:0831"}},
		// 2. the means opening the subject stand for their owner
		// (`meansnoun`)
		{"fr", "Des hélicoptères de l'OTAN ont bombardé le port.",
			[]string{"OTAN=IGONAT"},
			[]string{"IGONAT>:195"}},
		// 3. a quantity of a quantity ("des centaines de milliers de")
		{"fr", "Des dizaines de milliers de Serbes ont manifesté contre le gouvernement.",
			[]string{"Serbes=SRBCVL", "gouvernement=SRBGOV"},
			[]string{"SRBCVL>SRBGOV:141"}},
		// 4. "jusqu'à" before a number is an approximation
		// (`approxlead`, `approxprep`)
		{"fr", "Jusqu'à 500 Kurdes ont manifesté contre le gouvernement turc.",
			[]string{"Kurdes=TURCVL", "gouvernement turc=TURGOV"},
			[]string{"TURCVL>TURGOV:141"}},
		// (a plain "à" before a number stays a preposition)
		{"fr", "L'ONU a livré des vivres à 500 Kurdes.",
			[]string{"ONU=IGOUNO", "Kurdes=TURCVL"},
			[]string{"IGOUNO>TURCVL:073"}},
		// 5. a country adjective on the noun opening the clause, before
		// an incise opened by "dont"
		{"fr", "Des chars turcs, dont des blindés lourds, ont attaqué des villages kurdes.",
			[]string{"turcs=TURMIL", "villages kurdes=IRQ"},
			[]string{"TURMIL>IRQ:190"}},
	}, false)
}

// TestFrSubjClauses: past infinitives, purpose infinitives and
// participles through the real stages (times and actors).
func TestFrSubjClauses(t *testing.T) {
	checkFixCases(t, []fixCase{
		// 6. "a annoncé lundi avoir X": the past infinitive has the
		// governing verb's subject, and the governing verb's pattern words
		// do not reach past it
		{"fr", "L'Allemagne a annoncé lundi avoir suspendu son aide économique au Soudan.",
			[]string{"DEU>SDN:1621"}, []string{"DEU>SDN:033"}},
		{"fr", "Le Kenya a annoncé jeudi avoir versé des indemnités aux familles somaliennes.",
			[]string{"KEN>SOMCVL:080"}, nil},
		// 7. a purpose infinitive comes after the main clause's act and
		// takes no actor of the main clause's object when that clause has
		// no subject
		{"fr", "Ils ont bloqué les routes, défiant la police kenyane, pour réclamer des réformes.",
			nil, []string{"KENCOP>:104"}},
		// (after an article a verb form is a noun, not the main clause's
		// verb: "une grève ... pour exiger")
		{"fr", "Des étudiants kenyans ont entamé une grève pour exiger la démission du gouvernement kenyan.",
			[]string{"KENEDU>KENGOV:1041"}, nil},
		// 8. a participle qualifying a plain noun is not the subject's act
		{"fr", "Les manifestants tunisiens ont défilé après une réunion publique réclamant la démission du président Kais Saïed.",
			nil, []string{"TUNOPP>TUNGOV:1041"}},
		// 9. a long incise opened by a participle is skipped to the subject
		{"fr", "Le chef de l'armée soudanaise, condamné par la Cour pénale internationale pour les massacres commis contre des civils pendant les violences de l'an dernier dans les villages du Darfour contre les milices rebelles, va démissionner.",
			[]string{"SDNMIL>:0341"}, nil},
		// 10. a participle with its agent on an object mention is a
		// reduced relative: no event of its own; on a noun's complement
		// it may qualify the noun and keeps its passive
		{"fr", "La police a arrêté trois militants soupçonnés par les autorités d'avoir préparé un attentat.",
			[]string{"---COP>---OPP:173"}, []string{"---GOV>---OPP:112"}},
		{"fr", "Le Kenya a rejeté l'arbitrage du gouvernement français sollicité par la Somalie.",
			[]string{"SOM>FRAGOV:020"}, nil},
		// 11. a passive participle's match ends with its agent: the verb
		// of the clause after it is coded
		{"fr", "Des rebelles soutenus par le Rwanda ont attaqué Goma.",
			[]string{"RWA>---REB:051", "---REB>COD:190"}, nil},
		// (a document noun speaks for its author: "une résolution
		// condamnant X")
		{"fr", "Le Conseil de sécurité a adopté une résolution condamnant la Syrie.",
			[]string{"IGOUNO>SYR:111"}, nil},
	})
}

// TestFrSubjOrder: the main clause's act is the first event, the purpose
// infinitive's after it.
func TestFrSubjOrder(t *testing.T) {
	c, kb := realStages(t)
	a := codeReal(t, c, kb, "fr", "Des manifestants ont bloqué une route à Kaboul pour exprimer leur colère contre la politique des États-Unis.")
	if len(a.Events) < 2 || a.Events[0].Code != "144" {
		t.Errorf("want the blockade 144 first, got %v", evStrings(a.Events))
	}
}
