package coder

import (
	"reflect"
	"testing"
)

// TestCStruct: structure gaps of the cstruct round (2026-11-26), coded
// through the real stages; each sentence is our own.
func TestCStruct(t *testing.T) {
	c, kb := realStages(t)
	cases := []struct {
		lang, text string
		want       []string
	}{
		// 1. a nominal act with both its actors, told inside the object
		// of a criticism, is coded beside the criticism
		{"fr", "La Belgique a condamné les frappes russes contre la Géorgie.",
			[]string{"BEL>RUS:111", "RUS>GEO:195"}},
		{"fr", "Berlin a dénoncé l'invasion de la Géorgie par la Russie.",
			[]string{"DEU>RUS:111", "RUS>GEO:192"}},
		// (a place is no agent: the arrest in Moscow is the object only)
		{"fr", "La Belgique a condamné l'arrestation de l'opposant à Moscou.",
			[]string{"BEL>RUS:111"}},
		// 2. a participle after a comma telling an act of its own takes
		// the main clause's subject; a result (killing) is not coded
		{"en", "Police raided the opposition offices, arresting 30 activists.",
			[]string{"---COP>---OPP:173"}}, // a police raid on offices is no armed attack (190): en_par4en.txt
		{"fr", "La police a encerclé le siège de l'opposition, arrêtant trente militants.",
			[]string{"---COP>---OPP:190", "---COP>---OPP:173"}},
		{"fr", "Les soldats ont ouvert le feu sur les manifestants, tuant quatre civils.",
			[]string{"---MIL>---OPP:175"}},
		// 3. an object pronoun with no antecedent in its sentence stands
		// for the previous sentence's source, when that sentence had no
		// target but a place
		{"fr", "Le Premier ministre indien est arrivé à Lomé. Le président togolais l'a reçu au palais.",
			[]string{"INDGOV>TGO:042", "TGOGOV>INDGOV:043"}},
		// 4. a police operation is no use of force (190); a bare "saluer
		// X" is a greeting, praise needs its object; the target of a
		// sentence is not the object of the reason infinitive
		{"fr", "Le gouvernement a lancé une opération de police contre des trafiquants de drogue.",
			nil},
		{"fr", "Le premier secrétaire a salué les militants du PS.",
			nil},
		{"fr", "Le ministre a salué le courage des soldats maliens.",
			[]string{"---GOV>MLIMIL:051"}},
		// (no antecedent for "l'": no target; the pipeline drops it)
		// (gaps3: a death sentence is 173 as English "sentenced to death",
		// CAMEO 1.1b3 116 usage notes: an individual found guilty and
		// detained is 173; was 116)
		{"fr", "Le juge l'a condamné à mort pour avoir insulté le président.",
			[]string{"---JUD>:173"}},
	}
	for _, tc := range cases {
		a := codeReal(t, c, kb, tc.lang, tc.text)
		if got := evStrings(a.Events); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
