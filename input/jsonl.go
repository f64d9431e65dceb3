package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/clean"
)

// jsonl reads one JSON object per line. Known fields: id (string or
// number), text, date, lang, url, source, title, author; the others go to
// Document.Meta. Blank lines are skipped.
func (r *reader) jsonl(p string, b *bufio.Reader, gz bool) error {
	line := 0
	for {
		rec, tooLong, err := readLine(b, MaxLine)
		if len(rec) > 0 || tooLong {
			line++
			if e := r.record(p, line, rec, tooLong); e != nil {
				return e
			}
		} else if err == nil {
			line++ // blank line
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return r.fail(&Error{Path: p, Line: line + 1, Reason: readReason(err, gz)})
		}
	}
}

// readLine reads a line without its end; a line longer than max is
// consumed and reported with tooLong.
func readLine(b *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, e := b.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max {
				tooLong = true
				line = nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e != nil && e != io.EOF {
			return nil, tooLong, e
		}
		line = bytes.TrimRight(line, "\r\n")
		if e == io.EOF && len(line) == 0 && !tooLong {
			return nil, false, io.EOF
		}
		if e == io.EOF {
			// last line without a newline: deliver it, EOF comes next call
			return line, tooLong, nil
		}
		return line, tooLong, nil
	}
}

func (r *reader) record(p string, n int, rec []byte, tooLong bool) error {
	where := fmt.Sprintf("%s#%d", p, n)
	if tooLong {
		return r.fail(&Error{Path: p, Line: n, Reason: fmt.Sprintf("record too long (over %d bytes)", MaxLine)})
	}
	if n == 1 {
		rec = bytes.TrimPrefix(rec, []byte("\xef\xbb\xbf"))
	}
	rec = bytes.TrimSpace(rec)
	if len(rec) == 0 {
		return nil
	}
	if !utf8.Valid(rec) {
		return r.fail(&Error{Path: p, Line: n, Reason: fmt.Sprintf("invalid UTF-8 at byte %d of the line", invalidAt(rec))})
	}
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(rec))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		return r.fail(&Error{Path: p, Line: n, Reason: "invalid JSON: " + jsonReason(err)})
	}
	if dec.More() {
		return r.fail(&Error{Path: p, Line: n, Reason: "invalid JSON: extra data after the object"})
	}
	if m == nil {
		return r.fail(&Error{Path: p, Line: n, Reason: "invalid JSON: not an object"})
	}
	d := &dyad.Document{Path: where}
	for k, v := range m {
		var ok bool
		switch k {
		case "id":
			switch x := v.(type) {
			case string:
				d.ID, ok = x, true
			case json.Number:
				d.ID, ok = x.String(), true
			}
		case "text":
			d.Text, ok = v.(string)
		case "lang", "language":
			d.Lang, ok = v.(string)
			d.Lang = strings.ToLower(d.Lang)
		case "url":
			d.URL, ok = v.(string)
		case "source":
			d.Source, ok = v.(string)
		case "title":
			d.Title, ok = v.(string)
		case "author":
			d.Author, ok = v.(string)
		case "date":
			if s, isStr := v.(string); isStr {
				if dt, err := ParseAnyDate(s); err == nil {
					d.Date, ok = dt, true
				}
			}
		}
		if !ok && v != nil {
			if d.Meta == nil {
				d.Meta = map[string]any{}
			}
			d.Meta[k] = v
		}
	}
	if d.ID == "" {
		d.ID = where
	}
	if strings.TrimSpace(d.Text) == "" {
		id := d.ID
		if id == where {
			id = ""
		}
		return r.fail(&Error{Path: p, Line: n, ID: id, Reason: "no text"})
	}
	return r.doc(d)
}

func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "unexpected end of record"
	}
	return err.Error()
}

var rxAllDigits = regexp.MustCompile(`^[\d-]+$`)

// ParseAnyDate reads a publication date written as YYYY, YYYY-MM,
// YYYY-MM-DD or an ISO/RFC 3339 timestamp (cut to its date), also with
// slashes or single-digit parts (2021/10/5), or a full date written out
// ("22 mai 2012", "October 22, 2021", "24.10.2021").
func ParseAnyDate(s string) (dyad.Date, error) {
	s = strings.TrimSpace(s)
	if d, span, ok := clean.FindDate(s, ""); ok && span.Start == 0 && span.End == len(s) && !rxAllDigits.MatchString(s) {
		return d, nil // "22 mai 2012", "October 22, 2021", "24.10.2021"
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ' || s[10] == 't') {
		s = s[:10]
	}
	s = strings.ReplaceAll(s, "/", "-")
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return dyad.Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	for i, x := range parts {
		if _, err := strconv.Atoi(x); err != nil {
			return dyad.Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
		}
		if i > 0 && len(x) == 1 {
			parts[i] = "0" + x
		}
	}
	return dyad.ParseDate(strings.Join(parts, "-"))
}
