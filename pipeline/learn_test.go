package pipeline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// A role stated in one document (« le ministre pakistanais de l'Intérieur,
// Zorbak Velmont ») resolves the bare name in documents of later blocks,
// not in documents of the same block, and the output is the same whatever
// the number of workers.
func TestStreamLearnsByBlock(t *testing.T) {
	const later = LearnBlock + 3
	docs := []*dyad.Document{{ID: "teach", Lang: "fr", Date: dyad.Date{Year: 2024, Month: 3, Day: 1},
		Text: "Le ministre pakistanais de l'Intérieur, Zorbak Velmont, a rencontré l'ambassadeur américain."}}
	for i := 1; i <= later; i++ {
		text := "Il a plu toute la journée sur la ville."
		if i == 2 || i == later {
			text = "Zorbak Velmont a critiqué les États-Unis."
		}
		docs = append(docs, &dyad.Document{ID: fmt.Sprint(i), Lang: "fr", Date: dyad.Date{Year: 2024, Month: 3, Day: 2}, Text: text})
	}
	run := func(workers int) []string {
		p, err := New(Options{}) // a fresh knowledge base: nothing learned yet
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		err = p.Stream(workers, func(emit func(*dyad.Document, error) error) error {
			for _, d := range docs {
				c := *d
				if err := emit(&c, nil); err != nil {
					return err
				}
			}
			return nil
		}, func(it Item) error {
			if it.Err != nil {
				return it.Err
			}
			var ev []string
			for _, e := range it.Analysis.Events {
				ev = append(ev, e.Source+">"+e.Target+":"+e.Code)
			}
			out = append(out, it.Doc.ID+" "+strings.Join(ev, ","))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	one := run(1)
	if got := one[2]; got != "2 " {
		t.Errorf("same block: %q, want no event (the role is not learned yet)", got)
	}
	if got := one[later]; !strings.Contains(got, "PAKGOV>USA:111") {
		t.Errorf("later block: %q, want PAKGOV>USA:111 from the learned role", got)
	}
	for _, w := range []int{2, 5} {
		if got := run(w); strings.Join(got, "\n") != strings.Join(one, "\n") {
			t.Errorf("%d workers give another output than one worker", w)
		}
	}
}
