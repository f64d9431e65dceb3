package timex

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// eventDateAt analyses sentence and returns EventDate for the first
// occurrence of verb in it.
func eventDateAt(t *testing.T, txt, date, lang, verb string) (string, *dyad.Analysis) {
	t.Helper()
	a := analyse(t, txt, date, lang)
	k := strings.Index(txt, verb)
	if k < 0 {
		t.Fatalf("%q not in %q", verb, txt)
	}
	si := 0
	for n, s := range a.Sentences {
		if s.Start <= k && k < s.End {
			si = n
		}
	}
	return EventDate(a, si, dyad.Span{Start: k, End: k + len(verb)}), a
}

// Clause logic of EventDate: a time expression dates an event only when no
// subordinate clause, parenthesis or apposition separates them. The first
// sentences are those of the seeds (/work/shared/seeds 001, 002, 003),
// with their publication dates.
func TestEventDateClauses(t *testing.T) {
	cases := []struct {
		date, lang, sentence, verb, want string
	}{
		// seed 003
		{"2020-12-18", "fr", "Le général Mark Milley a évoqué mardi avec les négociateurs talibans «la nécessité de réduire immédiatement la violence et d'accélérer les progrès vers une solution politique qui contribue à la stabilité de la région et sauvegarde les intérêts des États-Unis», selon un communiqué du Pentagone publié jeudi.", "évoqué", "2020-12-15"},
		// seed 002
		{"2021-10-24", "fr", "Dans ce contexte, une délégation des talibans* a été reçue le 20 octobre à Moscou pour discuter de la stabilité régionale et de l’avenir de l’Afghanistan.", "reçue", "2021-10-20"},
		{"2021-10-24", "fr", "Début août, les talibans* ont lancé une vaste offensive contre les forces gouvernementales afghanes pour entrer à Kaboul le 15 et proclamer le lendemain que la guerre était terminée.", "lancé", "2021-08"},
		{"2021-10-24", "fr", "Début août, les talibans* ont lancé une vaste offensive contre les forces gouvernementales afghanes pour entrer à Kaboul le 15 et proclamer le lendemain que la guerre était terminée.", "entrer", "2021-08-15"},
		// seed 001: "entre 1996 et 2001" is in a clause under "alors que …
		// lorsque", "depuis 2001" opens a span
		{"2021-10", "fr", "Le Pakistan, accusé par les Etats-Unis d'avoir soutenu depuis 2001 les talibans afghans via son agence de renseignement militaire (ISI), n'a pas reconnu le nouveau régime à Kaboul, alors qu'il avait été l'un des trois seuls pays à reconnaître le régime taliban afghan lorsqu'il était au pouvoir entre 1996 et 2001.", "accusé", "2021-10"},
		{"2021-10", "fr", "Le Pakistan, accusé par les Etats-Unis d'avoir soutenu depuis 2001 les talibans afghans via son agence de renseignement militaire (ISI), n'a pas reconnu le nouveau régime à Kaboul, alors qu'il avait été l'un des trois seuls pays à reconnaître le régime taliban afghan lorsqu'il était au pouvoir entre 1996 et 2001.", "reconnu", "2021-10"},
		{"2021-10", "fr", "Le Pakistan, accusé par les Etats-Unis d'avoir soutenu depuis 2001 les talibans afghans via son agence de renseignement militaire (ISI), n'a pas reconnu le nouveau régime à Kaboul, alors qu'il avait été l'un des trois seuls pays à reconnaître le régime taliban afghan lorsqu'il était au pouvoir entre 1996 et 2001.", "était au pouvoir", "1996"},
		{"2021-10", "fr", "Le Premier ministre pakistanais Imran Khan a annoncé vendredi, dans un entretien à la télévision turque, une première reprise officielle depuis 2014 de pourparlers de \"paix\" avec les talibans pakistanais.", "annoncé", "2021-10"},

		// French constructions
		{"2021-10-24", "fr", "Le ministre a annoncé que les troupes partiraient le 31 octobre.", "annoncé", "2021-10-24"},
		{"2021-10-24", "fr", "Le ministre a annoncé que les troupes partiraient le 31 octobre.", "partiraient", "2021-10-31"},
		{"2021-10-24", "fr", "Le ministre a annoncé mardi que les troupes partiraient le 31 octobre.", "annoncé", "2021-10-19"},
		{"2021-10-24", "fr", "Mardi, le ministre, qui était arrivé lundi à Kaboul, a rencontré les talibans.", "rencontré", "2021-10-19"},
		{"2021-10-24", "fr", "Mardi, le ministre, qui était arrivé lundi à Kaboul, a rencontré les talibans.", "arrivé", "2021-10-18"},
		{"2021-10-24", "fr", "Les talibans, arrivés au pouvoir le 15 août, ont formé un gouvernement.", "formé", "2021-10-24"},
		{"2021-10-24", "fr", "Les talibans, arrivés au pouvoir le 15 août, ont formé un gouvernement.", "arrivés", "2021-08-15"},
		{"2021-10-24", "fr", "Le ministre a déclaré, le 20 octobre, que le retrait était achevé.", "déclaré", "2021-10-20"},
		{"2021-10-24", "fr", "Le ministre (nommé le 3 mai) a rencontré les talibans.", "rencontré", "2021-10-24"},
		{"2021-10-24", "fr", "Le ministre (nommé le 3 mai) a rencontré les talibans.", "nommé", "2021-05-03"},
		{"2021-10-24", "fr", "Le ministre (ISI) a rencontré les talibans le 20 octobre.", "rencontré", "2021-10-20"},
		{"2021-10-24", "fr", "C'est le 20 octobre que la délégation a été reçue à Moscou.", "reçue", "2021-10-20"},
		{"2021-10-24", "fr", "Le ministre n'a rencontré les talibans que le 20 octobre.", "rencontré", "2021-10-20"},
		{"2021-10-24", "fr", "Le Pakistan ainsi que l'Afghanistan ont signé un accord le 20 octobre.", "signé", "2021-10-20"},
		{"2021-10-24", "fr", "Le ministre a rencontré les talibans tandis que l'armée bombardait Kandahar le 20 octobre.", "rencontré", "2021-10-24"},
		{"2021-10-24", "fr", "« Nous partirons le 31 octobre », a déclaré mardi le ministre.", "déclaré", "2021-10-19"},

		{"2021-10-24", "fr", "Le Pakistan, accusé par les Etats-Unis, a reconnu le 20 octobre le nouveau régime.", "accusé", "2021-10-24"},
		{"2021-10-24", "fr", "Le Pakistan, accusé par les Etats-Unis, a reconnu le 20 octobre le nouveau régime.", "reconnu", "2021-10-20"},
		{"2012-05-25", "fr", "Ce n'est que très tardivement (le 20 mai dernier) que l'enquête a commencé.", "commencé", "2012-05-20"},
		{"2012-10-12", "fr", "C'est mardi, à 18 h 15, qu'une fusée a été lancée depuis Kourou.", "lancée", "2012-10-09"},
		{"2012-06-28", "fr", "Le ministre se rendra demain en Guyane pour rendre hommage aux militaires.", "rendre", "2012-06-29"},
		{"2012-06-28", "fr", "Le ministre se rendra en Guyane pour rendre hommage demain aux militaires.", "rendra", "2012-06-28"},
		{"2012-11-11", "fr", "Marc Guillemot, qui comptait parmi les favoris, a préféré être prudent, et rentrer au port après avoir entendu deux bangs hier après-midi.", "préféré", "2012-11-10"},
		{"2012-11-11", "fr", "Ana Pastor, écartée par le gouvernement au cours de la campagne, a été remerciée vendredi.", "écartée", "2012-11-11"},
		{"2012-11-11", "fr", "Ana Pastor, écartée par le gouvernement au cours de la campagne, a été remerciée vendredi.", "remerciée", "2012-11-09"},

		// seed 003
		{"2020-12-18", "fr", "Désireux de mettre un terme aux «guerres sans fin», le président républicain sortant a décidé de ramener le 15 janvier à 2500 soldats la présence militaire américaine dans le pays, laissant à son successeur Joe Biden la décision d'un retrait total alors même que les pourparlers de paix entre le gouvernement afghan et les talibans piétinent.", "pourparlers", "2020-12-18"},
		{"2020-12-18", "fr", "Le Pentagone prévoyait de maintenir le contingent américain à ce niveau début 2021 en attendant de constater des avancées dans les pourparlers interafghans, mais Donald Trump a exigé de réduire le contingent américain à 2500 avant la fin de son mandat.", "exigé", "2020-12-18"},
		{"2020-12-18", "fr", "Le Pentagone prévoyait de maintenir le contingent américain à ce niveau début 2021 en attendant de constater des avancées dans les pourparlers interafghans, mais Donald Trump a exigé de réduire le contingent américain à 2500 avant la fin de son mandat.", "prévoyait", "2021"},
		{"2021-10-24", "fr", "Mardi, le ministre a proposé un cessez-le-feu, mais les talibans ont refusé.", "refusé", "2021-10-19"},
		{"2021-10-24", "fr", "Le ministre a proposé mardi un cessez-le-feu, mais les talibans ont refusé.", "refusé", "2021-10-24"},
		{"2021-10-24", "fr", "Le ministre a proposé un cessez-le-feu, mais les talibans l'ont refusé mardi.", "refusé", "2021-10-19"},
		{"2021-10-24", "fr", "Les talibans ont pris le contrôle de l'or du pays le 15 août.", "pris", "2021-08-15"},

		// English
		{"2021-10-24", "en", "The minister proposed a ceasefire on Tuesday, but the Taliban refused.", "refused", "2021-10-24"},
		{"2021-10-24", "en", "The minister said on Tuesday that troops would leave on October 31.", "said", "2021-10-19"},
		{"2021-10-24", "en", "The minister said that troops would leave on October 31.", "said", "2021-10-24"},
		{"2021-10-24", "en", "The minister said that troops would leave on October 31.", "leave", "2021-10-31"},
		{"2021-10-24", "en", "The delegation was received in Moscow on October 20.", "received", "2021-10-20"},
		{"2021-10-24", "en", "Pakistan, which recognised the Taliban when they were in power between 1996 and 2001, has not recognised the new government.", "has not recognised", "2021-10-24"},
		{"2021-10-24", "en", "Talks, which began on Tuesday, collapsed.", "collapsed", "2021-10-24"},
		{"2021-10-24", "en", "Talks, which began on Tuesday, collapsed.", "began", "2021-10-19"},
		{"2021-10-24", "en", "The envoy met Taliban leaders on Monday while the army shelled Kandahar.", "met", "2021-10-18"},
		{"2021-10-24", "en", "The envoy met Taliban leaders while the army shelled Kandahar on Monday.", "met", "2021-10-24"},
		{"2021-10-24", "en", "It was on October 20 that the delegation arrived in Moscow.", "arrived", "2021-10-20"},
	}
	for _, tc := range cases {
		got, a := eventDateAt(t, tc.sentence, tc.date, tc.lang, tc.verb)
		if got != tc.want {
			var ts []string
			for _, x := range a.Times {
				ts = append(ts, x.Text+"="+x.Value)
			}
			t.Errorf("%q at %q: %q, want %q (times %v)", tc.sentence, tc.verb, got, tc.want, ts)
		}
	}
}

// BenchmarkEventDate measures one EventDate call on a long sentence with
// several dates (seed 001).
func BenchmarkEventDate(b *testing.B) {
	txt := "Le Pakistan, accusé par les Etats-Unis d'avoir soutenu depuis 2001 les talibans afghans via son agence de renseignement militaire (ISI), n'a pas reconnu le nouveau régime à Kaboul, alors qu'il avait été l'un des trois seuls pays à reconnaître le régime taliban afghan lorsqu'il était au pouvoir entre 1996 et 2001."
	d, _ := dyad.ParseDate("2021-10")
	a := &dyad.Analysis{Doc: &dyad.Document{Text: txt, Date: d, Lang: "fr"}, Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(txt)}}}}
	if err := New().Process(a); err != nil {
		b.Fatal(err)
	}
	k := strings.Index(txt, "reconnu")
	at := dyad.Span{Start: k, End: k + len("reconnu")}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if EventDate(a, 0, at) != "2021-10" {
			b.Fatal("wrong date")
		}
	}
}
