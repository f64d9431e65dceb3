package coder

import "testing"

// TestFrenchNominalEvents checks French nominal events (the event is a noun,
// its actors are its complements: "l'attaque de X contre Y", "la visite de X
// en Y", "l'arrestation de X par Y"), in news-lead and headline style, on
// sentences written for the test (not from the evaluation or bench sets),
// with fixture actors: each sentence and the exact events it must give
// (source>target:code), or none.
func TestFrenchNominalEvents(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
	}{
		// conflict nouns with a genitive author and a contre/sur target
		{"L'attaque du Niger contre le Mali a fait des dizaines de morts.",
			[]string{"Niger=NER", "le Mali=MLI"}, []string{"NER>MLI:190"}},
		{"Offensive de l'armée soudanaise contre les rebelles",
			[]string{"l'armée soudanaise=SDNMIL", "les rebelles=SDNREB"}, []string{"SDNMIL>SDNREB:190"}},
		{"Les sanctions du Canada contre le Venezuela ont été renforcées.",
			[]string{"Canada=CAN", "le Venezuela=VEN"}, []string{"CAN>VEN:163"}},
		{"Menaces de la Chine contre Taïwan",
			[]string{"la Chine=CHN", "Taïwan=TWN"}, []string{"CHN>TWN:130"}},
		// the singular threat (frnoun)
		{"La menace de la Turquie contre la Grèce préoccupe Bruxelles.",
			[]string{"la Turquie=TUR", "la Grèce=GRC", "Bruxelles=IGOEUREEC"}, []string{"TUR>GRC:130"}},
		// the embargo, with a genitive or an adjective author (frnoun)
		{"L'embargo de l'Arabie saoudite contre le Qatar a été levé en partie.",
			[]string{"l'Arabie saoudite=SAU", "le Qatar=QAT"}, []string{"SAU>QAT:163"}},
		{"Embargo américain sur la Corée du Nord",
			[]string{"américain=USA", "la Corée du Nord=PRK"}, []string{"USA>PRK:163"}},
		// criticism with the author as an adjective (frnoun)
		{"Les critiques russes contre l'OTAN se multiplient.",
			[]string{"russes=RUS", "l'OTAN=IGOWSTNAT"}, []string{"RUS>IGOWSTNAT:111"}},
		{"La critique contre la réforme monte dans le pays.",
			nil, nil},
		// the blockade with the agent after par (frnoun)
		{"Le blocus du Yémen par la coalition se prolonge.",
			[]string{"Yémen=YEM", "la coalition=SAUMIL"}, []string{"SAUMIL>YEM:191"}},
		// a court's condemnation with a term is a verdict (frnoun); without
		// a term the noun gives nothing (verdict and criticism look alike)
		{"La condamnation du blogueur par un tribunal saoudien à dix ans de prison indigne les ONG.",
			[]string{"blogueur=SAUMED", "un tribunal saoudien=SAUJUD"}, []string{"SAUJUD>SAUMED:173"}},
		{"La condamnation de l'avocat par un tribunal de Téhéran a été confirmée.",
			[]string{"l'avocat=IRNCVL", "un tribunal de Téhéran=IRNJUD"}, nil},
		// the arrested or expelled genitive, the agent after par
		{"Arrestation d'un journaliste par la police turque",
			[]string{"un journaliste=TURMED", "la police turque=TURCOP"}, []string{"TURCOP>TURMED:173"}},
		{"L'enlèvement de trois humanitaires par des hommes armés a été confirmé.",
			[]string{"trois humanitaires=NGO", "des hommes armés=UAF"}, []string{"UAF>NGO:181"}},
		// cooperation nouns
		{"Visite du Premier ministre indien au Japon",
			[]string{"Premier ministre indien=INDGOV", "Japon=JPN"}, []string{"INDGOV>JPN:042"}},
		{"Le soutien du Maroc à la Mauritanie a été salué.",
			[]string{"Maroc=MAR", "la Mauritanie=MRT"}, []string{"MAR>MRT:051"}},
		{"Aide de la Norvège au Soudan du Sud",
			[]string{"la Norvège=NOR", "Soudan du Sud=SSD"}, []string{"NOR>SSD:070"}},
		{"L'appel du secrétaire général de l'ONU aux belligérants est resté vain.",
			[]string{"secrétaire général de l'ONU=IGOUNO", "belligérants=UAF"}, []string{"IGOUNO>UAF:020"}},
		{"La rencontre entre le président kényan et son homologue tanzanien a duré deux heures.",
			[]string{"le président kényan=KENGOV", "son homologue tanzanien=TZAGOV"}, []string{"KENGOV>TZAGOV:040", "TZAGOV>KENGOV:040"}},
		{"Les négociations entre le Soudan et l'Éthiopie reprennent.",
			[]string{"le Soudan=SDN", "l'Éthiopie=ETH"}, []string{"SDN>ETH:046", "ETH>SDN:046"}},
	} {
		got, _ := codeIt(t, "fr", tc.text, tc.actors...)
		if !sameEvents(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
