package text

import "testing"

// TestActorfixNameAcrossLine: a hard line break inside a name after a title
// (OCR, wrapped text) does not end the sentence; a headline line still does.
func TestActorfixNameAcrossLine(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Le conseiller fédéral M. René\nMeylan a reçu la délégation.", "Le conseiller fédéral M. René\nMeylan a reçu la délégation."},
		{"Selon M. Jean\nDupont, le conseil a refusé.", "Selon M. Jean\nDupont, le conseil a refusé."},
		{"Grève à Paris\nLes syndicats ont manifesté.", "Grève à Paris || Les syndicats ont manifesté."},
	}
	for _, c := range cases {
		if got := sents(c.text, "fr"); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
