package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

// frsector2 round: in a French one-sentence document whose only country is
// named solely through domestic actors (its police, courts, legislature,
// opposition, farmers, workers or students: « le chef de la police
// bangladaise », « des agriculteurs français », « un tribunal militaire
// congolais »), the state agents left without a country (« le
// gouvernement », « l'armée », « plusieurs soldats ») are that country's:
// a domestic actor's counterpart named without a country is its own state.
// A country named through its government, army, civilians, media or the
// country name itself is as often the foreign counterpart's (« Le ministre
// a salué les soldats maliens ») and does not reach them.

// soleDomesticSectors are the sectors of mentions that make a sentence's only
// country a domestic story's.
var soleDomesticSectors = map[string]bool{"COP": true, "JUD": true, "LEG": true, "OPP": true, "AGR": true, "LAB": true, "EDU": true}

// soleStateRoles are the roles such a country reaches in addition to
// soleSentenceRoles.
var soleStateRoles = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true}

// soleDomestic reports whether every mention of country c among
// a.Actors[first:] is a domestic actor (at least one).
func soleDomestic(a *dyad.Analysis, first int, c string) bool {
	if a.Doc == nil || a.Doc.Lang != "fr" || c == "" {
		return false
	}
	n := 0
	for x := first; x < len(a.Actors); x++ {
		code := a.Actors[x].Code
		if !strings.HasPrefix(code, c) || code == c && afterLocPrep(a, a.Actors[x].Start) {
			continue
		}
		if len(code) < len(c)+3 || !soleDomesticSectors[code[len(c):len(c)+3]] {
			return false
		}
		n++
	}
	return n > 0
}

// afterLocPrep reports a mention starting at byte start right after a word
// of the set "locprep" (« à Paris »).
func afterLocPrep(a *dyad.Analysis, start int) bool {
	if a.Doc == nil || start > len(a.Doc.Text) {
		return false
	}
	before := strings.TrimRightFunc(a.Doc.Text[:start], unicode.IsSpace)
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	if i >= 0 {
		_, w := utf8.DecodeRuneInString(before[i:])
		i += w - 1
	}
	return wordSet("locprep")[text.Fold(before[i+1:])]
}
