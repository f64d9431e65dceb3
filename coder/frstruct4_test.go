package coder

import (
	"slices"
	"testing"
)

// TestFrStruct4: structure rules of the frstruct4 round, found on real
// French news; each case is a sentence of our own.
func TestFrStruct4(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		// 1. the author of a document noun opening the clause is the
		// subject (`authornoun`, `authorprep`)
		{"fr", "Un rapport de Human Rights Watch accuse la police syrienne de torture.",
			[]string{"Human Rights Watch=NGOHRI", "police syrienne=SYRCOP"},
			[]string{"NGOHRI>SYRCOP:1122"}},
		{"fr", "Le communiqué de l'armée israélienne dénonce les attaques du Hamas.",
			[]string{"armée israélienne=ISRMIL", "Hamas=PSEREBHMS"},
			[]string{"ISRMIL>PSEREBHMS:111"}},
		{"fr", "Un nouveau rapport de l'ONU accuse l'armée birmane de génocide.",
			[]string{"ONU=IGOUNO", "armée birmane=MMRMIL"},
			[]string{"IGOUNO>MMRMIL:1124"}},
		{"en", "A report by Human Rights Watch accuses the Syrian police of torture.",
			[]string{"Human Rights Watch=NGOHRI", "Syrian police=SYRCOP"},
			[]string{"NGOHRI>SYRCOP:1122"}},
		// (not after a preposition: "dans le rapport de X" is no subject)
		{"fr", "Dans le rapport de l'ONU accuse la police syrienne de torture.",
			[]string{"ONU=IGOUNO", "police syrienne=SYRCOP"},
			nil},
		// (a noun that is no document: "la veuve de X" does not speak for X)
		{"fr", "La veuve de l'opposant accuse la police syrienne de torture.",
			[]string{"opposant=SYROPP", "police syrienne=SYRCOP"},
			nil},
		// 6. a preposition repeated after the separator keeps the
		// coordination: one event per target
		{"fr", "Washington a imposé des sanctions à la Russie, à la Chine et à l'Iran.",
			[]string{"Washington=USA", "Russie=RUS", "Chine=CHN", "Iran=IRN"},
			[]string{"USA>RUS:163", "USA>CHN:163", "USA>IRN:163"}},
		{"fr", "Le ministre se rendra au Japon et en Corée du Sud.",
			[]string{"ministre=USAGOV", "Japon=JPN@", "Corée du Sud=KOR@"},
			[]string{"USAGOV>JPN:036 future", "USAGOV>KOR:036 future"}},
		// (three members or more after commas repeating the
		// preposition are a list even when its last member is no actor)
		{"fr", "Washington soutient l'adhésion de la Russie, de l'Ukraine, du Kazakhstan, du Kirghiztan et d'autres pays.",
			[]string{"Washington=USA", "Russie=RUS", "Ukraine=UKR", "Kazakhstan=KAZ"},
			[]string{"USA>RUS:051", "USA>UKR:051", "USA>KAZ:051"}},
		// (another preposition is no coordination: "de Syrie à l'Irak")
		{"fr", "Le ministre a livré des armes de la Russie et à l'Iran.",
			[]string{"ministre=USAGOV", "Russie=RUS", "Iran=IRN"},
			[]string{"USAGOV>IRN:072"}},
		// 7. a country adjective on a noun of military means after the
		// slot's preposition (`meansnoun`)
		{"fr", "Le Japon proteste contre l'incursion de navires chinois.",
			[]string{"Japon=JPN", "chinois=CHN"},
			[]string{"JPN>CHN:140"}},
		// (a bare singular: the adjective is the head noun's)
		{"fr", "Le Japon proteste contre une frappe de drone chinoise.",
			[]string{"Japon=JPN", "chinoise=CHN"},
			nil},
		// (not on any noun: "de produits chinois")
		{"fr", "Le Japon proteste contre l'incursion de produits chinois.",
			[]string{"Japon=JPN", "chinois=CHN"},
			nil},
		// 8. a pronoun opening a que-clause is the subject of the verb
		// governing it, even when that verb codes nothing
		{"fr", "Les autorités colombiennes ont répondu qu'elles rencontreraient les rebelles.",
			[]string{"autorités colombiennes=COLGOV", "rebelles=COLREB"},
			[]string{"COLGOV>COLREB:040 reported", "COLREB>COLGOV:040 reported"}},
		// 9. a headline "X : « Nous ... »": the mention before the colon
		// speaks the quote
		{"fr", "Le ministre russe : « Nous condamnons l'attaque ukrainienne »",
			[]string{"ministre russe=RUSGOV", "ukrainienne=UKR"},
			[]string{"RUSGOV>UKR:111"}},
		// (not a topic word: "Guerre : « Nous ... »")
		{"fr", "Guerre : « Nous condamnons l'attaque ukrainienne »",
			[]string{"ukrainienne=UKR"},
			nil},
		// 10. two genitives: the owner of a policy or a weapon the object
		// acts on is the target
		{"fr", "Le Japon a condamné le tir de missile de la Corée du Nord.",
			[]string{"Japon=JPN", "Corée du Nord=PRK"},
			[]string{"JPN>PRK:111"}},
		{"fr", "Les syndicats ont salué le retrait du projet de loi du gouvernement.",
			[]string{"syndicats=FRALAB", "gouvernement=FRAGOV"},
			[]string{"FRALAB>FRAGOV:051"}},
		// (not through a noun that is no policy or weapon: a victim)
		{"fr", "La Chine a condamné la mort de trois marins du Japon.",
			[]string{"Chine=CHN", "Japon=JPN"},
			nil},
		// 11. "au moins" before a number is an approximation, not the
		// mention's preposition (`approxlead`)
		{"fr", "Au moins trois manifestants ont été tués par les forces de sécurité soudanaises.",
			[]string{"manifestants=SDNOPP", "forces de sécurité soudanaises=SDNCOP"},
			[]string{"SDNCOP>SDNOPP:190"}},
		{"fr", "Au moins 200 militants du Hamas ont attaqué Israël.",
			[]string{"militants du Hamas=PSEREBHMS", "Israël=ISR"},
			[]string{"PSEREBHMS>ISR:190"}},
	}, true)
	checkFixCases(t, []fixCase{
		// 2. several incises in a row after the verb: the object comes
		// after the last comma (real stages: the time expressions)
		{"fr", "L'armée a bombardé, dimanche, dans la matinée, des positions des rebelles.",
			[]string{"---MIL>---REB:195"}, nil},
		// (an incise with an actor in it after the first is not skipped:
		// the object is before the comma)
		{"fr", "Le Hamas a tiré, selon l'armée israélienne, des roquettes sur Israël, a indiqué la radio.",
			[]string{"PSEREBHMS>ISR:194"}, nil},
		// (an object opening with "des" after the first incise is no incise)
		{"fr", "L'armée a bombardé, dimanche, des positions des rebelles, dans la matinée, a-t-on appris.",
			[]string{"---MIL>---REB:195"}, nil},
		// 3. an incise whose noun is also a verb form ("dans un
		// communiqué") is still an incise
		{"fr", "Le Pakistan a condamné, dans un communiqué, les frappes de l'Inde.",
			[]string{"PAK>IND:111"}, nil},
		// 4. a preposition opening a time expression is skipped before the
		// object ("dans la nuit", "depuis lundi")
		{"fr", "Israël a frappé dans la nuit des positions du Hamas.",
			[]string{"ISR>PSEREBHMS:190"}, nil},
		// 5. a slot's preposition inside a parenthesis opened after the
		// verb does not fill the slot
		{"fr", "Le ministre brésilien est arrivé à 8 h locales (13 h en France) au palais.",
			nil, []string{"BRAGOV>FRA:042"}},
	})
}

// TestFrStruct4Conj: être is irregular ("et" is no form of it), and the
// present of accueillir, assaillir and consentir is known.
func TestFrStruct4Conj(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	lx := c.lex["fr"]
	has := func(lemma string) []string {
		var out []string
		for _, f := range lx.conj.forms(lemma) {
			out = append(out, f.form)
		}
		return out
	}
	etre := has("etre")
	for _, w := range []string{"et", "ets"} {
		if slices.Contains(etre, w) {
			t.Errorf("etre: %q is no form of être (%v)", w, etre)
		}
	}
	for _, w := range []string{"est", "sont", "etait", "sera", "seront", "fut", "ete", "sommes", "soit"} {
		if !slices.Contains(etre, w) {
			t.Errorf("etre: %q missing (%v)", w, etre)
		}
	}
	for lemma, w := range map[string]string{"accueillir": "accueille", "recueillir": "recueillent", "assaillir": "assaillent", "consentir": "consent"} {
		if fs := has(lemma); !slices.Contains(fs, w) {
			t.Errorf("%s: %q missing (%v)", lemma, w, fs)
		}
	}
}
