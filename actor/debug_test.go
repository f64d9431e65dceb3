package actor

import (
	"os"
	"testing"
)

func TestDebugText(t *testing.T) {
	s := os.Getenv("DYAD_DEBUG_TEXT")
	if s == "" {
		t.Skip("set DYAD_DEBUG_TEXT")
	}
	kb, _ := Default()
	lang := os.Getenv("DYAD_DEBUG_LANG")
	if lang == "" {
		lang = "fr"
	}
	a := analyseLang(t, kb, "debug", s, os.Getenv("DYAD_DEBUG_DATE"), lang)
	for _, sn := range a.Sentences {
		for _, tk := range sn.Tokens {
			t.Logf("tok %q %q %v", tk.Text, tk.Norm, tk.Kind)
		}
	}
	for _, m := range a.Actors {
		t.Logf("%q %s %s %s", m.Text, m.Code, m.Kind, m.Entry)
	}
}
