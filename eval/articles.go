package eval

import "strings"

// ArticleGroups returns the runs of consecutive gold records that are the
// sentences of one article, as [start, end) index ranges covering gold in
// order (a record of its own is a run of one). frwiki2 round: gold sets of
// the Wikinews kind code each sentence, but count anaphors of an actor named
// earlier in the article (CODING.md: « l'organisation », « le président »,
// « ils »), so the pipeline must read the article, not the sentence alone.
// Records join when they are events gold only (no PLOVER, CAMEO or times
// gold, whose offsets are the record's), have the same language and date
// and the same article key: their "article" field, or else an id of the
// form PREFIX-N with N a number ("wn44269-03", "w12-4"; not "p001-en").
func ArticleGroups(gold []GoldRecord) [][2]int {
	var out [][2]int
	for i := 0; i < len(gold); {
		j := i + 1
		if k := articleKey(&gold[i]); k != "" {
			for j < len(gold) && articleKey(&gold[j]) == k &&
				gold[j].Lang == gold[i].Lang && gold[j].Date == gold[i].Date {
				j++
			}
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

func articleKey(g *GoldRecord) string {
	if !g.HasEvents || g.HasPLOVER || g.HasCAMEO || g.HasTimes {
		return ""
	}
	if g.Article != "" {
		return "a\x00" + g.Article
	}
	k := strings.LastIndexByte(g.ID, '-')
	if k <= 0 || k == len(g.ID)-1 {
		return ""
	}
	for _, c := range g.ID[k+1:] {
		if c < '0' || c > '9' {
			return ""
		}
	}
	return "i\x00" + g.ID[:k]
}
