package coder

import "testing"

// Tests of the prec5 precision round on real French news (sentences written
// for dyad after the causes a judged sample of bench news showed).

// TestPrec5DefendThing: defending a currency, a title or the colours of a
// country is no verbal defence of an actor (052); defending a person stays.
func TestPrec5DefendThing(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Des fuites de capitaux obligèrent la banque centrale à défendre sa monnaie en relevant ses taux, le ministre des finances, M. Durand, devant intervenir.", nil, []string{"---GOVBUS>---GOV:052"}},
		{"fr", "Le Parti socialiste défend les couleurs de la France face à l'Italie.", nil, []string{"FRAPTY>FRA:052"}},
		{"fr", "Le préfet a défendu le général Dupont.", []string{"---GOV>---MIL:052"}, nil},
	})
}

// TestPrec5PrivateKilling: a private person killing a relative, a servant or
// a neighbour (crime news) is no use of force towards the place (190); a
// killing by an army or of a policeman stays.
func TestPrec5PrivateKilling(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Un Belge tue une voisine à Lille.", nil, []string{"BEL>FRA:190"}},
		{"fr", "Un Espagnol tue sa femme à Bordeaux.", nil, []string{"ESP>FRA:190"}},
		{"fr", "Un Portugais en tue un autre à Lille.", nil, []string{"PRT>FRA:190"}},
		{"fr", "L'armée israélienne a tué deux Palestiniens à Gaza.", []string{"ISRMIL>PSECVL:190"}, nil},
		{"fr", "Un Marocain tue un policier à Lille.", []string{"MAR>FRACOP:190"}, nil},
	})
}

// TestPrec5EnArriver: "en être arrivé à + infinitive" (to come to doing) is
// no travel (042); arriving in a capital stays a visit.
func TestPrec5EnArriver(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les socialistes en étaient arrivés, n'en déplaise à Martine Aubry, à encourager le dégraissage.", nil, []string{"FRAPTY>FRAPTY:042"}},
		{"fr", "Le ministre est arrivé à Alger.", []string{"---GOV>DZA:042"}, nil},
	})
}

// TestPrec5PronounNumber: "il" does not stand for a plural common noun of an
// earlier sentence, nor "ils" for a singular one; "ils" for a plural one
// still does.
func TestPrec5PronounNumber(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les ouvriers de l'usine ont manifesté. Le député ne va pas jusque-là, mais il demande au Conseil d'Etat de tout faire pour préserver les emplois.", nil, []string{"---LAB>---GOV:020"}},
		{"fr", "Le syndicat a manifesté. Ils demandent au Conseil d'Etat de tout faire pour préserver les emplois.", nil, []string{"---LAB>---GOV:020"}},
		{"fr", "Les ouvriers de l'usine ont manifesté. Ils demandent au Conseil d'Etat de tout faire pour préserver les emplois.", []string{"---LAB>---GOV:020"}, nil},
	})
}

// TestPrec5ParticipleNumber: a reduced -er participle qualifies the noun
// before it only when their numbers agree ("des douanes demandée" is the
// request, not the customs); agreeing ones keep their target.
func TestPrec5ParticipleNumber(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "La commission rejette la demande de communication d'un rapport des douanes demandée par les juges Dupont et Martin.", nil, []string{"---JUD>---GOV:020"}},
		{"fr", "Les manifestants arrêtés par la police ont été libérés.", []string{"---COP>---OPP:173"}, nil},
		{"fr", "Le manifestant arrêté par la police a été libéré.", []string{"---COP>---OPP:173"}, nil},
	})
}

// TestPrec5Impersonal: an infinitive governed by an impersonal "il faut",
// "il s'agit de", "il est temps de" states a necessity, no act, and "il" is
// nobody: its event is hypothetical (the pipeline drops it); a decision of
// the previous subject stays asserted.
func TestPrec5Impersonal(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le ministre français est arrivé à Kiev. Il s'agit de soutenir l'Ukraine.", []string{"FRAGOV>UKR:042", "FRAGOV>UKR:051 hypothetical"}, nil},
		{"fr", "Le ministre français est arrivé à Kiev. Il est temps de critiquer la Russie.", []string{"FRAGOV>RUS:111 hypothetical"}, nil},
		{"fr", "Madame la Présidente, il faut offrir à la Commission une aide financière.", []string{"---GOV>IGOEUREEC:0331 hypothetical"}, nil},
		{"fr", "Le ministre français est arrivé à Kiev. Il a décidé d'aider l'Ukraine.", []string{"FRAGOV>UKR:033"}, nil},
	})
}
