// Command gen converts lingua-go's language models (Apache-2.0, Copyright ©
// 2021-present Peter M. Stahl) into the compact n-gram tables of package
// lang: for each supported language, the unigrams to quadrigrams whose
// relative frequency is at least -min (per order), written as
// lang/data/<code>.ngrams.gz: gzip'd text, one "ngram<TAB>log10 probability"
// line per entry, grouped by order under "# order N total T" headers.
//
//	go mod download github.com/pemistahl/lingua-go@v1.4.0
//	go run ./lang/internal/gen -lingua $(go env GOMODCACHE)/github.com/pemistahl/lingua-go@v1.4.0 -out lang/data
//
// It also converts the Snowball stop word lists that PostgreSQL ships
// (-stop, default /usr/share/postgresql/15/tsearch_data) into
// lang/data/stopwords.tsv.
//
// The lingua models are protocol buffers (serialization/model.proto in
// lingua-go); this program decodes their wire format directly.
package main

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// Arabic and Russian need no model: among the supported languages their
// scripts identify them (see package lang).
var langs = []string{"de", "en", "es", "fr", "it", "pt"}

var orders = []string{"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"}

func main() {
	dir := flag.String("lingua", "", "lingua-go module directory")
	out := flag.String("out", "lang/data", "output directory")
	minP := flag.String("min", "0,0,0,0,0", "minimum probability kept per order (1..5; above 1 drops the order)")
	stop := flag.String("stop", "/usr/share/postgresql/15/tsearch_data", "folder of Snowball stop word lists (<language>.stop), as PostgreSQL ships them")
	iso := flag.String("iso", "", "stopwords-iso.json of the npm package stopwords-iso 1.1.0 (npm pack stopwords-iso@1.1.0); empty: keep the converted copy")
	flag.Parse()
	writeStopwords(*stop, filepath.Join(*out, "stopwords.tsv"))
	if *iso != "" {
		writeISO(*iso, filepath.Join(*out, "stopwords-iso.tsv"))
	}
	if *dir == "" {
		log.Fatal("gen: -lingua DIR required")
	}
	var mins []float64
	for _, s := range strings.Split(*minP, ",") {
		var f float64
		fmt.Sscan(s, &f)
		mins = append(mins, f)
	}
	for _, l := range langs {
		f, err := os.Create(filepath.Join(*out, l+".ngrams.gz"))
		if err != nil {
			log.Fatal(err)
		}
		zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
		w := bufio.NewWriter(zw)
		fmt.Fprintf(w, "# %s n-gram log10 probabilities, converted from lingua-go v1.4.0 language-models/%s (Apache-2.0, Copyright © 2021-present Peter M. Stahl) by lang/internal/gen\n", l, l)
		kept := 0
		for i, o := range orders {
			if i >= len(mins) || mins[i] > 1 {
				continue
			}
			sets, total := load(filepath.Join(*dir, "language-models", l, o+".pb.bin.zip"))
			var ents []ent
			for _, s := range sets {
				if s.p < mins[i] {
					continue
				}
				for _, g := range s.ngrams {
					ents = append(ents, ent{g, s.p})
				}
			}
			sort.Slice(ents, func(a, b int) bool {
				if ents[a].p != ents[b].p {
					return ents[a].p > ents[b].p
				}
				return ents[a].g < ents[b].g
			})
			fmt.Fprintf(w, "# order %d total %d kept %d\n", i+1, total, len(ents))
			for _, e := range ents {
				fmt.Fprintf(w, "%s\t%.3f\n", e.g, math.Log10(e.p))
			}
			kept += len(ents)
		}
		w.Flush()
		zw.Close()
		f.Close()
		log.Printf("%s: %d n-grams", l, kept)
	}
}

var stopNames = map[string]string{"de": "german", "en": "english", "es": "spanish", "fr": "french", "it": "italian", "pt": "portuguese"}

// writeStopwords converts the Snowball stop word lists into one TSV file.
func writeStopwords(dir, out string) {
	f, err := os.Create(out)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# Stop words (the most frequent function words) of the Latin-script languages of\n")
	fmt.Fprintf(w, "# package lang, one \"lang<TAB>word\" per line. Source: the Snowball project's stop\n")
	fmt.Fprintf(w, "# word lists (snowballstem.org; BSD-3-Clause; Copyright (c) 2001, Dr Martin Porter;\n")
	fmt.Fprintf(w, "# Copyright (c) 2002, Richard Boulton), as PostgreSQL 15 ships them in\n")
	fmt.Fprintf(w, "# tsearch_data/<language>.stop; converted by lang/internal/gen.\n")
	for _, l := range langs {
		b, err := os.ReadFile(filepath.Join(dir, stopNames[l]+".stop"))
		if err != nil {
			log.Fatal(err)
		}
		seen := map[string]bool{}
		for _, word := range strings.Fields(string(b)) {
			word = strings.ToLower(word)
			if !seen[word] {
				seen[word] = true
				fmt.Fprintf(w, "%s\t%s\n", l, word)
			}
		}
	}
	w.Flush()
}

// writeISO converts the stop word lists of stopwords-iso into one TSV file.
func writeISO(path, out string) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var lists map[string][]string
	if err := json.Unmarshal(b, &lists); err != nil {
		log.Fatal(err)
	}
	f, err := os.Create(out)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# Stop words of the Latin-script languages of package lang, one \"lang<TAB>word\" per\n")
	fmt.Fprintf(w, "# line (words with a space or a non-letter dropped). Source: the npm package\n")
	fmt.Fprintf(w, "# stopwords-iso 1.1.0 (stopwords-iso.json; MIT; Copyright (c) Gene Diaz and the\n")
	fmt.Fprintf(w, "# stopwords-iso contributors); converted by lang/internal/gen.\n")
	for _, l := range langs {
		seen := map[string]bool{}
		for _, word := range lists[l] {
			word = strings.ToLower(strings.TrimSpace(word))
			if word == "" || seen[word] || strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				continue
			}
			seen[word] = true
			fmt.Fprintf(w, "%s\t%s\n", l, word)
		}
	}
	w.Flush()
}

type ent struct {
	g string
	p float64
}

type set struct {
	p      float64
	ngrams []string
}

func load(path string) ([]set, uint64) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		log.Fatal(err)
	}
	defer zr.Close()
	rc, err := zr.File[0].Open()
	if err != nil {
		log.Fatal(err)
	}
	data, err := io.ReadAll(rc)
	if err != nil {
		log.Fatal(err)
	}
	var sets []set
	var total uint64
	for len(data) > 0 {
		key, n := binary.Uvarint(data)
		data = data[n:]
		field, wt := key>>3, key&7
		switch wt {
		case 0:
			v, n := binary.Uvarint(data)
			data = data[n:]
			if field == 3 {
				total = v
			}
		case 2:
			ln, n := binary.Uvarint(data)
			data = data[n:]
			msg := data[:ln]
			data = data[ln:]
			if field == 4 {
				sets = append(sets, parseSet(msg))
			}
		case 1:
			data = data[8:]
		case 5:
			data = data[4:]
		default:
			log.Fatalf("%s: wire type %d", path, wt)
		}
	}
	return sets, total
}

func parseSet(m []byte) set {
	var s set
	for len(m) > 0 {
		key, n := binary.Uvarint(m)
		m = m[n:]
		field, wt := key>>3, key&7
		switch {
		case field == 1 && wt == 1:
			s.p = math.Float64frombits(binary.LittleEndian.Uint64(m))
			m = m[8:]
		case wt == 2:
			ln, n := binary.Uvarint(m)
			m = m[n:]
			if field == 2 {
				s.ngrams = append(s.ngrams, string(m[:ln]))
			}
			m = m[ln:]
		case wt == 0:
			_, n := binary.Uvarint(m)
			m = m[n:]
		case wt == 1:
			m = m[8:]
		case wt == 5:
			m = m[4:]
		}
	}
	return s
}
