package evaltest

import (
	"testing"
)

// TestEnglishPipelineTargets: English sentences written for the test, coded
// through the text, actor and coder stages: the dyad (source>target) of an
// event of the given CAMEO root must be there. Actor and target rules that
// need the actor stage's kinds (places) are tested here.
func TestEnglishPipelineTargets(t *testing.T) {
	checkDyadCases(t, []dyadCase{
		// a noun in -s after an adjective does not hide the place after it
		{"en", "The Turkish army shelled Kurdish positions in northern Syria.", "2023-11-16", "TURMIL>SYR", "19"},
		// "Rebels in eastern Congo": the rebels are the subject ("eastern
		// Congo" is the east of the DRC, regions_en_dyad.txt)
		// gaps2 (2026-11-27): a UN base is the UN's forces, IGOUNOMIL as
		// "UN troops" (orgs.txt), was IGOUNO
		{"en", "Rebels in eastern Congo attacked a UN base.", "2023-11-16", "CODREB>IGOUNOMIL", "19"},
		// "for" introduces the target; men are PPL as in Phoenix
		{"en", "A court in Guyana has issued arrest warrants for two Brazilian men.", "2023-11-16", "GUYJUD>BRAPPL", "17"},
		// a group and its members' noun
		{"en", "Houthi rebels fired a missile at Saudi Arabia.", "2023-11-16", "YEMREB>SAU", "19"},
	})
}
