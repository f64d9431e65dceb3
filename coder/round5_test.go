package coder

import "testing"

// TestFrRound5Patterns: the French families of data/fr_round5.txt (a
// refusal opposed to X, interviews and exchanges of views, agreements
// concluded or signed between two parties and the exchange of
// ratifications, representations made "auprès de" a government, summons
// before a court, diplomats sent home, arrests in a country, retaliatory
// measures, peace made, hostilities resumed, surrender, sieges, armies
// beaten, incursions, battles, bombs dropped, shelling, torpedoed ships),
// on sentences invented in the style of news copy with fixture actors; and
// senses that give no such event (a trial adjourned, a team beaten, a legal
// battle, a bill torpedoed).
func TestFrRound5Patterns(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		{"fr", "Le Chili a opposé un refus catégorique au Pérou.",
			[]string{"Le Chili=CHL", "Pérou=PER"}, []string{"CHL>PER:120"}},
		{"fr", "Le Ghana a opposé une fin de non-recevoir au Togo.",
			[]string{"Le Ghana=GHA", "Togo=TGO"}, []string{"GHA>TGO:120"}},
		{"fr", "L'Uruguay a opposé un refus poli aux demandes du Paraguay.",
			[]string{"L'Uruguay=URY", "Paraguay=PRY"}, []string{"URY>PRY:120"}},
		{"fr", "Un pacte d'amitié a été signé lundi entre la Norvège et la Finlande.",
			[]string{"la Norvège=NOR", "la Finlande=FIN"}, []string{"NOR>FIN:057", "FIN>NOR:057"}},
		{"fr", "Une convention douanière a été conclue entre le Bénin et le Niger.",
			[]string{"le Bénin=BEN", "le Niger=NER"}, []string{"BEN>NER:057", "NER>BEN:057"}},
		{"fr", "L'échange des ratifications de l'accord entre la Bolivie et le Brésil a eu lieu mardi.",
			[]string{"la Bolivie=BOL", "le Brésil=BRA"}, []string{"BOL>BRA:057", "BRA>BOL:057"}},
		{"fr", "Le Danemark est intervenu auprès du gouvernement islandais en faveur des pêcheurs.",
			[]string{"Le Danemark=DNK", "gouvernement islandais=ISLGOV"}, []string{"DNK>ISLGOV:020"}},
		{"fr", "Le Canada a pris des mesures de rétorsion commerciale contre le Mexique.",
			[]string{"Le Canada=CAN", "le Mexique=MEX"}, []string{"CAN>MEX:163"}},
		{"fr", "Le ministre letton a eu une longue entrevue avec le chancelier allemand.",
			[]string{"Le ministre letton=LVAGOV", "le chancelier allemand=DEUGOV"}, []string{"LVAGOV>DEUGOV:040", "DEUGOV>LVAGOV:040"}},
		{"fr", "Le ministre belge a eu un échange de vues avec son homologue néerlandais.",
			[]string{"Le ministre belge=BELGOV", "son homologue néerlandais=NLDGOV"}, []string{"BELGOV>NLDGOV:040", "NLDGOV>BELGOV:040"}},
		{"fr", "Le président estonien a conféré avec le Premier ministre finlandais.",
			[]string{"Le président estonien=ESTGOV", "le Premier ministre finlandais=FINGOV"}, []string{"ESTGOV>FINGOV:040", "FINGOV>ESTGOV:040"}},
		{"fr", "Le Gabon a assigné la Guinée équatoriale devant la Cour internationale de justice.",
			[]string{"Le Gabon=GAB", "la Guinée équatoriale=GNQ", "la Cour internationale de justice=IGOUNOJUDICJ"}, []string{"GAB>GNQ:115"}},
		{"fr", "L'armée turque a mené une incursion en Irak.",
			[]string{"L'armée turque=TURMIL", "Irak=IRQ@"}, []string{"TURMIL>IRQ:190"}},
		{"fr", "L'arrestation de deux Suédois en Iran inquiète Stockholm.",
			[]string{"Suédois=SWECVL", "Iran=IRN@", "Stockholm=SWE@"}, []string{"IRN>SWECVL:173"}},
		{"fr", "La Bolivie a signé la paix avec le Paraguay.",
			[]string{"La Bolivie=BOL", "le Paraguay=PRY"}, []string{"BOL>PRY:057", "PRY>BOL:057"}},
		{"fr", "Les Bulgares ont repris les hostilités contre les Serbes.",
			[]string{"Les Bulgares=BGR", "les Serbes=SRB"}, []string{"BGR>SRB:190"}},
		{"fr", "La garnison grecque a capitulé devant les Bulgares.",
			[]string{"La garnison grecque=GRCMIL", "les Bulgares=BGR"}, []string{"GRCMIL>BGR:0874"}},
		{"fr", "Les Bulgares ont mis le siège devant Andrinople.",
			[]string{"Les Bulgares=BGR", "Andrinople=TUR@"}, []string{"BGR>TUR:191"}},
		{"fr", "Les Grecs ont battu l'armée turque.",
			[]string{"Les Grecs=GRC", "l'armée turque=TURMIL"}, []string{"GRC>TURMIL:190"}},
		{"fr", "Une grande bataille entre Bulgares et Grecs est engagée près de la frontière.",
			[]string{"Bulgares=BGR", "Grecs=GRC"}, []string{"BGR>GRC:190", "GRC>BGR:190"}},
		{"fr", "Des avions autrichiens ont lancé des bombes sur Venise.",
			[]string{"autrichiens=AUTMIL", "Venise=ITA@"}, []string{"AUTMIL>ITA:195"}},
		{"fr", "Un sous-marin autrichien a torpillé un paquebot italien.",
			[]string{"autrichien=AUTMIL", "italien=ITA"}, []string{"AUTMIL>ITA:190"}},
		{"fr", "La marine grecque a canonné les positions turques.",
			[]string{"La marine grecque=GRCMIL", "turques=TURMIL"}, []string{"GRCMIL>TURMIL:194"}},
	}, false)
	// the diplomats are an agent mention: the far word matches its head noun
	runGapCases(t, "fr", true, []gapCase{
		{"La Lituanie a renvoyé trois diplomates biélorusses.",
			[]string{"La Lituanie=LTU", "diplomates biélorusses=BLRGOV"}, []string{"LTU>BLRGOV:161"}, nil},
		{"Le tribunal lituanien a renvoyé le procès du ministre biélorusse.",
			[]string{"Le tribunal lituanien=LTUJUD", "ministre biélorusse=BLRGOV"}, nil, []string{"LTUJUD>BLRGOV:161"}},
	})
	// no such event: military intervention is no representation, and a
	// refusal to comment opposed to no one
	checkCodeCases(t, c, []codeCase{
		{"fr", "L'armée malienne est intervenue dans le nord du pays.",
			[]string{"L'armée malienne=MLIMIL"}, nil},
		{"fr", "Le ministre kényan a opposé un refus de commenter.",
			[]string{"Le ministre kényan=KENGOV"}, nil},
		{"fr", "Le Brésil a battu l'Argentine en finale.",
			[]string{"Le Brésil=BRA", "l'Argentine=ARG"}, nil},
		{"fr", "La bataille juridique entre le Chili et la Bolivie continue.",
			[]string{"le Chili=CHL", "la Bolivie=BOL"}, nil},
		{"fr", "Le Sénat colombien a torpillé le projet du gouvernement.",
			[]string{"Le Sénat colombien=COLLEG", "gouvernement=COLGOV"}, nil},
	}, true)
}
