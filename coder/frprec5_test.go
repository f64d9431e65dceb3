package coder

import "testing"

// TestFrprec5Classes codes invented sentences for the classes of the
// frprec5 precision round (a judged random sample of French bench news,
// probes/frprec5_judged.txt): an apposition between dashes to a
// preposition's noun, a body whose creation is asked for, a duty ("chargé
// de"), a writer's guess ("on peut penser que"), an "adresse" sent, a
// union calling workers to strike, fighting beside a candidate. Cases that must still code are kept next
// to each class.
func TestFrprec5Classes(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// members of an apposition between dashes to a preposition's noun
		// are no subject
		{"fr", "2025-03-04", "Le créateur Luc Martin, renvoyé par ses associés - le groupe allemand Siemens et la banque HSBC - a demandé au tribunal de commerce une expertise.", nil},
		// (an apposition to the subject itself still names it)
		{"fr", "2025-03-04", "Deux pays - le Mali et le Niger - ont signé un accord de défense.", []string{"MLI>NER:057", "NER>MLI:057"}},
		// a body whose creation is asked for is no addressee
		{"fr", "2025-03-04", "Le président du Sénat a demandé la création d'une commission d'enquête sur les fraudes.", nil},
		{"fr", "2025-03-04", "Les syndicats réclament l'instauration d'un conseil national du travail.", nil},
		// (an addressee named keeps the appeal; praising a body created
		// keeps its target)
		{"fr", "2025-03-04", "Le Mali a demandé à l'ONU la création d'une force régionale.", []string{"MLI>IGOUNO:020"}},
		{"fr", "2025-03-04", "La Russie a salué la création d'un nouveau gouvernement au Liban.", []string{"RUS>LBNGOV:051"}},
		// a duty ("chargé de" + infinitive) is no act
		{"fr", "2025-03-04", "L'émissaire, qui est chargé, depuis le mois de mai, de faire pression sur les rebelles, a quitté Goma.", nil},
		{"fr", "2025-03-04", "Le ministre chargé de négocier avec le Hamas est arrivé au Caire.", []string{"---GOV>EGY:042"}},
		// (a duty beside an act: the act still codes)
		{"fr", "2025-03-04", "L'envoyé de l'ONU, chargé de superviser la trêve, a rencontré le président tchadien.", []string{"IGOUNO>TCDGOV:040", "TCDGOV>IGOUNO:040"}},
		// a future in the que-clause of "on" + a verb of thinking is the
		// writer's guess
		{"fr", "2025-03-04", "Si les prix montent, on peut penser que la Banque de France cédera aux pressions de l'Allemagne.", nil},
		{"fr", "2025-03-04", "On imagine que Pékin rejettera la proposition américaine.", nil},
		// (an actor's own future act still codes)
		{"fr", "2025-03-04", "La Russie a annoncé qu'elle rencontrera la Chine la semaine prochaine.", []string{"RUS>CHN:036"}},
		// an "adresse" sent is praise
		{"fr", "2025-03-04", "Le parlement polonais a envoyé une adresse au président ukrainien.", []string{"POLLEG>UKRGOV:051"}},
		// (a letter sent stays a contact)
		{"fr", "2025-03-04", "Le parlement polonais a envoyé une lettre au président ukrainien.", []string{"POLLEG>UKRGOV:040"}},
		// fighting beside a party figure, workers or civilians is no
		// military cooperation
		{"fr", "2025-03-04", "Le député se dit prêt à combattre aux côtés d'un candidat écologiste.", nil},
		{"fr", "2025-03-04", "Le syndicat a promis de lutter aux côtés des salariés de Renault.", nil},
		// (beside an army or a state it is)
		{"fr", "2025-03-04", "Les soldats tchadiens combattent aux côtés de l'armée malienne.", []string{"TCDMIL>MLIMIL:062"}},
		// a union calling workers to strike is no appeal to them
		{"fr", "2025-03-04", "La CGT a appelé, jeudi, les dockers à une grève de deux jours.", nil},
		// (a call to the government stays an appeal)
		{"fr", "2025-03-04", "La CGT a appelé le gouvernement à éviter une grève.", []string{"FRALAB>FRAGOV:020"}},
	})
}
