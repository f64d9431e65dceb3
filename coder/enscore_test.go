package coder

import "testing"

// hiddenBySupplement counts converted patterns with a fixed word that a
// bare-slot pattern of a dyad supplement (*_dyad.txt) is tried before at
// the same anchor.
func hiddenBySupplement(lx *lexicon) (n int, ex []string) {
	for _, ps := range lx.anchors {
		for b := range ps {
			if isSupplement(ps[b]) || ps[b].fixedWords() == 0 {
				continue
			}
			for a := 0; a < b; a++ {
				if ps[a].noun == ps[b].noun && isSupplement(ps[a]) && ps[a].slotOnly() && ps[a].code != "---" {
					n++
					if len(ex) < 5 {
						ex = append(ex, ps[a].id+" "+ps[a].text+" before "+ps[b].id+" "+ps[b].text)
					}
					break
				}
			}
		}
	}
	return n, ex
}

// TestSupplementBareHidesNone: a dyad supplement pattern made only of
// bare slots keeps its +3 over bare converted patterns but no longer
// hides a converted pattern with a fixed word.
func TestSupplementBareHidesNone(t *testing.T) {
	lex, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	for lang, lx := range lex {
		if n, ex := hiddenBySupplement(lx); n > 0 {
			t.Errorf("%s: %d converted patterns hidden, e.g. %v", lang, n, ex)
		}
	}
}

// TestSortSpecificConsistent: the anchor order agrees with specificBefore
// on every pair (the supplement rule is not a plain score, so a cycle
// would leave the order to the sort algorithm).
func TestSortSpecificConsistent(t *testing.T) {
	lex, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	for lang, lx := range lex {
		for _, ps := range lx.anchors {
			for i := range ps {
				for j := i + 1; j < len(ps); j++ {
					if specificBefore(ps[j], ps[i]) {
						t.Errorf("%s: %s (%s) after %s (%s)", lang, ps[j].id, ps[j].text, ps[i].id, ps[i].text)
					}
				}
			}
		}
	}
}

// TestSupplementBareCases: converted patterns with a fixed word that a
// bare supplement pattern hid now code (burning flags is a protest, not
// the destruction of property; releasing a proposal frees no one).
func TestSupplementBareCases(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		{"en", "Protesters torched American flags.", []string{"Protesters=---OPP", "American=USA"}, []string{"---OPP>USA:141"}},
		{"en", "Russia released a Ukrainian peace proposal.", []string{"Russia=RUS", "Ukrainian=UKR"}, []string{"RUS>UKR:027"}},
		{"en", "Russia released Ukrainian prisoners.", []string{"Russia=RUS", "Ukrainian prisoners=UKR"}, []string{"RUS>UKR:0841"}},
	}, false)
}
