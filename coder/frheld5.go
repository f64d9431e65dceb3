package coder

// liftLight: "a promis de continuer à combattre le Hezbollah", "vowed
// to keep fighting", "a refusé de continuer à négocier": a light verb
// (`lightverb`, continuing or beginning, not trying) that is itself the
// complement of an intent or refusal word passes that word's class to
// its own complement, which is transformed as if it followed the intent
// or refusal word directly (frheld5). It returns the class and governing
// word to use.
func (s *sent) liftLight(cls string, g int) (string, int) {
	if cls != "light" || g < 0 || s.inAt("attemptverb", g) {
		return cls, g
	}
	if c2, g2 := s.governor(g); c2 == "intent" || c2 == "refusal" {
		return c2, g2
	}
	return cls, g
}

// restatedAct: "a réaffirmé le soutien de Varsovie à l'Ukraine": the
// nominal event of the same code as the verb's is the verb's own object
// restated (the support reaffirmed), not another's act praised or
// criticised, so its owner is no target for actAuthorTargets (frheld5).
func (s *sent) restatedAct(ca, cb *cand) bool {
	return cb.code == ca.code
}
