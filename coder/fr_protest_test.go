package coder

import "testing"

// TestFrenchProtestCoerceAssault: the protest (14), coercion (17) and
// assault (18) lines of data/fr_conflict.txt and data/fr_verbs.txt added
// after an audit of French news (invented sentences, fixture actors): the
// target of a protest against an actor's decision or in front of its
// building, "manifester" in the sense of showing a feeling (no protest),
// bans of demonstrations (1721), dislodging demonstrators (175), blows to
// a person (182, not a military strike 190), and "arrêter" a list or a
// date (no arrest).
func TestFrenchProtestCoerceAssault(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
	}{
		// 140: a protest against an actor's decision targets the actor
		{"Les enseignants ont protesté contre la décision du gouvernement sénégalais.",
			[]string{"Les enseignants=SENEDU", "gouvernement sénégalais=SENGOV"}, []string{"SENEDU>SENGOV:140"}},
		{"Les pêcheurs ont vivement protesté contre la présence de la marine espagnole.",
			[]string{"Les pêcheurs=MARCVL", "la marine espagnole=ESPMIL"}, []string{"MARCVL>ESPMIL:140"}},
		// the purpose of another protest is not a second event
		{"Les dockers ont fait grève pour protester contre la réforme du gouvernement.",
			[]string{"Les dockers=FRALAB", "gouvernement=FRAGOV"}, []string{"FRALAB>FRAGOV:1432"}},
		// 141: a protest in front of a building targets its owner
		{"Des centaines de réfugiés ont protesté devant l'ambassade de Grèce.",
			[]string{"réfugiés=SYRREF", "l'ambassade de Grèce=GRCGOV"}, []string{"SYRREF>GRCGOV:141"}},
		// 145: stones thrown at the police; 143: boycotting talks with X
		{"Des jeunes ont lancé des pierres sur les soldats.",
			[]string{"Des jeunes=PSECVL", "les soldats=ISRMIL"}, []string{"PSECVL>ISRMIL:145"}},
		{"L'opposition boycotte le dialogue national avec le gouvernement.",
			[]string{"L'opposition=CIVOPP", "le gouvernement=CIVGOV"}, []string{"CIVOPP>CIVGOV:143"}},
		// "manifester" a feeling or an intention is no protest
		{"La ministre a manifesté sa satisfaction.",
			[]string{"La ministre=BELGOV"}, nil},
		{"Les investisseurs ont manifesté leur inquiétude face au gouvernement.",
			[]string{"Les investisseurs=ITABUS", "gouvernement=ITAGOV"}, nil},
		{"Le syndicat a manifesté qu'il restait ouvert au dialogue avec le patronat.",
			[]string{"Le syndicat=FRALAB", "le patronat=FRABUS"}, nil},
		// ... but a protest against someone's will stays a protest
		{"Les étudiants ont manifesté contre la volonté du gouvernement chilien.",
			[]string{"Les étudiants=CHLEDU", "gouvernement chilien=CHLGOV"}, []string{"CHLEDU>CHLGOV:141"}},
		// 1721: banning demonstrations is not a demonstration
		{"Le gouvernement a interdit de manifester dans la capitale.",
			[]string{"Le gouvernement=GEOGOV"}, []string{"GEOGOV>:1721"}},
		// 175: dislodging or evacuating demonstrators, active and passive
		{"La gendarmerie a délogé les manifestants du rond-point.",
			[]string{"La gendarmerie=FRACOP", "les manifestants=FRAOPP"}, []string{"FRACOP>FRAOPP:175"}},
		{"Les grévistes ont été évacués par la police.",
			[]string{"Les grévistes=BELLAB", "la police=BELCOP"}, []string{"BELCOP>BELLAB:175"}},
		// repressing or dispersing "la manifestation des X" targets X
		{"La police a dispersé le rassemblement des partisans du candidat.",
			[]string{"La police=TGOCOP", "partisans du candidat=TGOOPP"}, []string{"TGOCOP>TGOOPP:175"}},
		// 182: blows to a person, active and passive; a military strike stays 190
		{"Des policiers ont frappé un journaliste.",
			[]string{"policiers=SRBCOP", "un journaliste=SRBMED"}, []string{"SRBCOP>SRBMED:182"}},
		{"Un photographe a été frappé par des militants.",
			[]string{"Un photographe=FRAMED", "militants=FRAOPP"}, []string{"FRAOPP>FRAMED:182"}},
		{"Les troupes ont frappé les positions rebelles.",
			[]string{"Les troupes=SYRMIL", "rebelles=SYRREB"}, []string{"SYRMIL>SYRREB:190"}},
		// held by rebels: hostages (181), not an arrest (173)
		{"Deux humanitaires français sont détenus par des rebelles.",
			[]string{"Deux humanitaires français=FRANGO", "rebelles=CAFREB"}, []string{"CAFREB>FRANGO:181"}},
		{"Deux opposants sont détenus par la police.",
			[]string{"Deux opposants=CAFOPP", "la police=CAFCOP"}, []string{"CAFCOP>CAFOPP:173"}},
		// "enlever" a position is its capture (192), not an abduction (181)
		{"Les troupes ont enlevé les positions rebelles.",
			[]string{"Les troupes=SDNMIL", "rebelles=SDNREB"}, []string{"SDNMIL>SDNREB:192"}},
		{"Des rebelles ont enlevé un ingénieur chinois.",
			[]string{"Des rebelles=SDNREB", "un ingénieur chinois=CHNCVL"}, []string{"SDNREB>CHNCVL:181"}},
		// "arrêter" a list or a date is no arrest; arresting people is
		{"Le ministre a arrêté la liste des candidats.",
			[]string{"Le ministre=FRAGOV", "candidats=FRAPTY"}, nil},
		{"Le gouvernement a arrêté le calendrier du retrait avec l'opposition.",
			[]string{"Le gouvernement=MLIGOV", "l'opposition=MLIOPP"}, nil},
		{"Les tarifs arrêtés par le ministère ont été publiés.",
			[]string{"le ministère=FRAGOV"}, nil},
		{"La police a arrêté les chefs de l'opposition.",
			[]string{"La police=MLICOP", "l'opposition=MLIOPP"}, []string{"MLICOP>MLIOPP:173"}},
	} {
		got, _ := codeIt(t, "fr", tc.text, tc.actors...)
		if !sameEvents(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
