package coder

import "testing"

// TestFrdata3Patterns: the French pattern data of the frdata3 round
// (2026-11-26), on sentences invented in the style of news copy with
// fixture actors: praise of an actor's conduct named in the genitive,
// being the victim of an attack by X, dying under the bullets of X or in
// an ambush of X, sanctions unveiled, calling an act illegal; and the
// senses that must stay silent (a victim of one's success, of a malaise,
// of police violence with no police named; thanks for a contribution to
// another actor's efforts go to the one thanked).
func TestFrdata3Patterns(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		// praise of conduct, the actor in the genitive of a longer object
		{"fr", "Le syndicaliste salue la « volonté d'ouverture » du Premier ministre français.",
			[]string{"syndicaliste=FRALAB", "Premier ministre français=FRAGOV"}, []string{"FRALAB>FRAGOV:051"}},
		{"fr", "Le président français a salué les efforts de médiation du Qatar.",
			[]string{"président français=FRAGOV", "Qatar=QAT"}, []string{"FRAGOV>QAT:051"}},
		{"fr", "Le président français a remercié le Maroc de sa contribution aux efforts de l'ONU.",
			[]string{"président français=FRAGOV", "Maroc=MAR", "ONU=IGOUNO"}, []string{"FRAGOV>MAR:051"}},
		// victim of an attack by X: the attacker is the source
		{"fr", "Le journaliste français a été victime de tirs des rebelles syriens.",
			[]string{"journaliste français=FRAMED", "rebelles syriens=SYRREB"}, []string{"SYRREB>FRAMED:190"}},
		{"fr", "Le journaliste français serait victime de tirs de l'armée syrienne.",
			[]string{"journaliste français=FRAMED", "armée syrienne=SYRMIL"}, []string{"SYRMIL>FRAMED:190 reported"}},
		{"fr", "L'ambassade américaine a été victime d'un attentat des talibans.",
			[]string{"ambassade américaine=USAGOV", "talibans=AFGREB"}, []string{"AFGREB>USAGOV:180"}},
		{"fr", "Le ministère allemand a été victime d'une attaque informatique de pirates russes.",
			[]string{"ministère allemand=DEUGOV", "pirates russes=RUSCRM"}, []string{"RUSCRM>DEUGOV:176"}},
		{"fr", "Le village est victime de frappes de l'aviation russe.",
			[]string{"village=UKRCVL", "aviation russe=RUSMIL"}, []string{"RUSMIL>UKRCVL:195"}},
		// died or fell under the bullets or bombs of X, killed in an ambush of X
		{"fr", "Un manifestant est mort sous les balles de la police égyptienne.",
			[]string{"manifestant=EGYOPP", "police égyptienne=EGYCOP"}, []string{"EGYCOP>EGYOPP:190"}},
		{"fr", "Un soldat français est tombé sous les balles des jihadistes.",
			[]string{"soldat français=FRAMIL", "jihadistes=MLIREB"}, []string{"MLIREB>FRAMIL:190"}},
		{"fr", "Deux soldats afghans ont été tués dans une embuscade des talibans.",
			[]string{"soldats afghans=AFGMIL", "talibans=AFGREB"}, []string{"AFGREB>AFGMIL:190"}},
		{"fr", "Un civil syrien a péri sous les bombes de l'aviation russe.",
			[]string{"civil syrien=SYRCVL", "aviation russe=RUSMIL"}, []string{"RUSMIL>SYRCVL:195"}},
		// sanctions unveiled; an act called illegal or unacceptable
		{"fr", "Washington dévoile de nouvelles sanctions contre l'Iran.",
			[]string{"Washington=USA", "l'Iran=IRN"}, []string{"USA>IRN:163"}},
		{"fr", "Le ministre russe a qualifié les sanctions de l'Union européenne d'« illégales ».",
			[]string{"ministre russe=RUSGOV", "Union européenne=IGOEUREEC"}, []string{"RUSGOV>IGOEUREEC:111"}},
		{"fr", "Les syndicats jugent inacceptables les propositions du patronat.",
			[]string{"syndicats=FRALAB", "patronat=FRABUS"}, []string{"FRALAB>FRABUS:111"}},
		// a loan obtained from X named first, money lent to X named first; summoned before a court
		{"fr", "La France obtient de la Commission européenne un prêt de 4 milliards d'euros.",
			[]string{"La France=FRA", "Commission européenne=IGOEUREEC"}, []string{"IGOEUREEC>FRA:071"}},
		{"fr", "Les Américains ont assigné les producteurs européens devant le tribunal de commerce.",
			[]string{"Américains=USA", "producteurs européens=EURBUS"}, []string{"USA>EURBUS:115"}},
		{"fr", "Le gouvernement allemand prêta à la Grèce la somme de dix milliards d'euros.",
			[]string{"gouvernement allemand=DEUGOV", "la Grèce=GRC"}, []string{"DEUGOV>GRC:071"}},
		{"fr", "Le gouvernement allemand recommence à prêter des marks à la Pologne.",
			[]string{"gouvernement allemand=DEUGOV", "la Pologne=POL"}, []string{"DEUGOV>POL:071"}},
		// an agreement concluded by X, denounced
		{"fr", "Les patrons américains ont dénoncé l'accord conclu à Tokyo par le président américain.",
			[]string{"patrons américains=USABUS", "Tokyo=JPN@", "président américain=USAGOV"}, []string{"USABUS>USAGOV:111"}},
		// withdrawal of a reform demanded (10x) or asked (02x), its author in the genitive
		{"fr", "L'opposition réclame l'abandon du projet de loi du gouvernement.",
			[]string{"L'opposition=FRAOPP", "gouvernement=FRAGOV"}, []string{"FRAOPP>FRAGOV:1042"}},
		{"fr", "Le chef des écologistes demande le retrait du projet du gouvernement.",
			[]string{"chef des écologistes=FRAPTY", "gouvernement=FRAGOV"}, []string{"FRAPTY>FRAGOV:0242"}},
		// no attacker, no praised actor: no event
		{"fr", "La ville est victime de son succès auprès des touristes américains.",
			[]string{"touristes américains=USACVL"}, nil},
		// (pairs6: the subject of a clause closed by « lors de sa visite
		// en X » visits X, as the English "during his visit to X", par6en)
		{"fr", "Le président français a été victime d'un malaise lors de sa visite en Allemagne.",
			[]string{"président français=FRAGOV", "Allemagne=DEU@"}, []string{"FRAGOV>DEU:042"}},
		{"fr", "Les manifestants égyptiens ont été victimes de violences policières.",
			[]string{"manifestants égyptiens=EGYOPP"}, nil},
	}, true)
}

// TestFrdata3Initials: a first-name initial between a slot's preposition
// and the name is skipped as a title ("son soutien à A. Montebourg"),
// through the real stages.
func TestFrdata3Initials(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le président américain a apporté son soutien à J. Guaido.",
			[]string{"USAGOV>VENOPP:051"}, nil},
	})
}
