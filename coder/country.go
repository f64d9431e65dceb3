package coder

// Country completion of the country round (helper "country", 2026-11-26):
// when an actor of unknown country takes a country its sentence names, and
// when it must not. Word lists: `awaycue`, `postednoun`, `ownforcerole`
// (the country block of en_lex.txt and fr_lex.txt).

import "strings"

// awayPlace reports a place mention m introduced by a cue of presence
// away from home (`awaycue`: "the opposition leader, speaking in London,
// ...", "le président, en visite à Moscou, ...", "après son retour du
// Kenya"): the place is someone's whereabouts. The cue stands at most
// three words before the place, in the same clause part. With left (a cue
// of `leftcue`: retour, returning), the place has been left and is not the
// event's place at all.
func (s *sent) awayPlace(m int, left bool) bool {
	if s.mst[m] < 0 {
		return false
	}
	list := "awaycue"
	if left {
		list = "leftcue"
	}
	for k, n := s.mst[m]-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		if s.hard(k) || s.norm(k) == "," {
			return false
		}
		if s.inAt(list, k) {
			return true
		}
		if s.actor[k] >= 0 {
			return false
		}
	}
	return false
}

// sentPlace reports that the place mention m is where something is sent
// ("opposés à l'envoi de policiers en Haïti", "against the deployment of
// troops to Mali"): after a cue of sending (`sendcue`) within 6 words
// before it, past the agents sent, the place is a destination, not the
// event's place (par3fr round).
func (s *sent) sentPlace(m int) bool {
	if s.mst[m] < 0 {
		return false
	}
	for k, n := s.mst[m]-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		if s.hard(k) || s.norm(k) == "," {
			return false
		}
		if s.inAt("sendcue", k) {
			return true
		}
		if a := s.actor[k]; a >= 0 && s.a.Actors[s.ments[a]].Kind != "agent" {
			return false
		}
	}
	return false
}

// visitPlace reports that the sentence's place of country cc is named
// after a cue of presence away from home in an incise right after the
// source mention src ("le chef de l'opposition, en visite à Paris, ..."):
// the visitor does not take it; the people it acts on there still may,
// and so does anyone when the visit is someone else's ("during the
// president's visit to Kabul, police arrested ..."). After a mere cue of
// speaking (`speakcue`: "the opposition leader, speaking in London,
// criticised the Zimbabwean government") the place is the speaker's only
// when the target names another state (tgt, as the domestic rules read
// it): "the minister, speaking in Nairobi, praised the police" may well be
// Kenyan.
func (s *sent) visitPlace(cc string, src, tgt int) bool {
	if src < 0 || s.men[src] < 0 || s.men[src] >= len(s.toks) || s.norm(s.men[src]) != "," {
		return false
	}
	for m := range s.codes {
		if s.a.Actors[s.ments[m]].Kind != "country" || !strings.HasPrefix(s.codes[m], cc) || s.mst[m] <= s.men[src] || s.mst[m]-s.men[src] > 5 {
			continue
		}
		if s.awayPlace(m, false) {
			return true
		}
		if s.cueBefore(m, "speakcue") && tgt >= 0 {
			if tc := s.lx.stateCC(s.codes[tgt]); tc != "" && tc != cc {
				return true
			}
		}
	}
	return false
}

// cueBefore reports a word of list at most three words before mention m,
// in the same clause part.
func (s *sent) cueBefore(m int, list string) bool {
	for k, n := s.mst[m]-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		if s.hard(k) || s.norm(k) == "," || s.actor[k] >= 0 {
			return false
		}
		if s.inAt(list, k) {
			return true
		}
	}
	return false
}

// postedAgent reports an agent mention m whose head is a diplomatic post
// (`postednoun`: embassy, ambassador, consulate, envoy; ambassade,
// ambassadeur, consulat) with no country of its own: "the embassy in
// Kabul", "l'ambassadeur à Paris" is another state's post there, so the
// place after it does not give its country.
func (s *sent) postedAgent(m int) bool {
	if m < 0 || s.mst[m] < 0 || s.men[m] <= s.mst[m] || s.a.Actors[s.ments[m]].Kind != "agent" {
		return false
	}
	return s.inAt("postednoun", s.men[m]-1)
}

// postedSource gives the code a diplomatic post acting as a source keeps
// when the coder completed its country from the place right after it
// ("the embassy in Kabul criticised the Afghan government" ---GOV, not
// AFGGOV; "the ambassador in Paris accused Algeria" ---GOV): the code
// the actor stage gave it; "" when the rule does not apply. A post owned
// through a possessive ("son ambassade à Téhéran") is left as it was, and
// so is a post as a target (CAMEO coders direct "attacks on the embassy
// in Kabul" at the host country).
func (s *sent) postedSource(m int) string {
	if !s.postedAgent(m) || s.mst[m] > 0 && s.inAt("postowner", s.mst[m]-1) {
		return ""
	}
	orig := s.a.Actors[s.ments[m]].Code
	if orig == s.codes[m] || m+1 >= len(s.codes) || s.mst[m+1] < 0 {
		return ""
	}
	k := s.men[m]
	if k < len(s.toks) && s.inAt("locprep", k) && !s.inAt("genitive", k) && s.mst[m+1] <= k+2 && s.a.Actors[s.ments[m+1]].Kind == "country" && strings.HasPrefix(s.codes[m], s.lx.stateCC(s.codes[m+1])) {
		return orig
	}
	return ""
}

// ownForces completes a target of unknown country naming a state's forces
// (`ownforcerole`: soldiers, police) praised, thanked or rewarded (05x)
// by an actor of a known state, when no other state is named in the
// sentence: "Le ministre nigérien de la Défense a félicité les soldats"
// NERGOV > NERMIL. A minister of unknown country praising soldiers of a
// named country ("a salué les soldats maliens") is left as it is.
func (s *sent) ownForces(src, tgt int, source, target, code string) string {
	if !strings.HasPrefix(target, "---") || len(target) < 6 || !strings.HasPrefix(code, "05") {
		return target
	}
	cc := s.lx.stateCC(source)
	if cc == "" || !s.lx.in("ownforcerole", strings.ToLower(target[3:6])) {
		return target
	}
	for i, c := range s.codes {
		if i == src || i == tgt {
			continue
		}
		if o := s.lx.stateCC(c); o != "" && o != cc {
			return target
		}
	}
	return cc + target[3:]
}

// countryAnaphor completes an agent of unknown country named as the
// country's own ("the country's army", "l'armée du pays", "la police de ce
// pays"; `countrynoun`) from the one state named before it in the
// sentence: "Mali's junta said the country's army ..." MLIMIL. Two
// different states before it, or none, leave it as it is.
func (s *sent) countryAnaphor() {
	for m := range s.codes {
		c := s.codes[m]
		if !strings.HasPrefix(c, "---") || len(c) < 6 || s.mst[m] < 0 || s.a.Actors[s.ments[m]].Kind != "agent" {
			continue
		}
		ana := false
		if k := s.mst[m]; s.lx.lang == "en" && k >= 2 && s.inAt("possclitic", k-1) && s.inAt("countrynoun", k-2) {
			// "the country's army"
			ana = true
		}
		if k := s.men[m]; s.lx.lang == "fr" && k+1 < len(s.toks) && s.inAt("genitive", k) {
			// "l'armée du pays", "la police de ce pays"
			j := k + 1
			if j+1 < len(s.toks) && s.inAt("det", j) {
				j++
			}
			ana = s.inAt("countrynoun", j) && (j+1 >= len(s.toks) || s.actor[j+1] < 0 || s.mst[s.actor[j+1]] != j+1)
		}
		if !ana || s.foreignMention(m) {
			// frwiki: "le départ des troupes étrangères du pays" are not
			// the country's own troops
			continue
		}
		s.lendStateBefore(m, "named as the country's own", s.oneStateBefore(m))
	}
}

// foreignPresent reports a mention holding a word of `foreignpresence`
// (diplomats, envoys, a state's nationals, tourists): people of a state
// present in another, whose country a police, court or party acting on
// them does not share ("La police a arrêté deux diplomates iraniens" is
// no IRNCOP; the actor stage's foreign-presence set likewise).
func (s *sent) foreignPresent(m int) bool {
	if m < 0 || s.mst[m] < 0 {
		return false
	}
	for k := s.mst[m]; k < s.men[m] && k < len(s.toks); k++ {
		if s.inAt("foreignpresence", k) {
			return true
		}
	}
	return false
}

// possessedState completes an agent of unknown country named with a
// possessive determiner (`ownerdet`: "son administration", "sa police",
// "its government", "their courts") from the one state named before it in
// the sentence, when its role is a state body of `possessedrole` (GOV,
// COP, JUD, LEG, SPY; not armed forces, often deployed abroad: "withdraw
// its troops from Lebanon" stays as the ownposs rule leaves it).
// The nearest actor before it must be of that state (the possessor: "a
// reçu le chef de la junte et son gouvernement" is left alone).
// Counterparts and diplomatic posts are left alone ("son homologue", "son
// ambassadeur à Washington": counterpartRole and the post's place decide).
func (s *sent) possessedState() {
	for m := range s.codes {
		c := s.codes[m]
		if !strings.HasPrefix(c, "---") || len(c) < 6 || s.mst[m] < 1 || s.a.Actors[s.ments[m]].Kind != "agent" {
			continue
		}
		if !s.inAt("ownerdet", s.mst[m]-1) || !s.lx.in("possessedrole", strings.ToLower(c[3:6])) || s.postedAgent(m) {
			continue
		}
		skip := false
		for k := s.mst[m]; k < s.men[m]; k++ {
			if s.inAt("counterpartnoun", k) {
				skip = true
			}
		}
		if skip {
			continue
		}
		cc := s.oneStateBefore(m)
		if cc != "" && (m == 0 || s.lx.stateCC(s.codes[m-1]) != cc) {
			// the possessor is the nearest actor before it: "a reçu le
			// chef de la junte et son gouvernement" is the junta's
			cc = ""
		}
		s.lendStateBefore(m, "owned through a possessive", cc)
	}
}

// awayIncise reports a place mention m after a cue of presence away from
// home inside an incise between commas ("le ministre, avec son
// interlocuteur, resté à Washington, ...", "the opposition leader,
// speaking in London, criticised ..."): someone's whereabouts, not the
// event's place.
func (s *sent) awayIncise(m int) bool {
	if !s.awayPlace(m, false) {
		return false
	}
	before := false
	for k, n := s.mst[m]-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		if s.norm(k) == "," {
			before = true
			break
		}
		if s.hard(k) {
			return false
		}
	}
	if !before {
		return false
	}
	for k, n := s.men[m], 0; k < len(s.toks) && n < 4; k, n = k+1, n+1 {
		if s.norm(k) == "," {
			return true
		}
		if s.hard(k) {
			return false
		}
	}
	return false
}

// lentAgent reports an agent mention the actor stage left without a country
// whose country the coder lent it (a possessive, a place, the sentence's
// one state): its head noun stays a common noun a pattern word may match.
func (s *sent) lentAgent(m int) bool {
	if m < 0 || m >= len(s.ments) || s.ments[m] < 0 || s.ments[m] >= len(s.a.Actors) {
		return false
	}
	a := &s.a.Actors[s.ments[m]]
	return a.Kind == "agent" && strings.HasPrefix(a.Code, "---")
}

// oneStateBefore returns the country part of the one state named before
// mention m in the sentence, "" when there is none or more than one.
func (s *sent) oneStateBefore(m int) string {
	cc := ""
	for o := 0; o < m; o++ {
		oc := s.lx.stateCC(s.codes[o])
		if oc == "" {
			continue
		}
		if cc != "" && cc != oc {
			return ""
		}
		cc = oc
	}
	return cc
}

// lendStateBefore gives mention m, of unknown country, the country cc of
// the state named before it (nothing when cc is ""), tracing why.
func (s *sent) lendStateBefore(m int, why, cc string) {
	if cc == "" {
		return
	}
	c := s.codes[m]
	s.codes[m] = cc + c[3:]
	if s.trace() {
		s.tracef("  %q: unknown country %s %s: the state named before it, %s", s.a.Actors[s.ments[m]].Text, c, why, s.codes[m])
	}
}
