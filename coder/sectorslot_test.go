package coder

import (
	"strings"
	"testing"
)

// A slot sector constraint ("a+~MED" refuses an actor whose code has the
// sector MED, "a+^GOV" takes only one with GOV) is checked by Check: an
// unknown sector, or a constraint after a word, is an error with its file
// and line; a valid one loads.
func TestSectorSlotCheck(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "sect.txt", "@lang fr\n010 V *chuchoter a+~MED ...que\n010 V *murmurer a+~XYZ ...que\n010 V *susurrer a~MED+ ...que\n010 V *souffler a+^GOV~MED^FOO ...que\n010 V *glisser +!~MED ...que\n010 V *confier que~MED\n")
	probs := checkUser(p)
	bad := map[int]string{}
	for _, pr := range probs {
		if pr.Warning {
			continue
		}
		bad[pr.Line] = pr.Msg
	}
	for _, ln := range []int{3, 4, 5, 7} {
		if bad[ln] == "" {
			t.Errorf("%s:%d: no problem reported (got %v)", p, ln, probs)
		}
	}
	for _, ln := range []int{2, 6} {
		if bad[ln] != "" {
			t.Errorf("%s:%d: %s", p, ln, bad[ln])
		}
	}
	if !strings.Contains(bad[3], "XYZ") || !strings.Contains(bad[5], "FOO") {
		t.Errorf("unknown sectors not named: %q, %q", bad[3], bad[5])
	}
	if _, err := Load(p); err == nil {
		t.Errorf("Load(%s) accepted unknown sectors", p)
	}
}

// The constraint applies when the slot is filled: a refused sector, or a
// sector outside the accepted ones, fails the pattern as an empty slot.
func TestSectorSlotMatch(t *testing.T) {
	t.Setenv("DYAD_PATTERN_DIR", t.TempDir())
	dir := t.TempDir()
	p := writeFile(t, dir, "sect.txt", "@lang fr\n010 V *chuchoter a+~MED ...que\n010 V *murmurer a+^GOV ...que\n")
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text   string
		actors []string
		want   []string
	}{
		{"Le ministre a chuchoté à l'AFP que la paix était proche.", []string{"ministre=FRAGOV", "AFP=FRAMED"}, nil},
		{"Le ministre a chuchoté à Berlin que la paix était proche.", []string{"ministre=FRAGOV", "Berlin=DEUGOV"}, []string{"FRAGOV>DEUGOV:010"}},
		{"Le ministre a murmuré à la CGT que la paix était proche.", []string{"ministre=FRAGOV", "CGT=FRALAB"}, nil},
		{"Le ministre a murmuré au chancelier que la paix était proche.", []string{"ministre=FRAGOV", "chancelier=DEUGOV"}, []string{"FRAGOV>DEUGOV:010"}},
	}
	for _, tc := range cases {
		got := codeWith(t, c, "fr", tc.text, tc.actors...)
		if !sameEvents(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// The embedded lines: a statement told to a state addressee is coded 010
// towards it; told to the press, a union or a place, it is not.
func TestSectorSlotStatements(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le président français a affirmé au chancelier allemand que la France soutiendrait l'Ukraine.", []string{"FRAGOV>DEUGOV:010"}, nil},
		{"fr", "Le président Macron a assuré à Volodymyr Zelensky que la France resterait à ses côtés.", []string{"FRAGOV>UKRGOV:010"}, nil},
		{"fr", "Le ministre a déclaré à l'AFP que la France soutenait l'Ukraine.", nil, []string{"---GOV>FRAMED:010", "FRAGOV>FRAMED:010"}},
		{"fr", "Le ministre a déclaré à Kiev que la France soutenait l'Ukraine.", nil, []string{"---GOV>UKR:010"}},
		{"fr", "Le ministre a indiqué au syndicat CGT que la réforme serait maintenue.", nil, []string{"---GOV>FRALAB:010"}},
		// (weak in English: "told her Israeli counterpart that the
		// offensive must stop" stays the demand 1056 of en_news_test.go)
		{"en", "President Biden told German Chancellor Olaf Scholz that the situation was serious.", []string{"USAGOV>DEUGOV:010"}, nil},
		{"en", "Russian Foreign Minister Sergei Lavrov told his American counterpart that the talks had been useful.", []string{"RUSGOV>USAGOV:010"}, nil},
		{"en", "The minister told Reuters that the situation was serious.", nil, []string{"---GOV>GBRMED:010"}},
		{"en", "The minister told reporters that the situation was serious.", nil, []string{"---GOV>---MED:010"}},
		{"en", "The minister told the union that the situation was serious.", nil, []string{"---GOV>---LAB:010"}},
	})
}
