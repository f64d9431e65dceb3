package actor

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestActorfixSoleCountryMedia: outlets and the source of "selon"/"d'après"
// do not give a bare state agent their country (sole_fr.go); a real domestic
// pair still does.
func TestActorfixSoleCountryMedia(t *testing.T) {
	const d = "2024-03-12"
	cases := []struct {
		body       string
		want, none []string
	}{
		{"L'agence Reuters a interrogé le ministre sur la réforme.", []string{"ministre=---GOV"}, []string{"GBRGOV"}},
		{"Selon l'AFP, le ministre a présenté sa démission.", []string{"ministre=---GOV"}, []string{"FRAGOV"}},
		{"D'après la chaîne Al-Jazira, la police a dispersé la foule.", []string{"police=---COP"}, nil},
		{"Selon Moscou, le gouvernement a refusé de négocier.", []string{"gouvernement=---GOV"}, nil},
		// no attribution: the domestic rule still applies
		{"Les opposants ont été torturés dans les prisons syriennes.", []string{"opposants=SYROPP"}, nil},
		// an envoy meeting a country's rebels is not of that country
		{"L'émissaire a rencontré les rebelles maliens à Alger.", []string{"émissaire=---GOV"}, []string{"MLIGOV"}},
	}
	for _, c := range cases {
		var none []string
		got := actorsOf(t, c.body, d, "fr")
		for _, n := range c.none {
			for _, g := range got {
				if len(g) >= len(n) && g[len(g)-len(n):] == n {
					t.Errorf("%q: no %s expected, got %v", c.body, n, got)
				}
			}
		}
		expectMentions(t, c.body, d, "fr", c.want, none)
	}
}

// TestActorfixMissingActors: actors French news names that were missing.
func TestActorfixMissingActors(t *testing.T) {
	cases := []struct {
		body, date string
		want       []string
	}{
		{"L'Otan a renforcé sa présence en Pologne.", "2024-03-12", []string{"Otan=IGOWSTNAT"}},
		{"L'Opep a décidé de réduire sa production.", "2023-04-02", []string{"Opep=IGOOPC"}},
		{"Aqmi a revendiqué l'enlèvement d'un ressortissant français.", "2011-01-08", []string{"Aqmi=AFRREB", "ressortissant français=FRACVL"}},
		{"L'Occident a menacé Téhéran de nouvelles sanctions.", "2012-01-10", []string{"Occident=WST"}},
		{"Des salafistes ont saccagé un mausolée à Tunis.", "2012-10-17", []string{"salafistes=---MUSRAD"}},
		{"Un chef islamiste a été arrêté dans le nord du Mali.", "2013-02-05", []string{"chef islamiste=---REB"}},
		{"La famille de l'otage a interpellé le gouvernement.", "2013-02-05", []string{"famille de l'otage=---CVL"}},
		{"Le médiateur burkinabé a reçu une délégation touareg.", "2012-11-16", []string{"médiateur burkinabé=BFAGOV"}},
		{"Lionel Jospin a répondu à Jacques Chirac.", "2001-06-14", []string{"Lionel Jospin=FRAGOV", "Jacques Chirac=FRAGOV"}},
		{"Jospin a répliqué à Chirac.", "2001-06-14", []string{"Jospin=FRAGOV", "Chirac=FRAGOV"}},
		{"Tapie a attaqué le Crédit lyonnais en justice.", "2008-07-11", []string{"Tapie=FRABUS"}},
		{"Les observateurs de l'ONU ont quitté Damas.", "2012-08-19", []string{"observateurs de l'ONU=IGOUNO"}},
		{"Les services de sécurité ont arrêté trois militants.", "2013-05-02", []string{"services de sécurité=---COP"}},
	}
	for _, c := range cases {
		expectMentions(t, c.body, c.date, "fr", c.want, nil)
	}
}

// TestActorfixWrongActors: mentions that came out wrong.
func TestActorfixWrongActors(t *testing.T) {
	cases := []struct {
		body, date string
		want, none []string
	}{
		// an apposition must agree: two mentions
		{"Le président chinois, Joe Biden, a rencontré le Premier ministre indien.", "2022-05-01",
			[]string{"président chinois=CHNGOV", "Joe Biden=USAGOV"}, []string{"président chinois, Joe Biden"}},
		// an agreeing apposition stays one mention
		{"Le président chinois, Xi Jinping, a rencontré le Premier ministre indien.", "2022-05-01",
			[]string{"président chinois, Xi Jinping=CHNGOV"}, nil},
		// the noun at the head of a headline, not the paper
		{"Libération de trois otages au Sahel", "2013-04-19", nil, []string{"Libération"}},
		{"Selon Libération, le ministre a menti.", "2013-04-19", []string{"Libération=FRAMED"}, nil},
		{"Austrian a suspendu ses vols vers Téhéran.", "2024-04-14", []string{"Austrian=MNCAUT"}, nil},
		// an entry written with its article spans the noun
		{"La police a interpellé des écologistes devant la raffinerie.", "2023-03-02", []string{"écologistes=---PTY"}, []string{"des écologistes"}},
		// the court of the Council of Europe is a court
		{"La CEDH a condamné la Russie.", "2022-06-07", []string{"CEDH=IGOEURCOEJUD"}, nil},
		// the region's adjective on an act names the EU
		{"Les sanctions européennes contre Moscou ont été prolongées.", "2023-01-27", []string{"européennes=IGOEUREEC"}, nil},
		// positions are the armed forces, towns the country
		{"L'artillerie russe a pilonné les positions ukrainiennes.", "2023-01-27", []string{"ukrainiennes=UKRMIL"}, nil},
		{"L'armée arménienne a bombardé des villes azerbaïdjanaises.", "2020-10-04", []string{"azerbaïdjanaises=AZE"}, nil},
		// a nationality ending an agent is no participle
		{"Le président burkinabé a reçu le Premier ministre malien.", "2012-11-16", []string{"président burkinabé=BFAGOV"}, nil},
		// the PLO by date; the Assad government after its fall
		{"L'OLP a revendiqué l'attentat.", "1985-10-01", []string{"OLP=PSEREB"}, nil},
		{"L'OLP a signé l'accord.", "1999-09-04", []string{"OLP=PSEGOV"}, nil},
		{"Le régime Assad a bombardé Alep.", "2016-09-23", []string{"régime Assad=SYRGOV"}, nil},
		{"Le régime Assad a longtemps torturé ses opposants.", "2025-02-01", []string{"régime Assad=SYRELI"}, nil},
	}
	for _, c := range cases {
		expectMentions(t, c.body, c.date, "fr", c.want, c.none)
	}
}

// TestActorfixDatelessPerson: without a document date, a person out of
// office takes the most recent office, not the elite default.
func TestActorfixDatelessPerson(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"Jean-Paul II":     "VATGOV",
		"Jacques Chirac":   "FRAGOV",
		"Vladimir Poutine": "RUSGOV", // an open role wins
	} {
		rs := kb.Lookup(name, dyad.Date{})
		if len(rs) == 0 || rs[0].Code != want {
			t.Errorf("%s without a date: want %s, got %+v", name, want, rs)
		}
	}
}
