package coder

import "testing"

// TestFrenchConflictRound2: French phrasings of the conflictual CAMEO roots
// (10-20) added in the frconf round (data/fr_conflict.txt, fr_verbs.txt),
// found by probing the coder with news-like sentences of our own and by
// reading its misses on French bench news; each case is a sentence written
// for the test, with fixture actors. The negative cases are the false
// senses the new patterns must not take (sport, elections, offices).
func TestFrenchConflictRound2(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		// 11: the author of a condemned act after "par", tone hardened
		{"fr", "L'Argentine a dénoncé la militarisation des Malouines par le Royaume-Uni.",
			[]string{"L'Argentine=ARG", "le Royaume-Uni=GBR"},
			[]string{"ARG>GBR:111"}},
		{"fr", "Le syndicat condamne les mesures prises par le conseil municipal contre les écoles.",
			[]string{"Le syndicat=FRALAB", "le conseil municipal=FRAGOV"},
			[]string{"FRALAB>FRAGOV:111"}},
		{"fr", "Le Premier ministre a dénoncé les propos tenus par le chef de l'opposition.",
			[]string{"Le Premier ministre=HUNGOV", "le chef de l'opposition=HUNOPP"},
			[]string{"HUNGOV>HUNOPP:111"}},
		{"fr", "La Corée du Sud a haussé le ton face à Pyongyang.",
			[]string{"La Corée du Sud=KOR", "Pyongyang=PRK"},
			[]string{"KOR>PRK:111"}},
		{"fr", "Washington durcit le ton envers Téhéran.",
			[]string{"Washington=USA", "Téhéran=IRN"},
			[]string{"USA>IRN:111"}},
		// 112x: passive accusations with the agent after the charge
		{"fr", "Le régime de Damas a été accusé de crimes contre l'humanité par l'ONU.",
			[]string{"Le régime de Damas=SYRGOV", "l'ONU=IGOUNO"},
			[]string{"IGOUNO>SYRGOV:1124"}},
		{"fr", "Le Qatar a été accusé de financer le terrorisme par l'Arabie saoudite.",
			[]string{"Le Qatar=QAT", "l'Arabie saoudite=SAU"},
			[]string{"SAU>QAT:112"}},
		// (the agent right after the participle keeps working; summary
		// executions are a human-rights charge, 1122, since the frsub round)
		{"fr", "Les rebelles ont été accusés par Human Rights Watch d'exécutions sommaires.",
			[]string{"Les rebelles=SYRREB", "Human Rights Watch=NGOHRI"},
			[]string{"NGOHRI>SYRREB:1122"}},
		// 120: conditions set by someone
		{"fr", "Le Hamas a rejeté les conditions posées par Israël.",
			[]string{"Le Hamas=PSEREBHMS", "Israël=ISR"},
			[]string{"PSEREBHMS>ISR:120"}},
		// 150: airspace violated
		{"fr", "Des avions russes ont violé l'espace aérien de la Turquie.",
			[]string{"avions russes=RUSMIL", "la Turquie=TUR"},
			[]string{"RUSMIL>TUR:150"}},
		// 160: a member state suspended by a body, contacts broken off
		{"fr", "La Ligue arabe a suspendu la Syrie.",
			[]string{"La Ligue arabe=IGOMEAARL", "la Syrie=SYR"},
			[]string{"IGOMEAARL>SYR:160"}},
		{"fr", "Le Mali a été suspendu de l'Union africaine après le coup d'État.",
			[]string{"Le Mali=MLI", "l'Union africaine=IGOAFRAFU"},
			[]string{"IGOAFRAFU>MLI:160"}},
		{"fr", "La Russie a rompu tout contact avec l'OTAN.",
			[]string{"La Russie=RUS", "l'OTAN=IGOWSTNAT"},
			[]string{"RUS>IGOWSTNAT:160"}},
		// (a minister suspended from office is an administrative sanction, fr_verbs' 172)
		{"fr", "Le ministre a été suspendu de ses fonctions par le président.",
			[]string{"Le ministre=GABGOV", "le président=GABGOV"},
			[]string{"GABGOV>GABGOV:172"}},
		// 163: airspace closed to a country's aircraft
		{"fr", "L'Algérie a fermé son espace aérien à la Russie.",
			[]string{"L'Algérie=DZA", "la Russie=RUS"},
			[]string{"DZA>RUS:163"}},
		// 173: the court named after the prison term; detention ordered
		{"fr", "Le militant a été condamné à cinq ans de prison par un tribunal de Moscou.",
			[]string{"Le militant=RUSOPP", "un tribunal de Moscou=RUSJUD"},
			[]string{"RUSJUD>RUSOPP:173"}},
		{"fr", "Le juge a placé en détention provisoire le maire de la ville.",
			[]string{"Le juge=FRAJUD", "le maire=FRAGOV"},
			[]string{"FRAJUD>FRAGOV:173"}},
		// (no agent: no event)
		{"fr", "Le militant a été condamné à cinq ans de prison.",
			[]string{"Le militant=RUSOPP"},
			nil},
		// 175: force used against demonstrators
		{"fr", "Les forces de l'ordre ont fait usage de la force contre les manifestants.",
			[]string{"Les forces de l'ordre=TURCOP", "manifestants=TUROPP"},
			[]string{"TURCOP>TUROPP:175"}},
		// 190: armed forces facing someone, battle, leaders eliminated
		{"fr", "Les forces gouvernementales ont affronté les rebelles dans le nord du pays.",
			[]string{"Les forces gouvernementales=MLIMIL", "les rebelles=MLIREB"},
			[]string{"MLIMIL>MLIREB:190"}},
		{"fr", "Les rebelles et l'armée se sont affrontés près de la frontière.",
			[]string{"Les rebelles=SYRREB", "l'armée=SYRMIL"},
			[]string{"SYRREB>SYRMIL:190", "SYRMIL>SYRREB:190"}},
		{"fr", "Les rebelles ont livré bataille aux forces gouvernementales.",
			[]string{"Les rebelles=CODREB", "forces gouvernementales=CODMIL"},
			[]string{"CODREB>CODMIL:190"}},
		{"fr", "La force Barkhane a éliminé un commandant d'AQMI.",
			[]string{"La force Barkhane=FRAMIL", "AQMI=AFRREB"},
			[]string{"FRAMIL>AFRREB:190"}},
		{"fr", "Barkhane a neutralisé un chef jihadiste.",
			[]string{"Barkhane=FRAMIL", "chef jihadiste=MLIINS"},
			[]string{"FRAMIL>MLIINS:190"}},
		{"fr", "L'armée turque a riposté aux tirs syriens.",
			[]string{"L'armée turque=TURMIL", "syriens=SYRMIL"},
			[]string{"TURMIL>SYRMIL:190"}},
		// (candidates, teams and parties name no armed force)
		{"fr", "Le président sortant affrontera le chef de l'opposition au second tour.",
			[]string{"Le président sortant=SENGOV", "le chef de l'opposition=SENOPP"},
			nil},
		{"fr", "Les deux candidats se sont affrontés lors d'un débat télévisé.",
			[]string{"candidats=FRAPTY"},
			nil},
		{"fr", "Le parti a éliminé trois membres de sa liste.",
			[]string{"Le parti=FRAPTY", "membres=FRAPTY"},
			nil},
		// 015: claiming an attack (the codebook's example of 015)
		{"fr", "Les talibans ont revendiqué l'attentat contre le convoi de l'OTAN.",
			[]string{"Les talibans=AFGREB", "l'OTAN=IGOWSTNAT"},
			[]string{"AFGREB>IGOWSTNAT:015"}},
		// 194, 195: killed by shells fired by X, in X's bombings
		{"fr", "Le journaliste a été tué par un tir d'obus lancé par les rebelles.",
			[]string{"Le journaliste=FRAMED", "les rebelles=SYRREB"},
			[]string{"SYRREB>FRAMED:194"}},
		{"fr", "Dix civils ont été tués dans des bombardements de l'armée syrienne.",
			[]string{"civils=SYRCVL", "l'armée syrienne=SYRMIL"},
			[]string{"SYRMIL>SYRCVL:195"}},
		{"fr", "Le reporter a été tué à la suite des tirs de mortier par l'opposition.",
			[]string{"Le reporter=FRAMED", "l'opposition=SYROPP"},
			[]string{"SYROPP>FRAMED:194"}},
		// a politician "attacking" someone attacks with words (111)
		{"fr", "Le Premier ministre a attaqué l'opposition.",
			[]string{"Le Premier ministre=ITAGOV", "l'opposition=ITAOPP"},
			[]string{"ITAGOV>ITAOPP:111"}},
		// (an army attacking stays 190)
		{"fr", "L'armée a attaqué les rebelles.",
			[]string{"L'armée=CODMIL", "les rebelles=CODREB"},
			[]string{"CODMIL>CODREB:190"}},
		// 115, 173: dragged before the courts, indicted for genocide (an
		// indictment is legal action, CAMEO 173 "charge with legal action"; was
		// 1124 until the sectors3 round, as English "charged with war crimes" by a court)
		{"fr", "Le président a traîné le journaliste devant les tribunaux.",
			[]string{"Le président=SENGOV", "le journaliste=SENMED"},
			[]string{"SENGOV>SENMED:115"}},
		{"fr", "La CPI a inculpé le président soudanais de génocide.",
			[]string{"La CPI=IGOJUD", "le président soudanais=SDNGOV"},
			[]string{"IGOJUD>SDNGOV:173"}},
		// 141: a call to demonstrate against someone; 175: tear gas to disperse
		{"fr", "Les Frères musulmans ont appelé à manifester contre l'armée.",
			[]string{"Les Frères musulmans=EGYPTY", "l'armée=EGYMIL"},
			[]string{"EGYPTY>EGYMIL:141"}},
		{"fr", "La police a tiré des gaz lacrymogènes pour disperser les manifestants.",
			[]string{"La police=EGYCOP", "les manifestants=EGYOPP"},
			[]string{"EGYCOP>EGYOPP:175"}},
		// killing a leader of X targets X; a drone strike stays 195
		{"fr", "L'armée israélienne a tué le chef de la branche armée du Hamas.",
			[]string{"L'armée israélienne=ISRMIL", "Hamas=PSEREBHMS"},
			[]string{"ISRMIL>PSEREBHMS:190"}},
		{"fr", "Une frappe américaine a tué un commandant des shebab.",
			[]string{"américaine=USAMIL", "shebab=SOMREB"},
			[]string{"USAMIL>SOMREB:195"}},
		// 180: soldiers overthrowing a president, a coup against someone
		{"fr", "Les putschistes ont renversé le président.",
			[]string{"Les putschistes=MLIMIL", "le président=MLIGOV"},
			[]string{"MLIMIL>MLIGOV:180"}},
		{"fr", "Le coup d'État de l'armée contre le président a été condamné.",
			[]string{"l'armée=EGYMIL", "le président=EGYGOV"},
			[]string{"EGYMIL>EGYGOV:180"}},
		// 192: armed forces taking a town; the town's former holder after "aux"
		{"fr", "Les rebelles ont pris la ville de Goma.",
			[]string{"Les rebelles=CODREB", "Goma=COD@"},
			[]string{"CODREB>COD:192"}},
		{"fr", "Les soldats ont repris la ville de Kidal aux rebelles.",
			[]string{"Les soldats=MLIMIL", "Kidal=MLI@", "rebelles=MLIREB"},
			[]string{"MLIMIL>MLIREB:192"}},
		// (a party winning a town in an election)
		{"fr", "Les socialistes ont pris la ville de Toulouse aux municipales.",
			[]string{"Les socialistes=FRAPTY", "Toulouse=FRA@"},
			nil},
		// 160: a defence treaty "dénoncé" is left, not criticised
		{"fr", "Le Mali a dénoncé les accords de défense avec la France.",
			[]string{"Le Mali=MLI", "la France=FRA"},
			[]string{"MLI>FRA:160"}},
		// 163: banned from the territory
		{"fr", "La Russie a interdit de territoire plusieurs responsables européens.",
			[]string{"La Russie=RUS", "responsables européens=EURGOV"},
			[]string{"RUS>EURGOV:163"}},
		// 174: the expelled person is the target, not the destination
		{"fr", "L'Algérie a expulsé l'opposant vers la France.",
			[]string{"L'Algérie=DZA", "l'opposant=DZAOPP", "la France=FRA"},
			[]string{"DZA>DZAOPP:174"}},
		// 111: compared to Hitler; 130: a threat to sue
		{"fr", "Le président turc a comparé le Premier ministre israélien à Hitler.",
			[]string{"Le président turc=TURGOV", "le Premier ministre israélien=ISRGOV"},
			[]string{"TURGOV>ISRGOV:111"}},
		{"fr", "Le ministre a menacé de poursuivre le journal en justice.",
			[]string{"Le ministre=FRAGOV", "le journal=FRAMED"},
			[]string{"FRAGOV>FRAMED:130"}},
		// (comparing two economies is no insult)
		{"fr", "Le ministre a comparé la France à l'Allemagne.",
			[]string{"Le ministre=FRAGOV", "la France=FRA", "l'Allemagne=DEU"},
			nil},
		// 016: denying someone's accusations; the participle "démenti" is no noun
		{"fr", "Le ministre de l'Intérieur a démenti les accusations de l'opposition.",
			[]string{"Le ministre de l'Intérieur=EGYGOV", "l'opposition=EGYOPP"},
			[]string{"EGYGOV>EGYOPP:016"}},
		// the verbs "menace" and "critique" are not read as the nouns
		{"fr", "Le Hamas menace Israël de nouvelles attaques contre Tel-Aviv.",
			[]string{"Le Hamas=PSEREBHMS", "Israël=ISR", "Tel-Aviv=ISR"},
			[]string{"PSEREBHMS>ISR:138"}},
		{"fr", "Le président critique l'opposition pour son attitude envers les migrants.",
			[]string{"Le président=HUNGOV", "l'opposition=HUNOPP", "les migrants=HUNREF"},
			[]string{"HUNGOV>HUNOPP:111"}},
		// (the plural noun keeps its adjective source)
		{"fr", "Les menaces américaines contre l'Iran inquiètent les marchés.",
			[]string{"américaines=USA", "l'Iran=IRN"},
			[]string{"USA>IRN:130"}},
		// 14x: slogans, flags, occupations, gatherings to denounce, organised demonstrations
		{"fr", "Des milliers de manifestants ont scandé des slogans hostiles au régime.",
			[]string{"manifestants=SYROPP", "régime=SYRGOV"},
			[]string{"SYROPP>SYRGOV:140"}},
		{"fr", "Les manifestants ont brûlé des drapeaux devant l'ambassade des États-Unis.",
			[]string{"Les manifestants=PAKOPP", "l'ambassade des États-Unis=USAGOV"},
			[]string{"PAKOPP>USAGOV:140"}},
		{"fr", "Les manifestants ont occupé le siège du gouvernement.",
			[]string{"Les manifestants=THAOPP", "gouvernement=THAGOV"},
			[]string{"THAOPP>THAGOV:141"}},
		{"fr", "Des centaines de personnes se sont rassemblées pour dénoncer la politique du gouvernement.",
			[]string{"personnes=ROUCVL", "gouvernement=ROUGOV"},
			[]string{"ROUCVL>ROUGOV:141"}},
		{"fr", "Les syndicats ont organisé une manifestation contre la réforme du gouvernement.",
			[]string{"Les syndicats=FRALAB", "gouvernement=FRAGOV"},
			[]string{"FRALAB>FRAGOV:1412"}},
		// 1041: the fall of the regime demanded
		{"fr", "Les manifestants exigent la chute du régime.",
			[]string{"Les manifestants=SYROPP", "régime=SYRGOV"},
			[]string{"SYROPP>SYRGOV:1041"}},
		// 160: air links suspended (the codebook's example); 190: an offensive against someone
		{"fr", "L'Italie a suspendu les liaisons aériennes avec la Yougoslavie.",
			[]string{"L'Italie=ITA", "la Yougoslavie=YUG"},
			[]string{"ITA>YUG:160"}},
		{"fr", "L'armée est passée à l'offensive contre les rebelles.",
			[]string{"L'armée=CODMIL", "les rebelles=CODREB"},
			[]string{"CODMIL>CODREB:190"}},
		// passives: a president overthrown by the army, a newspaper closed by the authorities
		{"fr", "Le président a été renversé par l'armée.",
			[]string{"Le président=MLIGOV", "l'armée=MLIMIL"},
			[]string{"MLIMIL>MLIGOV:180"}},
		{"fr", "Le journal a été fermé par les autorités turques.",
			[]string{"Le journal=TURMED", "les autorités turques=TURGOV"},
			[]string{"TURGOV>TURMED:1721"}},
		// (a government brought down by parliament is no coup)
		{"fr", "Le gouvernement a été renversé par le Parlement.",
			[]string{"Le gouvernement=ITAGOV", "le Parlement=ITALEG"},
			nil},
		// 130: warned that ...; (to prevent conflicts is no warning)
		{"fr", "Téhéran a prévenu Washington qu'il riposterait à toute attaque.",
			[]string{"Téhéran=IRN", "Washington=USA"},
			[]string{"IRN>USA:130"}},
		{"fr", "L'ONU veut prévenir les conflits en Afrique.",
			[]string{"L'ONU=IGOUNO"},
			nil},
		// 163: the target of sanctions as the subject
		{"fr", "Le Kremlin, visé par les sanctions occidentales, a promis des représailles.",
			[]string{"Le Kremlin=RUSGOV", "occidentales=WST"},
			[]string{"WST>RUSGOV:163"}},
		{"fr", "L'Iran est frappé par les sanctions de l'ONU.",
			[]string{"L'Iran=IRN", "l'ONU=IGOUNO"},
			[]string{"IGOUNO>IRN:163"}},
		// 182: wounded in a body part by X; (not by the organiser of a demonstration)
		{"fr", "Une manifestante, blessée au crâne jeudi par la police, témoigne.",
			[]string{"Une manifestante=FRAOPP", "la police=FRACOP"},
			[]string{"FRACOP>FRAOPP:182"}},
		{"fr", "Deux policiers ont été blessés lors de la manifestation organisée par les syndicats.",
			[]string{"policiers=FRACOP", "les syndicats=FRALAB"},
			nil},
		// words of an actor mention written within 4 tokens (a "...word" skips them)
		{"fr", "Le régime syrien a refusé l'accès aux journalistes étrangers.",
			[]string{"Le régime syrien=SYRGOV", "journalistes étrangers=---MED"},
			[]string{"SYRGOV>---MED:1245"}},
		{"fr", "La junte a exigé le départ des casques bleus.",
			[]string{"La junte=MLIGOV", "casques bleus=IGOUNO"},
			[]string{"MLIGOV>IGOUNO:1056"}},
		// 192: invasion launched, a town's capture by someone
		{"fr", "La Russie a lancé une invasion de l'Ukraine.",
			[]string{"La Russie=RUS", "l'Ukraine=UKR"},
			[]string{"RUS>UKR:192"}},
		{"fr", "La prise de Tombouctou par les islamistes a choqué le pays.",
			[]string{"Tombouctou=MLI", "les islamistes=MLIREB"},
			[]string{"MLIREB>MLI:192"}},
		// (a hostage taking stays 181)
		{"fr", "La prise d'otages par les pirates a duré trois jours.",
			[]string{"otages=GRCCVL", "les pirates=SOMCRM"},
			[]string{"SOMCRM>GRCCVL:181"}},
	}, true)
}
