package coder

import "testing"

// TestFramesfrStructures codes invented sentences for the structural
// defects of the framesfr round (a generated sweep of French verbs x
// syntactic frames, probes/frames_fr.py): the auxiliary "a" after a title
// is no portfolio opener ("le ministre a condamné William Ruto" is no title
// of Ruto, actor/stage.go auxA); a first- or second-person plural form
// without "nous"/"vous" is a noun ("de fortes pressions" is no appeal of
// "presser"); in a quote, "nous" before a form of avoir is the subject, no
// reflexive ("nous avons félicité" is no "se féliciter"), and "j'ai" is an
// auxiliary; a reflexive past infinitive ("a annoncé s'être rendu") takes
// the governing verb's subject. Cases that must still code are kept next
// to each class.
func TestFramesfrStructures(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// the auxiliary "a" ends a title's portfolio
		{"fr", "2024-03-12", "Le ministre ukrainien a condamné William Ruto.", []string{"UKRGOV>KENGOV:111"}},
		{"fr", "2024-03-12", "Le ministre kényan de la Défense a arrêté Narendra Modi.", []string{"KENGOV>INDGOV:173"}},
		// a first-person plural without its pronoun is a noun
		{"fr", "2024-03-12", "Le Kenya, soumis à de fortes pressions, a soutenu l'Éthiopie.", []string{"KEN>ETH:051"}},
		// (with "nous" it is the verb)
		{"fr", "2024-03-12", "« Nous exhortons l'Iran à la retenue », a déclaré la France.", []string{"FRA>IRN:0256"}},
		// "nous avons", "j'ai" in a quote: the speaker's own act
		{"fr", "2024-03-12", "« Nous avons félicité le Kenya », a déclaré la France.", []string{"FRA>KEN:051"}},
		{"fr", "2024-03-12", "« J'ai condamné le Hamas », a déclaré William Ruto.", []string{"KENGOV>PSEREBHMS:111"}},
		{"fr", "2024-03-12", "« Nous avons attaqué les positions du Hamas », ont déclaré les troupes israéliennes.", []string{"ISRMIL>PSEREBHMS:190"}},
		// (a reflexive with être stays one)
		{"fr", "2024-03-12", "Le Kenya et l'Iran se sont rencontrés mardi.", []string{"KEN>IRN:040", "IRN>KEN:040"}},
		{"fr", "2024-03-12", "La France s'est félicitée de la libération des otages.", nil},
		// a reflexive past infinitive after a verb of saying
		{"fr", "2024-03-12", "Narendra Modi a annoncé s'être rendu au Kenya.", []string{"INDGOV>KEN:042"}},
		{"fr", "2024-03-12", "William Ruto a affirmé s'être entretenu avec Narendra Modi.", []string{"KENGOV>INDGOV:040", "INDGOV>KENGOV:040"}},
	})
}

// TestFramesfrQuotePronoun: a quote closed by a reporting verb with an
// inverted pronoun ("», a-t-il déclaré") is said by the subject of the
// sentence before (when it agrees in number), and « X et Y se sont
// téléphoné » is a call each way (framesfr round, batch 3).
func TestFramesfrQuotePronoun(t *testing.T) {
	checkDatedCases(t, []datedCase{
		{"fr", "2024-03-12", "L'Iran a réuni la presse mardi. « Nous avons condamné l'Éthiopie », a-t-il déclaré.", []string{"IRN>ETH:111"}},
		{"fr", "2024-03-12", "Les Philippines se sont exprimées mardi. « Nous avons aidé William Ruto », ont-elles déclaré.", []string{"PHL>KENGOV:070"}},
		// (a pronoun of the other number is not that subject)
		{"fr", "2024-03-12", "Le gouvernement kényan s'est exprimé mardi. « Nous avons condamné le Hamas », ont-ils déclaré.", nil},
		{"fr", "2024-03-12", "William Ruto et Narendra Modi se sont téléphoné mardi.", []string{"KENGOV>INDGOV:041", "INDGOV>KENGOV:041"}},
	})
}

// TestFramesfrSupportPassive: a nominal event as the subject of a support
// verb in the passive takes the agent as its author (fr_framesfr.txt
// &SUPPASSIF); a verb judging the act does not (framesfr round, batch 5).
func TestFramesfrSupportPassive(t *testing.T) {
	checkDatedCases(t, []datedCase{
		{"fr", "2024-03-12", "Une offensive contre le Niger a été lancée par l'armée malienne.", []string{"MLIMIL>NER:190"}},
		{"fr", "2024-03-12", "De nouvelles sanctions contre l'Iran ont été prises par l'Union européenne.", []string{"IGOEUREEC>IRN:163"}},
		{"fr", "2024-03-12", "Des frappes aériennes contre les rebelles houthis ont été menées par les États-Unis.", []string{"USA>YEMREB:195"}},
		// (judged, not carried out: no author)
		{"fr", "2024-03-12", "Une attaque contre l'Iran a été condamnée par la France.", nil},
	})
}
