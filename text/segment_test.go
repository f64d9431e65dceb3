package text

import (
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad"
)

// toks returns the token texts of the whole text, joined by "|".
func toks(text, lang string) string {
	s := New()
	var out []string
	for _, tk := range s.Tokens(text, dyad.Span{Start: 0, End: len(text)}, lang) {
		out = append(out, tk.Text)
	}
	return strings.Join(out, "|")
}

// sents returns the sentence texts joined by " || ".
func sents(text, lang string) string {
	var out []string
	for _, sp := range New().Sentences(text, lang) {
		out = append(out, text[sp.Start:sp.End])
	}
	return strings.Join(out, " || ")
}

func TestTokensFrench(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// elisions, both apostrophes, the apostrophe on the first token
		{"l'armée d'Al-Qaïda", "l'|armée|d'|Al-Qaïda"},
		{"l’armée", "l’|armée"},
		{"qu'il jusqu'à presqu'une lorsqu'on puisqu'elle", "qu'|il|jusqu'|à|presqu'|une|lorsqu'|on|puisqu'|elle"},
		{"n'a s'est c'est j'ai m'a t'as", "n'|a|s'|est|c'|est|j'|ai|m'|a|t'|as"},
		{"L'ONU D’après QU'IL", "L'|ONU|D’|après|QU'|IL"},
		{"qu'aujourd'hui", "qu'|aujourd'hui"},
		{"quelqu'un c'est-à-dire", "quelqu'un|c'est-à-dire"},
		{"jusqu' à", "jusqu'|à"},
		{"O'Brien", "O'Brien"},
		// hyphens: names stay whole, inverted pronouns split
		{"États-Unis Tehreek-e-Taliban attentat-suicide 11-Septembre peut-être",
			"États-Unis|Tehreek-e-Taliban|attentat-suicide|11-Septembre|peut-être"},
		{"a-t-il dit-il précise-t-on est-ce", "a|-t-il|dit|-il|précise|-t-on|est|-ce"},
		{"Donne-le-moi rendez-vous", "Donne|-le|-moi|rendez-vous"},
		{"qu'a-t-elle", "qu'|a|-t-elle"},
		{"a\u2011t\u2011il dit\u2010il", "a|\u2011t\u2011il|dit|\u2010il"},
		// numbers
		{"2,5 1 000 13\u00a0000 13\u202f000 1,000,000", "2,5|1 000|13\u00a0000|13\u202f000|1,000,000"},
		{"3.8% 3,8 %", "3.8|%|3,8|%"},
		{"le 20e et le 1er", "le|20e|et|le|1er"},
		{"à 14h30, 9h, 19 h 30, 14h300 5ha", "à|14|h|30|,|9|h|,|19|h|30|,|14h300|5ha"},
		{"en 2020 100 morts", "en|2020|100|morts"},
		{"1 0000", "1|0000"},
		{"1971-72 1/10", "1971-72|1/10"},
		// dates
		{"24.10.2021 18 - 12 - 2020 2021-10-22 10/22/2021 22/10/21",
			"24.10.2021|18 - 12 - 2020|2021-10-22|10/22/2021|22/10/21"},
		{"1.8.2 40/50/2020", "1.8.2|40/50/2020"},
		// punctuation
		{"« Oui » “non” (peut-être)...", "«|Oui|»|“|non|”|(|peut-être|)|..."},
		{"Quoi ?! Bon… --", "Quoi|?!|Bon|…|--"},
		// abbreviations, initials, acronyms
		{"M. Dupont, MM. Durand, Mme Martin", "M.|Dupont|,|MM.|Durand|,|Mme|Martin"},
		{"p. ex. av. J.-C. etc.", "p.|ex.|av.|J.-C.|etc."},
		{"J. R. R. Tolkien", "J.|R.|R.|Tolkien"},
		{"l'O.N.U. U.S.A", "l'|O.N.U.|U.S.A"},
		{"M.Biden", "M.|Biden"},
		{"Post.D’après", "Post|.|D’|après"},
		// addresses
		{"voir https://ex.com/a?b=1. Et www.lemonde.fr, x.y@z.fr", "voir|https://ex.com/a?b=1|.|Et|www.lemonde.fr|,|x.y@z.fr"},
		{"#Paris @AFP", "#Paris|@AFP"},
	} {
		if got := toks(c.in, "fr"); got != c.want {
			t.Errorf("Tokens(%q)\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}

func TestTokensEnglish(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"John's car", "John|'s|car"},
		{"don't can't won't", "do|n't|ca|n't|wo|n't"},
		{"they're we've I'll she'd I'm", "they|'re|we|'ve|I|'ll|she|'d|I|'m"},
		{"it’s", "it|’s"},
		{"O'Brien o'clock", "O'Brien|o'clock"},
		{"l'armée", "l'armée"}, // no French elision in English
		{"1,000,000 3.8% 13 000", "1,000,000|3.8|%|13|000"},
		{"10/22/2021 2021-10-22", "10/22/2021|2021-10-22"},
		{"Mr. Smith Gen. Miller Jan. 6 U.S. Army", "Mr.|Smith|Gen.|Miller|Jan.|6|U.S.|Army"},
		{"George W. Bush e.g. a.m.", "George|W.|Bush|e.g.|a.m."},
		{"dit-il", "dit-il"},
	} {
		if got := toks(c.in, "en"); got != c.want {
			t.Errorf("Tokens(%q)\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}

func TestTokenFields(t *testing.T) {
	text := "  Les États-Unis, le 24.10.2021 : 13 000 soldats (3,8 %)."
	want := map[string]dyad.TokenKind{
		"Les": dyad.Word, "États-Unis": dyad.Word, ",": dyad.Punct, "24.10.2021": dyad.DateTok,
		"13 000": dyad.Number, "%": dyad.Symbol, "(": dyad.Punct, ".": dyad.Punct,
	}
	seen := 0
	for _, tk := range New().Tokens(text, dyad.Span{Start: 0, End: len(text)}, "fr") {
		if text[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %q at %d-%d does not match the text %q", tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
		}
		if tk.Norm != Fold(tk.Text) {
			t.Errorf("token %q: Norm %q, want %q", tk.Text, tk.Norm, Fold(tk.Text))
		}
		if k, ok := want[tk.Text]; ok {
			seen++
			if tk.Kind != k {
				t.Errorf("token %q: kind %v, want %v", tk.Text, tk.Kind, k)
			}
		}
	}
	if seen < len(want) {
		t.Errorf("only %d of the %d expected tokens found", seen, len(want))
	}
	// a sub-span
	sp := dyad.Span{Start: strings.Index(text, "le"), End: strings.Index(text, " :")}
	var got []string
	for _, tk := range New().Tokens(text, sp, "fr") {
		got = append(got, tk.Text)
	}
	if strings.Join(got, "|") != "le|24.10.2021" {
		t.Errorf("Tokens in %v = %v", sp, got)
	}
}

func TestSentencesFrench(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"« Je pars. » Il est parti.", "« Je pars. » || Il est parti."},
		{"Il a dit : « Je pars. » Puis il est parti.", "Il a dit : « Je pars. » || Puis il est parti."},
		{"« Où ? » demanda-t-il. Personne.", "« Où ? » demanda-t-il. || Personne."},
		{"Il a dit \"non.\" Puis il est parti.", "Il a dit \"non.\" || Puis il est parti."},
		{"Il part. \"Je reviendrai\", dit-il.", "Il part. || \"Je reviendrai\", dit-il."},
		{"Il part (demain). Elle reste.", "Il part (demain). || Elle reste."},
		{"Il part (c'est sûr.) Elle reste.", "Il part (c'est sûr.) || Elle reste."},
		{"M. Macron et Mme. Merkel. Dr. Martin et MM. Durand.", "M. Macron et Mme. Merkel. || Dr. Martin et MM. Durand."},
		{"Voir le No. 5. No. Le suivant.", "Voir le No. 5. || No. || Le suivant."},
		{"Selon J. R. R. Tolkien, oui. Voir p. 15 et p. ex. le chapitre.", "Selon J. R. R. Tolkien, oui. || Voir p. 15 et p. ex. le chapitre."},
		{"Né en 52 av. J.-C. Il mourut.", "Né en 52 av. J.-C. || Il mourut."},
		{"Des pommes, des poires, etc. Le marché ferme.", "Des pommes, des poires, etc. || Le marché ferme."},
		{"Il a vu l'art. 3 du code.", "Il a vu l'art. 3 du code."},
		{"Attendez... Il arrive.", "Attendez... || Il arrive."},
		{"Attendez… il arrive.", "Attendez… il arrive."},
		{"Il a dit (...) Non.", "Il a dit (...) Non."},
		{"Il est là ! Vraiment ? Oui.", "Il est là ! || Vraiment ? || Oui."},
		{"Il est 20 h. 14 personnes sont mortes.", "Il est 20 h. || 14 personnes sont mortes."},
		{"selon le Washington Post.D’après deux représentants, non.", "selon le Washington Post. || D’après deux représentants, non."},
		{"Les U.S.A sont là. M.Biden parle.", "Les U.S.A sont là. || M.Biden parle."},
		{"Le 24.10.2021 il pleut. Le 25 aussi.", "Le 24.10.2021 il pleut. || Le 25 aussi."},
		{"Titre de l'article\nLe texte commence ici.", "Titre de l'article || Le texte commence ici."},
		{"Premier paragraphe sans point\n\nsecond paragraphe", "Premier paragraphe sans point || second paragraphe"},
		{"une ligne coupée\nau milieu de la phrase.", "une ligne coupée\nau milieu de la phrase."},
		{"des pommes,\nDes poires.", "des pommes,\nDes poires."},
		{"Article 1\n1. Toute personne a droit. 2. Nul ne peut.", "Article 1 || 1. Toute personne a droit. || 2. Nul ne peut."},
		{"la liste suivante ; Il faut aussi ; Paris vote.", "la liste suivante ; || Il faut aussi ; Paris vote."},
		{"L'O.N.U. Le Conseil a voté. L'O.N.U. Genève a voté.", "L'O.N.U. || Le Conseil a voté. || L'O.N.U. Genève a voté."},
		{"Contacts formels et informelsToujours selon le journal, non.", "Contacts formels et informels || Toujours selon le journal, non."},
		{"Rencontre à MoscouLa situation reste tendue.", "Rencontre à Moscou || La situation reste tendue."},
		{"Il utilise WhatsApp et BlackRock, dit McDonald.", "Il utilise WhatsApp et BlackRock, dit McDonald."},
		{"Premier titre\u00a0\u00a0\u00a0\u00a0Second titre", "Premier titre || Second titre"},
		{"Deux  espaces ne coupent pas.", "Deux  espaces ne coupent pas."},
		{"Il succède à Dagobert I. Ils la donnent. Voir J. Le Goff.", "Il succède à Dagobert I. || Ils la donnent. || Voir J. Le Goff."},
		{"Paris, 12 oct. (AFP) - Le président parle. Selon l'AFP.Le texte suit. En 2020.Il part.", "Paris, 12 oct. (AFP) - Le président parle. || Selon l'AFP. || Le texte suit. || En 2020. || Il part."},
		{"Ouvrir le fichier.PDF puis la version 2.A ensuite.", "Ouvrir le fichier.PDF puis la version 2.A ensuite."},
		{"Vente de livres consacrés à Jean Ferrat Il y avait du monde.", "Vente de livres consacrés à Jean Ferrat || Il y avait du monde."},
		{"Il lit Il Corriere della Sera et voit Elle Fanning au CES de Las Vegas.", "Il lit Il Corriere della Sera et voit Elle Fanning au CES de Las Vegas."},
		{"   ", ""},
	} {
		if got := sents(c.in, "fr"); got != c.want {
			t.Errorf("Sentences(%q)\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}

func TestSentencesEnglish(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mr. Smith met Gen. Miller on Jan. 6. They talked.", "Mr. Smith met Gen. Miller on Jan. 6. || They talked."},
		{"George W. Bush spoke. J. R. R. Tolkien wrote.", "George W. Bush spoke. || J. R. R. Tolkien wrote."},
		{"It moved to the U.S. The army left.", "It moved to the U.S. || The army left."},
		{"The U.S. Army left.", "The U.S. Army left."},
		{"Sen. Warren and Mrs. Clinton met No. 10 officials. Feb. 3 was cold.", "Sen. Warren and Mrs. Clinton met No. 10 officials. || Feb. 3 was cold."},
		{"He works at Apple Inc. The firm grew.", "He works at Apple Inc. || The firm grew."},
		{"\"I'm leaving.\" He left.", "\"I'm leaving.\" || He left."},
		{"What? No! Yes.", "What? || No! || Yes."},
		{"It rose 3.8% in 2020. Prices fell.", "It rose 3.8% in 2020. || Prices fell."},
		{"He said no. The end.", "He said no. || The end."},
		{"We chose plan B. The rest failed. Ask J. De Niro.", "We chose plan B. || The rest failed. || Ask J. De Niro."},
	} {
		if got := sents(c.in, "en"); got != c.want {
			t.Errorf("Sentences(%q)\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}

// TestSpans checks the offsets on a text with multi-byte characters,
// no-break spaces and line breaks, and that Stage and the API agree.
func TestSpans(t *testing.T) {
	text := "\ufeffLe « président » a-t-il dit\u00a0: 13\u202f000 ?\r\n\r\nL’armée d’Al-Qaïda… Il part.\n"
	s := New()
	ss := s.Sentences(text, "")
	if len(ss) != 3 {
		t.Fatalf("got %d sentences: %v", len(ss), ss)
	}
	a := dyad.Analysis{Doc: &dyad.Document{Text: text}}
	if err := NewStage().Process(&a); err != nil {
		t.Fatal(err)
	}
	if len(a.Sentences) != len(ss) {
		t.Fatalf("Stage gave %d sentences, Sentences %d", len(a.Sentences), len(ss))
	}
	prev := 0
	for i, sp := range ss {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("bad span %v", sp)
		}
		prev = sp.End
		if a.Sentences[i].Span != sp {
			t.Errorf("Stage span %v, Sentences %v", a.Sentences[i].Span, sp)
		}
		tk := s.Tokens(text, sp, "")
		if len(tk) != len(a.Sentences[i].Tokens) {
			t.Fatalf("sentence %d: Stage %d tokens, Tokens %d", i, len(a.Sentences[i].Tokens), len(tk))
		}
		for j := range tk {
			if tk[j] != a.Sentences[i].Tokens[j] {
				t.Errorf("token %d.%d: %+v vs %+v", i, j, tk[j], a.Sentences[i].Tokens[j])
			}
			if text[tk[j].Start:tk[j].End] != tk[j].Text {
				t.Errorf("token %q: wrong offsets", tk[j].Text)
			}
		}
	}
	if got := text[ss[0].Start:ss[0].End]; got != "Le « président » a-t-il dit\u00a0: 13\u202f000 ?" {
		t.Errorf("first sentence %q", got)
	}
	if NewStage().Name() != "text" {
		t.Error("stage name")
	}
}

// TestConcurrent runs the stage from several goroutines (go test -race).
func TestConcurrent(t *testing.T) {
	texts := []string{
		"M. Macron a-t-il parlé ? Oui. Le 24.10.2021, 13 000 soldats.",
		"Mr. Smith's car. It's U.S. made. The end.",
		"« Je pars. » Il est parti.\n\nTitre\nTexte.",
	}
	want := make([]string, len(texts))
	for i, x := range texts {
		want[i] = sents(x, "fr")
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 200; n++ {
				i := n % len(texts)
				if got := sents(texts[i], "fr"); got != want[i] {
					t.Errorf("concurrent result differs: %q", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestNoLoss checks on odd inputs that tokens never overlap, stay inside
// the text and cover every non-space character.
func TestNoLoss(t *testing.T) {
	inputs := []string{
		"a\xffb ..... !!! ?? -- - ' ’ \" «» ‹› 1. 1, 1 000 000,5 1 00",
		"3 - 4 - 5 12 - 12 1.2.3.4 2021-13-45 http:// www. @ # x@",
		"J.-C. c.-à-d. U.S.-led l'-t-il -t-il a- -a ' l' qu'",
		"ÉTATS-UNIS DIT-IL 𝐀𝐁 中文。日本語 ١٢٣ x\u0301y",
		"", " ", ".", "'", "M.", "1", "a-t-", "l’",
	}
	s := New()
	for _, in := range inputs {
		for _, lang := range []string{"fr", "en"} {
			covered := make([]bool, len(in))
			end := 0
			for _, tk := range s.Tokens(in, dyad.Span{Start: 0, End: len(in)}, lang) {
				if tk.Start < end || tk.End <= tk.Start || tk.End > len(in) {
					t.Fatalf("%q: bad token %+v after %d", in, tk, end)
				}
				end = tk.End
				for k := tk.Start; k < tk.End; k++ {
					covered[k] = true
				}
			}
			for k, c := range covered {
				if !c && !strings.ContainsAny(in[k:k+1], " \t\n") && in[k] < 0x80 {
					t.Errorf("%q (%s): byte %d %q in no token", in, lang, k, in[k])
				}
			}
			prev := 0
			for _, sp := range s.Sentences(in, lang) {
				if sp.Start < prev || sp.End <= sp.Start {
					t.Fatalf("%q: bad sentence %v", in, sp)
				}
				prev = sp.End
			}
		}
	}
}

// A text without sentence punctuation is cut into sentences of at most
// MaxSentenceTokens tokens, preferring a cut after a comma.
func TestMaxSentenceTokens(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 2000; i++ {
		b.WriteString("mot ")
		if i%37 == 36 {
			b.WriteString(", ")
		}
	}
	txt := b.String()
	seg := New()
	sents := seg.Analyze(txt, "fr")
	if len(sents) < 2000/MaxSentenceTokens {
		t.Fatalf("%d sentences for 2000+ tokens", len(sents))
	}
	total := 0
	for i, s := range sents {
		n := len(s.Tokens)
		total += n
		if n > MaxSentenceTokens {
			t.Errorf("sentence %d has %d tokens", i, n)
		}
		if i < len(sents)-1 && s.Tokens[n-1].Text != "," {
			t.Errorf("sentence %d ends with %q, want a cut after a comma", i, s.Tokens[n-1].Text)
		}
	}
	if want := len(seg.Tokens(txt, dyad.Span{Start: 0, End: len(txt)}, "fr")); total != want {
		t.Errorf("sentences hold %d tokens, text has %d", total, want)
	}
	if spans := seg.Sentences(txt, "fr"); len(spans) != len(sents) {
		t.Errorf("Sentences gives %d spans, Analyze %d sentences", len(spans), len(sents))
	}
}
