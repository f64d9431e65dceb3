package text

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"États-Unis":      "etats-unis",
		"ETATS UNIS":      "etats unis",
		"l’armée":         "l'armee",
		"Al-Qaïda":        "al-qaida",
		"cœur Œuvre":      "coeur oeuvre",
		"Straße":          "strasse",
		"13\u202f000":     "13 000",
		"Sud–Nord—Est":    "sud-nord-est",
		"déjà":            "deja",
		"e\u0301te\u0301": "ete",
		"İstanbul":        "istanbul",
		"abc":             "abc",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFoldTable checks that the table-driven Fold gives the reference
// result, rune by rune and on mixed strings.
func TestFoldTable(t *testing.T) {
	var all strings.Builder
	for r := rune(0); r < foldTabSize+0x100; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		s := "A" + string(r) + "b"
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		all.WriteRune(r)
	}
	s := all.String()
	for i := 0; i+64 < len(s); i += 61 {
		chunk := strings.ToValidUTF8(s[i:i+64], "")
		if got, want := Fold(chunk), foldSlow(chunk); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", chunk, got, want)
		}
	}
	bad := "a\xffÉ"
	if got, want := Fold(bad), foldSlow(bad); got != want {
		t.Errorf("Fold(%q) = %q, want %q", bad, got, want)
	}
}
