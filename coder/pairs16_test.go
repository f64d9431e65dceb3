package coder

import "testing"

// TestPairs16 checks the classes the pairs16 round fixed from short invented
// English/French wire pairs over the 20 CAMEO roots (probes/pairs16.tsv
// p001-p060): invitations snubbed or declined 125, warnings of a new offensive
// 1384, appeals to mediate 028, naval support 0232, demands that X return
// property 1053, pleas for loans 0231, intents of joint patrols 0312, French
// alert levels 152, « saluer X comme » 051 and « défendre le droit de X » 052
// inquiries into the finances of X 090, « lyncher » 1823, traffickers handed
// over to a state 063 (FR), vouching for X 051, « héberger X » 075 (FR),
// (en_pairs16.txt, fr_pairs16.txt, fr_conflict.txt), with controls.
// Sentences are new variations, not the probe pairs.
func TestPairs16(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"en", d, "The Turkish president snubbed the Greek prime minister's invitation to Athens.", []string{"TURGOV>GRCGOV:125"}},
		{"en", d, "The Serbian president warned Kosovo of a new offensive.", []string{"SRBGOV>KSV:1384"}},
		// (control: a warning of something else stays 130)
		{"en", d, "The Serbian president warned Kosovo of a harsh winter.", []string{"SRBGOV>KSV:130"}},
		{"en", d, "The Sudanese opposition implored the Arab League to mediate in the conflict.", []string{"SDNOPP>IGOMEAARL:028"}},
		{"en", d, "Kyiv asked Washington for naval escorts.", []string{"UKR>USA:0232"}},
		{"en", d, "Armenian lawmakers demanded that Azerbaijan return the stolen manuscripts.", []string{"ARMLEG>AZE:1053"}},
		{"en", d, "Egypt pleaded with the World Bank for a new loan.", []string{"EGY>IGOUNODEVWBK:0231"}},
		{"en", d, "The Indian navy vowed to step up joint patrols with Vietnam.", []string{"INDMIL>VNM:0312"}},
		// (control: a plain appeal for support stays 023)
		{"en", d, "The Somali government appealed to Turkey for support.", []string{"SOMGOV>TUR:023"}},
		{"fr", d, "Le président turc a décliné l'invitation du Premier ministre grec à Athènes.", []string{"TURGOV>GRCGOV:125"}},
		// (control: declining an offer stays 120)
		{"fr", d, "Le Hamas a décliné l'offre de l'Égypte.", []string{"PSEREBHMS>EGY:120"}},
		{"fr", d, "L'armée sud-coréenne a relevé son niveau d'alerte après un tir de missile nord-coréen.", []string{"KORMIL>PRKMIL:152"}},
		{"fr", d, "Le président kényan a salué l'Éthiopie comme un voisin fiable.", []string{"KENGOV>ETH:051"}},
		// (controls: a bare greeting and a thing hailed are not praise of an actor)
		{"fr", d, "Le président kényan a salué les militants.", nil},
		{"fr", d, "Le président a salué l'accord comme un pas en avant.", nil},
		{"fr", d, "L'opposition soudanaise a imploré la Ligue arabe de servir de médiateur dans le conflit.", []string{"SDNOPP>IGOMEAARL:028"}},
		{"fr", d, "Le gouvernement yéménite a sollicité l'appui naval de la France.", []string{"YEMGOV>FRA:0232"}},
		{"fr", d, "Le ministre polonais a défendu à l'ONU le droit de l'Ukraine à se défendre.", []string{"POLGOV>UKR:052"}},
		{"fr", d, "L'Égypte a plaidé auprès de la Banque mondiale pour un nouveau prêt.", []string{"EGY>IGOUNODEVWBK:0231"}},
		{"fr", d, "La marine indienne a promis d'intensifier ses patrouilles conjointes avec le Vietnam.", []string{"INDMIL>VNM:0312"}},
		// EN: an inquiry into the finances or activities of X: 090 to X
		{"en", d, "Ghanaian lawmakers launched an inquiry into the finances of the central bank.", []string{"GHALEG>GHAGOVBUS:090"}},
		// (control: an inquiry into the conduct of a thing: no event)
		{"en", d, "The ministry launched an inquiry into the conduct of the election.", nil},
		// FR: « lyncher » 1823; (control: « tabasser » stays 182)
		{"fr", d, "Une foule a lynché deux policiers haïtiens à Port-au-Prince.", []string{"HTICVL>HTICOP:1823"}},
		{"fr", d, "Des habitants ont tabassé un policier haïtien.", []string{"---CVL>HTICOP:182"}},
		// FR: traffickers handed over to another state: 063; (control: a prize handed to criminals)
		{"fr", d, "La Colombie a livré deux narcotrafiquants aux États-Unis.", []string{"COL>USA:063"}},
		{"fr", d, "Le ministre a remis un prix aux criminels.", nil},
		// vouching for X / « se porter garant de X »: 051 (was 030 / none)
		{"en", d, "The Kenyan president vouched for the Ugandan opposition leader.", []string{"KENGOV>UGAOPP:051"}},
		{"fr", d, "Le président kényan s'est porté garant du chef de l'opposition ougandaise.", []string{"KENGOV>UGAOPP:051"}},
		// warnings of new strikes or an imminent offensive: 1384
		{"en", d, "Russia warned Ukraine of new strikes.", []string{"RUS>UKR:1384"}},
		{"fr", d, "Israël a averti le Hezbollah d'une offensive imminente.", []string{"ISR>LBNREB:1384"}},
		// (controls: the consequences of an attack stay 130)
		{"en", d, "Turkey warned Greece of the consequences of an attack.", []string{"TUR>GRC:130"}},
		{"fr", d, "La Turquie a averti la Grèce des conséquences d'une attaque.", []string{"TUR>GRC:130"}},
		// FR: « héberger » people: 075; (control: a summit hosted is no event)
		{"fr", d, "L'Allemagne a hébergé des opposants russes en exil.", []string{"DEU>RUSOPP:075"}},
		{"fr", d, "Le Qatar a hébergé le sommet du Golfe.", nil},
		// (control: an armed group hosted is no refuge)
		{"fr", d, "Les talibans ont hébergé Al-Qaïda pendant des années.", nil},
		// FR: the alert level of one's own forces names no adversary, unless « face à X »
		{"fr", d, "Le Japon a relevé le niveau d'alerte de ses forces armées.", nil},
		{"fr", d, "Le Japon a relevé le niveau d'alerte de son armée face à la Chine.", []string{"JPN>CHN:152"}},
		// demands that a junta return power: 1041, not a return of property
		{"en", d, "Chadian students demanded that the junta return power to civilians.", []string{"TCDEDU>TCDGOV:1041"}},
		// (control: a warning of financial consequences stays 1312)
		{"en", d, "The European Union warned Georgia of financial consequences.", []string{"IGOEUREEC>GEO:1312"}},
	})
}
