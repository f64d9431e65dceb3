package actor

import "testing"

// People helper (round 8): roles that the 2021 Wikidata snapshot left open
// closed at the successor's inauguration, central bankers, and surnames
// resolved by the document's date (people_date.go). Sentences invented.

func TestPeopleRolesClosed(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, kb, []lookupCase{
		{"Jacinda Ardern", "2020-06-01", "NZLGOV"},
		{"Jacinda Ardern", "2024-06-01", "NZLELI"}, // resigned 2023-01-25
		{"Hun Sen", "2020-06-01", "KHMGOV"},
		{"Hun Sen", "2023-12-01", "KHMELI"},     // Hun Manet from 2023-08-22
		{"Hun Sen", "2024-06-01", "KHMLEG"},     // president of the Senate from 2024-04-03 (round5_dyad.txt)
		{"Sanna Marin", "2024-06-01", "FINELI"}, // Orpo from 2023-06-20
		{"Petteri Orpo", "2024-06-01", "FINGOV"},
		{"Pope Francis", "2025-06-01", "VATELI"}, // died 2025-04-21
		{"Leo XIV", "2025-06-01", "VATGOV"},      // elected 2025-05-08
		{"Margrethe II", "2024-06-01", "DNKELI"}, // abdicated 2024-01-14
		{"Frederik X", "2024-06-01", "DNKGOV"},
		{"Klaus Iohannis", "2016-06-01", "ROUGOV"},         // Wikidata had 2019.. only
		{"Klaus Iohannis", "2025-06-01", "ROUELI"},         // resigned 2025-02-12
		{"Abdel-Aziz bin Habtour", "2020-06-01", "YEMREB"}, // Houthi prime minister
		{"Prayut Chan-o-cha", "2024-06-01", "THAELI"},
		{"Andrej Babiš", "2019-06-01", "CZEGOV"},
		{"Andrej Babiš", "2023-06-01", "CZEOPP"},
		{"Janet Yellen", "2016-06-01", "USAGOVBUS"}, // Fed chair 2014-2018
		{"Janet Yellen", "2022-06-01", "USAGOV"},
		{"Mark Carney", "2016-06-01", "GBRGOVBUS"}, // Bank of England
		{"Jerome Powell", "2022-06-01", "USAGOVBUS"},
		{"Elvira Nabiullina", "2022-06-01", "RUSGOVBUS"},   // Phoenix: economy minister
		{"James Baker", "1991-06-01", "USAGOV"},            // Phoenix: ELI
		{"Kamla Persad-Bissessar", "2020-06-01", "TTOOPP"}, // Phoenix: GOV from 2010, open
		{"Devlet Bahçeli", "2024-06-01", "TURPTY"},
		{"Iván Mordisco", "2024-06-01", "COLREB"},
	})
}

func TestPeopleSurnamesByDate(t *testing.T) {
	cases := []struct {
		body, date, lang string
		want, none       []string
	}{
		// a bare surname: the namesake in office at the date
		{"Bush met Gorbachev in Moscow.", "1991-07-30", "en", []string{"Bush=USAGOV"}, nil},
		{"President Bush spoke to reporters.", "1990-08-10", "en", []string{"President Bush=USAGOV"}, nil},
		{"President Bush spoke to reporters.", "2003-03-20", "en", []string{"President Bush=USAGOV"}, nil},
		{"Clinton met Lavrov in Geneva.", "2010-03-12", "en", []string{"Clinton=USAGOV", "Lavrov=RUSGOV"}, nil},
		// an honorific + a surname no dictionary name covers
		{"Mr. Sharif met Indian officials on Monday.", "2023-03-12", "en", []string{"Mr. Sharif=PAKGOV"}, nil},
		{"M. Sharif a reçu le ministre chinois.", "2023-03-12", "fr", []string{"M. Sharif=PAKGOV"}, nil},
		{"Mr. Nehammer met Mr. Orban in Vienna.", "2022-03-12", "en", []string{"Mr. Nehammer=AUTGOV"}, nil},
		// the government of a person named by honorific and surname
		{"Le gouvernement de M. Sharif a démenti.", "2023-03-12", "fr", []string{"gouvernement=PAKGOV"}, nil},
		{"Mr. Sharif's government condemned the attack.", "2023-03-12", "en", []string{"Mr. Sharif's government=PAKGOV"}, nil},
		// a surname next to an institution noun: that office holder's government
		{"Le gouvernement Sharif a démenti.", "2023-03-12", "fr", []string{"gouvernement Sharif=PAKGOV"}, nil},
		{"The Sharif government denied the report.", "2023-03-12", "en", []string{"Sharif government=PAKGOV"}, nil},
		{"Sharif's government denied it.", "2023-03-12", "en", []string{"Sharif's government=PAKGOV"}, nil},
		// a title + a surname several office holders bear: the one in office
		{"Prime Minister Sharif met Indian officials.", "2023-03-12", "en", []string{"Prime Minister Sharif=PAKGOV"}, nil},
		// a role open to the past dates nothing (Keith Kellogg, "USAMIL ..2003", is
		// not Frank B. Kellogg of 1928)
		{"M. Kellogg a signé le pacte.", "1928-05-29", "fr", nil, []string{"Kellogg"}},
		// a common surname names no one; a longer name is someone else
		{"Mr. Khan criticised the army.", "2019-10-12", "en", nil, []string{"Khan"}},
		{"Le chancelier Klaus d'Autriche est arrivé à Tokyo.", "2008-03-10", "fr", nil, []string{"Klaus=CZEGOV"}},
		{"a répondu M. René", "1978-05-19", "fr", nil, []string{"René"}},
		{"Mr. John Nehammer spoke.", "2022-03-12", "en", nil, []string{"Nehammer"}},
		// the document named the other namesake first: it stays
		{"Former president Bill Clinton said Clinton would campaign in Ohio.", "2010-03-12", "en", []string{"Clinton=USAELI"}, []string{"Clinton=USAGOV"}},
		{"Le président Nawaz Sharif a dit que M. Sharif irait à Kaboul.", "2016-03-12", "fr", []string{"M. Sharif=PAKGOV"}, nil},
	}
	for _, c := range cases {
		expectMentions(t, c.body, c.date, c.lang, c.want, c.none)
	}
}

func TestPeopleRoles1990s(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, kb, []lookupCase{
		{"Yasser Arafat", "1990-06-01", "PSEGOV"},    // PLO chairman (Phoenix: ELI)
		{"Benazir Bhutto", "2007-06-01", "PAKOPP"},   // in exile, PPP leader
		{"Kim Jong-il", "2000-06-01", "PRKGOV"},      // Phoenix: from 2004 only
		{"Javier Solana", "2005-06-01", "IGOEUREEC"}, // EU High Representative
		{"Romano Prodi", "2002-06-01", "IGOEUREEC"},  // Commission president
		{"Joschka Fischer", "2000-06-01", "DEUGOV"},  // Phoenix: from 2003
		{"Ehud Barak", "1998-06-01", "ISROPP"},       // Labour leader in opposition
		{"Hashim Thaci", "1999-03-01", "KSVREB"},     // KLA
		{"Mobutu", "1995-06-01", "CODGOV"},
		{"Mohammed Khatami", "2001-06-01", "IRNGOV"},
	})
}

func TestPeopleCabinets2014to2026(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, kb, []lookupCase{
		{"Anton Silouanov", "2024-06-01", "RUSGOV"},
		{"Sri Mulyani Indrawati", "2020-06-01", "IDNGOV"},       // Phoenix: ended 2010
		{"Sri Mulyani Indrawati", "2013-06-01", "IGOUNODEVWBK"}, // World Bank MD
		{"Yang Jiechi", "2024-06-01", "CHNELI"},                 // Phoenix: open from 2007
		{"Valdis Dombrovskis", "2024-06-01", "IGOEUREEC"},       // Phoenix: LVAGOV open
		{"Diosdado Cabello", "2025-06-01", "VENGOV"},            // interior minister
		{"John Kirby", "2024-06-01", "USAGOV"},                  // a person, not Phoenix's "US military"
		{"Shaktikanta Das", "2022-06-01", "INDGOVBUS"},
		{"Richard Moore", "2022-06-01", "GBRSPY"},
	})
}

func TestPeopleIGOHeads(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, kb, []lookupCase{
		{"Javier Pérez de Cuéllar", "1990-06-01", "IGOUNO"}, // Phoenix: PERELI then
		{"Horst Köhler", "2002-06-01", "IGOBUSIMF"},
		{"Jean Ping", "2010-06-01", "IGOAFRAFU"},
		{"Hans Blix", "2002-06-01", "IGOUNO"}, // UNMOVIC
		{"Benoît XVI", "2008-06-01", "VATGOV"},
		{"David Petraeus", "2008-06-01", "USAMIL"},
		{"Mohamed ElBaradei", "2012-06-01", "EGYOPP"},
	})
}
