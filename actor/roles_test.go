package actor

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// lookupCase: a name looked up at a date and the code it must resolve to.
type lookupCase struct{ name, date, want string }

// checkLookups reports each case whose first lookup result is not the
// wanted code.
func checkLookups(t *testing.T, kb *KB, cases []lookupCase) {
	t.Helper()
	for _, c := range cases {
		d, err := dyad.ParseDate(c.date)
		if err != nil {
			t.Fatal(err)
		}
		rs := kb.Lookup(c.name, d)
		if len(rs) == 0 {
			t.Errorf("%s at %s: not found, want %s", c.name, c.date, c.want)
			continue
		}
		if rs[0].Code != c.want {
			t.Errorf("%s at %s: got %s (%s), want %s", c.name, c.date, rs[0].Code, rs[0].Entry.Where(), c.want)
		}
	}
}

// TestRolesAtDates checks (name, date) -> code against public facts, one
// per line.
func TestRolesAtDates(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []lookupCase{
		{"Vladimir Putin", "1999-01-01", "RUSSPY"},    // FSB director July 1998 - August 1999
		{"Vladimir Poutine", "2009", "RUSGOV"},        // prime minister 2008-2012
		{"Poutine", "2022-02-24", "RUSGOV"},           // president since 2012
		{"Angela Merkel", "2017", "DEUGOV"},           // chancellor 2005-2021
		{"Merkel", "2022", "DEUELI"},                  // left office 2021-12-08
		{"Donald Trump", "2017", "USAGOV"},            // 45th president from 2017-01-20
		{"Donald Trump", "2022", "USAELI"},            // out of office 2021-2025
		{"Donald Trump", "2025-06", "USAGOV"},         // 47th president from 2025-01-20
		{"Donald Trump", "2010", "USABUS"},            // businessman before his 2015 campaign
		{"Joe Biden", "2012", "USAGOV"},               // vice-president 2009-2017
		{"Joe Biden", "2019", "USAELI"},               // between offices
		{"Biden", "2023", "USAGOV"},                   // president 2021-2025
		{"Joe Biden", "2025-06", "USAELI"},            // left office 2025-01-20
		{"Barack Obama", "2011", "USAGOV"},            // president 2009-2017
		{"Barack Obama", "2018", "USAELI"},            // former president
		{"Imran Khan", "2019", "PAKGOV"},              // prime minister 2018-08-18 - 2022-04-10
		{"Imran Khan", "2023", "PAKOPP"},              // ousted, leads the opposition PTI
		{"Shehbaz Sharif", "2022-06", "PAKGOV"},       // prime minister from 2022-04-11
		{"Shehbaz Sharif", "2023-10", "PAKELI"},       // caretaker government 2023-08-14 - 2024-03-04
		{"Shehbaz Sharif", "2026-02", "PAKGOV"},       // prime minister again from 2024-03-04
		{"Nawaz Sharif", "2015", "PAKGOV"},            // prime minister 2013-2017
		{"Marco Rubio", "2020", "USALEG"},             // senator for Florida 2011-2025
		{"Marco Rubio", "2025-02", "USAGOV"},          // secretary of state from 2025-01-21
		{"Rex Tillerson", "2017-10", "USAGOV"},        // secretary of state 2017-02-01 - 2018-03-31
		{"Rex Tillerson", "2019", "USAELI"},           // dismissed in March 2018
		{"James Mattis", "2017-10", "USAGOV"},         // secretary of defense 2017-01-20 - 2019-01-01
		{"James Mattis", "2010", "USAMIL"},            // CENTCOM commander until 2013
		{"Wendy Sherman", "2021-10", "USAGOV"},        // deputy secretary of state 2021-2023
		{"Mark Milley", "2021", "USAMIL"},             // chairman of the joint chiefs 2019-2023
		{"Mark Milley", "2024", "USAELI"},             // retired 2023-09-30
		{"Ashraf Ghani", "2016", "AFGGOV"},            // president 2014-09-29 - 2021-08-15
		{"Ashraf Ghani", "2022", "AFGELI"},            // fled Kabul 2021-08-15
		{"Hamid Karzai", "2010", "AFGGOV"},            // president 2001-2014
		{"Sergueï Lavrov", "2010", "RUSGOV"},          // foreign minister since 2004
		{"Sergei Lavrov", "2026", "RUSGOV"},           // still foreign minister
		{"Fawad Chaudhry", "2019", "PAKGOV"},          // minister 2018-2022
		{"Macron", "2015", "FRAGOV"},                  // economy minister 2014-2016
		{"Emmanuel Macron", "2018", "FRAGOV"},         // president from 2017-05-14
		{"François Hollande", "2014", "FRAGOV"},       // president 2012-2017
		{"François Hollande", "2019", "FRAELI"},       // former president
		{"Boris Johnson", "2020", "GBRGOV"},           // prime minister 2019-2022
		{"Boris Johnson", "2023", "GBRELI"},           // resigned 2022-09-06
		{"Keir Starmer", "2022", "GBROPP"},            // leader of the opposition 2020-2024
		{"Keir Starmer", "2025", "GBRGOV"},            // prime minister from 2024-07-05
		{"Olaf Scholz", "2023", "DEUGOV"},             // chancellor 2021-2025
		{"Friedrich Merz", "2025-06", "DEUGOV"},       // chancellor from 2025-05-06
		{"Volodymyr Zelensky", "2022", "UKRGOV"},      // president from 2019-05-20
		{"Petro Porochenko", "2016", "UKRGOV"},        // president 2014-2019
		{"Xi Jinping", "2020", "CHNGOV"},              // president of China since 2013
		{"Narendra Modi", "2016", "INDGOV"},           // prime minister since 2014
		{"Hassan Rohani", "2015", "IRNGOV"},           // president 2013-2021
		{"Ebrahim Raïssi", "2022", "IRNGOV"},          // president 2021-2024
		{"Benjamin Netanyahu", "2022-01", "ISROPP"},   // opposition leader 2021-06 - 2022-12
		{"Benjamin Netanyahu", "2024", "ISRGOV"},      // prime minister again from 2022-12-29
		{"Recep Tayyip Erdogan", "2018", "TURGOV"},    // president since 2014 (prime minister before)
		{"Bachar al-Assad", "2015", "SYRGOV"},         // president 2000-2024
		{"Bachar al-Assad", "2025", "SYRELI"},         // fled to Moscow 2024-12-08
		{"Ahmed al-Chareh", "2023", "SYRREB"},         // HTS leader
		{"Ahmed al-Sharaa", "2025", "SYRGOV"},         // Syrian leader from 2024-12-08
		{"talibans", "2019", "AFGREB"},                // insurgents before the fall of Kabul
		{"Taliban", "2022", "AFGGOV"},                 // rule Afghanistan from 2021-08-15
		{"Haibatullah Akhundzada", "2020", "AFGREB"},  // Taliban leader since 2016
		{"Haibatullah Akhundzada", "2023", "AFGGOV"},  // supreme leader of the emirate
		{"Amir Khan Muttaqi", "2022", "AFGGOV"},       // Taliban foreign minister from 2021-09
		{"Hayat Tahrir al-Cham", "2020", "SYRREB"},    // armed group in Idlib
		{"Pervez Musharraf", "2005", "PAKGOV"},        // president 1999-2008
		{"Qamar Javed Bajwa", "2020", "PAKMIL"},       // army chief 2016-2022
		{"Asim Munir", "2023", "PAKMIL"},              // army chief from 2022-11-29
		{"Asim Munir", "2019-02", "PAKSPY"},           // ISI director general 2018-10 - 2019-06
		{"Antonio Guterres", "2020", "IGOUNO"},        // UN secretary-general since 2017
		{"Jens Stoltenberg", "2018", "IGOWSTNAT"},     // NATO secretary general 2014-2024
		{"Ursula von der Leyen", "2021", "IGOEUREEC"}, // president of the European Commission since 2019
		{"Ursula von der Leyen", "2015", "DEUGOV"},    // German defence minister 2013-2019
		{"Kim Jong-un", "2018", "PRKGOV"},             // leader of North Korea since 2011
		{"Jair Bolsonaro", "2020", "BRAGOV"},          // president 2019-2022
		{"Lula", "2024", "BRAGOV"},                    // president again from 2023
		{"Nicolas Maduro", "2020", "VENGOV"},          // president from 2013
		{"Abdel Fattah al-Sissi", "2016", "EGYGOV"},   // president since 2014
		{"Cyril Ramaphosa", "2020", "ZAFGOV"},         // president since 2018
		{"Bola Tinubu", "2024", "NGAGOV"},             // president since 2023-05-29
		{"Pakistan", "2017", "PAK"},                   // country
		{"Islamabad", "2017", "PAK"},                  // a capital stands for its country (Phoenix)
		{"Pentagone", "2020", "USAMIL"},               // US Department of Defense
		{"Maison Blanche", "2020", "USAGOV"},          // seat of the US presidency
		{"Kremlin", "2020", "RUSGOV"},                 // seat of the Russian presidency
		{"ONU", "2020", "IGOUNO"},                     // United Nations
		{"OTAN", "2020", "IGOWSTNAT"},                 // NATO
		{"ISI", "2020", "PAKSPY"},                     // Pakistani military intelligence
		{"CIA", "2020", "USASPY"},                     // US intelligence agency
		{"TTP", "2021", "PAKINS"},                     // Pakistani Taliban
		{"Daech", "2016", "IMGMUSISI"},                // Islamic State (Phoenix code)
		{"AFP", "2020", "FRAMED"},                     // Agence France-Presse
	}
	checkLookups(t, kb, cases)
}

// TestLearn: a role learned from one document resolves the bare name in a
// later one, and is recorded in Analysis.Learned.
func TestLearn(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	a := analyse(t, kb, "d1", "Le ministre zambien des Affaires étrangères, Kapembe Nsofwa, a rencontré son homologue. M. Nsofwa a déclaré que tout allait bien.", "2024-03-02")
	var fact *dyad.RoleFact
	for i := range a.Learned {
		if a.Learned[i].Name == "Kapembe Nsofwa" {
			fact = &a.Learned[i]
		}
	}
	if fact == nil || fact.Code != "ZMBGOV" {
		t.Fatalf("learned %+v, want Kapembe Nsofwa = ZMBGOV", a.Learned)
	}
	surname := false
	for _, m := range a.Actors {
		if m.Text == "Nsofwa" && m.Code == "ZMBGOV" {
			surname = true
		}
	}
	if !surname {
		t.Errorf("surname mention not resolved: %+v", a.Actors)
	}
	// a later document names him bare
	b := analyse(t, kb, "d2", "Kapembe Nsofwa est arrivé à Lusaka.", "2024-05-01")
	for _, m := range b.Actors {
		if m.Text == "Kapembe Nsofwa" && m.Code != "" {
			t.Fatalf("resolved before Learn: %+v", m)
		}
	}
	kb.Learn(a.Learned)
	b = analyse(t, kb, "d2", "Kapembe Nsofwa est arrivé à Lusaka.", "2024-05-01")
	ok := false
	for _, m := range b.Actors {
		if m.Text == "Kapembe Nsofwa" && m.Code == "ZMBGOV" {
			ok = true
		}
	}
	if !ok {
		t.Errorf("learned role not used: %+v", b.Actors)
	}
	if rs := kb.Lookup("Kapembe Nsofwa", dyad.Date{Year: 2024, Month: 6}); len(rs) == 0 || rs[0].Code != "ZMBGOV" {
		t.Errorf("Lookup after Learn: %+v", rs)
	}
}

// TestConcurrent: one KB, several goroutines running the stage, Learn meanwhile (run with
// -race).
func TestConcurrent(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	const body = "Le secrétaire d'État américain, Marco Rubio, a rencontré le Premier ministre pakistanais, Shehbaz Sharif, à Washington. Les deux pays coopèrent."
	done := make(chan []string)
	for g := 0; g < 4; g++ {
		go func() {
			var codes []string
			for i := 0; i < 20; i++ {
				a := analyse(t, kb, "c", body, "2026-02-19")
				kb.Learn(a.Learned)
				if i == 19 {
					for _, m := range a.Actors {
						codes = append(codes, m.Code)
					}
				}
			}
			done <- codes
		}()
	}
	var first []string
	for g := 0; g < 4; g++ {
		c := <-done
		if first == nil {
			first = c
		} else if len(c) != len(first) {
			t.Errorf("goroutines disagree: %v vs %v", c, first)
		}
	}
	want := map[string]bool{"USAGOV": false, "PAKGOV": false}
	for _, c := range first {
		if _, ok := want[c]; ok {
			want[c] = true
		}
	}
	for c, ok := range want {
		if !ok {
			t.Errorf("%s missing in %v", c, first)
		}
	}
}
