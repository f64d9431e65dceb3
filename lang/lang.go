// Package lang identifies the language of a text among fr, en, es, de,
// it, pt, ar and ru.
//
// Arabic and Russian are told by their scripts (the only Arabic-script and
// Cyrillic-script languages supported; so Persian or Ukrainian text comes
// out as ar or ru). The six Latin-script languages are told by character
// n-gram statistics (unigrams to five-grams inside words, with lingua's
// back-off from an unseen n-gram to its prefixes): the tables are converted
// from lingua-go's models (Apache-2.0, see NOTICE and data/*.ngrams.gz) by
// lang/internal/gen, 8.5 MB gzip'd, loaded once on first use (about 0.7 s,
// 36 MB of heap: letters packed into uint64 keys, log-probabilities
// quantised to 0.05). Two more kinds of evidence separate close languages
// on short texts: a function-word bonus from the Snowball stop word lists
// (data/stopwords.tsv) and the stopwords-iso lists (data/stopwords-iso.tsv,
// larger and noisier: they hold some content words), and a penalty for
// distinctive characters a language does not write (data/chars.tsv, from
// lingua's rules: ã õ for pt, ñ ¿ ¡ for es, ß for de...). A word counts against a language by at most a few
// powers of ten, so that a foreign name or term does not outweigh the rest
// of the text. The weights (cfg) were chosen on the development half of
// the accuracy sets (TestTune). The package adds about 9.3 MB to a
// binary (3.4 MB before five-grams); Detect takes 9 to 12 µs for a
// sentence of 16 to 18 words (BenchmarkDetect, BenchmarkDetectHandbook).
//
// Accuracy (go test ./lang -run TestAccuracy -v) is measured on the
// held-out half of sentences of five words or more from: The Debian
// Administrator's Handbook and the Universal Declaration of Human Rights
// in the eight languages (samples in testdata/), translated UI messages of
// the gettext catalogues installed on the machine, fortune cookies (de,
// en, es, it, pt, ru) when the Debian fortunes packages are installed, and
// French Wikinews sentences when ../shared is there: 0.997 over 5,374
// sentences, every language at 0.99 or more; 0.990 on those of five to
// seven words.
package lang

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

//go:embed data/*.ngrams.gz data/stopwords.tsv data/stopwords-iso.tsv data/chars.tsv
var dataFS embed.FS

// params are the scoring settings, chosen on the development half of the
// accuracy sets (see TestAccuracy and TestTune): the best mean accuracy
// per language over full sentences and five-word fragments. Function words
// such as "não", "donde", "the" separate close languages better than
// character n-grams on short texts; the bonuses add to the log10 n-gram
// score of each language.
type params struct {
	order  [maxOrder]float64 // weight of the n-grams of each order (1..5)
	unseen float64           // log10 probability of an n-gram unseen in a language
	stop   float64           // log10 bonus per word of the text on the language's Snowball stop word list
	iso    float64           // bonus per stop word of stopwords-iso (data/stopwords-iso.tsv)
	char   float64           // penalty per distinctive character (data/chars.tsv)
	clip   float64           // largest deficit of a language on one word (0: none)
}

var cfg = params{order: [maxOrder]float64{0.5, 1, 1, 0.5, 1}, unseen: -9, stop: 4, iso: 4, char: 4, clip: 4}

// Languages lists the codes Detect can return.
var Languages = []string{"ar", "de", "en", "es", "fr", "it", "pt", "ru"}

// latin are the languages with an n-gram model, in model order.
var latin = []string{"de", "en", "es", "fr", "it", "pt"}

const nLatin = 6

// maxOrder is the longest n-gram scored.
const maxOrder = 5

// Detector identifies languages. It implements dyad.LanguageDetector and
// is safe for concurrent use.
type Detector struct{}

var _ dyad.LanguageDetector = (*Detector)(nil)

// New returns a detector; the models load on the first Detect.
func New() *Detector { return &Detector{} }

type model struct {
	// alpha numbers the letters of the n-gram tables from 1 (at most 255)
	alpha map[rune]uint64
	// probs[key] = quantised log10 probabilities of an n-gram per latin
	// language: -q/quantum, 0 when the language has not seen the n-gram.
	// The key packs the letter numbers of the n-gram, 8 bits each, first
	// letter highest.
	probs map[uint64][nLatin]uint8
	// stop[word] has bit li set when word is a stop word of latin[li]
	stop map[string]uint8
	// iso[word]: the same for the stopwords-iso lists
	iso map[string]uint8
	// chars[r] has bit li set when latin[li] writes the distinctive
	// character r (data/chars.tsv)
	chars map[rune]uint8
}

var (
	once   sync.Once
	mdl    *model
	mdlErr error
)

func load() (*model, error) {
	once.Do(func() {
		m := &model{alpha: map[rune]uint64{}, probs: make(map[uint64][nLatin]uint8, 1<<20)}
		for li, l := range latin {
			if err := m.read(li, l); err != nil {
				mdlErr = err
				return
			}
		}
		if err := m.readStop(); err != nil {
			mdlErr = err
			return
		}
		if err := m.readChars(); err != nil {
			mdlErr = err
			return
		}
		mdl = m
	})
	return mdl, mdlErr
}

func (m *model) read(li int, l string) error {
	f, err := dataFS.Open("data/" + l + ".ngrams.gz")
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(zr)
	order := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# order ") {
			fmt.Sscanf(line, "# order %d", &order)
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		tab := strings.IndexByte(line, '\t')
		if tab < 0 || order < 1 || order > maxOrder {
			return fmt.Errorf("lang: data/%s.ngrams.gz: bad line %q", l, line)
		}
		p, err := strconv.ParseFloat(line[tab+1:], 32)
		if err != nil {
			return fmt.Errorf("lang: data/%s.ngrams.gz: %v", l, err)
		}
		var key uint64
		n := 0
		for _, r := range line[:tab] {
			c, ok := m.alpha[r]
			if !ok {
				if len(m.alpha) == 255 {
					return fmt.Errorf("lang: data/%s.ngrams.gz: more than 255 letters", l)
				}
				c = uint64(len(m.alpha) + 1)
				m.alpha[r] = c
			}
			key = key<<8 | c
			n++
		}
		if n != order {
			return fmt.Errorf("lang: data/%s.ngrams.gz: %q is not of order %d", l, line[:tab], order)
		}
		e := m.probs[key]
		e[li] = uint8(math.Max(1, math.Min(255, math.Round(-p*quantum))))
		m.probs[key] = e
	}
	return sc.Err()
}

// quantum is the number of steps per power of ten of the quantised
// probabilities (log10 probabilities from -0.05 down to -12.75).
const quantum = 20

func (m *model) readStop() error {
	var err error
	if m.stop, err = readWords("data/stopwords.tsv"); err != nil {
		return err
	}
	m.iso, err = readWords("data/stopwords-iso.tsv")
	return err
}

// readWords reads a "lang<TAB>word" file into a map from word to the set
// of its languages (bit li for latin[li]).
func readWords(path string) (map[string]uint8, error) {
	b, err := dataFS.ReadFile(path)
	if err != nil {
		return nil, err
	}
	words := map[string]uint8{}
	idx := map[string]int{}
	for i, l := range latin {
		idx[l] = i
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		l, w, ok := strings.Cut(line, "\t")
		li, known := idx[l]
		if !ok || !known {
			return nil, fmt.Errorf("lang: %s: bad line %q", path, line)
		}
		words[w] |= 1 << li
	}
	return words, nil
}

func (m *model) readChars() error {
	b, err := dataFS.ReadFile("data/chars.tsv")
	if err != nil {
		return err
	}
	m.chars = map[rune]uint8{}
	idx := map[string]int{}
	for i, l := range latin {
		idx[l] = i
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		chars, langs, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("lang: data/chars.tsv: bad line %q", line)
		}
		var bits uint8
		for _, l := range strings.Fields(langs) {
			li, known := idx[l]
			if !known {
				return fmt.Errorf("lang: data/chars.tsv: unknown language in %q", line)
			}
			bits |= 1 << li
		}
		for _, r := range chars {
			m.chars[r] = bits
		}
	}
	return nil
}

// Detect returns the language of text and a confidence in [0,1]; "" and 0
// when the text has no letters. Only the first 2,000 letters are looked at.
func (d *Detector) Detect(text string) (string, float64) {
	t := tokenize(text)
	words, marks, letters, arabic, cyrillic := t.words, t.marks, t.letters, t.arabic, t.cyrillic
	if letters == 0 {
		return "", 0
	}
	// a text with a good share of Arabic or Cyrillic letters is Arabic or
	// Russian even when it quotes Latin-script names and terms
	switch {
	case arabic*10 >= letters*3 && arabic >= cyrillic:
		return "ar", math.Min(1, 0.5+float64(arabic)/float64(letters))
	case cyrillic*10 >= letters*3:
		return "ru", math.Min(1, 0.5+float64(cyrillic)/float64(letters))
	}
	m, err := load()
	if err != nil {
		return "", 0
	}
	score, count := m.score(words, marks, &cfg)
	if count == 0 {
		return "", 0
	}
	best := 0
	for li := 1; li < nLatin; li++ {
		if score[li] > score[best] {
			best = li
		}
	}
	// confidence: the best language's share of a softmax over mean
	// per-n-gram log-probabilities, scaled so that short texts are less sure
	sum := 0.0
	k := math.Min(float64(count), 60) / float64(count) * math.Ln10
	for li := 0; li < nLatin; li++ {
		sum += math.Exp((score[li] - score[best]) * k)
	}
	return latin[best], 1 / sum
}

// tokens are the Latin-script words of a text (lower case), its
// distinctive marks (¿ ¡) and its letter counts by script.
type tokens struct {
	words                     []string
	marks                     []rune
	letters, arabic, cyrillic int
}

// tokenize splits the first 2,000 letters of text into words.
func tokenize(text string) tokens {
	var t tokens
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			t.words = append(t.words, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range text {
		if t.letters >= 2000 {
			break
		}
		if unicode.IsLetter(r) {
			t.letters++
			switch {
			case unicode.Is(unicode.Arabic, r):
				t.arabic++
			case unicode.Is(unicode.Cyrillic, r):
				t.cyrillic++
			case unicode.Is(unicode.Latin, r):
				cur = utf8.AppendRune(cur, unicode.ToLower(r))
				continue
			}
			flush()
			continue
		}
		if r == '¿' || r == '¡' {
			t.marks = append(t.marks, r)
		}
		flush() // apostrophes, hyphens, digits split words, as in lingua's training
	}
	flush()
	return t
}

// score returns the log10 score of each latin language for the words
// (lower case) and the number of n-grams scored.
func (m *model) score(words []string, marks []rune, p *params) ([nLatin]float64, int) {
	var score [nLatin]float64
	count := 0
	var codes []uint64
	for _, w := range words {
		var ws [nLatin]float64 // this word's n-gram score
		codes = codes[:0]
		for _, r := range w {
			codes = append(codes, m.alpha[r]) // 0: a letter no table has
		}
		for i := range codes {
			// the log10 probability of each prefix of w[i:] up to
			// maxOrder letters, per language (0: unseen)
			var pre [maxOrder][nLatin]uint8
			var key uint64
			k := 0
			for ; k < maxOrder && i+k < len(codes) && codes[i+k] != 0; k++ {
				key = key<<8 | codes[i+k]
				pre[k] = m.probs[key]
			}
			for n := 1; n <= maxOrder && i+n <= len(codes); n++ {
				wt := p.order[n-1]
				if wt == 0 {
					continue
				}
				count++
				// back off from the n-gram to its longest seen prefix
				for li := 0; li < nLatin; li++ {
					lp := p.unseen
					for j := min(n, k) - 1; j >= 0; j-- {
						if q := pre[j][li]; q != 0 {
							lp = -float64(q) / quantum
							break
						}
					}
					ws[li] += wt * lp
				}
			}
		}
		// a word counts against a language by at most clip (a foreign
		// name or term should not outweigh the rest of the text)
		top := ws[0]
		for _, v := range ws[1:] {
			top = max(top, v)
		}
		for li := range ws {
			if p.clip > 0 && ws[li] < top-p.clip {
				ws[li] = top - p.clip
			}
			score[li] += ws[li] - top
		}
	}
	for _, w := range words {
		if bits := m.stop[w]; bits != 0 {
			for li := 0; li < nLatin; li++ {
				if bits&(1<<li) != 0 {
					score[li] += p.stop
				}
			}
		}
		if bits := m.iso[w]; bits != 0 && p.iso != 0 {
			for li := 0; li < nLatin; li++ {
				if bits&(1<<li) != 0 {
					score[li] += p.iso
				}
			}
		}
	}
	if p.char != 0 {
		// each distinctive character (or ¿ ¡ mark) counts against the
		// languages that do not write it
		penal := func(bits uint8) {
			for li := 0; li < nLatin; li++ {
				if bits&(1<<li) == 0 {
					score[li] -= p.char
				}
			}
		}
		for _, w := range words {
			for _, r := range w {
				if r < 0xC0 {
					continue
				}
				if bits, ok := m.chars[r]; ok {
					penal(bits)
				}
			}
		}
		for _, r := range marks {
			penal(m.chars[r])
		}
	}
	return score, count
}

// Stage is the pipeline stage that fills Document.Lang when it is empty
// (a document whose language is given is not re-detected).
type Stage struct {
	Det *Detector
	// Default is used when detection fails ("" leaves Lang empty).
	Default string
}

// NewStage returns the language stage.
func NewStage() *Stage { return &Stage{Det: New()} }

// Name implements dyad.Stage.
func (s *Stage) Name() string { return "lang" }

// Process implements dyad.Stage.
func (s *Stage) Process(a *dyad.Analysis) error {
	if a.Doc == nil || a.Doc.Lang != "" {
		return nil
	}
	l, conf := s.Det.Detect(a.Doc.Text)
	if l == "" {
		l = s.Default
	}
	a.Doc.Lang = l
	a.Tracef("lang", "detected %q (confidence %.2f)", l, conf)
	return nil
}
