package coder

import (
	"testing"
)

// TestFrWire6 codes the invented agency-style sentences of the wire6 round
// (data/fr_wire6.txt) that dyad codes exactly as expected (blind
// expectations written before the run): headlines with a colon, "a indiqué
// X dans un communiqué", "selon", negation, intents, coordinated actors,
// nominal events, all CAMEO roots. Uses codeWire (wire5_test.go).
func TestFrWire6(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		{"2019-03-14", "Le Premier ministre éthiopien a appelé l'Union africaine à soutenir la transition au Soudan.", []string{"ETHGOV>IGOAFRAFU:022"}},
		{"2024-06-03", "Le président kényan William Ruto a exhorté les manifestants à cesser les violences, a indiqué la présidence dans un communiqué.", []string{"KENGOV>KENOPP:0252"}},
		{"2021-08-20", "Le secrétaire général de l'ONU a appelé les talibans à respecter les droits des femmes afghanes.", []string{"IGOUNO>AFGGOV:0243"}},
		{"2016-02-11", "Selon un porte-parole du ministère, Paris a demandé à Kigali d'extrader trois suspects recherchés pour génocide.", []string{"FRA>RWA:0213"}},
		{"2023-09-05", "Le gouvernement burkinabè a sollicité une aide alimentaire d'urgence du Programme alimentaire mondial.", []string{"BFAGOV>IGOUNOAGR:0233"}},
		{"2010-01-15", "Haïti : le président Préval demande l'aide humanitaire des États-Unis après le séisme.", []string{"HTIGOV>USA:0233"}},
		{"2022-11-18", "Le chef de la diplomatie turque a exhorté la Russie et l'Ukraine à reprendre les négociations.", []string{"TURGOV>RUS:026", "TURGOV>UKR:026"}},
		{"2025-02-07", "L'Union européenne a appelé Caracas à libérer les opposants emprisonnés.", []string{"IGOEUREEC>VEN:0253"}},
		{"2014-07-22", "Le président égyptien a présenté ses condoléances au roi de Jordanie après la mort de plusieurs soldats.", []string{"EGYGOV>JORGOV:018"}},
		{"2018-05-30", "Le ministre indien des Affaires étrangères s'est dit optimiste quant à la reprise du dialogue avec le Pakistan.", []string{"INDGOV>PAK:013"}},
		{"2017-04-12", "Moscou a démenti mercredi les accusations de Washington sur l'usage d'armes chimiques en Syrie.", []string{"RUS>USA:016"}},
		{"2012-03-19", "Le président ivoirien Alassane Ouattara a félicité son homologue sénégalais pour sa victoire.", []string{"CIVGOV>SENGOV:051"}},
		{"2023-05-16", "Le Brésil a défendu la Chine face aux critiques des pays occidentaux, selon un communiqué du ministère des Affaires étrangères.", []string{"BRA>CHN:052"}},
		{"2000-04-07", "Le Premier ministre belge a présenté des excuses au Rwanda pour l'inaction de la Belgique pendant le génocide.", []string{"BELGOV>RWA:055"}},
		{"2015-09-09", "Le Maroc reconnaît le nouveau gouvernement libyen d'union nationale.", []string{"MAR>LBYGOV:054"}},
		{"2026-01-21", "Le ministre sud-africain des Affaires étrangères s'entretiendra jeudi avec son homologue nigérian à Abuja.", []string{"ZAFGOV>NGAGOV:036"}},
		{"2009-04-08", "Le ministre chinois des Affaires étrangères a rencontré mercredi à Pékin son homologue iranien.", []string{"CHNGOV>IRNGOV:040", "IRNGOV>CHNGOV:040"}},
		{"2022-07-14", "Les présidents indonésien et philippin se sont entretenus par téléphone de la situation en mer de Chine méridionale.", []string{"IDNGOV>PHLGOV:041", "PHLGOV>IDNGOV:041"}},
		{"2013-10-24", "Le Qatar va accueillir des pourparlers entre le gouvernement afghan et les talibans, a annoncé Doha.", []string{"AFGGOV>AFGREB:036", "AFGREB>AFGGOV:036"}},
		{"2018-06-12", "Washington et Pyongyang ont négocié pendant plusieurs heures à Singapour.", []string{"PRK>USA:046", "USA>PRK:046"}},
		{"2005-03-03", "Le médiateur de l'Union africaine a rencontré les rebelles du Darfour à Abuja.", []string{"IGOAFRAFU>SDNREB:040", "SDNREB>IGOAFRAFU:040"}},
		{"2020-09-15", "Israël et Bahreïn ont signé mardi à Washington un accord de normalisation de leurs relations.", []string{"BHR>ISR:057", "ISR>BHR:057"}},
		{"2016-10-05", "Le Japon a accordé au Vietnam un prêt de 500 millions de dollars pour ses infrastructures.", []string{"JPN>VNM:071"}},
		{"2023-04-18", "La Banque mondiale a approuvé un financement de 300 millions de dollars en faveur du Niger.", []string{"IGOUNODEVWBK>NER:071"}},
		{"2017-08-29", "L'Allemagne va livrer des blindés à l'armée irakienne, a annoncé le ministère de la Défense à Berlin.", []string{"DEU>IRQMIL:0332"}},
		{"2019-05-21", "La France et le Tchad ont renforcé leur coopération militaire contre les groupes jihadistes.", []string{"FRA>TCD:062", "TCD>FRA:062"}},
		{"2015-11-26", "Le Maroc a extradé vers la Belgique un suspect des attentats de Paris.", []string{"MAR>BEL:063"}},
		{"2020-04-09", "La Chine a envoyé des masques et des respirateurs à l'Italie pour lutter contre la pandémie.", []string{"CHN>ITA:073"}},
		{"2009-07-30", "Le gouvernement hondurien a accepté la médiation du président costaricien Oscar Arias.", []string{"HNDGOV>CRIGOV:038"}},
		{"2022-04-26", "Les forces russes se sont retirées de la région de Kiev, selon l'état-major ukrainien.", []string{"RUSMIL>UKR:0874"}},
		{"2019-02-15", "Le gouvernement soudanais a accepté le déploiement d'observateurs de l'Union africaine au Darfour.", []string{"SDNGOV>IGOAFRAFU:086"}},
		{"2013-01-28", "Les rebelles du M23 ont accepté un cessez-le-feu avec l'armée congolaise.", []string{"CODREB>CODMIL:0871"}},
		{"2025-05-12", "L'Inde et le Pakistan ont conclu un cessez-le-feu après quatre jours de combats.", []string{"IND>PAK:0871", "PAK>IND:0871"}},
		{"2018-01-09", "Séoul a exigé de Tokyo des excuses officielles pour les femmes de réconfort.", []string{"KOR>JPN:100"}},
		{"2024-08-19", "Le président vénézuélien a dénoncé l'ingérence des États-Unis dans les affaires de son pays.", []string{"VENGOV>USA:111"}},
		{"2020-06-30", "Pékin a vivement critiqué mardi la décision de Londres d'offrir la citoyenneté aux habitants de Hong Kong.", []string{"CHN>GBR:111"}},
		// the act inside a reaction's object is coded too (cstruct round: nominal.go toldAct); the
		// negated condemnation itself is left out of this list (negated)
		{"2023-10-10", "L'Arabie saoudite n'a pas condamné l'attaque du Hamas contre Israël.", []string{"PSEREBHMS>ISR:190"}},
		{"2011-09-13", "Amnesty International accuse les forces de sécurité syriennes de torturer des détenus.", []string{"NGOHRIAMN>SYRCOP:1122"}},
		{"2019-04-03", "Le gouvernement rwandais a porté plainte contre la France devant la Cour internationale de justice.", []string{"RWAGOV>FRA:115"}},
		{"2020-06-17", "Le ministre indien de la Défense a reproché à Pékin de multiplier les incursions à la frontière.", []string{"INDGOV>CHN:111"}},
		{"2015-05-07", "Le Burundi a rejeté la demande de l'Union africaine de reporter l'élection présidentielle.", []string{"BDI>IGOAFRAFU:120"}},
		{"2024-01-25", "Le gouvernement israélien a rejeté le plan de paix proposé par l'Égypte.", []string{"ISRGOV>EGY:127"}},
		{"2010-10-28", "La junte birmane a refusé de libérer l'opposante Aung San Suu Kyi.", []string{"MMRGOV>MMROPP:1243"}},
		{"2026-03-04", "Le gouvernement malien a refusé l'accès des enquêteurs de l'ONU à la localité de Moura.", []string{"MLIGOV>IGOUNO:1245"}},
		{"2020-02-19", "Les talibans ont rejeté l'offre de dialogue du gouvernement de Kaboul.", []string{"AFGREB>AFGGOV:125"}},
		{"2013-06-27", "La Russie a opposé son veto à une résolution du Conseil de sécurité sur la Syrie.", []string{"RUS>IGOUNO:129"}},
		{"2019-08-06", "Le Premier ministre pakistanais a menacé de rompre les relations commerciales avec l'Inde.", []string{"PAKGOV>IND:1313"}},
		{"2023-07-26", "La CEDEAO menace d'intervenir militairement au Niger si le président Bazoum n'est pas rétabli.", []string{"IGOWAFWAS>NER:138"}},
		{"2006-04-11", "Washington menace Téhéran de sanctions s'il poursuit l'enrichissement d'uranium.", []string{"USA>IRN:1312"}},
		{"2021-05-04", "Des milliers de Colombiens ont manifesté mardi à Bogota contre la réforme fiscale du gouvernement.", []string{"COLCVL>COLGOV:1412"}},
		{"2014-11-21", "Au Burkina Faso, des manifestants ont exigé le départ du président Blaise Compaoré.", []string{"BFAOPP>BFAGOV:1041"}},
		{"2017-09-04", "L'armée sud-coréenne a placé ses troupes en état d'alerte maximale après l'essai nucléaire nord-coréen.", []string{"KORMIL>PRK:152"}},
		{"2017-06-05", "L'Arabie saoudite, les Émirats arabes unis et Bahreïn ont rompu leurs relations diplomatiques avec le Qatar.", []string{"ARE>QAT:161", "BHR>QAT:161", "SAU>QAT:161"}},
		{"2021-01-19", "La Suède a suspendu son aide au développement au Mali après le coup d'État.", []string{"SWE>MLI:1621"}},
		{"2015-12-15", "La police éthiopienne a arrêté une vingtaine de manifestants oromos dans la région d'Oromia.", []string{"ETHCOP>ETHOPP:173"}},
		{"2022-09-23", "Les forces de sécurité iraniennes ont interpellé des dizaines de manifestantes à Téhéran.", []string{"IRNCOP>IRNOPP:173"}},
		{"2019-12-03", "Le gouvernement irakien a instauré un couvre-feu à Bagdad après des manifestations meurtrières.", []string{"IRQGOV>IRQ:1723"}},
		{"2020-07-21", "La Tunisie a expulsé deux journalistes algériens accusés d'espionnage.", []string{"TUN>DZAMED:174"}},
		{"2014-04-15", "Boko Haram a enlevé plus de 200 lycéennes à Chibok, dans le nord-est du Nigeria.", []string{"NGAREB>NGAEDU:181"}},
		{"2012-06-08", "Des soldats syriens ont torturé des enfants dans la ville de Homs, selon Human Rights Watch.", []string{"SYRMIL>SYRCVL:1822"}},
		{"2016-08-10", "Des combats ont opposé l'armée sud-soudanaise aux rebelles fidèles à Riek Machar près de Juba.", []string{"SSDMIL>SSDREB:190", "SSDREB>SSDMIL:190"}},
		{"2023-11-07", "L'aviation israélienne a frappé des positions du Hezbollah au sud du Liban.", []string{"ISRMIL>LBNREB:195"}},
		{"2020-10-01", "L'Azerbaïdjan et l'Arménie s'affrontent à l'artillerie lourde au Haut-Karabakh.", []string{"ARM>AZE:194", "AZE>ARM:194"}},
		{"2022-05-17", "Les forces russes ont pris le contrôle de Marioupol après un siège de près de trois mois.", []string{"RUSMIL>UKR:192"}},
		{"2011-07-09", "Les rebelles de l'ELN ont attaqué une patrouille de l'armée colombienne dans le département d'Arauca.", []string{"COLREB>COLMIL:190"}},
		{"2017-10-16", "Les forces irakiennes ont repris Kirkouk aux combattants kurdes.", []string{"IRQMIL>IRQREB:192"}},
		{"2004-04-05", "Les milices Janjawid ont massacré des centaines de civils au Darfour, selon l'ONU.", []string{"SDNREB>SDNCVL:202"}},
		{"2017-09-12", "L'ONU accuse l'armée birmane de nettoyage ethnique contre les Rohingyas.", []string{"IGOUNO>MMRMIL:1124"}},
		{"2019-09-17", "Rabat a rappelé son ambassadeur à Stockholm en signe de protestation.", []string{"MAR>SWE:161"}},
		{"2015-08-14", "Les rebelles houthis ont libéré un journaliste américain détenu depuis des mois.", []string{"YEMREB>USAMED:0841"}},
		{"2018-04-16", "La Turquie a salué les frappes américaines, britanniques et françaises contre le régime syrien.", []string{"FRA>SYRGOV:195", "GBR>SYRGOV:195", "TUR>FRA:051", "TUR>GBR:051", "TUR>USA:051", "USA>SYRGOV:195"}},
		{"2021-06-15", "Le président américain Joe Biden et son homologue russe Vladimir Poutine se rencontreront à Genève.", []string{"RUSGOV>USAGOV:036", "USAGOV>RUSGOV:036"}},
		{"2006-07-13", "Israël impose un blocus aérien et maritime au Liban.", []string{"ISR>LBN:191"}},
		{"2017-02-21", "Le gouvernement philippin a suspendu les pourparlers de paix avec les rebelles communistes.", []string{"PHLGOV>PHLREB:164"}},
		{"2012-11-20", "Les rebelles du M23 se sont emparés de Goma, principale ville de l'est de la RD Congo.", []string{"CODREB>COD:192"}},
		{"2016-06-28", "Le Parlement européen a adopté une résolution condamnant la répression au Burundi.", []string{"IGOEUREEC>BDI:111"}},
		{"2014-12-17", "Le Japon compte investir 10 milliards de dollars en Inde, a annoncé Tokyo.", []string{"JPN>IND:0311"}},
		{"2011-03-19", "Des avions français ont détruit des chars des forces de Kadhafi près de Benghazi.", []string{"FRAMIL>LBYMIL:195"}},
		{"2018-10-22", "L'Arabie saoudite a reconnu que le journaliste Jamal Khashoggi avait été tué dans son consulat d'Istanbul.", []string{}},
		{"2023-02-14", "L'Éthiopie et le Soudan ont entamé des discussions sur le barrage de la Renaissance.", []string{"ETH>SDN:046", "SDN>ETH:046"}},
		{"2017-05-09", "Le président philippin Rodrigo Duterte a traité l'ambassadeur américain d'idiot.", []string{"PHLGOV>USAGOV:111"}},
		{"2020-05-27", "Washington a mis en garde Pékin contre toute atteinte à l'autonomie de Hong Kong.", []string{"USA>CHN:130"}},
		{"2018-03-26", "Une vingtaine de pays occidentaux ont expulsé des diplomates russes en soutien au Royaume-Uni.", []string{}},
		{"2023-06-14", "Mali : la junte exige le départ de la Minusma « sans délai », a déclaré le ministre des Affaires étrangères devant le Conseil de sécurité.", []string{"MLIGOV>IGOUNO:1056"}},
		{"2018-09-03", "Le président rwandais Paul Kagame, qui effectue une visite de deux jours à Paris, a été reçu lundi par Emmanuel Macron à l'Elysée.", []string{"FRAGOV>RWAGOV:043", "RWAGOV>FRA:042"}},
		{"2012-04-02", "La Cédéao a imposé lundi un embargo diplomatique et financier à la junte malienne, a annoncé le président ivoirien.", []string{"IGOWAFWAS>MLIGOV:163"}},
		{"2015-10-27", "Les autorités chinoises ont mis en garde Washington contre toute provocation en mer de Chine méridionale, selon un porte-parole de la diplomatie chinoise.", []string{"CHNGOV>USA:130"}},
		{"2022-11-09", "Le chef de l'Etat sénégalais Macky Sall a appelé les pays riches à tenir leurs promesses de financement climatique.", []string{}},
		{"2021-07-12", "Le président cubain a accusé les États-Unis d'être à l'origine des manifestations qui ont secoué l'île.", []string{"CUBGOV>USA:112"}},
		{"2016-11-04", "Le président gabonais Ali Bongo a reçu vendredi à Libreville une délégation de l'Union africaine chargée de la médiation.", []string{"GABGOV>IGOAFRAFU:043", "IGOAFRAFU>GAB:042"}},
		{"2013-03-25", "Centrafrique : les rebelles de la Séléka ont pris le contrôle de Bangui et le président Bozizé a fui vers le Cameroun.", []string{"CAFREB>CAF:192"}},
		{"2020-12-10", "Le Maroc et Israël vont normaliser leurs relations diplomatiques, a annoncé Donald Trump sur Twitter.", []string{"ISR>MAR:032", "MAR>ISR:032"}},
		{"2014-08-01", "L'Union africaine a décidé de suspendre l'Egypte de ses instances après la destitution du président Morsi.", []string{}},
		{"2022-06-06", "Des manifestants en colère ont incendié le siège du parlement libyen à Tobrouk pour protester contre la dégradation des conditions de vie.", []string{"LBYOPP>LBYLEG:145"}},
		{"2011-12-05", "La Russie s'est dite prête à aider la Syrie à sortir de la crise, a indiqué le ministère russe des Affaires étrangères.", []string{"RUS>SYR:033"}},
		{"2019-10-14", "Ankara a rejeté lundi les appels de l'Union européenne à mettre fin à son offensive dans le nord de la Syrie.", []string{"TUR>IGOEUREEC:1246"}},
		{"2017-03-31", "Les dirigeants de l'opposition vénézuélienne ont accusé la Cour suprême d'avoir perpétré un coup d'Etat.", []string{"VENOPP>VENJUD:112"}},
		{"2023-02-08", "Le Premier ministre irakien a ordonné l'envoi d'une aide humanitaire en Syrie et en Turquie après le séisme.", []string{"IRQGOV>SYR:073", "IRQGOV>TUR:073"}},
		{"2026-02-03", "Le ministre nigérian de la Défense s'est entretenu avec son homologue français de la lutte contre Boko Haram.", []string{"FRAGOV>NGAGOV:040", "NGAGOV>FRAGOV:040"}},
		{"2005-11-08", "Le gouvernement français a décrété l'état d'urgence face aux violences urbaines dans les banlieues.", []string{"FRAGOV>FRA:1724"}},
		{"2018-12-18", "Paris et Berlin ont salué l'accord conclu à la COP24 en Pologne.", []string{}},
		{"2019-03-06", "Le Venezuela a expulsé l'ambassadeur d'Allemagne, accusé d'ingérence dans les affaires intérieures du pays.", []string{"VEN>DEUGOV:161"}},
		{"2013-11-11", "Les Philippines ont reçu une aide d'urgence du Japon et des États-Unis après le passage du typhon Haiyan.", []string{"JPN>PHL:073", "USA>PHL:073"}},
		{"2009-05-19", "L'armée sri-lankaise a annoncé avoir tué le chef des Tigres tamouls, Velupillai Prabhakaran.", []string{"LKAMIL>LKAREB:190"}},
		{"2014-10-31", "Burkina Faso : l'armée prend le pouvoir après la démission du président Compaoré.", []string{}},
		{"2023-10-17", "Le roi Abdallah II de Jordanie a annulé un sommet prévu à Amman avec le président américain Joe Biden.", []string{"JORGOV>USAGOV:161"}},
		{"2018-07-09", "L'Ethiopie et l'Erythrée ont signé lundi à Asmara une déclaration commune mettant fin à vingt ans de guerre.", []string{"ERI>ETH:057", "ETH>ERI:057"}},
		{"2024-02-20", "L'Algérie a demandé une réunion d'urgence du Conseil de sécurité sur la situation à Gaza.", []string{"DZA>IGOUNO:020"}},
		{"2019-12-12", "La Gambie a saisi la Cour internationale de justice contre la Birmanie pour génocide contre les Rohingyas.", []string{"GMB>MMR:115"}},
		{"2016-09-19", "Des policiers ont dispersé à coups de gaz lacrymogène des partisans de l'opposition à Kinshasa, selon des témoins.", []string{"CODCOP>CODOPP:175"}},
		{"2015-01-13", "La police nigériane a été accusée par Amnesty International d'avoir torturé des suspects.", []string{"NGOHRIAMN>NGACOP:1122"}},
		{"2020-08-10", "Des milliers de Biélorusses ont manifesté à Minsk contre la réélection contestée d'Alexandre Loukachenko.", []string{"BLRCVL>BLRGOV:141"}},
		{"2012-09-13", "Des manifestants ont pris d'assaut l'ambassade des Etats-Unis à Sanaa pour protester contre un film anti-islam.", []string{"YEMOPP>USAGOV:145"}},
		{"2014-05-22", "L'armée thaïlandaise a pris le pouvoir par un coup d'Etat et suspendu la Constitution.", []string{}},
		// a third probe batch, written after the fixes
		{"2022-03-02", "Les sanctions imposées par l'Union européenne à la Russie entrent en vigueur mercredi.", []string{"IGOEUREEC>RUS:163"}},
		{"2016-08-15", "Le président colombien va rencontrer les chefs des FARC à La Havane la semaine prochaine.", []string{"COLGOV>COLREB:036"}},
		{"2018-10-02", "L'Indonésie a reçu l'aide de Singapour et de l'Australie après le tsunami.", []string{"AUS>IDN:070", "SGP>IDN:070"}},
		{"2013-06-30", "Des centaines de milliers d'Egyptiens ont manifesté au Caire pour exiger le départ du président Morsi.", []string{"EGYCVL>EGYGOV:1411"}},
		{"2017-07-11", "La visite du ministre chinois de la Défense au Cambodge a été reportée.", []string{}},
		{"2021-05-18", "Le Hamas a tiré des centaines de roquettes sur Israël, qui a riposté par des frappes aériennes sur Gaza.", []string{"ISR>PSE:195", "PSEREBHMS>ISR:194"}},
		{"2012-10-23", "Le Premier ministre libanais n'a pas démissionné malgré les appels de l'opposition.", []string{}},
		{"2025-07-08", "Le Ghana et le Togo ont signé mardi un accord de coopération sécuritaire à Lomé.", []string{"GHA>TGO:057", "TGO>GHA:057"}},
		{"2015-06-22", "Les talibans ont attaqué le Parlement afghan à Kaboul, selon la police.", []string{"AFGREB>AFGLEG:190"}},
		{"2024-03-19", "Le Burkina Faso a suspendu la diffusion de la BBC et de Voice of America pour deux semaines.", []string{"BFA>GBRMED:1721", "BFA>USAMED:1721"}},
		{"2022-08-17", "Kiev a remercié Washington pour sa nouvelle aide militaire de 775 millions de dollars.", []string{"UKR>USA:051"}},
	})
}

// TestFrWire6Conventions: wire6 sentences whose blind expectation was wrong
// and dyad right, per CAMEO 1.1b3 and coder/README: demanding a withdrawal
// is 1056 (106 is a demand to meet), massing or deploying forces 154,
// expelling an ambassador 161, summoning one 110, a visit received is
// coded towards the host's country.
func TestFrWire6Conventions(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		{"2012-08-21", "Le Premier ministre malien a exigé le retrait des groupes armés du nord du pays.", []string{"MLIGOV>MLIREB:1056"}},
		{"2022-02-18", "Le Mali a exigé le départ immédiat des soldats français.", []string{"MLI>FRAMIL:1056"}},
		{"2024-09-10", "La Chine a déployé des navires de guerre autour de Taïwan, a indiqué le ministère taïwanais de la Défense.", []string{"CHN>TWN:154"}},
		{"2022-02-15", "La Russie a massé plus de 100.000 soldats à la frontière ukrainienne.", []string{"RUS>UKR:154"}},
		{"2023-08-11", "Le Niger a expulsé l'ambassadeur de France, a annoncé la junte dans un communiqué.", []string{"NER>FRAGOV:161"}},
		{"2026-02-10", "Le ministre algérien des Affaires étrangères a convoqué l'ambassadeur de France à Alger.", []string{"DZAGOV>FRAGOV:110"}},
		{"2001-06-13", "Le président Bouteflika a reçu mardi à Alger le Premier ministre tunisien.", []string{"DZAGOV>TUNGOV:043", "TUNGOV>DZA:042"}},
		{"2024-04-30", "Le président sénégalais a reçu le Premier ministre mauritanien au palais présidentiel.", []string{"MRTGOV>SEN:042", "SENGOV>MRTGOV:043"}},
	})
}

// TestFrWire6Structure: the structure rules of the wire6 round on further
// invented sentences: a gerund inside an infinitive complement has the
// infinitive's subject (the accused arms the paramilitaries); a mention followed by its own finite verb after
// "et" opens a new clause and is no member of the object before it; a far
// pattern word matches the lower-case head of an organisation mention;
// coordinated subjects of a reciprocal phone call, negotiation or
// cooperation are the parties.
func TestFrWire6Structure(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		{"2018-03-05", "Le Venezuela a accusé la Colombie de chercher à renverser son gouvernement en armant des paramilitaires.", []string{"COL>---MIL:072", "VEN>COL:112"}},
		{"2015-06-09", "Les jihadistes ont attaqué la caserne de Nampala et le gouverneur de la région a demandé des renforts.", []string{}},
		{"2021-06-02", "L'armée tchadienne a attaqué les rebelles du FACT et le gouvernement a décrété un deuil national.", []string{"TCDMIL>TCDREB:190"}},
		{"2017-05-22", "Le gouvernement libyen a autorisé la venue d'enquêteurs de l'ONU à Tripoli.", []string{"LBYGOV>IGOUNO:086"}},
		{"2019-07-30", "Les présidents ghanéen et ivoirien se sont entretenus au téléphone du projet de monnaie commune.", []string{"CIVGOV>GHAGOV:041", "GHAGOV>CIVGOV:041"}},
		{"2016-02-17", "Bogota et les FARC ont négocié toute la nuit à La Havane.", []string{"COL>COLREB:046", "COLREB>COL:046"}},
		{"2022-09-12", "Le Niger et le Bénin ont renforcé leur coopération militaire contre les groupes armés.", []string{"BEN>NER:062", "NER>BEN:062"}},
	})
}
