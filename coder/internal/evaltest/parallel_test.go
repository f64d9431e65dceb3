package evaltest

import (
	"fmt"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

// wireParallel is the parallel English/French wire gold shipped with the
// repository (coder/testdata/README.md): one gold per pair, each record with
// "lang" en or fr and "split" dev (odd pairs) or test (even pairs).
const wireParallel = "../../testdata/wire_parallel.jsonl"

// Dev exact (source, target, code) F1 measured at the last commit that
// changed the French coding dictionaries for this set (2026-11-26, commit
// 9b3d636, git archive build): en dev 0.437 (P 45.8 R 41.8), fr dev 0.639
// (P 69.1 R 59.5; 0.440 at 16be17f, before the French fixes); test split as
// measured: en 0.419, fr 0.456 (0.451 at 16be17f). English fixes and six
// dev gold corrections (helper en-parallel, commits 3a55b9e..1b75878 and
// eb680a9, git worktree build at 1b75878): en dev 0.829 (P 86.3 R 79.7; 0.477
// before the English fixes on the corrected gold), en test 0.427; fr dev
// 0.626 on the corrected gold (the French coder gives 141/143 where the
// gold now has 1412/1432), fr test 0.456. The test fails when a language's
// dev exact F1 drops more than 0.05 below its value.
// After the determinism fix of 9267f14 (pattern order no longer random):
// en dev 0.882, en test 0.480, fr dev 0.639, fr test 0.485.
// End of the 2026-11-26 second round (commit 83e9aef): en dev 0.955, en
// test 0.594, fr dev 0.924, fr test 0.571.
var wireParallelDevExact = map[string]float64{"en": 0.955, "fr": 0.924}

// TestWireParallel runs the default pipeline (NoClean) on the parallel set
// and logs exact and relaxed P/R/F1 per language and split.
func TestWireParallel(t *testing.T) {
	groups := goldGroups(t, wireParallel, true)
	for _, lang := range []string{"en", "fr"} {
		for _, sp := range []string{"dev", "test"} {
			s := scoreFrGold(t, groups[lang+"/"+sp])
			logScores(t, fmt.Sprintf("wire parallel %s %-4s", lang, sp), s)
			if sp == "dev" && s.Exact.F1 < wireParallelDevExact[lang]-0.05 {
				t.Errorf("%s dev exact F1 %.3f more than 0.05 below %.3f", lang, s.Exact.F1, wireParallelDevExact[lang])
			}
		}
	}
}

// TestWireFrenchActorWords: French agent words of actor/data/wire_fr.txt,
// through the whole pipeline ("au peuple marocain" is the Moroccan
// civilians, as "the Moroccan people" is in English; "un pétrolier
// norvégien" a Norwegian business, as "a Norwegian tanker").
func TestWireFrenchActorWords(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{NoClean: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Le président ivoirien a présenté ses condoléances au peuple marocain.", "CIVGOV>MARCVL:018"},
		{"Les Houthis ont attaqué un pétrolier norvégien.", "YEMREB>NORBUS:190"},
	} {
		doc := &dyad.Document{ID: "1", Text: tc.text, Lang: "fr"}
		doc.Date, _ = dyad.ParseDate("2024-03-12")
		a, err := p.Analyze(doc)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		found := false
		for _, e := range a.Events {
			s := e.Source + ">" + e.Target + ":" + e.Code
			got = append(got, s)
			found = found || s == tc.want
		}
		if !found {
			t.Errorf("%s\n got  %q\n missing %s", tc.text, got, tc.want)
		}
	}
}
