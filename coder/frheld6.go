package coder

// frheld6 round (2026-11-27): the spent held-back French batches of the
// sixth session used as fixing material (coder/README.md "frheld6 round").

// adjunctSkip reports a French token that frAdjunctSubject passes over while
// it walks back from a comma-led adjunct to the main verb (« a exhorté
// Israël à laisser entrer l'aide, au cours d'une visite à Jérusalem »): an
// infinitive has no subject of its own in the clause (the nearest actor
// before it is the main verb's object, not the visitor), and a verb-shaped
// word after an article (« l'aide », « les appels ») is a noun; the walk
// goes on to the finite verb.
func (s *sent) adjunctSkip(j int) bool {
	if s.lx.lang != "fr" {
		return false
	}
	if s.infinitiveAt(j) {
		return true
	}
	if j > 0 && s.inAt("det", j-1) && !s.inAt("cliticdet", j-1) {
		return true
	}
	return j > 1 && s.inAt("cliticdet", j-1) && s.actor[j-2] < 0 && s.verbForm(j-2)
}
