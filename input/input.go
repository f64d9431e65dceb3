// Package input reads news documents from files, directories and standard
// input: plain text (the seeds' format), JSON Lines, HTML pages, WARC
// archives (as Common Crawl writes them) and RSS/Atom feeds, gzip-compressed
// or not.
//
// Read walks its paths and calls back once per document, or once per input
// or record it cannot read, with an *Error naming the input and the reason;
// a batch goes on past bad inputs. The format of each input is sniffed from
// its content (gzip magic, "WARC/1.", "{" JSON, "<html"/"<!DOCTYPE",
// "<rss"/"<feed"), with the file extension as a tie-breaker; Options.Format
// forces one.
//
// Text is decoded to UTF-8 (byte-order marks, HTML charset declarations,
// windows-1252 for legacy 8-bit text) and, except for JSON Lines records,
// normalised with clean.Normalize (NFC, odd spaces to space, soft hyphens and
// zero-width characters removed). JSON Lines text is passed on exactly as
// given, so that offsets computed by others on it stay valid.
//
// Limits: a document whose text exceeds MaxText bytes (5 MB) is not passed
// on; an *Error says so. A whole-file input (text, HTML, feed) larger than
// MaxFile bytes (64 MB after decompression) is refused the same way; JSON
// Lines and WARC files are streamed and have no size limit.
package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad"
)

// Limits.
const (
	MaxText = 5 << 20  // bytes of text per document
	MaxFile = 64 << 20 // bytes of a whole-file input after decompression
	MaxLine = 32 << 20 // bytes of a JSON Lines record
)

// Formats accepted by Options.Format.
const (
	Text  = "text"
	JSONL = "jsonl"
	HTML  = "html"
	WARC  = "warc"
	Feed  = "feed"
)

// Options tune Read.
type Options struct {
	// Format is "" to sniff each input, or one of text, jsonl, html, warc,
	// feed to force it.
	Format string
	// Charset is a character encoding declared outside the inputs (an HTTP
	// Content-Type charset), "" if none; a byte-order mark still wins.
	Charset string
}

// Error reports an input, or a record inside one, that could not be read.
type Error struct {
	Path   string // the file ("-" for standard input)
	Line   int    // 1-based line of a JSON Lines record, record number in a WARC file; 0 if none
	ID     string // the record's id when known
	Reason string // binary file, invalid UTF-8 at byte N, invalid JSON, no text, truncated gzip...
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.ID != "" {
		fmt.Fprintf(&b, " (%s)", e.ID)
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// errStop wraps a non-nil return of the callback so that it goes back to
// the caller untouched.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }

// Read reads every path (a file, a directory walked recursively in lexical
// order skipping hidden files and directories, or "-" for standard input)
// and calls fn(doc, nil) for each document, fn(nil, err) with an *Error for
// each input or record that cannot be read. It stops and returns fn's error
// when fn returns non-nil; otherwise it returns nil (bad inputs are reported
// through fn only). An unknown Options.Format is an error.
func Read(paths []string, opts Options, fn func(doc *dyad.Document, err error) error) error {
	switch opts.Format {
	case "", Text, JSONL, HTML, WARC, Feed:
	default:
		return fmt.Errorf("input: unknown format %q (want text, jsonl, html, warc or feed)", opts.Format)
	}
	r := &reader{opts: opts, fn: fn}
	for _, p := range paths {
		if err := r.path(p); err != nil {
			var s errStop
			if errors.As(err, &s) {
				return s.err
			}
			return err
		}
	}
	return nil
}

// ReadBytes is Read for one input held in memory (a fetched feed or
// page); name is used as its path ("https://..." for a URL).
func ReadBytes(name string, data []byte, opts Options, fn func(doc *dyad.Document, err error) error) error {
	switch opts.Format {
	case "", Text, JSONL, HTML, WARC, Feed:
	default:
		return fmt.Errorf("input: unknown format %q (want text, jsonl, html, warc or feed)", opts.Format)
	}
	r := &reader{opts: opts, fn: fn}
	if err := r.stream(name, bytes.NewReader(data)); err != nil {
		var s errStop
		if errors.As(err, &s) {
			return s.err
		}
		return err
	}
	return nil
}

type reader struct {
	opts Options
	fn   func(*dyad.Document, error) error
}

func (r *reader) doc(d *dyad.Document) error {
	if len(d.Text) > MaxText {
		return r.fail(&Error{Path: d.Path, ID: d.ID, Reason: fmt.Sprintf("document too large: %d bytes of text (limit %d)", len(d.Text), MaxText)})
	}
	if err := r.fn(d, nil); err != nil {
		return errStop{err}
	}
	return nil
}

func (r *reader) fail(e *Error) error {
	if err := r.fn(nil, e); err != nil {
		return errStop{err}
	}
	return nil
}

func (r *reader) path(p string) error {
	if p == "-" {
		return r.stream("-", os.Stdin)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return r.fail(&Error{Path: p, Reason: osReason(err)})
	}
	if !fi.IsDir() {
		return r.file(p)
	}
	return filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		if err != nil {
			return r.fail(&Error{Path: q, Reason: osReason(err)})
		}
		if q != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		return r.file(q)
	})
}

func osReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func (r *reader) file(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return r.fail(&Error{Path: p, Reason: osReason(err)})
	}
	defer f.Close()
	return r.stream(p, f)
}

// stream reads one input: it undoes gzip, sniffs the format and dispatches.
func (r *reader) stream(p string, in io.Reader) error {
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(2)
	var src io.Reader = br
	gz := false
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return r.fail(&Error{Path: p, Reason: "bad gzip: " + err.Error()})
		}
		defer zr.Close()
		src = zr
		gz = true
	}
	b := bufio.NewReaderSize(src, 64<<10)
	head, err := b.Peek(4096)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		if len(head) == 0 {
			return r.fail(&Error{Path: p, Reason: readReason(err, gz)})
		}
	}
	format := r.opts.Format
	if format == "" {
		format = Sniff(head, p)
	}
	if format == "" {
		if len(bytes.TrimSpace(head)) == 0 && err != nil {
			return r.fail(&Error{Path: p, Reason: "no text (empty file)"})
		}
		return r.fail(&Error{Path: p, Reason: "binary file"})
	}
	switch format {
	case JSONL:
		return r.jsonl(p, b, gz)
	case WARC:
		return r.warc(p, b, gz)
	}
	data, err := io.ReadAll(io.LimitReader(b, MaxFile+1))
	if err != nil {
		return r.fail(&Error{Path: p, Reason: readReason(err, gz)})
	}
	if len(data) > MaxFile {
		return r.fail(&Error{Path: p, Reason: fmt.Sprintf("file too large (over %d bytes)", MaxFile)})
	}
	switch format {
	case HTML:
		return r.html(p, data, r.opts.Charset)
	case Feed:
		return r.feed(p, data)
	}
	return r.text(p, data, r.opts.Charset)
}

func readReason(err error, gz bool) string {
	if gz && (errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum)) {
		return "truncated or corrupt gzip: " + err.Error()
	}
	if gz {
		return "gzip: " + err.Error()
	}
	return err.Error()
}
