package geo

import (
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

func TestGazetteerNames(t *testing.T) {
	g := New()
	if g.Len() < 5000 {
		t.Fatalf("only %d places", g.Len())
	}
	cases := []struct{ name, country string }{
		{"Abbottabad", "PAK"}, {"Kaboul", "AFG"}, {"Kabul", "AFG"}, {"Moscou", "RUS"}, {"Moscow", "RUS"},
		{"Islamabad", "PAK"}, {"Doha", "QAT"}, {"Pékin", "CHN"}, {"Washington", "USA"},
		{"Afghanistan", "AFG"}, {"États-Unis", "USA"}, {"etats unis", "USA"}, {"Pakistan", "PAK"},
		{"Khyber Pakhtunkhwa", "PAK"}, {"Khyber-Pakhtunkhwa", "PAK"}, {"KHYBER PAKHTUNKHWA", "PAK"},
		{"Baloutchistan", "PAK"}, {"Balochistan", "PAK"}, {"Panchir", "AFG"}, {"Donbass", "UKR"},
		{"Crimée", "UKR"}, {"Gaza", "PSE"}, {"Cisjordanie", "PSE"}, {"bande de Gaza", "PSE"},
		{"Côte d’Ivoire", "CIV"}, {"Helmand", "AFG"}, {"Kandahar", "AFG"}, {"Kiev", "UKR"},
	}
	for _, c := range cases {
		loc, ok := g.Lookup(c.name)
		if !ok || loc.Country != c.country {
			t.Errorf("Lookup(%q) = %+v, %v; want country %s", c.name, loc, ok, c.country)
		}
	}
	for _, no := range []string{"Mars", "mai", "le", "Trump", ""} {
		if loc, ok := g.Lookup(no); ok {
			t.Errorf("Lookup(%q) = %+v", no, loc)
		}
	}
	// a shared name prefers the city: Kaboul is a city and a province
	if p, _ := g.Find("Kaboul"); p.Kind != Capital {
		t.Errorf("Kaboul is a %s", p.Kind)
	}
	// coordinates are plausible
	if loc, _ := g.Lookup("Moscou"); loc.Lat < 55 || loc.Lat > 56.5 || loc.Lon < 37 || loc.Lon > 38.5 {
		t.Errorf("Moscou at %v %v", loc.Lat, loc.Lon)
	}
	if loc, _ := g.Lookup("Afghanistan"); loc.Lat < 29 || loc.Lat > 39 || loc.Lon < 60 || loc.Lon > 75 {
		t.Errorf("Afghanistan at %v %v", loc.Lat, loc.Lon)
	}
}

func TestEveryPlaceValid(t *testing.T) {
	kinds := map[Kind]int{}
	for _, p := range New().Places() {
		kinds[p.Kind]++
		if p.NameEN == "" || (p.Country == "" && p.Kind != Region) {
			t.Errorf("bad place %+v", p)
		}
	}
	if kinds[Country] < 200 || kinds[Capital] < 190 || kinds[Admin1] < 500 {
		t.Errorf("kinds: %v", kinds)
	}
}

// analyse segments a text with the text stage and adds one event per
// sentence.
func analyse(t testing.TB, lang, txt string) *dyad.Analysis {
	a := &dyad.Analysis{Doc: &dyad.Document{Text: txt, Lang: lang}}
	if err := text.NewStage().Process(a); err != nil {
		t.Fatal(err)
	}
	for i, s := range a.Sentences {
		a.Events = append(a.Events, dyad.Event{Sentence: i, Evidence: s.Span, Code: "040"})
	}
	return a
}

func TestStageSeedSentences(t *testing.T) {
	st := NewStage(New())
	if st.Name() != "geo" {
		t.Fatal(st.Name())
	}
	cases := []struct {
		lang, sentence, text, country string
	}{
		{"fr", "Le chef d'état-major américain a discuté d'une «réduction de la violence» en Afghanistan au cours d'une rare rencontre avec les négociateurs talibans à Doha, au moment où Donald Trump accélère le désengagement des États-Unis d'une guerre de près de 20 ans.", "Doha", "QAT"},
		{"fr", "Dans ce contexte, une délégation des talibans a été reçue le 20 octobre à Moscou pour discuter de la stabilité régionale et de l’avenir de l’Afghanistan.", "Moscou", "RUS"},
		{"fr", "La relation entre les deux pays est particulièrement tendue depuis 2011 après le feu vert donné par le président Barack Obama pour l'opération qui allait conduire à la mort d'Oussama Ben Laden à Abbottabad, une ville de garnison pakistanaise.", "Abbottabad", "PAK"},
		{"fr", "Quelques semaines après les critiques de Donald Trump envers Islamabad, le secrétaire d'Etat américain, Rex Tillerson, a ainsi prévu de se rendre au Pakistan vers la fin octobre.", "Pakistan", "PAK"},
		{"fr", "Début août, les talibans ont lancé une vaste offensive contre les forces gouvernementales afghanes pour entrer à Kaboul le 15.", "Kaboul", "AFG"},
		{"fr", "Des affrontements ont fait trois morts dans la province du Baloutchistan, selon la police.", "Baloutchistan", "PAK"},
		{"fr", "Les militaires américains ont quitté l'aéroport mettant fin à près de 20 ans de présence militaire des États-Unis en Afghanistan.", "Afghanistan", "AFG"},
		{"fr", "Des combats ont eu lieu dans le nord-est de l'Afghanistan.", "Afghanistan", "AFG"},
		{"fr", "Les talibans ont affirmé avoir établi le contrôle sur la province du Panchir.", "Panchir", "AFG"},
		{"fr", "Les talibans ont affirmé avoir établi le contrôle sur le Panchir.", "", ""}, // "sur" is no cue
		{"en", "Taliban negotiators met US officials in Kabul on Monday.", "Kabul", "AFG"},
		{"en", "Fighting broke out in northern Afghanistan near Kunduz.", "Kunduz", "AFG"},
		{"fr", "Le président américain accuse le Pakistan de soutenir les talibans.", "", ""},
		{"fr", "Il a rencontré son homologue en Mars dernier.", "", ""},
		{"fr", "Washington est de fait frustré de voir le Pakistan offrir refuge à certains groupes.", "", ""},
	}
	for _, c := range cases {
		a := analyse(t, c.lang, c.sentence)
		if err := st.Process(a); err != nil {
			t.Fatal(err)
		}
		loc := a.Events[0].Location
		if c.text == "" {
			if loc != nil {
				t.Errorf("%q: location %+v, want none", c.sentence, *loc)
			}
			continue
		}
		if loc == nil {
			t.Errorf("%q: no location, want %s", c.sentence, c.text)
			continue
		}
		if loc.Text != c.text || loc.Country != c.country || a.Doc.Text[loc.Span.Start:loc.Span.End] != c.text {
			t.Errorf("%q: location %+v, want %s (%s)", c.sentence, *loc, c.text, c.country)
		}
	}
}

func TestStageDisambiguatesByActors(t *testing.T) {
	st := NewStage(nil)
	a := analyse(t, "en", "Troops clashed with protesters in Hyderabad on Friday.")
	if err := st.Process(a); err != nil {
		t.Fatal(err)
	}
	first := a.Events[0].Location
	a = analyse(t, "en", "Troops clashed with protesters in Hyderabad on Friday.")
	a.Actors = []dyad.ActorMention{{Code: "PAKMIL"}}
	if err := st.Process(a); err != nil {
		t.Fatal(err)
	}
	if loc := a.Events[0].Location; loc == nil || loc.Country != "PAK" {
		t.Errorf("Hyderabad with a Pakistani actor: %+v (without: %+v)", loc, first)
	}
}

func TestStageCountryNameWins(t *testing.T) {
	st := NewStage(nil)
	a := analyse(t, "en", "Russian troops were deployed in Georgia last week.")
	a.Actors = []dyad.ActorMention{{Code: "USAGOV"}, {Code: "RUSMIL"}}
	if err := st.Process(a); err != nil {
		t.Fatal(err)
	}
	if loc := a.Events[0].Location; loc == nil || loc.Country != "GEO" {
		t.Errorf("Georgia: %+v", loc)
	}
	a = analyse(t, "fr", "Des combats ont eu lieu dans le Sud du pays.")
	st.Process(a)
	if loc := a.Events[0].Location; loc != nil {
		t.Errorf("le Sud: %+v", *loc)
	}
}

func TestStageSeeds(t *testing.T) {
	files, _ := os.ReadDir("../../shared/seeds")
	if len(files) == 0 {
		t.Skip("../shared/seeds absent: seed test skipped")
	}
	st := NewStage(nil)
	located := 0
	for _, f := range files {
		data, err := os.ReadFile("../../shared/seeds/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		a := analyse(t, "fr", string(data))
		if err := st.Process(a); err != nil {
			t.Fatal(err)
		}
		for _, e := range a.Events {
			if e.Location != nil {
				located++
				if e.Location.Country == "" || !strings.Contains(a.Doc.Text[e.Evidence.Start:e.Evidence.End], e.Location.Text) {
					t.Errorf("bad location %+v", *e.Location)
				}
			}
		}
	}
	if located < 10 {
		t.Errorf("only %d sentences of the seeds located", located)
	}
	t.Logf("%d seed sentences located", located)
}

func TestLookupAllocs(t *testing.T) {
	g := New()
	if n := testing.AllocsPerRun(100, func() { g.Lookup("Abbottabad") }); n != 0 {
		t.Errorf("Lookup allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { g.Lookup("khyber pakhtunkhwa") }); n != 0 {
		t.Errorf("Lookup allocates %v times", n)
	}
}

func BenchmarkLookup(b *testing.B) {
	g := New()
	names := []string{"Abbottabad", "Moscow", "Kandahar", "khyber pakhtunkhwa", "Nowhere"}
	for i := 0; i < b.N; i++ {
		g.Lookup(names[i%len(names)])
	}
}

func BenchmarkStage(b *testing.B) {
	st := NewStage(nil)
	a := analyse(b, "fr", "Dans ce contexte, une délégation des talibans a été reçue le 20 octobre à Moscou pour discuter de la stabilité régionale et de l’avenir de l’Afghanistan. Le président américain accuse le Pakistan de soutenir les talibans. Des affrontements ont fait trois morts dans la province du Baloutchistan, selon la police.")
	evs := append([]dyad.Event(nil), a.Events...)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(a.Events, evs)
		st.Process(a)
	}
	b.ReportMetric(float64(b.N*len(a.Sentences))/b.Elapsed().Seconds(), "sentences/s")
}
