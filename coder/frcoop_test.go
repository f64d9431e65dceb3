package coder

import "testing"

// TestFrcoopPhrasing: French news phrasings of CAMEO roots 01-09 that the
// patterns of data/fr_coop.txt missed or coded too coarsely (frcoop task,
// 2026-11-26): sentences invented in the style of wire copy, with fixture
// actors, and the exact events expected; false senses give no event.
func TestFrcoopPhrasing(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		// 02 appeals: the topic of a plea, a withdrawal asked for
		{"fr", "Le secrétaire général de l'ONU a plaidé auprès de l'Iran pour la libération des otages.",
			[]string{"secrétaire général de l'ONU=IGOUNO", "l'Iran=IRN"}, []string{"IGOUNO>IRN:0253"}},
		{"fr", "Le président a plaidé mardi auprès de Moscou pour un cessez-le-feu.",
			[]string{"Le président=FRAGOV", "Moscou=RUS"}, []string{"FRAGOV>RUS:0256"}},
		{"fr", "Le Mali a demandé le retrait de la force de l'ONU.",
			[]string{"Le Mali=MLI", "l'ONU=IGOUNO"}, []string{"MLI>IGOUNO:0256"}},
		{"fr", "Bamako a demandé le retrait des troupes françaises.",
			[]string{"Bamako=MLI", "troupes françaises=FRAMIL"}, []string{"MLI>FRAMIL:0256"}},
		{"fr", "L'opposition a appelé le président à la démission.",
			[]string{"L'opposition=SENOPP", "le président=SENGOV"}, []string{"SENOPP>SENGOV:0241"}},
		{"fr", "Le président palestinien a sollicité une audience auprès du pape.",
			[]string{"Le président palestinien=PSEGOV", "pape=VAT"}, []string{"PSEGOV>VAT:026"}},
		// 01 statements with a named addressee; not the press
		{"fr", "Le président s'est adressé aux Français dimanche soir.",
			[]string{"Le président=FRAGOV", "Français=FRA"}, []string{"FRAGOV>FRA:010"}},
		{"fr", "Le ministre a déclaré aux députés que le projet serait retiré.",
			[]string{"Le ministre=FRAGOV", "députés=FRALEG"}, []string{"FRAGOV>FRALEG:010"}},
		{"fr", "Le porte-parole s'est adressé aux journalistes devant le ministère.",
			[]string{"Le porte-parole=FRAGOV", "journalistes=FRAMED"}, nil},
		{"fr", "Le ministre s'est adressé au quotidien Le Monde.",
			[]string{"Le ministre=FRAGOV", "Le Monde=FRAMED"}, nil},
		{"fr", "Le président s'est adressé au Conseil de sécurité.",
			[]string{"Le président=UKRGOV", "Conseil de sécurité=IGOUNO"}, []string{"UKRGOV>IGOUNO:010"}},
		{"fr", "Le président a adressé un message de soutien au peuple japonais.",
			[]string{"Le président=FRAGOV", "peuple japonais=JPNCVL"}, []string{"FRAGOV>JPNCVL:051"}},
		{"fr", "Le roi a envoyé un message de solidarité aux habitants de la ville sinistrée.",
			[]string{"Le roi=MARGOV", "habitants=MARCVL"}, []string{"MARGOV>MARCVL:018"}},
		// 03 intents: aid announced with an amount or a qualifier between
		{"fr", "L'Union européenne a annoncé une aide humanitaire de 10 millions d'euros au Maroc.",
			[]string{"L'Union européenne=IGOEUREEC", "Maroc=MAR"}, []string{"IGOEUREEC>MAR:0333"}},
		{"fr", "L'Union européenne a annoncé une aide d'urgence de 10 millions d'euros au Maroc.",
			[]string{"L'Union européenne=IGOEUREEC", "Maroc=MAR"}, []string{"IGOEUREEC>MAR:0331"}},
		{"fr", "Le Japon a annoncé une aide de 50 millions de dollars à la Jordanie.",
			[]string{"Le Japon=JPN", "la Jordanie=JOR"}, []string{"JPN>JOR:0331"}},
		{"fr", "Washington a promis à Kiev de nouvelles livraisons d'armes.",
			[]string{"Washington=USA", "Kiev=UKR"}, []string{"USA>UKR:0332"}},
		{"fr", "La Chine a promis au Pakistan un soutien économique.",
			[]string{"La Chine=CHN", "Pakistan=PAK"}, []string{"CHN>PAK:0331"}},
		{"fr", "Le Japon a offert son aide à la Turquie après le séisme.",
			[]string{"Le Japon=JPN", "la Turquie=TUR"}, []string{"JPN>TUR:033"}},
		{"fr", "Le président iranien envisage de se rendre en Égypte.",
			[]string{"Le président iranien=IRNGOV", "Égypte=EGY"}, []string{"IRNGOV>EGY:036"}},
		// 04 meetings, joint appearances, telephone calls
		{"fr", "Le secrétaire d'État a participé à une réunion avec les dirigeants palestiniens.",
			[]string{"Le secrétaire d'État=USAGOV", "les dirigeants palestiniens=PSEGOV"}, []string{"USAGOV>PSEGOV:040", "PSEGOV>USAGOV:040"}},
		{"fr", "Le président a tenu une conférence de presse commune avec le chancelier allemand.",
			[]string{"Le président=FRAGOV", "le chancelier allemand=DEUGOV"}, []string{"FRAGOV>DEUGOV:040", "DEUGOV>FRAGOV:040"}},
		{"fr", "Le ministre de la Défense s'est rendu au chevet des soldats blessés.",
			[]string{"Le ministre de la Défense=FRAGOV", "soldats=FRAMIL"}, []string{"FRAGOV>FRAMIL:042"}},
		{"fr", "Le président américain a appelé son homologue chinois pour apaiser les tensions.",
			[]string{"président américain=USAGOV", "homologue chinois=CHNGOV"}, []string{"USAGOV>CHNGOV:041", "CHNGOV>USAGOV:041"}},
		{"fr", "Le chancelier a appelé au téléphone le président russe.",
			[]string{"Le chancelier=DEUGOV", "le président russe=RUSGOV"}, []string{"DEUGOV>RUSGOV:041", "RUSGOV>DEUGOV:041"}},
		{"fr", "Le Premier ministre a passé un coup de fil au président ivoirien.",
			[]string{"Le Premier ministre=FRAGOV", "président ivoirien=CIVGOV"}, []string{"FRAGOV>CIVGOV:041", "CIVGOV>FRAGOV:041"}},
		// naming someone is no call
		{"fr", "Le député avait appelé le ministre « le fossoyeur de l'industrie ».",
			[]string{"Le député=FRALEG", "le ministre=FRAGOV"}, nil},
		// 05 / 08 endorsement, partnership, agreements, truces, concessions
		{"fr", "Le Parlement a donné son aval au gouvernement pour l'intervention.",
			[]string{"Le Parlement=FRALEG", "gouvernement=FRAGOV"}, []string{"FRALEG>FRAGOV:051"}},
		{"fr", "Le gouvernement a obtenu le feu vert de Bruxelles.",
			[]string{"Le gouvernement=GRCGOV", "Bruxelles=IGOEUREEC"}, []string{"IGOEUREEC>GRCGOV:051"}},
		{"fr", "La Chine et la Russie ont réaffirmé leur partenariat stratégique.",
			[]string{"La Chine=CHN", "la Russie=RUS"}, []string{"CHN>RUS:050", "RUS>CHN:050"}},
		{"fr", "L'Allemagne et la France ont trouvé un terrain d'entente.",
			[]string{"L'Allemagne=DEU", "la France=FRA"}, []string{"DEU>FRA:057", "FRA>DEU:057"}},
		{"fr", "Un compromis a été conclu fin novembre entre Washington et la Commission européenne.",
			[]string{"Washington=USA", "la Commission européenne=IGOEUREEC"}, []string{"USA>IGOEUREEC:057", "IGOEUREEC>USA:057"}},
		{"fr", "Israël et le Hamas se sont accordés sur une trêve de quatre jours.",
			[]string{"Israël=ISR", "le Hamas=PSEREBHMS"}, []string{"ISR>PSEREBHMS:0871", "PSEREBHMS>ISR:0871"}},
		{"fr", "Les deux belligérants, l'Arménie et l'Azerbaïdjan, ont convenu d'un cessez-le-feu.",
			[]string{"l'Arménie=ARM", "l'Azerbaïdjan=AZE"}, []string{"ARM>AZE:0871", "AZE>ARM:0871"}},
		{"fr", "Le gouvernement a accepté les conditions des rebelles.",
			[]string{"Le gouvernement=COLGOV", "rebelles=COLREB"}, []string{"COLGOV>COLREB:083"}},
		{"fr", "Les militaires ont rendu le pouvoir aux civils.",
			[]string{"Les militaires=GINMIL", "civils=GINCVL"}, []string{"GINMIL>GINCVL:0831"}},
		{"fr", "Le Parlement a voté une loi d'amnistie pour les rebelles.",
			[]string{"Le Parlement=CIVLEG", "les rebelles=CIVREB"}, []string{"CIVLEG>CIVREB:0841"}},
		{"fr", "Israël a autorisé l'entrée de l'aide humanitaire à Gaza.",
			[]string{"Israël=ISR", "Gaza=PSE@"}, []string{"ISR>PSE:0863"}},
		{"fr", "La Turquie a rouvert sa frontière avec l'Arménie.",
			[]string{"La Turquie=TUR", "l'Arménie=ARM"}, []string{"TUR>ARM:0872"}},
		{"fr", "Le président américain a parlé avec Vladimir Poutine.",
			[]string{"Le président américain=USAGOV", "Vladimir Poutine=RUSGOV"}, []string{"USAGOV>RUSGOV:040", "RUSGOV>USAGOV:040"}},
		{"fr", "Le ministre a longuement parlé avec les journalistes.",
			[]string{"Le ministre=FRAGOV", "journalistes=FRAMED"}, nil},
		// 07 aid: tranches, gifts of money, medical supplies
		{"fr", "Le FMI débloque une nouvelle tranche d'aide à la Grèce",
			[]string{"Le FMI=IGOBUSIMF", "la Grèce=GRC"}, []string{"IGOBUSIMF>GRC:071"}},
		{"fr", "Le FMI a accordé à la Grèce une nouvelle tranche d'aide.",
			[]string{"Le FMI=IGOBUSIMF", "la Grèce=GRC"}, []string{"IGOBUSIMF>GRC:071"}},
		{"fr", "La France a acheminé 50 tonnes de matériel médical au Liban.",
			[]string{"La France=FRA", "Liban=LBN"}, []string{"FRA>LBN:073"}},
		// 09 investigations
		{"fr", "Le parquet national financier a ouvert une enquête visant le ministre du Budget.",
			[]string{"Le parquet national financier=FRAJUD", "le ministre du Budget=FRAGOV"}, []string{"FRAJUD>FRAGOV:090"}},
		{"fr", "Une enquête a été ouverte par le parquet de Paris contre le ministre du Budget.",
			[]string{"le parquet de Paris=FRAJUD", "le ministre du Budget=FRAGOV"}, []string{"FRAJUD>FRAGOV:090"}},
	}, true)
}
