package actor

import (
	"os"
	"strings"
	"testing"
)

// checkRound6 is checkRound5 with negative wants: "anchor!CODE" asserts that no
// mention covering the anchor has CODE ("au Caire!EGY": the embassy's host city
// is no actor of its own). With DYAD_ROUND5_REPORT set it logs the failures
// and the pass rate instead of failing.
func checkRound6(t *testing.T, cases []round5Case) {
	t.Helper()
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	report := os.Getenv("DYAD_ROUND5_REPORT") != ""
	pass, total := 0, 0
	for ci, c := range cases {
		a := analyseLang(t, kb, "r6", c.body, c.date, c.lang)
		pos := 0
		for _, w := range c.want {
			total++
			neg := false
			anchor, codes, ok := strings.Cut(w, "=")
			if !ok {
				anchor, codes, _ = strings.Cut(w, "!")
				neg = true
			}
			k := strings.Index(c.body[pos:], anchor)
			if k < 0 {
				t.Errorf("case %d %q: anchor %q not found", ci, c.body, anchor)
				continue
			}
			k += pos
			pos = k + 1
			var got []string
			hit := false
			for _, m := range a.Actors {
				if m.Span.Start <= k && k < m.Span.End {
					got = append(got, m.Code)
					for _, code := range strings.Split(codes, "|") {
						hit = hit || m.Code == code
					}
				}
			}
			switch {
			case hit != neg:
				pass++
			case report:
				t.Logf("FAIL case %d %s %s %q: want %s%s, got %v", ci, c.lang, c.date, anchor, map[bool]string{true: "not ", false: ""}[neg], codes, got)
			default:
				t.Errorf("%s %s %q: %q want %s%s, got %v", c.lang, c.date, c.body, anchor, map[bool]string{true: "not ", false: ""}[neg], codes, got)
			}
		}
	}
	if report {
		t.Logf("PASS %d/%d = %.1f%%", pass, total, 100*float64(pass)/float64(max(total, 1)))
	}
}

// TestRound6Probes: actor probes of the actors round 6, invented French and
// English news sentences of 1995-2026 with their expected Phoenix/CAMEO codes
// written before running dyad: a titled person named with "de/d'/of" + a country
// that is not the one of a dictionary namesake ("le roi Abdallah de Jordanie"
// while Saudi Arabia's Abdallah reigned, "le chancelier Klaus d'Autriche"),
// juntas in power (GOV) and soldiers of a coup (MIL), the EU's officials
// (IGOEUREEC), embassies with their host city, monarchs and emperors of a
// country, the Swiss Federal Council, armies' artillery, separatists and armed
// men (REB), English "ambassador to".
func TestRound6Probes(t *testing.T) {
	checkRound6(t, []round5Case{
		// titled person + de/d'/of + country
		{"fr", "2010-05-01", "Le roi Abdallah de Jordanie a reçu le président palestinien.", []string{"roi Abdallah=JORGOV", "Jordanie!JOR", "président palestinien=PSEGOV"}},
		{"fr", "2012-11-20", "Le roi Abdallah d'Arabie saoudite a reçu le ministre français.", []string{"roi Abdallah=SAUGOV", "ministre français=FRAGOV"}},
		{"en", "2010-05-01", "King Abdullah of Jordan met Israeli Prime Minister Benjamin Netanyahu.", []string{"King Abdullah=JORGOV", "Benjamin Netanyahu=ISRGOV"}},
		{"en", "2011-03-05", "King Abdullah of Saudi Arabia announced new spending.", []string{"King Abdullah=SAUGOV"}},
		{"fr", "2004-03-10", "Le chancelier Klaus d'Autriche a reçu le président tchèque.", []string{"chancelier Klaus=AUTGOV", "président tchèque=CZEGOV"}},
		{"fr", "2008-06-02", "Le roi Juan Carlos d'Espagne a reçu le roi du Maroc.", []string{"roi Juan Carlos=ESPGOV", "roi du Maroc=MARGOV"}},
		{"fr", "2018-06-02", "Le roi Felipe VI a reçu le président argentin à Madrid.", []string{"Felipe VI=ESPGOV", "président argentin=ARGGOV"}},
		{"fr", "2001-09-20", "Le roi Mohammed VI du Maroc a condamné les attentats.", []string{"Mohammed VI=MARGOV", "Maroc!MAR"}},
		{"en", "1998-07-01", "President Nelson Mandela of South Africa met the Nigerian leader.", []string{"Nelson Mandela=ZAFGOV", "Nigerian leader=NGAGOV"}},
		{"fr", "2016-04-04", "Le président Idriss Déby du Tchad a reçu le ministre français de la Défense.", []string{"Idriss Déby=TCDGOV", "ministre français=FRAGOV"}},
		{"fr", "2019-11-10", "Le roi Carl XVI Gustaf de Suède a reçu le président indien.", []string{"Carl XVI Gustaf=SWEGOV", "président indien=INDGOV"}},
		{"fr", "2019-11-10", "Le roi de Suède a reçu le président indien.", []string{"roi de Suède=SWEGOV", "président indien=INDGOV"}},
		{"fr", "2015-04-01", "L'empereur du Japon a reçu le président français.", []string{"empereur du Japon=JPNGOV", "président français=FRAGOV"}},
		{"fr", "2014-06-28", "L'empereur d'Autriche avait déclaré la guerre à la Serbie en 1914, a rappelé le président serbe.", []string{"empereur d'Autriche=AUTGOV", "président serbe=SRBGOV"}},
		{"en", "2019-05-01", "Emperor Naruhito of Japan ascended the throne.", []string{"Naruhito=JPNGOV"}},
		// juntas and coups
		{"fr", "2021-09-10", "La junte guinéenne a dissous le gouvernement.", []string{"junte guinéenne=GINGOV"}},
		{"fr", "2021-03-10", "La junte birmane a arrêté des opposants.", []string{"junte birmane=MMRGOV", "opposants=MMROPP"}},
		{"fr", "2023-08-05", "La junte nigérienne a rompu avec la France.", []string{"junte nigérienne=NERGOV", "France=FRA"}},
		{"fr", "2022-10-02", "La junte au Burkina Faso a nommé un nouveau chef.", []string{"junte=BFAGOV|---GOV"}},
		{"en", "2021-04-01", "The Myanmar junta arrested protest leaders.", []string{"Myanmar junta=MMRGOV"}},
		{"en", "2023-08-10", "Niger's junta rejected the ECOWAS ultimatum.", []string{"junta=NERGOV", "ECOWAS=IGOWAFWAS"}},
		{"fr", "2023-07-27", "Les militaires putschistes nigériens ont arrêté le président Bazoum.", []string{"militaires putschistes=NERMIL", "Bazoum=NERGOV"}},
		{"fr", "2012-03-22", "Des soldats putschistes maliens ont pris le palais présidentiel.", []string{"soldats putschistes=MLIMIL"}},
		{"fr", "2022-09-30", "La junte putschiste burkinabè a suspendu la Constitution.", []string{"junte putschiste=BFAGOV"}},
		{"en", "2021-02-02", "Coup leaders in Myanmar detained Aung San Suu Kyi.", []string{"Aung San Suu Kyi=MMRGOV|MMROPP|MMRELI"}},
		{"fr", "2022-05-01", "Zaw Min Tun, porte-parole de la junte birmane, a démenti.", []string{"Zaw Min Tun=MMRGOV"}},
		{"fr", "2022-05-01", "Zaw Min Tun a démenti les accusations de l'ONU.", []string{"Zaw Min Tun=MMRGOV", "ONU=IGOUNO"}},
		{"fr", "2019-05-01", "Zaw Min Tun, porte-parole de l'armée birmane, a démenti.", []string{"Zaw Min Tun=MMRMIL"}},
		// the EU's officials
		{"fr", "2023-05-10", "Le chef de la diplomatie européenne a condamné l'attaque russe.", []string{"chef de la diplomatie européenne=IGOEUREEC"}},
		{"fr", "2014-03-17", "Les ministres européens des Affaires étrangères ont adopté des sanctions contre la Russie.", []string{"ministres européens=IGOEUREEC", "Russie=RUS"}},
		{"fr", "2012-06-29", "Les ministres européens ont approuvé l'aide à l'Espagne.", []string{"ministres européens=IGOEUREEC", "Espagne=ESP"}},
		{"fr", "2019-01-15", "Le commissaire européen a critiqué la Pologne.", []string{"commissaire européen=IGOEUREEC", "Pologne=POL"}},
		{"fr", "2020-07-21", "La présidente de la Commission européenne a salué l'accord.", []string{"présidente de la Commission=IGOEUREEC"}},
		{"fr", "2016-06-25", "Les dirigeants européens ont réagi au vote britannique.", []string{"dirigeants européens=EURGOV|IGOEUREEC"}},
		{"en", "2022-03-01", "The EU foreign policy chief condemned the Russian invasion.", []string{"EU foreign policy chief=IGOEUREEC"}},
		{"fr", "2024-02-01", "La Commission européenne a ouvert une enquête contre la Hongrie.", []string{"Commission européenne=IGOEUREEC", "Hongrie=HUN"}},
		{"fr", "2015-07-12", "Les ministres des Finances de la zone euro ont exigé des réformes de la Grèce.", []string{"ministres des Finances de la zone euro=IGOEUREEC", "Grèce=GRC"}},
		// embassies and their host city
		{"fr", "2012-09-14", "Des manifestants ont attaqué l'ambassade américaine au Caire.", []string{"manifestants=EGYOPP|---OPP", "ambassade américaine=USAGOV", "Caire!EGY"}},
		{"fr", "2011-11-29", "Des manifestants ont pris d'assaut l'ambassade britannique à Téhéran.", []string{"manifestants=IRNOPP|---OPP", "ambassade britannique=GBRGOV", "Téhéran!IRN"}},
		{"fr", "2013-02-01", "Un kamikaze s'est fait exploser devant l'ambassade des États-Unis à Ankara.", []string{"ambassade des États-Unis=USAGOV", "Ankara!TUR"}},
		{"en", "2012-09-12", "Gunmen attacked the US consulate in Benghazi.", []string{"Gunmen=---REB", "US consulate=USAGOV", "Benghazi!LBY"}},
		{"en", "2019-12-31", "Protesters stormed the US embassy in Baghdad.", []string{"Protesters=IRQOPP|---OPP", "US embassy=USAGOV", "Baghdad!IRQ"}},
		{"fr", "2016-12-20", "L'ambassadeur russe en Turquie a été assassiné à Ankara.", []string{"ambassadeur russe=RUSGOV"}},
		{"en", "2011-05-01", "The French ambassador to Iran was summoned by Tehran.", []string{"French ambassador=FRAGOV", "Iran=IRN", "Tehran=IRN"}},
		{"en", "2017-04-07", "The US ambassador to the UN, Nikki Haley, warned Russia.", []string{"UN=IGOUNO", "Nikki Haley=USAGOV", "Russia=RUS"}},
		{"en", "2005-01-10", "Britain recalled its ambassador to Uzbekistan.", []string{"Britain=GBR", "ambassador=---GOV|GBRGOV", "Uzbekistan=UZB"}},
		// Swiss government, UAE, emperors, artillery
		{"fr", "2020-03-13", "Le Conseil fédéral a fermé les écoles en Suisse.", []string{"Conseil fédéral=CHEGOV"}},
		{"fr", "2015-09-04", "Le Conseil fédéral suisse a condamné l'attaque.", []string{"Conseil fédéral=CHEGOV"}},
		{"fr", "2020-08-13", "Israël et les EAU ont annoncé la normalisation de leurs relations.", []string{"Israël=ISR", "EAU=ARE"}},
		{"fr", "2017-06-05", "L'Arabie saoudite, les Émirats arabes unis et Bahreïn ont rompu avec le Qatar.", []string{"Arabie saoudite=SAU", "Émirats arabes unis=ARE", "Bahreïn=BHR", "Qatar=QAT"}},
		{"fr", "2014-08-01", "L'eau manque dans la bande de Gaza.", []string{"eau!ARE"}},
		{"fr", "2022-06-10", "L'artillerie russe a pilonné Severodonetsk.", []string{"artillerie russe=RUSMIL"}},
		{"fr", "2016-10-10", "L'artillerie turque a bombardé des positions kurdes en Syrie.", []string{"artillerie turque=TURMIL"}},
		{"fr", "2022-06-10", "Des tirs d'artillerie ont visé Kharkiv.", []string{"artillerie!---MIL"}},
		{"en", "2022-06-10", "Russian artillery shelled the town.", []string{"Russian artillery=RUSMIL"}},
		// separatists, armed men, gunmen
		{"fr", "2014-07-17", "Les séparatistes prorusses ont abattu un avion dans l'est de l'Ukraine.", []string{"séparatistes prorusses=UKRREB"}},
		{"fr", "2019-05-05", "Des séparatistes ont attaqué une école dans le nord-ouest du Cameroun.", []string{"séparatistes=---REB|CMRREB"}},
		{"fr", "2020-10-05", "Les séparatistes arméniens du Karabakh ont tiré sur l'armée azerbaïdjanaise.", []string{"armée azerbaïdjanaise=AZEMIL"}},
		{"en", "2015-02-10", "Separatists shelled the port city of Mariupol.", []string{"Separatists=---REB|UKRREB"}},
		{"fr", "2015-11-14", "Des hommes armés ont attaqué un restaurant à Paris.", []string{"hommes armés=---REB|FRAREB", "Paris=FRA"}}, // round 9: the place they act on gives FRAREB at the actor stage, as the coder did
		{"fr", "2019-03-01", "Des hommes armés ont tué trois gendarmes au Burkina Faso.", []string{"hommes armés=---REB|BFAREB", "gendarmes=BFACOP|---COP"}},
		{"en", "2016-06-12", "A gunman killed 49 people in Orlando.", []string{"gunman=---UAF|---REB|USAREB"}}, // first written ---REB|---CRM; Phoenix GUNMAN [~UAF]},
		{"fr", "2023-02-01", "Le chef du Conseil national syrien a appelé à l'aide.", []string{"Conseil national syrien=SYROPP"}},
		// chancellors
		{"fr", "2010-09-01", "La chancelière allemande a reçu le président russe.", []string{"chancelière allemande=DEUGOV", "président russe=RUSGOV"}},
		{"fr", "2010-09-01", "La chancelière Angela Merkel a reçu le président russe.", []string{"Angela Merkel=DEUGOV", "président russe=RUSGOV"}},
		{"en", "2019-02-01", "Chancellor Sebastian Kurz of Austria met the Israeli prime minister.", []string{"Sebastian Kurz=AUTGOV", "Israeli prime minister=ISRGOV"}},
		{"fr", "2023-02-01", "Le chancelier Olaf Scholz a reçu le président ukrainien à Berlin.", []string{"Olaf Scholz=DEUGOV", "président ukrainien=UKRGOV"}},
		// parties, named people
		{"fr", "2012-10-01", "Le député Jean Dupont (PS) a interpellé le gouvernement.", []string{"député=FRALEG|---LEG"}},
		{"fr", "2014-05-01", "Marine Le Pen a critiqué la Commission européenne.", []string{"Marine Le Pen=FRAPTY", "Commission européenne=IGOEUREEC"}},
		{"fr", "1997-06-02", "Lionel Jospin a été nommé Premier ministre par Jacques Chirac.", []string{"Jacques Chirac=FRAGOV"}},
		{"fr", "2007-05-20", "Le Premier ministre François Fillon a reçu les syndicats.", []string{"François Fillon=FRAGOV", "syndicats=---LAB|FRALAB"}},
		// namesake guards in English and French
		{"en", "2003-03-01", "Czech President Vaclav Klaus met Austrian Chancellor Wolfgang Schuessel.", []string{"Vaclav Klaus=CZEGOV", "Wolfgang Schuessel=AUTGOV"}},
		{"fr", "2005-06-01", "Le président Klaus a reçu le Premier ministre slovaque.", []string{"président Klaus=CZEGOV", "Premier ministre slovaque=SVKGOV"}},
		{"fr", "2016-02-01", "Le roi Salmane a reçu le président turc.", []string{"roi Salmane=SAUGOV", "président turc=TURGOV"}},
		{"fr", "2012-02-01", "Le prince Albert II de Monaco a reçu le président français.", []string{"Albert II=MCOGOV", "président français=FRAGOV"}},
		{"fr", "2022-09-20", "Le roi Charles III a reçu le Premier ministre canadien.", []string{"Charles III=GBRGOV", "Premier ministre canadien=CANGOV"}},
		{"fr", "2008-01-01", "Le président Laurent Gbagbo de Côte d'Ivoire a reçu les rebelles.", []string{"Laurent Gbagbo=CIVGOV", "rebelles=---REB|CIVREB"}},
		{"fr", "2009-07-01", "Le président Gbagbo a reçu le président du Burkina Faso.", []string{"président Gbagbo=CIVGOV", "président du Burkina Faso=BFAGOV"}},
	})
}

// TestRound6Rules: the rules of the actors round 6 on invented sentences
// (expectations written with the rules): short names standing for a body named
// before ("le Conseil" after "le Conseil national syrien"), an embassy's host
// country given to the protesters of no country, a bare "l'empereur" dropped,
// no surname match with a person of much later times, trailing prepositions of
// Phoenix agents.
func TestRound6Rules(t *testing.T) {
	checkRound6(t, []round5Case{
		{"fr", "2012-11-02", "Le Conseil national syrien a élu un nouveau chef. Le chef du Conseil a critiqué Washington.", []string{"Conseil national syrien=SYROPP", "Conseil a=SYROPP"}},
		{"fr", "2013-05-02", "Le Conseil de sécurité s'est réuni. Le Conseil a condamné la Syrie.", []string{"Conseil de sécurité=IGOUNO", "Conseil a=IGOUNO"}},
		{"fr", "1999-03-01", "Le Front Polisario a rejeté le plan. Le Front a accusé le Maroc.", []string{"Front Polisario=NAFREB", "Front a=NAFREB"}},
		{"fr", "2015-03-01", "Le Conseil fédéral a parlé. Le Conseil national a voté.", []string{"Conseil fédéral=CHEGOV", "Conseil national!CHEGOV"}},
		{"fr", "2012-09-14", "Des manifestants ont attaqué l'ambassade américaine à Téhéran.", []string{"manifestants=IRNOPP", "ambassade américaine à Téhéran=USAGOV"}},
		{"fr", "2012-09-14", "L'ambassade de France au Caire a été fermée.", []string{"ambassade de France au Caire=FRAGOV", "Caire!EGY"}},
		{"en", "2012-09-14", "Protesters attacked the US embassy in Tehran.", []string{"Protesters=IRNOPP", "US embassy in Tehran=USAGOV"}},
		{"fr", "1858-07-12", "La reine a eu une entrevue avec l'empereur.", []string{"empereur!FRAGOV", "mpereur!---GOV"}},
		{"fr", "1878-02-14", "L'empereur Guillaume a reçu le président du Reichstag.", []string{"Guillaume!FRAGOV", "président du Reichstag=DEULEG"}},
		{"fr", "2019-02-14", "Le ministre Guillaume a reçu les agriculteurs.", []string{"ministre Guillaume=FRAGOV"}},
		// (the emperor of Germany is its head too: DEUGOV since the lead's French ofListRole,
		// 2026-11-27 fifth session; was DEU)
		{"fr", "1881-05-27", "Les empereurs de Russie et d'Allemagne se sont rencontrés.", []string{"empereurs de Russie=RUSGOV", "Allemagne=DEUGOV"}},
		{"en", "2011-05-01", "The French ambassador to Iran met the ambassador at the UN.", []string{"French ambassador=FRAGOV", "to!FRAGOV", "Iran=IRN", "UN=IGOUNO"}},
		{"fr", "2022-06-10", "L'artillerie française a bombardé les positions ennemies.", []string{"artillerie française=FRAMIL"}},
		{"fr", "1995-05-01", "Le roi Gustave V de Suède a reçu le président.", []string{"roi Gustave V de Suède=SWEGOV"}},
		{"fr", "1995-05-01", "Les dirigeants de Docks de France ont annoncé un plan.", []string{"France!FRA"}},
	})
}
