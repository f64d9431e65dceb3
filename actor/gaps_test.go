package actor

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestCapitalsHostAndPlace: a capital after a locative preposition is the
// place, except as the host of a passive of reception or the addressee of
// "demander à"; as subject or agent it stands for its country (Phoenix codes
// capitals as the plain country: MOSCOW is a name of RUSSIA).
func TestCapitalsHostAndPlace(t *testing.T) {
	cases := []hasCase{
		{"Une délégation des talibans a été reçue le 20 octobre à Moscou.", "fr", "Moscou=RUS"},
		{"Les négociateurs ont été accueillis à Pékin.", "fr", "Pékin=CHN"},
		{"Le plan a été rejeté par Moscou.", "fr", "Moscou=RUS"},
		{"Moscou a démenti ces informations.", "fr", "Moscou=RUS"},
		{"Kiev a demandé à Moscou de retirer ses troupes.", "fr", "Moscou=RUS"},
		{"L'ambassadeur vit à Moscou depuis 2010.", "fr", "Moscou=RUS"},
		{"Il a tenu une conférence de presse à Kaboul.", "fr", "Kaboul=AFG"},
		{"The talks were hosted in Washington last week.", "en", "Washington=USA"},
		{"He lives in Washington.", "en", "Washington=USA"},
		{"Des milliers de personnes se sont rassemblées dans le centre de Téhéran.", "fr", "Téhéran=IRN"},
		{"Fighting went on in the outskirts of Kabul.", "en", "Kabul=AFG"},
		{"Le gouvernement de Damas a nié.", "fr", "gouvernement de Damas=SYRGOV"},
	}
	checkHas(t, "2021-10-21", cases)
}

// TestMultiWordCountries: multi-word country names at a sentence start and
// with the French lower-case adjective ("Arabie saoudite").
func TestMultiWordCountries(t *testing.T) {
	cases := []hasCase{
		{"Arabie saoudite et Iran ont repris leurs relations.", "fr", "Arabie saoudite=SAU"},
		{"Les diplomates ont rencontré l'Arabie saoudite hier.", "fr", "Arabie saoudite=SAU"},
		{"Corée du Nord a tiré un missile.", "fr", "Corée du Nord=PRK"},
		{"États-Unis et Chine ont signé.", "fr", "États-Unis=USA"},
		{"Royaume-Uni a protesté.", "fr", "Royaume-Uni=GBR"},
		{"Afrique du Sud a voté contre.", "fr", "Afrique du Sud=ZAF"},
		{"Nouvelle-Zélande a fermé ses frontières.", "fr", "Nouvelle-Zélande=NZL"},
		{"Sri Lanka a accepté l'aide.", "fr", "Sri Lanka=LKA"},
		{"La Guinée équatoriale a voté.", "fr", "Guinée équatoriale=GNQ"},
		{"Des frappes ont visé la bande de Gaza et Gaza.", "fr", "bande de Gaza=PSE"},
		{"Saudi Arabia signed the deal.", "en", "Saudi Arabia=SAU"},
		{"North Korea fired a missile.", "en", "North Korea=PRK"},
		{"United States officials met.", "en", "United States officials=USAGOV"},
	}
	checkHas(t, "2021-10-21", cases)
}

// TestEventNounAdjectives: a nationality word next to an event noun of
// data/eventnouns_*.txt is the perpetrator (MIL for military nouns); after
// other common nouns the French adjective still names no actor.
func TestEventNounAdjectives(t *testing.T) {
	cases := []struct {
		body, lang string
		want       []string
		none       []string
	}{
		{"Une attaque russe a tué dix personnes.", "fr", []string{"russe=RUS"}, nil},
		{"Des frappes israéliennes ont visé la ville.", "fr", []string{"israéliennes=ISR"}, nil},
		{"Un drone américain a été abattu.", "fr", []string{"américain=USAMIL"}, nil},
		{"Les bombardements syriens continuent.", "fr", []string{"syriens=SYR"}, nil},
		{"Des raids aériens turcs ont eu lieu.", "fr", []string{"turcs=TUR"}, nil},
		{"Le retrait américain suscite l'inquiétude.", "fr", []string{"américain=USA"}, nil},
		{"Il a vu un film américain.", "fr", nil, []string{"américain"}},
		{"Les usagers du français sont rares ; il parle le russe.", "fr", nil, []string{"français", "russe"}},
		{"Le président de l'Assemblée a fait procéder au vote.", "fr", []string{"président=---LEG"}, nil},
		{"L'Ohio est un État décisif ; selon HP France, tout va bien.", "fr", nil, []string{"État", "France"}},
		{"Hier, Michael Bloomberg a dit que les étudiants ont manifesté leur opposition.", "fr", nil, []string{"Bloomberg", "opposition"}},
		{"Selon Bloomberg, l'opposition a gagné.", "fr", []string{"Bloomberg=USAMED", "opposition=---OPP"}, nil},
		{"Elle a créé une nouvelle agence fédérale ; l'agence de notation a parlé.", "fr", nil, []string{"agence"}},
		{"A Russian strike hit the city.", "en", []string{"Russian=RUS"}, nil},
		{"Israeli air strikes killed ten people.", "en", []string{"Israeli=ISR"}, nil},
		{"A US drone strike killed two.", "en", []string{"US=USAMIL"}, nil},
		{"US Predator attacks killed five.", "en", []string{"US=USA"}, nil},
		{"Russian sanctions hurt the economy.", "en", []string{"Russian=RUS"}, nil},
	}
	for _, c := range cases {
		expectMentions(t, c.body, "2021-10-21", c.lang, c.want, c.none)
	}
}

// TestCountryAbbreviations: "US", "U.S.", "UK", "EU" as modifiers before
// capitalised words resolve and combine with a following agent or person.
func TestCountryAbbreviations(t *testing.T) {
	cases := []struct {
		body, date, want string
	}{
		{"US officials said the talks failed.", "2021-10-21", "US officials=USAGOV"},
		{"US Treasury officials said the sanctions stay.", "2021-10-21", "US Treasury officials=USAGOV"},
		{"UK troops left the base.", "2021-10-21", "UK troops=GBRMIL"},
		{"EU officials agreed.", "2021-10-21", "EU officials=IGOEUREEC"},
		{"U.S. President George Bush said.", "2003-05-01", "U.S. President George Bush=USAGOV"},
		{"US Senator John McCain spoke.", "2008-05-01", "US Senator John McCain=USALEG"}, // (sectors: CODING.md senators LEG, one sector)
		{"Israeli Prime Minister Ehud Olmert said.", "2008-05-01", "Israeli Prime Minister Ehud Olmert=ISRGOV"},
	}
	for _, c := range cases {
		got := actorsOf(t, c.body, c.date, "en")
		if !has(got, c.want) {
			t.Errorf("%q: want %s, got %v", c.body, c.want, got)
		}
	}
	// hyphenated pairs of actors: two mentions, each on its own part
	kb, _ := Default()
	a := analyseLang(t, kb, "t", "The US-Taliban deal and the Israel-Hamas war; le sommet Russie-Ukraine.", "2021-10-21", "en")
	parts := spanParts(t, a)
	for _, w := range []string{"US=USA", "Taliban=AFGGOV", "Israel=ISR", "Hamas=PSEREBHMS", "Russie=RUS", "Ukraine=UKR"} {
		if !has(parts, w) {
			t.Errorf("hyphenated pair: want %s, got %v", w, parts)
		}
	}
	got := actorsOf(t, "Le couple franco-allemand et une manifestation anti-américaine.", "2021-10-21", "fr")
	if len(got) != 0 {
		t.Errorf("franco-allemand, anti-américaine: got %v", got)
	}
	// a tennis tournament and a headline place before a colon are not merged
	got = actorsOf(t, "The US Open began on Monday.", "2021-10-21", "en")
	if hasText(got, "US") {
		t.Errorf("US Open: got %v", got)
	}
	got = actorsOf(t, "Égypte : Mohamed Morsi a prêté serment.", "2012-07-01", "fr")
	for _, m := range got {
		if strings.Contains(m, "Égypte :") {
			t.Errorf("headline place merged with the person: %v", got)
		}
	}
}

// spanParts returns the actor mentions of a as "text=CODE", and reports a
// mention whose span does not give its text.
func spanParts(t *testing.T, a *dyad.Analysis) []string {
	t.Helper()
	var parts []string
	for _, m := range a.Actors {
		if m.Text != a.Doc.Text[m.Start:m.End] {
			t.Errorf("span %v does not give %q", m.Span, m.Text)
		}
		parts = append(parts, m.Text+"="+m.Code)
	}
	return parts
}
