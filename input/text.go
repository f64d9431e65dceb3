package input

import (
	"regexp"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/clean"
)

// dateHeader is the optional first line of the seeds' plain-text format:
// " date 2017-10" or "date: 2021-10-22", possibly followed on the same line
// by the start of the text.
var dateHeader = regexp.MustCompile(`^[ \t]*(?i:date)[ \t]*:?[ \t]+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?:[ \t]+|[ \t]*\n|$)`)

// ParseTextHeader splits the seeds' optional date header from a plain text:
// it returns the date (zero if none) and the text after the header.
func ParseTextHeader(s string) (dyad.Date, string) {
	m := dateHeader.FindStringSubmatchIndex(s)
	if m == nil {
		return dyad.Date{}, s
	}
	d, err := dyad.ParseDate(padDate(s[m[2]:m[3]]))
	if err != nil {
		return dyad.Date{}, s
	}
	return d, s[m[1]:]
}

// padDate turns 2021-1-5 into 2021-01-05.
func padDate(s string) string {
	parts := strings.Split(s, "-")
	for i := 1; i < len(parts); i++ {
		if len(parts[i]) == 1 {
			parts[i] = "0" + parts[i]
		}
	}
	return strings.Join(parts, "-")
}

func (r *reader) text(p string, data []byte, label string) error {
	s, err := decode(data, label)
	if err != nil {
		return r.fail(&Error{Path: p, Reason: err.Error()})
	}
	s = clean.Normalize(s)
	date, body := ParseTextHeader(s)
	body = strings.TrimSpace(body)
	if body == "" {
		return r.fail(&Error{Path: p, Reason: "no text"})
	}
	return r.doc(&dyad.Document{ID: p, Path: p, Text: body, Date: date})
}
