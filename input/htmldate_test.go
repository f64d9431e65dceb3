package input

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const htmldateModule = "github.com/markusmobius/go-htmldate@v1.9.1"

// TestHTMLDateBenchmark measures the publication date of ExtractHTML on
// go-htmldate's date benchmark (scripts/comparison/data-default.go and
// data-mediacloud.go: pages of news sites and blogs in many languages
// with their publication date), leaving out every page of go-trafilatura's
// benchmark (TestTrafilaturaBenchmark; about 630 pages are in both), so
// that these pages are independent of that benchmark's held-out half. Run:
//
//	go mod download github.com/markusmobius/go-htmldate@v1.9.1 github.com/markusmobius/go-trafilatura@v1.12.2
//	go test ./input -run TestHTMLDateBenchmark -v
//
// DYAD_DATE_DIAG=/tmp/dates.txt writes the wrong and missing dates.
func TestHTMLDateBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		out, err := exec.Command("go", "env", "GOMODCACHE").Output()
		if err != nil {
			t.Skip("go env GOMODCACHE failed")
		}
		cache = strings.TrimSpace(string(out))
	}
	dir := filepath.Join(cache, htmldateModule)
	_, tf := trafilaturaBench(t) // skips when absent: the pages to leave out
	inTF := map[string]bool{}
	for _, e := range tf {
		inTF[e.URL] = true
	}
	type entry struct{ url, file, date, set string }
	var entries []entry
	for _, set := range []string{"default", "mediacloud"} {
		src := filepath.Join(dir, "scripts", "comparison", "data-"+set+".go")
		f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
		if err != nil {
			t.Skipf("%s absent (%v); skipping", src, err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			e := entry{set: set}
			for _, el := range lit.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				name, _ := kv.Key.(*ast.Ident)
				v, _ := kv.Value.(*ast.BasicLit)
				if name == nil || v == nil {
					continue
				}
				switch name.Name {
				case "URL":
					e.url = unquote(v.Value)
				case "File":
					e.file = unquote(v.Value)
				case "Date":
					e.date = unquote(v.Value)
				}
			}
			if e.file != "" && len(e.date) == 10 && !inTF[e.url] {
				entries = append(entries, e)
			}
			return e.file == ""
		})
	}
	if len(entries) < 100 {
		t.Skipf("only %d entries", len(entries))
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].file < entries[j].file })
	var diag strings.Builder
	type score struct{ pages, right, none int }
	scores := map[string]*score{"default": {}, "mediacloud": {}}
	for _, e := range entries {
		sub := "comparison"
		if e.set == "mediacloud" {
			sub = "mediacloud"
		}
		src, err := os.ReadFile(filepath.Join(dir, "test-files", sub, e.file))
		if err != nil {
			continue
		}
		sc := scores[e.set]
		sc.pages++
		got, dsrc := "", ""
		if d, s, err := extractHTML(src, "", e.url); err == nil {
			got, dsrc = d.Date.String(), s
		}
		switch {
		case got == e.date:
			sc.right++
		case got == "":
			sc.none++
		}
		if got != e.date {
			fmt.Fprintf(&diag, "%s %s %s want %s got %s (%s)\n", e.set, e.file, e.url, e.date, got, dsrc)
		}
	}
	if p := os.Getenv("DYAD_DATE_DIAG"); p != "" {
		if err := os.WriteFile(p, []byte(diag.String()), 0o644); err != nil {
			t.Error(err)
		}
	}
	// floors: the figures reached, less a little
	floor := map[string]float64{"default": 0.95, "mediacloud": 0.85}
	for _, set := range []string{"default", "mediacloud"} {
		sc := scores[set]
		acc := float64(sc.right) / float64(sc.pages)
		t.Logf("%-10s %d pages: date right %d (%.3f), wrong %d, none %d", set, sc.pages, sc.right,
			acc, sc.pages-sc.right-sc.none, sc.none)
		if acc < floor[set] {
			t.Errorf("%s: date accuracy %.3f < %.3f", set, acc, floor[set])
		}
	}
}
