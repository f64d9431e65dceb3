package coder

import "testing"

func TestLoad(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if c.Patterns("fr") < 150 || c.Patterns("en") < 4000 {
		t.Fatalf("patterns: fr %d, en %d", c.Patterns("fr"), c.Patterns("en"))
	}
	for _, tc := range []struct{ lang, form, lemma string }{
		{"fr", "rencontre", "rencontrer"},
		{"fr", "accuse", "accuser"},
		{"fr", "reconnu", "reconnaitre"},
		{"fr", "entretenu", "entretenir"},
		{"fr", "rendra", "rendre"},
		{"fr", "fournirait", "fournir"},
		{"fr", "depeche", "depecher"},
		{"en", "met", "meet"},
		{"en", "accused", "accuse"},
	} {
		if got := c.Lemma(tc.lang, tc.form); !containsWord(got, tc.lemma) {
			t.Errorf("Lemma(%s, %q) = %q, want %q", tc.lang, tc.form, got, tc.lemma)
		}
	}
}

func containsWord(list, w string) bool {
	for _, x := range splitBar(list) {
		if x == w {
			return true
		}
	}
	return false
}

func splitBar(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '|' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}
