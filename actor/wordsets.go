package actor

import (
	"strings"
	"sync"

	"github.com/dyadproject/dyad/text"
)

// wordSets are the small word lists of data/wordsets.txt the stage's rules
// use (determiners, function words, person nouns, non-name capitals),
// folded, read once.
var (
	wordSetsOnce sync.Once
	wordSetsMap  map[string]map[string]bool
)

func wordSet(name string) map[string]bool {
	wordSetsOnce.Do(func() {
		b, err := dataFS.ReadFile("data/wordsets.txt")
		if err != nil {
			panic("actor: data/wordsets.txt missing from the embedded data: " + err.Error())
		}
		// data/ensector_wordsets.txt: the English actor-sector sets (ensector round)
		e, err := dataFS.ReadFile("data/ensector_wordsets.txt")
		if err != nil {
			panic("actor: data/ensector_wordsets.txt missing from the embedded data: " + err.Error())
		}
		wordSetsMap = parseWordSets(string(b) + "\n" + string(e))
	})
	return wordSetsMap[name]
}

// parseWordSets reads "@set NAME" blocks of space-separated words; "#"
// starts a comment line, "@source" names the provenance.
func parseWordSets(s string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	var cur map[string]bool
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.HasPrefix(line, "@set ") {
			name := strings.TrimSpace(line[5:])
			if out[name] == nil {
				out[name] = map[string]bool{}
			}
			cur = out[name]
			continue
		}
		if line[0] == '@' || cur == nil {
			continue
		}
		for _, w := range strings.Fields(line) {
			cur[text.Fold(w)] = true
		}
	}
	return out
}
