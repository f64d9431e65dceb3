package coder

import "testing"

// TestFrenchSpeechActs: verbal interactions between political actors added
// in the frspeech round (fr_conflict.txt, fr_coop.txt, fr_verbs.txt): name
// calling, regret and outrage, blame shifting, threats, support, reprimands
// and party sanctions. Invented sentences with fixture actors; the last
// cases are false senses that must give no such event.
func TestFrenchSpeechActs(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
	}{
		// 111: regret, outrage, labels, reprimands, indictments
		{"Le gouvernement italien regrette que l'Allemagne ait fermé sa frontière.",
			[]string{"Le gouvernement italien=ITAGOV", "l'Allemagne=DEU"}, []string{"ITAGOV>DEU:111"}},
		{"Pékin regrette vivement l'attitude du gouvernement japonais.",
			[]string{"Pékin=CHNGOV", "gouvernement japonais=JPNGOV"}, []string{"CHNGOV>JPNGOV:111"}},
		{"Le Kremlin s'est dit choqué par les propos du président américain.",
			[]string{"Le Kremlin=RUSGOV", "président américain=USAGOV"}, []string{"RUSGOV>USAGOV:111"}},
		{"Le syndicat se déclare indigné par le patronat.",
			[]string{"Le syndicat=FRALAB", "le patronat=FRABUS"}, []string{"FRALAB>FRABUS:111"}},
		{"Le ministre, voué aux gémonies par l'opposition, garde le silence.",
			[]string{"Le ministre=FRAGOV", "l'opposition=FRAOPP"}, []string{"FRAOPP>FRAGOV:111"}},
		{"Le président russe a qualifié son homologue ukrainien de marionnette.",
			[]string{"Le président russe=RUSGOV", "son homologue ukrainien=UKRGOV"}, []string{"RUSGOV>UKRGOV:111"}},
		{"Le sénateur décrit le ministre comme un fossoyeur de l'industrie.",
			[]string{"Le sénateur=FRALEG", "le ministre=FRAGOV"}, []string{"FRALEG>FRAGOV:111"}},
		{"La ministre a rappelé le préfet à l'ordre.",
			[]string{"La ministre=FRAGOV", "le préfet=FRAGOV"}, []string{"FRAGOV>FRAGOV:111"}},
		{"Le président a rappelé à l'ordre son ministre de l'Économie.",
			[]string{"Le président=FRAGOV", "son ministre de l'Économie=FRAGOV"}, []string{"FRAGOV>FRAGOV:111"}},
		{"La Cour des comptes porte un jugement très sévère sur le gouvernement.",
			[]string{"La Cour des comptes=FRAJUD", "le gouvernement=FRAGOV"}, []string{"FRAJUD>FRAGOV:111"}},
		{"Le chef de l'opposition s'est emporté contre le gouvernement.",
			[]string{"Le chef de l'opposition=FRAOPP", "le gouvernement=FRAGOV"}, []string{"FRAOPP>FRAGOV:111"}},
		{"Les syndicats sont montés au créneau contre le patronat.",
			[]string{"Les syndicats=FRALAB", "le patronat=FRABUS"}, []string{"FRALAB>FRABUS:111"}},
		{"Le député écologiste a fait le procès du gouvernement.",
			[]string{"Le député écologiste=FRALEG", "gouvernement=FRAGOV"}, []string{"FRALEG>FRAGOV:111"}},
		{"Le ministre a jugé « irresponsable » la décision de Moscou.",
			[]string{"Le ministre=FRAGOV", "Moscou=RUSGOV"}, []string{"FRAGOV>RUSGOV:111"}},
		{"Le ministre a jugé l'attitude du gouvernement russe dangereuse.",
			[]string{"Le ministre=FRAGOV", "gouvernement russe=RUSGOV"}, []string{"FRAGOV>RUSGOV:111"}},
		{"Le Quai d'Orsay a vivement réagi aux propos du président turc.",
			[]string{"Le Quai d'Orsay=FRAGOV", "président turc=TURGOV"}, []string{"FRAGOV>TURGOV:111"}},
		{"Le président brésilien a répondu sèchement au président français.",
			[]string{"Le président brésilien=BRAGOV", "président français=FRAGOV"}, []string{"BRAGOV>FRAGOV:111"}},
		{"Pékin a exprimé son vif mécontentement face à la décision du gouvernement américain.",
			[]string{"Pékin=CHNGOV", "gouvernement américain=USAGOV"}, []string{"CHNGOV>USAGOV:111"}},
		{"Le gouvernement a émis des réserves sur la proposition de la Commission européenne.",
			[]string{"Le gouvernement=DEUGOV", "la Commission européenne=IGOEUREEC"}, []string{"DEUGOV>IGOEUREEC:110"}},
		// 112: blame shifted, responsibility named
		{"Le ministre iranien a rejeté la faute sur les États-Unis.",
			[]string{"Le ministre iranien=IRNGOV", "les États-Unis=USA"}, []string{"IRNGOV>USA:112"}},
		{"Damas a fait porter le chapeau aux rebelles.",
			[]string{"Damas=SYRGOV", "rebelles=SYRREB"}, []string{"SYRGOV>SYRREB:112"}},
		{"Le président ivoirien a désigné la France comme responsable de la crise.",
			[]string{"Le président ivoirien=CIVGOV", "la France=FRA"}, []string{"CIVGOV>FRA:112"}},
		{"Le gouvernement libanais a pointé la responsabilité d'Israël.",
			[]string{"Le gouvernement libanais=LBNGOV", "Israël=ISR"}, []string{"LBNGOV>ISR:112"}},
		{"Le parti a estimé que le député avait commis une faute très grave.",
			[]string{"Le parti=ESPPTY", "le député=ESPLEG"}, []string{"ESPPTY>ESPLEG:112"}},
		{"Le ministre juge que la France a commis une erreur historique.",
			[]string{"Le ministre=ITAGOV", "la France=FRA"}, []string{"ITAGOV>FRA:111"}},
		// 130: "vouloir la peau de"
		{"L'opposition vénézuélienne veut la peau du président.",
			[]string{"L'opposition vénézuélienne=VENOPP", "président=VENGOV"}, []string{"VENOPP>VENGOV:130"}},
		{"Les frondeurs voulaient la peau du ministre.",
			[]string{"Les frondeurs=FRAPTY", "ministre=FRAGOV"}, []string{"FRAPTY>FRAGOV:130"}},
		// 051: support declared, endorsement
		{"Le ministre russe a affiché son soutien au président syrien.",
			[]string{"Le ministre russe=RUSGOV", "président syrien=SYRGOV"}, []string{"RUSGOV>SYRGOV:051"}},
		{"Le chancelier a assuré le président ukrainien de son soutien.",
			[]string{"Le chancelier=DEUGOV", "le président ukrainien=UKRGOV"}, []string{"DEUGOV>UKRGOV:051"}},
		{"Le syndicat a pris fait et cause pour les cheminots.",
			[]string{"Le syndicat=FRALAB", "les cheminots=FRALAB"}, []string{"FRALAB>FRALAB:051"}},
		{"Le président américain a adoubé le candidat républicain.",
			[]string{"Le président américain=USAGOV", "le candidat républicain=USAPTY"}, []string{"USAGOV>USAPTY:051"}},
		// the conditional of avoir (fr_coop @forms): a reported meeting
		{"Le président russe aurait un entretien avec le Premier ministre israélien.",
			[]string{"Le président russe=RUSGOV", "le Premier ministre israélien=ISRGOV"}, []string{"RUSGOV>ISRGOV:040 reported", "ISRGOV>RUSGOV:040 reported"}},
		// 172: a party excluding or suspending a member
		{"Le Parti socialiste a prononcé l'exclusion du maire de Lille.",
			[]string{"Le Parti socialiste=FRAPTY", "maire de Lille=FRAGOV"}, []string{"FRAPTY>FRAGOV:172"}},
		{"L'exclusion du sénateur par le parti a surpris ses électeurs.",
			[]string{"sénateur=FRALEG", "le parti=FRAPTY"}, []string{"FRAPTY>FRALEG:172"}},
		{"Le parti a suspendu le député de ses fonctions.",
			[]string{"Le parti=FRAPTY", "le député=FRALEG"}, []string{"FRAPTY>FRALEG:172"}},
		// reminding of one's duty 111; defending someone's policy 052
		{"La ministre a rappelé le préfet à son devoir de réserve.",
			[]string{"La ministre=FRAGOV", "le préfet=FRAGOV"}, []string{"FRAGOV>FRAGOV:111"}},
		{"Le porte-parole a défendu la politique du gouvernement israélien.",
			[]string{"Le porte-parole=USAGOV", "gouvernement israélien=ISRGOV"}, []string{"USAGOV>ISRGOV:052"}},
		// rallying behind, mockery, lecturing, blaming both sides
		{"Les députés de la majorité se sont rangés derrière le Premier ministre.",
			[]string{"Les députés de la majorité=ESPLEG", "le Premier ministre=ESPGOV"}, []string{"ESPLEG>ESPGOV:051"}},
		{"Les partis de la coalition font bloc autour du chancelier.",
			[]string{"Les partis de la coalition=DEUPTY", "chancelier=DEUGOV"}, []string{"DEUPTY>DEUGOV:051"}},
		{"Le président américain a tourné en dérision le dirigeant nord-coréen.",
			[]string{"Le président américain=USAGOV", "le dirigeant nord-coréen=PRKGOV"}, []string{"USAGOV>PRKGOV:111"}},
		{"Le dirigeant nord-coréen s'est gaussé du président américain.",
			[]string{"Le dirigeant nord-coréen=PRKGOV", "président américain=USAGOV"}, []string{"PRKGOV>USAGOV:111"}},
		{"Le ministre turc a fait la leçon à l'Union européenne.",
			[]string{"Le ministre turc=TURGOV", "l'Union européenne=IGOEUREEC"}, []string{"TURGOV>IGOEUREEC:111"}},
		{"L'ONU a renvoyé dos à dos Israël et le Hamas.",
			[]string{"L'ONU=IGOUNO", "Israël=ISR", "le Hamas=PSEREBHMS"}, []string{"IGOUNO>ISR:111", "IGOUNO>PSEREBHMS:111"}},
		// the target's side: the genitive is the source
		{"Le gouvernement grec a essuyé les critiques de la Commission européenne.",
			[]string{"Le gouvernement grec=GRCGOV", "la Commission européenne=IGOEUREEC"}, []string{"IGOEUREEC>GRCGOV:111"}},
		{"Le ministre s'est attiré les foudres de l'opposition.",
			[]string{"Le ministre=FRAGOV", "l'opposition=FRAOPP"}, []string{"FRAOPP>FRAGOV:111"}},
		{"Le Premier ministre a obtenu l'aval du Parlement.",
			[]string{"Le Premier ministre=ITAGOV", "Parlement=ITALEG"}, []string{"ITALEG>ITAGOV:051"}},
		{"Le gouvernement a obtenu le soutien financier de la Banque mondiale.",
			[]string{"Le gouvernement=TUNGOV", "la Banque mondiale=IGOUNODEVWBK"}, []string{"IGOUNODEVWBK>TUNGOV:071"}},
		{"L'armée malienne a reçu une aide militaire de la France.",
			[]string{"L'armée malienne=MLIMIL", "la France=FRA"}, []string{"FRA>MLIMIL:072"}},
		// false senses: no blame without "sur"/"à" someone, no regret of a
		// non-actor, a plain description is no insult, "l'exclusion de
		// chômeurs" without an agent, an envoy recalled is no reprimand
		{"Le président a subi les attaques des rebelles.",
			[]string{"Le président=SOMGOV", "des rebelles=SOMREB"}, []string{"SOMREB>:190"}},
		{"Le tribunal a jugé les terroristes responsables de l'attentat.",
			[]string{"Le tribunal=FRAJUD", "les terroristes=---REB"}, []string{"FRAJUD>:010"}},
		{"Le gouvernement regrette le mauvais temps.",
			[]string{"Le gouvernement=FRAGOV"}, nil},
		{"Le président décrit le ministre comme un ami fidèle.",
			[]string{"Le président=FRAGOV", "le ministre=FRAGOV"}, nil},
		{"La réforme entraînera l'exclusion de milliers de chômeurs.",
			[]string{"chômeurs=FRACVL"}, nil},
		{"Le gouvernement a rappelé son ambassadeur en Turquie pour consultations.",
			// (frwire4: the country the envoy is recalled from is the target, fr_wire8.txt)
			[]string{"Le gouvernement=FRAGOV", "son ambassadeur=FRAGOV", "Turquie=TUR"}, []string{"FRAGOV>TUR:161"}},
	} {
		got, _ := codeIt(t, "fr", tc.text, tc.actors...)
		if !sameEvents(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
