package coder

import "testing"

// TestFrCrit: the French disapproval and praise patterns of data/fr_crit.txt
// (the criticised thing owned by the target, insulting labels and names,
// reported wrongdoing, harsh or kind words, abuses revealed in X's prisons)
// and the dative pronoun that fills an à-slot, on invented sentences with
// fixture actors; plain opinions and neutral descriptions give no event.
func TestFrCrit(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		// the criticised thing belongs to the target
		{"fr", "Le sénateur Martin a critiqué le plan de paix du président brésilien.",
			[]string{"Le sénateur Martin=FRALEG", "président brésilien=BRAGOV"}, []string{"FRALEG>BRAGOV:111"}},
		{"fr", "Le syndicat belge a fustigé le budget du gouvernement wallon.",
			[]string{"Le syndicat belge=BELLAB", "gouvernement wallon=BELGOV"}, []string{"BELLAB>BELGOV:111"}},
		{"fr", "Le ministre norvégien a taclé la stratégie de la Suède.",
			[]string{"Le ministre norvégien=NORGOV", "la Suède=SWE"}, []string{"NORGOV>SWE:111"}},
		{"fr", "Le parti chilien déplore le manque de courage du gouvernement péruvien.",
			[]string{"Le parti chilien=CHLPTY", "gouvernement péruvien=PERGOV"}, []string{"CHLPTY>PERGOV:111"}},
		{"fr", "Le chef de l'opposition kényane s'en est pris à la politique du président ougandais.",
			[]string{"chef de l'opposition kényane=KENOPP", "président ougandais=UGAGOV"}, []string{"KENOPP>UGAGOV:111"}},
		{"fr", "Le parti danois a jugé le discours du Premier ministre suédois « décevant ».",
			[]string{"Le parti danois=DNKPTY", "Premier ministre suédois=SWEGOV"}, []string{"DNKPTY>SWEGOV:111"}},
		// a lack of means is no fault of the police
		{"fr", "Le maire portugais déplore le manque de moyens de la police espagnole.",
			[]string{"Le maire portugais=PRTGOV", "police espagnole=ESPCOP"}, nil},
		// insults and labels
		{"fr", "Le député grec a qualifié le ministre turc d'amateur.",
			[]string{"Le député grec=GRCLEG", "ministre turc=TURGOV"}, []string{"GRCLEG>TURGOV:111"}},
		{"fr", "Le syndicat italien a appelé le ministre autrichien « le larbin de Berlin ».",
			[]string{"Le syndicat italien=ITALAB", "ministre autrichien=AUTGOV", "Berlin=DEU"}, []string{"ITALAB>AUTGOV:111"}},
		{"fr", "Le maire irlandais décrit son rival, le ministre écossais, comme « un guignol ».",
			[]string{"Le maire irlandais=IRLGOV", "ministre écossais=GBRGOV"}, []string{"IRLGOV>GBRGOV:111"}},
		// an appeal is no name-calling; a nickname without insult is nothing
		{"fr", "Le président tchèque a appelé le gouvernement slovaque à la retenue.",
			[]string{"Le président tchèque=CZEGOV", "gouvernement slovaque=SVKGOV"}, []string{"CZEGOV>SVKGOV:0256"}},
		{"fr", "Le président tchèque a appelé le gouvernement slovaque à « chasser les terroristes ».",
			[]string{"Le président tchèque=CZEGOV", "gouvernement slovaque=SVKGOV"}, []string{"CZEGOV>SVKGOV:020"}},
		{"fr", "Le ministre letton a décrit l'attaque de Riga comme l'œuvre de terroristes.",
			[]string{"Le ministre letton=LVAGOV", "Riga=LVA"}, nil},
		{"fr", "Le ministre letton a surnommé le président estonien « le sage ».",
			[]string{"Le ministre letton=LVAGOV", "président estonien=ESTGOV"}, nil},
		// reported wrongdoing
		{"fr", "Le syndicat suisse juge que le gouvernement autrichien a eu tort de geler les salaires.",
			[]string{"Le syndicat suisse=CHELAB", "gouvernement autrichien=AUTGOV"}, []string{"CHELAB>AUTGOV:111"}},
		{"fr", "Le parti finlandais estime que le ministre suédois a menti aux électeurs.",
			[]string{"Le parti finlandais=FINPTY", "ministre suédois=SWEGOV"}, []string{"FINPTY>SWEGOV:112"}},
		// a plain opinion, and "à tort" qualifying another act, are no criticism of the subject
		{"fr", "Le parti finlandais estime que le ministre suédois a raison.",
			[]string{"Le parti finlandais=FINPTY", "ministre suédois=SWEGOV"}, nil},
		// a negated wrongdoing in the reported clause is none
		{"fr", "Le parti finlandais affirme que le ministre suédois n'a jamais menti.",
			[]string{"Le parti finlandais=FINPTY", "ministre suédois=SWEGOV"}, nil},
		{"fr", "Le parti finlandais affirme que le ministre suédois n'a pas commis de faute.",
			[]string{"Le parti finlandais=FINPTY", "ministre suédois=SWEGOV"}, nil},
		{"fr", "Le ministre danois estime que le régime biélorusse porte la responsabilité de la crise.",
			[]string{"Le ministre danois=DNKGOV", "régime biélorusse=BLRGOV"}, []string{"DNKGOV>BLRGOV:112"}},
		{"fr", "Le ministre danois affirme que l'armée biélorusse a commis des crimes de guerre.",
			[]string{"Le ministre danois=DNKGOV", "l'armée biélorusse=BLRMIL"}, []string{"DNKGOV>BLRMIL:1124"}},
		// the handling of a crisis with its agent
		{"fr", "Le syndicat belge critique la gestion de la crise par le gouvernement wallon.",
			[]string{"Le syndicat belge=BELLAB", "gouvernement wallon=BELGOV"}, []string{"BELLAB>BELGOV:111"}},
		{"fr", "Le président américain a salué le bilan du président brésilien.",
			[]string{"Le président américain=USAGOV", "président brésilien=BRAGOV"}, []string{"USAGOV>BRAGOV:051"}},
		{"fr", "Le syndicat belge s'élève contre la réforme du gouvernement wallon.",
			[]string{"Le syndicat belge=BELLAB", "gouvernement wallon=BELGOV"}, []string{"BELLAB>BELGOV:111"}},
		// words for someone
		{"fr", "Le député roumain a eu des mots très durs envers le ministre hongrois.",
			[]string{"Le député roumain=ROULEG", "ministre hongrois=HUNGOV"}, []string{"ROULEG>HUNGOV:111"}},
		{"fr", "Le président polonais a eu des mots élogieux pour le président ukrainien.",
			[]string{"Le président polonais=POLGOV", "président ukrainien=UKRGOV"}, []string{"POLGOV>UKRGOV:051"}},
		{"fr", "Le président lituanien a qualifié le président ukrainien de « héros ».",
			[]string{"Le président lituanien=LTUGOV", "président ukrainien=UKRGOV"}, []string{"LTUGOV>UKRGOV:051"}},
		{"fr", "Le président lituanien a rendu hommage au courage du président ukrainien.",
			[]string{"Le président lituanien=LTUGOV", "président ukrainien=UKRGOV"}, []string{"LTUGOV>UKRGOV:051"}},
		{"fr", "Le président lituanien a exprimé son admiration pour le président ukrainien.",
			[]string{"Le président lituanien=LTUGOV", "président ukrainien=UKRGOV"}, []string{"LTUGOV>UKRGOV:051"}},
		// abuses revealed in X's prisons
		{"fr", "Amnesty International révèle que la torture est courante dans les prisons iraniennes.",
			[]string{"Amnesty International=NGOHRIAMN", "prisons iraniennes=IRNCOP"}, []string{"NGOHRIAMN>IRNCOP:1122"}},
		// a dative pronoun fills the à-slot: the voters after the infinitive are not reproached
		{"fr", "Le parti suédois lui reproche de mentir aux électeurs norvégiens.",
			[]string{"Le parti suédois=SWEPTY", "électeurs norvégiens=NORCVL"}, nil},
		// (an à-phrase after the object noun, with no infinitive between, keeps the slot)
		{"fr", "La Suède leur offre une aide aux réfugiés syriens.",
			[]string{"La Suède=SWE", "réfugiés syriens=SYRREF"}, []string{"SWE>SYRREF:070"}},
	}, true)
}
