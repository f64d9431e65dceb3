package clean

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func seed(t *testing.T, prefix string) *dyad.Document {
	t.Helper()
	m, _ := filepath.Glob("../../shared/seeds/" + prefix + "_*.txt")
	if len(m) != 1 {
		t.Skip("../shared/seeds absent; skipping seed test")
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	return &dyad.Document{ID: m[0], Text: string(b)}
}

func TestSeed003(t *testing.T) {
	d := seed(t, "003")
	if err := New().Clean(d); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Text, "Rencontre rarissime du chef d'État major américain avec les talibans\n") {
		t.Errorf("text starts %q", d.Text[:100])
	}
	if d.Title != "Rencontre rarissime du chef d'État major américain avec les talibans" {
		t.Errorf("title %q", d.Title)
	}
	if d.Date.String() != "2020-12-18" || d.Source != "Barlamane" {
		t.Errorf("date %q source %q", d.Date, d.Source)
	}
	for _, bad := range []string{"Mohamed Chaouki", "Regragui", "Merci d'avoir signalé", "automatiquement bloquée",
		"Cliquez ici", "Publié dans", "LDC : Real et Bayern"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("furniture left: %q", bad)
		}
	}
	for _, good := range []string{"Le chef d'état-major américain a discuté", "«Impasse stratégique»", "nous sommes dans une impasse stratégique.»"} {
		if !strings.Contains(d.Text, good) {
			t.Errorf("article text lost: %q", good)
		}
	}
	if !strings.HasSuffix(d.Text, "nous sommes dans une impasse stratégique.»") {
		t.Errorf("text ends %q", d.Text[len(d.Text)-80:])
	}
}

func TestSeed002(t *testing.T) {
	d := seed(t, "002")
	if err := New().Clean(d); err != nil {
		t.Fatal(err)
	}
	title := "Le Pakistan fournirait aux talibans son aide dans la lutte contre Daech"
	if strings.Count(d.Text, title) != 1 || d.Title != title {
		t.Errorf("title %q, %d copies in text", d.Title, strings.Count(d.Text, title))
	}
	if d.Date.String() != "2021-10-24" {
		t.Errorf("date %q, want 2021-10-24", d.Date)
	}
	// a known date is kept
	d = seed(t, "002")
	d.Date = dyad.Date{Year: 2021, Month: 10, Day: 25}
	New().Clean(d)
	if d.Date.String() != "2021-10-25" {
		t.Errorf("known date replaced: %q", d.Date)
	}
}

// The other seeds have no furniture: their lines must come through.
func TestOtherSeedsKept(t *testing.T) {
	for _, p := range []string{"000", "001", "004"} {
		d := seed(t, p)
		orig := Normalize(d.Text)
		if err := New().Clean(d); err != nil {
			t.Fatal(err)
		}
		if d.Text != orig {
			t.Errorf("seed %s changed by cleaning:\n%q\n%q", p, orig[:200], d.Text[:200])
		}
	}
}

// TestWikinewsDamage measures what the cleaner removes from 100 clean
// French Wikinews articles (CC BY 2.5): it must remove almost nothing.
//
//	go test ./clean -run TestWikinewsDamage -v
func TestWikinewsDamage(t *testing.T) {
	f, err := os.Open("../../shared/corpora/wikinews_fr_2012.jsonl")
	if err != nil {
		t.Skip("../shared/corpora/wikinews_fr_2012.jsonl absent; skipping")
	}
	defer f.Close()
	c := New()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	docs, changed, before, after := 0, 0, 0, 0
	for sc.Scan() {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		d := &dyad.Document{ID: r.ID, Text: r.Text}
		norm := Normalize(r.Text)
		if err := c.Clean(d); err != nil {
			t.Errorf("%s: %v", r.ID, err)
			continue
		}
		docs++
		before += len(norm)
		after += len(d.Text)
		if d.Text != norm {
			changed++
			for _, l := range strings.Split(norm, "\n") {
				if !strings.Contains(d.Text, l) {
					t.Logf("%s dropped: %.120q", r.ID, l)
				}
			}
		}
	}
	loss := 1 - float64(after)/float64(before)
	t.Logf("wikinews: %d docs, %d changed beyond normalisation, %.3f%% of bytes removed", docs, changed, 100*loss)
	if loss > 0.005 {
		t.Errorf("cleaner removes %.2f%% of clean Wikinews text", 100*loss)
	}
}

func TestFurniture(t *testing.T) {
	in := strings.Join([]string{
		"Accueil | Monde | Politique | Sport | Culture",
		"Le Congrès adopte la loi",
		"Publié le 22 octobre 2021 à 10h30",
		"",
		"Le Congrès a adopté mardi la loi sur le budget, a annoncé son président.",
		"Lire aussi : Le budget en cinq points",
		"Partager",
		"Le texte doit maintenant être signé par le président.",
		"Nous utilisons des cookies pour améliorer votre expérience.",
	}, "\n")
	d := &dyad.Document{Text: in}
	if err := New().Clean(d); err != nil {
		t.Fatal(err)
	}
	want := "Le Congrès adopte la loi\n\nLe Congrès a adopté mardi la loi sur le budget, a annoncé son président.\nLe texte doit maintenant être signé par le président."
	if d.Text != want {
		t.Errorf("got\n%q\nwant\n%q", d.Text, want)
	}
	if d.Date.String() != "2021-10-22" || d.Title != "Le Congrès adopte la loi" {
		t.Errorf("date %q title %q", d.Date, d.Title)
	}
	// a long paragraph that merely starts like furniture stays
	long := "Partager sur Facebook ses photos de vacances est devenu un risque, a averti mardi la Commission nationale de l'informatique et des libertés dans un rapport qui détaille les usages des réseaux sociaux par les mineurs, les pratiques des plateformes et les recours."
	d = &dyad.Document{Text: long}
	New().Clean(d)
	if d.Text != long {
		t.Errorf("long paragraph dropped")
	}
}

func TestMenuRun(t *testing.T) {
	menu := "Accueil\nMonde\nFrance\nÉconomie\nSport\nCulture\nMétéo\n"
	body := "Le Premier ministre a annoncé vendredi une reprise des pourparlers.\nLes discussions auront lieu à Kaboul."
	d := &dyad.Document{Text: menu + body}
	New().Clean(d)
	if d.Text != body {
		t.Errorf("got %q", d.Text)
	}
	// five short lines are not enough
	d = &dyad.Document{Text: "Rubriques\nMonde\nFrance\nSport\nMétéo\n" + body}
	New().Clean(d)
	if !strings.HasPrefix(d.Text, "Rubriques") {
		t.Errorf("short list dropped: %q", d.Text)
	}
}

func TestNormalize(t *testing.T) {
	cases := [][2]string{
		{"e\u0301te\u0301", "été"},
		{"pro\u00adgramme", "programme"},
		{"a\u00a0b\u202fc\u2009d", "a b c d"},
		{"x\u200by\ufeffz", "xyz"},
		{"l\u2019homme «\u00a0oui\u00a0»", "l\u2019homme « oui »"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"already clean", "already clean"},
	}
	for _, c := range cases {
		if got := Normalize(c[0]); got != c[1] {
			t.Errorf("Normalize(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

func TestFindDate(t *testing.T) {
	cases := []struct{ in, lang, want string }{
		{"Publié le 22 octobre 2021", "", "2021-10-22"},
		{"le 1er mai 2020 à Paris", "", "2020-05-01"},
		{"October 22, 2021", "en", "2021-10-22"},
		{"22. Oktober 2021", "", "2021-10-22"},
		{"5 de mayo de 2021", "", "2021-05-05"},
		{"il s'avère... 24.10.2021", "", "2021-10-24"},
		{"18 - 12 - 2020", "", "2020-12-18"},
		{"10/24/2021", "", "2021-10-24"},
		{"03/04/2021", "en", "2021-03-04"},
		{"03/04/2021", "fr", "2021-04-03"},
		{"2021-10-22T10:00", "", "2021-10-22"},
		{"2016年10月14日07:17", "", "2016-10-14"},
		{"le 45 mars 2021", "", ""},
		{"en 2021", "", ""},
	}
	for _, c := range cases {
		d, _, _ := FindDate(c.in, c.lang)
		if d.String() != c.want {
			t.Errorf("FindDate(%q) = %q, want %q", c.in, d, c.want)
		}
	}
}

func TestDateline(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Titre\n\n22 mai 2012. - Prévu initialement pour samedi, le lancement a été reporté.", "2012-05-22"},
		{"Titre\nAlors que les talibans ont exclu toute coopération, il s'avère... 24.10.2021\n\nCorps.", "2021-10-24"},
		{"Des frégates et des morts, Swiss Info, 22 juin 2002\nCorps du texte.", "2002-06-22"},
		{"Météo Marseille: Prévisions du vendredi 10 janvier 2020\nCorps.", "2020-01-10"},
		{"22/10/2021 10:30\nCorps du texte.", "2021-10-22"},
		{"Il est enregistré à Miami en Floride le 7 et 8 août 2003.\nCorps.", ""},
		{"Onze personnes comparaissent dans un procès en appel à partir du 17 octobre 2006.\nCorps.", ""},
		{"Le 4 décembre 1951, Pie XII la déclare patronne de la marine italienne.\nCorps.", ""},
	}
	for _, c := range cases {
		d := &dyad.Document{Text: c.text}
		if err := New().Clean(d); err != nil {
			t.Fatal(err)
		}
		if d.Date.String() != c.want {
			t.Errorf("%.50q: date %q, want %q", c.text, d.Date, c.want)
		}
	}
}

func TestMonthTable(t *testing.T) {
	m, names, err := MonthTable("# c\nfr\t9\tseptembre,sept\nen\t9\tSeptember,sept\nfr\t3\tmars\n")
	if err != nil {
		t.Fatal(err)
	}
	if m["september"] != 9 || m["sept"] != 9 || m["mars"] != 3 || len(names) != 4 || names[0] != "septembre" {
		t.Errorf("table = %v, names %v", m, names)
	}
	for _, bad := range []string{"fr\t13\ttredecembre\n", "fr\t1\n", "fr\t3\tmars\nen\t4\tmars\n"} {
		if _, _, err := MonthTable(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
