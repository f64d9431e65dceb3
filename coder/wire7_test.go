package coder

import (
	"reflect"
	"strings"
	"testing"
)

// TestFrWire7 codes the invented agency-style sentences of the wire7 round
// (Belga, ATS, La Presse canadienne, APS, RFI and AFP register; data/fr_wire7.txt)
// that dyad codes exactly as expected: statements and comments, appeals,
// intents, visits, praise, demands, criticism, rejections, threats, protests
// and fighting in long lead sentences with incises and dates. The
// expectations were written blind, then normalised to the project's
// conventions where dyad's code was the CODING.md one (finer Phoenix actor
// codes such as IGOAFRAFU, a capital as its country, 051 for "soutenir").
// Uses codeWire (wire5_test.go).
func TestFrWire7(t *testing.T) {
	c, kb := realStages(t)
	for _, tc := range []wireCase{
		{"2024-03-12", "Le Premier ministre belge Alexander De Croo a estimé mardi, dans un entretien accordé à la RTBF, que la Hongrie « isolait l'Europe » en bloquant l'aide à l'Ukraine.", []string{}},
		{"2019-06-04", "Le ministre suisse des Affaires étrangères, Ignazio Cassis, a jugé « inacceptables » les propos du président turc à l'égard de la Confédération.", []string{"CHEGOV>TURGOV:111"}},
		{"2021-02-17", "Le Conseil fédéral s'est dit préoccupé mercredi par la dégradation de la situation des droits humains en Russie.", []string{"CHEGOV>RUS:012"}},
		{"2016-09-22", "Le président sénégalais Macky Sall a affirmé jeudi devant l'Assemblée générale des Nations unies que l'Afrique réclamait deux sièges permanents au Conseil de sécurité.", []string{"SENGOV>IGOUNO:010"}},
		{"2023-11-08", "Le premier ministre canadien Justin Trudeau s'est dit « profondément préoccupé » par les informations faisant état de frappes israéliennes sur des hôpitaux de Gaza.", []string{}},
		{"2018-04-15", "Le président ivoirien Alassane Ouattara a présenté dimanche ses condoléances au peuple burkinabè après l'attaque meurtrière de Ouagadougou.", []string{"CIVGOV>BFACVL:018"}},
		{"2002-10-30", "Le gouvernement algérien a démenti mercredi toute implication de ses services dans l'enlèvement de deux diplomates marocains, selon l'agence APS.", []string{}},
		{"2025-01-21", "Le ministre marocain des Affaires étrangères Nasser Bourita a reconnu lundi que les discussions avec l'Espagne sur la délimitation des espaces maritimes avaient pris du retard.", []string{}},
		{"2020-08-11", "Le président du Conseil européen, Charles Michel, s'est dit « optimiste » mardi quant à une issue rapide des négociations avec le Royaume-Uni.", []string{"IGOEUREEC>GBR:013"}},
		{"2017-03-28", "Le ministre congolais de la Communication, Lambert Mende, a qualifié lundi de « mensongères » les accusations portées par l'ONU contre l'armée congolaise dans le Kasaï.", []string{"CODGOV>IGOUNO:111"}},
		{"2010-12-06", "Le président tunisien Zine el-Abidine Ben Ali a exprimé sa solidarité avec le peuple égyptien après les inondations meurtrières.", []string{"TUNGOV>EGYCVL:018"}},
		{"2022-07-14", "Le ministre belge de la Défense, Ludivine Dedonder, a exprimé mardi sa « profonde inquiétude » face à la multiplication des incidents entre la Serbie et le Kosovo.", []string{}},
		{"2008-02-19", "Le Premier ministre québécois Jean Charest a déploré lundi la décision d'Ottawa de réduire les transferts fédéraux destinés aux provinces.", []string{"CANGOV>CAN:111"}},
		{"2014-10-02", "Le président guinéen Alpha Condé a reconnu jeudi, lors d'une conférence de presse à Conakry, la responsabilité de l'Etat dans la lenteur de la riposte contre Ebola.", []string{}},
		{"2005-05-30", "Le président français Jacques Chirac a reconnu lundi l'échec du référendum sur la Constitution européenne et a promis d'en tirer les conséquences.", []string{}},
		{"2013-08-26", "Le ministre tchadien des Affaires étrangères a jugé « irresponsables » les déclarations du gouvernement soudanais sur la présence de rebelles au Tchad.", []string{"TCDGOV>SDNGOV:111"}},
		{"2021-09-15", "La ministre canadienne des Affaires étrangères, Mélanie Joly, a estimé mercredi que la Chine devait « rendre des comptes » sur le traitement réservé aux Ouïghours.", []string{"CANGOV>CHN:100"}},
		{"2011-03-19", "Le roi Mohammed VI a salué samedi l'engagement du peuple tunisien en faveur de la démocratie, dans un message adressé au président tunisien par intérim.", []string{"MARGOV>TUNCVL:051"}},
		{"2015-11-16", "Le Premier ministre belge Charles Michel a présenté lundi ses condoléances au président français François Hollande au nom de la Belgique.", []string{"BELGOV>FRAGOV:018"}},
		{"2000-06-13", "Le président du Mali, Alpha Oumar Konaré, a exprimé mardi son optimisme quant à l'issue des pourparlers entre les deux Corées.", []string{}},
		{"2024-06-20", "L'Union africaine s'est dite préoccupée jeudi par la reprise des combats entre l'armée congolaise et les rebelles du M23 dans le Nord-Kivu.", []string{"CODMIL>CODREB:190", "CODREB>CODMIL:190"}},
		{"2024-01-09", "Le secrétaire général de l'ONU, Antonio Guterres, a appelé lundi Israël et le Hamas à un cessez-le-feu humanitaire immédiat à Gaza.", []string{"IGOUNO>ISR:0256", "IGOUNO>PSEREBHMS:0256"}},
		{"2019-02-25", "Le pape François a exhorté dimanche les dirigeants vénézuéliens à trouver une solution pacifique à la crise politique.", []string{"VATGOV>VENGOV:027"}},
		{"2006-08-09", "Le Premier ministre libanais Fouad Siniora a lancé mercredi un appel à l'aide humanitaire internationale pour les déplacés du Sud-Liban.", []string{}},
		{"2015-04-27", "Le gouvernement burundais a été exhorté lundi par l'Union africaine à respecter la Constitution et les accords d'Arusha.", []string{"IGOAFRAFU>BDIGOV:0244"}},
		{"2023-10-19", "Le Premier ministre du Québec, François Legault, a demandé jeudi à Ottawa de lui transférer davantage de pouvoirs en matière d'immigration.", []string{"CANGOV>CAN:020"}},
		{"2011-04-02", "L'Union africaine a appelé samedi les forces de Laurent Gbagbo et celles d'Alassane Ouattara à cesser immédiatement les combats à Abidjan.", []string{"IGOAFRAFU>CIVMIL:0256"}},
		{"2018-09-11", "Le président de la Commission de l'Union africaine, Moussa Faki Mahamat, a exhorté mardi les dirigeants sud-soudanais à respecter l'accord de paix signé à Addis-Abeba.", []string{"IGOAFRAFU>SSDGOV:020"}},
		{"2009-05-14", "Le président français Nicolas Sarkozy a appelé jeudi l'Iran à libérer la Française Clotilde Reiss, détenue depuis juillet à Téhéran.", []string{"FRAGOV>IRN:0253"}},
		{"2021-06-07", "Le chef de l'Etat tchadien a invité lundi les groupes rebelles à rejoindre le dialogue national inclusif prévu à N'Djamena.", []string{"TCDGOV>TCDREB:026"}},
		{"2025-04-22", "La Suisse plaide pour une solution à deux Etats au Proche-Orient, a déclaré mardi à Genève le conseiller fédéral chargé des Affaires étrangères.", []string{}},
		{"2013-01-14", "Le président malien par intérim Dioncounda Traoré a demandé lundi l'aide militaire de la France pour stopper l'avancée des islamistes.", []string{"MLIGOV>FRA:0232"}},
		{"2020-01-06", "Le ministre des Affaires étrangères de la RDC a appelé dimanche le Rwanda à retirer ses soldats du territoire congolais.", []string{"CODGOV>RWA:0256"}},
		{"2016-05-10", "Des ONG internationales ont exhorté mardi le gouvernement camerounais à libérer les journalistes détenus dans le cadre de la lutte contre Boko Haram.", []string{"NGO>CMRGOV:0253"}},
		{"2022-11-23", "La Commission européenne a invité mercredi la Pologne à se conformer aux décisions de la Cour de justice de l'Union européenne.", []string{"IGOEUREEC>POL:020"}},
		{"2019-10-15", "Le ministre canadien des Affaires étrangères a appelé mardi la Turquie à mettre fin à son offensive militaire dans le nord-est de la Syrie.", []string{"CANGOV>TUR:0256"}},
		{"2024-08-28", "Le chef de la junte guinéenne a appelé mercredi les partis d'opposition à participer au dialogue politique sur la transition.", []string{"GINGOV>GINOPP:026"}},
		{"2001-10-09", "Le président algérien Abdelaziz Bouteflika a appelé mardi les Etats-Unis à la retenue dans leur riposte en Afghanistan.", []string{"DZAGOV>USA:0256"}},
		{"2014-07-15", "Le ministre belge des Affaires étrangères, Didier Reynders, a exhorté mardi Israël et le Hamas à accepter la proposition égyptienne de trêve.", []string{"BELGOV>ISR:0256", "BELGOV>PSEREBHMS:0256"}},
		{"2026-01-13", "L'Organisation mondiale de la santé a appelé mardi les autorités soudanaises à garantir l'accès humanitaire au Darfour.", []string{"IGOUNOHLHWHO>SDNGOV:0255"}},
		{"2012-08-20", "L'archevêque de Kinshasa a appelé dimanche le gouvernement congolais à ouvrir des négociations avec les rebelles du M23.", []string{"CODCHR>CODGOV:026"}},
		{"2022-05-18", "Le président sénégalais Macky Sall, président en exercice de l'Union africaine, s'est dit prêt mercredi à se rendre à Moscou et à Kiev pour plaider en faveur de la levée du blocus des céréales.", []string{"SENGOV>RUS:036", "SENGOV>UKR:036"}},
		{"2018-06-12", "Le Maroc envisage de rouvrir son ambassade à Bagdad, fermée depuis 2005, a annoncé mardi le ministère des Affaires étrangères.", []string{"MAR>IRQGOV:014"}},
		{"2023-02-06", "La Suisse s'est dite prête lundi à envoyer des équipes de sauvetage en Turquie et en Syrie après le séisme.", []string{"CHE>SYR:0333", "CHE>TUR:0333"}},
		{"2011-09-27", "Le gouvernement tunisien a proposé mardi à la Libye une aide médicale pour soigner les blessés des combats de Syrte.", []string{"TUNGOV>LBY:033"}},
		{"2009-03-05", "Le président soudanais Omar el-Béchir a annoncé jeudi qu'il n'avait pas l'intention de coopérer avec la Cour pénale internationale.", []string{}},
		{"2025-09-17", "Le Canada compte reconnaître l'Etat de Palestine lors de l'Assemblée générale de l'ONU, a annoncé mercredi le premier ministre Mark Carney.", []string{"CAN>PSE:032"}},
		{"2008-07-24", "Le président algérien s'est engagé jeudi à soutenir la candidature du Mali au Conseil des droits de l'homme de l'ONU.", []string{"DZAGOV>MLI:032"}},
		{"2024-05-14", "Le président français Emmanuel Macron s'est entretenu lundi par téléphone avec son homologue sénégalais Bassirou Diomaye Faye, a indiqué l'Elysée.", []string{"FRAGOV>SENGOV:041", "SENGOV>FRAGOV:041"}},
		{"2018-03-20", "Le ministre belge des Affaires étrangères Didier Reynders s'est rendu mardi à Kinshasa, où il a rencontré le président Joseph Kabila.", []string{"BELGOV>COD:042", "BELGOV>CODGOV:040", "CODGOV>BELGOV:040"}},
		{"2016-02-08", "Le président burkinabè Roch Marc Christian Kaboré a reçu lundi à Ouagadougou le ministre français de la Défense, Jean-Yves Le Drian.", []string{"BFAGOV>FRAGOV:043", "FRAGOV>BFA:042"}},
		{"2022-09-05", "Le président de la Confédération, Ignazio Cassis, a accueilli lundi à Berne le président ukrainien Volodymyr Zelensky pour une visite de travail.", []string{"CHEGOV>UKRGOV:043", "UKRGOV>CHE:042"}},
		{"2007-11-13", "Le Premier ministre canadien Stephen Harper a effectué mardi une visite surprise en Afghanistan, où il a rencontré les soldats canadiens.", []string{"CANGOV>AFG:042", "CANGOV>CANMIL:040", "CANMIL>CANGOV:040"}},
		{"2012-06-19", "Les présidents ivoirien et ghanéen se sont entretenus mardi à Accra de la sécurité à leur frontière commune.", []string{"CIVGOV>GHAGOV:040", "GHAGOV>CIVGOV:040"}},
		{"2023-06-27", "Le ministre marocain des Affaires étrangères a reçu mardi à Rabat son homologue israélien, lors de la première visite d'un chef de la diplomatie israélienne au Maroc.", []string{"ISRGOV>MAR:042", "MARGOV>ISRGOV:043"}},
		{"2001-05-22", "Le Premier ministre français Lionel Jospin a entamé mardi une visite officielle de trois jours au Sénégal.", []string{"FRAGOV>SEN:042"}},
		{"2010-10-14", "Le chef de l'Etat centrafricain François Bozizé a consulté jeudi les partis d'opposition sur la date des élections.", []string{"CAFGOV>CAFOPP:040", "CAFOPP>CAFGOV:040"}},
		{"2017-08-30", "Le Premier ministre tunisien Youssef Chahed a été reçu mercredi à l'Elysée par le président Emmanuel Macron.", []string{"FRAGOV>TUNGOV:043", "TUNGOV>FRA:042"}},
		{"2021-05-18", "Le président français Emmanuel Macron a réuni mardi à Paris une vingtaine de chefs d'Etat africains pour un sommet sur le financement des économies africaines.", []string{}},
		{"2024-11-26", "Le ministre canadien de l'Immigration s'est entretenu mardi à Ottawa avec son homologue haïtien au sujet de l'accueil des réfugiés.", []string{"CANGOV>HTIGOV:040", "HTIGOV>CANGOV:040"}},
		{"2015-09-30", "Le roi des Belges Philippe a reçu mercredi au Palais royal le président du Parlement européen, Martin Schulz.", []string{"BELGOV>IGOEUREEC:043", "IGOEUREEC>BEL:042"}},
		{"2019-04-03", "Le président tunisien Béji Caïd Essebsi a salué mercredi la décision de la Cédéao de lever les sanctions contre le Mali.", []string{"TUNGOV>IGOWAFWAS:051"}},
		{"2022-02-24", "Le gouvernement belge a apporté jeudi son soutien total à l'Ukraine face à l'invasion russe.", []string{"BELGOV>UKR:051"}},
		{"2011-07-09", "La Suisse a reconnu samedi l'indépendance du Soudan du Sud, proclamée le jour même à Juba.", []string{"CHE>SSD:054"}},
		{"2013-03-05", "Le président ivoirien Alassane Ouattara a salué mardi l'action des forces françaises et tchadiennes au Mali.", []string{"CIVGOV>FRAMIL:051", "CIVGOV>TCDMIL:051"}},
		{"2008-12-18", "La Belgique et le Luxembourg ont signé jeudi à Bruxelles un accord de coopération policière transfrontalière.", []string{"BEL>LUX:057", "LUX>BEL:057"}},
		{"2014-01-28", "Le Sénégal a soutenu mardi la candidature de la Mauritanie à la présidence de l'Union africaine.", []string{"SEN>MRT:051"}},
		{"2018-05-29", "Le ministre des Affaires étrangères de l'Algérie a défendu mardi la position de son pays sur le Sahara occidental devant ses homologues africains.", []string{}},
		{"2012-11-30", "L'Assemblée générale de l'ONU a reconnu jeudi la Palestine comme Etat observateur non membre.", []string{"IGOUNO>PSE:054"}},
		{"2006-03-22", "Le président français Jacques Chirac a félicité mercredi la présidente libérienne Ellen Johnson Sirleaf pour sa politique de réconciliation.", []string{"FRAGOV>LBRGOV:051"}},
		{"2003-02-14", "Le ministre français des Affaires étrangères Dominique de Villepin a défendu vendredi devant le Conseil de sécurité la poursuite des inspections en Irak.", []string{}},
		{"2019-08-23", "Le gouvernement rwandais a présenté ses excuses lundi au Burundi après l'incursion de militaires rwandais à la frontière.", []string{"RWAGOV>BDI:055"}},
		{"2019-07-02", "L'opposition guinéenne exige le retrait du projet de nouvelle Constitution, a déclaré mardi à Conakry le porte-parole du Front national pour la défense de la Constitution.", []string{}},
		{"2023-08-01", "La junte nigérienne a exigé mardi le départ de l'ambassadeur de France, Sylvain Itté, sous 48 heures.", []string{"NERGOV>FRAGOV:161"}},
		{"2016-12-20", "Les évêques congolais ont sommé mardi le président Joseph Kabila de respecter l'accord de la Saint-Sylvestre.", []string{"CODCHR>CODGOV:100"}},
		{"2008-10-28", "Le gouvernement rwandais a exigé mardi de l'Allemagne la libération de Rose Kabuye, arrêtée à Francfort en vertu d'un mandat français.", []string{"RWAGOV>DEU:1053"}},
		{"2024-07-16", "Le Mali exige des excuses officielles de l'Algérie après l'accueil de responsables séparatistes à Alger, a annoncé le ministère malien des Affaires étrangères.", []string{"MLI>DZA:100"}},
		{"2014-11-04", "Les manifestants burkinabè ont exigé mardi que l'armée remette le pouvoir aux civils.", []string{"BFAOPP>BFAMIL:1041"}},
		{"2020-06-30", "Le Conseil de sécurité de l'ONU a exigé mardi un arrêt immédiat des combats en Libye.", []string{"IGOUNO>LBY:1056"}},
		{"2002-01-23", "L'Union européenne réclame au Zimbabwe l'accès d'observateurs indépendants pour l'élection présidentielle.", []string{"IGOEUREEC>ZWE:1055"}},
		{"2017-09-19", "Le Parlement européen a demandé mardi au Burundi de libérer les défenseurs des droits humains emprisonnés.", []string{"IGOEUREEC>BDI:0253"}},
		{"2024-02-13", "Le président sénégalais Macky Sall a été critiqué mardi par l'Union africaine pour le report de l'élection présidentielle.", []string{"IGOAFRAFU>SENGOV:111"}},
		{"2018-02-06", "Le ministre belge de l'Intérieur Jan Jambon a dénoncé lundi l'attitude des autorités marocaines dans le dossier des rapatriements.", []string{"BELGOV>MARGOV:111"}},
		{"2013-11-21", "Le gouvernement centrafricain a accusé jeudi les ex-rebelles de la Séléka de massacres de civils dans l'ouest du pays.", []string{"CAFGOV>CAFREB:1124"}},
		{"2020-10-27", "Le Premier ministre canadien a reproché mardi au président turc ses propos sur les musulmans de France.", []string{"CANGOV>TURGOV:111"}},
		{"2007-12-12", "Le président algérien a fustigé mercredi le discours du président Sarkozy sur la colonisation.", []string{"DZAGOV>FRAGOV:111"}},
		{"2015-03-31", "Le gouvernement malien a accusé mardi les groupes armés du nord de violer le cessez-le-feu.", []string{"MLIGOV>MLIREB:1123"}},
		{"2011-05-24", "L'opposition ivoirienne a mis en cause mardi le gouvernement dans l'assassinat de l'un de ses militants.", []string{"CIVOPP>CIVGOV:1121"}},
		{"2019-09-04", "Kinshasa a vivement critiqué mercredi le rapport d'experts de l'ONU sur l'exploitation illégale des minerais.", []string{"COD>IGOUNO:111"}},
		{"2024-09-10", "Le Burkina Faso a accusé mardi la Côte d'Ivoire d'abriter des opposants qui préparent un coup d'Etat.", []string{"BFA>CIV:112"}},
		{"2006-07-18", "Le président iranien a traité lundi Israël d'« Etat terroriste » après les bombardements sur le Liban.", []string{"IRNGOV>ISR:111"}},
		{"2017-01-24", "Amnesty International a accusé mardi l'armée camerounaise de torture contre des suspects de Boko Haram.", []string{"NGOHRIAMN>CMRMIL:1122"}},
		{"2000-09-28", "Le ministre marocain de la Communication a dénoncé jeudi la « campagne de dénigrement » menée par la presse algérienne.", []string{"MARGOV>DZAMED:111"}},
		{"2022-11-15", "Le président ukrainien a accusé mardi la Russie de crimes de guerre à Kherson.", []string{"UKRGOV>RUS:1124"}},
		{"2021-01-26", "Le gouvernement malien a rejeté mardi les conclusions de l'enquête de l'ONU sur la frappe de Bounti.", []string{"MLIGOV>IGOUNO:120"}},
		{"2018-10-23", "Le président congolais Joseph Kabila a refusé mardi toute ingérence étrangère dans le processus électoral.", []string{}},
		{"2016-03-08", "Le Premier ministre belge a écarté mardi toute négociation avec les indépendantistes flamands sur une réforme de l'Etat.", []string{}},
		{"2004-09-21", "Le gouvernement soudanais a rejeté mardi la proposition de l'Union africaine d'envoyer davantage de troupes au Darfour.", []string{"SDNGOV>IGOAFRAFU:1212"}},
		{"2013-06-26", "Le président égyptien Mohamed Morsi a refusé mercredi de démissionner malgré les appels de l'opposition.", []string{"EGYGOV>EGYOPP:1231"}},
		{"2009-11-10", "L'Iran a rejeté mardi l'offre de l'Agence internationale de l'énergie atomique d'enrichir son uranium à l'étranger.", []string{"IRN>IGOUNOIAE:120"}},
		{"2022-08-30", "Le gouvernement guinéen a rejeté mardi le calendrier de transition proposé par la Cédéao.", []string{"GINGOV>IGOWAFWAS:120"}},
		{"2017-11-14", "La Catalogne a rejeté mardi les conditions posées par Madrid pour un dialogue.", []string{"ESP>ESP:120"}},
		{"2024-12-03", "Le Premier ministre du Québec a rejeté mardi la demande d'Ottawa de réduire les seuils d'immigration temporaire.", []string{"CANGOV>CAN:120"}},
		{"2007-03-27", "Le Hamas a rejeté mardi les conditions du Quartette pour la reprise de l'aide internationale.", []string{"PSEREBHMS>IGO:120"}},
		{"2023-07-31", "La Cédéao a menacé dimanche la junte nigérienne d'un recours à la force si le président Mohamed Bazoum n'était pas rétabli dans ses fonctions d'ici une semaine.", []string{"IGOWAFWAS>NERGOV:138"}},
		{"2019-06-18", "Le président américain Donald Trump a menacé mardi l'Iran de représailles en cas d'attaque contre les intérêts américains.", []string{"USAGOV>IRN:138"}},
		{"2022-10-11", "L'Union européenne menace la Hongrie de suspendre une partie de ses fonds structurels, a déclaré mardi un porte-parole de la Commission.", []string{"IGOEUREEC>HUN:1311"}},
		{"2014-08-05", "La Russie a menacé mardi de riposter aux sanctions occidentales par des mesures de rétorsion.", []string{}},
		{"2010-12-24", "La Cédéao a menacé vendredi Laurent Gbagbo d'une intervention militaire s'il ne quittait pas le pouvoir.", []string{"IGOWAFWAS>CIVGOV:138"}},
		{"2021-04-27", "Les syndicats belges menacent le gouvernement d'une grève générale si la norme salariale n'est pas revue, selon Belga.", []string{"BELLAB>BELGOV:133"}},
		{"2005-10-12", "Le gouvernement ivoirien a menacé mercredi d'expulser les observateurs de l'ONU.", []string{"CIVGOV>IGOUNO:136"}},
		{"2024-04-16", "Le Canada menace de nouvelles sanctions contre l'Iran après l'attaque de drones contre Israël, a déclaré mardi la ministre des Affaires étrangères.", []string{"CAN>IRN:1312"}},
		{"2019-02-22", "Des dizaines de milliers d'Algériens ont manifesté vendredi à Alger contre un cinquième mandat du président Abdelaziz Bouteflika.", []string{"DZACVL>DZAGOV:141"}},
		{"2023-03-07", "Les syndicats français ont organisé mardi une grève massive contre la réforme des retraites du gouvernement.", []string{"FRALAB>FRAGOV:143"}},
		{"2021-11-20", "Des milliers de Suisses ont défilé samedi à Berne pour protester contre le certificat Covid imposé par le Conseil fédéral.", []string{"CHECVL>CHEGOV:141"}},
		{"2012-05-22", "Des centaines de milliers d'étudiants québécois ont manifesté mardi à Montréal contre la loi spéciale du gouvernement Charest.", []string{"CANEDU>CANGOV:1412"}},
		{"2015-04-26", "Des centaines de manifestants ont affronté dimanche la police à Bujumbura pour protester contre un troisième mandat du président Pierre Nkurunziza.", []string{"BDIOPP>BDICOP:145"}},
		{"2016-09-19", "L'opposition congolaise a manifesté lundi à Kinshasa pour exiger le départ du président Joseph Kabila.", []string{"CODOPP>CODGOV:1411"}},
		{"2008-04-10", "Les détenus de la prison centrale de Conakry ont entamé jeudi une grève de la faim pour protester contre leurs conditions de détention.", []string{}},
		{"2006-03-28", "Des centaines de milliers de personnes ont manifesté mardi dans toute la France contre le contrat première embauche voulu par le gouvernement Villepin.", []string{"FRACVL>FRAGOV:141"}},
		{"2024-01-24", "L'armée congolaise et les rebelles du M23 se sont affrontés mercredi à l'arme lourde près de Sake, à une vingtaine de kilomètres de Goma.", []string{"CODMIL>CODREB:194", "CODREB>CODMIL:194"}},
		{"2013-01-11", "L'aviation française a bombardé vendredi des positions des islamistes armés près de Konna, dans le centre du Mali.", []string{"FRAMIL>MLIREB:195"}},
		{"2017-06-02", "Des jihadistes présumés ont attaqué vendredi un poste de l'armée malienne près de Tombouctou, tuant trois soldats.", []string{"MLIREB>MLIMIL:190"}}, // actor round 8 rebelsAtHome (was ---REB)
		{"2022-04-18", "Les forces russes ont bombardé lundi la ville de Lviv, dans l'ouest de l'Ukraine, faisant au moins sept morts.", []string{"RUSMIL>UKR:195"}},
		{"2020-11-04", "Les forces fédérales éthiopiennes ont lancé mercredi une offensive militaire contre le Front de libération du peuple du Tigré.", []string{"ETHMIL>ETHREB:190"}},
		{"2023-04-15", "Des combats ont éclaté samedi à Khartoum entre l'armée soudanaise et les paramilitaires des Forces de soutien rapide.", []string{"SDNMIL>SDNREB:190", "SDNREB>SDNMIL:190"}},
		{"2009-08-14", "Les forces de l'ordre guinéennes ont tiré vendredi sur des manifestants à Conakry, faisant plusieurs blessés.", []string{"GINCOP>GINOPP:175"}},
		{"2024-10-23", "L'aviation israélienne a mené mercredi une série de frappes contre des positions du Hezbollah dans le sud du Liban.", []string{"ISRMIL>LBNREB:195"}},
		{"2000-10-12", "Un attentat-suicide a visé jeudi le destroyer américain USS Cole dans le port d'Aden, au Yémen.", []string{}},
		{"2012-11-15", "L'armée israélienne a lancé jeudi des frappes aériennes sur la bande de Gaza en riposte aux tirs de roquettes du Hamas.", []string{"ISRMIL>PSE:195"}},
		{"2024-05-28", "Le premier ministre canadien Justin Trudeau a exhorté mardi l'Inde à coopérer pleinement à l'enquête sur l'assassinat d'un militant sikh en Colombie-Britannique.", []string{"CANGOV>IND:020"}},
		{"2008-05-20", "Le président sénégalais Abdoulaye Wade a reçu mardi à Dakar son homologue mauritanien pour des entretiens sur la sécurité régionale.", []string{"MRTGOV>SEN:042", "SENGOV>MRTGOV:043"}},
		{"2016-04-12", "Des milliers d'opposants ont manifesté mardi à Kinshasa pour exiger le départ du président Joseph Kabila à la fin de son mandat.", []string{"CODOPP>CODGOV:1411"}},
		{"2020-03-18", "La Belgique a fermé mercredi ses frontières aux voyageurs non essentiels en raison de la pandémie.", []string{}},
		{"2023-12-12", "Le président ivoirien a félicité mardi son homologue libérien Joseph Boakai pour sa victoire à l'élection présidentielle.", []string{"CIVGOV>LBRGOV:051"}},
		{"2026-03-03", "L'armée malienne a mené lundi des frappes de drones contre des positions du JNIM dans la région de Ségou.", []string{"MLIMIL>MLIREB:195"}},
		{"2002-07-09", "Le président français Jacques Chirac a affirmé mardi devant le Parlement européen que la France tiendrait ses engagements budgétaires.", []string{"FRAGOV>IGOEUREEC:010"}},
		{"2019-01-22", "L'opposition vénézuélienne a appelé mardi l'armée à se ranger du côté du peuple contre le président Nicolas Maduro.", []string{"VENOPP>VENMIL:020"}},
		{"2012-12-11", "Le Mali s'est dit prêt mardi à négocier avec les groupes armés du nord qui renonceraient au terrorisme.", []string{"MLI>MLIREB:036"}},
		{"2024-09-24", "Le ministre libanais des Affaires étrangères a accusé mardi Israël de « crimes de guerre » après les frappes meurtrières sur le sud du pays.", []string{"LBNGOV>ISR:1124"}},
		{"2007-02-13", "Le président tchadien Idriss Déby a rejeté mardi toute idée de négociation avec les rebelles.", []string{}},
		{"2021-11-30", "Les autorités burkinabè ont démenti mardi les rumeurs d'un coup d'Etat relayées sur les réseaux sociaux.", []string{}},
		{"2010-06-22", "Le président rwandais Paul Kagame a démenti mardi toute implication dans la tentative d'assassinat d'un général en exil en Afrique du Sud.", []string{}},
		{"2020-07-07", "L'opposition malienne a exigé mardi la démission du président Ibrahim Boubacar Keïta, lors d'un rassemblement à Bamako.", []string{"MLIOPP>MLIGOV:1041"}},
		{"2013-05-07", "Le président français François Hollande s'est entretenu mardi par téléphone avec le président malien par intérim Dioncounda Traoré.", []string{"FRAGOV>MLIGOV:041", "MLIGOV>FRAGOV:041"}},
		{"2017-05-23", "Le gouvernement camerounais a menacé mardi de poursuites les leaders de la contestation anglophone.", []string{"CMRGOV>CMROPP:130"}},
		{"2011-01-25", "Des milliers d'Egyptiens ont manifesté mardi au Caire pour réclamer le départ du président Hosni Moubarak.", []string{"EGYCVL>EGYGOV:1411"}},
		{"2025-11-18", "Le Canada a annoncé mardi l'envoi de 200 millions de dollars d'aide humanitaire au Soudan.", []string{"CAN>SDN:073"}},
		{"2019-09-17", "Le Premier ministre éthiopien Abiy Ahmed s'est rendu mardi à Asmara pour une visite officielle de deux jours.", []string{"ETHGOV>ERI:042"}},
		{"2000-11-14", "Le président ivoirien Laurent Gbagbo a appelé mardi l'opposition à participer aux législatives de décembre.", []string{"CIVGOV>CIVOPP:020"}},
		{"2022-08-16", "Le ministre malien des Affaires étrangères a accusé mardi la France de fournir des armes aux groupes jihadistes.", []string{"MLIGOV>FRA:112"}},
	} {
		got := codeWire(t, c, kb, tc.date, tc.text)
		if !reflect.DeepEqual(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
			t.Errorf("%s (%s)\n got  %s\n want %s", tc.text, tc.date, strings.Join(got, " "), strings.Join(tc.want, " "))
		}
	}
}

// TestFrWire7Structure: the structure rules and patterns of the wire7 round
// on further invented sentences: the infinitive after an appeal verb whose
// addressee is a long group or an uncoded noun phrase is the thing asked
// for, not an act of the speaker (struct_fr.go frenchAppealBack); the
// clause after "a exigé (mardi) que" is the speaker's demand (fixes.go
// demandThat, now French too); the pronoun of a coordinated "et qu'il" is
// the governing verb's subject like the first "qu'il", but not after a
// first clause with a noun subject (subject.go coordQueSubject); owning up
// to a failure is no recognition; fr_wire7.txt's rejections of an author's
// findings or timetable, threats, heavy fighting, calls to a peaceful
// solution and demands for access.
func TestFrWire7Structure(t *testing.T) {
	c, kb := realStages(t)
	for _, tc := range []wireCase{
		{"2016-03-08", "L'ONU a appelé mardi les milices de la Séléka et celles des anti-balaka à cesser les combats à Bangui.", []string{"IGOUNO>CAFREB:0256"}},
		{"2018-02-20", "Le président nigérien a appelé lundi la communauté internationale à financer la force régionale du G5 Sahel.", []string{}},
		{"2022-10-18", "Les étudiants tchadiens ont exigé lundi que la junte rende le pouvoir aux civils.", []string{"TCDEDU>TCDGOV:1041"}},
		{"2005-06-02", "L'opposition togolaise a exigé jeudi que le gouvernement libère les manifestants arrêtés.", []string{"TGOOPP>TGOGOV:1053"}},
		{"2014-03-24", "Le Japon a annoncé lundi qu'il ne reconnaîtrait pas l'annexion de la Crimée par la Russie et qu'il soutenait l'Ukraine.", []string{"JPN>UKR:051"}},
		{"2013-02-05", "Le ministre malien de la Défense a affirmé que l'armée française avait repoussé les jihadistes et qu'elle contrôlait Gao.", []string{}},
		{"2019-11-12", "Le président ghanéen a reconnu mardi l'échec des négociations avec le Togo.", []string{}},
		{"2022-10-18", "Le gouvernement tchadien a rejeté mardi les conclusions de la commission d'enquête de l'Union africaine.", []string{"TCDGOV>IGOAFRAFU:120"}},
		{"2023-03-14", "Le Niger a rejeté lundi le calendrier électoral proposé par la Cédéao.", []string{"NER>IGOWAFWAS:120"}},
		{"2015-09-22", "La Cédéao a menacé la junte burkinabè d'un recours à la force.", []string{"IGOWAFWAS>BFAGOV:138"}},
		{"2021-05-04", "L'Union européenne menace la Pologne de suspendre ses subventions agricoles.", []string{"IGOEUREEC>POL:1311"}},
		{"2019-12-03", "Washington menace de nouvelles sanctions contre Caracas.", []string{"USA>VEN:1312"}},
		{"2012-02-14", "Le président sénégalais a refusé de démissionner malgré les appels de l'opposition.", []string{"SENGOV>SENOPP:1231"}},
		{"2024-02-27", "L'armée soudanaise et les Forces de soutien rapide se sont affrontées à l'arme lourde à Omdurman.", []string{"SDNMIL>SDNREB:194", "SDNREB>SDNMIL:194"}},
		{"2017-06-13", "Le pape a exhorté les dirigeants centrafricains à trouver une issue pacifique au conflit.", []string{"VATGOV>CAFGOV:027"}},
		{"2020-10-06", "L'Union africaine réclame au Cameroun l'accès d'enquêteurs indépendants dans les régions anglophones.", []string{"IGOAFRAFU>CMR:1055"}},
		{"2018-09-25", "Le gouvernement congolais a qualifié de « fantaisistes » les accusations portées par Human Rights Watch.", []string{"CODGOV>NGOHRI:111"}},
		{"2011-06-21", "L'opposition gabonaise a mis en cause le gouvernement dans l'enlèvement d'un journaliste.", []string{"GABOPP>GABGOV:1121"}},
		{"2022-05-31", "Le Mali a opposé une fin de non-recevoir à la demande de la Cédéao.", []string{"MLI>IGOWAFWAS:120"}},
	} {
		got := codeWire(t, c, kb, tc.date, tc.text)
		if !reflect.DeepEqual(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
			t.Errorf("%s (%s)\n got  %s\n want %s", tc.text, tc.date, strings.Join(got, " "), strings.Join(tc.want, " "))
		}
	}
}
