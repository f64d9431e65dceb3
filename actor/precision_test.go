package actor

import "testing"

// TestTitleUnknownName: a title + a capitalised name the KB lacks takes the
// title's role (religious titles too, with Phoenix's CHR/MUS codes); a
// misspelt known surname (one edit) with a title of the person's role is the
// known person; without the title, or with a title of another role, it is not.
func TestTitleUnknownName(t *testing.T) {
	cases := []struct {
		body, date, lang string
		want, none       []string
	}{
		{"Archbishop John Hale called for sanctions.", "2000-01-01", "en", []string{"Archbishop John Hale=---CHR"}, nil},
		{"L'imam Ahmed Karim a prêché vendredi.", "2000-01-01", "fr", []string{"imam Ahmed Karim=---MUS"}, nil},
		{"L'archevêque Jean Dupont a parlé.", "2000-01-01", "fr", []string{"archevêque Jean Dupont=---CHR"}, nil},
		{"Judge Alejandro Rivera opened an investigation.", "2000-01-01", "en", []string{"Judge Alejandro Rivera=---JUD"}, nil},
		{"Le président François Mitterand a reçu le ministre.", "1990-05-01", "fr", []string{"président François Mitterand=FRAGOV"}, nil},
		{"President Francois Mitterand welcomed him.", "1990-05-01", "en", []string{"President Francois Mitterand=FRAGOV"}, nil},
		// no title: a misspelt name alone is nobody
		{"Francois Mitterand welcomed him.", "1990-05-01", "en", nil, []string{"Mitterand"}},
	}
	for _, c := range cases {
		expectMentions(t, c.body, c.date, c.lang, c.want, c.none)
	}
}

func TestOneEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{{"mitterand", "mitterrand", true}, {"mitterrand", "mitterrand", false}, {"mitterand", "mittarand", true},
		{"dupont", "dupond", true}, {"dupont", "durand", false}, {"abc", "abcde", false}} {
		if oneEdit(c.a, c.b) != c.want {
			t.Errorf("oneEdit(%q, %q) != %v", c.a, c.b, c.want)
		}
	}
}

// TestNotActors: a general strike, artillery (a weapon) and a count of
// seats are not actors; artillery units and counted people who act are.
func TestNotActors(t *testing.T) {
	cases := []struct {
		body, lang string
		want, none []string
	}{
		{"Unions called a general strike on Monday.", "en", []string{"Unions=---LAB"}, []string{"general"}},
		{"Les syndicats appellent à une grève générale.", "fr", nil, []string{"grève", "générale"}},
		{"Artillery pounded the city.", "en", nil, []string{"Artillery"}},
		{"L'artillerie a pilonné la ville.", "fr", nil, []string{"artillerie"}},
		{"Artillery units moved north.", "en", []string{"Artillery units=---MIL"}, nil},
		{"Les unités d'artillerie ont avancé.", "fr", []string{"unités d'artillerie=---MIL"}, nil},
		{"The general said no.", "en", []string{"general=---MIL"}, nil},
		{"Le stade peut contenir 12 000 personnes.", "fr", nil, []string{"personnes"}},
		{"Une salle d'une capacité de 5000 personnes.", "fr", nil, []string{"personnes"}},
		{"The stadium has a capacity of 12,000 people.", "en", nil, []string{"people"}},
		{"The hall seats up to 2,000 people.", "en", nil, []string{"people"}},
		{"Quelque 200 personnes ont été arrêtées.", "fr", []string{"personnes=---CVL"}, nil},
	}
	for _, c := range cases {
		expectMentions(t, c.body, "2012-05-10", c.lang, c.want, c.none)
	}
}

// TestForeignComplement: the document country does not reach an agent whose
// de/of complement names other countries or a region; regions are coded
// EUR/WST and never vote for the document country.
func TestForeignComplement(t *testing.T) {
	pre := "Le Pakistan a réagi. Le Pakistan a protesté. Le Pakistan a menacé. "
	cases := []struct {
		body, lang string
		want       []string
	}{
		{pre + "Les citoyens de pays occidentaux ont fui. Les habitants ont fui.", "fr",
			[]string{"citoyens=---CVL", "habitants=PAKCVL"}},
		{pre + "Les ressortissants de plusieurs pays ont fui.", "fr", []string{"ressortissants=---CVL"}},
		{pre + "Les dirigeants européens ont parlé. Le gouvernement a réagi.", "fr",
			[]string{"dirigeants européens=EURGOV", "gouvernement=PAKGOV"}},
		{"Pakistan said. Pakistan warned. Pakistan added. European leaders met. Western diplomats said.", "en",
			[]string{"European leaders=EURGOV", "Western diplomats=WSTGOV"}},
		// regions do not vote: Europe named often does not make EUR the document country
		{"Les Européens ont parlé. Les Européens ont voté. Les Européens ont agi. Le gouvernement a réagi.", "fr",
			[]string{"gouvernement=---GOV"}},
	}
	for _, c := range cases {
		got := actorsOf(t, c.body, "2012-05-10", c.lang)
		for _, w := range c.want {
			if !has(got, w) {
				t.Errorf("%q: want %s, got %v", c.body, w, got)
			}
		}
	}
}

// TestPersonCountryFromOtherMention: a titled unknown person without a
// country takes the country a later (or earlier) mention of the same name
// gives.
func TestPersonCountryFromOtherMention(t *testing.T) {
	got := actorsOf(t, "Le juge Alejandro Rivera a ouvert une enquête. Le juge chilien Alejandro Rivera a ajouté.", "2000-01-01", "fr")
	if !has(got, "juge Alejandro Rivera=CHLJUD") {
		t.Errorf("want juge Alejandro Rivera=CHLJUD, got %v", got)
	}
	got = actorsOf(t, "Le juge Alejandro Rivera a ouvert une enquête.", "2000-01-01", "fr")
	if !has(got, "juge Alejandro Rivera=---JUD") {
		t.Errorf("want juge Alejandro Rivera=---JUD alone, got %v", got)
	}
}
