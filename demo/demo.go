// Package demo bundles the example corpus of `dyad demo`: the five seed
// articles of the project (French news excerpts, 2017–2026) and 100 French
// Wikinews articles of 2012 (CC BY 2.5, Wikinews contributors). See
// corpus/ATTRIBUTION.md.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

//go:embed corpus
var corpus embed.FS

// Files returns the corpus: seeds/*.txt (with seeds/SOURCE.md),
// wikinews/wikinews_fr_2012.jsonl and ATTRIBUTION.md.
func Files() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		panic(err) // cannot happen: the directory is embedded
	}
	return sub
}

// Inputs lists the data files of the corpus (slash-separated paths inside
// Files, documentation left out), in lexical order.
func Inputs() []string {
	var out []string
	fs.WalkDir(Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && isInput(p) {
			out = append(out, p)
		}
		return nil
	})
	return out
}

// Seeds lists the seed articles (paths inside Files).
func Seeds() []string {
	var out []string
	for _, p := range Inputs() {
		if strings.HasPrefix(p, "seeds/") {
			out = append(out, p)
		}
	}
	return out
}

func isInput(p string) bool {
	switch path.Ext(p) {
	case ".txt", ".jsonl":
		return true
	}
	return false
}

// Extract writes the whole corpus under dir (created if needed) and returns
// the file paths of its inputs, for input.Read. The path of an input inside
// Files is its path relative to dir.
func Extract(dir string) ([]string, error) {
	var inputs []string
	err := fs.WalkDir(Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := fs.ReadFile(Files(), p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return err
		}
		if isInput(p) {
			inputs = append(inputs, dst)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("demo: extract corpus: %w", err)
	}
	return inputs, nil
}
