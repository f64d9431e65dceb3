package coder

import (
	"strings"
	"testing"
)

// TestCheckPhraseAlternatives: "|" separates single words, so a pattern
// written as if it separated phrases matches something else than meant.
// Check warns about the four signs of phraseWarnings (a word repeated
// next to alternatives, a reflexive pronoun before verb alternatives,
// singular and plural nouns before one required word, a phrase before
// alternatives) and stays silent on cross products that are meant. The
// bad lines are of the kind found in the embedded files (invented here).
func TestCheckPhraseAlternatives(t *testing.T) {
	t.Setenv("DYAD_PATTERN_DIR", t.TempDir())
	dir := t.TempDir()
	bad := []string{
		"173 V *ecrouer + en garde a vue|cellule",                            // "en garde à cellule"
		"045 V *piloter mediation|mission de mediation",                      // "médiation de médiation"
		"036 V *convier + a se rendre|venir|assister",                        // "à se venir"
		"1312 V *brandir menace de? embargo|blocus|represailles economiques", // "embargo économiques"
		"0232 V *quemander armes|aide militaire a+?",                         // "armes militaire"
		"038 V *agreer mediation|bons offices",                               // "médiation offices"
	}
	good := []string{
		"173 V *ecrouer + en detention|isolement",                     // one word each
		"071 V *verser aide|assistance economique|financiere a+?",     // a cross product
		"1661 V *rapatrier force|forces de maintien",                  // plural of one word
		"1721 V *filtrer acces a internet|twitter|facebook",           // two words only before
		"175 V *asperger + de? gaz|grenades lacrymogene|lacrymogenes", // agreeing cross product
		"1722 V *empecher + de se presenter",                          // one verb after "se"
		"0232 V *quemander armes|munitions a+?",                       // no required word after
	}
	p := writeFile(t, dir, "phrases_fr.txt", strings.Join(append(append([]string{}, bad...), good...), "\n")+"\n")
	warned := map[int]string{}
	for _, pr := range Check(p) {
		if pr.File != p {
			t.Errorf("problem outside the test file: %v", pr)
			continue
		}
		if !pr.Warning {
			t.Errorf("line %d: an error, want only warnings: %v", pr.Line, pr)
			continue
		}
		if !strings.Contains(pr.Error(), "warning: ") {
			t.Errorf("line %d: %q does not say warning", pr.Line, pr.Error())
		}
		warned[pr.Line] += pr.Msg
	}
	for i, l := range bad {
		if warned[i+1] == "" {
			t.Errorf("no warning for %q", l)
		}
	}
	for i, l := range good {
		if m := warned[len(bad)+i+1]; m != "" {
			t.Errorf("false warning for %q: %s", l, m)
		}
	}
}

// The embedded files have no phrase-alternative warning (they were fixed:
// one line per phrase), and the warnings are the only thing that could
// appear in Check for them.
func TestCheckEmbeddedNoPhraseWarning(t *testing.T) {
	t.Setenv("DYAD_PATTERN_DIR", t.TempDir())
	for _, pr := range Check() {
		t.Errorf("embedded: %v", pr)
	}
}

// The fixed lines match what they were meant to match.
func TestFrenchPhraseAlternativesFixed(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
	}{
		// 0232: "demander des armes" needed "militaire" after it
		{"Kiev a demandé des armes à l'Allemagne.",
			[]string{"Kiev=UKRGOV", "l'Allemagne=DEU"}, []string{"UKRGOV>DEU:0232"}},
		// 036: "inviter à venir" needed "se" before the verb
		{"Le président ivoirien a invité son homologue ghanéen à venir à Abidjan.",
			[]string{"Le président ivoirien=CIVGOV", "son homologue ghanéen=GHAGOV"}, []string{"CIVGOV>GHAGOV:036"}},
		// 175: "utiliser des canons à eau" needed "usage" or "employer" after the verb
		{"La police a utilisé des canons à eau contre les manifestants.",
			[]string{"La police=FRACOP", "les manifestants=FRAOPP"}, []string{"FRACOP>FRAOPP:175"}},
		// 082: a strike suspended (the old "annuler|interrompre|mettre fin" line
		// needed "fin" after any of its verbs)
		{"Le syndicat des enseignants a suspendu la grève.",
			[]string{"Le syndicat des enseignants=FRALAB"}, []string{"FRALAB>:082"}},
		// 1722: "interdire de candidater" needed "se" before the verb (and
		// the banned politician is the dative)
		{"La commission électorale a interdit à l'opposant de candidater.",
			[]string{"La commission électorale=CIVGOV", "l'opposant=CIVOPP"}, []string{"CIVGOV>CIVOPP:1722"}},
	} {
		a := analyse(t, "fr", tc.text, tc.actors...)
		c, err := New()
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Process(a); err != nil {
			t.Fatal(err)
		}
		if got := evStrings(a.Events); !sameEvents(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
