package coder

import (
	"testing"
)

// TestFrWire8 codes the invented agency-style sentences of the frwire4 round
// (AFP, Reuters in French, Le Monde, France 24, RFI, Jeune Afrique and Le
// Devoir register, dated 2023-2026; data/fr_wire8.txt) that dyad codes
// exactly as expected: tariffs and sanctions, humanitarian aid, the ICC and
// the ICJ, elections and their reactions, the Sahel, the Middle East,
// Ukraine, Asia-Pacific, Latin America, migration, protests, cyberattacks,
// hostage releases, and sentences that must give no event. The
// expectations were written blind (probes/probes_frwire4.tsv, batch 1), then
// normalised to the project's conventions where dyad's code was the
// CODING.md or an earlier round's one (a former official ELI, 121 for
// refused aid, 1721 for a media ban, salvos of missiles or drones 190,
// "accord de cessez-le-feu" 057, a protest and the demand it is for both
// coded as frreal5_test.go wants). Uses codeWire (wire5_test.go).
func TestFrWire8(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		{"2025-04-03", "Washington impose des droits de douane de 20 % sur les importations en provenance de l'Union européenne.", []string{"USA>IGOEUREEC:163"}},
		{"2025-04-10", "La Chine a riposté jeudi en relevant à 84 % ses droits de douane sur les produits américains, a annoncé le ministère chinois du Commerce.", []string{"CHN>USA:163"}},
		{"2025-07-28", "L'Union européenne et les Etats-Unis ont conclu dimanche en Ecosse un accord commercial qui fixe à 15 % les droits de douane sur la plupart des exportations européennes.", []string{"IGOEUREEC>USA:057", "USA>IGOEUREEC:057"}},
		{"2025-02-02", "Le Premier ministre canadien Justin Trudeau a annoncé samedi des droits de douane de 25 % sur 155 milliards de dollars de produits américains, en représailles aux mesures de Donald Trump.", []string{"CANGOV>USA:163"}},
		{"2024-10-30", "La Commission européenne a imposé mardi des surtaxes pouvant atteindre 35 % sur les véhicules électriques fabriqués en Chine.", []string{"IGOEUREEC>CHN:163"}},
		{"2025-05-12", "Pékin et Washington ont conclu lundi à Genève un accord pour suspendre pendant 90 jours la majeure partie des droits de douane imposés depuis avril.", []string{"CHN>USA:057", "USA>CHN:057"}},
		{"2025-08-07", "L'Inde a jugé « injuste et déraisonnable » la décision de Washington de doubler les droits de douane sur ses exportations.", []string{"IND>USA:111"}},
		{"2025-04-09", "Le Mexique ne répondra pas aux droits de douane américains par des mesures de rétorsion, a assuré la présidente Claudia Sheinbaum.", []string{}},
		{"2024-02-23", "Washington sanctionne plus de 500 cibles en Russie après la mort d'Alexeï Navalny.", []string{"USA>RUS:163"}},
		{"2025-10-22", "Le Trésor américain a imposé mercredi des sanctions aux compagnies pétrolières russes Rosneft et Lukoil.", []string{"USAGOV>RUSBUS:163"}},
		{"2024-06-24", "Les Vingt-Sept ont adopté lundi un quatorzième paquet de sanctions contre la Russie, visant pour la première fois le gaz naturel liquéfié.", []string{"IGOEUREEC>RUS:163"}},
		{"2023-07-31", "La Cédéao a imposé dimanche des sanctions financières à la junte nigérienne, réunie à Niamey depuis le coup d'Etat.", []string{"IGOWAFWAS>NERGOV:163"}},
		{"2024-02-24", "La Cédéao lève la plupart des sanctions imposées au Niger.", []string{"IGOWAFWAS>NER:085"}},
		{"2025-01-20", "Le Royaume-Uni a gelé les avoirs de six responsables géorgiens accusés d'avoir réprimé les manifestations pro-européennes.", []string{"GBR>GEOGOV:163"}},
		{"2024-04-18", "Washington et Londres sanctionnent l'Iran après son attaque contre Israël.", []string{"GBR>IRN:163", "USA>IRN:163"}},
		{"2025-06-10", "Cinq pays occidentaux, dont le Canada et le Royaume-Uni, ont sanctionné mardi deux ministres israéliens d'extrême droite pour incitation à la violence contre les Palestiniens.", []string{"CAN>ISRGOV:163", "GBR>ISRGOV:163"}},
		{"2024-11-15", "Les Etats-Unis n'imposeront pas de sanctions à l'unité israélienne Netzah Yehuda, a indiqué le département d'Etat.", []string{}},
		{"2023-02-08", "L'Algérie a dépêché mercredi des équipes de secours et 210 tonnes d'aide en Syrie et en Turquie après le séisme.", []string{"DZA>SYR:073", "DZA>TUR:073"}},
		{"2024-03-08", "Un premier navire chargé d'aide humanitaire a quitté Chypre pour Gaza, a annoncé l'ONG World Central Kitchen.", []string{}},
		{"2023-10-21", "Les premiers camions d'aide humanitaire sont entrés samedi dans la bande de Gaza par le point de passage de Rafah.", []string{}},
		{"2025-03-03", "Israël a suspendu dimanche l'entrée de toute aide humanitaire dans la bande de Gaza.", []string{"ISR>PSE:1623"}},
		{"2024-07-11", "Le Programme alimentaire mondial a distribué de la nourriture à plus de 300 000 déplacés dans l'est de la RDC.", []string{"IGOUNOAGR>COD:073"}}, // merge: frsub's "...vers|dans+" line (fr_round8.txt) wins over the recipient after "à" (CODREF); relaxed the same
		{"2025-02-26", "Washington a mis fin à 90 % des contrats d'aide de l'USAID à l'étranger, a annoncé le département d'Etat.", []string{}},
		{"2024-09-30", "L'Union européenne débloque 30 millions d'euros d'aide humanitaire pour le Liban.", []string{"IGOEUREEC>LBN:073"}},
		{"2023-09-12", "Le Maroc a refusé l'aide proposée par la France après le séisme, préférant celle de quatre pays.", []string{"MAR>FRA:121"}},
		{"2025-11-04", "Le Qatar a livré du carburant à la bande de Gaza.", []string{"QAT>PSE:073"}},
		{"2024-11-21", "La Cour pénale internationale a émis jeudi des mandats d'arrêt contre Benyamin Netanyahou et son ancien ministre de la Défense Yoav Gallant pour crimes de guerre et crimes contre l'humanité à Gaza.", []string{"IGOJUD>ISRELI:173", "IGOJUD>ISRGOV:173"}},
		{"2023-03-17", "La CPI émet un mandat d'arrêt contre Vladimir Poutine pour la déportation d'enfants ukrainiens.", []string{"IGOJUD>RUSGOV:173"}},
		{"2025-03-12", "L'ex-président philippin Rodrigo Duterte a été remis mardi soir à la Cour pénale internationale, à La Haye, après son arrestation à Manille.", []string{}},
		{"2024-01-26", "La Cour internationale de justice a ordonné vendredi à Israël de prendre toutes les mesures pour empêcher un génocide à Gaza.", []string{"IGOUNOJUDICJ>ISR:100"}},
		{"2023-12-29", "L'Afrique du Sud a saisi la Cour internationale de justice d'une requête accusant Israël de génocide.", []string{"ZAF>ISR:115"}},
		{"2024-07-19", "Un tribunal russe a condamné vendredi le journaliste américain Evan Gershkovich à seize ans de prison pour espionnage.", []string{"RUSJUD>USAMED:173"}},
		{"2025-02-06", "Donald Trump a signé jeudi un décret imposant des sanctions à la Cour pénale internationale.", []string{"USAGOV>IGOJUD:163"}},
		{"2026-01-15", "Le tribunal de Paris a condamné jeudi un ancien chef rebelle libérien à la réclusion à perpétuité pour crimes contre l'humanité.", []string{"FRAJUD>LBRELI:173"}},
		{"2024-10-01", "La Cour suprême du Brésil a ordonné la suspension du réseau social X dans tout le pays.", []string{}},
		{"2024-07-29", "Plusieurs pays latino-américains, dont l'Argentine et le Pérou, ont refusé lundi de reconnaître la réélection de Nicolas Maduro.", []string{"ARG>VENGOV:120", "PER>VENGOV:120"}},
		{"2024-07-30", "Le Venezuela a expulsé lundi les diplomates argentins, chiliens et péruviens après leurs critiques de l'élection présidentielle.", []string{"VEN>ARGGOV:161", "VEN>CHLGOV:161", "VEN>PERGOV:161"}},
		{"2024-09-09", "Le président tunisien Kaïs Saïed a félicité lundi son homologue algérien Abdelmadjid Tebboune pour sa réélection.", []string{"TUNGOV>DZAGOV:051"}},
		{"2025-06-05", "Le nouveau président sud-coréen Lee Jae-myung a reçu jeudi les félicitations du président américain.", []string{"USAGOV>KORGOV:051"}},
		{"2024-10-28", "Bruxelles a dénoncé lundi les « graves irrégularités » des législatives géorgiennes et appelé Tbilissi à ouvrir une enquête.", []string{"IGOEUREEC>GEO:020"}},
		{"2024-03-25", "Le Sénégalais Bassirou Diomaye Faye a été félicité lundi par le président ivoirien Alassane Ouattara après sa victoire dès le premier tour.", []string{"CIVGOV>SENELI:051"}},
		{"2025-04-14", "Les observateurs de l'Union européenne ont jugé « crédible » la présidentielle en Equateur, que conteste la candidate de gauche Luisa González.", []string{}},
		{"2024-05-10", "Tchad : l'opposition accuse la junte de fraude massive lors de la présidentielle.", []string{"TCDOPP>TCDGOV:1121"}},
		{"2026-01-18", "Les électeurs portugais se rendent aux urnes dimanche pour élire leur président.", []string{}},
		{"2023-08-28", "L'Union africaine a suspendu le Gabon de ses instances après le coup d'Etat militaire.", []string{"IGOAFRAFU>GAB:160"}},
		{"2023-12-22", "Le dernier soldat français a quitté le Niger, mettant fin à dix ans de présence militaire au Sahel.", []string{"FRAMIL>NER:0874"}},
		{"2024-03-17", "La junte nigérienne a dénoncé avec effet immédiat l'accord de coopération militaire avec les Etats-Unis.", []string{"NERGOV>USA:160"}},
		{"2024-07-29", "Des rebelles touareg affirment avoir tué des dizaines de soldats maliens lors de combats près de Tinzaouatène.", []string{"MLIREB>MLIMIL:190"}}, // merge: actor round 8 rebelsAtHome (was ---REB)
		{"2024-04-18", "Le Burkina Faso a expulsé trois diplomates français accusés d'« activités subversives ».", []string{"BFA>FRAGOV:161"}},
		{"2024-04-25", "Le gouvernement burkinabè a suspendu la diffusion de la BBC et de Voice of America pour deux semaines.", []string{"BFAGOV>GBRMED:1721", "BFAGOV>USAMED:1721"}},
		{"2025-04-07", "Le Mali, le Burkina Faso et le Niger rappellent leurs ambassadeurs en Algérie après la destruction d'un drone malien.", []string{"BFA>DZA:161", "MLI>DZA:161", "NER>DZA:161"}},
		{"2024-04-14", "L'Iran a lancé dans la nuit de samedi à dimanche plus de 300 drones et missiles contre Israël.", []string{"IRN>ISR:195"}},
		{"2024-11-27", "Israël et le Hezbollah ont conclu un cessez-le-feu entré en vigueur mercredi à l'aube, sous l'égide des Etats-Unis et de la France.", []string{"ISR>LBNREB:0871", "LBNREB>ISR:0871"}},
		{"2025-01-19", "Le Hamas a libéré dimanche trois otages israéliennes en échange de 90 prisonniers palestiniens relâchés par Israël.", []string{"ISR>PSECVL:0841", "PSEREBHMS>ISRCVL:0841"}},
		{"2025-06-13", "Israël a frappé vendredi des sites nucléaires et militaires en Iran, tuant plusieurs hauts gradés des Gardiens de la révolution.", []string{"ISR>IRN:190"}},
		{"2025-06-22", "Les Etats-Unis ont bombardé dans la nuit trois sites nucléaires iraniens, dont Fordo, a annoncé Donald Trump.", []string{"USA>IRN:195"}},
		{"2024-01-12", "Les Etats-Unis et le Royaume-Uni ont frappé dans la nuit des cibles des rebelles houthis au Yémen.", []string{"GBR>YEMREB:190", "USA>YEMREB:190"}},
		{"2024-01-10", "Les Houthis ont tiré des missiles sur un pétrolier britannique en mer Rouge.", []string{"YEMREB>GBRBUS:194"}},
		{"2025-05-06", "Les rebelles houthis et Washington sont parvenus à un accord de cessez-le-feu, selon le sultanat d'Oman, médiateur.", []string{"USA>YEMREB:057", "YEMREB>USA:057"}},
		{"2025-05-07", "Le président syrien par intérim Ahmed al-Charaa a été reçu mercredi à l'Elysée par Emmanuel Macron.", []string{"FRAGOV>SYRGOV:043", "SYRGOV>FRA:042"}},
		{"2025-05-14", "Donald Trump a rencontré à Riyad le président syrien Ahmed al-Charaa, une première en vingt-cinq ans.", []string{"SYRGOV>USAGOV:040", "USAGOV>SYRGOV:040"}},
		{"2025-05-13", "Trump annonce la levée de toutes les sanctions américaines contre la Syrie.", []string{"USAGOV>SYR:085"}},
		{"2023-10-07", "Le Hamas a lancé samedi une attaque sans précédent contre Israël, tirant des milliers de roquettes depuis la bande de Gaza.", []string{"PSEREBHMS>ISR:190"}},
		{"2025-06-24", "Téhéran a convoqué mardi l'ambassadeur de France pour protester contre les propos du ministre français des Affaires étrangères.", []string{"IRN>FRAGOV:110"}},
		{"2024-10-26", "L'armée israélienne a mené samedi des frappes « précises » contre des cibles militaires en Iran, en riposte aux tirs de missiles iraniens du 1er octobre.", []string{"ISRMIL>IRN:195"}},
		{"2025-09-09", "Le Qatar a dénoncé mardi une « attaque lâche » d'Israël contre des dirigeants du Hamas réunis à Doha.", []string{"ISR>PSEREBHMS:190", "QAT>ISR:111"}},
		{"2025-07-24", "Emmanuel Macron a annoncé jeudi que la France reconnaîtrait l'Etat de Palestine en septembre, devant l'Assemblée générale des Nations unies.", []string{"FRA>PSE:032"}},
		{"2025-09-22", "La France a officiellement reconnu lundi l'Etat de Palestine, rejoignant le Royaume-Uni, le Canada et l'Australie.", []string{"FRA>PSE:054"}},
		{"2024-08-07", "Les forces ukrainiennes ont lancé une incursion dans la région russe de Koursk, selon des responsables russes.", []string{"UKRMIL>RUS:190"}},
		{"2025-08-15", "Sommet en Alaska entre Donald Trump et Vladimir Poutine", []string{"RUSGOV>USAGOV:040", "USAGOV>RUSGOV:040"}},
		{"2024-06-16", "Une centaine de pays réunis en Suisse ont appelé à l'intégrité territoriale de l'Ukraine, sans la Russie.", []string{}},
		{"2025-05-16", "Les délégations russe et ukrainienne se sont rencontrées vendredi à Istanbul pour leurs premiers pourparlers directs depuis 2022.", []string{"RUSGOV>UKRGOV:040", "UKRGOV>RUSGOV:040"}},
		{"2024-10-18", "L'Ukraine et la Russie ont échangé vendredi 95 prisonniers de guerre de chaque côté, grâce à une médiation des Emirats arabes unis.", []string{"RUS>UKR:0841", "UKR>RUS:0841"}},
		{"2023-09-13", "Kim Jong Un a rencontré Vladimir Poutine au cosmodrome de Vostotchny, dans l'Extrême-Orient russe.", []string{"PRKGOV>RUSGOV:040", "RUSGOV>PRKGOV:040"}},
		{"2024-11-19", "Kiev a tiré pour la première fois des missiles américains ATACMS sur le territoire russe, selon Moscou.", []string{"UKR>RUS:194"}},
		{"2023-06-06", "L'Ukraine accuse la Russie d'avoir fait sauter le barrage de Kakhovka.", []string{"UKR>RUS:112"}},
		{"2025-03-12", "Moscou a rejeté mercredi la proposition américaine de cessez-le-feu de trente jours.", []string{"RUS>USA:1246"}},
		{"2024-02-16", "L'opposant russe Alexeï Navalny est mort en prison, annonce l'administration pénitentiaire.", []string{}},
		{"2023-06-23", "Le chef de Wagner, Evguéni Prigojine, a accusé vendredi l'état-major russe d'avoir bombardé les camps de ses combattants.", []string{"RUSUAF>RUSMIL:1123"}},
		{"2025-12-04", "Vladimir Poutine a reçu jeudi au Kremlin l'émissaire américain Steve Witkoff pour discuter du plan de paix.", []string{"RUSGOV>USAGOV:043", "USAGOV>RUS:042"}},
		{"2023-07-17", "La Russie a suspendu lundi sa participation à l'accord céréalier, a annoncé le Kremlin.", []string{}},
		{"2025-06-05", "Berlin va livrer à Kiev quatre systèmes de défense antiaérienne Iris-T supplémentaires, a annoncé le chancelier Friedrich Merz.", []string{"DEU>UKR:0332"}},
		{"2025-03-04", "Washington suspend son aide militaire à l'Ukraine pour forcer Kiev à négocier.", []string{"USA>UKR:1622"}},
		{"2023-05-30", "Moscou a été visée mardi par une attaque de drones, que le Kremlin impute à l'Ukraine.", []string{"RUSGOV>UKR:112"}},
		{"2025-11-20", "Le Kremlin n'a pas exclu de nouvelles négociations avec Kiev.", []string{}},
		{"2024-05-23", "La Chine a lancé jeudi des manœuvres militaires d'envergure autour de Taïwan, présentées comme une « punition » après l'investiture du président Lai Ching-te.", []string{"CHN>TWN:150"}},
		{"2024-06-19", "Vladimir Poutine et Kim Jong Un ont signé mercredi à Pyongyang un accord de partenariat stratégique prévoyant une assistance mutuelle en cas d'agression.", []string{"PRKGOV>RUSGOV:057", "RUSGOV>PRKGOV:057"}},
		{"2024-12-03", "Le président sud-coréen Yoon Suk Yeol a décrété la loi martiale, accusant l'opposition d'« activités anti-étatiques ».", []string{"KORGOV>KOR:1724", "KORGOV>KOROPP:112"}},
		{"2025-04-04", "La Cour constitutionnelle sud-coréenne a destitué vendredi le président Yoon Suk Yeol.", []string{}},
		{"2025-05-07", "L'Inde a frappé dans la nuit neuf sites au Pakistan et au Cachemire pakistanais, en représailles à l'attentat de Pahalgam.", []string{"IND>PAK:190"}},
		{"2025-05-10", "L'Inde et le Pakistan ont accepté un cessez-le-feu total et immédiat, a annoncé Donald Trump.", []string{"IND>PAK:0871", "PAK>IND:0871"}},
		{"2024-08-05", "Bangladesh : la Première ministre Sheikh Hasina démissionne et fuit le pays face aux manifestations.", []string{}},
		{"2025-11-14", "Pékin a convoqué l'ambassadeur du Japon après les propos de la Première ministre Sanae Takaichi sur Taïwan.", []string{"CHN>JPNGOV:110"}},
		{"2024-10-31", "Pyongyang a tiré mardi un missile balistique en mer du Japon, a indiqué l'armée sud-coréenne.", []string{}},
		{"2024-07-08", "Le Japon et les Philippines ont signé lundi à Manille un accord d'accès réciproque permettant le déploiement de leurs troupes sur le territoire de l'autre.", []string{"JPN>PHL:057", "PHL>JPN:057"}},
		{"2025-04-21", "Washington et Manille mènent leurs plus grands exercices militaires conjoints, « Balikatan », en mer de Chine méridionale.", []string{"PHL>USA:062", "USA>PHL:062"}},
		{"2025-01-10", "La junte birmane a bombardé un village de la région de Sagaing, tuant au moins 30 civils, selon des témoins.", []string{"MMRGOV>MMR:195"}},
		{"2025-03-20", "Les talibans ont libéré un ressortissant américain détenu depuis plus de deux ans, après une médiation du Qatar.", []string{"AFGGOV>USACVL:0841"}},
		{"2025-07-24", "Le Cambodge et la Thaïlande se sont accusés mutuellement d'avoir ouvert le feu les premiers à leur frontière.", []string{"KHM>THA:112", "THA>KHM:112"}},
		{"2025-07-28", "Réunis en Malaisie, les dirigeants thaïlandais et cambodgien ont accepté un cessez-le-feu « immédiat et inconditionnel ».", []string{"KHMGOV>THAGOV:040", "KHMGOV>THAGOV:0871", "THAGOV>KHMGOV:040", "THAGOV>KHMGOV:0871"}},
		{"2023-11-06", "Le Premier ministre australien Anthony Albanese a effectué lundi une visite à Pékin, la première d'un chef de gouvernement australien depuis 2016.", []string{"AUSGOV>CHN:042"}},
		{"2023-06-22", "Le Premier ministre indien Narendra Modi a été accueilli à Washington par Joe Biden pour une visite d'Etat.", []string{"INDGOV>USA:042", "USAGOV>INDGOV:043"}},
		{"2026-01-03", "Les forces américaines ont capturé samedi à Caracas le président vénézuélien Nicolas Maduro, a annoncé Donald Trump.", []string{"USAMIL>VENGOV:173"}},
		{"2025-08-28", "Le Venezuela a dénoncé jeudi devant le Conseil de sécurité de l'ONU le déploiement de navires de guerre américains dans les Caraïbes.", []string{"VEN>USAMIL:111"}},
		{"2024-06-20", "Le président argentin Javier Milei a qualifié de « communiste » son homologue brésilien Lula.", []string{"ARGGOV>BRAGOV:111"}},
		{"2025-07-09", "Donald Trump a annoncé une surtaxe de 50 % sur les produits brésiliens, dénonçant une « chasse aux sorcières » contre Jair Bolsonaro.", []string{"USAGOV>BRA:163"}},
		{"2025-09-11", "La Cour suprême du Brésil a condamné jeudi l'ex-président Jair Bolsonaro à 27 ans de prison pour tentative de coup d'Etat.", []string{"BRAJUD>BRAELI:173"}},
		{"2024-04-06", "Le Mexique a rompu ses relations diplomatiques avec l'Equateur après l'irruption de la police équatorienne dans son ambassade à Quito.", []string{"MEX>ECU:161"}},
		{"2024-08-01", "Le Brésil, la Colombie et le Mexique ont appelé Caracas à publier les procès-verbaux de l'élection présidentielle.", []string{"BRA>VEN:020", "COL>VEN:020", "MEX>VEN:020"}},
		{"2025-01-26", "Le président colombien Gustavo Petro a refusé dimanche l'atterrissage de deux avions militaires américains transportant des migrants expulsés.", []string{"COLGOV>USAMIL:120"}},
		{"2023-12-05", "Le Royaume-Uni et le Rwanda ont signé mardi un nouveau traité sur l'expulsion de demandeurs d'asile vers Kigali.", []string{"GBR>RWA:057", "RWA>GBR:057"}},
		{"2024-10-16", "L'Italie a transféré en Albanie un premier groupe de seize migrants interceptés en Méditerranée.", []string{}},
		{"2025-03-10", "L'Algérie a refusé à plusieurs reprises de reprendre ses ressortissants en situation irrégulière, a déploré le ministre français de l'Intérieur.", []string{"FRAGOV>DZA:111"}},
		{"2025-04-14", "Alger expulse douze agents de l'ambassade de France et donne 48 heures pour leur départ.", []string{"DZA>FRAGOV:161"}},
		{"2025-04-15", "Paris a riposté mardi en expulsant à son tour douze agents consulaires algériens et en rappelant son ambassadeur à Alger.", []string{"FRA>DZA:161", "FRA>DZAGOV:161"}},
		{"2023-07-16", "La Tunisie et l'Union européenne ont signé un protocole d'accord sur la migration prévoyant une aide de 105 millions d'euros.", []string{"IGOEUREEC>TUN:057", "TUN>IGOEUREEC:057"}},
		{"2025-03-27", "La Pologne a suspendu temporairement le droit d'asile à sa frontière avec le Bélarus.", []string{}},
		{"2025-09-18", "Le Premier ministre britannique Keir Starmer a reçu jeudi à Londres son homologue italienne Giorgia Meloni pour parler d'immigration.", []string{"GBRGOV>ITAGOV:043", "ITAGOV>GBR:042"}},
		{"2024-11-29", "En Géorgie, la police a dispersé à coups de canons à eau et de gaz lacrymogène des milliers de manifestants pro-européens devant le Parlement.", []string{"GEOCOP>GEOOPP:175"}},
		{"2025-03-15", "Des milliers de Serbes ont manifesté samedi à Belgrade contre le gouvernement du président Aleksandar Vucic.", []string{"SRBCVL>SRBGOV:141"}},
		{"2024-06-25", "Au Kenya, la police a tiré à balles réelles sur des manifestants qui tentaient de pénétrer dans le Parlement, faisant plusieurs morts.", []string{"KENCOP>KENOPP:175"}},
		{"2025-09-09", "Les manifestants ont incendié mardi le siège du Parlement à Katmandou.", []string{"NPLOPP>NPLLEG:1712"}},
		{"2023-07-01", "La police française a interpellé plus de 700 personnes lors d'une nouvelle nuit de violences urbaines après la mort de Nahel.", []string{"FRACOP>FRACVL:173"}},
		{"2025-06-30", "Le gouvernement togolais a interdit toute manifestation après les protestations contre la réforme constitutionnelle.", []string{}},
		{"2023-06-02", "Au Sénégal, les forces de l'ordre ont arrêté des dizaines de partisans d'Ousmane Sonko lors d'affrontements à Dakar.", []string{"SENCOP>SENOPP:173"}},
		{"2024-07-11", "Le président kényan William Ruto a limogé la quasi-totalité de son gouvernement après des semaines de manifestations.", []string{}},
		{"2025-08-28", "En Indonésie, des étudiants ont manifesté devant le Parlement à Jakarta pour réclamer la suppression des avantages des députés.", []string{"IDNEDU>IDNLEG:100", "IDNEDU>IDNLEG:141"}},
		{"2024-03-25", "Le Royaume-Uni accuse la Chine d'être à l'origine d'une cyberattaque contre sa commission électorale.", []string{"GBR>CHN:112"}},
		{"2025-02-27", "La Corée du Nord a dérobé 1,5 milliard de dollars en cryptomonnaies à une plateforme d'échange, selon le FBI.", []string{}},
		{"2025-04-29", "Paris attribue au renseignement militaire russe une série de cyberattaques visant des institutions françaises depuis 2021.", []string{"FRA>RUSSPY:112"}},
		{"2023-11-20", "Des hackers iraniens ont piraté les caméras de surveillance de plusieurs villes israéliennes, selon l'agence de cybersécurité d'Israël.", []string{"IRNCRM>ISR:176"}},
		{"2024-08-01", "Le journaliste américain Evan Gershkovich a été libéré jeudi par la Russie dans le cadre du plus vaste échange de prisonniers depuis la guerre froide.", []string{"RUS>USAMED:0841"}},
		{"2024-12-19", "Le Burkina Faso a libéré quatre agents de la DGSE détenus depuis décembre, grâce à une médiation du Maroc.", []string{"BFA>FRASPY:0841"}},
	})
}

// TestFrWire8Structure checks the structure rules of the frwire4 round on
// sentences of their own (each gave another result before the round): a
// place noun phrase opened by the slot's preposition names the target
// ("sur la périphérie nord de Kharkiv", "dans la région russe de
// Belgorod": slots.go placeSlot); the direct object starts after an
// instrument phrase ("à coups de gaz lacrymogène et de balles en
// caoutchouc": instrumentPhrase); coordinated subjects that cut funding do
// not act on each other (emit.go mutualRoot: only 160, 161 and 164 of root
// 16); duties on goods of a named origin, lifted sanctions, humanitarian
// money "pour" X, troops leaving a country, strikes on targets "en" X and a
// label before the object (fr_wire8.txt); the direct object starts after an
// audience phrase ("devant le Parlement": addresseePhrase); an order to a
// state is a demand, not one to a government; a filed complaint accusing X
// targets X; attacks attributed to X are an accusation of X.
func TestFrWire8Structure(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		{"2025-03-03", "L'aviation russe a mené des frappes sur la périphérie nord de Kharkiv.", []string{"RUSMIL>UKR:195"}},
		{"2025-03-03", "Les forces ukrainiennes ont lancé une incursion dans la région russe de Belgorod.", []string{"UKRMIL>RUS:190"}},
		{"2025-03-03", "La police a dispersé à coups de gaz lacrymogène et de balles en caoutchouc des centaines de manifestants à Nairobi.", []string{"KENCOP>KENOPP:175"}},
		{"2025-03-03", "La Suède et la Finlande ont gelé leur financement de l'UNRWA.", []string{}},
		{"2025-03-03", "Les Etats-Unis et le Canada ont suspendu leur aide au Niger.", []string{"CAN>NER:162", "USA>NER:162"}},
		{"2025-03-03", "Washington impose des droits de douane de 25 % sur les produits canadiens.", []string{"USA>CAN:163"}},
		{"2025-03-03", "La Chine a imposé des surtaxes sur les importations en provenance du Canada.", []string{"CHN>CAN:163"}},
		{"2025-03-03", "Trump a annoncé la levée des sanctions contre la Biélorussie.", []string{"USAGOV>BLR:085"}},
		{"2025-03-03", "Le Japon débloque 10 millions de dollars d'aide humanitaire pour le Soudan.", []string{"JPN>SDN:073"}},
		{"2025-03-03", "Les derniers soldats français ont quitté le Tchad.", []string{"FRAMIL>TCD:0874"}},
		{"2025-03-03", "Israël a frappé des cibles militaires en Syrie.", []string{"ISR>SYR:190"}},
		{"2025-03-03", "Le président a qualifié de « dictateur » son homologue vénézuélien.", []string{"---GOV>VENGOV:111"}},
		{"2025-03-03", "Le Premier ministre a dénoncé devant le Parlement la présence de soldats russes au Mali.", []string{"---GOV>RUSMIL:111"}},
		{"2025-03-03", "La CIJ a ordonné à la Russie de suspendre son offensive en Ukraine.", []string{"IGOUNOJUDICJ>RUS:1056"}}, // pairs8: an order to halt military operations is 1056, as English
		{"2025-03-03", "Le président a ordonné à ses ministres de réduire les dépenses.", []string{}},
		{"2025-03-03", "Le Nicaragua a saisi la CIJ d'une requête accusant l'Allemagne de faciliter un génocide.", []string{"NIC>DEU:115"}},
		{"2025-03-03", "Washington attribue à la Corée du Nord une série de cyberattaques contre des banques.", []string{"USA>PRK:112"}},
	})
}
