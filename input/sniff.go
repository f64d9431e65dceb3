package input

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Sniff guesses the format of an input from the first bytes of its
// (decompressed) content, using the file name's extension only when the
// content does not tell. It returns "" for binary content.
func Sniff(head []byte, name string) string {
	if isBinary(head) {
		return ""
	}
	h := head
	h = bytes.TrimPrefix(h, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(h, []byte("\xff\xfe")) || bytes.HasPrefix(h, []byte("\xfe\xff")) {
		h = utf16Head(h)
	}
	h = bytes.TrimLeft(h, " \t\r\n")
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")))
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return WARC
	case len(h) > 0 && h[0] == '{':
		return JSONL
	}
	low := bytes.ToLower(h)
	if len(low) > 0 && low[0] == '<' {
		// skip an XML declaration, comments and doctype to the first element
		rest := low
		for {
			rest = bytes.TrimLeft(rest, " \t\r\n")
			switch {
			case bytes.HasPrefix(rest, []byte("<?")):
				i := bytes.Index(rest, []byte("?>"))
				if i < 0 {
					rest = nil
				} else {
					rest = rest[i+2:]
				}
				continue
			case bytes.HasPrefix(rest, []byte("<!--")):
				i := bytes.Index(rest, []byte("-->"))
				if i < 0 {
					rest = nil
				} else {
					rest = rest[i+3:]
				}
				continue
			case bytes.HasPrefix(rest, []byte("<!doctype html")):
				return HTML
			case bytes.HasPrefix(rest, []byte("<!doctype")):
				i := bytes.IndexByte(rest, '>')
				if i < 0 {
					rest = nil
				} else {
					rest = rest[i+1:]
				}
				continue
			}
			break
		}
		switch {
		case hasTag(rest, "rss"), hasTag(rest, "feed"), hasTag(rest, "rdf:rdf"):
			return Feed
		case hasTag(rest, "html"), hasTag(rest, "head"), hasTag(rest, "body"), hasTag(rest, "meta"),
			hasTag(rest, "title"), hasTag(rest, "div"), hasTag(rest, "p"), hasTag(rest, "article"):
			return HTML
		}
		if bytes.Contains(low, []byte("<html")) || bytes.Contains(low, []byte("<body")) {
			return HTML
		}
	}
	switch ext {
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".warc":
		return WARC
	case ".jsonl", ".ndjson":
		return JSONL
	case ".rss", ".atom":
		return Feed
	}
	return Text
}

func hasTag(b []byte, tag string) bool {
	if !bytes.HasPrefix(b, []byte("<"+tag)) {
		return false
	}
	if len(b) == len(tag)+1 {
		return true
	}
	c := b[len(tag)+1]
	return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/'
}

// utf16Head turns the ASCII part of a UTF-16 prefix into bytes for sniffing.
func utf16Head(h []byte) []byte {
	le := h[0] == 0xff
	var out []byte
	for i := 2; i+1 < len(h); i += 2 {
		c, z := h[i], h[i+1]
		if !le {
			c, z = z, c
		}
		if z != 0 {
			out = append(out, '?')
			continue
		}
		out = append(out, c)
	}
	return out
}

// isBinary reports content that is not text: NUL bytes (outside UTF-16
// text with a byte-order mark) or many control characters.
func isBinary(head []byte) bool {
	if bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")) {
		return false
	}
	if looksUTF16NoBOM(head) {
		return false
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctrl++
		}
	}
	if len(head) > 0 && ctrl*10 > len(head) {
		return true
	}
	// a short head of invalid UTF-8 that is not plausible 8-bit text
	_ = utf8.Valid
	return false
}

// looksUTF16NoBOM recognises UTF-16 text without a byte-order mark: ASCII
// characters alternating with NUL bytes.
func looksUTF16NoBOM(h []byte) bool {
	if len(h) < 16 {
		return false
	}
	n := len(h) &^ 1
	if n > 256 {
		n = 256
	}
	zeroEven, zeroOdd := 0, 0
	for i := 0; i < n; i += 2 {
		if h[i] == 0 {
			zeroEven++
		}
		if h[i+1] == 0 {
			zeroOdd++
		}
	}
	half := n / 2
	return (zeroOdd*10 >= half*9 && zeroEven == 0) || (zeroEven*10 >= half*9 && zeroOdd == 0)
}
