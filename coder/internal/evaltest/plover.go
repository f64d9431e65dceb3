// Package evaltest measures the coder on the development gold sets of
// ../shared/eval (its tests) and holds what those measures share with the
// coder's own tests.
package evaltest

import (
	"strings"

	"github.com/dyadproject/dyad/cameo"
)

// GSRName maps a CAMEO code to the PLOVER category names of the PLOVER
// gold standard records (an older PLOVER draft): the cameo package follows
// the 2021 conversion table, whose names differ (REQUEST for DEMAND, ACCUSE
// for DISAPPROVE and INVESTIGATE, ASSAULT for the conventional FIGHT,
// COERCE for 163 sanctions). "" for an unknown code.
func GSRName(code string) string {
	en, ok := cameo.Lookup(code)
	if !ok {
		return ""
	}
	p := en.PLOVER
	switch {
	case p == "REQUEST":
		return "DEMAND"
	case p == "ACCUSE" && en.Root == "09":
		return "INVESTIGATE"
	case p == "ACCUSE":
		return "DISAPPROVE"
	case p == "ASSAULT" && en.Root == "19":
		return "FIGHT"
	case strings.HasPrefix(code, "163"):
		return "SANCTION"
	}
	return p
}
