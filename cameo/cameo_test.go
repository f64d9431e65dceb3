package cameo

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestCodebookSize(t *testing.T) {
	all := All()
	if len(all) != 312 { // GDELT's 311 and CAMEO 1.1b3's 176
		t.Fatalf("codebook has %d codes, want 312", len(all))
	}
	roots := map[string]int{}
	for i, e := range all {
		if i > 0 && all[i-1].Code >= e.Code {
			t.Errorf("codes not sorted or duplicated at %s", e.Code)
		}
		if e.Root != Root(e.Code) || e.Label == "" {
			t.Errorf("bad entry %+v", e)
		}
		if e.Goldstein < -10 || e.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", e.Code, e.Goldstein)
		}
		roots[e.Root]++
	}
	if len(roots) != 20 {
		t.Errorf("%d roots, want 20", len(roots))
	}
	for r := range roots {
		if _, ok := Lookup(r); !ok {
			t.Errorf("root %s is not itself a code", r)
		}
	}
}

func TestKnownValues(t *testing.T) {
	cases := []struct {
		code      string
		goldstein float64
		quad      int
		plover    string
		mode      string
	}{
		{"010", 0, 1, "", ""},
		{"020", 3.0, 1, "", ""},
		{"036", 4.0, 1, "AGREE", ""},
		{"042", 1.9, 1, "CONSULT", "visit"},
		{"043", 2.8, 1, "CONSULT", "visit"},
		{"041", 1.0, 1, "CONSULT", "phone"},
		{"057", 8.0, 1, "SUPPORT", ""},
		{"0831", 5.0, 2, "CONCEDE", ""},
		{"0871", 9.0, 2, "RETREAT", "ceasefire"},
		{"112", -2.0, 3, "ACCUSE", "disapprove"},
		{"1123", -2.0, 3, "ACCUSE", "allege"},
		{"138", -7.0, 3, "THREATEN", "violence"},
		{"141", -6.5, 4, "PROTEST", "demo"},
		{"163", -8.0, 4, "COERCE", "restrict"},
		{"173", -5.0, 4, "COERCE", "arrest"},
		{"183", -10.0, 4, "ASSAULT", "suicide-attack"},
		{"190", -10.0, 4, "ASSAULT", ""},
		{"195", -10.0, 4, "ASSAULT", "heavy-weapons"},
		{"2042", -10.0, 4, "ASSAULT", "unconventional"},
	}
	for _, c := range cases {
		e, ok := Lookup(c.code)
		if !ok {
			t.Errorf("%s not found", c.code)
			continue
		}
		if e.Goldstein != c.goldstein || e.QuadClass != c.quad || e.PLOVER != c.plover || e.PLOVERMode != c.mode {
			t.Errorf("%s = %v/%d/%q/%q, want %v/%d/%q/%q", c.code, e.Goldstein, e.QuadClass, e.PLOVER, e.PLOVERMode,
				c.goldstein, c.quad, c.plover, c.mode)
		}
	}
	if e, _ := Lookup("106"); e.Label != "Demand meeting, negotiation" {
		t.Errorf("106 label %q: want the CAMEO 1.1b3 meaning", e.Label)
	}
	if e, _ := Lookup("044"); strings.ContainsAny(e.Label, "\u00d2\u00d3") {
		t.Errorf("044 label not cleaned: %q", e.Label)
	}
	for _, bad := range []string{"", "0", "21", "999", "0361", "36", "abc"} {
		if _, ok := Lookup(bad); ok {
			t.Errorf("Lookup(%q) succeeded", bad)
		}
	}
}

func TestQuadClassByRoot(t *testing.T) {
	for _, e := range All() {
		r, _ := strconv.Atoi(e.Root)
		want := 4
		switch {
		case r <= 5:
			want = 1
		case r <= 8:
			want = 2
		case r <= 13:
			want = 3
		}
		if e.QuadClass != want {
			t.Errorf("%s: QuadClass %d, want %d", e.Code, e.QuadClass, want)
		}
		if (e.PLOVER == "") != (r <= 2) {
			t.Errorf("%s: PLOVER %q (roots 01-02 only are dropped)", e.Code, e.PLOVER)
		}
	}
}

// TestAgainstGDELT compares every score with GDELT's Goldstein table.
func TestAgainstGDELT(t *testing.T) {
	f, err := os.Open("../../shared/reference/cameo/gdelt__CAMEO.goldsteinscale.txt")
	if err != nil {
		t.Skip("../shared/reference/cameo absent: GDELT comparison skipped")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 2 || fs[0] == "CAMEOEVENTCODE" {
			continue
		}
		n++
		v, _ := strconv.ParseFloat(fs[1], 64)
		e, ok := Lookup(fs[0])
		if !ok || e.Goldstein != v {
			t.Errorf("%s: got %v (found %v), GDELT %v", fs[0], e.Goldstein, ok, v)
		}
	}
	if n != 311 {
		t.Errorf("GDELT table has %d codes", n)
	}
}

func TestStage(t *testing.T) {
	st := NewStage()
	if st.Name() != "cameo" {
		t.Fatal(st.Name())
	}
	var traced []string
	a := &dyad.Analysis{
		Doc:   &dyad.Document{Text: "x"},
		Trace: func(stage, msg string) { traced = append(traced, stage+": "+msg) },
		Events: []dyad.Event{
			{Source: "USA", Target: "PAK", Code: "036"},
			{Source: "USA", Target: "PAK", Code: "999"}, // the coder must never emit it
			{Source: "TALREB", Target: "AFGGOV", Code: "190"},
			{Source: "X", Code: ""},
		},
	}
	if err := st.Process(a); err != nil {
		t.Fatal(err)
	}
	if len(a.Events) != 2 {
		t.Fatalf("%d events kept, want 2: %+v", len(a.Events), a.Events)
	}
	if e := a.Events[0]; e.Goldstein != 4.0 || e.QuadClass != 1 || e.PLOVER != "AGREE" {
		t.Errorf("036 filled as %+v", e)
	}
	if e := a.Events[1]; e.Code != "190" || e.Goldstein != -10 || e.QuadClass != 4 || e.PLOVER != "ASSAULT" {
		t.Errorf("190 filled as %+v", e)
	}
	if len(traced) != 2 || !strings.Contains(traced[0], "999") {
		t.Errorf("trace = %q", traced)
	}
}

func TestLookupAllocs(t *testing.T) {
	code := string([]byte("0831"))
	if n := testing.AllocsPerRun(100, func() { Lookup(code) }); n != 0 {
		t.Errorf("Lookup allocates %v times", n)
	}
}

func BenchmarkLookup(b *testing.B) {
	codes := []string{"036", "190", "0831", "042", "1123", "999"}
	for i := 0; i < b.N; i++ {
		Lookup(codes[i%len(codes)])
	}
}

func BenchmarkStage(b *testing.B) {
	st := NewStage()
	evs := make([]dyad.Event, 8)
	for i := range evs {
		evs[i] = dyad.Event{Code: []string{"036", "190", "0831", "042"}[i%4]}
	}
	a := &dyad.Analysis{Events: make([]dyad.Event, 8)}
	for i := 0; i < b.N; i++ {
		a.Events = a.Events[:8]
		copy(a.Events, evs)
		st.Process(a)
	}
}
