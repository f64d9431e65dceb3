package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Segmenter splits text into sentences and tokens, with byte offsets into
// the original text (Token.Text == text[Start:End]). It is rule based: the
// language knowledge (abbreviations, elisions, clitics, sentence starters)
// is read from the embedded files data/abbrev_*.txt and data/lexicon_*.txt.
// A Segmenter is safe for concurrent use.
//
// Tokenisation conventions (close to Universal Dependencies French):
//   - French elisions are cut after the apostrophe: "l'armée" → "l'" +
//     "armée", "jusqu'à" → "jusqu'" + "à" (both ' and ’); "aujourd'hui",
//     "quelqu'un" stay whole (data/lexicon_fr.txt [keep]).
//   - French inverted and imperative verb forms lose their pronoun, the
//     euphonic t staying with it: "dit-il" → "dit" + "-il", "a-t-il" → "a" +
//     "-t-il", "donne-le-moi" → "donne" + "-le" + "-moi"; other hyphenated
//     words stay whole ("États-Unis", "peut-être", "11-Septembre").
//   - English clitics are cut Penn-Treebank style: "John's" → "John" + "'s",
//     "don't" → "do" + "n't".
//   - Numbers are one token with their separators: "2,5", "1,000,000",
//     "3.8" (the "%" is a token of its own), French thousands groups
//     separated by a space, no-break or thin space when exactly three digits
//     follow ("13 000"), ordinals and glued units ("20e", "1er", "14h30").
//   - Numeric dates are one token of kind dyad.DateTok: "24.10.2021",
//     "2021-10-22", "10/22/2021", "18 - 12 - 2020".
//   - Abbreviations, initials and dotted acronyms keep their period
//     ("M.", "J.", "U.S.", "J.-C."); "..." and "…" are one token; URLs and
//     e-mail addresses are one token of kind dyad.Other.
//
// Sentence rules:
//   - ". ! ? … ..." end a sentence when the next token starts with a capital
//     letter, a digit, an opening quote or bracket or a dash, or is on a new
//     line; closing quotes and brackets after them belong to the sentence
//     that ends (« Je pars. » Il est parti. → 2 sentences). A lower-case word
//     never starts a new sentence after them.
//   - Abbreviations never end a sentence unless their class says so
//     (data/abbrev_*.txt: title, num, final); initials ("George W. Bush")
//     and dotted acronyms ("U.S.") do only before a sentence-starter word
//     ("The", "Le", ...; data/lexicon_*.txt [starter]), and an initial not
//     before a name particle ("J. Le Goff").
//   - A blank line always ends a sentence; a single line break does when the
//     next line starts with something other than a lower-case letter and the
//     line before does not end with a comma, a hyphen, an opening bracket or
//     a title abbreviation (headlines, lists, one paragraph a line).
//   - Scraped text with no space after the period ("le Washington
//     Post.D’après") is cut when a word of two or more letters ending in a
//     lower-case letter is followed by "." and a word that starts with a
//     capital and goes on in lower case ("D’après", "Toujours"), or when a
//     word or number is followed by "." and a sentence starter ("l'AFP.Le",
//     "2020.Il"); "U.S.A", "fichier.PDF" and "M.Biden" (a listed
//     abbreviation: "M." "Biden" in one sentence) are not cut.
//   - Words glued by lost layout are cut ("informelsToujours",
//     "MoscouLa"): a lower-case word of four letters or more running into a
//     capitalised lower-case word, or a capitalised word running into a
//     sentence starter ("WhatsApp", "BlackRock", "McDonald" stay whole); a
//     sentence starts at the cut when the second word is a sentence starter.
//     A gap of three spaces or more (no-break spaces of scraped menus)
//     counts as a line break.
//   - A list number opens its sentence ("1. Toute personne", "IV. Le").
//   - ";" ends a sentence before a capitalised sentence starter ("… ; Il").
//   - Abbreviations of class num and final do not end a sentence before
//     "(" ("Paris, 12 oct. (AFP)").
type Segmenter struct {
	fr, en *lexicon
	pool   sync.Pool
}

var (
	defaultOnce sync.Once
	defaultSeg  *Segmenter
)

// New returns the segmenter for all supported languages. The embedded data
// is parsed once; later calls return the same segmenter.
func New() *Segmenter {
	defaultOnce.Do(func() {
		fr, err := loadLexicon("fr")
		if err != nil {
			panic("text: " + err.Error())
		}
		en, err := loadLexicon("en")
		if err != nil {
			panic("text: " + err.Error())
		}
		defaultSeg = &Segmenter{fr: fr, en: en}
		defaultSeg.pool.New = func() any { s := make([]tok, 0, 256); return &s }
	})
	return defaultSeg
}

// lex returns the lexicon of a language: English for "en...", French for
// everything else ("" included).
func (s *Segmenter) lex(lang string) *lexicon {
	if strings.HasPrefix(lang, "en") || strings.HasPrefix(lang, "EN") {
		return s.en
	}
	return s.fr
}

func (s *Segmenter) scan(text string, from, to int, lang string, out []tok) []tok {
	sc := scanner{lx: s.lex(lang)}
	return sc.scan(text, from, to, out)
}

// Sentences splits text into sentences. Each span starts at the first and
// ends at the last character of its first and last token (no surrounding
// whitespace).
func (s *Segmenter) Sentences(text, lang string) []dyad.Span {
	p := s.pool.Get().(*[]tok)
	toks := s.scan(text, 0, len(text), lang, (*p)[:0])
	var out []dyad.Span
	s.splitCapped(text, toks, s.lex(lang), func(a, b int) {
		out = append(out, dyad.Span{Start: int(toks[a].start), End: int(toks[b].end)})
	})
	*p = toks
	s.pool.Put(p)
	return out
}

// Tokens splits a span of text into tokens (Norm = Fold(Text)).
func (s *Segmenter) Tokens(text string, within dyad.Span, lang string) []dyad.Token {
	if within.Start < 0 {
		within.Start = 0
	}
	if within.End > len(text) {
		within.End = len(text)
	}
	if within.End <= within.Start {
		return nil
	}
	p := s.pool.Get().(*[]tok)
	toks := s.scan(text, within.Start, within.End, lang, (*p)[:0])
	out := makeTokens(text, toks)
	*p = toks
	s.pool.Put(p)
	return out
}

func makeTokens(text string, toks []tok) []dyad.Token {
	out := make([]dyad.Token, len(toks))
	for k, t := range toks {
		w := text[t.start:t.end]
		out[k] = dyad.Token{Span: dyad.Span{Start: int(t.start), End: int(t.end)}, Text: w, Norm: Fold(w), Kind: t.kind}
	}
	return out
}

// Analyze returns the sentences of text with their tokens, scanning the
// text once.
func (s *Segmenter) Analyze(text, lang string) []dyad.Sentence {
	p := s.pool.Get().(*[]tok)
	toks := s.scan(text, 0, len(text), lang, (*p)[:0])
	var out []dyad.Sentence
	s.splitCapped(text, toks, s.lex(lang), func(a, b int) {
		out = append(out, dyad.Sentence{
			Span:   dyad.Span{Start: int(toks[a].start), End: int(toks[b].end)},
			Tokens: makeTokens(text, toks[a:b+1]),
		})
	})
	*p = toks
	s.pool.Put(p)
	return out
}

// first-character classes of a token, for the sentence rules
const (
	startLower = iota
	startUpper
	startDigit
	startOpen  // opening quote or bracket, dash, bullet
	startOther // other punctuation: , ; : ) ...
)

func startClass(text string, t tok) int {
	c := text[t.start]
	if c < utf8.RuneSelf {
		switch {
		case asciiClass[c]&cUpper != 0:
			return startUpper
		case asciiClass[c]&cLetter != 0:
			return startLower
		case asciiClass[c]&cDigit != 0:
			return startDigit
		}
		switch c {
		case '"', '\'', '(', '[', '{', '-', '*', '¿', '¡':
			return startOpen
		}
		return startOther
	}
	r, _ := utf8.DecodeRuneInString(text[t.start:])
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return startUpper
	case unicode.IsLower(r):
		return startLower
	case unicode.IsLetter(r):
		return startUpper // scripts without case
	case unicode.IsDigit(r):
		return startDigit
	}
	switch r {
	case '«', '“', '‘', '„', '‹', '—', '–', '•', '·', '►', '▪', '¿', '¡':
		return startOpen
	}
	return startOther
}

// isCloser reports whether tok k is a closing quote or bracket; dq is the
// number of '"' seen in the text so far (an odd count: a quote is open).
func isCloser(text string, toks []tok, k int, dq int) bool {
	t := toks[k]
	if t.f&(fNL1|fNL2) != 0 {
		return false
	}
	w := text[t.start:t.end]
	switch w {
	case "»", "”", "’", ")", "]", "}", "›":
		return true
	case "\"", "'":
		spaceAfter := k+1 == len(toks) || toks[k+1].f&fSpace != 0
		switch {
		case t.f&fSpace != 0 && !spaceAfter: // opening: « "Il »
			return false
		case t.f&fSpace != 0 || spaceAfter: // « . " Il », « ." Il »
			return true
		}
		return dq%2 == 1 // glued on both sides: an open quote closes
	}
	return false
}

// MaxSentenceTokens bounds the length of a sentence. Text without sentence
// punctuation (lists, tables, scraped menus, garbage) would otherwise make
// one huge sentence, and the later stages, which look around each token
// within its sentence, would slow down on it. A longer run is cut after the
// last ; : or , of the second half of each window, else after the window.
const MaxSentenceTokens = 250

// splitCapped is split with sentences of at most MaxSentenceTokens tokens.
func (s *Segmenter) splitCapped(text string, toks []tok, lx *lexicon, fn func(a, b int)) {
	s.split(text, toks, lx, func(a, b int) {
		for b-a+1 > MaxSentenceTokens {
			cut := a + MaxSentenceTokens - 1
			for k := cut; k > a+MaxSentenceTokens/2; k-- {
				if w := text[toks[k].start:toks[k].end]; w == ";" || w == ":" || w == "," {
					cut = k
					break
				}
			}
			fn(a, cut)
			a = cut + 1
		}
		fn(a, b)
	})
}

// split finds the sentences of toks and calls fn with the indexes of the
// first and last token of each.
func (s *Segmenter) split(text string, toks []tok, lx *lexicon, fn func(a, b int)) {
	n := len(toks)
	start := 0
	dq := 0
	for k := 0; k < n; k++ {
		t := toks[k]
		if k > start && (t.f&(fNL2|fGlued) != 0 || t.f&fNL1 != 0 && lineBreak(text, toks[k-1], t) && !nameAcrossLine(text, toks, k)) {
			fn(start, k-1)
			start = k
		}
		if k > start && k+1 < n && t.f&fSpace != 0 && len(lx.pronoun) > 0 && unpunctuated(text, toks[k-1], t, toks[k+1], lx) {
			fn(start, k-1)
			start = k
		}
		w := text[t.start:t.end]
		if w == "\"" {
			dq++
		}
		if !terminal(text, toks, k) {
			continue
		}
		// closing quotes and brackets stay with the sentence that ends
		e := k
		for e+1 < n && isCloser(text, toks, e+1, dq) {
			e++
			if text[toks[e].start] == '"' {
				dq++
			}
		}
		if e+1 == n {
			k = e
			break
		}
		if ends(text, toks, start, k, e, lx) {
			fn(start, e)
			start = e + 1
		}
		k = e
	}
	if start < n {
		fn(start, n-1)
	}
}

// terminal reports whether tok k may end a sentence.
func terminal(text string, toks []tok, k int) bool {
	t := toks[k]
	if t.kind == dyad.Punct {
		switch text[t.start] {
		case '.', '!', '?', ';':
			return true
		}
		return t.f&fEllipsis != 0
	}
	return t.f&(fNum|fFinal|fAcronym|fInitial) != 0
}

// ends decides whether the sentence that starts at toks[start] ends after
// toks[e], the terminal token being toks[k] (k <= e; the tokens between are
// closing quotes).
func ends(text string, toks []tok, start, k, e int, lx *lexicon) bool {
	t := toks[k]
	nx := toks[e+1]
	if nx.f&(fNL1|fNL2) != 0 {
		return true
	}
	c := startClass(text, nx)
	// "1. Toute personne", "IV. Le": a list number opens the sentence
	if k == start+1 && text[t.start] == '.' && t.end-t.start == 1 && nx.f&fSpace != 0 {
		if p := toks[start]; p.kind == dyad.Number && p.end-p.start <= 3 || isRoman(text[p.start:p.end]) {
			return false
		}
	}
	switch {
	case t.f&fNum != 0:
		if isRoman(text[nx.start:nx.end]) {
			return false // "Vol. XVII"
		}
		return c == startUpper || c == startOpen && text[nx.start] != '('
	case t.f&fFinal != 0:
		// "Paris, 12 oct. (AFP)": a bracket does not start a sentence here
		return c == startUpper || c == startOpen && text[nx.start] != '('
	case t.f&fAcronym != 0:
		return c == startUpper && lx.starter[foldKey(text[nx.start:nx.end])]
	case t.f&fInitial != 0:
		// "Dagobert I. Ils", "le plan B. Il": an initial ends a sentence
		// before a sentence starter that is not a name particle
		// ("J. Le Goff", "A. De Gasperi").
		if c != startUpper {
			return false
		}
		w := foldKey(text[nx.start:nx.end])
		return lx.starter[w] && !lx.particle[w]
	case t.f&fEllipsis != 0:
		if k > 0 {
			switch text[toks[k-1].start:toks[k-1].end] {
			case "(", "[":
				return false
			}
		}
		return c == startUpper || c == startOpen
	}
	switch text[t.start] {
	case ';':
		// French and English write a lower-case word after a semicolon; a
		// capitalised sentence starter begins a new sentence (lists).
		return e == k && c == startUpper && lx.starter[foldKey(text[nx.start:nx.end])]
	case '!', '?':
		return c == startUpper || c == startDigit || c == startOpen
	}
	// a period
	switch c {
	case startLower, startOther:
		return false
	}
	if e == k && nx.f&fSpace == 0 {
		// glued: "Post.D’après", "l'AFP.Le", "2020.Il" yes; "2020.A",
		// "fichier.PDF" no
		if c != startUpper || k == 0 {
			return false
		}
		p := toks[k-1]
		if p.kind != dyad.Word && p.kind != dyad.Number || p.end != t.start || p.end-p.start < 2 {
			return false
		}
		if lx.starter[foldKey(text[nx.start:nx.end])] {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(text[p.start:p.end])
		if p.kind != dyad.Word || !unicode.IsLower(r) {
			return false
		}
		// the capital starts a word: "D’après", "Toujours", not "PDF"
		_, sz := utf8.DecodeRuneInString(text[nx.start:nx.end])
		r2, _ := utf8.DecodeRuneInString(text[int(nx.start)+sz : nx.end])
		return unicode.IsLower(r2) || isApos(r2)
	}
	return true
}

// isRoman reports whether w is an upper-case Roman numeral.
func isRoman(w string) bool {
	if w == "" || len(w) > 8 {
		return false
	}
	for k := 0; k < len(w); k++ {
		switch w[k] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}

// unpunctuated reports whether a sentence ends without punctuation between
// prev and cur: a lower-case word, then a capitalised subject pronoun
// followed by a lower-case word ("… à Jean Ferrat Il y avait …"); French
// writes these pronouns in lower case inside a sentence (data/lexicon_fr.txt
// [pronoun]). Acronyms ("au CES 2020") and names or foreign titles ("Elle
// Fanning", "Il Corriere della Sera") are not followed by a lower-case word
// or are not capitalised that way.
func unpunctuated(text string, prev, cur, next tok, lx *lexicon) bool {
	if cur.kind != dyad.Word || prev.kind != dyad.Word || next.kind != dyad.Word ||
		prev.f&(fTitle|fNum|fFinal|fInitial|fAcronym) != 0 || next.f&(fNL1|fNL2) != 0 {
		return false
	}
	w := text[cur.start:cur.end]
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || !(w[1] >= 'a' && w[1] <= 'z' || w[1] == '\'' || w[1] == 0xE2) || !lx.pronoun[foldKey(w)] {
		return false
	}
	if startClass(text, next) != startLower {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[prev.start:prev.end])
	return unicode.IsLower(r)
}

// lineBreak decides whether a single line break between prev and cur ends
// a sentence.
func lineBreak(text string, prev, cur tok) bool {
	if prev.f&(fTitle|fInitial) != 0 {
		return false
	}
	if startClass(text, cur) == startLower {
		return false
	}
	switch text[prev.start:prev.end] {
	case ",", "-", "(", "[", "«", "“":
		return false
	}
	return true
}

// nameAcrossLine: a line break inside a name after a title ("M. René\nMeylan",
// "Selon M. Jean\nDupont", OCR and hard-wrapped text): the token before the break
// is a capitalised word right after a title abbreviation and the token after it
// a capitalised word; no sentence ends there.
func nameAcrossLine(text string, toks []tok, k int) bool {
	if k < 2 || toks[k-2].f&fTitle == 0 {
		return false
	}
	prev, cur := toks[k-1], toks[k]
	return prev.kind == dyad.Word && cur.kind == dyad.Word && startClass(text, prev) == startUpper && startClass(text, cur) == startUpper
}

// Stage fills Analysis.Sentences with sentences and their tokens.
type Stage struct{ Seg *Segmenter }

// NewStage returns the text stage.
func NewStage() *Stage { return &Stage{Seg: New()} }

// Name implements dyad.Stage.
func (st *Stage) Name() string { return "text" }

// Process implements dyad.Stage. The language is Analysis.Doc.Lang ("" is
// read as French).
func (st *Stage) Process(a *dyad.Analysis) error {
	if a.Doc == nil {
		return nil
	}
	a.Sentences = st.Seg.Analyze(a.Doc.Text, a.Doc.Lang)
	return nil
}
