package actor

import (
	"testing"
)

// TestPeople2014 checks (name, date) -> code for people_dyad_2014_2026.txt:
// office holders of 2014-2026 at dates inside and outside their offices, the
// spellings French and English news use, and earlier (Phoenix) roles kept.
func TestPeople2014(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []lookupCase{
		// France: party figures without executive office are PTY
		{"Marine Le Pen", "2022-04-10", "FRAPTY"},      // RN candidate, deputy
		{"Jordan Bardella", "2024-06-30", "FRAPTY"},    // RN president
		{"Jean-Luc Mélenchon", "2017-04-23", "FRAPTY"}, // LFI candidate
		{"Jean-Luc Melenchon", "2001-01-01", "FRAGOV"}, // minister for vocational education 2000-2002
		{"Éric Zemmour", "2019-01-01", "FRAMED"},       // columnist before his campaign
		{"Eric Zemmour", "2022-03-01", "FRAPTY"},       // Reconquête from December 2021
		{"Laurent Wauquiez", "2011-06-01", "FRAGOV"},   // minister under Fillon
		{"Laurent Wauquiez", "2018-01-01", "FRAPTY"},   // LR president 2017-2019
		{"Gérald Darmanin", "2021-05-01", "FRAGOV"},    // interior minister 2020-2024
		{"Bruno Retailleau", "2025-01-15", "FRAGOV"},   // interior minister 2024-09-21 - 2025-10-12
		{"Bruno Le Maire", "2019-01-01", "FRAGOV"},     // economy minister 2017-2024
		{"Bruno Le Maire", "2025-01-01", "FRAELI"},     // left office 2024-09-21
		// Ukraine
		{"Arseni Iatseniouk", "2015-05-01", "UKRGOV"},     // prime minister 2014-02-27 - 2016-04-14
		{"Arseniy Yatsenyuk", "2018-01-01", "UKRELI"},     // resigned April 2016
		{"Volodymyr Groïsman", "2017-01-01", "UKRGOV"},    // prime minister 2016-2019
		{"Pavlo Klimkin", "2016-06-01", "UKRGOV"},         // foreign minister 2014-2019
		{"Oleksandr Tourtchynov", "2014-04-01", "UKRGOV"}, // acting president 2014-02-23 - 2014-06-07
		{"Stepan Poltorak", "2017-01-01", "UKRGOV"},       // defence minister 2014-2019
		// Israel, Palestine
		{"Avigdor Lieberman", "2017-01-01", "ISRGOV"},  // defence minister 2016-2018
		{"Avigdor Liberman", "2020-01-01", "ISROPP"},   // Yisrael Beiteinu in opposition
		{"Reuven Rivlin", "2018-01-01", "ISRGOV"},      // president 2014-2021
		{"Reuven Rivlin", "2023-01-01", "ISRELI"},      // former president
		{"Rami Hamdallah", "2016-01-01", "PSEGOV"},     // PA prime minister 2013-2019
		{"Khalil al-Hayya", "2024-11-01", "PSEREBHMS"}, // Hamas leader in Gaza, negotiator
		// Iran, Iraq, Syria, Lebanon, Yemen
		{"Aziz Nasirzadeh", "2025-01-01", "IRNGOV"},        // defence minister from 2024-08-21
		{"Hossein Dehghan", "2016-01-01", "IRNGOV"},        // defence minister 2013-2017
		{"Haïder al-Abadi", "2016-01-01", "IRQGOV"},        // prime minister 2014-2018
		{"Haider al-Abadi", "2020-01-01", "IRQELI"},        // former prime minister
		{"Walid Mouallem", "2015-01-01", "SYRGOV"},         // foreign minister 2006-2020
		{"Fayçal Meqdad", "2025-03-01", "SYRELI"},          // left with Assad 2024-12-08
		{"Murhaf Abu Qasra", "2025-03-01", "SYRGOV"},       // defence minister of the new authorities
		{"Tammam Salam", "2015-01-01", "LBNGOV"},           // prime minister 2014-2016
		{"Abd Rabbo Mansour Hadi", "2018-01-01", "YEMGOV"}, // president 2012-2022
		{"Abdrabbuh Mansur Hadi", "2023-01-01", "YEMELI"},  // handed over to the council 2022-04-07
		{"Rashad al-Alimi", "2023-01-01", "YEMGOV"},        // presidential council chairman
		{"Mahdi al-Mashat", "2020-01-01", "YEMREB"},        // Houthi supreme political council
		// Turkey, Pakistan, India
		{"Ahmet Davutoglu", "2015-06-01", "TURGOV"},  // prime minister 2014-2016
		{"Binali Yildirim", "2017-01-01", "TURGOV"},  // prime minister 2016-2018
		{"Sartaj Aziz", "2016-01-01", "PAKGOV"},      // foreign affairs adviser 2013-2017
		{"Manohar Parrikar", "2016-01-01", "INDGOV"}, // defence minister 2014-2017
		// international organisations
		{"Federica Mogherini", "2016-01-01", "IGOEUREEC"},    // EU High Representative 2014-2019
		{"Jean-Claude Juncker", "2016-01-01", "IGOEUREEC"},   // Commission president 2014-2019
		{"Anders Fogh Rasmussen", "2012-01-01", "IGOWSTNAT"}, // NATO secretary general 2009-2014
		{"José Manuel Barroso", "2012-01-01", "IGOEUREEC"},   // Commission president 2004-2014
		// Africa, Americas, Asia
		{"Fayez al-Sarraj", "2019-06-01", "LBYGOV"},            // GNA prime minister 2016-2021
		{"Abdallah Hamdok", "2020-01-01", "SDNGOV"},            // prime minister from 2019-08-21
		{"Ibrahim Boubacar Keïta", "2016-01-01", "MLIGOV"},     // president 2013-2020
		{"Ibrahim Boubacar Keita", "2021-01-01", "MLIELI"},     // ousted 2020-08-18
		{"Mahamadou Issoufou", "2016-01-01", "NERGOV"},         // president 2011-2021
		{"Roch Marc Christian Kaboré", "2018-01-01", "BFAGOV"}, // president 2015-2022
		{"Joseph Kabila", "2016-01-01", "CODGOV"},              // president 2001-2019
		{"Juan Guaidó", "2019-03-01", "VENOPP"},                // opposition leader
		{"Juan Manuel Santos", "2016-01-01", "COLGOV"},         // president 2010-2018
		{"Iván Duque", "2020-01-01", "COLGOV"},                 // president 2018-2022
		{"Htin Kyaw", "2017-01-01", "MMRGOV"},                  // president 2016-2018
		{"Matteo Renzi", "2015-01-01", "ITAGOV"},               // prime minister 2014-2016
		{"Park Geun-hye", "2015-01-01", "KORGOV"},              // president 2013-2017
		{"Michel Temer", "2017-01-01", "BRAGOV"},               // president 2016-2018
		// second batch
		{"François Fillon", "2017-03-01", "FRAPTY"},      // LR candidate, no office
		{"François Fillon", "2010-01-01", "FRAGOV"},      // prime minister 2007-2012
		{"Alain Juppé", "2020-01-01", "FRAJUD"},          // Constitutional Council from 2019-03-11
		{"Manuel Valls", "2025-03-01", "FRAGOV"},         // overseas minister 2024-12-23 - 2025-10-12
		{"Abdullah Gül", "2016-01-01", "TURELI"},         // president until 2014-08-28
		{"Moussa Faki", "2019-01-01", "IGOAFRAFU"},       // AU Commission chairperson 2017-2025
		{"Ahmed Aboul Gheit", "2018-01-01", "IGOMEAARL"}, // Arab League secretary general from 2016
		{"Idriss Déby", "2022-01-01", "TCDELI"},          // killed 2021-04-20
		{"Riek Machar", "2015-01-01", "SSDREB"},          // SPLM-IO rebellion 2013-2016
		{"Viatcheslav Volodine", "2020-01-01", "RUSLEG"}, // Duma speaker from 2016-10-05
		{"Béji Caïd Essebsi", "2016-01-01", "TUNGOV"},    // president 2014-2019
		{"Hashem Safieddine", "2024-10-01", "LBNREB"},    // Hezbollah executive council head
		// third batch
		{"Nicolas Sarkozy", "2015-06-01", "FRAPTY"},       // UMP/LR president 2014-2016
		{"Nicolas Sarkozy", "2010-06-01", "FRAGOV"},       // president 2007-2012
		{"Harlem Désir", "2015-01-01", "FRAGOV"},          // secretary of state for Europe 2014-2017
		{"Joachim Gauck", "2015-01-01", "DEUGOV"},         // president 2012-2017
		{"Mohammed bin Nayef", "2016-01-01", "SAUGOV"},    // crown prince, interior minister
		{"Moctar Ouane", "2015-01-01", "MLIELI"},          // out of office 2011-2020
		{"Moctar Ouane", "2021-01-01", "MLIGOV"},          // transitional prime minister
		{"Zeid Ra'ad al-Hussein", "2016-01-01", "IGOUNO"}, // UN high commissioner for human rights
		// fourth batch
		{"Susan Rice", "2019-01-01", "USAELI"},             // out of office 2017-2021
		{"Saeb Erekat", "2018-01-01", "PSEGOV"},            // PLO chief negotiator until his death
		{"Saeb Erekat", "2021-06-01", "PSEELI"},            // died 2020-11-10
		{"Evo Morales", "2020-01-01", "BOLOPP"},            // resigned 2019-11-10
		{"Raul Castro", "2022-01-01", "CUBELI"},            // left the party leadership 2021-04-19
		{"Mohammed Hamdan Dagalo", "2024-01-01", "SDNREB"}, // RSF at war from 2023-04-15
		// earlier roles kept (no 2014+ range leaks into older dates)
		{"Philip Hammond", "2010-12-01", "GBRGOVBUS"},  // Phoenix's role, kept
		{"Ali Abdallah Saleh", "2005-01-01", "YEMGOV"}, // president until 2012
		{"Hugo Chávez", "2005-01-01", "VENGOV"},        // president 1999-2013
		{"Binali Yildirim", "2005-01-01", "TURGOVBUS"}, // Phoenix's role, kept
	}
	checkLookups(t, kb, cases)
}

// TestPeople2014Sentences: the dated roles reach the mentions of a sentence.
func TestPeople2014Sentences(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ lang, date, text, name, want string }{
		{"fr", "2015-03-10", "Arseni Iatseniouk a rencontré Laurent Fabius à Paris.", "Arseni Iatseniouk", "UKRGOV"},
		{"fr", "2022-03-10", "Marine Le Pen a critiqué Emmanuel Macron.", "Marine Le Pen", "FRAPTY"},
		{"en", "2016-03-10", "Federica Mogherini met Mohammad Javad Zarif in Tehran.", "Federica Mogherini", "IGOEUREEC"},
		{"fr", "2012-07-06", "Marine Le Pen a répondu à Nadine Morano.", "Marine Le Pen", "FRAPTY"},
	}
	for _, c := range cases {
		a := analyseLang(t, kb, "p", c.text, c.date, c.lang)
		found := false
		for _, m := range a.Actors {
			if m.Name == c.name || m.Text == c.name {
				found = true
				if m.Code != c.want {
					t.Errorf("%q at %s: %s got %s, want %s", c.text, c.date, c.name, m.Code, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found", c.text, c.name)
		}
	}
}
