package input

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
)

// readabilityPages finds the test pages go-readability ships in its module
// (from Mozilla Readability's test suite: source.html, expected.html,
// expected-metadata.json). The test skips when the module cache lacks them.
func readabilityPages(t testing.TB) string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2").Output()
	mod := strings.TrimSpace(string(out))
	if err != nil || mod == "" {
		t.Skip("go-readability module directory not found (go list -m failed); skipping")
	}
	dir := filepath.Join(mod, "test-pages")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s absent; skipping extraction measurement", dir)
	}
	return dir
}

func tokens(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}) {
		m[w]++
	}
	return m
}

func tokenF1(got, want string) float64 {
	g, w := tokens(got), tokens(want)
	ng, nw, common := 0, 0, 0
	for k, c := range g {
		ng += c
		common += min(c, w[k])
	}
	for _, c := range w {
		nw += c
	}
	if ng == 0 && nw == 0 {
		return 1
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(ng), float64(common)/float64(nw)
	return 2 * p * r / (p + r)
}

// TestExtractionQuality measures main-text token F1 and publication-date
// accuracy of ExtractHTML on go-readability's test pages. Run with -v to
// see the figures:
//
//	go test ./input -run TestExtractionQuality -v
//
// The expected text is Mozilla Readability's output, so the F1 measures
// how faithfully we render the text and handle encodings, not an
// independent judgement of boilerplate removal. The expected date is the
// page's publishedTime (from its metadata); pages without one are not
// counted for dates.
func TestExtractionQuality(t *testing.T) {
	dir := readabilityPages(t)
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var f1s []float64
	datedF1 := 0.0
	dated, dateOK := 0, 0
	var low, wrong []string
	for _, e := range ents {
		src, err := os.ReadFile(filepath.Join(dir, e.Name(), "source.html"))
		if err != nil {
			continue
		}
		exp, err := os.ReadFile(filepath.Join(dir, e.Name(), "expected.html"))
		if err != nil {
			continue
		}
		var meta struct {
			PublishedTime string `json:"publishedTime"`
		}
		if b, err := os.ReadFile(filepath.Join(dir, e.Name(), "expected-metadata.json")); err == nil {
			json.Unmarshal(b, &meta)
		}
		node, err := html.Parse(strings.NewReader(string(exp)))
		if err != nil {
			continue
		}
		want := render.InnerText(node)
		d, err := ExtractHTML(src, "", "http://fakehost/test/page.html")
		got := ""
		if err == nil {
			got = d.Text
		}
		f := tokenF1(got, want)
		f1s = append(f1s, f)
		if f < 0.9 {
			low = append(low, e.Name())
		}
		if meta.PublishedTime != "" {
			wd, ok := parseMetaDate(meta.PublishedTime)
			if !ok {
				continue
			}
			dated++
			datedF1 += f
			if err == nil && d.Date == wd {
				dateOK++
			} else {
				g := ""
				if d != nil {
					g = d.Date.String()
				}
				wrong = append(wrong, e.Name()+" got "+g+" want "+wd.String())
			}
		}
	}
	if len(f1s) < 50 {
		t.Skipf("only %d test pages found", len(f1s))
	}
	sum := 0.0
	for _, f := range f1s {
		sum += f
	}
	sort.Float64s(f1s)
	mean := sum / float64(len(f1s))
	median := f1s[len(f1s)/2]
	dateAcc := float64(dateOK) / float64(dated)
	t.Logf("pages %d: mean token F1 %.4f, median %.3f, below 0.9: %d %v", len(f1s), mean, median, len(low), low)
	t.Logf("dated pages (articles stating a publication time) %d: mean token F1 %.3f; date right %d (%.3f); wrong: %v",
		dated, datedF1/float64(dated), dateOK, dateAcc, wrong)
	if mean < 0.90 {
		t.Errorf("mean token F1 %.3f < 0.90", mean)
	}
	if dateAcc < 0.90 {
		t.Errorf("date accuracy %.3f < 0.90", dateAcc)
	}
}

// TestDateAccuracyLabelled measures publication dates on every test page
// that states one: the pages with a publishedTime in expected-metadata.json
// (counted above) and the pages dated by hand in
// testdata/readability_dates.tsv.
//
//	go test ./input -run TestDateAccuracyLabelled -v
func TestDateAccuracyLabelled(t *testing.T) {
	dir := readabilityPages(t)
	b, err := os.ReadFile("testdata/readability_dates.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n, ok := 0, 0
	var wrong []string
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		src, err := os.ReadFile(filepath.Join(dir, f[0], "source.html"))
		if err != nil {
			continue
		}
		n++
		d, err := ExtractHTML(src, "", "http://fakehost/test/page.html")
		got := ""
		if err == nil {
			got = d.Date.String()
		}
		if got == f[1] {
			ok++
		} else {
			wrong = append(wrong, f[0]+" got "+got+" want "+f[1])
		}
	}
	if n < 20 {
		t.Skipf("only %d labelled pages found", n)
	}
	acc := float64(ok) / float64(n)
	t.Logf("hand-labelled pages %d: date right %d (%.3f); wrong: %v", n, ok, acc, wrong)
	if acc < 0.85 {
		t.Errorf("date accuracy on hand-labelled pages %.3f < 0.85", acc)
	}
}
