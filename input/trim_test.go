package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
)

// TestTrimArticle checks the furniture removed from go-readability's
// article and that the article text stays.
func TestTrimArticle(t *testing.T) {
	related := `<h3>Mehr zum Thema</h3><ul><li><a href="/a">Ein anderer Artikel über Pakistan und die Taliban</a></li><li><a href="/b">Noch ein anderer Artikel über Afghanistan</a></li></ul>`
	cases := []struct{ name, body, gone string }{
		{"figcaption", `<figure><img src="x.jpg"><figcaption>Le ministre à Islamabad, mardi.</figcaption></figure>`, "Le ministre à Islamabad"},
		{"caption-class", `<div class="image-caption">Le ministre à Islamabad, mardi.</div>`, "Le ministre à Islamabad"},
		{"credit", `<p>Le ministre pakistanais et son hôte américain à Islamabad. (Photo: AFP)</p>`, "son hôte américain"},
		{"read-also", `<p>À lire aussi : <a href="/x">Les talibans reprennent Kaboul</a></p>`, "Les talibans reprennent Kaboul"},
	}
	for _, c := range cases {
		d, err := ExtractHTML([]byte(page("", c.body)), "", "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if strings.Contains(d.Text, c.gone) {
			t.Errorf("%s: %q kept in %q", c.name, c.gone, d.Text)
		}
		if !strings.Contains(d.Text, "Le secrétaire d’État américain a rencontré") || !strings.Contains(d.Text, "un porte-parole du département d’État") {
			t.Errorf("%s: article text lost: %q", c.name, d.Text)
		}
	}
	// a trailing list of links and its heading go, after the article
	src := `<!DOCTYPE html><html lang="de"><head><title>Titel</title></head><body><article><h1>Titel</h1>` + article + related + `</article></body></html>`
	d, err := ExtractHTML([]byte(src), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "Mehr zum Thema") || strings.Contains(d.Text, "anderer Artikel") || !strings.Contains(d.Text, "gouvernement inclusif") {
		t.Errorf("trailing links: %q", d.Text)
	}
	// "Mehr zum Thema" with article text after it: only the line and its link go
	src = `<!DOCTYPE html><html lang="de"><head><title>Titel</title></head><body><article><h1>Titel</h1>` + article +
		`<p>Lesen Sie auch: <a href="/c">Ein anderer Artikel</a></p><p>` + strings.Repeat("Der Text des Artikels geht nach dem Hinweis weiter und bleibt stehen. ", 4) + `</p></article></body></html>`
	d, err = ExtractHTML([]byte(src), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "Lesen Sie auch") || !strings.Contains(d.Text, "geht nach dem Hinweis weiter") {
		t.Errorf("inline read-also: %q", d.Text)
	}
}

// TestFallback checks the block rule used when go-readability finds
// little: long blocks with few links are kept with the short blocks
// between them; navigation, hidden blocks, link lists and isolated short
// lines are left out.
func TestFallback(t *testing.T) {
	long := func(s string) string {
		return strings.Repeat(s+" du texte principal de la page, assez longue pour compter. ", 2)
	}
	src := `<html><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<div><p>Publicité</p></div>
<div class="c"><div>` + long("Premier bloc") + `</div><h2>Sous-titre court</h2><div>` + long("Deuxième bloc") + `</div>
<div style="display:none">` + long("Bloc caché") + `</div>
<ul><li><a href="/a">` + long("Lien vers un autre article") + `</a></li></ul>
<div>` + long("Troisième bloc") + `</div></div>
<div class="comments"><p>` + long("Un commentaire") + `</p></div>
<p>Mentions légales</p></body></html>`
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	got := fallbackText(fallbackBlocks(root))
	for _, want := range []string{"Premier bloc", "Sous-titre court", "Deuxième bloc", "Troisième bloc"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from %q", want, got)
		}
	}
	for _, bad := range []string{"Accueil", "Publicité", "Bloc caché", "Lien vers", "commentaire", "Mentions légales"} {
		if strings.Contains(got, bad) {
			t.Errorf("%q kept in %q", bad, got)
		}
	}
}

// TestLateMetaCharset checks that a <meta charset> past the first 1024
// bytes is honoured for a page that is not valid UTF-8.
func TestLateMetaCharset(t *testing.T) {
	pad := "<!-- " + strings.Repeat("archive toolbar ", 80) + " -->"
	src := "<html><head>" + pad + `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Т</title></head><body><p>` +
		strings.Repeat("Министр иностранных дел встретился в Исламабаде с премьер-министром. ", 10) + "</p></body></html>"
	b, err := charmap.Windows1251.NewEncoder().String(src)
	if err != nil {
		t.Fatal(err)
	}
	d, err := ExtractHTML([]byte(b), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "Министр иностранных дел") {
		t.Errorf("text %q", head(d.Text, 80))
	}
}

// TestLead checks that the standfirst set apart by the headline, which the
// page repeats in its description, is put before the article text once.
func TestLead(t *testing.T) {
	lead := "Le chef de la diplomatie américaine a plaidé mardi à Islamabad pour un gouvernement inclusif à Kaboul."
	src := `<!DOCTYPE html><html lang="fr"><head><title>Rencontre</title><meta name="description" content="` + lead + `"></head><body>
<header class="head"><h1>Rencontre à Islamabad</h1><div class="standfirst-box"><p class="chapo">` + lead + `</p></div></header>
<article>` + article + `</article></body></html>`
	d, err := ExtractHTML([]byte(src), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Text, lead) || strings.Count(d.Text, lead) != 1 || !strings.Contains(d.Text, "Le secrétaire d’État américain") {
		t.Errorf("text %q", d.Text)
	}
	// a description written only for the metadata adds nothing
	src = strings.Replace(src, `<p class="chapo">`+lead+`</p>`, "", 1)
	if d, err = ExtractHTML([]byte(src), "", ""); err != nil || strings.Contains(d.Text, "chef de la diplomatie") {
		t.Errorf("description without a block: %v %q", err, d.Text)
	}
}

// TestLeadByClass checks the standfirst found by its class right after the
// headline when the page has no description.
func TestLeadByClass(t *testing.T) {
	lead := "Washington veut que le Pakistan use de son influence auprès des talibans."
	src := `<!DOCTYPE html><html lang="fr"><head><title>Rencontre à Islamabad</title></head><body>
<header><h1>Rencontre à Islamabad</h1><h2 class="article-teaser">` + lead + `</h2></header>
<article>` + article + `</article></body></html>`
	d, err := ExtractHTML([]byte(src), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Text, lead) || strings.Count(d.Text, lead) != 1 {
		t.Errorf("text %q", d.Text)
	}
}
