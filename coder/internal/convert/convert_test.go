package main

import "testing"

func TestPrimary(t *testing.T) {
	for in, want := range map[string]string{"042:043": "042", "043:042": "043:042", "043:043": "043", "042:---": "042", "010:042": "010~", ":075": "", "---": "---", "010": "010~", "1823": "1823", "abc": ""} {
		got, ok := primary(in)
		if (want == "") == ok || got != want {
			t.Errorf("primary(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestConvertPattern(t *testing.T) {
	sets := map[string][]string{"&WEAPON": {"gun", "rifle"}}
	for _, tc := range []struct{ in, want string }{
		{"* (TO +)", "*&G to+"},
		{"$ * ^ &WEAPON TO +", "$ *&G &WEAPON to+"},
		{"* {ROCKET ATTACK}", "*&G rocket attack"},
		{"* FIGHTER_&WEAPON", "*&G fighter &WEAPON"},
	} {
		got, ok := convertPattern(tc.in, "&G", sets)
		if !ok || got != tc.want {
			t.Errorf("convertPattern(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	if _, ok := convertPattern("* &UNKNOWN", "&G", sets); ok {
		t.Error("a pattern with an unknown set must be dropped")
	}
	if _, ok := convertPattern("WORDS ONLY", "&G", sets); ok {
		t.Error("a pattern without * must be dropped")
	}
}

// PETRARCH writes a few block headers without a space before the closing
// dashes ("---  DELAY   [120]---  ---"); they must open their own block,
// not merge their verbs into the block before.
func TestHeader(t *testing.T) {
	for _, tc := range []struct{ in, name, code string }{
		{"---  BLAME   [112]  ---", "BLAME", "112"},
		{"---  DELAY   [120]---  ---", "DELAY", "120"},
	} {
		m := headerRE.FindStringSubmatch(tc.in)
		if m == nil || m[1] != tc.name || m[2] != tc.code {
			t.Errorf("header %q: got %q, want %s [%s]", tc.in, m, tc.name, tc.code)
		}
	}
	if headerRE.MatchString("- * (FROM BLAME)  [120]  # DISTANCE") {
		t.Error("a pattern line is no header")
	}
}
