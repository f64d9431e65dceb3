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
// 5. A mention of an earlier sentence taken as a pronoun's antecedent keeps
// the code the coder gave it there when the actor stage left its country
// unknown (« La junte au pouvoir à Niamey … Elle a rappelé son
// ambassadeur » NERGOV, not ---GOV).

// sameSpeakerTarget reports that src is coded like the source of the last
// event, coded in the sentence before with its target there (rule 1).
func (s *sent) sameSpeakerTarget(src []int) bool {
	if s.lx.lang != "fr" || len(src) == 0 || len(s.prev) == 0 || s.prevT < 0 || s.prevSent {
		return false
	}
	if s.lastT < 0 || s.lastT >= len(s.a.Actors) || s.a.Actors[s.lastT].Sentence != s.si-1 {
		return false
	}
	if n := len(s.a.Events); n == 0 || s.a.Events[n-1].Sentence != s.si-1 {
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
// (rule 3): the actor's code, or, when its country is unknown, the code the
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
	return s.lx.in("ownfollowposs", s.norm(s.mst[m]-1)) && s.lx.in("followernoun", s.norm(s.mst[m]))
}

// lastPerson returns the last person (kind "person") named in sentence si,
// as an index into a.Actors; -1 for none (rule 4).
func (s *sent) lastPerson(si int) int {
	if s.lx.lang != "fr" || si < 0 {
		return -1
	}
	p := -1
	for ai := range s.a.Actors {
		if s.a.Actors[ai].Sentence == si && s.a.Actors[ai].Kind == "person" {
			p = ai
		}
	}
	return p
}

// resignationOwner returns the target of rule 4 for candidate c, -1 when
// the shape is not there.
func (s *sent) resignationOwner(c *cand) int {
	if s.lx.lang != "fr" || s.prevP < 0 || len(c.code) < 3 || !s.lx.in("frreal2-resigncodes", c.code) {
		return -1
	}
	for k := c.anchor + 1; k+1 < len(s.toks) && k <= c.last; k++ {
		if (s.norm(k) == "sa" || s.norm(k) == "son") && s.lx.in("frreal2-resignnoun", s.norm(k+1)) {
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
