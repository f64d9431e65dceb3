package text_test

import (
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

func Example() {
	doc := &dyad.Document{Text: "« Je pars. » M. Dupont a-t-il vu les 13 000 soldats d'Al-Qaïda le 24.10.2021 ?", Lang: "fr"}
	a := &dyad.Analysis{Doc: doc}
	if err := text.NewStage().Process(a); err != nil {
		panic(err)
	}
	for _, s := range a.Sentences {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, doc.Text[s.Start:s.End])
		for _, t := range s.Tokens {
			fmt.Printf("  %q %s %q\n", t.Text, t.Kind, t.Norm)
		}
	}
	// Output:
	// 0-14 « Je pars. »
	//   "«" punct "«"
	//   "Je" word "je"
	//   "pars" word "pars"
	//   "." punct "."
	//   "»" punct "»"
	// 15-81 M. Dupont a-t-il vu les 13 000 soldats d'Al-Qaïda le 24.10.2021 ?
	//   "M." word "m."
	//   "Dupont" word "dupont"
	//   "a" word "a"
	//   "-t-il" word "-t-il"
	//   "vu" word "vu"
	//   "les" word "les"
	//   "13 000" number "13 000"
	//   "soldats" word "soldats"
	//   "d'" word "d'"
	//   "Al-Qaïda" word "al-qaida"
	//   "le" word "le"
	//   "24.10.2021" date "24.10.2021"
	//   "?" punct "?"
}
