package timex

import (
	"bufio"

	"embed"
	"fmt"
	"github.com/dyadproject/dyad/text"
	"sort"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// entry is one phrase of a data file section.
type entry struct {
	sec   sec      // section
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
	first  map[string]slot
	suffix map[string][]string // suffix sections, surface form, longest first
	days   [8]string           // full weekday names (the first of each line)
}

// slot is what a first word gives: its entries and its class flags.
type slot struct {
	ents  []*entry
	multi []*entry // the multi-word entries of head sections (fast path)
	flags uint8    // flagHead, flagMulti, flagPrefix
}

// Token classes for the fast path: the grammar only runs at a token that
// can head an expression (a month, a unit, "hier"...), at a number, or at
// a prefix word (article, "environ", "des") followed closely by one.
const (
	flagHead   uint8 = 1 << iota // a one-word entry of a head section
	flagMulti                    // the first word of a multi-word head entry
	flagPrefix                   // a word that may open an expression
)

var headSections = map[sec]bool{sMonth: true, sWeekday: true, sNumber: true, sApprox: true,
	sOrdinal: true, sUnit: true, sUnitnoun: true, sPart: true, sSeason: true, sDaypart: true,
	sTonight: true, sClock: true, sDeictic: true, sAnaphoric: true, sRef: true, sHoliday: true,
	sSet: true, sPer: true, sSetadj: true, sDaynight: true, sYearnoun: true, sDecade: true, sCentury: true,
	sFraction: true}

var prefixSections = map[sec]bool{sArticle: true, sThis: true, sVague: true, sApproxmod: true,
	sLast: true, sNext: true, sIn: true, sLastanaph: true, sNextanaph: true}

func loadLexicon(lang string) (*lexicon, error) {
	raw, err := dataFS.ReadFile("data/" + lang + ".txt")
	if err != nil {
		return nil, err
	}
	lx := &lexicon{lang: lang, first: map[string]slot{}, suffix: map[string][]string{}}
	section := ""
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
			section = line[1 : len(line)-1]
			if _, ok := secByName[section]; !ok && !strings.HasSuffix(section, "suffix") {
				return nil, fmt.Errorf("data/%s.txt:%d: unknown section %q", lang, ln, section)
			}
			continue
		}
		if section == "" {
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
			if strings.HasSuffix(section, "suffix") {
				lx.suffix[section] = append(lx.suffix[section], strings.ToLower(ph))
				continue
			}
			sec := secByName[section]
			if sec == sWeekday && lx.days[n%8] == "" {
				lx.days[n%8] = text.Fold(ph)
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
			sl := lx.first[e.words[0]]
			sl.ents = append(sl.ents, e)
			switch {
			case headSections[sec] && len(e.words) == 1:
				sl.flags |= flagHead
			case headSections[sec]:
				sl.flags |= flagMulti
				sl.multi = append(sl.multi, e)
			case prefixSections[sec]:
				sl.flags |= flagPrefix
			}
			lx.first[e.words[0]] = sl
		}
	}
	for _, l := range lx.suffix {
		sort.Slice(l, func(i, j int) bool { return len(l[i]) > len(l[j]) })
	}
	for _, sl := range lx.first {
		es := sl.ents
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].words) > len(es[j].words) })
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
func match(toks []tok, i int, sec sec) (*entry, int) {
	if i < 0 || i >= len(toks) || toks[i].any&(1<<sec) == 0 {
		return nil, i
	}
	for _, e := range toks[i].ents {
		if e.sec == sec && matchEntry(toks, i, e) {
			return e, i + len(e.words)
		}
	}
	return nil, i
}

// has reports whether a one-token entry of section sec is token i.
func has(toks []tok, i int, sec sec) bool {
	return i >= 0 && i < len(toks) && toks[i].one&(1<<sec) != 0
}

// matchEntry reports whether entry e is at token i.
func matchEntry(toks []tok, i int, e *entry) bool {
	if i+len(e.words) > len(toks) {
		return false
	}
	for k, w := range e.words {
		t := &toks[i+k]
		if t.norm != w || !accOK(t, e.acc[k]) {
			return false
		}
	}
	return true
}

// dayName returns the first (full) name of weekday n in the data.
func (lx *lexicon) dayName(n int) string {
	return lx.days[n]
}
