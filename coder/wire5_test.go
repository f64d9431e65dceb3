package coder

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/actor"
)

// wireCase is an invented French sentence in the register of agency copy
// (AFP, Reuters, Belga headlines and lead sentences), its publication date
// and every event it must give ("SRC>TGT:CODE", CAMEO 1.1b3 and
// testdata/CODING.md); an empty list: no event.
type wireCase struct {
	date, text string
	want       []string
}

// codeWire codes one sentence through the real stages (text, timex, actor
// with the embedded dictionaries, coder) at the given date and returns its
// events as dyad eval counts them: negated, hypothetical and one-sided
// events left out, sorted.
func codeWire(t *testing.T, c *Coder, kb *actor.KB, date, txt string) []string {
	t.Helper()
	return codeLang(t, c, kb, "fr", date, txt)
}

// notCase is an invented French sentence, its date and one event it must
// not give ("SRC>TGT:CODE").
type notCase struct{ date, text, not string }

// checkWireNot codes each case with codeWire and fails when the event it
// must not give is among the events.
func checkWireNot(t *testing.T, cases []notCase) {
	t.Helper()
	c, kb := realStages(t)
	for _, tc := range cases {
		for _, e := range codeWire(t, c, kb, tc.date, tc.text) {
			if e == tc.not {
				t.Errorf("%s (%s): unexpected %s", tc.text, tc.date, e)
			}
		}
	}
}

// checkWireCases codes each case with codeWire and requires exactly its
// events, in any order (no event when want is empty).
func checkWireCases(t *testing.T, c *Coder, kb *actor.KB, cases []wireCase) {
	t.Helper()
	for _, tc := range cases {
		got := codeWire(t, c, kb, tc.date, tc.text)
		want := append([]string(nil), tc.want...)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%s (%s)\n got  %s\n want %s", tc.text, tc.date, strings.Join(got, " "), strings.Join(want, " "))
		}
	}
}

// TestFrWire5 codes the invented agency-style sentences of the wire5 round
// (data/fr_wire5.txt; passives with an agent after a place, active
// participles set off by commas, fronted participles, object pronouns in
// a coordinated verb group, the object of an infinitive inside a passive
// subject) and requires exactly the expected events: all 20 CAMEO roots,
// headlines with a colon, reported speech, nominal events, clitic objects,
// "se dire prêt à", "exhorter / appeler X à".
func TestFrWire5(t *testing.T) {
	c, kb := realStages(t)
	for _, tc := range []wireCase{
		{"2019-05-14", "Le Premier ministre indien s'est adressé mardi au Parlement sur la situation au Cachemire.", []string{"INDGOV>INDLEG:010"}},
		{"2011-03-14", "Le président tunisien a présenté ses condoléances au Japon après le séisme.", []string{"TUNGOV>JPN:018"}},
		{"2016-07-15", "La chancelière allemande a exprimé sa solidarité avec la France après l'attentat de Nice.", []string{"DEUGOV>FRA:018"}},
		{"2018-03-13", "Le Kremlin a rejeté les accusations de Londres sur l'empoisonnement de l'ex-espion.", []string{"RUSGOV>GBR:016"}},
		{"2014-09-08", "Le ministre japonais des Affaires étrangères s'est dit optimiste quant à la reprise du dialogue avec la Chine.", []string{"JPNGOV>CHN:013"}},
		{"2017-04-20", "Le Premier ministre grec a déclaré devant les députés que son pays respecterait ses engagements.", []string{"GRCGOV>GRCLEG:010"}},
		{"2024-02-26", "Le président ukrainien a remercié les Pays-Bas pour leur soutien militaire.", []string{"UKRGOV>NLD:051"}},
		{"2019-03-02", "Le chef de la diplomatie saoudienne a salué le rôle du Koweït dans la médiation.", []string{"SAUGOV>KWT:051"}},
		{"2022-03-01", "Le président ukrainien a appelé l'Union européenne à lui fournir davantage d'armes.", []string{"UKRGOV>IGOEUREEC:0232"}},
		{"2014-07-20", "Le secrétaire général de l'ONU a exhorté Israël et le Hamas à cesser les hostilités.", []string{"IGOUNO>ISR:0256", "IGOUNO>PSEREBHMS:0256"}},
		{"2012-02-10", "La Ligue arabe a appelé le régime syrien à libérer les prisonniers politiques.", []string{"IGOMEAARL>SYRGOV:0253"}},
		{"2023-04-20", "Washington a appelé les généraux soudanais à respecter le cessez-le-feu.", []string{"USA>SDNMIL:0256"}},
		{"2010-01-15", "Le gouvernement haïtien a sollicité l'aide des États-Unis après le séisme.", []string{"HTIGOV>USA:023"}},
		{"2019-09-25", "Le président iranien a exhorté l'Arabie saoudite à rejoindre des négociations régionales.", []string{"IRNGOV>SAU:026"}},
		{"2001-10-12", "Le Pakistan a demandé aux États-Unis de cesser les frappes aériennes pendant le ramadan.", []string{"PAK>USA:0256"}},
		{"2020-08-11", "L'opposition biélorusse a appelé le président Loukachenko à démissionner.", []string{"BLROPP>BLRGOV:0241"}},
		{"2024-10-03", "Le Liban a demandé l'aide humanitaire de la France.", []string{"LBN>FRA:0233"}},
		{"1999-04-05", "Le président russe a exhorté l'OTAN à mettre fin à ses bombardements en Yougoslavie.", []string{"RUSGOV>IGOWSTNAT:0256"}},
		{"2021-02-02", "Les États-Unis ont appelé l'armée birmane à libérer Aung San Suu Kyi.", []string{"USA>MMRMIL:0253"}},
		{"2013-11-25", "Selon un communiqué, le ministère chinois des Affaires étrangères a appelé le Japon à la retenue.", []string{"CHNGOV>JPN:0256"}},
		{"2018-04-21", "Pyongyang s'est dit prêt à rencontrer le président américain.", []string{"PRK>USAGOV:036"}},
		{"2005-01-10", "Le Japon a promis une aide de 500 millions de dollars à l'Indonésie.", []string{"JPN>IDN:0331"}},
		{"2022-06-15", "L'Allemagne s'est engagée à livrer des systèmes de défense aérienne à l'Ukraine.", []string{"DEU>UKR:0332"}},
		{"2012-05-30", "Le gouvernement malien s'est dit disposé à négocier avec les rebelles touareg.", []string{"MLIGOV>MLIREB:036"}},
		{"2018-06-12", "Donald Trump et Kim Jong-un se sont rencontrés mardi à Singapour.", []string{"PRKGOV>USAGOV:040", "USAGOV>PRKGOV:040"}},
		{"2015-02-11", "Le président ukrainien a été reçu mercredi par la chancelière allemande à Berlin.", []string{"DEUGOV>UKRGOV:043", "UKRGOV>DEU:042"}},
		{"2017-07-04", "La visite du Premier ministre indien en Israël, la première du genre, a débuté mardi.", []string{"INDGOV>ISR:042"}},
		{"2020-01-08", "Le ministre iranien des Affaires étrangères s'est entretenu par téléphone avec son homologue omanais.", []string{"IRNGOV>OMNGOV:041", "OMNGOV>IRNGOV:041"}},
		{"2009-07-07", "Barack Obama, en visite à Moscou, a rencontré mardi le Premier ministre russe.", []string{"RUSGOV>USAGOV:040", "USAGOV>RUS:042", "USAGOV>RUSGOV:040"}},
		{"2010-09-02", "Israël et l'Autorité palestinienne ont repris les négociations directes.", []string{"ISR>PSEGOV:046", "PSEGOV>ISR:046"}},
		{"2023-08-24", "La rencontre entre le président chinois et le Premier ministre indien a eu lieu en marge du sommet.", []string{"CHNGOV>INDGOV:040", "INDGOV>CHNGOV:040"}},
		{"1998-12-03", "Le secrétaire général de l'ONU s'est rendu jeudi à Bagdad.", []string{"IGOUNO>IRQ:042"}},
		{"2025-03-18", "Le chef de la diplomatie française est arrivé mardi à Alger pour une visite de deux jours.", []string{"FRAGOV>DZA:042"}},
		{"2014-06-20", "Vladimir Poutine s'est entretenu avec Petro Porochenko au téléphone.", []string{"RUSGOV>UKRGOV:041", "UKRGOV>RUSGOV:041"}},
		{"2016-03-09", "Le Premier ministre turc a rencontré lundi à Bruxelles le président du Conseil européen.", []string{"IGOEUREEC>TURGOV:040", "TURGOV>IGOEUREEC:040"}},
		{"2021-06-16", "Joe Biden et Vladimir Poutine se sont rencontrés mercredi à Genève.", []string{"RUSGOV>USAGOV:040", "USAGOV>RUSGOV:040"}},
		{"2020-09-12", "Les pourparlers entre le gouvernement afghan et les talibans ont débuté samedi à Doha.", []string{"AFGGOV>AFGREB:046", "AFGREB>AFGGOV:046"}},
		{"2019-02-27", "Le président vietnamien a accueilli mercredi à Hanoï le dirigeant nord-coréen.", []string{"PRKGOV>VNM:042", "VNMGOV>PRKGOV:043"}},
		{"2018-01-31", "Le Premier ministre britannique a rencontré mercredi le président chinois à Pékin.", []string{"CHNGOV>GBRGOV:040", "GBRGOV>CHNGOV:040"}},
		{"2023-03-10", "L'Iran et l'Arabie saoudite ont annoncé le rétablissement de leurs relations diplomatiques.", []string{"IRN>SAU:050", "SAU>IRN:050"}},
		{"2016-12-20", "Le président philippin a fait l'éloge de son homologue chinois.", []string{"PHLGOV>CHNGOV:051"}},
		{"2008-02-18", "La France a reconnu l'indépendance du Kosovo.", []string{"FRA>KSV:054"}},
		{"2012-09-27", "Le Soudan et le Soudan du Sud ont signé jeudi un accord sur le pétrole.", []string{"SDN>SSD:057", "SSD>SDN:057"}},
		{"2013-07-23", "Le Premier ministre japonais a présenté ses excuses à la Corée du Sud.", []string{"JPNGOV>KOR:055"}},
		{"2019-10-17", "Le Royaume-Uni et l'Union européenne sont parvenus jeudi à un accord sur le Brexit.", []string{"GBR>IGOEUREEC:057", "IGOEUREEC>GBR:057"}},
		{"2020-09-15", "Bahreïn et les Émirats arabes unis ont signé des accords de normalisation avec Israël.", []string{"ARE>ISR:057", "BHR>ISR:057", "ISR>ARE:057", "ISR>BHR:057"}},
		{"2021-10-05", "Le secrétaire général de l'ONU a félicité le nouveau gouvernement libanais.", []string{"IGOUNO>LBNGOV:051"}},
		{"2021-08-06", "La Russie et la Chine ont mené des exercices militaires conjoints.", []string{"CHN>RUS:062", "RUS>CHN:062"}},
		{"2016-03-25", "Le Maroc a transmis à la Belgique des renseignements sur les auteurs des attentats.", []string{"MAR>BEL:064"}},
		{"2011-04-01", "Le Kenya a extradé vers le Rwanda un suspect du génocide.", []string{"KEN>RWA:063"}},
		{"2024-05-13", "L'Inde et l'Iran ont signé un accord de dix ans sur le port de Chabahar.", []string{"IND>IRN:057", "IRN>IND:057"}},
		{"2023-02-08", "L'Algérie a envoyé de l'aide humanitaire en Syrie après le séisme.", []string{"DZA>SYR:073"}},
		{"2014-03-27", "Le FMI a accordé un prêt de 18 milliards de dollars à l'Ukraine.", []string{"IGOBUSIMF>UKR:071"}},
		{"2022-04-10", "Les États-Unis ont livré des missiles antichars à l'Ukraine.", []string{"USA>UKR:072"}},
		{"1999-04-10", "La France a accordé l'asile politique à un opposant algérien.", []string{"FRA>DZAOPP:075"}},
		{"2017-03-01", "Le Canada a versé 20 millions de dollars d'aide humanitaire au Soudan du Sud.", []string{"CAN>SSD:073"}},
		{"2016-12-02", "La Gambie a libéré vendredi une dizaine d'opposants.", []string{"GMB>GMBOPP:0841"}},
		{"2000-12-20", "L'Érythrée a libéré des soldats éthiopiens capturés pendant la guerre.", []string{"ERI>ETHMIL:0841"}},
		{"2005-09-12", "L'armée israélienne s'est retirée de la bande de Gaza.", []string{"ISRMIL>PSE:0874"}},
		{"2021-07-14", "Les talibans ont remis en liberté des soldats afghans capturés.", []string{"AFGREB>AFGMIL:0841"}},
		{"2011-06-27", "La Cour pénale internationale a ouvert une enquête sur des crimes de guerre commis par le régime libyen.", []string{"IGOJUD>LBYGOV:094"}},
		{"2019-01-24", "Washington a exigé le départ du président vénézuélien.", []string{"USA>VENGOV:1041"}},
		{"2008-08-12", "Le président géorgien a exigé le retrait des troupes russes de son pays.", []string{"GEOGOV>RUSMIL:1056"}},
		{"2022-02-24", "Ukraine : Kiev accuse Moscou d'avoir lancé une invasion à grande échelle.", []string{"UKR>RUS:1123"}},
		{"2018-03-15", "Londres accuse Moscou d'être responsable de l'empoisonnement de l'ex-espion.", []string{"GBR>RUS:112"}},
		{"2020-06-10", "Pékin a dénoncé l'ingérence des États-Unis dans ses affaires intérieures.", []string{"CHN>USA:111"}},
		{"2010-11-24", "Séoul a vivement condamné le comportement de la Corée du Nord.", []string{"KOR>PRK:111"}},
		{"2013-09-05", "Le ministre turc des Affaires étrangères a critiqué l'inaction du Conseil de sécurité en Syrie.", []string{"TURGOV>IGOUNO:111"}},
		{"2016-10-20", "Le président philippin a traité l'ambassadeur américain d'idiot.", []string{"PHLGOV>USAGOV:111"}},
		{"2004-04-30", "Amnesty International a accusé les forces américaines de torture en Irak.", []string{"NGOHRIAMN>USAMIL:1122"}},
		{"2021-03-18", "Moscou a rappelé son ambassadeur à Washington après les propos du président américain.", []string{"RUS>USA:161"}},
		{"2019-08-05", "Islamabad a dénoncé la décision de New Delhi de révoquer l'autonomie du Cachemire.", []string{"PAK>IND:111"}},
		{"2012-09-12", "La secrétaire d'État américaine a condamné l'attaque contre le consulat de Benghazi.", nil},
		{"1996-03-04", "Le Premier ministre israélien a accusé le dirigeant palestinien de ne pas lutter contre le terrorisme.", []string{"ISRGOV>PSEGOV:112"}},
		{"2024-06-01", "L'ONG Human Rights Watch a accusé l'armée soudanaise de crimes contre l'humanité au Darfour.", []string{"NGOHRI>SDNMIL:1124"}},
		{"2018-11-26", "Ukraine : Porochenko accuse la Russie d'agression après l'arraisonnement de trois navires.", []string{"UKRGOV>RUS:1123"}},
		{"2025-01-20", "Le gouvernement mexicain a déposé une plainte officielle contre les États-Unis.", []string{"MEXGOV>USA:114"}},
		{"2019-10-10", "La Turquie a rejeté les appels de l'Union européenne à mettre fin à son offensive en Syrie.", []string{"TUR>IGOEUREEC:1246"}},
		{"2012-02-04", "La Russie a opposé son veto à une résolution du Conseil de sécurité sur la Syrie.", []string{"RUS>IGOUNO:129"}},
		{"2021-09-15", "Le gouvernement éthiopien a rejeté l'offre de médiation de l'Union africaine.", []string{"ETHGOV>IGOAFRAFU:126"}},
		{"2022-07-01", "Pyongyang a rejeté la proposition de Séoul de reprendre le dialogue.", []string{"PRK>KOR:125"}},
		{"2019-03-10", "L'opposition vénézuélienne a refusé de dialoguer avec le gouvernement de Nicolas Maduro.", []string{"VENOPP>VENGOV:125"}},
		{"2002-03-30", "Israël a rejeté le plan de paix présenté par la Ligue arabe.", []string{"ISR>IGOMEAARL:127"}},
		{"2017-04-15", "La Corée du Nord a menacé les États-Unis de frappes nucléaires.", []string{"PRK>USA:1385"}},
		{"2022-01-20", "Le président américain a menacé la Russie de sanctions sévères en cas d'invasion de l'Ukraine.", []string{"USAGOV>RUS:1312"}},
		{"2006-10-10", "Le Japon a averti la Corée du Nord qu'il imposerait des sanctions après son essai nucléaire.", []string{"JPN>PRK:1312"}},
		{"2019-11-20", "Des milliers de manifestants ont défilé à Bagdad contre le gouvernement.", []string{"IRQOPP>IRQGOV:141"}},
		{"2019-12-05", "Les cheminots français ont entamé une grève illimitée contre la réforme du gouvernement.", []string{"FRALAB>FRAGOV:1432"}}, // a strike for a policy change (1432) since the frsub round
		{"2011-01-25", "Des dizaines de milliers d'Égyptiens ont manifesté au Caire pour réclamer le départ du président Moubarak.", []string{"EGYCVL>EGYGOV:1411"}},
		{"2014-03-01", "La Russie a massé des troupes à la frontière ukrainienne.", []string{"RUS>UKR:154"}},
		{"2017-06-05", "L'Arabie saoudite, Bahreïn et l'Égypte ont rompu leurs relations diplomatiques avec le Qatar.", []string{"BHR>QAT:161", "EGY>QAT:161", "SAU>QAT:161"}},
		{"2022-02-28", "L'Union européenne a imposé de nouvelles sanctions à la Russie.", []string{"IGOEUREEC>RUS:163"}},
		{"2021-03-03", "Les États-Unis ont suspendu leur aide militaire à l'Éthiopie.", []string{"USA>ETH:1622"}},
		{"2020-08-20", "La Banque mondiale a gelé ses financements au Mali après le coup d'État.", []string{"IGOUNODEVWBK>MLI:1621"}},
		{"2019-12-04", "La police hongkongaise a arrêté des dizaines de manifestants.", []string{"HKGCOP>HKGOPP:173"}},
		{"2016-11-04", "La police turque a arrêté les dirigeants du parti pro-kurde HDP.", []string{"TURCOP>TURPTY:173"}},
		{"2021-05-12", "Un journaliste russe a été arrêté mardi par la police biélorusse.", []string{"BLRCOP>RUSMED:173"}},
		{"2011-11-20", "Les forces de sécurité syriennes ont tiré à balles réelles sur des manifestants à Homs.", []string{"SYRCOP>SYROPP:175"}},
		{"2000-05-04", "Les rebelles sierra-léonais ont pris en otage des casques bleus de l'ONU.", []string{"SLEREB>IGOUNO:181"}},
		{"2023-05-09", "L'ancien Premier ministre pakistanais Imran Khan a été arrêté mardi à Islamabad.", nil},
		{"2018-10-20", "Le journaliste saoudien a été assassiné au consulat d'Arabie saoudite à Istanbul.", nil},
		{"2019-04-21", "Une série d'attentats contre des églises et des hôtels a fait plus de 250 morts au Sri Lanka.", nil},
		{"2019-05-10", "Des jihadistes ont tué deux soldats burkinabè dans une embuscade dans le nord du pays.", []string{"BFAREB>BFAMIL:190"}}, // actor round 8 rebelsAtHome (was ---REB)
		{"2022-10-10", "La Russie a bombardé plusieurs villes ukrainiennes, dont Kiev.", []string{"RUS>UKR:195"}},
		{"2023-10-27", "L'armée israélienne a intensifié ses frappes aériennes sur la bande de Gaza.", []string{"ISRMIL>PSE:195"}},
		{"2016-09-20", "L'aviation syrienne a bombardé des quartiers rebelles d'Alep.", []string{"SYRMIL>SYRREB:195"}},
		{"2020-09-27", "Des combats ont éclaté dimanche entre l'Arménie et l'Azerbaïdjan au Haut-Karabakh.", []string{"ARM>AZE:190", "AZE>ARM:190"}},
		{"2011-03-19", "Des avions français ont effectué les premières frappes contre les forces de Kadhafi.", []string{"FRAMIL>LBYMIL:195"}},
		{"2024-04-14", "L'Iran a lancé des centaines de drones et de missiles contre Israël.", []string{"IRN>ISR:195"}},
		{"2018-03-18", "L'armée turque s'est emparée de la ville syrienne d'Afrin.", []string{"TURMIL>SYR:192"}},
		{"2014-07-08", "Israël a lancé une opération militaire contre le Hamas dans la bande de Gaza.", []string{"ISR>PSEREBHMS:190"}},
		{"2025-05-07", "L'Inde a mené des frappes aériennes contre le Pakistan.", []string{"IND>PAK:195"}},
		{"2013-08-21", "Le régime syrien a utilisé des armes chimiques contre des civils près de Damas.", []string{"SYRGOV>SYRCVL:2041"}},
		{"2018-07-16", "Donald Trump, qui a rencontré lundi Vladimir Poutine à Helsinki, a défendu le président russe.", []string{"RUSGOV>USAGOV:040", "USAGOV>RUSGOV:040", "USAGOV>RUSGOV:052"}},
		{"2024-05-16", "Le président chinois a reçu jeudi son homologue russe à Pékin.", []string{"CHNGOV>RUSGOV:043", "RUSGOV>CHN:042"}},
		{"2022-04-13", "Le président polonais s'est rendu à Kiev, où il a rencontré le président ukrainien.", []string{"POLGOV>UKR:042", "POLGOV>UKRGOV:040", "UKRGOV>POLGOV:040"}},
		{"2015-03-20", "Reçu mardi à l'Élysée par le président français, le roi de Jordanie a évoqué la situation en Syrie.", []string{"FRAGOV>JORGOV:043", "JORGOV>FRA:042"}},
		{"2010-05-16", "Le ministre brésilien des Affaires étrangères, arrivé dimanche à Téhéran, a rencontré le président iranien.", []string{"BRAGOV>IRN:042", "BRAGOV>IRNGOV:040", "IRNGOV>BRAGOV:040"}},
		{"2016-05-12", "Le Premier ministre canadien a téléphoné à son homologue japonais et l'a félicité pour sa victoire.", []string{"CANGOV>JPNGOV:041", "CANGOV>JPNGOV:051", "JPNGOV>CANGOV:041"}},
		{"2012-11-16", "Selon l'armée israélienne, le Hamas a tiré plus de 500 roquettes sur Israël depuis mercredi.", []string{"PSEREBHMS>ISR:194"}},
		{"2008-12-28", "L'Égypte a convoqué l'ambassadeur d'Israël au Caire pour protester contre les raids sur Gaza.", []string{"EGY>ISRGOV:110"}},
		{"2017-12-07", "La décision de Washington de reconnaître Jérusalem comme capitale d'Israël a été condamnée par la Ligue arabe.", []string{"IGOMEAARL>USA:111"}},
		{"2019-08-24", "G7 : Emmanuel Macron reçoit Donald Trump à Biarritz", []string{"FRAGOV>USAGOV:043", "USAGOV>FRA:042"}},
		{"2012-07-19", "Syrie : la Russie et la Chine bloquent une résolution de l'ONU", []string{"CHN>IGOUNO:129", "RUS>IGOUNO:129"}},
		{"2018-09-19", "Corées : Moon Jae-in et Kim Jong-un signent un accord militaire", []string{"KORGOV>PRKGOV:057", "PRKGOV>KORGOV:057"}},
		{"2021-05-11", "Jérusalem : le Hamas tire des roquettes sur Israël", []string{"PSEREBHMS>ISR:194"}},
		{"2020-05-19", "Venezuela : Caracas accuse Washington de préparer une invasion", []string{"VEN>USA:1123"}},
		{"2022-09-30", "Ukraine : les Occidentaux condamnent l'annexion de quatre régions par la Russie", []string{"RUS>UKR:192", "WST>RUS:111"}},
		{"2018-05-08", "Nucléaire : Téhéran menace de reprendre l'enrichissement si Washington quitte l'accord", []string{"IRN>USA:130"}}, // the threat's target is the actor of its condition since the frrecall4 round, as the English of this title codes it (speech.go conditionTargets)
		{"2016-07-20", "Turquie : Ankara demande à Washington d'extrader le prédicateur Fethullah Gülen", []string{"TUR>USA:0213"}},
		{"2009-01-05", "Gaza : l'Égypte appelle Israël à un cessez-le-feu immédiat", []string{"EGY>ISR:0256"}},
		{"2010-12-02", "Côte d'Ivoire : le Conseil constitutionnel invalide la victoire d'Alassane Ouattara", nil},
		{"2013-01-11", "Mali : la France lance une intervention militaire contre les jihadistes", []string{"FRA>MLIREB:190"}},
		{"2003-03-20", "Les forces américaines et britanniques ont lancé jeudi leur offensive contre l'Irak.", []string{"GBRMIL>IRQ:190", "USAMIL>IRQ:190"}},
		{"2015-11-25", "Le Premier ministre français a été reçu mardi à Moscou par le président russe.", []string{"FRAGOV>RUS:042", "RUSGOV>FRAGOV:043"}},
		{"2020-03-13", "Selon l'agence officielle, le président iranien a demandé au FMI un prêt d'urgence de 5 milliards de dollars.", []string{"IRNGOV>IGOBUSIMF:0231"}},
		{"2018-12-10", "Le chef de l'État ivoirien, qui s'exprimait devant l'Assemblée nationale, a annoncé une amnistie.", []string{"CIVGOV>CIVLEG:010"}},
		{"2007-05-18", "Le président français a exhorté la Libye à libérer les infirmières bulgares.", []string{"FRAGOV>LBY:0253"}},
		{"2023-09-28", "L'Azerbaïdjan a accepté de laisser entrer un convoi de la Croix-Rouge au Haut-Karabakh.", []string{"AZE>NGOHLHIRC:0355"}},
		{"2001-07-20", "Des milliers de manifestants altermondialistes se sont heurtés à la police italienne à Gênes.", []string{"ITAOPP>ITACOP:145"}},
		{"2015-06-26", "Un attentat suicide contre une mosquée chiite a fait 27 morts au Koweït.", nil},
		{"2024-01-04", "Le groupe État islamique a revendiqué l'attentat qui a fait 90 morts en Iran.", nil},
		{"2022-05-10", "Le président sénégalais se dit prêt à jouer les médiateurs entre Moscou et Kiev.", []string{"SENGOV>RUS:039", "SENGOV>UKR:039"}},
		{"2012-10-11", "Le président français a promis d'aider les pays africains à reconquérir le nord du Mali.", nil},
		{"2019-11-28", "Le ministre allemand des Affaires étrangères a effectué jeudi une visite surprise en Irak.", []string{"DEUGOV>IRQ:042"}},
		{"2024-03-05", "La visite du président turc à Bagdad vise à renforcer la coopération entre les deux pays.", []string{"TURGOV>IRQ:042"}},
		{"2006-04-18", "L'Iran s'est dit prêt à reprendre les négociations avec les Européens sur son programme nucléaire.", []string{"IRN>EUR:036"}},
		{"2018-02-14", "Le chef de la diplomatie américaine s'est rendu mercredi au Liban, où il a rencontré le président libanais.", []string{"LBNGOV>USAGOV:040", "USAGOV>LBN:042", "USAGOV>LBNGOV:040"}},
		{"2021-11-02", "Le président colombien a été reçu lundi à la Maison Blanche par son homologue américain.", []string{"COLGOV>USA:042", "USAGOV>COLGOV:043"}},
		{"2016-04-07", "Accueilli à Riyad par le roi Salmane, le président égyptien a signé plusieurs accords économiques.", []string{"EGYGOV>SAU:042", "SAUGOV>EGYGOV:043"}},
		{"2015-05-20", "Le Premier ministre indien, arrivé mardi à Séoul, s'est entretenu avec la présidente sud-coréenne.", []string{"INDGOV>KOR:042", "INDGOV>KORGOV:040", "KORGOV>INDGOV:040"}},
		{"2023-06-19", "Le secrétaire d'État américain a rencontré le président chinois et l'a exhorté à maintenir le dialogue.", []string{"CHNGOV>USAGOV:040", "USAGOV>CHNGOV:026", "USAGOV>CHNGOV:040"}},
		{"2017-11-04", "Arabie saoudite : le prince héritier fait arrêter des dizaines de princes et de ministres", []string{"SAUGOV>SAUGOV:173"}},
		{"2012-03-22", "Mali : des militaires renversent le président Amadou Toumani Touré", []string{"MLIMIL>MLIGOV:180"}},
		{"2009-06-13", "Le guide suprême iranien a appelé les manifestants à cesser les protestations.", []string{"IRNGOV>IRNOPP:0252"}},
		{"2020-10-01", "L'Azerbaïdjan a rejeté toute négociation avec l'Arménie tant que les combats continuent.", []string{"AZE>ARM:125"}},
		{"2011-08-18", "Le président américain a exhorté Bachar al-Assad à quitter le pouvoir.", []string{"USAGOV>SYRGOV:0241"}},
		{"2019-05-01", "L'opposition vénézuélienne a appelé l'armée à se soulever contre le président Maduro.", []string{"VENOPP>VENMIL:020"}},
		{"2022-11-15", "Un missile est tombé en Pologne, près de la frontière ukrainienne.", nil},
		{"2016-01-03", "L'Arabie saoudite a rompu ses relations diplomatiques avec l'Iran après l'attaque de son ambassade à Téhéran.", []string{"SAU>IRN:161"}},
		{"2015-12-12", "Les représentants de 195 pays ont adopté l'accord de Paris sur le climat.", nil},
		// (frwire4: the incursion's place is now read through "la région de"; the act charged is
		// not coded beside the accusation since 2026-11-27, README frmode)
		{"2024-08-06", "La Russie a accusé l'Ukraine d'avoir lancé une incursion dans la région de Koursk.", []string{"RUS>UKR:1123"}},
		{"2010-04-08", "Les présidents américain et russe ont signé à Prague un nouveau traité de désarmement nucléaire.", []string{"RUSGOV>USAGOV:057", "USAGOV>RUSGOV:057"}},
		{"2007-12-27", "L'ancienne Première ministre pakistanaise Benazir Bhutto a été tuée dans un attentat suicide à Rawalpindi.", nil},
		{"2015-09-30", "La Russie a mené ses premières frappes aériennes en Syrie.", []string{"RUS>SYR:195"}},
		{"2024-12-08", "Les rebelles syriens se sont emparés de Damas.", []string{"SYRREB>SYR:192"}},
		{"2008-05-21", "Le gouvernement libanais et le Hezbollah ont conclu un accord à Doha.", []string{"LBNGOV>LBNREB:057", "LBNREB>LBNGOV:057"}},
		{"2013-06-19", "Le président américain a salué la décision des talibans d'ouvrir un bureau au Qatar.", []string{"USAGOV>AFGREB:051"}},
		{"2018-05-14", "Le ministre turc des Affaires étrangères a convoqué l'ambassadeur d'Israël à Ankara.", []string{"TURGOV>ISRGOV:110"}},
		{"2016-06-24", "Bruxelles exhorte Londres à engager rapidement la procédure de sortie de l'Union européenne.", []string{"IGOEUREEC>GBR:020"}},
		{"2018-12-01", "La police française a fait usage de gaz lacrymogène contre les gilets jaunes à Paris.", []string{"FRACOP>FRAOPP:175"}},
		{"2020-02-05", "Le président tchadien a reçu mercredi une délégation de l'Union africaine.", []string{"IGOAFRAFU>TCD:042", "TCDGOV>IGOAFRAFU:043"}},
		{"2024-02-29", "La Serbie et le Kosovo se sont mis d'accord sur la reconnaissance des plaques d'immatriculation.", []string{"KSV>SRB:057", "SRB>KSV:057"}},
		{"2017-03-06", "Le chef de la diplomatie russe, arrivé lundi à Ankara, a rencontré le président turc.", []string{"RUSGOV>TUR:042", "RUSGOV>TURGOV:040", "TURGOV>RUSGOV:040"}},
		{"2022-07-19", "Arrivé mardi à Téhéran, le président russe s'est entretenu avec le guide suprême iranien.", []string{"IRNGOV>RUSGOV:040", "RUSGOV>IRN:042", "RUSGOV>IRNGOV:040"}},
		{"2019-01-28", "Le Premier ministre grec a été accueilli jeudi à Ankara par le président turc.", []string{"GRCGOV>TUR:042", "TURGOV>GRCGOV:043"}},
		{"2021-05-20", "La volonté de Moscou de déployer des troupes près de la frontière a été critiquée par l'OTAN.", []string{"IGOWSTNAT>RUS:111"}},
		{"2015-08-26", "Le président nigérian, venu à Washington, a demandé une aide militaire aux États-Unis.", []string{"NGAGOV>USA:0232"}},
		{"2013-04-09", "Le président français, qui recevait mardi le roi du Maroc, a salué le rôle de Rabat au Mali.", []string{"FRAGOV>MAR:051", "FRAGOV>MARGOV:043", "MARGOV>FRA:042"}},
		{"2011-02-21", "Libye : les forces de Kadhafi ont ouvert le feu sur des manifestants à Tripoli", []string{"LBYMIL>LBYOPP:175"}},
		{"2012-06-28", "Le président égyptien élu s'est dit prêt à rencontrer les dirigeants israéliens.", []string{"EGYELI>ISRGOV:036"}}, // pairs8: president-elect ELI (inaugurated 2012-06-30)
		{"2008-04-17", "L'ancien président américain Jimmy Carter a rencontré jeudi au Caire des dirigeants du Hamas.", []string{"PSEREBHMS>USAELI:040", "USAELI>PSEREBHMS:040"}},
		{"2020-12-10", "Le Maroc a normalisé ses relations avec Israël, a annoncé le président américain.", []string{"ISR>MAR:050", "MAR>ISR:050"}},
		{"2019-06-13", "Les États-Unis ont accusé l'Iran d'avoir attaqué deux pétroliers en mer d'Oman.", []string{"USA>IRN:1123"}},
		{"2025-01-15", "Israël et le Hamas sont parvenus à un accord de cessez-le-feu à Gaza, a annoncé le Qatar.", []string{"ISR>PSEREBHMS:057", "PSEREBHMS>ISR:057"}},
		{"2016-08-29", "Le président français a exhorté la Turquie à concentrer ses efforts contre l'État islamique.", []string{"FRAGOV>TUR:020"}},
		{"2010-08-05", "Le président vénézuélien a reçu à Caracas le nouveau ministre colombien des Affaires étrangères.", []string{"COLGOV>VEN:042", "VENGOV>COLGOV:043"}},
		{"2023-09-20", "Arménie : Erevan accuse Bakou de nettoyage ethnique au Haut-Karabakh", []string{"ARM>AZE:1124"}},
		{"2022-03-16", "L'offensive de la Russie contre l'Ukraine a été condamnée par l'Assemblée générale de l'ONU.", []string{"IGOUNO>RUS:111", "RUS>UKR:190"}},
		{"2019-11-12", "La visite du président iranien au Japon, la première depuis 19 ans, a débuté jeudi.", []string{"IRNGOV>JPN:042"}},
		{"2021-03-19", "La rencontre entre les chefs de la diplomatie américaine et chinoise s'est tenue en Alaska.", []string{"CHNGOV>USAGOV:040", "USAGOV>CHNGOV:040"}},
		{"2018-11-28", "Selon Kiev, la Russie a saisi trois navires ukrainiens dans le détroit de Kertch.", []string{"RUS>UKR:1711"}},
		{"2014-05-02", "Le président ukrainien par intérim a accusé la Russie de soutenir les séparatistes.", []string{"UKRGOV>RUS:112"}},
		{"2010-02-09", "Le Premier ministre turc, dont le pays est candidat à l'Union européenne, a critiqué la France.", []string{"TURGOV>FRA:111"}},
		{"2016-09-23", "Le président colombien a signé lundi un accord de paix avec les FARC à Carthagène.", []string{"COLGOV>COLREB:057", "COLREB>COLGOV:057"}},
		{"2020-05-28", "Pékin se dit prêt à riposter aux sanctions américaines.", nil},
		{"2017-01-17", "Le président chinois a exhorté les États-Unis à éviter une guerre commerciale.", []string{"CHNGOV>USA:020"}},
		{"2015-03-26", "L'Arabie saoudite et ses alliés ont lancé des frappes aériennes contre les rebelles houthis au Yémen.", []string{"SAU>YEMREB:195"}},
		{"2024-06-12", "La Corée du Nord a envoyé des centaines de ballons remplis de déchets vers la Corée du Sud.", nil},
		{"2013-05-30", "Le ministre israélien de la Défense a averti la Syrie contre toute livraison de missiles russes.", []string{"ISRGOV>SYR:130"}},
		{"2019-02-23", "Le président vénézuélien a rompu les relations diplomatiques avec la Colombie.", []string{"VENGOV>COL:161"}},
		{"2022-12-14", "Le Parlement européen a levé l'immunité d'une eurodéputée grecque soupçonnée de corruption.", nil},
		{"2018-10-08", "Le président ghanéen a reçu mardi à Accra le Premier ministre britannique, en tournée en Afrique.", []string{"GBRGOV>GHA:042", "GHAGOV>GBRGOV:043"}},
		{"2023-10-17", "Le président américain, arrivé mercredi en Israël, a exprimé son soutien au gouvernement israélien.", []string{"USAGOV>ISR:042", "USAGOV>ISRGOV:051"}},
		{"2016-01-16", "Les sanctions internationales contre l'Iran ont été levées samedi.", nil},
		{"2009-10-02", "Guinée : l'Union africaine menace la junte de sanctions", []string{"IGOAFRAFU>GINGOV:1312"}},
		{"2015-11-13", "La France a fermé ses frontières après les attentats de Paris.", nil},
		{"2024-10-01", "L'armée israélienne a lancé une offensive terrestre contre le Hezbollah au Liban.", []string{"ISRMIL>LBNREB:190"}},
	} {
		got := codeWire(t, c, kb, tc.date, tc.text)
		want := tc.want
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s (%s)\n got  %s\n want %s", tc.text, tc.date, strings.Join(got, " "), strings.Join(want, " "))
		}
	}
}

// TestFrWire5Structure: the structure rules of the wire5 round on further
// invented sentences: an active participle of a verb taking être set off
// by commas or opening the sentence takes the noun it qualifies as
// subject; a place phrase between a participle and its agent; an object
// pronoun in a coordinated verb group; the object of an infinitive inside
// a passive subject is not the target; "au Caire" (à + Le Caire) names
// Cairo.
func TestFrWire5Structure(t *testing.T) {
	c, kb := realStages(t)
	for _, tc := range []wireCase{
		{"2022-05-10", "Arrivé lundi à Kiev, le chef de la diplomatie allemande a rencontré le président ukrainien.", []string{"DEUGOV>UKR:042", "DEUGOV>UKRGOV:040", "UKRGOV>DEUGOV:040"}},
		{"2019-03-04", "Le Premier ministre éthiopien, arrivé dimanche à Asmara, a rencontré le président érythréen.", []string{"ERIGOV>ETHGOV:040", "ETHGOV>ERI:042", "ETHGOV>ERIGOV:040"}},
		{"2021-09-14", "Le président égyptien, accueilli à Pékin par le président chinois, a plaidé pour la paix.", []string{"CHNGOV>EGYGOV:043", "EGYGOV>CHN:042"}},
		{"2018-04-02", "Le président kényan a téléphoné à son homologue tanzanien et l'a remercié pour son soutien.", []string{"KENGOV>TZAGOV:041", "KENGOV>TZAGOV:051", "TZAGOV>KENGOV:041"}},
		{"2016-05-03", "Le ministre jordanien des Affaires étrangères s'est rendu mardi au Caire.", []string{"JORGOV>EGY:042"}},
		{"2020-02-11", "Le refus de la Turquie de libérer les opposants a été critiqué par l'Union européenne.", []string{"IGOEUREEC>TUR:111", "TUR>TUROPP:1243"}},
	} {
		got := codeWire(t, c, kb, tc.date, tc.text)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s (%s)\n got  %s\n want %s", tc.text, tc.date, strings.Join(got, " "), strings.Join(tc.want, " "))
		}
	}
}
