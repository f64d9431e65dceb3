package lang

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// moPairs reads a GNU gettext .mo catalogue: (msgid, msgstr) pairs, plural
// forms cut to their first form.
func moPairs(path string) [][2]string {
	b, err := os.ReadFile(path)
	if err != nil || len(b) < 28 {
		return nil
	}
	var bo binary.ByteOrder
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
		bo = binary.LittleEndian
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil
	}
	n := int(bo.Uint32(b[8:]))
	oo, to := int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	str := func(tab, i int) (string, bool) {
		at := tab + 8*i
		if at+8 > len(b) {
			return "", false
		}
		ln, off := int(bo.Uint32(b[at:])), int(bo.Uint32(b[at+4:]))
		if off+ln > len(b) || off < 0 {
			return "", false
		}
		s := string(b[off : off+ln])
		if i := strings.IndexByte(s, 0); i >= 0 {
			s = s[:i]
		}
		return s, true
	}
	var out [][2]string
	for i := 0; i < n; i++ {
		id, ok1 := str(oo, i)
		tr, ok2 := str(to, i)
		if ok1 && ok2 && id != "" {
			out = append(out, [2]string{id, tr})
		}
	}
	return out
}

var (
	rxFormat = regexp.MustCompile(`%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|L|q|j|z|t|I64)?[a-zA-Z%]|%\([a-z_]+\)[sd]|\{[^}]*\}|\$\{[^}]*\}|<[^>]*>|&[a-z]+;|https?://\S+|\S+@\S+|\S*[/\\]\S*`)
	rxSpaces = regexp.MustCompile(`\s+`)
)

var rxNatural = regexp.MustCompile(`^[«"“(¿¡]?\pL[\pL\pM'’-]*[.,;:!?»"”)…]*$`)

// uiSentence cleans a UI message and reports whether it is a sentence of
// at least five words: format directives, markup, paths and mnemonics
// removed; at least 80% of its tokens natural words (letters, with inner
// apostrophes or hyphens), no command-line options and no runs of
// upper-case identifiers.
func uiSentence(s string) (string, bool) {
	s = rxFormat.ReplaceAllString(s, " ")
	s = strings.NewReplacer("_", "", "&", "", "~", "", "\\n", " ", "\n", " ", "\t", " ").Replace(s)
	s = strings.TrimSpace(rxSpaces.ReplaceAllString(s, " "))
	toks := strings.Fields(s)
	words := 0
	for _, w := range toks {
		if strings.HasPrefix(w, "-") {
			return s, false
		}
		if rxNatural.MatchString(w) {
			letters := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if len([]rune(letters)) >= 3 && strings.IndexFunc(letters, func(r rune) bool { return !unicode.IsUpper(r) }) < 0 {
				continue // an acronym or identifier
			}
			words++
		}
	}
	return s, words >= 5 && words*10 >= len(toks)*8
}

// uiTestSet builds a test set from the gettext catalogues installed under
// /usr/share/locale (translations of free software, GPL/LGPL and similar
// licences; read in place, nothing is copied into the repository): for
// each language, up to max messages of five words or more, chosen evenly
// from the sorted distinct messages. English sentences are the source
// strings (msgids) of the French catalogues.
func uiTestSet(max int) map[string][]string {
	dirs := map[string][]string{
		"fr": {"fr"}, "de": {"de"}, "es": {"es"}, "it": {"it"}, "pt": {"pt", "pt_BR"},
		"ar": {"ar"}, "ru": {"ru"},
	}
	set := map[string]map[string]bool{}
	add := func(l, s string) {
		if set[l] == nil {
			set[l] = map[string]bool{}
		}
		set[l][s] = true
	}
	for l, ds := range dirs {
		for _, d := range ds {
			files, _ := filepath.Glob(filepath.Join("/usr/share/locale", d, "LC_MESSAGES", "*.mo"))
			for _, f := range files {
				for _, p := range moPairs(f) {
					if p[1] == p[0] {
						continue // untranslated
					}
					if s, ok := uiSentence(p[1]); ok {
						add(l, s)
					}
					if l == "fr" {
						if s, ok := uiSentence(p[0]); ok {
							add("en", s)
						}
					}
				}
			}
		}
	}
	out := map[string][]string{}
	for l, m := range set {
		var all []string
		for s := range m {
			all = append(all, s)
		}
		sort.Strings(all)
		if len(all) > max {
			step := float64(len(all)) / float64(max)
			var pick []string
			for i := 0; i < max; i++ {
				pick = append(pick, all[int(float64(i)*step)])
			}
			all = pick
		}
		out[l] = all
	}
	return out
}

// wikinewsSentences returns French sentences of five words or more from
// ../shared/corpora/wikinews_fr_2012.jsonl (CC BY 2.5), nil when absent.
func wikinewsSentences(max int) []string {
	f, err := os.Open("../../shared/corpora/wikinews_fr_2012.jsonl")
	if err != nil {
		return nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	var out []string
	for sc.Scan() && len(out) < max {
		var r struct{ Text string }
		json.Unmarshal(sc.Bytes(), &r)
		for _, s := range regexp.MustCompile(`[^.!?]+[.!?]`).FindAllString(r.Text, -1) {
			s = strings.TrimSpace(s)
			if len(strings.Fields(s)) >= 5 && len(out) < max {
				out = append(out, s)
			}
		}
	}
	return out
}

// whatlangExamples returns sentences of five words or more from the
// example paragraphs whatlanggo v1.0.1 ships (testdata/examples.json, MIT,
// Copyright (c) 2017 Abadojack; Wikipedia-style text), read from the Go
// module cache; nil when absent (go mod download
// github.com/abadojack/whatlanggo@v1.0.1 brings it).
func whatlangExamples() map[string][]string {
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		home, _ := os.UserHomeDir()
		cache = filepath.Join(home, "go", "pkg", "mod")
		if gp := os.Getenv("GOPATH"); gp != "" {
			cache = filepath.Join(strings.Split(gp, string(os.PathListSeparator))[0], "pkg", "mod")
		}
	}
	b, err := os.ReadFile(filepath.Join(cache, "github.com/abadojack/whatlanggo@v1.0.1/testdata/examples.json"))
	if err != nil {
		return nil
	}
	var ex map[string]string
	if json.Unmarshal(b, &ex) != nil {
		return nil
	}
	codes := map[string]string{"fra": "fr", "eng": "en", "spa": "es", "deu": "de", "ita": "it", "por": "pt", "arb": "ar", "rus": "ru"}
	out := map[string][]string{}
	rx := regexp.MustCompile(`[^.!?؟]+[.!?؟]?`)
	for k, text := range ex {
		l, ok := codes[k]
		if !ok {
			continue
		}
		for _, s := range rx.FindAllString(text, -1) {
			s = strings.TrimSpace(s)
			if len(strings.Fields(s)) >= 5 {
				out[l] = append(out[l], s)
			}
		}
	}
	return out
}

// tsvSet reads a testdata sample ("lang<TAB>sentence" lines, # comments):
// see lang/internal/testgen for the sources and their licences.
func tsvSet(path string) map[string][]string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	out := map[string][]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		if l, s, ok := strings.Cut(line, "\t"); ok {
			out[l] = append(out[l], s)
		}
	}
	return out
}

// fortuneEnglish are the English fortune files (Debian package fortunes)
// made of prose and quotations.
var fortuneEnglish = []string{"education", "fortunes", "humorists", "law", "literature", "love", "people", "politics", "science", "wisdom", "work"}

// fortuneSet returns sentences of five to thirty words from the fortune
// cookies of the Debian packages fortunes (en), fortunes-de, fortunes-es,
// fortunes-it, fortunes-br (pt) and fortunes-ru, read in place from
// /usr/share/games/fortunes (quotations and jokes collected by their
// maintainers, GPL-2+ or public domain as the packages state); nothing is
// copied into the repository. At most max per language, chosen evenly;
// nil when the packages are absent.
func fortuneSet(max int) map[string][]string {
	root := "/usr/share/games/fortunes"
	files := map[string][]string{}
	for _, f := range fortuneEnglish {
		files["en"] = append(files["en"], filepath.Join(root, f))
	}
	files["pt"] = []string{filepath.Join(root, "brasil")}
	for _, l := range []string{"de", "es", "it", "ru"} {
		all, _ := filepath.Glob(filepath.Join(root, l, "*"))
		for _, f := range all {
			base := filepath.Base(f)
			if strings.HasSuffix(base, ".dat") || strings.HasSuffix(base, ".u8") || strings.Contains(base, "ascii") || strings.Contains(base, "art") {
				continue
			}
			files[l] = append(files[l], f)
		}
	}
	rxAuthor := regexp.MustCompile(`(?m)^\s*(--|—|-)\s.*$`)
	rxSent := regexp.MustCompile(`[^.!?]+[.!?]*`)
	out := map[string][]string{}
	for l, fs := range files {
		sort.Strings(fs)
		seen := map[string]bool{}
		var all []string
		for _, f := range fs {
			b, err := os.ReadFile(f)
			if err != nil || !utf8.Valid(b) {
				continue
			}
			for _, cookie := range strings.Split(string(b), "\n%\n") {
				cookie = rxAuthor.ReplaceAllString(cookie, " ")
				cookie = strings.TrimSpace(rxSpaces.ReplaceAllString(cookie, " "))
				for _, s := range rxSent.FindAllString(cookie, -1) {
					s = strings.TrimSpace(s)
					if n := len(strings.Fields(s)); n > 30 || seen[s] {
						continue
					}
					if _, ok := uiSentence(s); ok && s == strings.TrimSpace(rxSpaces.ReplaceAllString(rxFormat.ReplaceAllString(s, " "), " ")) {
						seen[s] = true
						all = append(all, s)
					}
				}
			}
		}
		if len(all) == 0 {
			continue
		}
		out[l] = evenly(all, max)
	}
	return out
}

// evenly returns at most max elements of all, chosen evenly.
func evenly(all []string, max int) []string {
	if len(all) <= max {
		return all
	}
	step := float64(len(all)) / float64(max)
	var pick []string
	for i := 0; i < max; i++ {
		pick = append(pick, all[int(float64(i)*step)])
	}
	return pick
}

// split returns the development half (even positions) or the held-out
// test half (odd positions) of a set.
func split(ss []string, dev bool) []string {
	var out []string
	for i, s := range ss {
		if (i%2 == 0) == dev {
			out = append(out, s)
		}
	}
	return out
}

// prefixes returns the first n words of each sentence of ss that has more.
func prefixes(ss []string, n int) []string {
	var out []string
	for _, s := range ss {
		if f := strings.Fields(s); len(f) > n {
			out = append(out, strings.Join(f[:n], " "))
		}
	}
	return out
}
