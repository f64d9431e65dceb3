package coder

import (
	"testing"
)

// TestFrenchStructure2: structure rules of the frstruct round
// (2026-11-26), found on the dev halves of the gold sets and on French
// bench news; each case is a sentence of our own. Mentions written
// "name=CODE@" are places (actor kind "country").
func TestFrenchStructure2(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		// "Des" opening the sentence is the article: the subject is the
		// whole coordination, and a reciprocal event goes both ways
		{"fr", "Des soldats marocains et tunisiens ont mené des exercices conjoints dans le désert.",
			[]string{"soldats marocains=MARMIL", "tunisiens=TUNMIL"},
			[]string{"MARMIL>TUNMIL:062", "TUNMIL>MARMIL:062"}},
		// (a comma before it too)
		{"fr", "Selon la radio, des soldats ghanéens et togolais ont mené des exercices conjoints.",
			[]string{"la radio=---MED", "soldats ghanéens=GHAMIL", "togolais=TGOMIL"},
			[]string{"GHAMIL>TGOMIL:062 reported", "TGOMIL>GHAMIL:062 reported"}},
		// a place noun with an adjective before the place's name
		{"fr", "Des avions russes ont bombardé un entrepôt dans la province syrienne d'Idleb.",
			[]string{"avions russes=RUSMIL", "Idleb=SYR@"},
			[]string{"RUSMIL>SYR:195"}},
		// a port is a place noun
		{"fr", "La marine égyptienne a imposé un blocus au port de Benghazi.",
			[]string{"La marine égyptienne=EGYMIL", "Benghazi=LBY@"},
			[]string{"EGYMIL>LBY:191"}},
		// a place inside the topic ("au sujet de") is not the event's: the
		// parliament of unknown country stays the speaker's own
		{"fr", "Le Premier ministre grec s'est adressé vendredi à l'Assemblée nationale au sujet de la guerre en Libye.",
			[]string{"Le Premier ministre grec=GRCGOV", "Assemblée nationale=---LEG", "Libye=LBY@"},
			[]string{"GRCGOV>GRCLEG:010"}},
		// (without the topic the place is the event's)
		{"fr", "Le Premier ministre grec s'est adressé vendredi à l'Assemblée nationale à Tripoli.",
			[]string{"Le Premier ministre grec=GRCGOV", "Assemblée nationale=---LEG", "Tripoli=LBY@"},
			[]string{"GRCGOV>LBYLEG:010"}},
		// "X et ceux de Y": the demonstrative stands for X's noun, Y is
		// the second member and takes X's sector when it is a country
		{"fr", "Les diplomates américains et ceux de la Russie ont entamé des négociations.",
			[]string{"diplomates américains=USAGOV", "Russie=RUS@"},
			[]string{"USAGOV>RUSGOV:046", "RUSGOV>USAGOV:046"}},
		{"fr", "Les émissaires soudanais et ceux du FSR ont repris des pourparlers.",
			[]string{"émissaires soudanais=SDNGOV", "FSR=SDNREB"},
			[]string{"SDNGOV>SDNREB:046", "SDNREB>SDNGOV:046"}},
		// the agent of a participle after the slot's noun ("sur les
		// crimes commis par X") is the slot's actor; after the object's
		// noun, the default target
		{"fr", "La Cour suprême a ouvert une enquête sur les incidents provoqués par la police haïtienne.",
			[]string{"La Cour suprême=---JUD", "la police haïtienne=HTICOP"},
			[]string{"HTIJUD>HTICOP:091"}},
		{"fr", "Le Parlement a condamné les violences perpétrées par les milices tchadiennes.",
			[]string{"Le Parlement=---LEG", "les milices tchadiennes=TCDREB"},
			[]string{"---LEG>TCDREB:1122"}},
		// the indirect object between the verb and the pattern's object
		// word ("accorder à X un prêt")
		{"fr", "La Banque mondiale a accordé à la Tunisie des subventions importantes.",
			[]string{"La Banque mondiale=IGOBUSWBK", "la Tunisie=TUN"},
			[]string{"IGOBUSWBK>TUN:071"}},
		{"fr", "Le Japon a livré mardi à l'Ukraine des véhicules blindés.",
			[]string{"Le Japon=JPN", "l'Ukraine=UKR"},
			[]string{"JPN>UKR:072"}},
		// "puis" coordinates verbs like "et": the second verb shares the
		// first one's subject, not its object
		{"fr", "Le ministre grec a reçu son homologue turc puis a critiqué la Bulgarie.",
			[]string{"Le ministre grec=GRCGOV", "son homologue turc=TURGOV", "la Bulgarie=BGR"},
			[]string{"GRCGOV>TURGOV:043", "TURGOV>GRC:042", "GRCGOV>BGR:111"}},
		// a pattern's words do not reach past the comma closing a
		// relative clause: the main verb is coded on its own
		{"fr", "La marine chinoise, qui avait menacé les Philippines, a bombardé le Vietnam.",
			[]string{"La marine chinoise=CHNMIL", "les Philippines=PHL", "le Vietnam=VNM"},
			[]string{"CHNMIL>PHL:130", "CHNMIL>VNM:195"}},
		// an object pronoun before the verb and a stressed pronoun after
		// the slot's preposition stand for the target of the same source's
		// last event
		{"fr", "Le président kényan a reçu le Premier ministre éthiopien et il l'a ensuite exhorté à libérer les otages.",
			[]string{"Le président kényan=KENGOV", "le Premier ministre éthiopien=ETHGOV"},
			[]string{"KENGOV>ETHGOV:043", "ETHGOV>KEN:042", "KENGOV>ETHGOV:0253"}},
		{"fr", "Le roi du Maroc a reçu le président sénégalais et il l'a appelé à négocier.",
			[]string{"Le roi du Maroc=MARGOV", "le président sénégalais=SENGOV"},
			[]string{"MARGOV>SENGOV:043", "SENGOV>MAR:042", "MARGOV>SENGOV:026"}}, // appeal to negotiate, CAMEO 026 (frwire2)
		{"fr", "La ministre belge a rencontré son homologue néerlandais et signé un accord avec lui.",
			[]string{"La ministre belge=BELGOV", "son homologue néerlandais=NLDGOV"},
			[]string{"BELGOV>NLDGOV:040", "NLDGOV>BELGOV:040", "BELGOV>NLDGOV:057", "NLDGOV>BELGOV:057"}},
		// (another source's target is no antecedent)
		{"fr", "Les soldats français ont attaqué les rebelles, et des villageois ont coopéré avec eux.",
			[]string{"Les soldats français=FRAMIL", "les rebelles=MLIREB", "villageois=MLICVL"},
			[]string{"FRAMIL>MLIREB:190"}},
		// civilians of unknown country facing a known government (no use
		// of force), a former official facing a known court: that country's
		{"fr", "Les proches des disparus ont exigé du gouvernement mexicain qu'il relance l'enquête.",
			[]string{"Les proches=---CVL", "gouvernement mexicain=MEXGOV"},
			[]string{"MEXCVL>MEXGOV:100"}},
		{"fr", "Un tribunal de Lyon a condamné l'ancien député pour corruption.",
			[]string{"Un tribunal de Lyon=FRAJUD", "l'ancien député=---ELI"},
			[]string{"FRAJUD>FRAELI:116"}},
		// (not in a use of force: the army may act abroad)
		{"fr", "L'armée nigériane a tué des villageois.",
			[]string{"L'armée nigériane=NGAMIL", "villageois=---CVL"},
			[]string{"NGAMIL>---CVL:190"}},
		// a threat whose complement codes nothing: the threatened party is
		// the complement's direct object
		{"fr", "Le président tunisien menace de dissoudre le Parlement.",
			[]string{"Le président tunisien=TUNGOV", "le Parlement=TUNLEG"},
			[]string{"TUNGOV>TUNLEG:130"}},
		// a pronoun's antecedent from an earlier sentence and a target of
		// the same code are two persons: the event stands (FRAPTY>FRAPTY)
		{"fr", "Jean-Luc Mélenchon a rencontré les syndicats. Il a ensuite critiqué Marine Le Pen.",
			[]string{"Jean-Luc Mélenchon=FRAPTY", "les syndicats=FRALAB", "Marine Le Pen=FRAPTY"},
			[]string{"FRAPTY>FRALAB:040", "FRALAB>FRAPTY:040", "FRAPTY>FRAPTY:111"}},
		// criticism of an act targets the act's author, not its victim
		{"fr", "L'arrestation du journaliste américain par la police iranienne a été dénoncée par Washington.",
			[]string{"journaliste américain=USAMED", "police iranienne=IRNCOP", "Washington=USA"},
			[]string{"IRNCOP>USAMED:173", "USA>IRNCOP:111"}},
		// "de guerre" opens no infinitive complement: the object reaches
		// the actor after it
		{"fr", "Le ministre estonien a critiqué la présence d'un navire de guerre russe.",
			[]string{"Le ministre estonien=ESTGOV", "russe=RUSMIL"},
			[]string{"ESTGOV>RUSMIL:111"}},
		// a nominal event whose target slot is empty, in a headline opened
		// by a country: the country is its target
		{"fr", "Venezuela : nouvelles sanctions canadiennes contre des responsables",
			[]string{"Venezuela=VEN@", "canadiennes=CAN"},
			[]string{"CAN>VEN:163"}},
		// the agent may be the adjective of the noun the preposition
		// introduces ("par un tireur turc")
		{"fr", "Deux bergers ont été tués par un tireur turc.",
			[]string{"bergers=IRQAGR", "turc=TURMIL"},
			[]string{"TURMIL>IRQAGR:190"}},
		// "que" after a comma is a relative pronoun even after a verb's
		// object; the appeal it governs is addressed to its antecedent
		{"fr", "Le président ghanéen a reçu le chef de l'Etat togolais, qu'il a exhorté à libérer les opposants.",
			[]string{"Le président ghanéen=GHAGOV", "chef de l'Etat togolais=TGOGOV", "les opposants=TGOOPP"},
			[]string{"GHAGOV>TGOGOV:043", "TGOGOV>GHA:042", "GHAGOV>TGOGOV:0253"}},
		// a pronoun's antecedent may be the subject of a verb that codes
		// nothing ("condamné l'arrestation de X" is no event of its own)
		{"fr", "Rome et Madrid ont condamné l'arrestation de l'écrivain, et ils ont accusé la junte birmane.",
			[]string{"Rome=ITA", "Madrid=ESP", "l'écrivain=MMRCVL", "la junte birmane=MMRGOV"},
			[]string{"ITA>MMRGOV:112", "ESP>MMRGOV:112"}},
	}, true)
}
