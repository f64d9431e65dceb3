package coder

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

// analyse builds an Analysis from real text with the text stage and the
// actor mentions given as "surface=CODE" fixtures (the actor package does
// that job in the product): every occurrence of each surface string
// becomes a mention.
func analyse(t testing.TB, lang, txt string, actors ...string) *dyad.Analysis {
	t.Helper()
	a := &dyad.Analysis{Doc: &dyad.Document{Text: txt, Lang: lang, Date: dyad.Date{Year: 2021, Month: 10, Day: 22}}}
	if err := text.NewStage().Process(a); err != nil {
		t.Fatal(err)
	}
	for _, f := range actors {
		i := strings.LastIndexByte(f, '=')
		surf, code := f[:i], f[i+1:]
		from := 0
		for {
			j := strings.Index(txt[from:], surf)
			if j < 0 {
				break
			}
			sp := dyad.Span{Start: from + j, End: from + j + len(surf)}
			from = sp.End
			si := -1
			for k, s := range a.Sentences {
				if s.Span.Contains(sp) {
					si = k
				}
			}
			a.Actors = append(a.Actors, dyad.ActorMention{Span: sp, Text: surf, Code: code, Sentence: si})
		}
	}
	// sort mentions by position (the actor stage emits them in order)
	for i := 1; i < len(a.Actors); i++ {
		for j := i; j > 0 && a.Actors[j].Start < a.Actors[j-1].Start; j-- {
			a.Actors[j], a.Actors[j-1] = a.Actors[j-1], a.Actors[j]
		}
	}
	return a
}

func evStrings(evs []dyad.Event) []string {
	var out []string
	for _, e := range evs {
		s := fmt.Sprintf("%s>%s:%s", e.Source, e.Target, e.Code)
		if e.Negated {
			s += " neg"
		}
		if e.Mode != dyad.Asserted {
			s += " " + string(e.Mode)
		}
		out = append(out, s)
	}
	return out
}

func codeIt(t testing.TB, lang, txt string, actors ...string) ([]string, *dyad.Analysis) {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := analyse(t, lang, txt, actors...)
	var tr []string
	a.Trace = func(stage, msg string) { tr = append(tr, msg) }
	if err := c.Process(a); err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		for _, l := range tr {
			t.Log(l)
		}
	}
	return evStrings(a.Events), a
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		actors     []string
		want       []string
	}{
		{"fr", "Le président américain, Donald Trump, va dépêcher au Pakistan ses plus proches conseillers.",
			[]string{"Le président américain=USAGOV", "Donald Trump=USAGOV", "Pakistan=PAK"}, []string{"USAGOV>PAK:036 future"}},
		{"fr", "Le Pakistan, accusé par les Etats-Unis d'avoir soutenu les talibans afghans, n'a pas reconnu le nouveau régime à Kaboul.",
			[]string{"Le Pakistan=PAK", "les Etats-Unis=USA", "les talibans afghans=AFGTAL", "le nouveau régime=AFGGOV"},
			[]string{"USA>PAK:112", "PAK>AFGGOV:054 neg"}},
		{"fr", "La vice-secrétaire d'Etat américaine Wendy Sherman doit se rendre au Pakistan jeudi.",
			[]string{"Wendy Sherman=USAGOV", "Pakistan=PAK"}, []string{"USAGOV>PAK:036 future"}},
		{"fr", "Le secrétaire d’État américain, Marco Rubio, a rencontré Premier ministre pakistanais, Shehbaz Sharif, jeudi.",
			[]string{"Le secrétaire d’État américain=USAGOV", "Marco Rubio=USAGOV", "Premier ministre pakistanais=PAKGOV", "Shehbaz Sharif=PAKGOV"}, []string{"USAGOV>PAKGOV:040", "PAKGOV>USAGOV:040"}},
		{"fr", "Le Pakistan fournirait aux talibans son aide dans la lutte contre Daech.",
			[]string{"Le Pakistan=PAK", "talibans=AFGTAL", "Daech=IMGMUSISI"}, []string{"PAK>AFGTAL:070 reported"}},
		{"fr", "Selon Islamabad, les talibans ont attaqué la police.",
			[]string{"Islamabad=PAKGOV", "les talibans=AFGTAL", "la police=AFGCOP"}, []string{"AFGTAL>AFGCOP:190 reported"}},
		{"fr", "Les États-Unis et le Pakistan ont signé un accord.",
			[]string{"Les États-Unis=USA", "le Pakistan=PAK"}, []string{"USA>PAK:057", "PAK>USA:057"}},
		{"fr", "Le gouvernement a annoncé des pourparlers de paix avec les talibans pakistanais.",
			[]string{"Le gouvernement=PAKGOV", "les talibans pakistanais=PAKINS"}, []string{"PAKGOV>PAKINS:036"}},
		{"fr", "Le ministre a confirmé que ces négociations entre Islamabad et les insurgés avaient lieu.",
			[]string{"Le ministre=PAKGOV", "Islamabad=PAKGOV", "les insurgés=PAKINS"}, []string{"PAKGOV>PAKINS:046", "PAKINS>PAKGOV:046"}},
		{"fr", "La police n'était pas parvenue à arrêter les responsables.",
			[]string{"La police=FRACOP", "les responsables=FRAGOV"}, []string{"FRACOP>FRAGOV:173 neg"}},
		{"fr", "Le rapport donne les noms des responsables de ces actes de torture.",
			[]string{"responsables=SYRGOV"}, nil},
		{"fr", "Des milliers de civils ont trouvé la mort dans des attentats revendiqués par le mouvement.",
			[]string{"civils=PAKCVL", "le mouvement=PAKINS"}, []string{"PAKINS>:180"}},
		{"fr", "Les talibans ont accepté de négocier avec le gouvernement.",
			[]string{"Les talibans=AFGREB", "le gouvernement=AFGGOV"}, []string{"AFGREB>AFGGOV:036"}},
		{"fr", "Les talibans ont refusé de négocier avec le gouvernement.",
			[]string{"Les talibans=AFGREB", "le gouvernement=AFGGOV"}, []string{"AFGREB>AFGGOV:125"}},
		{"fr", "Le ministre a déclaré que le Pakistan doit libérer les otages.",
			[]string{"Le ministre=USAGOV", "le Pakistan=PAK", "les otages=USACVL"}, []string{"USAGOV>PAK:1053"}},
		{"en", "Russia said on Monday that Ukraine must return the seized ship.",
			[]string{"Russia=RUS", "Ukraine=UKR"}, []string{"RUS>UKR:1053"}},
		{"en", "President Duterte urged Congress to amend the constitution.",
			[]string{"President Duterte=PHLGOV", "Congress=PHLLEG"}, []string{"PHLGOV>PHLLEG:0244"}},
		{"fr", "La Chine appelle Washington à négocier avec Pékin.",
			[]string{"La Chine=CHN", "Washington=USAGOV", "Pékin=CHNGOV"}, []string{"CHN>USAGOV:026"}},
		{"fr", "Si les talibans attaquaient la police, l'armée riposterait.",
			[]string{"les talibans=AFGREB", "la police=AFGCOP", "l'armée=AFGMIL"}, []string{"AFGREB>AFGCOP:190 hypothetical"}},
		{"fr", "Le Pakistan ne reconnaîtra pas le nouveau régime.",
			[]string{"Le Pakistan=PAK", "le nouveau régime=AFGGOV"}, []string{"PAK>AFGGOV:120 future"}},
		{"fr", "Selon la presse, les talibans auraient attaqué la police.",
			[]string{"la presse=---MED", "les talibans=AFGREB", "la police=AFGCOP"}, []string{"AFGREB>AFGCOP:190 reported"}},
		{"en", "The rebels reportedly attacked the police.",
			[]string{"The rebels=SDNREB", "the police=SDNCOP"}, []string{"SDNREB>SDNCOP:190 reported"}},
		{"en", "The rebels did not attack the police.",
			[]string{"The rebels=SDNREB", "the police=SDNCOP"}, []string{"SDNREB>SDNCOP:190 neg"}},
		{"fr", "Marco Rubio et Shehbaz Sharif se sont rencontrés jeudi à Washington.",
			[]string{"Marco Rubio=USAGOV", "Shehbaz Sharif=PAKGOV", "Washington=USAGOV"}, []string{"USAGOV>PAKGOV:040", "PAKGOV>USAGOV:040"}},
		{"en", "Israeli troops killed two Palestinians in Gaza on Monday.",
			[]string{"Israeli troops=ISRMIL", "Palestinians=PSE"}, []string{"ISRMIL>PSE:" + "?"}},
		{"en", "The United States accused Pakistan of harboring terrorists.",
			[]string{"The United States=USA", "Pakistan=PAK", "terrorists=---UAF"}, []string{"USA>PAK:112"}},
		{"en", "Pakistan did not recognize the Taliban government.",
			[]string{"Pakistan=PAK", "the Taliban government=AFGGOV"}, []string{"PAK>AFGGOV:?"}},
	} {
		got, _ := codeIt(t, tc.lang, tc.text, tc.actors...)
		if !sameEvents(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// sameEvents compares event lists; a "?" code in want accepts any code.
func sameEvents(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		w := want[i]
		if strings.HasSuffix(w, ":?") {
			if !strings.HasPrefix(got[i], strings.TrimSuffix(w, "?")) {
				return false
			}
			continue
		}
		if got[i] != w {
			return false
		}
	}
	return true
}

func TestPlainStatements(t *testing.T) {
	txt := "Le ministre a déclaré que la situation était grave."
	got, _ := codeIt(t, "fr", txt, "Le ministre=FRAGOV")
	if !sameEvents(got, []string{"FRAGOV>:010"}) {
		t.Errorf("plain statement: got %q", got)
	}
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	c2 := *c
	c2.DropPlainStatements = true
	a := analyse(t, "fr", txt, "Le ministre=FRAGOV")
	if err := c2.Process(a); err != nil {
		t.Fatal(err)
	}
	if len(a.Events) != 0 {
		t.Errorf("DropPlainStatements: got %q", evStrings(a.Events))
	}
}

// TestConcurrent codes the same analyses from several goroutines: the
// stage keeps no state between calls.
func TestConcurrent(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	txt := "Le président américain, Donald Trump, va dépêcher au Pakistan ses conseillers. Les talibans ont attaqué la police."
	fx := []string{"Donald Trump=USAGOV", "Pakistan=PAK", "Les talibans=AFGREB", "la police=AFGCOP"}
	want := evStrings(func() []dyad.Event { a := analyse(t, "fr", txt, fx...); c.Process(a); return a.Events }())
	done := make(chan []string)
	for g := 0; g < 4; g++ {
		go func() {
			var last []string
			for k := 0; k < 50; k++ {
				a := analyse(t, "fr", txt, fx...)
				c.Process(a)
				last = evStrings(a.Events)
			}
			done <- last
		}()
	}
	for g := 0; g < 4; g++ {
		if got := <-done; strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("concurrent: got %q want %q", got, want)
		}
	}
}

func TestNominalEvents(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
	}{
		{"La visite de Rubio à Islamabad a eu lieu lundi.", []string{"Rubio=USAGOV", "Islamabad=PAKGOV"}, []string{"USAGOV>PAKGOV:042"}},
		// a visit postponed or called off did not happen (fr_lex haltpart)
		{"La visite de Rubio à Islamabad a été reportée.", []string{"Rubio=USAGOV", "Islamabad=PAKGOV"}, nil},
		{"Le retrait des forces américaines d'Afghanistan est achevé.", []string{"forces américaines=USAMIL", "Afghanistan=AFG"}, []string{"USAMIL>AFG:0874"}},
		{"L'arrestation de l'opposant par la police a choqué.", []string{"opposant=RUSOPP", "la police=RUSCOP"}, []string{"RUSCOP>RUSOPP:173"}},
		{"Les pourparlers de paix entre Islamabad et le TTP avancent.", []string{"Islamabad=PAKGOV", "le TTP=PAKINS"}, []string{"PAKGOV>PAKINS:046", "PAKINS>PAKGOV:046"}},
	} {
		got, _ := codeIt(t, "fr", tc.text, tc.actors...)
		if !sameEvents(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestCompoundMentions: the actor stage gives "les deux pays" as two
// mentions on one span; they act together.
func TestCompoundMentions(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	txt := "Les deux pays ont signé un accord."
	a := analyse(t, "fr", txt)
	i := strings.Index(txt, "deux pays")
	sp := dyad.Span{Start: i, End: i + len("deux pays")}
	a.Actors = []dyad.ActorMention{
		{Span: sp, Text: "deux pays", Code: "USA", Kind: "compound"},
		{Span: sp, Text: "deux pays", Code: "PAK", Kind: "compound"},
	}
	if err := c.Process(a); err != nil {
		t.Fatal(err)
	}
	if got := evStrings(a.Events); !sameEvents(got, []string{"USA>PAK:057", "PAK>USA:057"}) {
		t.Errorf("compound mention: got %q", got)
	}
}
