package dyad

import "testing"

func TestContentHash(t *testing.T) {
	a := ContentHash("Le Pakistan aide\nles talibans.")
	for _, same := range []string{"  Le Pakistan aide les talibans.\n", "Le\tPakistan  aide\r\n\r\nles talibans."} {
		if ContentHash(same) != a {
			t.Errorf("layout changes the hash: %q", same)
		}
	}
	for _, other := range []string{"le Pakistan aide les talibans.", "Le Pakistan aide les talibans", "Le Pakistan aidé les talibans."} {
		if ContentHash(other) == a {
			t.Errorf("different text, same hash: %q", other)
		}
	}
	if len(a) != 64 || DocIDFromHash(a) != a[:16] {
		t.Errorf("hash %q id %q", a, DocIDFromHash(a))
	}
	if ContentHash("") != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Error("empty text must hash like sha256 of nothing")
	}
}

func TestCAMEORoot(t *testing.T) {
	for code, want := range map[string]string{"036": "03", "1011": "10", "19": "19", "1": "1", "": ""} {
		if got := CAMEORoot(code); got != want {
			t.Errorf("CAMEORoot(%q) = %q, want %q", code, got, want)
		}
	}
}
