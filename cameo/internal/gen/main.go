// Command gen converts the CAMEO reference files of ../shared/reference/cameo
// into cameo/data/codebook.tsv. Run from the cameo directory:
//
//	go run ./internal/gen [-ref ../../shared/reference/cameo] [-out data/codebook.tsv]
//
// Sources (all read, none shipped as is):
//   - gdelt__CAMEO.goldsteinscale.txt: the 311 codes and their Goldstein
//     scores (the only copy whose scores are right);
//   - gdelt__LOOKUP-CAMEO.eventcodes.txt: the labels (GDELT);
//   - py-gdelt__cameo_codes.json (py-gdelt, MIT; the names of the CAMEO
//     1.1b3 manual): the labels of 101-108, where GDELT's lookup table
//     still carries the meanings of an older CAMEO version;
//   - PLOVER__CAMEO2PLOVER-2021.txt: PLOVER category, mode and context.
//
// QuadClass follows GDELT's rule by root: 01-05 verbal cooperation (1),
// 06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20
// material conflict (4).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

type plover struct{ cat, mode, context string }

func main() {
	ref := flag.String("ref", "../../shared/reference/cameo", "directory of the CAMEO reference files")
	out := flag.String("out", "data/codebook.tsv", "output file")
	flag.Parse()

	gold := readGoldstein(filepath.Join(*ref, "gdelt__CAMEO.goldsteinscale.txt"))
	labels := readLabels(filepath.Join(*ref, "gdelt__LOOKUP-CAMEO.eventcodes.txt"))
	manual := readPyGDELT(filepath.Join(*ref, "py-gdelt__cameo_codes.json"))
	plv := readPLOVER(filepath.Join(*ref, "PLOVER__CAMEO2PLOVER-2021.txt"))

	codes := make([]string, 0, len(gold)+len(manualOnly))
	for c := range gold {
		codes = append(codes, c)
	}
	for _, c := range manualOnly {
		if _, dup := gold[c]; dup {
			log.Fatalf("code %s is in GDELT's table now: drop it from manualOnly", c)
		}
		if _, ok := manual[c]; !ok {
			log.Fatalf("code %s is not in the CAMEO 1.1b3 names", c)
		}
		gold[c] = gold[c[:2]] // the root's score: GDELT has none for it
		codes = append(codes, c)
	}
	sort.Strings(codes)

	var b strings.Builder
	b.WriteString(`# CAMEO event codebook for dyad: one line per CAMEO event code (312 codes).
# Converted by cameo/internal/gen from ../shared/reference/cameo:
#   code, goldstein: gdelt__CAMEO.goldsteinscale.txt (GDELT Project, CAMEO Goldstein scale table)
#   label: gdelt__LOOKUP-CAMEO.eventcodes.txt (GDELT Project), cleaned (whitespace, one mojibake
#     quote, one merged line, two typos); label_src "cameo-1.1b3" marks the labels of 101-108 taken
#     from py-gdelt__cameo_codes.json (py-gdelt, MIT, Copyright (c) 2026 RBozydar: the names of the
#     CAMEO 1.1b3 manual, Schrodt, Gerner, Yilmaz) because GDELT's lookup keeps the meanings of an
#     older CAMEO version for them (e.g. GDELT "106 Demand withdrawal").
#   176 (Attack cybernetically) is a CAMEO 1.1b3 code missing from GDELT's tables: its label is
#     the manual's (label_src "cameo-1.1b3-root"), its Goldstein score that of its root 17.
#   quad_class: GDELT rule by root (gdelt__Event_Codebook_V2.0.md): 01-05 verbal cooperation=1,
#     06-08 material cooperation=2, 09-13 verbal conflict=3, 14-20 material conflict=4.
#   plover, plover_mode, plover_context: PLOVER__CAMEO2PLOVER-2021.txt (Open Event Data Alliance,
#     P. Schrodt, 17-Sep-2021; PLOVER is CC-BY-SA-4.0); a code absent from the table takes its
#     nearest listed ancestor (the manual's rule: reduce to the cue category); roots 01 and 02
#     are dropped by PLOVER (empty).
# Columns (tab-separated):
code	root	quad_class	goldstein	plover	plover_mode	plover_context	label	label_src
`)
	for _, c := range codes {
		root := c[:2]
		q := quad(root)
		lab, src := labels[c], "gdelt"
		if m, ok := manual[c]; ok && needsManual[c] {
			lab, src = m, "cameo-1.1b3"
		}
		if slices.Contains(manualOnly, c) {
			lab, src = manual[c], "cameo-1.1b3-root"
		}
		if lab == "" {
			log.Fatalf("code %s has no label", c)
		}
		p := ploverOf(plv, c)
		fmt.Fprintf(&b, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", c, root, q,
			strconv.FormatFloat(gold[c], 'f', 1, 64), p.cat, p.mode, p.context, lab, src)
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d codes written to %s", len(codes), *out)
}

// manualOnly lists CAMEO 1.1b3 codes that GDELT's Goldstein and label
// tables lack; they take the label of the manual and the score of their
// root.
var manualOnly = []string{"176"}

// needsManual lists the codes whose GDELT label names another event than
// the CAMEO 1.1b3 manual (and the PLOVER mapping) does.
var needsManual = map[string]bool{"101": true, "102": true, "103": true, "105": true, "106": true, "107": true, "108": true}

func quad(root string) int {
	n, err := strconv.Atoi(root)
	if err != nil {
		log.Fatalf("bad root %q", root)
	}
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	log.Fatalf("bad root %q", root)
	return 0
}

func lines(path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	return strings.Split(s, "\n")
}

func readGoldstein(path string) map[string]float64 {
	m := map[string]float64{}
	for i, l := range lines(path) {
		l = strings.TrimSpace(l)
		if i == 0 || l == "" {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 2 {
			log.Fatalf("%s:%d: %q", path, i+1, l)
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			log.Fatalf("%s:%d: %v", path, i+1, err)
		}
		m[f[0]] = v
	}
	return m
}

var merged = regexp.MustCompile(`^(.*?)(\d{2,4}):\[[-0-9.]+\] (.*)$`)

func readLabels(path string) map[string]string {
	m := map[string]string{}
	fix := strings.NewReplacer("\u00d2hird\u00d3location", "\"third\" location", "matyerial", "material",
		"radiologicalweapons", "radiological weapons", ",  ", ", ")
	for i, l := range lines(path) {
		if i == 0 || strings.TrimSpace(l) == "" {
			continue
		}
		f := strings.SplitN(l, "\t", 2)
		if len(f) != 2 {
			log.Fatalf("%s:%d: %q", path, i+1, l)
		}
		code, lab := f[0], f[1]
		// one line of GDELT's file holds two entries:
		// "1056\tDemand de-escalation of military engagement106:[-5.0] Demand withdrawal"
		if g := merged.FindStringSubmatch(lab); g != nil {
			m[g[2]] = clean(fix.Replace(g[3]))
			lab = g[1]
		}
		m[code] = clean(fix.Replace(lab))
	}
	return m
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

func readPyGDELT(path string) map[string]string {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var codes map[string]struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal(data, &codes); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	m := map[string]string{}
	for c, v := range codes {
		m[c] = clean(v.Name)
	}
	return m
}

func readPLOVER(path string) map[string]plover {
	m := map[string]plover{}
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimSpace(l)
		code, rest, ok := strings.Cut(l, ":")
		if !ok || code == "" || strings.Trim(code, "0123456789") != "" {
			continue
		}
		parts := strings.Split(rest, ",")
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		p := plover{cat: strings.TrimSpace(parts[0]), mode: strings.TrimSpace(parts[1]), context: strings.TrimSpace(parts[2])}
		p.context = strings.Join(strings.Fields(strings.ReplaceAll(p.context, ";", " ")), ";")
		if _, dup := m[code]; !dup { // first entry wins ("08" is listed twice)
			m[code] = p
		}
	}
	return m
}

func ploverOf(m map[string]plover, code string) plover {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if p, ok := m[c]; ok {
			if c != code { // inherited: category only
				return plover{cat: p.cat}
			}
			return p
		}
	}
	return plover{}
}
