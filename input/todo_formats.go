package input

import "bufio"

// Provisional: HTML, feeds and WARC readers are being written; until then
// such inputs are reported as not yet supported (never silently dropped).

func (r *reader) html(p string, data []byte, label string) error {
	return r.fail(&Error{Path: p, Reason: "HTML input not supported yet"})
}

func (r *reader) feed(p string, data []byte) error {
	return r.fail(&Error{Path: p, Reason: "feed input not supported yet"})
}

func (r *reader) warc(p string, b *bufio.Reader, gz bool) error {
	return r.fail(&Error{Path: p, Reason: "WARC input not supported yet"})
}
