package timex

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// EventDate returns the date of the event whose words are at (a span of
// sentence number sentence): the value of the DATE or TIME expression that
// governs the clause around at, else the publication date
// (a.Doc.Date.String(), "" when unknown). Granularity is kept ("2021-10",
// "2021-W42", "2021"); a TIME gives its date part; durations, sets,
// PRESENT_REF/PAST_REF/FUTURE_REF and unresolved XXXX values never date an
// event.
//
// Heuristics: among the sentence's dated expressions, the one with the
// fewest clause boundaries (commas, semicolons, relatives and conjunctions
// of the [clause] data section) between it and at wins, then the nearest.
// Expressions opened by a [noeventdate] word are skipped: "depuis 2014",
// "d'ici mai 2021", "jusqu'au 2 juin" bound a span, they do not date the
// event. Expressions after "du"/"de" ([nounmod]: "les attentats du 11
// septembre") date a noun, and only win when nothing else is in the
// sentence.
func EventDate(a *dyad.Analysis, sentence int, at dyad.Span) string {
	def := ""
	if a.Doc != nil {
		def = a.Doc.Date.String()
	}
	lxs, err := load()
	if err != nil || a.Doc == nil {
		return def
	}
	lx, ok := lxs[a.Doc.Lang]
	if !ok {
		lx = lxs["fr"]
	}
	txt := a.Doc.Text
	sent := dyad.Span{Start: 0, End: len(txt)}
	if sentence >= 0 && sentence < len(a.Sentences) {
		sent = a.Sentences[sentence].Span
	}
	best, bestScore := "", 1<<62
	var toks []tok
	var buf []byte
	for _, x := range a.Times {
		if x.Sentence != sentence || x.Type != "DATE" && x.Type != "TIME" || x.Value == "" || x.Value[0] < '0' || x.Value[0] > '9' {
			continue
		}
		// the words just before the expression
		from := x.Start - 32
		if from < sent.Start {
			from = sent.Start
		}
		toks, buf = tokenize(txt, from, x.Start, toks, buf)
		lx.index(toks)
		if endsWith(toks, sNoeventdate) {
			continue
		}
		score := 0
		if endsWith(toks, sNounmod) {
			score += 1 << 40
		}
		// clause boundaries between the expression and at
		lo, hi := x.End, at.Start
		if at.End <= x.Start {
			lo, hi = at.End, x.Start
		}
		if lo < hi {
			toks, buf = tokenize(txt, lo, hi, toks, buf)
			lx.index(toks)
			for k := range toks {
				if toks[k].kind == tPunct && (toks[k].norm == "," || toks[k].norm == ";" || toks[k].norm == ":") || has(toks, k, sClause) {
					score += 1 << 20
				} else if e, _ := match(toks, k, sClause); e != nil {
					score += 1 << 20
				}
			}
			score += hi - lo
		}
		if score < bestScore {
			best, bestScore = x.Value, score
		}
	}
	if best == "" {
		return def
	}
	if k := strings.IndexByte(best, 'T'); k > 0 {
		best = best[:k]
	}
	return best
}

// endsWith reports whether an entry of section sec ends at the last token.
func endsWith(toks []tok, sec sec) bool {
	n := len(toks)
	for s := n - 1; s >= 0 && s >= n-4; s-- {
		if e, j := match(toks, s, sec); e != nil && j == n {
			return true
		}
	}
	return false
}
