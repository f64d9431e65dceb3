package actor

import (
	"strings"
	"sync"

	"github.com/dyadproject/dyad/text"
)

// wordSets are the small word lists of the wordSetFiles the stage's rules
// use (determiners, function words, person nouns, non-name capitals),
// folded, read once.
var (
	wordSetsOnce sync.Once
	wordSetsMap  map[string]map[string]bool
)

// wordSetFiles: the embedded word-set files, read in this order (a set
// named twice gets the words of both).
var wordSetFiles = []string{
	"wordsets.txt",
	"ensector_wordsets.txt",  // the English actor-sector sets (ensector round)
	"frdoc_wordsets.txt",     // definite descriptions across sentences (frdoc round)
	"frsector2_wordsets.txt", // locative prepositions (frsector2 round)
}

func wordSet(name string) map[string]bool {
	wordSetsOnce.Do(func() {
		var all strings.Builder
		for _, f := range wordSetFiles {
			b, err := dataFS.ReadFile("data/" + f)
			if err != nil {
				panic("actor: data/" + f + " missing from the embedded data: " + err.Error())
			}
			all.Write(b)
			all.WriteByte('\n')
		}
		wordSetsMap = parseWordSets(all.String())
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

// endsInSet reports a word that ends with one of the endings of the word
// set named set (a set of suffixes, e.g. past-suffix-en).
func endsInSet(w, set string) bool {
	for suf := range wordSet(set) {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
