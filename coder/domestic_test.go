package coder

import "testing"

// A target of unknown country and no place takes the source's country only
// for a domestic reading: not for support or aid, and for force only by
// police, armed groups or crowds, or against rebels and the opposition.
func TestDomesticDyad(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Le Rwanda soutient les rebelles.", actors: []string{"Rwanda=RWA", "rebelles=---REB"},
			want: []string{"RWA>---REB:051"}, not: []string{"RWA>RWAREB:051"}},
		{text: "Des frappes russes ont touché un hôpital.", actors: []string{"russes=RUSMIL", "hôpital=---HLH"},
			want: []string{"RUSMIL>---HLH:195"}, not: []string{"RUSMIL>RUSHLH:195"}},
		{text: "Des combattants de Boko Haram ont enlevé des dizaines de femmes.", actors: []string{"combattants de Boko Haram=NGAREB", "femmes=---CVL"},
			want: []string{"NGAREB>NGACVL:181"}},
		{text: "L'armée syrienne et les rebelles se battent.", actors: []string{"armée syrienne=SYRMIL", "rebelles=---REB"},
			want: []string{"SYRMIL>SYRREB:190", "SYRREB>SYRMIL:190"}},
	})
}

// A country and one of its own bodies coordinated are two parties, and a
// meeting or negotiation between them is no visit to one's own country.
func TestCountryAndOwnBody(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Le ministre a confirmé des négociations entre Islamabad et les insurgés.", actors: []string{"ministre=PAKGOV", "Islamabad=PAK", "insurgés=PAKINS"},
			want: []string{"PAK>PAKINS:046", "PAKINS>PAK:046"}},
	})
}
