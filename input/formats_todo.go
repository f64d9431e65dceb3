package input

import "bufio"

// Provisional until the feed and WARC readers land: such inputs are
// reported, never silently dropped.

func (r *reader) feed(p string, data []byte) error {
	return r.fail(&Error{Path: p, Reason: "feed input not supported yet"})
}

func (r *reader) warc(p string, b *bufio.Reader, gz bool) error {
	return r.fail(&Error{Path: p, Reason: "WARC input not supported yet"})
}
