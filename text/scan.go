package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// tok is a token found by the scanner: byte span, kind and flags used by the
// sentence splitter.
type tok struct {
	start, end int32
	kind       dyad.TokenKind
	f          tokFlag
}

type tokFlag uint16

const (
	fSpace    tokFlag = 1 << iota // whitespace before the token
	fNL1                          // exactly one line break before the token
	fNL2                          // a blank line (two or more line breaks) before
	fTitle                        // abbreviation that never ends a sentence
	fNum                          // abbreviation ending a sentence unless a number follows
	fFinal                        // abbreviation that may end a sentence
	fInitial                      // single capital letter and period ("J.")
	fAcronym                      // dotted acronym ("U.S.", "U.S.A")
	fEllipsis                     // "..." or "…"
	fPiece                        // a piece split off a word (elision, clitic)
	fGlued                        // a sentence glued to the previous word ("informelsToujours")
)

// scanner tokenises text[from:to] for one language. It keeps no state
// between calls; a scanner value lives on the caller's stack.
type scanner struct {
	t  string // text cut at the end of the range
	lx *lexicon
	// glued: the next token starts a sentence glued to the previous word
	// ("informelsToujours")
	glued bool
}

// ascii classes
const (
	cLetter = 1 << iota
	cDigit
	cUpper
	cSpace
)

var asciiClass [128]uint8

func init() {
	for c := 'a'; c <= 'z'; c++ {
		asciiClass[c] = cLetter
	}
	for c := 'A'; c <= 'Z'; c++ {
		asciiClass[c] = cLetter | cUpper
	}
	for c := '0'; c <= '9'; c++ {
		asciiClass[c] = cDigit
	}
	for _, c := range " \t\n\r\v\f" {
		asciiClass[c] = cSpace
	}
}

func isSpaceRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&cSpace != 0
	}
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x200B:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isWordRune reports whether r continues a word: letters, digits and
// combining marks.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&(cLetter|cDigit) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0xAD
}

func isLetterRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&cLetter != 0
	}
	return unicode.IsLetter(r)
}

func isApos(r rune) bool   { return r == '\'' || r == '\u2019' || r == '\u02BC' }
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// thousands separators inside French numbers: space, no-break space, narrow
// no-break space, thin space.
func isNumSpace(r rune) bool { return r == ' ' || r == 0xA0 || r == 0x202F || r == 0x2009 }

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// rune at i (RuneError, 0 at the end).
func (sc *scanner) at(i int) (rune, int) {
	if i >= len(sc.t) {
		return utf8.RuneError, 0
	}
	c := sc.t[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(sc.t[i:])
}

// scan appends the tokens of text[from:to] to out.
func (sc *scanner) scan(text string, from, to int, out []tok) []tok {
	sc.t = text[:to]
	i := from
	var fl tokFlag
	nl, sp := 0, 0
	for i < to {
		if text[i] == ' ' {
			fl |= fSpace
			sp++
			i++
			continue
		}
		r, sz := sc.at(i)
		if isSpaceRune(r) {
			fl |= fSpace
			sp++
			if r == '\n' || r == 0x2028 || r == 0x2029 || (r == '\r' && (i+1 >= to || text[i+1] != '\n')) {
				nl++
			}
			i += sz
			continue
		}
		switch {
		case nl == 1:
			fl |= fNL1
		case nl > 1:
			fl |= fNL2
		case sp >= 3 && i-from > sp:
			// a wide gap in scraped text ("…2024»\u00a0\u00a0\u00a0\u00a0La France")
			// stands for a lost line break
			fl |= fNL1
		}
		if sc.glued {
			fl |= fGlued
			sc.glued = false
		}
		n0 := len(out)
		switch {
		case r < 0x80 && asciiClass[r]&cDigit != 0:
			i, out = sc.number(i, out)
		case isLetterRune(r):
			i, out = sc.word(i, out)
		default:
			i, out = sc.punct(i, r, sz, out)
		}
		if len(out) > n0 {
			out[n0].f |= fl
		}
		fl, nl, sp = 0, 0, 0
	}
	return out
}

func (sc *scanner) emit(out []tok, a, b int, k dyad.TokenKind, f tokFlag) []tok {
	return append(out, tok{start: int32(a), end: int32(b), kind: k, f: f})
}

func hasPrefixFold(s string, i int, p string) bool {
	if len(s)-i < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := s[i+k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// url scans an address starting at i (http://, https://, www.); it returns
// the end, or -1.
func (sc *scanner) url(i int) int {
	t := sc.t
	if !(hasPrefixFold(t, i, "http://") || hasPrefixFold(t, i, "https://") || hasPrefixFold(t, i, "www.")) {
		return -1
	}
	j := i
	for j < len(t) {
		r, sz := sc.at(j)
		if isSpaceRune(r) || r == '"' || r == '<' || r == '>' || r == '«' || r == '»' {
			break
		}
		j += sz
	}
	// trailing punctuation belongs to the sentence
	for j > i {
		r, sz := utf8.DecodeLastRuneInString(t[i:j])
		if r == '.' || r == ',' || r == ';' || r == ':' || r == '!' || r == '?' || r == ')' || r == ']' || r == '\'' || r == '\u2019' {
			j -= sz
			continue
		}
		break
	}
	return j
}

// word scans a word starting with a letter at i.
func (sc *scanner) word(i int, out []tok) (int, []tok) {
	t := sc.t
	if c := t[i]; c == 'h' || c == 'H' || c == 'w' || c == 'W' {
		if j := sc.url(i); j > i {
			return j, sc.emit(out, i, j, dyad.Other, 0)
		}
	}
	j := i
	nr := 0 // runes in the word
	joined := false
	lower := false // the previous rune is a lower-case letter
	for j < len(t) {
		if c := t[j]; c < utf8.RuneSelf && asciiClass[c]&(cLetter|cDigit) != 0 {
			if lower && asciiClass[c]&cUpper != 0 && !joined && nr >= 4 && sc.gluedAt(i, j) {
				break
			}
			lower = asciiClass[c] == cLetter
			j++
			nr++
			continue
		}
		r, sz := sc.at(j)
		if isWordRune(r) {
			if lower && unicode.IsUpper(r) && !joined && nr >= 4 && sc.gluedAt(i, j) {
				break
			}
			lower = unicode.IsLower(r)
			j += sz
			nr++
			continue
		}
		lower = false
		if isHyphen(r) || isApos(r) {
			r2, _ := sc.at(j + sz)
			if isWordRune(r2) {
				j += sz
				nr++
				joined = true
				continue
			}
			if isApos(r) && sc.lx.french && sc.lx.elision[foldKey(t[i:j+sz])] {
				// "jusqu' à": the apostrophe ends the elided word
				return j + sz, sc.emit(out, i, j+sz, dyad.Word, 0)
			}
			break
		}
		if r == '@' {
			if r2, _ := sc.at(j + 1); isWordRune(r2) {
				return sc.email(i, j, out)
			}
		}
		break
	}
	if j < len(t) && t[j] == '.' {
		return sc.period(i, j, nr, joined, out)
	}
	return j, sc.split(i, j, joined, out)
}

// gluedAt reports whether the word starting at i and running into a capital
// letter at j is two words glued by lost layout or OCR ("informelsToujours",
// "MoscouLa situation", "boulevardSaint-Michel"); it then sets sc.glued
// when the second word starts a sentence. The capital must start a word of
// at least three letters, all lower-case after the first; the second word
// must be a sentence starter of the lexicon ("La", "Toujours") when the
// first is capitalised, so that "WhatsApp" or "BlackRock" stay whole. A
// sentence starts at the cut only before a sentence starter.
func (sc *scanner) gluedAt(i, j int) bool {
	t := sc.t
	_, sz := sc.at(j)
	k, n := j+sz, 1
	for k < len(t) {
		r, sz := sc.at(k)
		if !unicode.IsLower(r) {
			if isWordRune(r) {
				return false
			}
			break
		}
		k += sz
		n++
	}
	starter := sc.lx.starter[Fold(t[j:k])]
	if r0, _ := sc.at(i); unicode.IsLower(r0) {
		if n < 3 {
			return false
		}
	} else if !starter {
		return false
	}
	sc.glued = starter
	return true
}

// email extends a word to an e-mail address (@ at j).
func (sc *scanner) email(i, j int, out []tok) (int, []tok) {
	t := sc.t
	j++
	for j < len(t) {
		r, sz := sc.at(j)
		if isWordRune(r) || r == '-' || r == '_' || (r == '.' && j+1 < len(t) && asciiClass[t[j+1]&0x7f]&(cLetter|cDigit) != 0 && t[j+1] < 0x80) {
			j += sz
			continue
		}
		break
	}
	return j, sc.emit(out, i, j, dyad.Other, 0)
}

// period handles a word [i,j) followed by '.': abbreviations, initials,
// dotted acronyms, file and domain names.
func (sc *scanner) period(i, j, nr int, joined bool, out []tok) (int, []tok) {
	t := sc.t
	if joined && sc.lx.french {
		// "l'art.", "l'O.N.U.": the period belongs to the word after the
		// elision
		for k := i; k < j && k-i < 12; {
			r, sz := sc.at(k)
			if isApos(r) {
				if k > i && sc.lx.elision[foldKey(t[i:k+sz])] && !strings.ContainsAny(t[k+sz:j], "-'’‐‑ʼ") {
					out = sc.emit(out, i, k+sz, dyad.Word, fPiece)
					return sc.period(k+sz, j, utf8.RuneCountInString(t[k+sz:j]), false, out)
				}
				break
			}
			k += sz
		}
	}
	if !joined && nr <= 4 {
		if e, f := sc.dotted(i, j); e > 0 {
			return e, sc.emit(out, i, e, dyad.Word, f)
		}
	}
	if c, ok := sc.lx.abbrev[t[i:j+1]]; ok {
		var f tokFlag
		switch c {
		case abbrTitle:
			f = fTitle
		case abbrNum:
			f = fNum
		case abbrFinal:
			f = fFinal
		}
		return j + 1, sc.emit(out, i, j+1, dyad.Word, f)
	}
	if nr == 1 && !joined {
		if r, _ := sc.at(i); unicode.IsUpper(r) {
			return j + 1, sc.emit(out, i, j+1, dyad.Word, fInitial)
		}
	}
	// "example.com", "Node.js": a lower-case letter right after the period
	// continues the word.
	if r, _ := sc.at(j + 1); r < 0x80 && asciiClass[r]&cLetter != 0 && asciiClass[r]&cUpper == 0 {
		k := j + 1
		kind := dyad.Word
		for k < len(t) {
			r, sz := sc.at(k)
			if isWordRune(r) || (r == '.' || r == '-' || r == '@') && k+1 < len(t) && t[k+1] < 0x80 && asciiClass[t[k+1]]&(cLetter|cDigit) != 0 {
				if r == '@' {
					kind = dyad.Other
				}
				k += sz
				continue
			}
			break
		}
		return k, sc.emit(out, i, k, kind, 0)
	}
	return j, sc.split(i, j, joined, out)
}

// dotted recognises a chain of short letter groups joined by periods and
// hyphens starting with the word [i,j) and j at '.': "U.S.", "U.S.A",
// "J.-C.", "c.-à-d.", "p.ex.", "Ph.D.". It returns the end of the longest
// listed abbreviation or acronym, and its flags; 0 if none.
func (sc *scanner) dotted(i, j int) (int, tokFlag) {
	t := sc.t
	if j+1 >= len(t) {
		return 0, 0
	}
	r0, _ := sc.at(i)
	single := j-i == utf8.RuneLen(r0) // every group is one letter, joined by '.'
	allUpper := single && unicode.IsUpper(r0)
	groups := 1
	best, bestF := 0, tokFlag(0)
	k := j // at a '.' or '-'
	for k < len(t) && k-i < 16 {
		sep := t[k]
		if sep != '.' && sep != '-' {
			break
		}
		k++
		if sep == '.' && k < len(t) && t[k] == '-' {
			k++
			single = false
		}
		if sep == '-' {
			single = false
		}
		g := k
		n := 0
		for k < len(t) {
			r, sz := sc.at(k)
			if !isLetterRune(r) {
				break
			}
			if !unicode.IsUpper(r) {
				allUpper = false
			}
			k += sz
			n++
		}
		if n == 0 || n > 4 {
			break
		}
		groups++
		if n > 1 {
			single = false
		}
		if k < len(t) && t[k] == '-' {
			continue
		}
		if k < len(t) && t[k] == '.' {
			if c, ok := sc.lx.abbrev[t[i:k+1]]; ok {
				best = k + 1
				switch c {
				case abbrFinal:
					bestF = fFinal
				case abbrNum:
					bestF = fNum
				default:
					bestF = fTitle
				}
			} else if single {
				best, bestF = k+1, fAcronym
			}
			continue
		}
		// "U.S.A" without a final period
		if single && allUpper && groups >= 3 {
			r, _ := sc.at(k)
			if !isWordRune(r) && g < k {
				best, bestF = k, fAcronym
			}
		}
		break
	}
	return best, bestF
}

// split emits the word [i,j), cutting elisions, clitics and English
// contractions off when the lexicon says so.
func (sc *scanner) split(i, j int, joined bool, out []tok) []tok {
	if !joined {
		return sc.emit(out, i, j, dyad.Word, 0)
	}
	t := sc.t
	lx := sc.lx
	if lx.keep[Fold(t[i:j])] {
		return sc.emit(out, i, j, dyad.Word, 0)
	}
	if lx.french {
		// elision: the first apostrophe
		for k := i; k < j; {
			r, sz := sc.at(k)
			if isApos(r) {
				if k > i && k-i < 12 && lx.elision[foldKey(t[i:k+sz])] {
					out = sc.emit(out, i, k+sz, dyad.Word, fPiece)
					return sc.split(k+sz, j, true, out)
				}
				break
			}
			if isHyphen(r) {
				break
			}
			k += sz
		}
		// clitic pronouns after a hyphen, from the end: at most two
		var cuts [2]int
		nc := 0
		e := j
		for nc < 2 {
			h := lastHyphen(t, i, e)
			if h < 0 {
				break
			}
			seg := t[h+1 : e]
			if h+1 < e && t[h] != '-' { // U+2010/2011 are 3 bytes
				seg = t[h+3 : e]
			}
			if !isLowerASCII(seg) || !lx.clitic[seg] {
				break
			}
			// euphonic -t- (ASCII or Unicode hyphens)
			if h-2 > i && t[h-1] == 't' && t[h-2] == '-' {
				h -= 2
			} else if h-4 > i && t[h-1] == 't' && t[h-4] == 0xE2 && t[h-3] == 0x80 && (t[h-2] == 0x90 || t[h-2] == 0x91) {
				h -= 4
			}
			if h <= i {
				break
			}
			cuts[nc] = h
			nc++
			e = h
		}
		if nc > 0 {
			out = sc.emit(out, i, cuts[nc-1], dyad.Word, 0)
			for k := nc - 1; k >= 0; k-- {
				end := j
				if k > 0 {
					end = cuts[k-1]
				}
				out = sc.emit(out, cuts[k], end, dyad.Word, fPiece)
			}
			return out
		}
		return sc.emit(out, i, j, dyad.Word, 0)
	}
	// English: a clitic at the end after the last apostrophe
	for k := j - 1; k > i; k-- {
		c := t[k]
		if c == '\'' || (c == 0x99 && k >= 2 && t[k-2] == 0xE2 && t[k-1] == 0x80) || (c == 0xBC && k >= 1 && t[k-1] == 0xCA) {
			a := k // start of the apostrophe
			if c == 0x99 {
				a = k - 2
			} else if c == 0xBC {
				a = k - 1
			}
			suf := foldKey(t[a:j])
			if lx.suffix[suf] && a > i {
				out = sc.emit(out, i, a, dyad.Word, 0)
				return sc.emit(out, a, j, dyad.Word, fPiece)
			}
			// n't
			if a-1 > i && (t[a-1] == 'n' || t[a-1] == 'N') && lx.suffix[foldKey(t[a-1:j])] {
				out = sc.emit(out, i, a-1, dyad.Word, 0)
				return sc.emit(out, a-1, j, dyad.Word, fPiece)
			}
			break
		}
		if j-k > 6 {
			break
		}
	}
	return sc.emit(out, i, j, dyad.Word, 0)
}

func lastHyphen(t string, i, e int) int {
	for k := e - 1; k > i; k-- {
		switch t[k] {
		case '-':
			return k
		case 0x90, 0x91:
			if k >= 2 && t[k-2] == 0xE2 && t[k-1] == 0x80 {
				return k - 2
			}
		}
	}
	return -1
}

func isLowerASCII(s string) bool {
	if s == "" {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] < 'a' || s[k] > 'z' {
			return false
		}
	}
	return true
}

// foldKey folds a short ASCII-plus-apostrophe string for look-ups in the
// elision and suffix sets without allocating for the common case.
func foldKey(s string) string {
	var buf [24]byte
	n := 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			if c == 0xE2 && k+2 < len(s) && s[k+1] == 0x80 && s[k+2] == 0x99 {
				c = '\''
				k += 2
			} else if c == 0xCA && k+1 < len(s) && s[k+1] == 0xBC {
				c = '\''
				k++
			} else {
				return Fold(s)
			}
		}
		if n == len(buf) {
			return Fold(s)
		}
		buf[n] = c
		n++
	}
	return string(buf[:n])
}

// number scans a token starting with a digit: dates, numbers with their
// separators, ordinals ("20e", "1er"), and words such as "11-Septembre".
func (sc *scanner) number(i int, out []tok) (int, []tok) {
	t := sc.t
	if e := sc.date(i); e > 0 {
		return e, sc.emit(out, i, e, dyad.DateTok, 0)
	}
	j := digits(t, i)
	first := j - i
	decimal := false
	for j < len(t) {
		c := t[j]
		if (c == ',' || c == '.') && j+1 < len(t) && isDigitByte(t[j+1]) {
			j = digits(t, j+1)
			if c == ',' && sc.lx.french || c == '.' && !sc.lx.french {
				decimal = true
			}
			continue
		}
		if c == ':' && first <= 2 && j+2 < len(t) && isDigitByte(t[j+1]) && isDigitByte(t[j+2]) && (j+3 >= len(t) || !isDigitByte(t[j+3])) {
			j += 3
			continue
		}
		if sc.lx.french && first <= 3 && !decimal {
			if r, sz := sc.at(j); isNumSpace(r) {
				k := j + sz
				if k+3 <= len(t) && isDigitByte(t[k]) && isDigitByte(t[k+1]) && isDigitByte(t[k+2]) && (k+3 == len(t) || !isDigitByte(t[k+3])) {
					j = k + 3
					continue
				}
			}
		}
		break
	}
	kind := dyad.Number
	// fractions, ranges and codes: 1/10, 1971-72, 1/04/289/002
	for j+1 < len(t) && (t[j] == '/' || t[j] == '-') && isDigitByte(t[j+1]) {
		j = digits(t, j+1)
	}
	// hours: "14h30" and "14h" are cut as "14" "h" "30", like "14 h 30"
	if j+1 <= len(t) && j < len(t) && (t[j] == 'h' || t[j] == 'H') && first <= 2 && j == i+first {
		if j+1 == len(t) || !isWordRune(rune(t[j+1])) || isDigitByte(t[j+1]) {
			k := digits(t, j+1)
			if k-j-1 == 0 || k-j-1 == 2 && (k == len(t) || !isWordRune(rune(t[k]))) {
				out = sc.emit(out, i, j, dyad.Number, 0)
				out = sc.emit(out, j, j+1, dyad.Word, fPiece)
				if k > j+1 {
					out = sc.emit(out, j+1, k, dyad.Number, fPiece)
				}
				return k, out
			}
		}
	}
	// ordinals and units glued to the number: 20e, 1er, 2cm
	for j < len(t) {
		r, sz := sc.at(j)
		if !isWordRune(r) {
			break
		}
		j += sz
	}
	// 11-Septembre, 4-méthyl
	for j+1 < len(t) {
		r, sz := sc.at(j)
		if !isHyphen(r) {
			break
		}
		r2, _ := sc.at(j + sz)
		if !isLetterRune(r2) {
			break
		}
		k := j + sz
		for k < len(t) {
			r, sz := sc.at(k)
			if !isWordRune(r) {
				break
			}
			k += sz
		}
		j = k
		kind = dyad.Word
	}
	return j, sc.emit(out, i, j, kind, 0)
}

func digits(t string, i int) int {
	for i < len(t) && isDigitByte(t[i]) {
		i++
	}
	return i
}

func atoi(s string) int {
	n := 0
	for k := 0; k < len(s); k++ {
		n = n*10 + int(s[k]-'0')
	}
	return n
}

// date recognises a numeric date at i: 2021-10-22, 2021/10/22,
// 24.10.2021, 10/22/2021, 22-10-21, 18 - 12 - 2020. It returns its end or 0.
func (sc *scanner) date(i int) int {
	t := sc.t
	a := digits(t, i)
	la := a - i
	if a >= len(t) {
		return 0
	}
	if la == 4 {
		sep := t[a]
		if sep != '-' && sep != '/' && sep != '.' {
			return 0
		}
		b := digits(t, a+1)
		if lb := b - a - 1; lb < 1 || lb > 2 || b >= len(t) || t[b] != sep {
			return 0
		}
		c := digits(t, b+1)
		if lc := c - b - 1; lc < 1 || lc > 2 {
			return 0
		}
		m, d := atoi(t[a+1:b]), atoi(t[b+1:c])
		if m < 1 || m > 12 || d < 1 || d > 31 || dateGoesOn(t, c, sep) {
			return 0
		}
		return c
	}
	if la < 1 || la > 2 {
		return 0
	}
	// separator, possibly with one space on both sides ("18 - 12 - 2020")
	sepAt := func(p int) (byte, int) {
		q := p
		if q < len(t) && t[q] == ' ' {
			q++
		}
		pre := q - p
		if q >= len(t) || (t[q] != '.' && t[q] != '/' && t[q] != '-') {
			return 0, 0
		}
		s := t[q]
		q++
		if pre == 1 {
			if s == '.' || q >= len(t) || t[q] != ' ' {
				return 0, 0
			}
			q++
		}
		if q >= len(t) || !isDigitByte(t[q]) {
			return 0, 0
		}
		return s, q
	}
	s1, b0 := sepAt(a)
	if s1 == 0 {
		return 0
	}
	b := digits(t, b0)
	if lb := b - b0; lb < 1 || lb > 2 {
		return 0
	}
	s2, c0 := sepAt(b)
	if s2 != s1 || (c0-b > 1) != (b0-a > 1) {
		return 0
	}
	c := digits(t, c0)
	if lc := c - c0; lc != 2 && lc != 4 {
		return 0
	}
	x, y := atoi(t[i:a]), atoi(t[b0:b])
	if x < 1 || y < 1 || x > 31 || y > 31 || (x > 12 && y > 12) || dateGoesOn(t, c, s1) {
		return 0
	}
	return c
}

// dateGoesOn reports whether a date candidate ending at c continues with
// its separator and a digit (then it is a version or code number).
func dateGoesOn(t string, c int, sep byte) bool {
	if c < len(t) && isDigitByte(t[c]) {
		return true
	}
	return c+1 < len(t) && t[c] == sep && isDigitByte(t[c+1])
}

// punct scans punctuation and symbols.
func (sc *scanner) punct(i int, r rune, sz int, out []tok) (int, []tok) {
	t := sc.t
	switch r {
	case '.':
		j := i + 1
		for j < len(t) && t[j] == '.' {
			j++
		}
		if j-i > 1 {
			return j, sc.emit(out, i, j, dyad.Punct, fEllipsis)
		}
		return j, sc.emit(out, i, j, dyad.Punct, 0)
	case '…':
		return i + sz, sc.emit(out, i, i+sz, dyad.Punct, fEllipsis)
	case '!', '?':
		j := i + 1
		for j < len(t) && (t[j] == '!' || t[j] == '?') {
			j++
		}
		return j, sc.emit(out, i, j, dyad.Punct, 0)
	case '-':
		j := i + 1
		for j < len(t) && t[j] == '-' {
			j++
		}
		return j, sc.emit(out, i, j, dyad.Punct, 0)
	case '#', '@':
		if r2, sz2 := sc.at(i + 1); isLetterRune(r2) {
			j := i + 1 + sz2
			for j < len(t) {
				r, sz := sc.at(j)
				if !isWordRune(r) && r != '_' {
					break
				}
				j += sz
			}
			return j, sc.emit(out, i, j, dyad.Other, 0)
		}
	}
	return i + sz, sc.emit(out, i, i+sz, punctKind(r), 0)
}

func punctKind(r rune) dyad.TokenKind {
	switch r {
	case '%', '‰', '&', '/', '\\', '#', '@', '*', '+', '=', '<', '>', '|', '~', '^', '°', '§', '†', '$', '€', '£', '¥':
		return dyad.Symbol
	}
	switch {
	case unicode.IsSymbol(r):
		return dyad.Symbol
	case unicode.IsPunct(r):
		return dyad.Punct
	}
	return dyad.Other
}
