// Source (subject) finding: the grammatical subject of a verb on its left
// inside the clause, fronted clauses, incises before the verb, coordinated
// verbs sharing a subject, "ce dernier", and subjects of infinitives
// governed by nouns or fronted phrases.

package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// subject finds the grammatical subject of the verb at token p: the
// closest actor on the left inside the clause that no preposition
// introduces.
func (s *sent) subject(p int) []int {
	if g := s.inciseParticiple(p); g != nil {
		// gaps4.go: a participle after a reporting incise
		return g
	}
	if s.lx.lang == "fr" && s.sharedSubject(p) {
		// "Mr Rogatchev, qui a rencontré le chef de la diplomatie
		// chinoise, avant de se rendre à Paris", "a quitté Moscou sans
		// rencontrer": the infinitive after avant de / après / sans takes
		// the subject of the verb it depends on, never the actor before
		// it
		for k := p - 2; k >= 0 && k >= p-30 && !s.hard(k); k-- {
			if s.actor[k] < 0 && !s.isPrep(k) && (s.inAt("aux", k) || s.verbForm(k) && s.finiteAt(k)) {
				g := s.subject(k)
				if s.trace() {
					s.tracef("  infinitive %q after avant de/après/sans: subject of the verb it depends on", s.toks[p].Text)
				}
				return g
			}
		}
	}
	if s.lx.lang == "en" && p > 1 && s.actor[p-1] < 0 && s.inAt("gerundclause", p-1) && s.finiteAnchor(p-1) && s.gerundAt(p) {
		// "Sudan's army said fighting continued in El Fasher": an -ing
		// word right after a verb of saying opens the reported clause as
		// its subject noun; the speaker is not its subject (ensub2)
		if s.trace() {
			s.tracef("  subject of %q: a noun opening the clause reported by %q, no subject", s.toks[p].Text, s.toks[p-1].Text)
		}
		return nil
	}
	if g := s.ordinalSubject(p); g != nil {
		// par16en.go: "X became the first G7 members to recognise"
		return g
	}
	if g := s.frontedGerund(p); g != nil {
		// "Accusing Kigali of backing the M23, Congo recalled": a
		// sentence-opening present participle takes the main clause's
		// subject after its comma (par2d)
		return g
	}
	if g := s.brokeredSubject(p); g != nil {
		// enreal.go: "in a swap mediated by X"
		return g
	}
	if g := s.ownerOfIntentNoun(p); g != nil {
		// enreal.go: "the government's decision to suspend talks"
		return g
	}
	if g := s.possessorSubject(p); g != nil {
		// enreal.go: "said its air strikes killed"
		return g
	}
	if g := s.gerundAfterMention(p); g != nil {
		// enreal.go: "students protesting outside parliament"
		return g
	}
	if s.plainSubjectBeforeParticiple(p) {
		// enprec11.go: "A cold wave swept across … China, closing schools"
		return nil
	}
	if s.coordPlainParticiple(p) {
		// oldwire.go: "An earthquake struck Iran, killing 1,500 people and
		// destroying villages"
		return nil
	}
	if g, ok := s.participleAfterComma(p); ok {
		// enreal.go: "shelled Kharkiv, killing two civilians" (none),
		// "expelled the envoy, the ministry said, accusing him"
		return g
	}
	if s.plainHeadPlaceSubject(p) {
		// enprec12.go: "An explosion at a depot near Luanda killed"
		return nil
	}
	if s.subordNounSubject(p) {
		// framesen.go: "after fighting erupted in Khartoum"
		if s.trace() {
			s.tracef("  %q opens a subordinate clause whose subject is no actor", s.toks[p].Text)
		}
		return nil
	}
	if g := s.subordSubject(p); g != nil {
		return g
	}
	if g := s.nounOwnerSubject(p); g != nil {
		return g
	}
	if g := s.beforeIncise(p); g != nil {
		return g
	}
	if g := s.coordinatedVerb(p); g != nil {
		return g
	}
	if s.lx.lang == "fr" && p > 1 {
		// "l'Ukraine a annoncé avoir abattu", "X affirme avoir tué": the
		// past infinitive's subject is the governing verb's
		if j := p - 1; s.inAt("infaux", j) {
			k := j - 1
			if k > 0 && s.inAt("refl", k) && s.inAt("infetre", j) {
				// "a annoncé s'être entretenu avec X": the reflexive
				// clitic of the past infinitive (framesfr)
				k--
			}
			for n := 0; n < 2 && k > 0 && s.inAt("neg", k) || k > 0 && s.inAt("neg_post", k); n++ {
				k--
			}
			for n := 0; n < 6 && k > 0 && s.actor[k] < 0 && (s.inTime(k) || s.frenchAdverb(k)); n++ {
				// "a annoncé dimanche avoir versé", "affirme
				// officiellement avoir tué": a time or an adverb between
				k--
			}
			if k >= 0 && s.actor[k] < 0 && s.verbForm(k) {
				if g := s.subject(k); g != nil {
					return g
				}
			}
		}
	}
	if c := s.participleComma(p); c > 0 && (c < p-1 || s.compSoon(p) && !s.resultPartitive(p) || s.ownActParticiple(p)) {
		// "La France a contesté l'accord, menaçant d'opposer son veto": a
		// present participle after a comma that governs a complement (de,
		// à, que) takes the main clause's subject; a result ("a bombardé
		// la ville, tuant trois civils") is not coded on its own
		// "Caracas a expulsé l'ambassadeur, l'accusant d'ingérence": an
		// object pronoun before the participle makes it an act of the
		// main clause's subject too
		for k := c - 1; k >= 0 && k >= p-30 && !s.hard(k); k-- {
			if s.actor[k] < 0 && !s.isPrep(k) && (s.inAt("aux", k) || s.verbForm(k) && s.finiteAt(k)) {
				if s.nounAfterDetActor(k) {
					// oldwire.go: "rejected a U.N. peace plan for Bosnia,
					// defying": a noun after an article and an actor
					continue
				}
				if g := s.subject(k); g != nil {
					return g
				}
				if k > 0 && (s.isDet(k-1) || s.verbForm(k-1)) || s.countryAfterPrep(k) {
					// "a imposé des sanctions à X, lui reprochant",
					// "imposed sanctions on X, accusing it": a noun read
					// as a verb form; "a tariff on Colombian imports,
					// accusing Bogota" (par13en)
					continue
				}
				break
			}
		}
	}
	if s.lx.lang == "fr" && p > 1 && s.norm(p-1) == "," && s.gerundAt(p) && !s.compSoon(p) {
		// "Les forces russes ont bombardé Kharkiv, tuant dix civils": a
		// present participle after a comma states a result; the actor
		// before the comma is the main verb's object, not its subject,
		// and the result is not coded on its own
		if s.trace() {
			s.tracef("  %q after a comma: a result of the main clause, no subject of its own", s.toks[p].Text)
		}
		return nil
	}
	if s.lx.lang == "fr" && (s.purpose(p) || s.agreedPour(p)) && s.frenchInfinitive(p) {
		// "X a profité de la présence des chefs ... pour offrir": the
		// subject of a purpose infinitive is the main clause's
		for k := p - 2; k >= 0 && k >= p-30 && !s.hard(k); k-- {
			if s.actor[k] < 0 && !s.isPrep(k) && (s.inAt("aux", k) || s.inAt("future", k) || s.verbForm(k) && s.finiteAt(k) && !(k > 0 && s.isDet(k-1)) && !s.frPrepNoun(k)) {
				// (after an article a verb form is a noun: "a entamé une
				// grève de la faim pour protester"; after a preposition
				// too, frseed.go: "s'est entretenu par téléphone avec X
				// pour lui demander")
				g := s.subject(k)
				if g == nil && k > 0 && s.inAt("refl", k-1) {
					// "se rendra à Alger pour rencontrer": the verb group
					// starts at the reflexive pronoun
					g = s.subject(k - 1)
				}
				if g != nil {
					if s.trace() {
						s.tracef("  purpose infinitive %q: subject of the main clause", s.toks[p].Text)
					}
					return g
				}
				if k < p-3 {
					// "Des centaines de milliers de personnes ont bloqué
					// les rues, défiant les autorités, pour réclamer": the
					// main clause's subject is unknown; the actor nearer
					// the infinitive is the main clause's object
					if s.trace() {
						s.tracef("  purpose infinitive %q: the main clause's verb %q has no subject", s.toks[p].Text, s.toks[k].Text)
					}
					return nil
				}
				break
			}
		}
	}
	if s.lx.lang == "fr" && s.gerundAt(p) && p >= 3 && s.inAt("decreenoun", p-1) && s.isDet(p-2) && s.actor[p-3] < 0 && s.verbForm(p-3) {
		// "Trump signe un décret levant les sanctions": what a decree or
		// an order does, its signer does; the participle's subject is
		// the subject of the verb before it (pairs10; English "signs
		// order lifting")
		if g := s.subject(p - 3); g != nil {
			if s.trace() {
				s.tracef("  %q after the decree noun %q: subject of %q", s.toks[p].Text, s.toks[p-1].Text, s.toks[p-3].Text)
			}
			return g
		}
	}
	if s.lx.lang == "fr" && s.gerundAt(p) && s.nounBeforeParticiple(p) {
		// "à la suite d'une manifestation pacifique réclamant le départ
		// du président": the participle qualifies the noun before it, no
		// actor; the clause's subject is not its subject
		if s.trace() {
			s.tracef("  %q qualifies the noun phrase before it: no subject", s.toks[p].Text)
		}
		return nil
	}
	lim := p - 30
	genitive := -1
	relAnte := -1     // the antecedent of a relative clause skipped (French)
	afterRel := false // a relative clause was skipped (French)
	finite := s.finiteAt(p)
	for j := p - 1; j >= 0 && j >= lim; j-- {
		if finite && s.finiteAnchor(j) {
			if g := s.relClauseSubject(j, p); g != nil {
				// par2d.go: "The junta that seized power in Niger
				// expelled": the relative clause's antecedent
				return g
			}
			// "... and said Washington was using": another finite verb
			// with its own subject stands between; the actor beyond it is
			// not this verb's subject
			if s.trace() {
				s.tracef("  subject of %q: the search stops at the verb %q", s.toks[p].Text, s.toks[j].Text)
			}
			break
		}
		if m := s.actor[j]; m >= 0 {
			if o := s.dashApposed(m, p); o >= 0 {
				// frprec5: "licencié par ses actionnaires - le groupe X
				// et Y - a demandé": an apposition between dashes to a
				// preposition's noun is no subject
				if s.trace() {
					s.tracef("  subject of %q: %s is in an apposition between dashes to a preposition's noun", s.toks[p].Text, s.mtext([]int{m}))
				}
				j = o
				continue
			}
			if a := s.relObjectAntecedent(m, p); a >= 0 {
				// par2d.go: "Rebels who control Goma attacked the
				// army": the object of a relative clause on the subject
				if s.trace() {
					s.tracef("  subject of %q: %s is inside a relative clause on %s, its antecedent", s.toks[p].Text, s.mtext([]int{m}), s.mtext([]int{a}))
				}
				return s.group(a)
			}
			if s.infinitiveBefore(m) >= 0 || s.toInfObject(m) >= 0 {
				// "La décision de Washington de reconnaître Jérusalem
				// comme capitale d'Israël a été condamnée": the object of
				// an infinitive inside the subject's noun phrase, and any
				// genitive after it, belong to the infinitive; the
				// subject is further left (the noun's owner)
				if s.trace() {
					s.tracef("  subject of %q: %s is the object of the infinitive %q", s.toks[p].Text, s.mtext([]int{m}), s.toks[max(s.infinitiveBefore(m), s.toInfObject(m))].Text)
				}
				genitive = -1
				j = s.mst[m]
				continue
			}
			if pb := s.prepBefore(s.mst[m]); pb > 0 && s.inAt("genitive", pb) && s.inAt("quantity", pb-1) && s.onlyArticlesBack(pb-1) {
				// "des milliers de personnes ont manifesté"
				return s.group(m)
			}
			if pb := s.prepBefore(s.mst[m]); pb > 1 && s.lx.lang == "fr" && s.inAt("genitive", pb) && s.inAt("quantity", pb-2) &&
				s.toks[pb-1].Kind == dyad.Word && s.actor[pb-1] < 0 && !s.verbForm(pb-1) && !s.isPrep(pb-1) && s.onlyArticlesBack(pb-2) {
				// "des partisans radicaux du guide religieux avaient envahi"
				return s.group(m)
			}
			if pb := s.prepBefore(s.mst[m]); pb >= 0 {
				// "le plus haut gradé de l'armée américaine": an
				// official of X stands for X when nothing better is found
				if genitive < 0 && s.inAt("genitive", pb) && (s.lx.lang != "fr" || s.anyGenitive || pb == 0 || s.toks[pb-1].Kind != dyad.Word || s.inAt("conj", pb-1) || s.inAt("genitivehead", pb-1) || s.inAt("meansnoun", pb-1) && s.onlyArticlesBack(pb-1)) {
					// ("Des hélicoptères de l'ONU ont évacué": the means
					// opening the clause stand for their owner, `meansnoun`)
					genitive = m
				} else if genitive < 0 && s.authorNoun(pb) {
					// "Un rapport de Human Rights Watch accuse la police",
					// "A statement by the army condemned": the author of
					// the document opening the clause
					if s.trace() {
						s.tracef("  subject of %q: the author of %q", s.toks[p].Text, s.toks[pb-1].Text)
					}
					genitive = m
				}
				j = s.mst[m]
				continue
			}
			return s.group(m)
		}
		nm := s.norm(j)
		if s.unknownNamedSubject(j, p) {
			if m := s.namedAppositionRole(j, p); m >= 0 {
				// "M. Durel, porte-parole de l'opposition pour …,
				// dénonce": the apposition's role (frrecall4.go)
				if s.trace() {
					s.tracef("  subject of %q: %s, the role in apposition to %q %q", s.toks[p].Text, s.mtext([]int{m}), s.toks[j].Text, s.toks[j+1].Text)
				}
				return s.group(m)
			}
			// "…, M. Dupuis a critiqué": a person of unknown code is the
			// subject (frnews3.go)
			if s.trace() {
				s.tracef("  subject of %q: %q %q, a person of unknown code", s.toks[p].Text, s.toks[j].Text, s.toks[j+1].Text)
			}
			return nil
		}
		if s.lx.in("rel", nm) && s.lx.lang == "fr" && j > 0 && s.isPrep(j-1) {
			// "à qui nous tentons d'apporter", "contre lesquels X a
			// lancé": a relative pronoun after a preposition is an
			// object; its antecedent is not the subject
			if s.trace() {
				s.tracef("  subject of %q: %q %q is no subject", s.toks[p].Text, s.toks[j-1].Text, s.toks[j].Text)
			}
			break
		}
		if s.lx.in("rel", nm) {
			// relative pronoun: its antecedent is the subject
			k := j - 1
			if k >= 0 && s.norm(k) == "," {
				k--
			}
			if v := s.verbGroupStart(p); v-j > 5 && s.lx.lang == "fr" {
				// "les islamistes, qui contrôlent le nord du pays depuis
				// trois mois, ont manifesté": the relative clause has its
				// own verb; the main clause's subject stands before its
				// antecedent
				if k >= 0 && s.actor[k] >= 0 {
					if a := s.actor[k]; relAnte < 0 && s.lx.lang == "fr" && s.prepBefore(s.mst[a]) < 0 {
						// (the antecedent opens the clause: not "contre
						// les exactions des groupes armés, particulièrement
						// les islamistes, qui ...")
						b := s.mst[a] - 1
						for d := 0; b >= 0 && d < 2 && s.isDet(b); d++ {
							b--
						}
						if b < 0 || s.hard(b) || s.norm(b) == "," {
							relAnte = a
						}
					}
					j = s.mst[s.actor[k]]
				} else {
					j = k + 1
				}
				afterRel = s.lx.lang == "fr"
				continue
			}
			if k >= 0 && s.actor[k] >= 0 && s.placeBeforeRel(s.actor[k], j) {
				// enreal.go: "an attack in southern Lebanon that killed"
				if s.trace() {
					s.tracef("  subject of %q: the place before %q is no antecedent", s.toks[p].Text, s.toks[j].Text)
				}
				return nil
			}
			if k >= 0 && s.actor[k] >= 0 {
				return s.group(s.actor[k])
			}
			return nil
		}
		if s.lx.lang == "fr" && (nm == "nous" || nm == "je" || nm == "j'") {
			// "« Nous condamnons fermement cette attaque », a déclaré le
			// ministre": the speaker named after the quote
			if g := s.quoteSpeaker(p); g != nil {
				return g
			}
			if g := s.quotePronounSpeaker(p); g != nil {
				// "« Nous avons condamné X », a-t-il déclaré": the speaker
				// of the sentence before (speech.go)
				return g
			}
			if g := s.speakerBeforeQuote(p); g != nil {
				// "Le président a déclaré : « Nous condamnons ... »"
				return g
			}
			if g := s.headlineSpeaker(p); g != nil {
				// "Trump : « Nous allons frapper l'Iran »"
				return g
			}
		}
		if s.lx.lang == "en" && s.lx.in("firstperson", nm) {
			// "\"We will retaliate against Iran,\" the minister said",
			// "The minister said: \"We will strike ...\"": the speaker
			// named after or before the quote (quotespk, speech.go)
			if g := s.quoteSpeakerEN(p); g != nil {
				return g
			}
			if s.inQuoteEN(p) {
				if g := s.speakerBeforeQuote(p); g != nil {
					return g
				}
			}
		}
		if g := s.headlineSpeakerEN(p, nm); g != nil {
			// "Netanyahu: 'We will destroy Hamas'" (headline_en.go)
			return g
		}
		if s.lx.in("firstperson", nm) {
			// "je tiens à remercier", "we condemn": the speaker is not an
			// actor of the sentence ("Monsieur le Président, je ...")
			return nil
		}
		if genitive < 0 && s.lx.lang == "en" && s.lx.in("pairnoun", nm) && j > 0 && s.inAt("defart", j-1) {
			// "met X in Melbourne, and the two signed": both parties of
			// the sentence's earlier event (enlong.go)
			if g := s.pairAntecedent(j - 1); g != nil {
				if s.trace() {
					s.tracef("  %q %q resolved to the parties of an earlier event %s", s.toks[j-1].Text, s.toks[j].Text, s.mtext(g))
				}
				return g
			}
		}
		if genitive < 0 && s.lx.lang == "en" && s.lx.in("ignoun", nm) && j > 0 && s.inAt("defart", j-1) {
			// "Borrell said the bloc would give": the organisation
			// named before (enlong.go)
			if m := s.igoAntecedent(j - 1); m >= 0 {
				if s.trace() {
					s.tracef("  %q %q resolved to the organisation named before %s", s.toks[j-1].Text, s.toks[j].Text, s.mtext([]int{m}))
				}
				return []int{m}
			}
		}
		if genitive < 0 && s.hasLatter() && s.lx.in("latter", nm) && j > 0 && s.inAt("latterdet", j-1) {
			// "ce dernier a critiqué": the person or body named last
			if m := s.latterAntecedent(j - 1); m >= 0 {
				if s.trace() {
					s.tracef("  %q %q resolved to the actor named last %s", s.toks[j-1].Text, s.toks[j].Text, s.mtext([]int{m}))
				}
				return []int{m}
			}
			return nil
		}
		if genitive < 0 && s.lx.in("pronoun", nm) && j > 1 && s.inAt("clausecomp", j-1) && s.actor[j-2] < 0 && s.verbForm(j-2) {
			// "Les autorités ont répondu qu'elles ne céderaient pas": the
			// pronoun opening a que-clause is the governing verb's
			// subject, even when that verb codes nothing
			if g := s.subject(j - 2); g != nil {
				if s.trace() {
					s.tracef("  pronoun %q resolved to the subject of %q", s.toks[j].Text, s.toks[j-2].Text)
				}
				return g
			}
			if s.unknownNamedGoverning(j - 2) {
				// frprec3: "M. Durand répond qu'il soutient": the pronoun
				// is the governing verb's subject, a person of unknown
				// code, not the source of an earlier sentence
				if s.trace() {
					s.tracef("  pronoun %q is the subject of %q, a person of unknown code", s.toks[j].Text, s.toks[j-2].Text)
				}
				return nil
			}
		}
		if genitive < 0 && s.lx.in("pronoun", nm) {
			if g := s.coordQueSubject(j); g != nil {
				return g
			}
		}
		if genitive < 0 && s.lx.in("pronoun", nm) {
			// "il a rencontré": the source of the previous event, in this
			// sentence first
			for k := len(s.cands) - 1; k >= 0; k-- {
				if c := &s.cands[k]; c.anchor < j && len(c.src) > 0 && (c.code != "---" || !c.p.noun && c.p.code == "---") {
					// (a verb that codes nothing still has its subject:
					// "X et Y ont condamné la mort de Z, dont ils ont
					// rendu le Kremlin responsable")
					if s.thingPronounPerson(j, c.src) { // enlong.go
						return nil
					}
					if s.trace() {
						s.tracef("  pronoun %q resolved to the source of %s", s.toks[j].Text, c.p.id)
					}
					return c.src
				}
			}
			if g := s.subjectPronoun(j); g != nil {
				if t := s.genderTarget(j, g); t != nil {
					if s.trace() {
						s.tracef("  pronoun %q resolved to the previous target, of its gender (frdoc.go)", s.toks[j].Text)
					}
					return t
				}
				if s.trace() {
					s.tracef("  pronoun %q resolved to the subject of the previous sentence, which coded no event (frdoc.go)", s.toks[j].Text)
				}
				return g
			}
			if s.prev != nil {
				if t := s.genderTarget(j, s.prev); t != nil {
					if s.trace() {
						s.tracef("  pronoun %q resolved to the previous target, of its gender (frdoc.go)", s.toks[j].Text)
					}
					return t
				}
			}
			if s.prev != nil && !s.pluralAntecedent(nm, s.prev) && s.lx.lang == "fr" && s.sureGenderClash(nm, s.prev) {
				// frprec4: "M. Nixon ... « où elle joue avec le feu en
				// continuant à armer »": "elle" is not M. Nixon
				if s.trace() {
					s.tracef("  pronoun %q: the previous source %s is of the other gender", s.toks[j].Text, s.mtext(s.prev))
				}
				return nil
			}
			if s.prev != nil && !s.pluralAntecedent(nm, s.prev) {
				if s.trace() {
					s.tracef("  pronoun %q resolved to the previous source", s.toks[j].Text)
				}
				return s.prev
			}
		}
		gerIntro := j+1 <= p && (s.lx.lang == "fr" && strings.HasSuffix(s.norm(j+1), "ant") || s.lx.lang == "en" && s.gerundAt(j+1)) && s.lx.in("gerundintro", nm)
		if s.hard(j) && !gerIntro {
			break
		}
		if gerIntro {
			// ("while asking": "while" closes a clause, the gerund's
			// subject is still the main clause's)
			// "X a protégé Y en refusant de l'extrader": the gerund's
			// subject is the main clause's, found from its auxiliary
			win := 15
			if s.lx.lang == "en" {
				win = 25
			}
			for k := j - 1; k >= 0 && k >= j-win && !s.hard(k); k-- {
				if s.lx.lang == "en" && k > 0 && s.inAt("infto", k-1) && s.actor[k] < 0 {
					// "pressed Hamas to accept a proposal to bridge the
					// gaps in the talks, after meeting X": an infinitive
					// complement is not the main clause's verb; its
					// subject is the object of the appeal (pairs10)
					continue
				}
				if s.lx.lang == "en" && k > 0 && s.actor[k] < 0 && s.plainNoun(k-1) && s.verbForm(k) && !s.verbBefore(k) {
					// "in the Gaza ceasefire talks, after meeting X": the
					// head of a noun compound, no verb (pairs10)
					continue
				}
				if c := s.frenchInfComplement(k); c >= 0 {
					// "Cuba a accusé les États-Unis de vouloir déstabiliser
					// l'île en finançant des opposants": a gerund inside an
					// infinitive complement has the infinitive's subject (the
					// object of "accuser" here), not the main clause's
					if g := s.subject(c); g != nil {
						if s.trace() {
							s.tracef("  gerund %q %q: subject of the infinitive %q", s.toks[j].Text, s.toks[j+1].Text, s.toks[c].Text)
						}
						return g
					}
					break
				}
				// (or a simple tense: "l'armée attaque les rebelles en
				// demandant"; "à" is no auxiliary)
				if s.actor[k] < 0 && !s.isPrep(k) && (s.inAt("aux", k) || s.verbForm(k) && s.finiteAt(k) && !(k > 0 && s.isDet(k-1))) {
					if s.lx.lang == "en" && !s.eventAnchor(k) {
						// (English: only after a verb of a pattern, "attacked
						// the rebels while asking"; "won the tournament after
						// beating England" is no political act)
						break
					}
					if g := s.subject(k); g != nil {
						if s.trace() {
							s.tracef("  gerund %q %q: subject of the main clause", s.toks[j].Text, s.toks[j+1].Text)
						}
						return g
					}
					break
				}
			}
			if s.hard(j) {
				break
			}
		}
		if nm == "," && j > 0 && s.actor[j-1] >= 0 && s.prepBefore(s.mst[s.actor[j-1]]) < 0 {
			if r := s.relBeforeApposition(s.actor[j-1]); r >= 0 {
				// "Le secrétaire général de l'ONU, qui se trouve dans la
				// capitale espagnole, Madrid, a appelé": the apposition
				// belongs to a relative clause; its antecedent is the
				// subject
				j = r + 1
				continue
			}
			// "Le Pakistan, accusé par ...": the actor before the comma
			return s.group(s.actor[j-1])
		}
		if nm == "," {
			// an incise ", ... ," is skipped; a single comma closes a
			// fronted phrase ("La Syrie n'ayant pas ratifié ..., l'ONG a")
			k := j - 1
			for ; k >= 0 && k >= j-15; k-- {
				if s.norm(k) == "," || s.hard(k) {
					break
				}
			}
			if k >= 0 && k >= j-15 && s.norm(k) == "," {
				j = k
				continue
			}
			if afterRel {
				// "Environ 2 000 citoyens maliens en colère contre les
				// exactions des groupes armés, particulièrement les
				// islamistes, qui contrôlent le nord, ont manifesté": the
				// comma opens the apposition the relative clause ends
				afterRel = false
				continue
			}
			break
		}
	}
	if relAnte >= 0 && (genitive < 0 || s.mst[genitive] > s.mst[relAnte]) {
		// "Le secrétaire général de l'ONU, qui se trouve à Madrid, a
		// appelé": nothing before the antecedent of the skipped relative
		// clause; the antecedent is the subject
		if s.trace() {
			s.tracef("  subject of %q: the antecedent of the relative clause", s.toks[p].Text)
		}
		return s.group(relAnte)
	}
	if genitive >= 0 && s.anyGenitive && s.lx.lang == "fr" && s.nestedGenitive(genitive) {
		// frprec3: "les plaintes déposées contre la vente des actifs
		// des deux banques ont été rejetées": the genitive hangs
		// from a participle or another preposition's noun, not from the
		// subject's head; it is not what was rejected
		if s.trace() {
			s.tracef("  subject of %q: %s is the genitive of a nested phrase, not the subject's owner", s.toks[p].Text, s.mtext([]int{genitive}))
		}
		return nil
	}
	if genitive >= 0 {
		return s.group(genitive)
	}
	if g := s.frontedSubject(p); g != nil {
		return g
	}
	return nil
}

// frontedSubject finds the subject of an infinitive in a fronted clause
// ("Après avoir rencontré le président russe, le Premier ministre israélien
// a quitté Moscou"): the first actor after the clause's comma, not
// introduced by a preposition (French).
func (s *sent) frontedSubject(p int) []int {
	if s.lx.lang != "fr" || len(s.toks) == 0 || !s.inAt("frontintro", 0) {
		return nil
	}
	if s.nounParticiple(p) {
		// frprec3: "Après les accords conclus avec le Maroc, la Tunisie
		// et l'Egypte, la Jordanie a signé": a participle qualifying a
		// noun of the fronted phrase has no subject after the comma
		return nil
	}
	k := 0
	// frreal2 (bench sample): a fronted clause with a purpose phrase
	// (« Après avoir réclamé sans succès auprès de X des mesures pour faire
	// face à la crise de l'immobilier, les banquiers … ») runs past twelve
	// tokens; the comma is looked for up to twenty after the anchor
	for ; k < len(s.toks) && k <= p+20; k++ {
		if k < p && (s.norm(k) == "," || s.hard(k) && k > 0) {
			return nil // the anchor is not in the fronted clause
		}
		if k > p && s.norm(k) == "," {
			break
		}
	}
	return s.subjectAfterComma(k, false, "fronted clause %q ...: subject after the comma", s.toks[0].Text)
}

// subjectAfterComma returns the group of the first actor within six tokens
// after the comma at k, unless a preposition introduces it or a clause
// limit or a verb (a comma too when stopAtComma) comes first; nil when k
// is no comma. The trace line is written when it is found.
func (s *sent) subjectAfterComma(k int, stopAtComma bool, why string, arg string) []int {
	if k >= len(s.toks) || s.norm(k) != "," {
		return nil
	}
	for j := k + 1; j < len(s.toks) && j <= k+6; j++ {
		if m := s.actor[j]; m >= 0 {
			if s.prepBefore(s.mst[m]) >= 0 {
				return nil
			}
			if s.trace() {
				s.tracef("  "+why, arg)
			}
			return s.group(m)
		}
		if s.hard(j) || s.verbForm(j) || stopAtComma && s.norm(j) == "," {
			return nil
		}
	}
	return nil
}

// verbGroupStart returns the first token of the verb group ending at p
// (auxiliaries, clitics and negation before the verb).
func (s *sent) verbGroupStart(p int) int {
	v := p
	for v > 0 && (s.inAt("aux", v-1) || s.inAt("verbglue", v-1) || s.inAt("passaux", v-1)) {
		v--
	}
	return v
}

// finiteAt reports whether the token at p heads a finite verb group: not
// a gerund, not the complement of "to"/"de"/"à".
func (s *sent) finiteAt(p int) bool {
	for _, f := range s.ids[p] {
		if f.tag&tagGer != 0 && !(p > 0 && s.inAt("passaux", p-1)) {
			// a gerund, unless progressive ("was applying")
			return false
		}
	}
	j := p - 1
	if s.quotedInfinitive(p) {
		j-- // frrecall5.go: "s'est dit prêt à « contraindre X à »"
	}
	for n := 0; j >= 0 && n < 3 && s.inAt("verbglue", j); n++ {
		j--
	}
	if j >= 0 && s.actor[j] < 0 && s.verbForm(j) && !(j > 0 && s.isDet(j-1)) {
		// "to help support": a bare infinitive after another verb (not a
		// noun after an article: "said a bomb killed", ensub2)
		for _, f := range s.ids[j] {
			if f.tag&tagInf != 0 && s.lx.lang == "en" {
				return false
			}
		}
	}
	return !(j >= 0 && s.isComp(j))
}

// latterAntecedent returns the actor "ce dernier" at k stands for: the
// last actor named before it in the sentence (not a place), else the last
// one of the previous sentence; -1 when there is none.
func (s *sent) latterAntecedent(k int) int {
	for j := k - 1; j >= 0; j-- {
		m := s.actor[j]
		if m < 0 {
			continue
		}
		if pb := s.prepBefore(s.mst[m]); s.a.Actors[s.ments[m]].Kind == "country" && pb >= 0 && s.inAt("placeprep", pb) {
			j = s.mst[m]
			continue
		}
		return m
	}
	return s.prevL
}

// subjectBefore reports an actor mention before p that no preposition
// introduces (a subject the verb before p may have).
func (s *sent) subjectBefore(p int) bool {
	for k := p - 1; k >= 0; k-- {
		if m := s.actor[k]; m >= 0 && s.mst[m] == k && s.prepBefore(k) < 0 {
			return true
		}
	}
	return false
}

// hasLatter reports a `latter` word in the sentence ("ce dernier"),
// looked up once per sentence.
func (s *sent) hasLatter() bool { return s.sentenceHas(&s.latterFlag, "latter") }

// compSoon reports a complementiser (de, à, que) within three tokens after p.
func (s *sent) compSoon(p int) bool {
	for k := p + 1; k < len(s.toks) && k <= p+3; k++ {
		if s.isComp(k) || s.norm(k) == "que" || s.norm(k) == "qu'" {
			return true
		}
	}
	return false
}

// bareCoordinated reports a verb at b coordinated right after the verb at
// a ("torturé puis exécuté", "condamné et sanctionné", "condemned and
// sanctioned"): a conjunction (`conj`, `verbconj`) directly after a, then
// at most an auxiliary or a negation before b.
func (s *sent) bareCoordinated(a, b int) bool {
	if b <= a+1 || b-a > 4 {
		return false
	}
	j := a + 1
	if !s.inAt("conj", j) && !s.inAt("verbconj", j) {
		return false
	}
	for k := j + 1; k < b; k++ {
		if s.actor[k] >= 0 || !s.inAt("aux", k) && !s.inAt("neg", k) && !s.inAt("neg_pre", k) && !s.inAt("refl", k) {
			return false
		}
	}
	return true
}

// coordinatedVerb gives the subject of a verb coordinated with an earlier
// one ("X defended Y and said ...", "X a rencontré Y et a signé"): the verb
// group follows "and"/"et" directly, so its subject is the source of the
// closest earlier event of the sentence. An object pronoun may stand in
// the verb group (French: "a téléphoné à X et l'a félicité", "et lui a
// demandé"), as a negation or a reflexive pronoun does, and an adverb of
// sequence (English `coordadverb`: "seized two journalists and later
// released them").
func (s *sent) coordinatedVerb(p int) []int {
	j := p - 1
	for n := 0; j >= 0 && n < 4 && (s.inAt("aux", j) || s.inAt("neg", j) || s.inAt("refl", j) || s.inAt("neg_pre", j) || s.inAt("coordadverb", j) ||
		s.lx.lang == "fr" && s.actor[j] < 0 && (s.inAt("accclitic", j) || s.inAt("dativeclitic", j))); n++ {
		j--
	}
	if j < 1 || !s.inAt("conj", j) && !s.inAt("verbconj", j) && !(j == p-1 && s.participleList(p)) {
		return nil
	}
	skipped := false
	for k := len(s.cands) - 1; k >= 0; k-- {
		c := &s.cands[k]
		if c.anchor < j && len(c.src) > 0 && !c.p.noun {
			if s.lx.lang == "en" && c.anchor > 0 && s.isPrep(c.anchor-1) && s.gerundAt(c.anchor) {
				// "accused Algeria of interfering ... and summoned the
				// ambassador": a gerund complement of a preposition is no
				// verb the finite verb is coordinated with (par2j round)
				continue
			}
			if s.modalTenseBreak(c.anchor, p) {
				// "said Washington would review the request but urged
				// Turkey": a past verb is no second infinitive of the
				// modal; it goes back to the verb before (enarticle.go)
				continue
			}
			if s.lx.lang == "en" && s.norm(j-1) == "," && s.subordOpener(c.anchor) >= 0 {
				// "said that a vessel had entered waters near the
				// shoal, where Manila keeps a garrison, and accused
				// Manila": after a comma, "and" goes back past the
				// closed subordinate and relative clauses to the main
				// verb (enlong.go)
				skipped = true
				continue
			}
			for m := c.anchor + 1; m < j; m++ {
				if s.hard(m) && !(skipped && s.inAt("bgopen", m)) {
					// (the words that opened the clauses skipped do not
					// stop it)
					return nil
				}
			}
			if s.trace() {
				s.tracef("  %q at %d follows %q: coordinated with %q, same subject", s.toks[p].Text, p, s.toks[j].Text, s.toks[c.anchor].Text)
			}
			return c.src
		}
	}
	return nil
}

// beforeIncise skips an incise between commas just before the verb ("Le
// Pakistan, accusé par X de ..., n'a pas reconnu"): when the verb group
// follows a comma and the actor before the opening comma is a possible
// subject, it is the subject.
func (s *sent) beforeIncise(p int) []int {
	j := p - 1
	for ; j >= 0 && j >= p-5; j-- {
		if s.norm(j) == "," {
			break
		}
		if s.actor[j] >= 0 || s.hard(j) || s.relOpensVerb(j) {
			return nil
		}
	}
	if j < 0 || j < p-5 || s.norm(j) != "," {
		return nil
	}
	for k := j - 1; k > 0 && k >= j-40; k-- {
		if s.hard(k) && s.inAt("relincise", k) {
			// "Les États-Unis, dont les forces ont frappé la Syrie, ont
			// menacé l'Iran": a relative clause opened by "dont" is an
			// incise (French); "..., qui a envahi X et dont les troupes
			// ..., a menacé" goes on to the comma before "qui"
			if s.norm(k-1) == "," {
				k--
			} else if s.inAt("conj", k-1) {
				continue
			} else {
				return nil
			}
		}
		if s.hard(k) {
			return nil
		}
		if s.norm(k) != "," {
			continue
		}
		if k < j-25 && !(s.lx.lang == "fr" && s.participle(k+1)) {
			// (a long incise only when a participle opens it: "Le Premier
			// ministre, inculpé par le tribunal de l'ONU pour ... contre
			// les forces serbes, va démissionner")
			return nil
		}
		if s.lx.lang == "en" && s.listComma(k) {
			// "Leaders of the G7, meeting with the presidents of Kenya,
			// Brazil and Argentina among the guests, agreed": a comma
			// of a list of actors inside the incise; the incise opens
			// further left (enprec10)
			continue
		}
		if m := s.inciseHead(k); m >= 0 {
			// the subject must itself start the clause
			st := s.mst[m]
			if st == 0 || s.hard(st-1) || s.norm(st-1) == "," || s.inAt("conj", st-1) || s.isDet(st-1) {
				return s.group(m)
			}
			if o := s.actorAt(st - 2); s.lx.lang == "en" && o >= 0 && s.inAt("possclitic", st-1) && (s.mst[o] == 0 || s.norm(s.mst[o]-1) == ",") {
				// "Yemen's Houthis, who control ... the capital Sanaa,
				// said": a possessor opening the clause (enlong)
				return s.group(m)
			}
			if s.lx.lang == "fr" && st > 1 && s.headNounOpening(st-1) {
				// "Des avions russes, dont des hélicoptères de combat, ont
				// tué": the mention is the country adjective of the noun
				// opening the clause
				if s.trace() {
					s.tracef("  subject of %q: %s on %q before the incise", s.toks[p].Text, s.mtext([]int{m}), s.toks[st-1].Text)
				}
				return s.group(m)
			}
		}
		return nil
	}
	return nil
}

// nounBeforeParticiple reports a present participle at p right after a
// noun phrase that is no actor: an article, then one to three plain words
// ("une manifestation pacifique réclamant") (French).
func (s *sent) nounBeforeParticiple(p int) bool {
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		if k < p-1 && (s.isDet(k) || s.inAt("prepart", k)) {
			return true
		}
		if s.toks[k].Kind != dyad.Word || s.actor[k] >= 0 || s.isDet(k) || s.isPrep(k) || s.hard(k) || s.verbForm(k) || s.inAt("verbglue", k) ||
			s.inAt("aux", k) || s.inAt("conj", k) || s.inAt("stop", k) || s.frenchAdverb(k) || s.inTime(k) ||
			s.inAt("authornoun", k) {
			// ("a adopté une résolution condamnant X": a document speaks
			// for its author, `authornoun`)
			return false
		}
	}
	return false
}

// headNounOpening reports a plain word at k, no actor, preposition or
// determiner, that opens its clause after articles ("Des avions russes":
// "avions", a noun after the article even when "avions" may be a verb).
func (s *sent) headNounOpening(k int) bool {
	return s.toks[k].Kind == dyad.Word && s.actor[k] < 0 && !s.isDet(k) && !s.isPrep(k) && !s.inAt("stop", k) && k > 0 && (s.isDet(k-1) || s.inAt("prepart", k-1)) && s.onlyArticlesBack(k)
}

// onlyArticlesBack reports that the quantity word at q opens its clause,
// possibly after articles or numbers ("Des milliers de", "Several hundred").
func (s *sent) onlyArticlesBack(q int) bool {
	k := q - 1
	for ; k >= 0 && (s.isDet(k) || s.inAt("prepart", k) || k > 0 && s.lx.lang == "fr" && s.inAt("genitive", k) && s.inAt("quantity", k-1)); k-- {
		if !s.isDet(k) && !s.inAt("prepart", k) {
			// "Des centaines de milliers de personnes": a quantity of a
			// quantity (French)
			k--
			continue
		}
		if k > 0 && (s.toks[k].Kind == dyad.Number || s.inAt("numeral", k)) {
			// "About 200 supporters of", "Plus de 100 militants de", "Au
			// moins 200 militants de": an approximation before the number
			if a := s.approxStart(k - 1); a >= 0 {
				k = a
			}
		}
	}
	return k < 0 || s.hard(k) || s.norm(k) == ","
}

// inciseHead returns the actor mention ending right before the comma at k
// that opens an incise, not introduced by a preposition, or -1. A
// parenthesised acronym before the comma is skipped ("the Kenyan Union
// of Nurses (KUN), the main union ..."), and a genitive complement
// gives way to its head ("Union of Nurses": the union).
func (s *sent) inciseHead(k int) int {
	e := k - 1
	if e > 0 && s.norm(e) == ")" {
		for j := e - 1; j > 0 && j >= e-6; j-- {
			if s.hard(j) || s.norm(j) == "," {
				return -1
			}
			if s.norm(j) == "(" {
				e = j - 1
				break
			}
		}
		if e == k-1 {
			return -1
		}
	}
	if e < 0 {
		return -1
	}
	m := s.actor[e]
	if m < 0 || s.men[m] != e+1 {
		return -1
	}
	if pb := s.prepBefore(s.mst[m]); pb >= 0 {
		if pb != s.mst[m]-1 || pb == 0 || !s.inAt("genitive", pb) {
			return -1
		}
		h := s.actor[pb-1]
		if h < 0 || s.men[h] != pb || s.prepBefore(s.mst[h]) >= 0 {
			return -1
		}
		m = h
	}
	return m
}

// sharedSubject reports an infinitive (or past infinitive) after "avant
// de", "après" or "sans" (`sharedsubj`): it shares the subject of the
// verb it depends on (French).
func (s *sent) sharedSubject(p int) bool {
	k := p - 1
	for n := 0; n < 3 && k > 0 && s.inAt("verbglue", k); n++ {
		k--
	}
	if k > 0 && s.inAt("comp", k) {
		k--
	}
	return k >= 0 && k < p-1 && s.inAt("sharedsubj", k) && (s.frenchInfinitive(p) || s.inAt("infaux", p-1))
}

// nounOwnerSubject gives the subject of an infinitive governed by an
// intent noun and its owner ("un engagement des talibans à discuter avec
// Kaboul", "la décision de la France de retirer ses troupes"): the owner
// (`infnoun` + de X + à/de + infinitive); nil otherwise (French).
func (s *sent) nounOwnerSubject(p int) []int {
	if s.lx.lang != "fr" || !s.frenchInfinitive(p) {
		return nil
	}
	k := p - 1
	for n := 0; n < 3 && k > 0 && s.inAt("verbglue", k); n++ {
		k--
	}
	if k < 1 || !s.inAt("comp", k) {
		return nil
	}
	m := s.actor[k-1]
	if m < 0 || s.men[m] != k {
		return nil
	}
	pb := s.prepBefore(s.mst[m])
	if pb < 1 || !s.inAt("genitive", pb) || !s.inAt("infnoun", pb-1) {
		return nil
	}
	if s.trace() {
		s.tracef("  infinitive %q after %q of %s: its owner is the subject", s.toks[p].Text, s.toks[pb-1].Text, s.mtext([]int{m}))
	}
	return s.group(m)
}

// frameSubject finds the subject of a noun anchored at i in a phrase
// opened by a preposition that is fronted ("During a visit to Beijing, the
// German chancellor urged ...": the first actor after the phrase's comma)
// or set off between commas after the subject ("The chancellor, on a visit
// to Beijing, urged", "X, who is on a visit to Paris, signed"); nil
// otherwise. English.
func (s *sent) frameSubject(i int) []int {
	k := i - 1
	for n := 0; k >= 0 && n < 4 && (s.isDet(k) || s.inAt("possessive", k) || s.inAt("adjective", k) || s.inAt("framemod", k)); n++ {
		k--
	}
	if k < 0 || !s.isPrep(k) || s.actor[k] >= 0 {
		return nil
	}
	if k == 0 {
		for j := i + 1; j < len(s.toks) && j <= i+12; j++ {
			if s.norm(j) == "," {
				return s.subjectAfterComma(j, true, "phrase %q ...: the subject after its comma", s.toks[i].Text)
			}
			if s.hard(j) || s.actor[j] < 0 && s.verbForm(j) {
				return nil
			}
		}
		return nil
	}
	if s.inAt("trailframeprep", k) && s.norm(k-1) != "," && !s.inAt("passaux", k-1) && !s.agentAfter(i) {
		// par6en: a trailing phrase with no comma ("X praised Ukraine's
		// resilience during a visit to Kyiv"): the subject of the clause
		// it closes; not with its own agent ("during a visit to Paris by
		// the Chinese president")
		v := -1
		for j := k - 1; j >= 0 && j >= k-25 && !s.hard(j); j-- {
			if s.actor[j] < 0 && !s.isPrep(j) && s.verbForm(j) && s.finiteAt(j) && (j == 0 || !s.isDet(j-1) && s.norm(j-1) != "'s" && !s.inAt("possessive", j-1)) {
				v = j
				break
			}
		}
		if v > 0 {
			if g := s.subject(v); g != nil {
				if s.trace() {
					s.tracef("  trailing phrase %q ...: the clause subject", s.toks[k].Text)
				}
				return g
			}
		}
	}
	c := k - 1
	if c >= 2 && s.inAt("passaux", c) && s.inAt("rel", c-1) {
		// ", who is on a visit to Paris,"
		c -= 2
	}
	if c < 1 || s.norm(c) != "," {
		return s.verbFrameSubject(k) // enlong.go
	}
	if m := s.actor[c-1]; m >= 0 && s.prepBefore(s.mst[m]) < 0 {
		if g := s.objectBeforeComma(m); g != nil {
			return g // pairs15.go
		}
		return s.group(m)
	}
	return nil
}

// agentAfter reports a "by" (`agentprep`) within the phrase after the
// noun at i, up to the next comma or hard boundary (par6en).
func (s *sent) agentAfter(i int) bool {
	for j := i + 1; j < len(s.toks) && j <= i+10; j++ {
		if s.norm(j) == "," || s.hard(j) {
			return false
		}
		if s.inAt("agentprep", j) {
			return true
		}
	}
	return false
}

// authorNoun reports that the preposition at pb (`authorprep`) follows a
// document or statement noun (`authornoun`: rapport, communiqué, report)
// that opens its clause after articles and at most one adjective ("Un
// nouveau rapport de HRW"): the mention after pb is the document's author.
func (s *sent) authorNoun(pb int) bool {
	if pb < 1 || !s.inAt("authorprep", pb) || !s.inAt("authornoun", pb-1) || s.actor[pb-1] >= 0 {
		return false
	}
	if s.onlyArticlesBack(pb - 1) {
		return true
	}
	k := pb - 2
	return k > 0 && s.toks[k].Kind == dyad.Word && s.actor[k] < 0 && !s.isDet(k) && !s.isPrep(k) && !s.verbForm(k) && !s.inAt("stop", k) && s.isDet(k-1) && s.onlyArticlesBack(k)
}

// headlineSpeaker returns the speaker of a quote in a headline shaped
// "X : « ... »": the mention opening the sentence right before the colon
// that introduces the quote holding token p (French).
func (s *sent) headlineSpeaker(p int) []int {
	for k := p - 1; k > 1 && k >= p-30; k-- {
		switch s.norm(k) {
		case "»", "”":
			return nil
		case "«", "“", "\"":
			if s.norm(k-1) != ":" {
				return nil
			}
			m := s.actor[k-2]
			if m < 0 || s.men[m] != k-1 || !s.onlyArticlesBack(s.mst[m]) {
				return nil
			}
			if s.trace() {
				s.tracef("  quote after %q opening the headline: its speaker", s.a.Actors[s.ments[m]].Text)
			}
			return s.group(m)
		}
	}
	return nil
}

// apposedSubject finds the subject of a French participle without
// auxiliary of a verb whose compound tenses take être (`etreverb`:
// "arrivé", "venu", "rentré") that commas set off after its subject ("Le
// ministre, arrivé dimanche à Téhéran, a rencontré") or that opens the
// sentence ("Arrivé dimanche à Téhéran, le ministre a rencontré"): such a
// participle is active (these verbs have no passive), so the noun it
// qualifies is its subject; nil otherwise. Other participles without
// auxiliary are passive ("Le Pakistan, accusé de ...") and keep their
// reading.
func (s *sent) apposedSubject(i int) []int {
	if s.lx.lang != "fr" || !s.lx.in("etreverb", s.lemmaAt(i)) {
		return nil
	}
	if i == 0 {
		return s.frontedParticiple(i)
	}
	if m := s.actorAt(i - 2); m >= 0 && s.norm(i-1) == "," && s.men[m] == i-1 {
		if s.trace() {
			s.tracef("  participle %q after a comma: active, its subject is the noun before the comma", s.toks[i].Text)
		}
		return s.group(m)
	}
	return nil
}

// beforeDets returns the token before mention m, skipping at most two
// determiners (infinitiveBefore, toInfObject).
func (s *sent) beforeDets(m int) int {
	k := s.mst[m] - 1
	for d := 0; k > 0 && d < 2 && s.isDet(k); d++ {
		k--
	}
	return k
}

// infinitiveBefore returns the French infinitive right before mention m
// (up to two determiners between) when a complementiser introduces it
// ("de reconnaître Jérusalem", "à libérer les otages"); -1 otherwise. Such
// a mention is the infinitive's direct object, no subject of a later verb.
func (s *sent) infinitiveBefore(m int) int {
	if s.lx.lang != "fr" {
		return -1
	}
	k := s.beforeDets(m)
	if k > 1 && s.actor[k] < 0 && s.inAt("genitive", k) && !s.isComp(k-1) {
		// a partitive article read as "de": "de déployer des troupes"
		k--
	}
	if k < 1 || !s.isComp(k-1) {
		return -1
	}
	if s.frenchInfinitive(k) {
		return k
	}
	for _, f := range s.ids[k] {
		// (the infinitive of a pattern verb whose ending reads as a
		// noun's: "reconnaître", like "titre", ends in -itre)
		if f.tag&tagInf != 0 && s.actor[k] < 0 {
			return k
		}
	}
	return -1
}

// frenchInfComplement returns, for a French infinitive at k, the infinitive
// that a complementiser introduces at the head of its chain ("de vouloir
// déstabiliser": "vouloir" for "déstabiliser"; "de torturer": itself); -1
// when k is no infinitive or the chain has no complementiser ("va
// déstabiliser", a purpose "pour" has the main clause's subject anyway).
func (s *sent) frenchInfComplement(k int) int {
	if s.lx.lang != "fr" || !s.frenchInfinitive(k) {
		return -1
	}
	for n := 0; n < 3 && k > 0; n++ {
		if s.isComp(k - 1) {
			return k
		}
		if !s.frenchInfinitive(k - 1) {
			return -1
		}
		k--
	}
	return -1
}

// coordQueSubject: "Le Canada a annoncé qu'il ne reconnaîtrait pas la
// déclaration d'indépendance de la Catalogne et qu'il soutenait l'unité de
// l'Espagne": a pronoun opening a que-clause coordinated with an earlier one
// ("et qu'il") is, like the same pronoun opening the first clause, the
// subject of the verb governing both clauses, not the source of a noun
// event or the actor named last inside the first clause (French). j is the
// pronoun; nil when the shape is not there.
func (s *sent) coordQueSubject(j int) []int {
	if s.lx.lang != "fr" || j < 3 || !s.inAt("clausecomp", j-1) || !s.inAt("conj", j-2) {
		return nil
	}
	for k := j - 3; k > 0 && k >= j-40; k-- {
		if !s.inAt("clausecomp", k) {
			continue
		}
		if k+1 >= j || s.norm(k+1) != s.norm(j) {
			// only the parallel "qu'il … et qu'il": in "a affirmé que
			// l'armée avait repoussé l'attaque et qu'elle contrôlait la
			// ville" the pronoun is the first clause's subject
			return nil
		}
		v := k - 1
		for n := 0; n < 4 && v > 0 && s.inTime(v); n++ {
			// "a annoncé vendredi qu'il": the time word between
			v--
		}
		if s.actor[v] >= 0 || !s.verbForm(v) {
			return nil
		}
		if g := s.subject(v); g != nil {
			if s.trace() {
				s.tracef("  pronoun %q of a coordinated que-clause resolved to the subject of %q", s.toks[j].Text, s.toks[v].Text)
			}
			return g
		}
		return nil
	}
	return nil
}

// listComma reports a comma at k between two actors of a list: an actor
// ends right before it, and the actor that starts right after it is
// followed by another comma or a conjunction ("Kenya, Brazil and
// Argentina") (enprec10).
func (s *sent) listComma(k int) bool {
	if k < 1 || k+2 >= len(s.toks) || s.actor[k-1] < 0 {
		return false
	}
	m := s.actor[k+1]
	if m < 0 || s.mst[m] != k+1 || s.men[m] >= len(s.toks) {
		return false
	}
	n := s.norm(s.men[m])
	return n == "," || s.lx.in("conj", n)
}

// frontedGerund gives, for a present participle opening the sentence
// ("Accusing Kigali of backing the M23, Congo recalled its ambassador",
// "Accusant Kigali de soutenir le M23, la RDC a rappelé"), the subject of
// the main clause right after the comma that ends the participle's phrase
// (par2d round).
func (s *sent) frontedGerund(p int) []int {
	if p != 0 || !s.gerundAt(p) {
		return nil
	}
	k := s.frontComma(p)
	if k < 0 {
		return nil
	}
	return s.subjectAfterComma(k, true, "fronted present participle %q ...: its subject is the main clause's after the comma", s.toks[p].Text)
}
