package coder

import "testing"

// TestFrpat2Patterns: the French pattern follow-ups and precision fixes of
// the frpat2 round (2026-11-26), on sentences invented in the style of news
// copy with fixture actors: the events expected, and false senses read on
// the French bench news (a raid "executed", approval sought and not
// obtained, a school before which people demonstrate, a case officer, a
// doctor's care sought, SMS received) giving no event.
func TestFrpat2Patterns(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		// follow-ups: torture by X against Y, passive dispersal of any group,
		// appeals to stop the violence, weapons claimed, calls received
		{"fr", "Des actes de torture par la police égyptienne contre des manifestants ont été rapportés.",
			[]string{"police égyptienne=EGYCOP", "manifestants=EGYOPP"}, []string{"EGYCOP>EGYOPP:1822"}},
		{"fr", "Les étudiants ont été dispersés par la police turque devant l'université.",
			[]string{"étudiants=TUREDU", "police turque=TURCOP"}, []string{"TURCOP>TUREDU:175"}},
		{"fr", "La police a dispersé les militants écologistes à coups de gaz lacrymogène.",
			[]string{"La police=FRACOP", "militants écologistes=FRAENV"}, []string{"FRACOP>FRAENV:175"}},
		{"fr", "Le président américain a appelé la Russie à cesser les violences en Ukraine.",
			[]string{"Le président américain=USAGOV", "la Russie=RUS", "Ukraine=UKR@"}, []string{"USAGOV>RUS:0256"}},
		{"fr", "Le secrétaire général a exhorté Israël à mettre fin aux bombardements sur Gaza.",
			[]string{"Le secrétaire général=IGOUNO", "Israël=ISR", "Gaza=PSE@"}, []string{"IGOUNO>ISR:0256"}},
		{"fr", "Kiev a réclamé des armes à l'Allemagne.",
			[]string{"Kiev=UKR", "l'Allemagne=DEU"}, []string{"UKR>DEU:1032"}},
		{"fr", "Le gouvernement ukrainien réclame à Berlin des chars lourds.",
			[]string{"Le gouvernement ukrainien=UKRGOV", "Berlin=DEU"}, []string{"UKRGOV>DEU:1032"}},
		{"fr", "Le président ukrainien a reçu un appel du président américain.",
			[]string{"Le président ukrainien=UKRGOV", "président américain=USAGOV"}, []string{"USAGOV>UKRGOV:041"}},
		{"fr", "Le chancelier a reçu un coup de fil du président russe.",
			[]string{"Le chancelier=DEUGOV", "président russe=RUSGOV"}, []string{"RUSGOV>DEUGOV:041", "DEUGOV>RUSGOV:041"}}, // a call is reciprocal 041 (lexfr, as en_dyad.txt's "received a call from")
		{"fr", "L'entrée en guerre de l'Italie contre l'Autriche-Hongrie date de mai 1915.",
			[]string{"l'Italie=ITA", "l'Autriche-Hongrie=AUT"}, []string{"ITA>AUT:190"}},
		{"fr", "Les négociations de paix entre le gouvernement colombien et les rebelles ont été suspendues lundi.",
			[]string{"le gouvernement colombien=COLGOV", "les rebelles=COLREB"}, nil},
		{"fr", "Le président français effectuera une visite officielle en Algérie.",
			[]string{"Le président français=FRAGOV", "Algérie=DZA@"}, []string{"FRAGOV>DZA:036 future"}},
		{"fr", "Le secrétaire général de l'ONU a appelé la Syrie à laisser entrer les observateurs.",
			[]string{"Le secrétaire général de l'ONU=IGOUNO", "la Syrie=SYR"}, []string{"IGOUNO>SYR:0255"}},
		{"fr", "L'Union européenne a sollicité Minsk pour l'envoi d'observateurs.",
			[]string{"L'Union européenne=IGOEUREEC", "Minsk=BLR"}, []string{"IGOEUREEC>BLR:0255"}},
		{"fr", "Amnesty dénonce la torture pratiquée par l'armée syrienne à l'encontre des opposants.",
			[]string{"Amnesty=NGOHRIAMN", "l'armée syrienne=SYRMIL", "opposants=SYROPP"}, []string{"NGOHRIAMN>SYRMIL:1122", "SYRMIL>SYROPP:1822"}},
		{"fr", "Human Rights Watch a dénoncé les exactions commises par la police contre les manifestants.",
			[]string{"Human Rights Watch=NGOHRI", "la police=EGYCOP", "manifestants=EGYOPP"}, []string{"NGOHRI>EGYCOP:1122"}},
		// kept: approval obtained, demonstrating before an embassy, an insult
		{"fr", "Le gouvernement grec a obtenu l'aval de la Commission européenne.",
			[]string{"Le gouvernement grec=GRCGOV", "la Commission européenne=IGOEUREEC"}, []string{"IGOEUREEC>GRCGOV:051"}},
		{"fr", "Erdogan a traité le président français de fasciste.",
			[]string{"Erdogan=TURGOV", "président français=FRAGOV"}, []string{"TURGOV>FRAGOV:111"}},
		{"fr", "Les rebelles ont exécuté deux soldats.",
			[]string{"Les rebelles=MLIREB", "soldats=MLIMIL"}, []string{"MLIREB>MLIMIL:1823"}},
		// false senses: no event
		{"fr", "Dans la nuit, les troupes britanniques ont exécuté un raid à l'est d'Arras.",
			[]string{"troupes britanniques=GBRMIL", "Arras=FRA@"}, nil},
		{"fr", "Le groupe a décidé de revoir son offre pour obtenir l'aval de l'administration américaine.",
			[]string{"Le groupe=FRABUS", "l'administration américaine=USAGOV"}, nil},
		{"fr", "Les opposants à la réforme ont manifesté devant le lycée Jean-Moulin.",
			[]string{"opposants=FRAOPP", "lycée Jean-Moulin=FRAEDU"}, nil},
		{"fr", "Des grévistes bloquent les entrées du lycée Michelet.",
			[]string{"grévistes=FRALAB", "lycée Michelet=FRAEDU"}, nil},
		{"fr", "Son officier traitant chez Elf a contesté la réalité de l'intervention du réseau.",
			[]string{"officier=FRAMIL", "Elf=FRABUS"}, nil},
		{"fr", "Le gouvernement a étranglé financièrement la chaîne.",
			[]string{"Le gouvernement=FRAGOV", "la chaîne=FRAMED"}, nil},
		{"fr", "Souffrant, le député décida de solliciter les soins d'un médecin.",
			[]string{"le député=FRALEG", "médecin=FRAHLH"}, nil},
		{"fr", "Le président effectuera jeudi un déplacement de campagne à Toulouse.",
			[]string{"Le président=FRAGOV", "Toulouse=FRA@"}, nil},
		{"fr", "La maire de la ville réclame des renforts de police après les violences.",
			[]string{"La maire=FRAGOV", "police=FRACOP"}, nil},
		{"fr", "Des Américains reçoivent de faux SMS les appelant à combattre l'Iran.",
			[]string{"Américains=USA", "l'Iran=IRN"}, nil},
	}, true)
}
