package input

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/clean"
)

// comparisonEntry is one annotated page of go-trafilatura's extraction
// benchmark (scripts/comparison/data.go; pages in test-files/comparison):
// snippets the main text must contain (With) and must not (Without), and
// for most pages the publication date.
type comparisonEntry struct {
	URL, File, Date string
	With, Without   []string
}

const trafilaturaModule = "github.com/markusmobius/go-trafilatura@v1.12.2"

// trafilaturaBench reads the benchmark from the Go module cache; it skips
// when the module is absent (go mod download github.com/markusmobius/go-trafilatura@v1.12.2).
func trafilaturaBench(t testing.TB) (string, []comparisonEntry) {
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		out, err := exec.Command("go", "env", "GOMODCACHE").Output()
		if err != nil {
			t.Skip("go env GOMODCACHE failed")
		}
		cache = strings.TrimSpace(string(out))
	}
	dir := filepath.Join(cache, trafilaturaModule)
	src := filepath.Join(dir, "scripts", "comparison", "data.go")
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
	if err != nil {
		t.Skipf("%s absent (%v); skipping", src, err)
	}
	var out []comparisonEntry
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		key, ok := kv.Key.(*ast.BasicLit)
		lit, ok2 := kv.Value.(*ast.CompositeLit)
		if !ok || !ok2 || key.Kind != token.STRING {
			return true
		}
		e := comparisonEntry{URL: unquote(key.Value)}
		for _, el := range lit.Elts {
			f, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			name, _ := f.Key.(*ast.Ident)
			if name == nil {
				continue
			}
			switch v := f.Value.(type) {
			case *ast.BasicLit:
				switch name.Name {
				case "File":
					e.File = unquote(v.Value)
				case "Date":
					e.Date = unquote(v.Value)
				}
			case *ast.CompositeLit:
				var ss []string
				for _, x := range v.Elts {
					if b, ok := x.(*ast.BasicLit); ok {
						ss = append(ss, unquote(b.Value))
					}
				}
				switch name.Name {
				case "With":
					e.With = ss
				case "Without":
					e.Without = ss
				}
			}
		}
		if e.File != "" {
			out = append(out, e)
		}
		return false
	})
	return filepath.Join(dir, "test-files", "comparison"), out
}

func unquote(s string) string {
	u, err := strconv.Unquote(s)
	if err != nil {
		return s
	}
	return u
}

// TestTrafilaturaBenchmark measures ExtractHTML on go-trafilatura's
// extraction benchmark (about 980 annotated pages, news and blogs in many
// languages, BBAW and other collections): the snippet precision, recall
// and F-score that benchmark defines (a page's expected snippets must be
// in the text, its boilerplate snippets must not), and the publication
// date on the pages annotated with one. Run:
//
//	go mod download github.com/markusmobius/go-trafilatura@v1.12.2
//	go test ./input -run TestTrafilaturaBenchmark -v
func TestTrafilaturaBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir, entries := trafilaturaBench(t)
	if len(entries) < 100 {
		t.Skipf("only %d entries", len(entries))
	}
	var tp, fn, fp, tn int
	var ctp, cfn, cfp int // after the cleaner (what the pipeline sees)
	cl := clean.New()
	pages, dated, dateOK, failed := 0, 0, 0, 0
	for _, e := range entries {
		src, err := os.ReadFile(filepath.Join(dir, e.File))
		if err != nil {
			continue
		}
		pages++
		d, err := ExtractHTML(src, "", e.URL)
		text := ""
		if err != nil {
			failed++
		} else {
			text = d.Title + "\n" + d.Text
		}
		ctext := ""
		if err == nil {
			cd := *d
			if cl.Clean(&cd) == nil {
				ctext = cd.Title + "\n" + cd.Text
			}
		}
		for _, s := range e.With {
			if text != "" && strings.Contains(text, s) {
				tp++
			} else {
				fn++
			}
			if ctext != "" && strings.Contains(ctext, s) {
				ctp++
			} else {
				cfn++
			}
		}
		for _, s := range e.Without {
			if text != "" && strings.Contains(text, s) {
				fp++
			} else {
				tn++
			}
			if ctext != "" && strings.Contains(ctext, s) {
				cfp++
			}
		}
		if len(e.Date) == 10 {
			dated++
			if d != nil && d.Date.String() == e.Date {
				dateOK++
			}
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	f := 2 * float64(tp) / float64(2*tp+fp+fn)
	t.Logf("trafilatura benchmark: %d pages (%d without text): precision %.3f recall %.3f F %.3f", pages, failed, p, r, f)
	t.Logf("after clean.Cleaner: precision %.3f recall %.3f F %.3f", float64(ctp)/float64(ctp+cfp), float64(ctp)/float64(ctp+cfn), 2*float64(ctp)/float64(2*ctp+cfp+cfn))
	t.Logf("publication date right on %d of %d dated pages (%.3f)", dateOK, dated, float64(dateOK)/float64(dated))
}
