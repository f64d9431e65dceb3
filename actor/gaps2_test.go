package actor

import (
	"os"
	"path/filepath"
	"testing"
)

// gaps2KB loads the embedded dictionaries and the given invented user
// files (name -> content), with an empty user dictionary directory.
func gaps2KB(t *testing.T, files map[string]string) *KB {
	t.Helper()
	t.Setenv("DYAD_DICT_DIR", t.TempDir())
	dir := t.TempDir()
	var paths []string
	for _, n := range []string{"a.txt", "b_fr.txt", "c_en.txt", "d.txt", "e_fr.txt"} {
		if s, ok := files[n]; ok {
			p := filepath.Join(dir, n)
			if err := os.WriteFile(p, []byte("@source test\n"+s), 0o644); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, p)
		}
	}
	kb, err := Load(paths...)
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// gaps2Code returns the code of the mention with the given text, "" when
// there is none.
func gaps2Code(t *testing.T, kb *KB, lang, body, mention string) string {
	t.Helper()
	a := analyseLang(t, kb, "g2", body, "2024-03-12", lang)
	for _, m := range a.Actors {
		if m.Text == mention {
			return m.Code
		}
	}
	return ""
}

// TestGaps2LoaderLanguages (gaps2 round, 2026-11-27): an entry of a French
// file and one of an English file naming the same actor stay per language
// (the later no longer supersedes the earlier for both languages, which
// made the French names resolve to an English-only entry, dropped in French
// text); a language file's entry overrides a neutral file's only in its own
// language. Invented names.
func TestGaps2LoaderLanguages(t *testing.T) {
	kb := gaps2KB(t, map[string]string{
		"a.txt":    "@kind org\nOstrava Vandelmark Holdings => MNCDEU\n",
		"b_fr.txt": "@kind org\nVandrel Industries | Groupe Vandrel => MNCFRA\nOstrava Vandelmark Holdings => MNCFRA\n",
		"c_en.txt": "@kind org\nVandrel Industries => MNCUSA\n",
	})
	cases := []struct{ lang, body, mention, want string }{
		{"fr", "Vandrel Industries a annoncé des licenciements.", "Vandrel Industries", "MNCFRA"},
		{"fr", "Le Groupe Vandrel a annoncé des licenciements.", "Groupe Vandrel", "MNCFRA"},
		{"en", "Vandrel Industries announced layoffs.", "Vandrel Industries", "MNCUSA"},
		{"fr", "Ostrava Vandelmark Holdings a annoncé des licenciements.", "Ostrava Vandelmark Holdings", "MNCFRA"},
		{"en", "Ostrava Vandelmark Holdings announced layoffs.", "Ostrava Vandelmark Holdings", "MNCDEU"},
	}
	for _, c := range cases {
		if got := gaps2Code(t, kb, c.lang, c.body, c.mention); got != c.want {
			t.Errorf("%s %q: %q = %q, want %q", c.lang, c.body, c.mention, got, c.want)
		}
	}
}

// TestGaps2LoaderLowerCase (gaps2 round): a later entry whose name is only a
// lower-case variant of an earlier one ("kestrel front" after "Kestrel
// Front") adds that form: the capitalised text keeps the earlier entry, in
// every language; the lower-case text takes the new one. Invented names.
func TestGaps2LoaderLowerCase(t *testing.T) {
	kb := gaps2KB(t, map[string]string{
		"a.txt":    "@kind group\nKestrel Front => SDNREB\n",
		"d.txt":    "@kind group\nkestrel front => SDNOPP\n",
		"b_fr.txt": "@kind group\nMarrow Brigade | Brigade Marrow => SDNREB\n",
		"e_fr.txt": "@kind group\nmarrow brigade => SDNOPP\n",
	})
	cases := []struct{ lang, body, mention, want string }{
		{"fr", "Le Kestrel Front a attaqué Khartoum.", "Kestrel Front", "SDNREB"},
		{"en", "The Kestrel Front attacked Khartoum.", "Kestrel Front", "SDNREB"},
		{"en", "Yesterday the kestrel front attacked Khartoum.", "kestrel front", "SDNOPP"},
		{"fr", "La Brigade Marrow a attaqué Khartoum.", "Brigade Marrow", "SDNREB"},
		{"fr", "La Marrow Brigade a attaqué Khartoum.", "Marrow Brigade", "SDNREB"},
		{"fr", "Hier, la marrow brigade a attaqué Khartoum.", "marrow brigade", "SDNOPP"},
	}
	for _, c := range cases {
		if got := gaps2Code(t, kb, c.lang, c.body, c.mention); got != c.want {
			t.Errorf("%s %q: %q = %q, want %q", c.lang, c.body, c.mention, got, c.want)
		}
	}
}
