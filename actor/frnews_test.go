package actor

import "testing"

// TestEuroBodies: the euro area and its bodies are the EU's code; the ECB,
// the IMF and the World Bank keep theirs.
func TestEuroBodies(t *testing.T) {
	expectMentions(t, "La zone euro a réagi. L'Eurogroupe a décidé. La BCE a relevé ses taux. "+
		"Le FMI a prêté. La Banque mondiale a financé.", "2012-05-10", "fr",
		[]string{"zone euro=IGOEUREEC", "Eurogroupe=IGOEUREEC", "BCE=IGOEUREEC", "FMI=IGOBUSIMF", "Banque mondiale=IGOUNODEVWBK"}, nil)
	expectMentions(t, "Eurozone finance ministers met. The euro area grew.", "2012-05-10", "en",
		[]string{"euro area=IGOEUREEC"}, nil)
}

// TestTitleSurname: a title + the surname of exactly one KB person who held
// that role is that person (the title's role with the person's country);
// a surname of several such people, or of none, is not.
func TestTitleSurname(t *testing.T) {
	// Ion Iliescu is in people.txt (Phoenix) with ROU roles including GOV
	expectMentions(t, "Le président Iliescu a parlé à Bucarest.", "1992-05-01", "fr",
		[]string{"président Iliescu=ROUGOV"}, nil)
	expectMentions(t, "Le président roumain Iliescu a parlé.", "2010-05-01", "fr",
		[]string{"président roumain Iliescu=ROUGOV"}, nil)
	// a title of another country: not the Romanian
	got := actorsOf(t, "Le président français Iliescu a parlé.", "1992-05-01", "fr")
	if hasText(got, "Iliescu") {
		t.Errorf("a French title must not take the Romanian Iliescu: %v", got)
	}
	// an unknown surname stays the bare title
	expectMentions(t, "Le général Zzyzxq a parlé.", "1992-05-01", "fr", []string{"général=---MIL"}, []string{"Zzyzxq"})
}

// TestCompanies: rating agencies are US companies (Phoenix MNCUSA); a
// business noun + an unknown capitalised name, or a name + a legal form, is
// one ---BUS mention and a country word inside it is no country; a known
// company (companies_dyad.txt, audit 4) keeps its code over the whole name.
func TestCompanies(t *testing.T) {
	expectMentions(t, "Moody's a abaissé la note. Standard & Poor's a relevé la sienne, S&P a averti et Fitch a confirmé.",
		"2012-05-10", "fr", []string{"Moody's=MNCUSA", "Standard & Poor's=MNCUSA", "S&P=MNCUSA", "Fitch=MNCUSA"}, nil)
	expectMentions(t, "L'indice S&P 500 a baissé.", "2012-05-10", "fr", nil, []string{"S&P"})
	expectMentions(t, "La société Dacia a annoncé que le groupe Renault France et Petrom SA, Siemens GmbH et Acme Ltd investiront.",
		"2012-05-10", "fr",
		[]string{"société Dacia=---BUS", "groupe Renault France=MNCFRA", "Petrom SA=---BUS", "Siemens GmbH=---BUS", "Acme Ltd=---BUS"}, nil)
	if got := actorsOf(t, "Le groupe Renault France a annoncé.", "2012-05-10", "fr"); has(got, "France=FRA") {
		t.Errorf("France inside a company name is no country: %v", got)
	}
	// not across a comma, not a parliamentary group, not a title-case "Ag"
	expectMentions(t, "Le président du groupe UMP a parlé. La société, Élisabeth Bonnet en tête, a dit. Le village de Nock Ag a voté.",
		"2012-05-10", "fr", []string{"société=---BUS"}, []string{"société, Élisabeth", "Nock Ag"})
	// a parliamentary group is no company (parties_fr.txt codes it as the legislature)
	if got := actorsOf(t, "Le président du groupe UMP a parlé.", "2012-05-10", "fr"); hasText(got, "groupe UMP") && !has(got, "président du groupe UMP=FRALEG") {
		t.Errorf("le groupe UMP is the French legislature, not a company: %v", got)
	}
	// known bodies and agents keep their codes
	expectMentions(t, "Le groupe État islamique a frappé. La société civile a manifesté. La France a dit.", "2012-05-10", "fr",
		[]string{"groupe État islamique=IMGMUSISI", "société civile=---CVL", "France=FRA"}, nil)
}

// TestVerblessHeadline: a headline line without a verb before a blank line
// still gets its actors, and the body too.
func TestVerblessHeadline(t *testing.T) {
	expectMentions(t, "Roumanie : le président Iliescu à Moscou\n\nLe FMI a prêté à la Roumanie.", "1992-05-01", "fr",
		[]string{"président Iliescu=ROUGOV", "FMI=IGOBUSIMF"}, nil)
	expectMentions(t, "Moody's et la zone euro\n\nLa BCE a agi.", "2012-05-10", "fr",
		[]string{"Moody's=MNCUSA", "zone euro=IGOEUREEC", "BCE=IGOEUREEC"}, nil)
}
