package coder

import "testing"

// Tests of the frprec2 precision round on real French news (fr_prec9.txt;
// sentences written for dyad after the causes a second judged sample of
// French bench news showed).

// TestFrprec9AvecPartner: coordinated subjects that conclude agreements
// "avec" a named non-actor partner are not each other's partners; with no
// "avec", or "avec" a means ("avec la médiation de"), they stay the parties.
func TestFrprec9AvecPartner(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les Emirats et Oman ont conclu des accords de défense avec les pays occidentaux.", nil, []string{"ARE>OMN:057", "OMN>ARE:057"}},
		{"fr", "Le Maroc et la Tunisie ont signé des accords de coopération avec plusieurs pays africains.", nil, []string{"MAR>TUN:057"}},
		{"fr", "La France et l'Allemagne ont conclu un accord de défense.", []string{"FRA>DEU:057", "DEU>FRA:057"}, nil},
		{"fr", "Moscou et Kiev ont signé un accord avec la médiation de la Turquie.", []string{"RUS>UKR:057", "UKR>RUS:057"}, nil},
	})
}

// TestFrprec9Question: a verb with an inverted subject pronoun in a
// sentence closed by a question mark is a question, no act; the statement
// stays.
func TestFrprec9Question(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "La Turquie fournira-t-elle des armes aux Arabes ?", nil, []string{"TUR>ARB:0332"}},
		{"fr", "Washington va-t-il sanctionner Pékin ?", nil, []string{"USA>CHN:1312"}},
		{"fr", "Washington va sanctionner Pékin.", []string{"USA>CHN:1312"}, nil},
	})
}

// TestFrprec9Possibility: "peut + infinitive" is a possibility, no act: its
// event is hypothetical (the pipeline drops it).
func TestFrprec9Possibility(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Dans un moment d'absence, l'armée française peut frapper la Syrie.", []string{"FRAMIL>SYR:190 hypothetical"}, nil},
		{"fr", "L'armée française a frappé la Syrie.", []string{"FRAMIL>SYR:190"}, []string{"FRAMIL>SYR:190 hypothetical"}},
	})
}

// TestFrprec9InvitePray: an invitation to pray or to assist at a sitting is
// no political appeal (020); an invitation to join an inquiry stays.
func TestFrprec9InvitePray(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Une religieuse somalienne a invité le pape et l'assemblée à prier pour les enfants.", nil, []string{"SOMREL>VATGOV:020"}},
		{"fr", "Le président provisoire invite les plus jeunes membres de l'assemblée à l'assister au bureau.", nil, []string{"---GOV>---LEG:020"}},
		{"fr", "L'Iran invite les Etats-Unis à participer à l'enquête.", []string{"IRN>USA:020"}, nil},
	})
}

// TestFrprec9PossessiveLeur: "leur" after a finite verb, or "leurs", is the
// possessive and the form after it a noun ("motivent leur demande"); the
// dative "ils leur demandent" is still a verb.
func TestFrprec9PossessiveLeur(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les députés motivent leur demande sur l'impulsion que le gouvernement a donnée aux travaux.", nil, []string{"---LEG>---GOV:020"}},
		{"fr", "Les députés demandent au gouvernement une évaluation des lois.", []string{"---LEG>---GOV:020"}, nil},
	})
}

// TestFrprec9Incitement: an incitement to murder names no killing (190);
// the murder told as done stays.
func TestFrprec9Incitement(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "M. Hervé, l'antimilitariste condamné pour excitation au meurtre des officiers par les soldats, réclame son inscription.", nil, []string{"---MIL>---MIL:190"}},
		{"fr", "Le meurtre du journaliste par des soldats russes a choqué.", []string{"RUSMIL>---MED:190"}, nil},
	})
}
