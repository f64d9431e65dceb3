package clean

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

//go:embed data/months.tsv
var monthsTSV string

var (
	monthByName map[string]int
	rxDayMonth  *regexp.Regexp // 22 octobre 2021, 1er mai 2020, 22. Oktober 2021, 5 de mayo de 2021
	rxMonthDay  *regexp.Regexp // October 22, 2021
	rxISO       = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:T|\b)`)
	rxCJK       = regexp.MustCompile(`((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	rxNumeric   = regexp.MustCompile(`\b(\d{1,2}) ?([./-]) ?(\d{1,2}) ?([./-]) ?((?:19|20)\d\d)\b`)
)

func init() {
	var names []string
	var err error
	monthByName, names, err = MonthTable(monthsTSV)
	if err != nil {
		panic("clean: data/months.tsv: " + err.Error())
	}
	alt := strings.Join(names, "|")
	rxDayMonth = regexp.MustCompile(`(?i)\b(\d{1,2})(?:er|st|nd|rd|th|º|°)?\.?\s+(?:de\s+)?(` + alt + `)\.?,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d)\b`)
	rxMonthDay = regexp.MustCompile(`(?i)\b(` + alt + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
}

// MonthTable reads a month-name table (lines "lang<TAB>month<TAB>names",
// names comma-separated; # comments) into a map from lower-case name to
// month, and returns the names quoted for a regexp alternation, longest
// first (so that "septembre" wins over "sept"). A name given two different
// months is an error.
func MonthTable(tsv string) (map[string]int, []string, error) {
	byName := map[string]int{}
	var names []string
	for i, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, nil, fmt.Errorf("line %d: want lang, month, names", i+1)
		}
		m, err := strconv.Atoi(f[1])
		if err != nil || m < 1 || m > 12 {
			return nil, nil, fmt.Errorf("line %d: bad month %q", i+1, f[1])
		}
		for _, n := range strings.Split(f[2], ",") {
			n = strings.ToLower(strings.TrimSpace(n))
			if old, dup := byName[n]; dup {
				if old != m {
					return nil, nil, fmt.Errorf("line %d: %q is given months %d and %d", i+1, n, old, m)
				}
				continue
			}
			byName[n] = m
			names = append(names, regexp.QuoteMeta(n))
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	return byName, names, nil
}

// FindDate finds the first full calendar date written in s: "22 octobre
// 2021", "October 22, 2021", "2021-10-22", "24.10.2021", "18 - 12 - 2020",
// "10/24/2021", "2016年10月14日". Numeric dates are read day first unless that is impossible
// or lang is "en" with a slash ("10/24/2021"). It returns the date and its
// byte span in s, or ok=false.
func FindDate(s, lang string) (d dyad.Date, span dyad.Span, ok bool) {
	best := -1
	try := func(loc []int, y, m, day int) {
		if loc == nil || (best >= 0 && loc[0] >= best) {
			return
		}
		if m < 1 || m > 12 || day < 1 || day > 31 || y < 1900 {
			return
		}
		best = loc[0]
		d = dyad.Date{Year: y, Month: m, Day: day}
		span = dyad.Span{Start: loc[0], End: loc[1]}
		ok = true
	}
	if m := rxDayMonth.FindStringSubmatchIndex(s); m != nil {
		try(m, atoi(s[m[6]:m[7]]), monthByName[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[2]:m[3]]))
	}
	if m := rxMonthDay.FindStringSubmatchIndex(s); m != nil {
		try(m, atoi(s[m[6]:m[7]]), monthByName[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]]))
	}
	if m := rxCJK.FindStringSubmatchIndex(s); m != nil {
		try(m, atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if m := rxISO.FindStringSubmatchIndex(s); m != nil {
		try(m, atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	for _, m := range rxNumeric.FindAllStringSubmatchIndex(s, -1) {
		if s[m[4]:m[5]] != s[m[8]:m[9]] { // same separator twice
			continue
		}
		a, b, y := atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]]), atoi(s[m[10]:m[11]])
		day, mon := a, b
		if a <= 12 && (b > 12 || (lang == "en" && s[m[4]:m[5]] == "/")) {
			day, mon = b, a
		}
		try(m, y, mon, day)
		break
	}
	return d, span, ok
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
