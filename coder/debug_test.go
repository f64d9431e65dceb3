package coder

import (
	"os"
	"strings"
	"testing"
)

// TestDebugSentence codes CODER_DEBUG="lang|text|surface=CODE|..." with the
// trace (a development aid; skipped when the variable is unset).
func TestDebugSentence(t *testing.T) {
	v := os.Getenv("CODER_DEBUG")
	if v == "" {
		t.Skip("CODER_DEBUG not set")
	}
	f := strings.Split(v, "|")
	c, _ := New()
	a := analyse(t, f[0], f[1], f[2:]...)
	a.Trace = func(stage, msg string) { t.Log(msg) }
	for i, tk := range a.Sentences[0].Tokens {
		t.Logf("%d %q lemma=%s actor=%v", i, tk.Text, c.Lemma(f[0], tk.Norm), func() string {
			for _, m := range a.Actors {
				if m.Span.Overlaps(tk.Span) {
					return m.Code
				}
			}
			return ""
		}())
	}
	c.Process(a)
	t.Log(evStrings(a.Events))
}
