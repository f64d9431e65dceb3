package eval

import (
	"strings"
	"testing"
)

// frwiki2 round: the sentence records of one article are grouped, by their
// "article" field or an id PREFIX-N; pairs "p001-en"/"p001-fr", records of
// other dates or languages and non-events gold stay alone.
func TestArticleGroups(t *testing.T) {
	lines := []string{
		`{"id":"wn1-01","lang":"fr","date":"2012-06-21","text":"a","events":[],"article":"1: A"}`,
		`{"id":"wn1-02","lang":"fr","date":"2012-06-21","text":"b","events":[],"article":"1: A"}`,
		`{"id":"w02-1","lang":"fr","date":"2012-06-21","text":"c","events":[]}`,
		`{"id":"w02-2","lang":"fr","date":"2012-06-21","text":"d","noevents":true}`,
		`{"id":"w02-3","lang":"fr","date":"2012-06-22","text":"e","events":[]}`,
		`{"id":"p001-en","lang":"en","date":"2012-06-21","text":"f","events":[]}`,
		`{"id":"p001-fr","lang":"fr","date":"2012-06-21","text":"g","events":[]}`,
		`{"id":"x-1","lang":"fr","date":"2012-06-21","text":"h","plover":"ASSAULT"}`,
		`{"id":"x-2","lang":"fr","date":"2012-06-21","text":"i","plover":"ASSAULT"}`,
	}
	g, err := ReadGold(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	got := ArticleGroups(g)
	want := [][2]int{{0, 2}, {2, 4}, {4, 5}, {5, 6}, {6, 7}, {7, 8}, {8, 9}}
	if len(got) != len(want) {
		t.Fatalf("groups %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("groups %v, want %v", got, want)
		}
	}
}
