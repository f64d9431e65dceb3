package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// warc reads a WARC 1.0/1.1 file (whole-file or per-record gzip, as Common
// Crawl writes it; the gzip layer is undone before this point since Go's
// gzip reader reads concatenated members). Every response or resource
// record whose payload is HTML becomes a document: URL from
// WARC-Target-URI, text and metadata from the page (ExtractHTML), and the
// WARC-Date as the publication date when the page states none. Other
// records (warcinfo, request, metadata, non-HTML responses) are skipped
// without a report. ID and Path are path#N, N counting records from 1.
func (r *reader) warc(p string, b *bufio.Reader, gz bool) error {
	wr := newWARCReader(b)
	for {
		rec, err := wr.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return r.fail(&Error{Path: p, Line: wr.n, Reason: readReason(err, gz)})
		}
		d, reason := warcDoc(rec)
		if d == nil && reason == "" {
			continue
		}
		if d == nil {
			if e := r.fail(&Error{Path: p, Line: wr.n, ID: rec.header.Get("WARC-Target-URI"), Reason: reason}); e != nil {
				return e
			}
			continue
		}
		d.ID = fmt.Sprintf("%s#%d", p, wr.n)
		d.Path = d.ID
		if d.Meta == nil {
			d.Meta = map[string]any{}
		}
		if t := rec.header.Get("WARC-Date"); t != "" {
			d.Meta["warc_date"] = t
		}
		if id := rec.header.Get("WARC-Record-ID"); id != "" {
			d.Meta["warc_record_id"] = id
		}
		if e := r.doc(d); e != nil {
			return e
		}
	}
}

type warcRecord struct {
	header textproto.MIMEHeader
	block  []byte
}

type warcReader struct {
	b *bufio.Reader
	n int // records read
}

func newWARCReader(b *bufio.Reader) *warcReader { return &warcReader{b: b} }

// maxWARCBlock bounds the block of one record held in memory; larger
// records are skipped with an error.
const maxWARCBlock = 64 << 20

// next reads one record: the version line, the named fields, a blank line,
// Content-Length bytes of block, and the two CRLF that end a record.
func (w *warcReader) next() (*warcRecord, error) {
	// skip blank lines between records
	var line string
	for {
		l, err := w.b.ReadString('\n')
		if err == io.EOF && strings.TrimSpace(l) == "" {
			return nil, io.EOF
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		if strings.TrimSpace(l) != "" {
			line = strings.TrimSpace(l)
			break
		}
		if err == io.EOF {
			return nil, io.EOF
		}
	}
	w.n++
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("not a WARC record (starts %.20q)", line)
	}
	tp := textproto.NewReader(w.b)
	h, err := tp.ReadMIMEHeader()
	if err != nil {
		return nil, fmt.Errorf("bad WARC header: %v", err)
	}
	n, err := strconv.ParseInt(strings.TrimSpace(h.Get("Content-Length")), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("bad WARC Content-Length %q", h.Get("Content-Length"))
	}
	if n > maxWARCBlock {
		if _, err := io.CopyN(io.Discard, w.b, n); err != nil {
			return nil, truncated(err)
		}
		return &warcRecord{header: h}, nil
	}
	block := make([]byte, n)
	if _, err := io.ReadFull(w.b, block); err != nil {
		return nil, truncated(err)
	}
	return &warcRecord{header: h, block: block}, nil
}

func truncated(err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("truncated WARC record: %w", err)
}

// warcDoc turns a record into a document; (nil, "") means "not a page".
func warcDoc(rec *warcRecord) (*dyad.Document, string) {
	typ := strings.ToLower(rec.header.Get("WARC-Type"))
	if typ != "response" && typ != "resource" {
		return nil, ""
	}
	uri := strings.Trim(rec.header.Get("WARC-Target-URI"), "<> ")
	ct := rec.header.Get("Content-Type")
	payload := rec.block
	if rec.block == nil {
		return nil, "record too large"
	}
	if typ == "response" && strings.HasPrefix(strings.ToLower(ct), "application/http") {
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.block)), nil)
		if err != nil {
			return nil, "bad HTTP response in WARC record: " + err.Error()
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil && len(body) == 0 {
			return nil, "bad HTTP body in WARC record: " + err.Error()
		}
		if resp.StatusCode != 200 {
			return nil, ""
		}
		ct = resp.Header.Get("Content-Type")
		if enc := strings.ToLower(resp.Header.Get("Content-Encoding")); enc == "gzip" || enc == "x-gzip" {
			if zr, err := gzip.NewReader(bytes.NewReader(body)); err == nil {
				if b, err := io.ReadAll(zr); err == nil {
					body = b
				}
			}
		}
		payload = body
	}
	mt, params, _ := mime.ParseMediaType(ct)
	if mt != "text/html" && mt != "application/xhtml+xml" && !(mt == "" && Sniff([]byte(head(string(payload), 512)), "") == HTML) {
		return nil, ""
	}
	d, err := ExtractHTML(payload, params["charset"], uri)
	if err != nil {
		return nil, err.Error()
	}
	if uri != "" {
		// the fetched address is the document's URL; a different canonical
		// address declared by the page is kept in Meta
		if d.URL != "" && d.URL != uri {
			d.Meta = map[string]any{"canonical_url": d.URL}
		}
		d.URL = uri
	}
	if d.Date.IsZero() {
		if dt, ok := parseMetaDate(rec.header.Get("WARC-Date")); ok {
			d.Date = dt
		}
	}
	return d, ""
}
