package coder

import "testing"

// Tests of the prec2 precision round on real French news (sentences written
// for dyad after the cases the bench review found).

// TestPrec2Named: "s'appeler" is being named, no appeal (020); the appeal
// itself stays.
func TestPrec2Named(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les syndicats ont appelé le gouvernement français à négocier.", []string{"FRALAB>FRAGOV:026"}, nil}, // an appeal to negotiate, CAMEO 026 (frwire2); the sentence's one country reaches the unions (frdom)
	})
	c, kb := realStages(t)
	for _, txt := range []string{
		"Il s'appelait M. Candeleux, et était juge d'instruction au tribunal de Paris.",
		"Le ministre français s'appelait Jean Dupont et travaillait au tribunal de Paris.",
	} {
		for _, e := range codeReal(t, c, kb, "fr", txt).Events {
			if e.Code == "020" {
				t.Errorf("%s: s'appeler coded as an appeal: %+v", txt, e)
			}
		}
	}
}

// TestPrec2Envisager: considering an action is 014 (one-sided); "envisager"
// with a thing or an actor as object is none.
func TestPrec2Envisager(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les autorités japonaises envisagent de réviser le quota.", []string{"JPNGOV>:014"}, nil},
		{"fr", "Le groupe pétrolier français envisage avec confiance son avenir au Nigeria.", nil, []string{"FRABUS>NGA:014", "FRA>NGA:014"}},
		{"fr", "Après avoir exposé l'objectif de la BCE, envisageons les forces qui risquent de la faire changer de cap.", nil, []string{"IGOEUREEC>---MIL:014"}},
	})
}

// TestPrec2InviteParticipate: inviting to take part is a meeting (036) only
// in talks or a summit; otherwise an appeal (020).
func TestPrec2InviteParticipate(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "L'Iran invite les Etats-Unis à participer à l'enquête.", []string{"IRN>USA:020"}, []string{"IRN>USA:036"}},
		{"fr", "L'Iran invite les Etats-Unis à participer aux négociations.", []string{"IRN>USA:036"}, nil},
		{"fr", "L'Iran invite les Etats-Unis à venir à Téhéran.", []string{"IRN>USA:036"}, nil},
	})
}

// TestPrec2LetterReceived: a telegram or letter received is no visit (042/043),
// with words between the verb and the letter; a named sender stays 040.
func TestPrec2LetterReceived(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le roi a reçu entre autres un télégramme de félicitations du Conseil fédéral suisse.", nil, []string{"---GOV>CHE:043", "CHE>---GOV:042"}},
		{"fr", "Le roi a reçu un télégramme de la reine d'Angleterre.", []string{"GBRGOV>---GOV:040"}, []string{"---GOV>GBRGOV:043"}},
		{"fr", "Le Premier ministre a reçu le président du Mali.", []string{"---GOV>MLIGOV:043"}, nil},
	})
}

// TestPrec2NoNegotiation: a "dialogue de sourds" is no negotiation, and a
// meeting that a fact foreshadows ("laissait présager") has not taken place.
func TestPrec2NoNegotiation(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Guerre larvée, dialogue de sourds entre Gorbatchev et les Lituaniens.", nil, []string{"RUSGOV>LTU:046", "LTU>RUSGOV:046"}},
		{"fr", "Le dialogue entre le gouvernement malien et les rebelles a repris.", []string{"MLIGOV>MLIREB:046"}, nil},
		{"fr", "British Airways anticipe le refus que laissait présager la rencontre entre le président américain et le premier ministre britannique.", nil, []string{"USAGOV>GBRGOV:040"}},
		{"fr", "La rencontre entre le président américain et le premier ministre britannique a eu lieu lundi.", []string{"USAGOV>GBRGOV:040"}, nil},
	})
}

// TestPrec2PresupposedInCondition: a nominal event a participle says took
// place is presupposed by a condition clause (asserted); one that the
// condition is about stays hypothetical.
func TestPrec2PresupposedInCondition(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Si l'accord conclu en juillet entre la Russie et l'Ukraine est respecté, la guerre cessera.", []string{"RUS>UKR:057", "UKR>RUS:057"}, []string{"RUS>UKR:057 hypothetical"}},
		{"fr", "Si une rencontre entre le président malien et le président français a lieu, la crise cessera.", []string{"MLIGOV>FRAGOV:040 hypothetical"}, nil},
	})
}

// TestPrec2CausativePurpose: the complement of a causative infinitive of
// purpose ("pour forcer X à rendre") has not taken place.
func TestPrec2CausativePurpose(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les insurgés ont pris la ville pour forcer le Kremlin à rendre à l'Azerbaïdjan le contrôle du Karabakh.", nil, []string{"RUSGOV>AZE:0874"}},
		{"fr", "Le Kremlin a rendu à l'Azerbaïdjan le contrôle du Karabakh.", []string{"RUSGOV>AZE:0874"}, nil},
	})
}

// TestPrec2NotMutual: coordinated sources of a mutual-root act aimed at
// something named after the slot's preposition are not acting on each
// other; a pattern written with "s'" is reflexive like one with "se".
func TestPrec2NotMutual(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Ni l'Autriche, ni la France ne feraient le moindre effort pour s'opposer aux vues de la Russie.", nil, []string{"AUT>FRA:110", "FRA>AUT:110"}},
		{"fr", "La France et l'Allemagne s'opposent au projet russe.", nil, []string{"FRA>DEU:110", "DEU>FRA:110"}},
		{"fr", "La France et l'Allemagne s'opposent sur le budget.", []string{"FRA>DEU:110", "DEU>FRA:110"}, nil},
		{"fr", "La France et l'Allemagne ont signé un accord.", []string{"FRA>DEU:057", "DEU>FRA:057"}, nil},
	})
}

// TestPrec2ProposalInfinitive: an infinitive completing a proposal, offer or
// motion noun has not taken place; the verb of proposing still codes.
func TestPrec2ProposalInfinitive(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "La Douma a discuté la motion d'envoyer une adresse au général russe.", nil, []string{"RUSLEG>RUSMIL:040", "---GOV>RUSMIL:040", "RUS>RUSMIL:040"}},
		{"fr", "Le Mali a fait une offre de rencontrer le président français.", nil, []string{"MLI>FRAGOV:040"}},
		{"fr", "La Russie a proposé de négocier avec l'Ukraine.", []string{"RUS>UKR:036"}, nil},
	})
}

// TestPrec2Forbid: forbidding someone to do something is 172; 1721 when
// what is forbidden is a political freedom.
func TestPrec2Forbid(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le gouvernement chinois a interdit à la municipalité de Canton de faire appel à des sociétés françaises.", []string{"CHNGOV>---GOV:172"}, []string{"CHNGOV>---GOV:1721"}},
		{"fr", "Le gouvernement a interdit aux opposants de manifester.", []string{"---GOV>---OPP:1721"}, nil},
	})
}

// TestPrec2AboutTo: "allait" + infinitive outside a reported clause is an
// act about to happen in a narrative (hypothetical), no announced threat;
// in what someone says it stays an intent.
func TestPrec2AboutTo(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Au moment où l'étudiant allait tirer sur la reine d'Espagne, il fut arrêté.", []string{"ESPEDU>ESPGOV:193 hypothetical"}, []string{"ESPEDU>ESPGOV:1384 future"}}, // the sentence's one country reaches the student (frdom)
		{"fr", "Un conseiller a indiqué que l'Autorité palestinienne allait demander une réunion urgente du Conseil de sécurité de l'ONU.", []string{"PSEGOV>IGOUNO:020 future"}, nil},
	})
}

// TestPrec2ExpectedFar: a nominal event introduced by "à" that completes
// "s'attendre" farther away (across a comma) is expected, not an event; the
// same noun after another verb stays.
func TestPrec2ExpectedFar(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "On peut s'attendre dans un proche avenir à des rencontres de haut niveau, y compris à une visite à Moscou du premier ministre chinois.", nil, []string{"CHNGOV>RUS:042"}},
		{"fr", "La Chine s'attendait à cela, et le Japon a procédé à une visite en Inde.", []string{"JPN>IND:042"}, nil},
	})
}

// TestPrec2CaptivesNotOfPlace: prisoners taken somewhere are not of that
// place's country; other targets of unknown country still are.
func TestPrec2CaptivesNotOfPlace(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Pendant la nuit, les troupes britanniques ont exécuté un raid à l'est d'Arras et capturé quelques prisonniers.", []string{"GBRMIL>---CVL:173"}, []string{"GBRMIL>FRACVL:173"}},
		{"fr", "La police a arrêté trois manifestants à Paris.", []string{"FRACOP>FRAOPP:173"}, nil},
	})
}

// TestPrec2FightAlongside: fighting alongside someone is military
// cooperation (062), not a fight against them (190).
func TestPrec2FightAlongside(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les combattants étrangers combattent aux côtés des rebelles syriens.", []string{"---REB>SYRREB:062"}, []string{"---REB>SYRREB:190"}},
	})
}
