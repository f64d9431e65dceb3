package coder

import (
	"fmt"
	"testing"
)

// Loading the patterns twice gives the same order of words per surface
// form, so that two anchors reading one token ("négociations") are tried
// in the same order on every run (the lexicon's maps are read in random
// order; the output of dyad code varied between runs before).
func TestFormsOrderStable(t *testing.T) {
	a, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	multi := 0
	for lang, la := range a {
		lb := b[lang]
		for form, fa := range la.forms {
			fb := lb.forms[form]
			if fmt.Sprint(fa) != fmt.Sprint(fb) {
				t.Fatalf("%s %q: %v then %v", lang, form, fa, fb)
			}
			if len(fa) > 1 {
				multi++
			}
			for i := 1; i < len(fa); i++ {
				if fa[i-1].word > fa[i].word {
					t.Fatalf("%s %q: words not in declaration order: %v", lang, form, fa)
				}
			}
		}
	}
	if multi == 0 {
		t.Fatal("no form read by two words: the test checks nothing")
	}
}
