package coder

import "testing"

// TestFrdata5Patterns: the French pattern data of the frdata5 round
// (2026-11-26), on sentences invented in the style of news copy: riots and
// road blocks coded by what the protesters demand (1451, 1441, 1442), a
// town blocked to press a demand (144), a blockade reinforced (191),
// import restrictions (163), suspects handed over (063), pressure to call
// off a strike (1052), rejections coded by the topic of the proposal or
// request (1211, 1212, 1221, 1246), refusing to let inspectors in (1245),
// with guards that an announced past suspension or strike end keeps its
// act (1621, 082, already right at the base);
// and the senses that must stay silent or keep their code (a company
// takeover is no seizure, a plain announced aid stays 0331).
func TestFrdata5Patterns(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Des étudiants soudanais se sont livrés à des pillages pour réclamer la démission du président Omar el-Béchir.",
			[]string{"SDNEDU>SDNGOV:1451"}, nil},
		{"fr", "Des centaines d'opposants ont bloqué les routes de Dakar pour exiger le départ du président sénégalais.",
			[]string{"SENOPP>SENGOV:1441"}, nil},
		{"fr", "Des agriculteurs ont bloqué les autoroutes autour de Lyon pour exiger l'abandon de la réforme du gouvernement français.",
			[]string{"FRAAGR>FRAGOV:1442"}, nil}, // one-sentence document, one country: FRA (frdom)
		{"fr", "Des routiers ont bloqué Madrid pour exiger une baisse du prix du carburant.",
			[]string{"ESPLAB>ESP:144"}, nil}, // one-sentence document, one country: ESP (frdom)
		{"fr", "La marine israélienne a renforcé le blocus maritime de Gaza.",
			[]string{"ISRMIL>PSE:191"}, nil},
		{"fr", "Le gouvernement indien a imposé des restrictions aux importations de Chine.",
			[]string{"INDGOV>CHN:163"}, nil},
		{"fr", "Le gouvernement turc a fait pression sur les syndicats pour qu'ils annulent la grève des mineurs.",
			[]string{"TURGOV>TURLAB:1052"}, []string{"TURGOV>TURLAB:100"}},
		{"fr", "Le Vietnam a rejeté une proposition chinoise de signer un accord commercial.",
			[]string{"VNM>CHN:1211"}, []string{"VNM>CHN:120"}},
		{"fr", "Le Japon a rejeté la demande de la Russie de fermer les bases militaires américaines.",
			[]string{"JPN>RUS:1212"}, []string{"JPN>USA:1212"}},
		{"fr", "La Pologne a rejeté les appels de la Biélorussie à une aide économique.",
			[]string{"POL>BLR:1221"}, nil},
		{"fr", "Le Hamas a rejeté la proposition de l'Égypte d'une trêve à Gaza.",
			[]string{"PSEREBHMS>EGY:1246"}, nil},
		{"fr", "Le gouvernement syrien a refusé de laisser les inspecteurs de l'ONU entrer dans le pays.",
			[]string{"SYRGOV>IGOUNO:1245"}, nil},
		{"fr", "L'armée malienne a pris le contrôle de la ville de Kidal.",
			[]string{"MLIMIL>MLI:192"}, nil},
		{"fr", "Le Japon a annoncé mardi avoir suspendu son aide économique à la Birmanie.",
			[]string{"JPN>MMR:1621"}, []string{"JPN>MMR:033", "JPN>MMR:0331"}},
		{"fr", "Le syndicat CGT a annoncé avoir mis fin à la grève après des discussions avec le gouvernement.",
			[]string{"FRALAB>FRAGOV:082"}, []string{"FRALAB>FRAGOV:036"}},
		{"fr", "Le Japon a annoncé une aide de 10 millions de dollars à l'Ukraine.",
			[]string{"JPN>UKR:0331"}, nil},
	})
}

// TestFrdata5Takeover: a company taking control of plants or of a subsidiary
// of another group is a takeover, not a seizure (192); a town taken stays 192.
func TestFrdata5Takeover(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		{"fr", "Les ciments français ont pris le contrôle de deux cimenteries du groupe italien Italcementi.",
			[]string{"français=FRA", "groupe italien Italcementi=ITABUS"}, nil},
		{"fr", "Le groupe français a pris le contrôle de la filiale du groupe italien Italcementi.",
			[]string{"français=FRA", "groupe italien Italcementi=ITABUS"}, nil},
		{"fr", "Les rebelles ont pris le contrôle de la ville de Kidal.",
			[]string{"rebelles=MLIREB", "Kidal=MLI@"}, []string{"MLIREB>MLI:192"}},
	}, true)
}

// TestFrdata5Targets: the second frdata5 batch: patterns whose event the
// base coded without a target (and so dropped): a mediation mission between
// two sides (045), sanctions lifted that targeted X (085), a demand
// maintained that X grant rights (1043), a protest lodged with X (114), a
// rejected request with its author as an adjective (120), hunger strikes and
// hunger strikes by what they demand (1421).
func TestFrdata5Targets(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le président de l'Union africaine a entrepris une mission de médiation entre le Soudan et le Soudan du Sud.",
			[]string{"IGOAFRAFU>SDN:045", "IGOAFRAFU>SSD:045"}, nil},
		{"fr", "Le Canada a levé mardi les sanctions visant le pétrole de l'Iran.",
			[]string{"CAN>IRN:085"}, nil},
		{"fr", "Les rebelles touareg ont maintenu leur exigence que le gouvernement malien accorde davantage de droits aux populations du nord.",
			[]string{"MLIREB>MLIGOV:1043"}, nil},
		{"fr", "Le Maroc a adressé une protestation officielle à l'Algérie.",
			[]string{"MAR>DZA:114"}, nil},
		{"fr", "La Turquie a rejeté une demande américaine d'extrader le prédicateur.",
			[]string{"TUR>USA:120"}, nil},
		{"fr", "Le Japon a rejeté la demande de la Chine.",
			[]string{"JPN>CHN:120"}, nil},
		{"fr", "Des opposants ont entamé une grève de la faim pour exiger la démission du président tunisien.",
			[]string{"TUNOPP>TUNGOV:1421"}, nil},
	})
}

// TestFrdata5Pressure: pressing X for an electoral law is an appeal for
// institutional change (0244); refusing to let X do something targets X (120).
func TestFrdata5Pressure(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le président malien a fait pression sur le Parlement malien pour obtenir une réforme constitutionnelle.",
			[]string{"MLIGOV>MLILEG:0244"}, []string{"MLIGOV>MLILEG:100"}},
		{"fr", "Le Premier ministre a refusé de laisser le président russe s'exprimer.",
			[]string{"---GOV>RUSGOV:120"}, nil},
	})
}

// TestFrdata5Objects: tear gas used to disperse demonstrators targets them
// (175), a demonstration organised by X stopped (170), X's offer of talks
// rejected (125).
func TestFrdata5Objects(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "La police kényane a fait usage de gaz lacrymogène pour disperser des manifestants à Nairobi.",
			[]string{"KENCOP>KENOPP:175"}, nil},
		{"fr", "La police turque a empêché la manifestation organisée le 15 octobre par des étudiants près de l'université.",
			[]string{"TURCOP>TUREDU:170"}, nil},
		{"fr", "Le président pakistanais a rejeté une offre de l'Inde de pourparlers directs.",
			[]string{"PAKGOV>IND:125"}, nil},
	})
}

// TestFrdata5Clauses: the subject of a clause after "averti que" or
// "confiant que" is the target (130, 013); ordering a broadcaster to stop
// its programmes restricts political freedoms (1721).
func TestFrdata5Clauses(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Washington a averti que l'Iran subirait des sanctions.",
			[]string{"USA>IRN:130"}, nil},
		{"fr", "Le président turc s'est dit confiant que la Grèce accepterait le plan.",
			[]string{"TURGOV>GRC:013"}, nil},
		{"fr", "Le gouvernement vénézuélien a ordonné à la chaîne Globovision de suspendre ses émissions.",
			[]string{"VENGOV>VENMED:1721"}, nil},
	})
}

// TestFrdata5SubCodes: sub-codes English codes and French did not: appeals
// to support the speaker or to hold elections (022, 0241), asking X for its
// full support (022), demanding that X give up a reform (1042) or a truce
// with X (1056), rejecting an appeal to lay down arms (1246), forcing a UN
// agency out (1663), road blocks for freedoms (1443); "quelques mesures de
// soutien" asked of the State stays a plain appeal (020).
func TestFrdata5SubCodes(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le Conseil de sécurité a appelé le gouvernement malien à organiser des élections avant la fin de l'année.",
			[]string{"IGOUNO>MLIGOV:0241"}, []string{"IGOUNO>MLIGOV:020"}},
		{"fr", "Le président ivoirien a appelé les Ivoiriens à le soutenir.",
			[]string{"CIVGOV>CIV:022"}, nil},
		{"fr", "Le président afghan a demandé au président Obama le plein soutien des États-Unis.",
			[]string{"AFGGOV>USAGOV:022"}, nil},
		{"fr", "Les banquiers demandent à l'Etat quelques mesures de soutien pour l'immobilier.",
			[]string{"---BUS>---GOV:020"}, []string{"---BUS>---GOV:022"}},
		{"fr", "L'opposition exige que le président Mugabe renonce à sa réforme agraire.",
			[]string{"ZWEOPP>ZWEGOV:1042"}, nil},
		{"fr", "Les rebelles touareg ont exigé une trêve avec l'armée malienne.",
			[]string{"MLIREB>MLIMIL:1056"}, nil}, // actor round 8 rebelsAtHome (was ---REB)
		{"fr", "Les rebelles ont rejeté un appel du président Gbagbo à déposer les armes.",
			[]string{"CIVREB>CIVGOV:1246"}, nil},
		{"fr", "Le Soudan a contraint l'agence des Nations unies pour l'enfance à quitter le pays.",
			[]string{"SDN>IGOUNO:1663"}, nil},
		{"fr", "Les étudiants ont bloqué les routes de Tunis pour réclamer davantage de libertés du gouvernement tunisien.",
			[]string{"TUNEDU>TUNGOV:1443"}, nil}, // one-sentence document, one country: TUN (frdom)
	})
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	// banning an organisation restricts political freedoms (1721); a party
	// banned stays 1722
	checkCodeCases(t, c, []codeCase{
		{"fr", "Le gouvernement britannique a interdit lundi l'organisation extrémiste.",
			[]string{"gouvernement britannique=GBRGOV", "organisation extrémiste=GBRREB"}, []string{"GBRGOV>GBRREB:1721"}},
		{"fr", "Le gouvernement turc a interdit le parti kurde.",
			[]string{"gouvernement turc=TURGOV", "parti kurde=TUROPP"}, []string{"TURGOV>TUROPP:1722"}},
	}, true)
}

// TestFrdata5Gunfight: killed in a gunfight or a clash is fighting with
// small arms (193); a plain killing stays 190.
func TestFrdata5Gunfight(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "L'armée nigériane a tué dix jihadistes lors d'un accrochage près de Maiduguri.",
			[]string{"NGAMIL>NGAREB:193"}, []string{"NGAMIL>NGAREB:190"}},
		{"fr", "Les forces serbes ont tué trois Albanais.",
			[]string{"SRBMIL>ALBCVL:190"}, nil},
	})
}
