package input

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decode turns raw bytes into valid UTF-8. label is a declared charset
// ("" when none): an HTML meta charset or an HTTP Content-Type parameter.
// The rules: a byte-order mark wins (UTF-8, UTF-16 LE/BE); then a declared
// non-UTF-8 charset; then valid UTF-8 is taken as is; UTF-16 without a mark
// is recognised by its NUL bytes; 8-bit text with no valid multi-byte UTF-8
// sequence at all is read as windows-1252 (a superset of ISO-8859-1's
// printable characters). Text that is mostly UTF-8 but has an invalid byte
// is an error giving the byte offset.
func decode(data []byte, label string) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
		label = "utf-8"
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data)
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data)
	case looksUTF16NoBOM(data):
		if len(data) > 1 && data[0] == 0 {
			return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), data)
		}
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), data)
	}
	label = strings.ToLower(strings.TrimSpace(label))
	if label != "" && label != "utf-8" && label != "utf8" {
		if enc, name := charset.Lookup(label); enc != nil && name != "utf-8" {
			return decodeWith(enc, data)
		}
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if label == "" && !hasMultibyteUTF8(data) {
		return decodeWith(charmap.Windows1252, data)
	}
	return "", fmt.Errorf("invalid UTF-8 at byte %d", invalidAt(data))
}

func decodeWith(enc encoding.Encoding, data []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("cannot decode: %v", err)
	}
	if !utf8.Valid(out) {
		return "", fmt.Errorf("invalid text after decoding at byte %d", invalidAt(out))
	}
	return string(out), nil
}

// hasMultibyteUTF8 reports whether data holds at least one valid UTF-8
// sequence of two bytes or more.
func hasMultibyteUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError && n > 1 {
			return true
		}
		i++
	}
	return false
}

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
