package coder

// frsector2 round: a place reached through « près de », « à proximité de »,
// « au large de », « non loin de » (word list nearplace, fr_lex.txt) is
// the sentence's place like one after « à », « en », « dans »
// (sentencePlace): « des combattants kurdes ont dénoncé les frappes turques
// près de Kobané » SYRREB.

// nearPlace reports a mention starting at token st after "de" (or "de
// la", "du") that follows a word of the list nearplace.
func (s *sent) nearPlace(st int) bool {
	k := st - 1
	if s.lx.lang == "fr" && k > 0 && s.isDet(k) && s.inAt("genitive", k-1) {
		k--
	}
	return k > 0 && s.inAt("genitive", k) && s.inAt("nearplace", k-1)
}
