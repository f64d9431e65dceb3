package text

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

// The language knowledge of the segmenter lives in data/*.txt (see the
// header of each file for its format and source).
//
//go:embed data/*.txt
var dataFS embed.FS

// abbrClass tells whether an abbreviation may end a sentence.
type abbrClass uint8

const (
	abbrTitle abbrClass = iota + 1 // never ends a sentence (M., Mr., Gen.)
	abbrNum                        // ends a sentence unless a number follows (p., art., No.)
	abbrFinal                      // ends a sentence before a capitalised word (etc., Inc.)
)

// lexicon is the per-language data of the segmenter.
type lexicon struct {
	french   bool
	abbrev   map[string]abbrClass // exact form with the final period
	elision  map[string]bool      // folded "l'"
	suffix   map[string]bool      // folded English clitic suffixes "'s", "n't"
	keep     map[string]bool      // folded words never split
	clitic   map[string]bool      // French pronouns after a hyphen
	starter  map[string]bool      // folded sentence-starting words
	particle map[string]bool      // folded starters that also begin surnames
	pronoun  map[string]bool      // folded capitalised pronouns that start a sentence
}

func loadLexicon(lang string) (*lexicon, error) {
	lx := &lexicon{
		french:   lang == "fr",
		abbrev:   map[string]abbrClass{},
		elision:  map[string]bool{},
		suffix:   map[string]bool{},
		keep:     map[string]bool{},
		clitic:   map[string]bool{},
		starter:  map[string]bool{},
		particle: map[string]bool{},
		pronoun:  map[string]bool{},
	}
	if err := readLines("data/abbrev_"+lang+".txt", func(sec, line string) error {
		f := strings.Fields(line)
		c := abbrTitle
		if len(f) > 1 {
			switch f[1] {
			case "title":
			case "num":
				c = abbrNum
			case "final":
				c = abbrFinal
			default:
				return fmt.Errorf("unknown class %q", f[1])
			}
		}
		if !strings.HasSuffix(f[0], ".") {
			return fmt.Errorf("abbreviation %q must end with a period", f[0])
		}
		lx.abbrev[f[0]] = c
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readLines("data/lexicon_"+lang+".txt", func(sec, line string) error {
		w := Fold(strings.TrimSpace(line))
		switch sec {
		case "elision":
			lx.elision[w] = true
		case "suffix":
			lx.suffix[w] = true
		case "keep":
			lx.keep[w] = true
		case "clitic":
			lx.clitic[w] = true
		case "starter":
			lx.starter[w] = true
		case "particle":
			lx.particle[w] = true
		case "pronoun":
			lx.pronoun[w] = true
		default:
			return fmt.Errorf("entry outside a known section: %q", line)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	return lx, nil
}

// readLines calls fn for every non-empty, non-comment line of an embedded
// file, with the current [section] name.
func readLines(name string, fn func(section, line string) error) error {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	sec, n := "", 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' && line[len(line)-1] == ']' {
			sec = line[1 : len(line)-1]
			continue
		}
		if err := fn(sec, line); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
	}
	return sc.Err()
}
