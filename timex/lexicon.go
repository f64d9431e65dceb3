package timex

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// entry is one phrase of a data file section.
type entry struct {
	sec   string   // section name
	words []string // folded tokens
	acc   []bool   // per token: the data spelling had an accent
	raw   string   // the phrase as written, lower case (suffix lists)
	val   string   // value after "=", "" for plain lists
	n     int      // numeric value when val is an integer
}

// lexicon is the data of one language: entries indexed by their first
// token.
type lexicon struct {
	lang   string
	first  map[string][]*entry
	suffix map[string][]string // suffix sections, surface form, longest first
}

func loadLexicon(lang string) (*lexicon, error) {
	raw, err := dataFS.ReadFile("data/" + lang + ".txt")
	if err != nil {
		return nil, err
	}
	lx := &lexicon{lang: lang, first: map[string][]*entry{}, suffix: map[string][]string{}}
	sec := ""
	sc := bufio.NewScanner(strings.NewReader(string(raw)))
	ln := 0
	var toks []tok
	var buf []byte
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' && line[len(line)-1] == ']' {
			sec = line[1 : len(line)-1]
			continue
		}
		if sec == "" {
			return nil, fmt.Errorf("data/%s.txt:%d: entry outside a section", lang, ln)
		}
		lhs, val := line, ""
		if k := strings.LastIndex(line, " = "); k >= 0 {
			lhs, val = strings.TrimSpace(line[:k]), strings.TrimSpace(line[k+3:])
		}
		n := 0
		fmt.Sscanf(val, "%d", &n)
		for _, ph := range strings.Split(lhs, "|") {
			ph = strings.TrimSpace(ph)
			if ph == "" {
				continue
			}
			if strings.HasSuffix(sec, "suffix") {
				lx.suffix[sec] = append(lx.suffix[sec], strings.ToLower(ph))
				continue
			}
			toks, buf = tokenize(ph, 0, len(ph), toks, buf)
			if len(toks) == 0 {
				continue
			}
			e := &entry{sec: sec, val: val, n: n, raw: strings.ToLower(ph)}
			for _, t := range toks {
				e.words = append(e.words, t.norm)
				e.acc = append(e.acc, t.acc)
			}
			lx.first[e.words[0]] = append(lx.first[e.words[0]], e)
		}
	}
	for _, l := range lx.suffix {
		sort.Slice(l, func(i, j int) bool { return len(l[i]) > len(l[j]) })
	}
	for k, es := range lx.first {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].words) > len(es[j].words) })
		lx.first[k] = es
	}
	return lx, nil
}

// short words must agree on accents ("à" is not "a").
func accOK(t *tok, dataAcc bool) bool {
	if len(t.norm) > 3 {
		return true
	}
	return t.acc == dataAcc
}

// match returns the longest entry of section sec starting at token i, and
// the index after it.
func match(toks []tok, i int, sec string) (*entry, int) {
	if i < 0 || i >= len(toks) {
		return nil, i
	}
	for _, e := range toks[i].ents {
		if e.sec != sec || i+len(e.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range e.words {
			t := &toks[i+k]
			if t.norm != w || !accOK(t, e.acc[k]) {
				ok = false
				break
			}
		}
		if ok {
			return e, i + len(e.words)
		}
	}
	return nil, i
}

// has reports whether a one-token entry of section sec is token i.
func has(toks []tok, i int, sec string) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	for _, e := range toks[i].ents {
		if e.sec == sec && len(e.words) == 1 && accOK(&toks[i], e.acc[0]) {
			return true
		}
	}
	return false
}
