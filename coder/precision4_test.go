package coder

import "testing"

// TestPrecisionTopicObject: a nominal event that is the object of a verb of
// talking about or expecting (`topicverb`) is no event of its own; the same
// noun as an occurrence stays coded (sentences written for dyad).
func TestPrecisionTopicObject(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le Mali refuse de discuter d'un retrait des soldats français.", nil, []string{"FRAMIL>MLI:0874", "---MIL>MLI:0874"}},
		{"fr", "Le Premier ministre a évoqué une éventuelle visite du président russe en Inde.", nil, []string{"RUSGOV>IND:042"}},
		{"fr", "Le président russe a effectué une visite en Inde.", []string{"RUSGOV>IND:042"}, nil},
		{"en", "India expects a visit by the Russian president next month.", nil, []string{"RUSGOV>IND:042"}},
	})
}

// TestPrecisionIntentImperfect: "entendaient" + infinitive states an intent
// (future cue): an attack announced is a threat, not an attack.
func TestPrecisionIntentImperfect(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les talibans entendaient poursuivre les attentats contre Kaboul.", []string{"AFGGOV>AFG:1383"}, []string{"AFGGOV>AFG:1831"}},
	})
}
