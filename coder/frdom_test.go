package coder

import "testing"

// TestFrDom codes invented French domestic-politics sentences of the frdom
// round (data/fr_frdom.txt, frdom.go; actor/data/frdom_fr.txt) and requires
// exactly the expected events: two parties or unions coded alike meeting,
// signing or appealing to each other; a barb thrown "à l'adresse de" after
// a closing quote; names called and labels given to a policy; a comma
// relative standing for a genitive or "avec" complement; a participle threat
// aimed at its main clause's target; rallies before a party's
// seat, rejected calls for resignation, demands to freeze a measure; and a
// one-sentence document naming one country.
func TestFrDom(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		// peers coded alike: a meeting, a signed deal, an appeal
		{"2016-03-03", "Le dirigeant du PSOE a rencontré jeudi le chef de Ciudadanos pour discuter d'un programme commun.", []string{"ESPPTY>ESPPTY:040"}},
		{"2020-01-07", "Le PNV et Bildu ont signé lundi un pré-accord sur le budget régional.", []string{"ESPPTY>ESPPTY:057"}},
		// a quote, its speaker inverted after the verb, the addressee after "à l'adresse de"
		{"2021-02-10", "« Vous n'avez rien compris au pays », a lancé le président du groupe LR à l'adresse du Premier ministre.", []string{"FRALEG>FRAGOV:111"}},
		// names called, a label for a policy, a comma relative on a genitive complement
		{"2019-10-02", "Le chef de Vox a traité le président du gouvernement de « fossoyeur de l'Espagne ».", []string{"ESPPTY>ESPGOV:111"}},
		{"2022-05-04", "La première secrétaire du PCF a qualifié la réforme du gouvernement de « naufrage social ».", []string{"FRAPTY>FRAGOV:111"}},
		{"2023-04-11", "Le chef du PAN a exigé la démission du ministre de l'Intérieur, qu'il a traité de « pantin » du président.", []string{"MEXPTY>MEXGOV:1041", "MEXPTY>MEXGOV:111"}},
		// a threat in a participle clause, aimed at the appeal's addressee
		{"2010-10-12", "La CFDT a appelé le gouvernement à retirer sa réforme, menaçant de paralyser les transports.", []string{"FRALAB>FRAGOV:0242", "FRALAB>FRAGOV:133"}},
		// prosecution, a rally before a party's seat, rejected calls for resignation
		{"2019-05-26", "Des centaines de manifestants se sont rassemblés devant le siège du Parti populaire à Madrid.", []string{"ESPOPP>ESPPTY:141"}},
		{"2020-06-09", "Le Premier ministre belge a rejeté les appels de la N-VA à sa démission.", []string{"BELGOV>BELPTY:1231"}},
		// one-sentence document, one country: its unions take it
		{"2015-10-08", "Les syndicats ont appelé à une grève générale contre le gouvernement grec.", []string{"GRCLAB>GRCGOV:143"}},
	})
}

// TestFrDomNot: readings the frdom rules must not give: a resignation
// handed to the head of state is no yielding (0831); the victim of an act
// ("contre l'assassinat du maire") is not the target of a protest; the act
// charged in an accusation ("accusé de « séquestrer » les salariés") is no
// event of its own; two ministers of one government meeting stay internal
// business.
func TestFrDomNot(t *testing.T) {
	checkWireNot(t, []notCase{
		{"2014-08-25", "Le Premier ministre français a remis la démission de son gouvernement au président de la République.", "FRAGOV>FRAGOV:0831"},
		{"2019-01-15", "La FGTB a appelé à une grève pour protester contre l'assassinat du bourgmestre de Gand.", "BELLAB>BELGOV:143"},
		{"2016-06-14", "Le ministre de l'Économie a accusé la CGT de « séquestrer » les salariés de l'usine.", "FRALAB>FRALAB:181"},
		{"2016-06-14", "Le ministre de l'Économie a accusé la CGT de « séquestrer » les salariés de l'usine.", "FRALAB>FRACVL:181"},
		{"2017-09-05", "Le Premier ministre s'est entretenu avec le ministre de l'Intérieur à Matignon.", "FRAGOV>FRAGOV:040"},
	})
}
