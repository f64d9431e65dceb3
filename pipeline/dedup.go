package pipeline

import "github.com/dyadproject/dyad"

// dedupStage drops an event that repeats an earlier event of the same
// document: same source, target, code, negation, mode and date. Articles
// restate their main event (title, lead, body); a careful coder codes it
// once. The first mention, with its evidence, is kept. Events that differ
// in any of those fields (a reported and an asserted version, another
// date) are kept apart.
type dedupStage struct{}

func (dedupStage) Name() string { return "dedup" }

func (dedupStage) Process(a *dyad.Analysis) error {
	DedupEvents(a, nil)
	return nil
}

// DedupEvents drops each event of a that repeats an earlier event of the
// same part: same source, target, code, negation, mode and date. With a nil
// part the whole document is one part (dedupStage); dyad eval, which codes
// the sentence records of an article as one document, passes the record an
// event's evidence falls in, so that each record keeps its own first event.
func DedupEvents(a *dyad.Analysis, part func(dyad.Event) int) {
	type key struct {
		part                 int
		src, tgt, code, date string
		neg                  bool
		mode                 dyad.Mode
	}
	if len(a.Events) < 2 {
		return
	}
	seen := make(map[key]bool, len(a.Events))
	out := a.Events[:0]
	for _, e := range a.Events {
		k := key{0, e.Source, e.Target, e.Code, e.Date, e.Negated, e.Mode}
		if part != nil {
			k.part = part(e)
		}
		if seen[k] {
			a.Tracef("dedup", "s%d: %s -> %s %s repeats an earlier event of the document: dropped", e.Sentence, e.Source, e.Target, e.Code)
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	a.Events = out
}
