package actor_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

// Tests for the fourth audit (French bench news: actors of business, labour,
// civilians and education that dyad did not find). The sentences and the
// company names Volkfahr, Flyvia, Rostalgaz, Norbanca are invented.

type audit4Case struct {
	body, lang string
	want, none []string // text=code mentions; none: a text=code that must not be a mention, or a text/code part no mention may hold
}

// pipelineMentions runs the default pipeline on body and returns its actor
// mentions as "text=CODE".
func pipelineMentions(t *testing.T, p *pipeline.Pipeline, id, lang string, date dyad.Date, body string) []string {
	t.Helper()
	a, err := p.Analyze(&dyad.Document{ID: id, Lang: lang, Date: date, Text: body})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range a.Actors {
		got = append(got, m.Text+"="+m.Code)
	}
	return got
}

// wantMentions reports each "text=CODE" of want missing from got.
func wantMentions(t *testing.T, body string, got, want []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: want %s, got %v", body, w, got)
		}
	}
}

func audit4Mentions(t *testing.T, p *pipeline.Pipeline, c audit4Case) {
	t.Helper()
	got := pipelineMentions(t, p, "audit4", c.lang, dyad.Date{Year: 2020, Month: 5, Day: 1}, c.body)
	wantMentions(t, c.body, got, c.want)
	for _, n := range c.none {
		for _, g := range got {
			if g == n || !strings.Contains(n, "=") && strings.Contains(g, n) {
				t.Errorf("%q: %q must not be a mention, got %v", c.body, n, got)
			}
		}
	}
}

// TestAudit4Mentions: companies after a business noun (with a modifier and
// a nationality), known companies, a company's workers, the new agent nouns.
func TestAudit4Mentions(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []audit4Case{
		// a business noun, modifiers, a nationality: the company of that country
		{"Le constructeur allemand Volkfahr a ouvert une usine.", "fr", []string{"constructeur allemand Volkfahr=DEUBUS"}, []string{"allemand=DEU"}},
		{"La compagnie aérienne Flyvia a annulé ses vols.", "fr", []string{"compagnie aérienne Flyvia=---BUS"}, nil},
		{"La banque norvégienne Norbanca a prêté dix millions.", "fr", []string{"banque norvégienne Norbanca=NORBUS"}, nil},
		{"L'opérateur Telkomo a porté plainte.", "fr", []string{"opérateur Telkomo=---BUS"}, nil},
		{"Le groupe pétrolier italien Eniro a signé un contrat.", "fr", []string{"groupe pétrolier italien Eniro=ITABUS"}, nil},
		{"The Japanese carmaker Hoshida opened a plant.", "en", []string{"Japanese carmaker Hoshida=JPNBUS"}, nil},
		// a parliamentary group is still no company
		{"Le groupe UMP a voté contre.", "fr", []string{"groupe UMP=FRALEG"}, []string{"BUS"}},
		// known companies (companies_dyad.txt), with or without their business noun
		{"Renault a annoncé des suppressions de postes.", "fr", []string{"Renault=MNCFRA"}, nil},
		{"Le constructeur français Renault a annoncé un plan.", "fr", []string{"constructeur français Renault=MNCFRA"}, nil},
		{"Le géant américain Google a payé une amende.", "fr", []string{"géant américain Google=MNCUSAMED"}, nil},
		{"Le président de Gazprom a parlé.", "fr", []string{"président de Gazprom=MNCRUS"}, nil},
		// a company's workers are labour of the company's country
		{"Les salariés de Renault ont manifesté.", "fr", []string{"salariés de Renault=FRALAB"}, nil},
		{"Les ouvriers du constructeur français Renault ont fait grève.", "fr", []string{"ouvriers du constructeur français Renault=FRALAB"}, nil},
		{"Les salariés de la société Dacia ont voté la grève.", "fr", []string{"salariés de la société Dacia=---LAB"}, nil},
		// a company name inside another name, a plane named by its maker
		{"La mort de Louis Renault a été annoncée.", "fr", nil, []string{"MNCFRA"}},
		{"Le crash du Boeing a fait 150 morts.", "fr", nil, []string{"MNCUSA"}},
		// new agent nouns (Phoenix CUSTOMER CVL, PUPIL EDU, INVESTOR BUS)
		{"Les usagers ont protesté contre la hausse des tarifs.", "fr", []string{"usagers=---CVL"}, nil},
		{"Les élèves ont quitté l'école.", "fr", []string{"élèves=---EDU"}, nil},
		{"Les chômeurs ont occupé l'agence.", "fr", []string{"chômeurs=---CVL"}, nil},
		{"Les investisseurs ont vendu leurs titres.", "fr", []string{"investisseurs=---BUS"}, nil},
		{"Les constructeurs japonais ont réduit leurs exportations.", "fr", []string{"constructeurs japonais=JPNBUS"}, nil},
		// labour, farmers and education take the document's country, as civilians do
		{"Le gouvernement espagnol a présenté sa réforme à Madrid. L'Espagne attend. Les syndicats ont appelé à la grève et les étudiants ont manifesté.", "fr",
			[]string{"syndicats=ESPLAB", "étudiants=ESPEDU"}, nil},
		// administrations named by function; the finance ministry by its seat
		{"Le conseil départemental a voté le budget et le fisc a contrôlé la mairie.", "fr", []string{"conseil départemental=---GOV", "fisc=---GOV"}, nil},
		{"Bercy a annoncé un plan d'économies.", "fr", []string{"Bercy=FRAGOV"}, nil},
		// states of 1949-1991 in French (Phoenix SUN, CSK, DDR; West Germany DEU)
		{"Le gouvernement soviétique a accusé la RFA et la Tchécoslovaquie.", "fr", []string{"gouvernement soviétique=SUNGOV", "RFA=DEU", "Tchécoslovaquie=CSK"}, nil},
		{"Le ministre est-allemand a rencontré la compagnie tchécoslovaque Airvlt.", "fr", []string{"ministre est-allemand=DDRGOV", "compagnie tchécoslovaque Airvlt=CSKBUS"}, []string{"=DEUGOV"}},
		// English civilians and shareholders
		{"British pensioners and angry commuters met the shareholders.", "en", []string{"British pensioners=GBRCVL", "commuters=---CVL", "shareholders=---BUS"}, nil},
		// pensions are no pensioners, the price of a plane is no elevation
		{"La réforme des retraites a été adoptée.", "fr", nil, []string{"retraites"}},
		{"Le bilan s'élève à trois morts.", "fr", nil, []string{"EDU"}},
	}
	for _, c := range cases {
		audit4Mentions(t, p, c)
	}
}

// TestAudit4Events: the same through the pipeline's coded events.
func TestAudit4Events(t *testing.T) {
	checkEventCases(t, "audit4", []eventCase{
		// a company's workers protest against a government: labour of its country
		{"Les salariés de Renault ont manifesté contre le gouvernement français.", "fr", dyad.Date{}, "FRALAB>FRAGOV:", "MNCFRA>"},
		// police arrest a company's workers: the workers, not the company
		{"La police française a arrêté des salariés de la société Dacia.", "fr", dyad.Date{}, "FRACOP>", ">---BUS"},
		// a foreign company named with its nationality meets a government
		{"Le constructeur allemand Volkfahr a signé un accord avec le gouvernement indien.", "fr", dyad.Date{}, "DEUBUS>INDGOV:", ""},
		// pupils protest against a minister
		{"Les élèves ont manifesté contre le ministre grec de l'Éducation.", "fr", dyad.Date{}, "GRCEDU>GRC", ""}, // the sentence's one country reaches the pupils (frdom)
		// a government criticises a known company
		{"Le gouvernement italien a critiqué le géant américain Google.", "fr", dyad.Date{}, "ITAGOV>MNCUSAMED:", ""},
	})
}
