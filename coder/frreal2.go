package coder

import "strings"

// Cross-sentence object pronouns of the frreal2 round (real French news,
// domestic politics and justice), beside frdoc.go.
//
// 1. A pronoun before the verb (« l' », « lui », « leur », « les ») in a
// sentence whose source is coded like the source of the last event, coded
// in the sentence just before with a target there, stands for that target
// even in a required slot: the same speaker goes on about the same party
// (« La junte a suspendu les activités de trois partis. Le ministère leur
// reproche … », « L'Assemblée a exclu le député X. Le bureau de l'Assemblée
// lui reproche … »). Another speaker's pronoun keeps the older rule (no
// antecedent outside the sentence for a required slot).
//
// The same holds when the speaker, the last event's source and its target
// are all coded alike (an assembly and its deputy, FRALEG twice), which
// prevTarget refuses for a pronoun of a source's own code:
// samePairGoesOn.
//
// 2. When the sentence before coded no event, a pronoun before the verb
// stands for that sentence's subject (prevSubject, as a subject pronoun
// does), when it is coded otherwise than this sentence's source: « Le
// candidat de l'opposition a remporté l'élection. Le président sortant l'a
// félicité » SENGOV>SENOPP.
//
// 3. The subject's own followers (`ownfollowposs` « ses », « leurs » … then
// a noun of `followernoun`: « a appelé ses partisans au calme », « son
// parti a appelé ses militants à descendre dans la rue ») are no party of
// the event: a call to one's own supporters is no appeal to another actor
// (no 020, 0256 towards the speaker's own side); the slot looks past them.
//
// 4. A demand or an appeal for « sa démission », « son départ » (the codes of
// `frreal2-resigncodes`, the nouns of `frreal2-resignnoun`) with no target
// of its own asks it of the last person named in the sentence before, when
// coded otherwise than the source: « Le président Kaïs Saïed a qualifié les
// opposants de traîtres. Le Front de salut national a exigé sa démission »
// TUNOPP>TUNGOV 1041.
//
// 5. The target of the last event, coded in the sentence before, that
// criticises something with no actor named (a code of `frreal2-reactcodes`:
// « a dénoncé une « intimidation » », « a dénoncé un « scandale » ») reacts
// to that event: its target is that event's source (CODING.md: criticism
// of an act is coded when its perpetrator is named or anaphoric): « Le
// ministre a menacé de suspendre les partis d'opposition. L'opposant X a
// dénoncé une intimidation » CMROPP>CMRGOV 111. Only for one source of that
// event and a reacting source coded as its target: after strikes by several
// states (« Les États-Unis, la France et le Royaume-Uni ont frappé …
// Damas a dénoncé une agression ») the act has no one author, and « le
// régime » is not the forces struck (probes_frdoc.jsonl codes neither).
//
// 6. The authorities of one state (sectors of `frreal2-statesectors`: « La
// police belge a arrêté X. Le parquet fédéral belge l'accuse … ») continue
// one discourse for an object pronoun before the verb, as a state and its
// government do (frdoc.go sameState).
//
// 7. A mention of an earlier sentence taken as a pronoun's antecedent keeps
// the code the coder gave it there when the actor stage left its country
// unknown (« La junte au pouvoir à Niamey … Elle a rappelé son
// ambassadeur » NERGOV, not ---GOV).

// lastEventBefore reports, for a French source src, that the last event
// was coded in the sentence just before, its target there (rule 1).
func (s *sent) lastEventBefore(src []int) bool {
	if s.lx.lang != "fr" || len(src) == 0 || len(s.prev) == 0 || s.prevT < 0 || s.prevSent {
		return false
	}
	if s.lastT < 0 || s.lastT >= len(s.a.Actors) || s.a.Actors[s.lastT].Sentence != s.si-1 {
		return false
	}
	n := len(s.a.Events)
	return n > 0 && s.a.Events[n-1].Sentence == s.si-1
}

// sameSpeakerTarget reports that src is coded like the source of the last
// event, coded in the sentence before with its target there (rule 1).
func (s *sent) sameSpeakerTarget(src []int) bool {
	if !s.lastEventBefore(src) {
		return false
	}
	return s.codes[src[0]] == s.codes[s.prev[0]] && s.codes[src[0]] != s.codes[s.prevT]
}

// prevSubjectObject returns the subject of the sentence before, when it
// coded no event, as the antecedent of an object pronoun before the verb
// (rule 2); -1 when there is none or it is coded like the source.
func (s *sent) prevSubjectObject(src []int) int {
	if s.lx.lang != "fr" || s.prevS < 0 || len(src) == 0 {
		return -1
	}
	for _, x := range src {
		if s.codes[x] == s.codes[s.prevS] {
			return -1
		}
	}
	return s.prevS
}

// earlierCode returns the code of actor ai for a mention without tokens
// (rule 7): the actor's code, or, when its country is unknown, the code the
// last event with it as source or target gave it.
func (s *sent) earlierCode(ai int) string {
	code := s.a.Actors[ai].Code
	if !strings.HasPrefix(code, "---") || s.lx.lang != "fr" {
		return code
	}
	sp := s.a.Actors[ai].Span
	for k := len(s.a.Events) - 1; k >= 0; k-- {
		e := &s.a.Events[k]
		c := ""
		switch {
		case e.SourceSpan == sp:
			c = e.Source
		case e.TargetSpan == sp:
			c = e.Target
		}
		if c != "" {
			if !strings.HasPrefix(c, "---") && len(c) > 3 && c[3:] == code[3:] {
				return c
			}
			break
		}
	}
	return code
}

// ownFollowers reports that mention m is the subject's own followers
// (rule 3; French).
func (s *sent) ownFollowers(m int) bool {
	if s.lx.lang != "fr" || m < 0 || m >= len(s.mst) || s.mst[m] <= 0 {
		return false
	}
	return s.inAt("ownfollowposs", s.mst[m]-1) && s.inAt("followernoun", s.mst[m])
}

// resignationOwner returns the target of rule 4 for candidate c, -1 when
// the shape is not there.
func (s *sent) resignationOwner(c *cand) int {
	if s.lx.lang != "fr" || s.prevP < 0 || len(c.code) < 3 || !s.lx.in("frreal2-resigncodes", c.code) {
		return -1
	}
	for k := c.anchor + 1; k+1 < len(s.toks) && k <= c.last; k++ {
		if (s.norm(k) == "sa" || s.norm(k) == "son") && s.inAt("frreal2-resignnoun", k+1) {
			for _, x := range c.src {
				if s.codes[x] == s.codes[s.prevP] {
					return -1
				}
			}
			return s.prevP
		}
	}
	return -1
}

// victimReaction returns the target of rule 5 for candidate c, -1 when the
// shape is not there.
func (s *sent) victimReaction(c *cand) int {
	if s.lx.lang != "fr" || len(c.src) != 1 || s.prevT < 0 || len(s.prev) != 1 || !s.lx.in("frreal2-reactcodes", c.code) {
		return -1
	}
	if n := len(s.a.Events); n == 0 || s.a.Events[n-1].Sentence != s.si-1 {
		return -1
	}
	if s.lastT < 0 || s.lastT >= len(s.a.Actors) || s.a.Actors[s.lastT].Sentence != s.si-1 {
		return -1
	}
	x, t, a := s.codes[c.src[0]], s.codes[s.prevT], s.codes[s.prev[0]]
	if strings.HasPrefix(x, "---") || x == a || x != t {
		return -1
	}
	return s.prev[0]
}

// sameAuthorities reports that codes x and y are two authorities of one
// state (rule 6).
func (s *sent) sameAuthorities(x, y string) bool {
	if s.lx.lang != "fr" || len(x) != 6 || len(y) != 6 || x[:3] != y[:3] || s.lx.stateCC(x[:3]) == "" {
		return false
	}
	return s.lx.in("frreal2-statesectors", strings.ToLower(x[3:])) && s.lx.in("frreal2-statesectors", strings.ToLower(y[3:]))
}

// samePairGoesOn reports that the last event, coded in the sentence before
// with its target there, had source and target coded like src (rule 1).
func (s *sent) samePairGoesOn(src []int) bool {
	if !s.lastEventBefore(src) {
		return false
	}
	x := s.codes[src[0]]
	return !strings.HasPrefix(x, "---") && x == s.codes[s.prev[0]] && x == s.codes[s.prevT]
}
