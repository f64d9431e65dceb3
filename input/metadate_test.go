package input

import (
	"testing"
	"time"
)

func TestZonedDates(t *testing.T) {
	local := []time.Time{}
	if l, ok := parseStamp("2022-05-03T23:37:37-04:00"); ok {
		local = append(local, l)
	} else {
		t.Fatal("parseStamp failed on an offset timestamp")
	}
	for _, c := range []struct {
		in     string
		stamps []time.Time
		want   string
	}{
		{"2022-05-04T03:37:37+00:00", local, "2022-05-03"}, // same instant written locally
		{"2022-05-04T03:37:37+00:00", nil, "2022-05-04"},   // nothing else: as written
		{"2022-05-04T09:00:00Z", local, "2022-05-04"},      // another instant
		{"2022-11-06T23:00:00.000Z", nil, "2022-11-07"},    // central European midnight
		{"2022-11-06T22:00:00Z", nil, "2022-11-07"},
		{"2022-11-06T22:00:13Z", nil, "2022-11-06"},
		{"2019-12-09T19:00:49+01:00", nil, "2019-12-09"}, // local: as written
		{"2019-12-09", nil, "2019-12-09"},
		{"20190806", nil, "2019-08-06"},
	} {
		d, ok := zoned(c.in, c.stamps)
		if !ok || d.String() != c.want {
			t.Errorf("zoned(%q) = %v %v, want %s", c.in, d, ok, c.want)
		}
	}
	if n := len(pageStamps(`<time datetime="2022-05-03T23:37:37-04:00"> "d":"2022-05-04T03:37:37Z" 2021-13-01T10:00:00+02:00 1-2-3`)); n != 1 {
		t.Errorf("pageStamps found %d stamps, want 1", n)
	}
}

func TestURLDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"https://x.org/2014/05/18/title", "2014-05-18"},
		{"https://x.org/blog/2014-05-18-title", "2014-05-18"},
		{"http://x.cn/news/2012-06/04/content_1.htm", "2012-06-04"},
		{"https://x.de/texte/22/20220127-gedenkstunde.html;jsessionid=1", "2022-01-27"},
		{"https://x.org/img_20220505203651.jpg", ""}, // a longer number
		{"https://x.org/2014/05/title", ""},          // no day
		{"https://x.org/a?date=2014-05-18", ""},      // query
		{"https://x.org/2014/13/40/x", ""},
	} {
		d, ok := urlDate(c.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("urlDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFindDateMoreLanguages(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"15 августа 2016, 13:43", "2016-08-15"},
		{"Опубліковано 3 травня 2021", "2021-05-03"},
		{"3 maja 2021 r.", "2021-05-03"},
		{"12 maart 2020", "2020-03-12"},
		{"15. elokuuta 2016", "2016-08-15"},
		{"Posted 2022/05/04 10:00", "2022-05-04"},
		{"2022.05.04.", "2022-05-04"},
		{"22 octobre 2021", "2021-10-22"}, // the clean package's own table
		{"version 2022.13.4", ""},
		{"2022/05.04", ""},
	} {
		d, _, ok := findDate(c.in, "")
		got := ""
		if ok {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("findDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
