package coder

import "testing"

// TestFrenchConflict checks the French patterns of the conflictual half of
// CAMEO (roots 10-20, data/fr_conflict.txt) on sentences written for the
// test (not from the evaluation or bench sets), with fixture actors: each
// sentence and the exact events it must give (source>target:code, "neg"
// for a negated event), or none.
func TestFrenchConflict(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
	}{
		// 10 demand
		{"Le Parlement européen exige la levée des sanctions contre la Biélorussie.",
			[]string{"Le Parlement européen=IGOEUREEC", "la Biélorussie=BLR"}, []string{"IGOEUREEC>BLR:1054"}},
		{"L'opposition exige une enquête du gouvernement sur les violences.",
			[]string{"L'opposition=TUNOPP", "gouvernement=TUNGOV"}, []string{"TUNOPP>TUNGOV:101"}},
		{"Le Conseil de sécurité exige l'arrêt immédiat des combats au Soudan.",
			[]string{"Le Conseil de sécurité=IGOUNO", "Soudan=SDN"}, []string{"IGOUNO>SDN:1056"}},
		// condemning an act targets its author, never its victim (the act
		// itself, with both its actors named, is coded too: cstruct)
		{"Le gouvernement a condamné l'attaque des rebelles contre la ville.",
			[]string{"Le gouvernement=MLIGOV", "rebelles=MLIREB"}, []string{"MLIGOV>MLIREB:111"}},
		{"Le Hamas a condamné l'offensive israélienne contre Gaza.",
			[]string{"Le Hamas=PSEREBHMS", "israélienne=ISR", "Gaza=PSE"}, []string{"PSEREBHMS>ISR:111", "ISR>PSE:190"}},
		{"Le Quai d'Orsay a dénoncé l'arrestation du journaliste par la police iranienne.",
			[]string{"Le Quai d'Orsay=FRAGOV", "journaliste=FRAMED", "la police iranienne=IRNCOP"}, []string{"FRAGOV>IRNCOP:111", "IRNCOP>FRAMED:173"}},
		{"La France a condamné l'attentat contre l'ambassade américaine.",
			[]string{"La France=FRA", "l'ambassade américaine=USAGOV"}, []string{"FRA>:111"}},
		{"Des milliers de manifestants dénoncent l'attentat de l'État islamique.",
			[]string{"manifestants=TUROPP", "l'État islamique=IMGMUSISI"}, []string{"TUROPP>IMGMUSISI:111"}},
		{"Washington a dénoncé l'assassinat de l'opposant tunisien.",
			[]string{"Washington=USAGOV", "l'opposant tunisien=TUNOPP"}, nil},
		{"La France a condamné l'emprisonnement de l'opposant russe.",
			[]string{"La France=FRA", "l'opposant russe=RUSOPP"}, nil},
		// a court's prison term, passive with the court before the term
		{"L'opposant a été condamné par un tribunal de Moscou à cinq ans de prison.",
			[]string{"L'opposant=RUSOPP", "un tribunal de Moscou=RUSJUD"}, []string{"RUSJUD>RUSOPP:173"}},
		{"Les syndicats exigent le retrait de la réforme du gouvernement.",
			[]string{"Les syndicats=FRALAB", "gouvernement=FRAGOV"}, []string{"FRALAB>FRAGOV:1042"}},
		{"Le Qatar a été placé sous blocus par l'Arabie saoudite.",
			[]string{"Le Qatar=QAT", "l'Arabie saoudite=SAU"}, []string{"SAU>QAT:191"}},
		// nominal attacks with both sides named
		{"Le bombardement de Gaza par l'aviation israélienne a fait vingt morts.",
			[]string{"Gaza=PSE", "l'aviation israélienne=ISRMIL"}, []string{"ISRMIL>PSE:195"}},
		{"Les tirs de roquettes du Hamas sur Israël se poursuivent.",
			[]string{"Hamas=PSEREBHMS", "Israël=ISR"}, []string{"PSEREBHMS>ISR:194"}},
		// the owner of the positions, bases, convoys hit is the target
		{"L'armée a tiré sur les positions des rebelles.",
			[]string{"L'armée=SYRMIL", "rebelles=SYRREB"}, []string{"SYRMIL>SYRREB:193"}},
		{"La France a mené des frappes contre des positions de l'État islamique.",
			[]string{"La France=FRA", "l'État islamique=IMGMUSISI"}, []string{"FRA>IMGMUSISI:195"}},
		{"Les rebelles ont lancé une attaque contre un convoi de l'armée.",
			[]string{"Les rebelles=MLIREB", "l'armée=MLIMIL"}, []string{"MLIREB>MLIMIL:190"}},
		// ordering an arrest or an expulsion
		{"Le procureur a ordonné l'arrestation de l'ancien ministre.",
			[]string{"Le procureur=TUNJUD", "l'ancien ministre=TUNGOV"}, []string{"TUNJUD>TUNGOV:173"}},
		{"Les Palestiniens ont claqué la porte des négociations avec Israël.",
			[]string{"Les Palestiniens=PSE", "Israël=ISR"}, []string{"PSE>ISR:164"}},
		// holding hostages is 181, not detention
		{"Les rebelles détiennent trois otages français.",
			[]string{"Les rebelles=MLIREB", "otages français=FRACVL"}, []string{"MLIREB>FRACVL:181"}},
		// a verbal attack is criticism
		{"L'opposition a attaqué le gouvernement sur sa politique économique.",
			[]string{"L'opposition=FRAOPP", "le gouvernement=FRAGOV"}, []string{"FRAOPP>FRAGOV:111"}},
		{"Le Premier ministre a vivement attaqué l'opposition.",
			[]string{"Le Premier ministre=FRAGOV", "l'opposition=FRAOPP"}, []string{"FRAGOV>FRAOPP:111"}},
		{"Les rebelles ont attaqué l'armée sur plusieurs fronts.",
			[]string{"Les rebelles=MLIREB", "l'armée=MLIMIL"}, []string{"MLIREB>MLIMIL:190"}},
		// the one a demand is made of
		{"La Chine exige du Japon des excuses officielles.",
			[]string{"La Chine=CHN", "Japon=JPN"}, []string{"CHN>JPN:100"}},
		// the attacked side as subject: "essuyer des tirs de X"
		{"Le convoi de l'ONU a essuyé des tirs des rebelles.",
			[]string{"l'ONU=IGOUNO", "rebelles=CODREB"}, []string{"CODREB>IGOUNO:190"}},
		{"Les syndicats exigent du gouvernement la levée de l'état d'urgence.",
			[]string{"Les syndicats=EGYLAB", "gouvernement=EGYGOV"}, []string{"EGYLAB>EGYGOV:1051"}},
		{"L'ONU exige l'accès des observateurs au régime syrien.",
			[]string{"L'ONU=IGOUNO", "régime syrien=SYRGOV"}, []string{"IGOUNO>SYRGOV:1055"}},
		// 11 disapprove: criticism, accusations and their sub-codes
		{"Le ministre turc a déploré l'attitude de la Grèce.",
			[]string{"Le ministre turc=TURGOV", "la Grèce=GRC"}, []string{"TURGOV>GRC:111"}},
		{"Le candidat de la droite a traité le président de menteur.",
			[]string{"Le candidat de la droite=FRAPTY", "le président=FRAGOV"}, []string{"FRAPTY>FRAGOV:111"}},
		{"Le ministre de l'Intérieur reproche aux syndicats leur manque de responsabilité.",
			[]string{"Le ministre de l'Intérieur=FRAGOV", "syndicats=FRALAB"}, []string{"FRAGOV>FRALAB:111"}},
		{"Amnesty International a dénoncé les tortures infligées par l'armée birmane.",
			[]string{"Amnesty International=NGOHRIAMN", "l'armée birmane=MMRMIL"}, []string{"NGOHRIAMN>MMRMIL:1122"}},
		{"Le procureur accuse l'ancien ministre de blanchiment d'argent.",
			[]string{"Le procureur=FRAJUD", "l'ancien ministre=FRAGOV"}, []string{"FRAJUD>FRAGOV:1121"}},
		{"L'opposition accuse le régime de crimes contre l'humanité.",
			[]string{"L'opposition=SYROPP", "le régime=SYRGOV"}, []string{"SYROPP>SYRGOV:1124"}},
		{"Téhéran accuse Washington d'avoir espionné ses installations nucléaires.",
			[]string{"Téhéran=IRNGOV", "Washington=USAGOV"}, []string{"IRNGOV>USAGOV:1125"}},
		{"Le Soudan accuse le Soudan du Sud d'avoir bombardé ses puits de pétrole.",
			[]string{"Le Soudan=SDN", "le Soudan du Sud=SSD"}, []string{"SDN>SSD:1123"}},
		{"La famille de la victime a porté plainte contre la police.",
			[]string{"La famille de la victime=FRACVL", "la police=FRACOP"}, []string{"FRACVL>FRACOP:115"}},
		{"La société a attaqué le ministère en justice.",
			[]string{"La société=FRABUS", "le ministère=FRAGOV"}, []string{"FRABUS>FRAGOV:115"}},
		// a prison term is detention (173), a fine a verdict (116)
		{"Le tribunal de Moscou a condamné l'opposant à trois ans de prison.",
			[]string{"Le tribunal de Moscou=RUSJUD", "l'opposant=RUSOPP"}, []string{"RUSJUD>RUSOPP:173"}},
		// 12 reject
		{"Les rebelles ont rejeté le plan de paix de la médiation africaine.",
			[]string{"Les rebelles=SDNREB", "la médiation africaine=IGOAFRAFU"}, []string{"SDNREB>IGOAFRAFU:127"}},
		{"La Chine a opposé son veto au projet de résolution des Occidentaux.",
			[]string{"La Chine=CHN", "Occidentaux=WST"}, []string{"CHN>WST:129"}},
		{"Le gouvernement exclut toute négociation avec les séparatistes.",
			[]string{"Le gouvernement=ESPGOV", "les séparatistes=ESPSEP"}, []string{"ESPGOV>ESPSEP:125"}},
		// 13 threaten
		{"Bruxelles menace Budapest de suspendre son aide financière.",
			[]string{"Bruxelles=IGOEUREEC", "Budapest=HUNGOV"}, []string{"IGOEUREEC>HUNGOV:1311"}},
		{"Le président russe brandit la menace de sanctions contre la Géorgie.",
			[]string{"Le président russe=RUSGOV", "la Géorgie=GEO"}, []string{"RUSGOV>GEO:1312"}},
		// 14 protest
		{"Des milliers de Tunisiens ont protesté contre le gouvernement.",
			[]string{"Tunisiens=TUNCVL", "le gouvernement=TUNGOV"}, []string{"TUNCVL>TUNGOV:140"}},
		{"Des étudiants ont manifesté devant l'ambassade de Chine.",
			[]string{"Des étudiants=FRAEDU", "l'ambassade de Chine=CHNGOV"}, []string{"FRAEDU>CHNGOV:141"}},
		{"Les manifestants se sont heurtés aux policiers anti-émeutes.",
			[]string{"Les manifestants=EGYOPP", "policiers=EGYCOP"}, []string{"EGYOPP>EGYCOP:145"}},
		// demonstrations by demand (1411-1414)
		{"Des milliers d'Égyptiens ont manifesté pour exiger le départ du président.",
			[]string{"Égyptiens=EGYCVL", "président=EGYGOV"}, []string{"EGYCVL>EGYGOV:1411"}},
		{"Des milliers de Maliens ont manifesté à Bamako pour réclamer le départ des troupes françaises.",
			[]string{"Maliens=MLICVL", "Bamako=MLI", "troupes françaises=FRAMIL"}, []string{"MLICVL>FRAMIL:1412"}},
		{"Les syndicats ont manifesté contre la réforme des retraites du gouvernement.",
			[]string{"Les syndicats=FRALAB", "gouvernement=FRAGOV"}, []string{"FRALAB>FRAGOV:1412"}},
		// 15 force posture
		{"La Russie a massé des troupes le long de la frontière avec l'Ukraine.",
			[]string{"La Russie=RUS", "l'Ukraine=UKR"}, []string{"RUS>UKR:154"}},
		// 16 reduce relations
		{"Le Canada a fermé son ambassade à Damas.",
			[]string{"Le Canada=CAN", "Damas=SYR"}, []string{"CAN>SYR:161"}},
		{"Le ministre a annulé sa visite en Algérie.",
			[]string{"Le ministre=FRAGOV", "Algérie=DZA"}, []string{"FRAGOV>DZA:161"}},
		{"L'Union européenne a frappé l'Iran de nouvelles sanctions.",
			[]string{"L'Union européenne=IGOEUREEC", "l'Iran=IRN"}, []string{"IGOEUREEC>IRN:163"}},
		{"Washington a placé Cuba sous embargo.",
			[]string{"Washington=USAGOV", "Cuba=CUB"}, []string{"USAGOV>CUB:163"}},
		{"Le Japon a suspendu son aide humanitaire à la Corée du Nord.",
			[]string{"Le Japon=JPN", "la Corée du Nord=PRK"}, []string{"JPN>PRK:1623"}},
		{"Les États-Unis ont inscrit le Hezbollah sur la liste des organisations terroristes.",
			[]string{"Les États-Unis=USA", "le Hezbollah=LBNREB"}, []string{"USA>LBNREB:163"}},
		{"L'Union européenne place le Maroc sur une liste de pays sûrs.",
			[]string{"L'Union européenne=IGOEUREEC", "le Maroc=MAR"}, nil},
		{"La Russie a interdit l'entrée à plusieurs responsables européens.",
			[]string{"La Russie=RUS", "responsables européens=EURGOV"}, []string{"RUS>EURGOV:163"}},
		// 17 coerce
		{"La police turque a écroué deux journalistes kurdes.",
			[]string{"La police turque=TURCOP", "journalistes kurdes=TURMED"}, []string{"TURCOP>TURMED:173"}},
		{"Le juge a placé l'ancien maire en garde à vue.",
			[]string{"Le juge=FRAJUD", "l'ancien maire=FRAGOV"}, []string{"FRAJUD>FRAGOV:173"}},
		{"Les autorités ont dissous le parti islamiste.",
			[]string{"Les autorités=TUNGOV", "le parti islamiste=TUNPTY"}, []string{"TUNGOV>TUNPTY:1722"}},
		{"Les forces de sécurité ont tiré sur les manifestants.",
			[]string{"Les forces de sécurité=SYRCOP", "manifestants=SYROPP"}, []string{"SYRCOP>SYROPP:175"}},
		{"La police a dispersé la foule à coups de gaz lacrymogènes.",
			[]string{"La police=KENCOP", "la foule=KENCVL"}, []string{"KENCOP>KENCVL:175"}},
		// 18 assault
		{"Les islamistes ont pris en otage des employés français.",
			[]string{"Les islamistes=DZAINS", "employés français=FRACVL"}, []string{"DZAINS>FRACVL:181"}},
		{"Des colons ont blessé trois Palestiniens.",
			[]string{"Des colons=ISRCVL", "Palestiniens=PSECVL"}, []string{"ISRCVL>PSECVL:182"}},
		{"Un kamikaze taliban s'est fait exploser devant l'ambassade américaine.", // lead4: was "Un kamikaze" (an unnamed perpetrator is no source)
			[]string{"Un kamikaze taliban=AFGINS", "l'ambassade américaine=USAGOV"}, []string{"AFGINS>USAGOV:1831"}},
		{"Les miliciens ont décapité deux otages.",
			[]string{"Les miliciens=---REB", "otages=GBRCVL"}, []string{"---REB>GBRCVL:1823"}},
		// 19 fight
		{"Les rebelles ont tendu une embuscade aux soldats colombiens.",
			[]string{"Les rebelles=COLREB", "soldats colombiens=COLMIL"}, []string{"COLREB>COLMIL:190"}},
		{"L'armée syrienne a tiré des obus sur la Turquie.",
			[]string{"L'armée syrienne=SYRMIL", "la Turquie=TUR"}, []string{"SYRMIL>TUR:194"}},
		{"La Russie a annexé la Crimée ukrainienne.",
			[]string{"La Russie=RUS", "la Crimée ukrainienne=UKR"}, []string{"RUS>UKR:192"}},
		{"Les rebelles se sont emparés de la ville de Goma.",
			[]string{"Les rebelles=CODREB", "Goma=COD"}, []string{"CODREB>COD:192"}},
		{"Le Hezbollah a violé la trêve.",
			[]string{"Le Hezbollah=LBNREB"}, []string{"LBNREB>:196"}},
		// exchanged fire is small-arms fighting, 193 both ways (as en.txt's
		// "exchange fire|gunfire|shots" 193); exchanged shells stay 190
		{"Les soldats indiens ont échangé des tirs avec l'armée pakistanaise.",
			[]string{"Les soldats indiens=INDMIL", "l'armée pakistanaise=PAKMIL"}, []string{"INDMIL>PAKMIL:193", "PAKMIL>INDMIL:193"}},
		{"Le gouvernement et les rebelles se rejettent la responsabilité des violences.",
			[]string{"Le gouvernement=CAFGOV", "les rebelles=CAFREB"}, []string{"CAFGOV>CAFREB:112", "CAFREB>CAFGOV:112"}},
		{"Les insurgés ont fait exploser une voiture piégée devant le ministère de l'Intérieur.",
			[]string{"Les insurgés=IRQINS", "le ministère de l'Intérieur=IRQGOV"}, []string{"IRQINS>IRQGOV:1832"}},
		{"Des hommes armés ont ouvert le feu sur un bus de pèlerins.",
			[]string{"Des hommes armés=PAKREB", "pèlerins=PAKCVL"}, []string{"PAKREB>PAKCVL:190"}},
		{"Les forces gouvernementales ont repris la ville aux rebelles.",
			[]string{"Les forces gouvernementales=CAFMIL", "rebelles=CAFREB"}, []string{"CAFMIL>CAFREB:192"}},
		{"L'Éthiopie mène une guerre contre l'Érythrée.",
			[]string{"L'Éthiopie=ETH", "l'Érythrée=ERI"}, []string{"ETH>ERI:190"}},
		{"Le convoi de l'ONU a été pris pour cible par des hommes armés.",
			[]string{"l'ONU=IGOUNO", "des hommes armés=CODREB"}, []string{"CODREB>IGOUNO:190"}},
		// 20 mass violence
		{"Le régime a utilisé des armes chimiques contre les rebelles.",
			[]string{"Le régime=SYRGOV", "les rebelles=SYRREB"}, []string{"SYRGOV>SYRREB:2041"}},
		// negated: the event is kept but marked (left out of the scores)
		{"Les talibans n'ont pas attaqué la base américaine.",
			[]string{"Les talibans=AFGREB", "la base américaine=USAMIL"}, []string{"AFGREB>USAMIL:190 neg"}},
		// no event: idioms, figurative uses, sport
		{"Le gouvernement veut attaquer le problème du chômage.",
			[]string{"Le gouvernement=FRAGOV"}, nil},
		{"La Turquie frappe à la porte de l'Union européenne.",
			[]string{"La Turquie=TUR", "l'Union européenne=IGOEUREEC"}, nil},
		{"L'Italie a battu l'équipe de France en finale.",
			[]string{"L'Italie=ITA", "France=FRA"}, nil},
		{"Le député a interpellé le ministre de l'Intérieur sur la sécurité.",
			[]string{"Le député=FRALEG", "le ministre de l'Intérieur=FRAGOV"}, nil},
		{"Le gouvernement traite les demandes des syndicats de manière prioritaire.",
			[]string{"Le gouvernement=FRAGOV", "syndicats=FRALAB"}, nil},
		{"Le ministre a tiré les leçons de la défaite face à l'Allemagne.",
			[]string{"Le ministre=FRAGOV", "l'Allemagne=DEU"}, nil},
		{"La France veut combattre le chômage des jeunes.",
			[]string{"La France=FRA"}, nil},
	} {
		got, _ := codeIt(t, "fr", tc.text, tc.actors...)
		if !sameEvents(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestFrenchConflictAudit checks the patterns written from the audit of
// dyad's French output on news (frconflict, 2026-11-26): authors of a
// criticised conduct, insults, threats, protests and strikes against a
// policy, clashes "opposer X à Y", legal attacks, blows, and the false
// anchors seen in the output. Sentences written for the test.
func TestFrenchConflictAudit(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
	}{
		// the author of the criticised conduct is the target
		{"Le ministre a critiqué la décision de l'Allemagne de fermer ses centrales.",
			[]string{"Le ministre=FRAGOV", "l'Allemagne=DEU"}, []string{"FRAGOV>DEU:111"}},
		{"Le sénateur dénonce une nouvelle dérobade du gouvernement.",
			[]string{"Le sénateur=FRALEG", "gouvernement=FRAGOV"}, []string{"FRALEG>FRAGOV:111"}},
		{"Le syndicat a déploré l'attitude de la direction de la SNCF.",
			[]string{"Le syndicat=FRALAB", "la SNCF=FRABUS"}, []string{"FRALAB>FRABUS:111"}},
		{"L'opposition dénonce une mascarade électorale orchestrée par le pouvoir.",
			[]string{"L'opposition=TGOOPP", "le pouvoir=TGOGOV"}, []string{"TGOOPP>TGOGOV:111"}},
		{"Moscou a qualifié de provocation les déclarations de Washington.",
			[]string{"Moscou=RUS", "Washington=USA"}, []string{"RUS>USA:111"}},
		{"Le président a ironisé sur la politique migratoire de l'Italie.",
			[]string{"Le président=FRAGOV", "l'Italie=ITA"}, []string{"FRAGOV>ITA:111"}},
		// criticism of an act whose author is not named: no event
		{"Le maire a critiqué la décision de fermer l'école.",
			[]string{"Le maire=FRAGOV"}, []string{"FRAGOV>:111"}},
		// demands: reparations (1011), disarmament (1056)
		{"La Pologne exige que l'Allemagne verse des réparations.",
			[]string{"La Pologne=POL", "l'Allemagne=DEU"}, []string{"POL>DEU:1011"}},
		{"Le gouvernement exige le désarmement des milices.",
			[]string{"Le gouvernement=LBYGOV", "milices=LBYREB"}, []string{"LBYGOV>LBYREB:1056"}},
		// threats
		{"Pékin a averti Taipei qu'une déclaration d'indépendance signifierait la guerre.",
			[]string{"Pékin=CHN", "Taipei=TWN"}, []string{"CHN>TWN:138"}},
		{"Le ministère a menacé d'engager des poursuites à l'encontre de la compagnie.",
			[]string{"Le ministère=FRAGOV", "la compagnie=FRABUS"}, []string{"FRAGOV>FRABUS:130"}},
		// protests and strikes against a policy (1412, 1432)
		{"Des milliers d'étudiants ont manifesté à Santiago contre la réforme du gouvernement.",
			[]string{"étudiants=CHLEDU", "Santiago=CHL", "gouvernement=CHLGOV"}, []string{"CHLEDU>CHLGOV:1412"}},
		{"Les dockers grecs se sont mis en grève contre la réforme du gouvernement.",
			[]string{"dockers grecs=GRCLAB", "gouvernement=GRCGOV"}, []string{"GRCLAB>GRCGOV:1432"}},
		// a blockade of a port names its country
		{"La marine a imposé un blocus au port de Lattaquié.",
			[]string{"La marine=ISRMIL", "Lattaquié=SYR"}, []string{"ISRMIL>SYR:191"}},
		// clashes "opposer X à Y": fighting both ways
		{"De violents combats ont opposé l'armée aux rebelles.",
			[]string{"l'armée=SDNMIL", "rebelles=SDNREB"}, []string{"SDNMIL>SDNREB:190", "SDNREB>SDNMIL:190"}},
		// a legal attack is a lawsuit (115), blows a physical assault (182)
		{"Les communes attaquent l'Etat pour discrimination.",
			[]string{"Les communes=FRAGOV", "l'Etat=FRAGOV"}, []string{"FRAGOV>FRAGOV:115"}},
		{"Le syndicat attaque la direction devant le tribunal de commerce.",
			[]string{"Le syndicat=FRALAB", "la direction=FRABUS"}, []string{"FRALAB>FRABUS:115"}},
		{"Un militant a frappé le député de plusieurs coups de poing.",
			[]string{"Un militant=FRAOPP", "le député=FRALEG"}, []string{"FRAOPP>FRALEG:182"}},
		// accusations and criticism after a light verb, opposing or vetoing
		// what someone proposed or passed
		{"Le Kremlin a lancé de graves accusations contre Kiev.",
			[]string{"Le Kremlin=RUSGOV", "Kiev=UKR"}, []string{"RUSGOV>UKR:112"}},
		{"La ministre a multiplié les critiques envers la Commission.",
			[]string{"La ministre=ITAGOV", "la Commission=IGOEUREEC"}, []string{"ITAGOV>IGOEUREEC:111"}},
		{"Le Hezbollah s'oppose au plan présenté par le Premier ministre.",
			[]string{"Le Hezbollah=LBNREB", "le Premier ministre=LBNGOV"}, []string{"LBNREB>LBNGOV:110"}},
		{"Le président a opposé son veto à la loi adoptée par le Sénat.",
			[]string{"Le président=USAGOV", "le Sénat=USALEG"}, []string{"USAGOV>USALEG:129"}},
		// a call to strike against a policy, an embargo bound for a country
		{"Les syndicats appellent à la grève contre la réforme du gouvernement.",
			[]string{"Les syndicats=FRALAB", "gouvernement=FRAGOV"}, []string{"FRALAB>FRAGOV:1432"}},
		{"Le Conseil a décrété un embargo sur les armes à destination du Soudan.",
			[]string{"Le Conseil=IGOUNO", "Soudan=SDN"}, []string{"IGOUNO>SDN:163"}},
		// an arrest criticised in a named place: that place's authorities
		{"Berlin a condamné la détention du journaliste à Téhéran.",
			[]string{"Berlin=DEU", "Téhéran=IRN"}, []string{"DEU>IRN:111"}},
		// a visit called off for health is no reduced relation
		{"Le président a annulé sa visite en Chine en raison d'une grippe.",
			[]string{"Le président=FRAGOV", "Chine=CHN"}, nil},
		// labels, ultimatums, hostages' holders, manoeuvres and troops near a
		// border, missions expelled, detention (passive), hijacking, bases
		// attacked, towns seized
		{"Le chancelier a qualifié le dirigeant hongrois de menteur.",
			[]string{"Le chancelier=DEUGOV", "le dirigeant hongrois=HUNGOV"}, []string{"DEUGOV>HUNGOV:111"}},
		{"Le ministre a qualifié l'accord avec la Tunisie d'historique.",
			[]string{"Le ministre=ITAGOV", "la Tunisie=TUN"}, nil},
		{"Les agriculteurs ont posé un ultimatum au gouvernement.",
			[]string{"Les agriculteurs=FRAAGR", "gouvernement=FRAGOV"}, []string{"FRAAGR>FRAGOV:139"}},
		{"Rome exige la libération des marins retenus par les pirates.",
			[]string{"Rome=ITA", "marins=ITACVL", "les pirates=SOMCRM"}, []string{"ITA>SOMCRM:1053"}},
		{"La marine chinoise mène des exercices au large des Philippines.",
			[]string{"La marine chinoise=CHNMIL", "Philippines=PHL"}, []string{"CHNMIL>PHL:150"}},
		{"Moscou a massé des chars à la frontière de la Finlande.",
			[]string{"Moscou=RUS", "la Finlande=FIN"}, []string{"RUS>FIN:154"}},
		{"Bamako a expulsé la mission de la CEDEAO.",
			[]string{"Bamako=MLI", "la CEDEAO=IGOWAFWAS"}, []string{"MLI>IGOWAFWAS:166"}},
		{"L'opposant a été placé en détention par la police biélorusse.",
			[]string{"L'opposant=BLROPP", "la police biélorusse=BLRCOP"}, []string{"BLRCOP>BLROPP:173"}},
		{"La police a placé le militant en détention.",
			[]string{"La police=EGYCOP", "le militant=EGYOPP"}, []string{"EGYCOP>EGYOPP:173"}},
		{"Des rebelles ont détourné un avion de la compagnie nationale.",
			[]string{"Des rebelles=SDNREB", "compagnie nationale=SDNBUS"}, []string{"SDNREB>:181"}},
		{"Les jihadistes ont attaqué un camp de l'armée nigérienne.",
			[]string{"Les jihadistes=NERINS", "l'armée nigérienne=NERMIL"}, []string{"NERINS>NERMIL:190"}},
		{"Les rebelles se sont emparés de la ville de Kidal.",
			[]string{"Les rebelles=MLIREB", "Kidal=MLI"}, []string{"MLIREB>MLI:192"}},
		{"Les rebelles ont tiré des obus sur le sud du Tchad.",
			[]string{"Les rebelles=SDNREB", "Tchad=TCD"}, []string{"SDNREB>TCD:194"}},
		// protests in front of a building, strikes, air strikes as agents
		{"Des centaines de Maliens se sont rassemblés devant l'ambassade de France.",
			[]string{"Maliens=MLICVL", "l'ambassade de France=FRAGOV"}, []string{"MLICVL>FRAGOV:141"}},
		{"Des étudiants ont organisé un sit-in devant le ministère de l'Éducation.",
			[]string{"Des étudiants=SENEDU", "le ministère de l'Éducation=SENGOV"}, []string{"SENEDU>SENGOV:141"}},
		{"Les médecins sont en grève contre le ministère de la Santé.",
			[]string{"Les médecins=TUNHLH", "le ministère de la Santé=TUNGOV"}, []string{"TUNHLH>TUNGOV:143"}},
		{"Une frappe de drone israélienne a tué un commandant du Hezbollah.",
			[]string{"israélienne=ISRMIL", "Hezbollah=LBNREB"}, []string{"ISRMIL>LBNREB:195"}},
		{"Le chef militaire a été tué par une frappe américaine.",
			[]string{"Le chef militaire=IRNMIL", "américaine=USAMIL"}, []string{"USAMIL>IRNMIL:195"}},
		// relations reduced, accession blocked, export restrictions
		{"Le Tchad a mis fin à sa coopération militaire avec la France.",
			[]string{"Le Tchad=TCD", "la France=FRA"}, []string{"TCD>FRA:1622"}},
		{"Washington s'est retiré de l'accord sur le nucléaire avec Téhéran.",
			[]string{"Washington=USA", "Téhéran=IRN"}, []string{"USA>IRN:160"}},
		{"La Hongrie a bloqué l'adhésion de l'Ukraine à l'Union.",
			[]string{"La Hongrie=HUN", "l'Ukraine=UKR"}, []string{"HUN>UKR:120"}},
		{"Pékin a imposé des restrictions aux exportations de métaux vers les Pays-Bas.",
			[]string{"Pékin=CHN", "les Pays-Bas=NLD"}, []string{"CHN>NLD:163"}},
		// false anchors: "en masse", "le combat contre", "arrêter la stratégie", sport
		{"Les paysans en masse ont rejoint les soldats.",
			[]string{"Les paysans=FRAAGR", "les soldats=FRAMIL"}, nil},
		{"Le syndicat mène le combat contre le projet du gouvernement.",
			[]string{"Le syndicat=FRALAB", "gouvernement=FRAGOV"}, nil},
		{"Le ministre a arrêté, avec le gouverneur de la banque centrale, la stratégie de défense du franc.",
			[]string{"Le ministre=FRAGOV", "le gouverneur de la banque centrale=FRAGOVBUS"}, nil},
		{"Lyon attaque la montagne à Grenoble.",
			[]string{"Lyon=FRA", "Grenoble=FRA"}, nil},
		{"Aucun élu ne pourra se réclamer du parti présidentiel.",
			[]string{"élu=FRALEG", "parti présidentiel=FRAPTY"}, nil},
		{"Le roi rejette l'idée d'une commission désignée par le Parlement.",
			[]string{"Le roi=MARGOV", "le Parlement=MARLEG"}, nil},
		{"Le groupe suédois renforce par ce rachat sa présence en Pologne.",
			[]string{"Le groupe suédois=SWEBUS", "Pologne=POL"}, nil},
		{"Le Maroc s'est interdit depuis 1990 de faire appel aux banques pour des raisons budgétaires.",
			[]string{"Le Maroc=MAR", "banques=MARBUS"}, nil},
		{"Le ministre a voulu arrêter le cours de la justice.",
			[]string{"Le ministre=FRAGOV", "la justice=FRAJUD"}, nil},
		// (a presence of troops strengthened stays a force posture)
		{"L'armée renforce sa présence à la frontière avec la Pologne.",
			[]string{"L'armée=BLRMIL", "la Pologne=POL"}, []string{"BLRMIL>POL:154"}},
	} {
		got, _ := codeIt(t, "fr", tc.text, tc.actors...)
		if !sameEvents(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestFrenchConflictFrdata2: arrests, force postures and warnings found
// miscoded in an audit of dyad's French output on news (frdata2,
// 2026-11-26); invented sentences, with what must not be coded.
func TestFrenchConflictFrdata2(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
	}{
		// 173 "interpeller": only police or soldiers arrest
		{"La députée écologiste a interpellé le ministre de la Santé.",
			[]string{"La députée écologiste=FRALEG", "le ministre de la Santé=FRAGOV"}, nil},
		{"Le ministre a été interpellé par un sénateur de l'opposition.",
			[]string{"Le ministre=FRAGOV", "un sénateur de l'opposition=FRAOPP"}, nil},
		{"Les gendarmes ont interpellé deux militants kurdes.",
			[]string{"Les gendarmes=FRACOP", "deux militants kurdes=TUROPP"}, []string{"FRACOP>TUROPP:173"}},
		{"Deux militants ont été interpellés par la police belge.",
			[]string{"Deux militants=BELOPP", "la police belge=BELCOP"}, []string{"BELCOP>BELOPP:173"}},
		// 154 troops massed at a border
		{"La Russie a massé des troupes à la frontière de la Finlande.",
			[]string{"La Russie=RUS", "la Finlande=FIN"}, []string{"RUS>FIN:154"}},
		// 130 a warning addressed to someone, before or after the warning
		{"Pékin a adressé une mise en garde à Manille.",
			[]string{"Pékin=CHN", "Manille=PHL"}, []string{"CHN>PHL:130"}},
		{"Le Kremlin a adressé à l'OTAN une nouvelle mise en garde.",
			[]string{"Le Kremlin=RUSGOV", "l'OTAN=IGOWSTNAT"}, []string{"RUSGOV>IGOWSTNAT:130"}},
		// 114 a letter of protest, the addressee first
		{"Le Maroc a adressé à l'Espagne une lettre de protestation.",
			[]string{"Le Maroc=MAR", "l'Espagne=ESP"}, []string{"MAR>ESP:114"}},
	} {
		got, _ := codeIt(t, "fr", tc.text, tc.actors...)
		if !sameEvents(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
