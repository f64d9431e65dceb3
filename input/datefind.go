package input

import (
	_ "embed"
	"regexp"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/clean"
)

//go:embed data/months.tsv
var monthsTSV string

var (
	extraMonth map[string]int // month names of data/months.tsv
	// 15 августа 2016, 3 maja 2021, 12. maart 2020
	rxExtraDayMonth *regexp.Regexp
	// 2020년 8월 17일
	rxKorean = regexp.MustCompile(`((?:19|20)\d\d)년\s*(\d{1,2})월\s*(\d{1,2})일`)
	// 2022/05/04, 2022.05.04
	rxYearFirst = regexp.MustCompile(`\b((?:19|20)\d\d)([./])\s?([01]?\d)\.?([./])\s?([0-3]?\d)\b`)
)

func init() {
	var names []string
	var err error
	extraMonth, names, err = clean.MonthTable(monthsTSV)
	if err != nil {
		panic("input: data/months.tsv: " + err.Error())
	}
	alt := strings.Join(names, "|")
	// "24 نيسان / أبريل 2020": two names of the month, the second after a slash
	rxExtraDayMonth = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(\d{1,2})\.?\s+(` + alt + `)(?:\s*/\s*(?:` + alt + `))?\.?,?\s+((?:19|20)\d\d)\b`)
}

// findDate is clean.FindDate that also reads the month names of
// data/months.tsv ("15 августа 2016"), year-first numeric dates
// ("2022/05/04", "2022.05.04") and Korean dates ("2020년 8월 17일"); the
// first date in s wins.
func findDate(s, lang string) (dyad.Date, dyad.Span, bool) {
	dt, span, ok := clean.FindDate(s, lang)
	better := func(start int) bool { return !ok || start < span.Start }
	if m := rxExtraDayMonth.FindStringSubmatchIndex(s); m != nil && better(m[2]) {
		day, _ := strconv.Atoi(s[m[2]:m[3]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if mo := extraMonth[strings.ToLower(s[m[4]:m[5]])]; mo != 0 && day >= 1 && day <= 31 {
			dt, span, ok = dyad.Date{Year: y, Month: mo, Day: day}, dyad.Span{Start: m[2], End: m[1]}, true
		}
	}
	if m := rxYearFirst.FindStringSubmatchIndex(s); m != nil && better(m[0]) && s[m[4]:m[5]] == s[m[8]:m[9]] {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[6]:m[7]])
		day, _ := strconv.Atoi(s[m[10]:m[11]])
		if mo >= 1 && mo <= 12 && day >= 1 && day <= 31 {
			dt, span, ok = dyad.Date{Year: y, Month: mo, Day: day}, dyad.Span{Start: m[0], End: m[1]}, true
		}
	}
	if m := rxKorean.FindStringSubmatchIndex(s); m != nil && better(m[0]) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		day, _ := strconv.Atoi(s[m[6]:m[7]])
		if mo >= 1 && mo <= 12 && day >= 1 && day <= 31 {
			dt, span, ok = dyad.Date{Year: y, Month: mo, Day: day}, dyad.Span{Start: m[0], End: m[1]}, true
		}
	}
	return dt, span, ok
}
