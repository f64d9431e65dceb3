package coder

import "testing"

// TestPrecisionTopicObject: a nominal event that is the object of a verb of
// talking about or expecting (`topicverb`) is no event of its own; the same
// noun as an occurrence stays coded (sentences written for dyad).
func TestPrecisionTopicObject(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le Mali refuse de discuter d'un retrait des soldats français.", nil, []string{"FRAMIL>MLI:0874", "---MIL>MLI:0874"}},
		{"fr", "Le Premier ministre a évoqué une éventuelle visite du président russe en Inde.", nil, []string{"RUSGOV>IND:042"}},
		{"fr", "Le président russe a effectué une visite en Inde.", []string{"RUSGOV>IND:042"}, nil},
		{"en", "India expects a visit by the Russian president next month.", nil, []string{"RUSGOV>IND:042"}},
	})
}

// TestPrecisionIntentImperfect: "entendaient" + infinitive states an intent
// (future cue): an attack announced is a threat, not an attack.
func TestPrecisionIntentImperfect(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les talibans entendaient poursuivre les attentats contre Kaboul.", []string{"AFGGOV>AFG:1383"}, []string{"AFGGOV>AFG:1831"}},
	})
}

// TestPrecisionCondition: a condition clause ends at the comma after its
// verb, "s'il" opens one, and "même si" / "even if" concede a fact; with
// DropConditions the verb of a condition clause is no event (sentences
// written for dyad).
func TestPrecisionCondition(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Si la Russie envahissait l'Ukraine, la France condamnerait la Russie.", []string{"RUS>UKR:192 hypothetical"}, nil},
		{"fr", "Si la ligne est française, le gouvernement égyptien a signé des contrats avec le Japon.", []string{"EGYGOV>JPN:061"}, []string{"EGYGOV>JPN:061 hypothetical"}},
		{"fr", "Le ministre a déclaré que s'il était élu, la France condamnerait la Russie.", []string{"FRA>RUS:111 hypothetical"}, []string{"FRA>RUS:111 future"}},
		{"fr", "Même si la Russie a critiqué l'Ukraine, elle a signé un accord avec Kiev.", []string{"RUS>UKR:111"}, []string{"RUS>UKR:111 hypothetical"}},
	})
	c, kb := realStages(t)
	c.DropConditions = true
	for _, tc := range []fixCase{
		{"fr", "Si la Russie envahissait l'Ukraine, la France condamnerait la Russie.", []string{"FRA>RUS:111 hypothetical"}, []string{"RUS>UKR:192"}},
		{"en", "If Russia invades Ukraine, France will condemn Moscow.", nil, []string{"RUS>UKR:192"}},
		{"fr", "Si l'accord conclu entre la Russie et l'Ukraine est respecté, la guerre cessera.", []string{"RUS>UKR:057"}, nil},
		{"fr", "Si la ligne est française, le gouvernement égyptien a signé des contrats avec le Japon.", []string{"EGYGOV>JPN:061"}, nil},
	} {
		a := codeReal(t, c, kb, tc.lang, tc.text)
		checkEvents(t, tc.text, a.Events, tc.want, tc.not)
	}
}

// TestPrecisionPurposeOfFuture: the purpose of a future verb is future even
// when a long actor name stands between them (a name counts as one word).
func TestPrecisionPurposeOfFuture(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le Pakistan va demander une réunion urgente du Conseil de sécurité de l'ONU pour dénoncer les massacres commis par l'armée indienne.",
			[]string{"PAK>INDMIL:111 future"}, nil},
	})
}

// TestPrecisionAdjectiveList: nationality adjectives listed with commas
// after an agent share its noun ("des enquêteurs américains, canadiens et
// français": CANCOP, FRACOP), as they do after "et".
func TestPrecisionAdjectiveList(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les ministres russe, chinois et iranien ont condamné Israël.",
			[]string{"RUSGOV>ISR:111", "CHNGOV>ISR:111", "IRNGOV>ISR:111"}, []string{"CHN>ISR:111", "IRN>ISR:111"}},
	})
}

// TestPrecisionPressStatement: a statement to the press (010 with a medium
// as target) is no event; a speech before a parliament stays one.
func TestPrecisionPressStatement(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le Premier ministre a prononcé un discours devant les journalistes.", nil, []string{"---GOV>---MED:010"}},
		{"fr", "Le Premier ministre a prononcé un discours devant l'Assemblée nationale.", []string{"---GOV>---LEG:010"}, nil},
	})
}

// TestPrecisionPlaceRetold: a use of force whose only target is a place,
// by the source of another use of force with its own target, tells the same
// act again (one event).
func TestPrecisionPlaceRetold(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "A Taliban suicide bomber killed 12 Afghan soldiers when he blew himself up in Kabul.",
			[]string{"AFGGOV>AFGMIL:1831"}, []string{"AFGGOV>AFG:190"}},
	})
}

// TestPrecisionProposalObject: a nominal event that a proposal, offer or
// call is for (`proposalnoun`) has not taken place; the noun as an
// occurrence stays coded.
func TestPrecisionProposalObject(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "India rejected a renewed offer from Dhaka for talks between the two governments.", nil, []string{"IND>BGD:046", "BGD>IND:046"}},
		{"fr", "Les négociations directes entre le Pakistan et l'Inde ont repris.", []string{"PAK>IND:046", "IND>PAK:046"}, nil},
	})
}

// TestPrecisionUnrealPurpose: a material nominal event that is the purpose
// of a conditional or future verb has not taken place; after a past verb
// the nominal event stays.
func TestPrecisionUnrealPurpose(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le chancelier a déclaré qu'il n'autoriserait pas l'usage des bases en Allemagne pour une attaque des Etats-Unis contre l'Irak.", nil, []string{"USA>IRQ:190"}},
		{"fr", "Le chancelier a autorisé l'usage des bases en Allemagne pour une attaque des Etats-Unis contre l'Irak.", []string{"USA>IRQ:190"}, nil},
	})
}

// TestPrecisionWishClause: an event in the que-clause of a verb of hoping
// (`wishverb`) is hoped for, not asserted; a que-clause of a statement
// keeps its event.
func TestPrecisionWishClause(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le président a déclaré : « J'espère que l'accord entre Hanoï et Washington sera signé cette semaine ».", nil, []string{"VNM>USA:057", "USA>VNM:057"}},
		{"fr", "Le ministre espère que la France condamnera la Russie.", nil, []string{"FRA>RUS:111 future"}},
		{"fr", "Le ministre a annoncé que la France a condamné la Russie.", []string{"FRA>RUS:111"}, nil},
	})
}

// TestPrecisionSubjectVerbMode: a nominal event takes the mode of the verb
// it is the subject of (future: an intent, 03x).
func TestPrecisionSubjectVerbMode(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les négociations entre la France et l'Espagne reprendront lundi.", []string{"FRA>ESP:036 future"}, []string{"FRA>ESP:046"}},
		{"fr", "La rencontre entre Poutine et Macron aura lieu demain.", []string{"RUSGOV>FRAGOV:036 future"}, []string{"RUSGOV>FRAGOV:040"}},
		{"fr", "La rencontre entre Poutine et Macron a eu lieu hier.", []string{"RUSGOV>FRAGOV:040"}, nil},
		{"en", "The talks between Russia and Ukraine will resume on Monday.", []string{"RUS>UKR:036 future"}, []string{"RUS>UKR:046"}},
		{"en", "The talks between Russia and Ukraine resumed on Monday.", []string{"RUS>UKR:046"}, nil},
	})
}
