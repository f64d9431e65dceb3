package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/dyadproject/dyad"
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

// TestDumpActors writes the actors of every record of $DYAD_ACTOR_DUMP (JSON
// lines with id, text, date, lang) to $DYAD_ACTOR_DUMP_OUT, offsets in code
// points: a measuring tool (text stage + actor stage only).
func TestDumpActors(t *testing.T) {
	in, outp := os.Getenv("DYAD_ACTOR_DUMP"), os.Getenv("DYAD_ACTOR_DUMP_OUT")
	if in == "" || outp == "" {
		t.Skip("set DYAD_ACTOR_DUMP and DYAD_ACTOR_DUMP_OUT")
	}
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	o, err := os.Create(outp)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<24), 1<<24)
	enc := json.NewEncoder(o)
	for sc.Scan() {
		var r struct{ ID, Text, Date, Lang string }
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue
		}
		if r.Lang == "" {
			r.Lang = "fr"
		}
		if len(r.Date) > 10 {
			r.Date = r.Date[:10]
		}
		a := analyseLang(t, kb, r.ID, r.Text, r.Date, r.Lang)
		ri := dyad.NewRuneIndex(r.Text)
		type am struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
			Code  string `json:"code"`
		}
		rec := struct {
			ID     string `json:"id"`
			Actors []am   `json:"actors"`
		}{ID: r.ID}
		for _, m := range a.Actors {
			sp := ri.Span(m.Span)
			rec.Actors = append(rec.Actors, am{sp.Start, sp.End, m.Text, m.Code})
		}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
}
