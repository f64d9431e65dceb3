package actor

import "testing"

// TestSectorsArmedGroupsFrench: French nouns of armed groups take REB, as
// CODING.md codes armed rebel/insurgent groups, Phoenix.agents.txt codes
// INSURGENT and TERRORIST_INSURGENT [~REB], and dyad's English agents code
// jihadists, terrorists and fighters.
func TestSectorsArmedGroupsFrench(t *testing.T) {
	const d = "2015-04-20"
	cases := []struct {
		body       string
		want, none []string
	}{
		{"Des djihadistes ont attaqué un camp de l'armée nigérienne près de Diffa.", []string{"djihadistes=", "armée nigérienne=NERMIL"}, nil},
		{"Un groupe terroriste a revendiqué l'enlèvement de deux ingénieurs.", []string{"groupe terroriste=---REB"}, nil},
		{"Les combattants jihadistes ont repris la ville aux troupes gouvernementales.", []string{"combattants jihadistes=---REB", "troupes gouvernementales=---MIL"}, nil},
		{"Des kamikazes se sont fait exploser devant le commissariat.", []string{"kamikazes=---REB"}, nil},
		{"Le chef islamiste a été tué par une frappe française.", []string{"chef islamiste=---REB"}, nil},
	}
	for _, c := range cases {
		got := actorsOf(t, c.body, d, "fr")
		for _, w := range c.want {
			if w[len(w)-1] == '=' {
				// any country, sector REB
				ok := false
				for _, g := range got {
					if len(g) > len(w) && g[:len(w)] == w && g[len(g)-3:] == "REB" {
						ok = true
					}
				}
				if !ok {
					t.Errorf("%q: want %sXXXREB, got %v", c.body, w, got)
				}
				continue
			}
			if !has(got, w) {
				t.Errorf("%q: want %s, got %v", c.body, w, got)
			}
		}
		for _, g := range got {
			if len(g) > 3 && g[len(g)-3:] == "INS" {
				t.Errorf("%q: no INS expected, got %v", c.body, got)
			}
		}
	}
}

// TestSectorsPluralTitleNoApposition: a plural title before ", Name" names
// several people, not that one person: the name is no apposition of it.
func TestSectorsPluralTitleNoApposition(t *testing.T) {
	expectMentions(t, "Face aux députés de l'opposition, Claire Lemoine a défendu son projet de loi.", "2016-03-02", "fr",
		[]string{"députés de l'opposition=---OPP"}, []string{"opposition, Claire Lemoine"})
	expectMentions(t, "Devant ces ministres européens, Paulo Ferreira a plaidé pour un moratoire.", "2016-03-02", "fr",
		nil, []string{"ministres européens, Paulo Ferreira"})
	// "un de ses anciens conseillers, X": one of them, named
	expectMentions(t, "Le président a nommé un de ses anciens conseillers, Paulo Ferreira, à la tête du parquet.", "2016-03-02", "fr",
		[]string{"anciens conseillers, Paulo Ferreira=---ELI"}, nil)
	// a singular title keeps its apposition
	expectMentions(t, "Le ministre portugais des Finances, Paulo Ferreira, a rencontré ses homologues.", "2016-03-02", "fr",
		[]string{"ministre portugais des Finances, Paulo Ferreira=PRTGOV"}, nil)
}

// TestSectorsActionNouns: a nationality after (French) or before (English)
// the noun of an armed action names the country alone (CODING.md: a
// country named alone has no sector; Phoenix has no agent for strikes,
// raids, shelling); the forces and their means stay MIL.
func TestSectorsActionNouns(t *testing.T) {
	cases := []hasCase{
		{"Un raid aérien éthiopien a frappé un marché du Tigré.", "fr", "éthiopien=ETH"},
		{"L'offensive azerbaïdjanaise a repris à l'aube.", "fr", "azerbaïdjanaise=AZE"},
		{"Des tirs soudanais ont visé le convoi humanitaire.", "fr", "soudanais=SDN"},
		{"Des chars soudanais ont encerclé la ville.", "fr", "soudanais=SDNMIL"},
		{"Saudi air raids hit a market in Saada.", "en", "Saudi=SAU"},
		{"Turkish shelling killed three villagers.", "en", "Turkish=TUR"},
		{"Turkish warplanes struck the villages.", "en", "Turkish warplanes=TURMIL"},
		{"A Pakistani drone strike killed two commanders.", "en", "Pakistani=PAKMIL"},
	}
	checkHas(t, "2022-11-03", cases)
}

// TestSectorsMinistersOneSector: ministers and ministries of any portfolio
// are GOV (CODING.md), not GOV + the portfolio's sector as some Phoenix
// agents have it; Phoenix's stem "minist" is matched as whole words.
func TestSectorsMinistersOneSector(t *testing.T) {
	cases := []hasCase{
		{"The Kenyan health minister met union leaders on Monday.", "en", "Kenyan health minister=KENGOV"},
		{"The Nigerian information ministry accused the broadcaster of bias.", "en", "Nigerian information ministry=NGAGOV"},
		{"Brazil's labor minister rejected the strikers' demands.", "en", "Brazil's labor minister=BRAGOV"},
		{"La ministre belge de la Santé a reçu les infirmières.", "fr", "ministre belge de la Santé=BELGOV"},
		{"Le ministère marocain de l'Éducation nationale a sanctionné trois enseignants.", "fr", "ministère marocain de l'Éducation nationale=MARGOV"},
	}
	checkHas(t, "2019-09-17", cases)
}

// TestSectorsPersonOneSector: a Phoenix person in government with a
// portfolio sector is emitted with one sector: ministers GOV, legislators
// LEG (CODING.md); the dictionary keeps Phoenix's role.
func TestSectorsPersonOneSector(t *testing.T) {
	cases := []struct{ body, date, want string }{
		// Patrick Chinamasa, Zimbabwe's justice minister (Phoenix ZWEGOVJUD)
		{"Patrick Chinamasa a accusé les juges de partialité.", "2004-06-01", "Patrick Chinamasa=ZWEGOV"},
		// Tony Abbott, a member of parliament before 2013 (Phoenix AUSGOVLEG)
		{"Tony Abbott criticised the Labor government on Tuesday.", "2010-06-01", "Tony Abbott=AUSLEG"},
	}
	for _, c := range cases {
		lang := "fr"
		if c.body[0] == 'T' {
			lang = "en"
		}
		got := actorsOf(t, c.body, c.date, lang)
		if !has(got, c.want) {
			t.Errorf("%q: want %s, got %v", c.body, c.want, got)
		}
	}
}

// TestSectorsJunta: a military junta or government is the ruling
// executive, GOV (CODING.md), its troops MIL.
func TestSectorsJunta(t *testing.T) {
	expectMentions(t, "La junte militaire nigérienne a expulsé l'ambassadeur français.", "2023-09-01", "fr",
		[]string{"junte militaire nigérienne=NERGOV", "ambassadeur français=FRAGOV"}, nil)
	expectMentions(t, "The Burmese military junta jailed two reporters.", "2023-09-01", "en",
		[]string{"Burmese military junta=MMRGOV"}, nil)
}

// TestSectorsCandidates: a candidate before taking office is a party figure
// (CODING.md: "Romney, Republican candidate" PTY), not ELI.
func TestSectorsCandidates(t *testing.T) {
	expectMentions(t, "François Hollande a critiqué le bilan du gouvernement lors d'un meeting à Lille.", "2012-02-20", "fr",
		[]string{"François Hollande=FRAPTY"}, nil)
	expectMentions(t, "François Hollande a reçu le Premier ministre grec à l'Élysée.", "2012-09-20", "fr",
		[]string{"François Hollande=FRAGOV"}, nil)
}
