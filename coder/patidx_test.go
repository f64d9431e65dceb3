package coder

import (
	"strings"
	"testing"
)

// TestPatternsReachable checks over every pattern of every language that
// its anchor is read from some surface form, and that no pattern without
// any word (only slots) is tried before a pattern with words at the same
// anchor: the first pattern that matches ends the search, so a bare
// "*liberer +!" tried first hides "*liberer navire" whenever an actor
// follows the verb.
func TestPatternsReachable(t *testing.T) {
	lex, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	for lang, lx := range lex {
		formOf := map[int32]bool{}
		for _, fs := range lx.forms {
			for _, f := range fs {
				formOf[f.word] = true
			}
		}
		hidden := 0
		for id, ps := range lx.anchors {
			if !formOf[id] {
				t.Errorf("%s: anchor %q has no surface form: its %d patterns are never tried", lang, lx.names[id], len(ps))
			}
			for b := range ps {
				if ps[b].fixedWords() == 0 {
					continue
				}
				for a := 0; a < b; a++ {
					if ps[a].noun == ps[b].noun && ps[a].slotOnly() {
						if ps[a].score > ps[b].score && strings.Contains(ps[a].id, "_dyad.txt:") && !strings.Contains(ps[b].id, "_dyad.txt:") {
							// a dyad supplement overrides a converted
							// file on purpose (+3); since the enscore
							// round a slot-only one does so only when
							// it codes nothing (a null pattern
							// silencing the verb: TestSupplementBareHidesNone)
							break
						}
						hidden++
						t.Errorf("%s %q: %s (%s) tried before %s (%s)", lang, lx.names[id], ps[a].id, ps[a].text, ps[b].id, ps[b].text)
						break
					}
				}
			}
		}
	}
}

// TestPatternsReachableCases: a pattern with a fixed word is tried before
// a bare one of the same specificity from an earlier file.
func TestPatternsReachableCases(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		{"fr", "La France a libéré le navire de la Russie.", []string{"La France=FRA", "la Russie=RUS"}, []string{"FRA>RUS:0842"}},
	}, false)
}

// TestEmptyOptionalSlot: an empty "prep+?" slot leaves the event without
// a target (the preposition names the target: "a cédé l'entreprise" cedes
// it to no one, "a saisi la justice" sues no court). A fallback to the
// usual target was tried (2026-11-26) and judged 1 right of 12 new bench
// events: the direct object of céder, saisir, signer is not the target.
func TestEmptyOptionalSlot(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		{"fr", "La France a restitué le navire à l'Iran.", []string{"La France=FRA", "l'Iran=IRN"}, []string{"FRA>IRN:0842"}},
		{"fr", "La France a restitué le navire de l'Iran.", []string{"La France=FRA", "l'Iran=IRN"}, []string{"FRA>:0842"}},
		{"fr", "Les riverains ont saisi la justice européenne.", []string{"Les riverains=FRACVL", "la justice européenne=IGOEUREEC"}, []string{"FRACVL>:115"}},
	}, false)
}

// TestSlotPrepChecked: patterns check rejects a slot whose preposition is
// not one of the language's @prep families (a slot opens only after a
// preposition form, so "off+" never matches), naming file, line and word;
// the embedded files have none.
func TestSlotPrepChecked(t *testing.T) {
	for _, p := range Check() {
		if strings.Contains(p.Msg, "not a preposition") {
			t.Errorf("embedded: %v", p)
		}
	}
	dir := t.TempDir()
	f := writeFile(t, dir, "mine_en.txt", "# English\n190 V *fight +\n190 V *fight off+\n190 V *fight with+\n190 V off$ *fight\n")
	got := map[int]string{}
	for _, p := range checkUser(f) {
		got[p.Line] += p.Msg
	}
	for _, ln := range []int{3, 5} {
		if !strings.Contains(got[ln], `"off" is not a preposition of en_lex.txt`) || !strings.Contains(got[ln], "with") {
			t.Errorf("line %d: got %q, want off rejected with the families listed", ln, got[ln])
		}
	}
	if got[2] != "" || got[4] != "" {
		t.Errorf("valid lines reported: %q %q", got[2], got[4])
	}
	fr := writeFile(t, dir, "mine_fr.txt", "# French\n190 V *attaquer loin+\n")
	if ps := checkUser(fr); len(ps) != 1 || ps[0].Line != 2 || !strings.Contains(ps[0].Msg, `"loin"`) {
		t.Errorf("fr: got %v, want line 2 \"loin\" rejected", ps)
	}
}
