package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// frStructCase is one French sentence with fixture actors (a 3-letter code
// is a country mention), the events it must give and the ones it must not.
type frStructCase struct {
	text   string
	actors []string
	want   []string
	not    []string
	times  []string // surfaces marked as time expressions
}

func runFrStruct(t *testing.T, cases []frStructCase) {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		a := analyse(t, "fr", tc.text, tc.actors...)
		for _, tm := range tc.times {
			st := strings.Index(tc.text, tm)
			a.Times = append(a.Times, dyad.TimeExpr{Span: dyad.Span{Start: st, End: st + len(tm)}, Text: tm, Type: "DATE"})
		}
		for i := range a.Actors {
			if len(a.Actors[i].Code) == 3 && !strings.HasPrefix(a.Actors[i].Code, "---") {
				a.Actors[i].Kind = "country"
			}
		}
		if err := c.Process(a); err != nil {
			t.Fatal(err)
		}
		got := evStrings(a.Events)
		has := map[string]bool{}
		for _, g := range got {
			has[g] = true
		}
		for _, w := range tc.want {
			if strings.HasSuffix(w, ":?") {
				// any code: the test is about the actors
				ok := false
				for _, g := range got {
					ok = ok || strings.HasPrefix(g, strings.TrimSuffix(w, "?"))
				}
				if !ok {
					t.Errorf("%s\n got  %q\n missing %s", tc.text, got, w)
				}
				continue
			}
			if !has[w] {
				t.Errorf("%s\n got  %q\n missing %s", tc.text, got, w)
			}
		}
		for _, n := range tc.not {
			if has[n] {
				t.Errorf("%s\n got  %q\n must not give %s", tc.text, got, n)
			}
		}
	}
}

// TestFrenchRelativeIncise: a relative clause opened by "dont" between
// commas is skipped when looking for the main verb's subject, and the
// object of the relative clause's verb does not reach past the comma that
// closes it.
func TestFrenchRelativeIncise(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Les États-Unis, dont les forces ont frappé la Syrie, ont menacé l'Iran.",
			actors: []string{"Les États-Unis=USA", "les forces=USAMIL", "la Syrie=SYR", "l'Iran=IRN"},
			want:   []string{"USA>IRN:130", "USAMIL>SYR:190"},
			not:    []string{"SYR>IRN:130"}},
		{text: "L'Égypte, dont le président soutient l'armée libyenne, a condamné la Turquie.",
			actors: []string{"L'Égypte=EGY", "le président=EGYGOV", "l'armée libyenne=LBYMIL", "la Turquie=TUR"},
			want:   []string{"EGY>TUR:111"},
			not:    []string{"LBYMIL>TUR:111"}},
		{text: "La Russie, qui a envahi l'Ukraine en février et dont les troupes occupent une partie du pays, a menacé la Pologne.",
			actors: []string{"La Russie=RUS", "l'Ukraine=UKR", "les troupes=---MIL", "la Pologne=POL"},
			want:   []string{"RUS>UKR:192", "RUS>POL:130"},
			not:    []string{"---MIL>POL:192"}},
	})
}

// TestFrenchDomesticState: government forces of unknown country facing
// rebels, insurgents or the opposition of a known country are that
// country's; a place named through "le nord de" is the event's place.
func TestFrenchDomesticState(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Les talibans ont mené des attaques quasi quotidiennes contre les forces gouvernementales.",
			actors: []string{"Les talibans=AFGREB", "les forces gouvernementales=---MIL"},
			want:   []string{"AFGREB>AFGMIL:190"}},
		{text: "Les forces gouvernementales ont bombardé les positions des rebelles houthis.",
			actors: []string{"Les forces gouvernementales=---MIL", "rebelles houthis=YEMREB"},
			want:   []string{"YEMMIL>YEMREB:195"}},
		{text: "Les rebelles ont attaqué les forces gouvernementales dans le nord du Mali.",
			actors: []string{"Les rebelles=---REB", "les forces gouvernementales=---MIL", "Mali=MLI"},
			want:   []string{"MLIREB>MLIMIL:190"}},
		// foreign troops stay of unknown country; a government's own
		// forces against another state are not changed
		{text: "Les rebelles houthis ont attaqué les troupes étrangères.",
			actors: []string{"Les rebelles houthis=YEMREB", "les troupes étrangères=---MIL"},
			not:    []string{"YEMREB>YEMMIL:190"}},
		{text: "L'armée russe a attaqué les forces gouvernementales.",
			actors: []string{"L'armée russe=RUSMIL", "les forces gouvernementales=---MIL"},
			not:    []string{"RUSMIL>RUSMIL:190"}},
	})
}

// TestFrenchIncisesAndTimes: an incise between commas between a
// governing verb and its complement does not hide the governor; the
// object of a verb starts after a time expression.
func TestFrenchIncisesAndTimes(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Le président russe a menacé lundi, lors d'un discours télévisé, de frapper l'Ukraine.",
			actors: []string{"Le président russe=RUSGOV", "l'Ukraine=UKR"},
			want:   []string{"RUSGOV>UKR:1384"}},
		{text: "Le Mali a refusé, selon un diplomate, de recevoir l'envoyé de la Cédéao.",
			actors: []string{"Le Mali=MLI", "l'envoyé de la Cédéao=IGOWAFWAS"},
			not:    []string{"MLI>IGOWAFWAS:042", "MLI>IGOWAFWAS:043"}},
		{text: "Israël a frappé dimanche des cibles du Hamas dans la bande de Gaza.",
			actors: []string{"Israël=ISR", "Hamas=PSEREBHMS", "bande de Gaza=PSE"}, times: []string{"dimanche"},
			want: []string{"ISR>PSEREBHMS:190"}},
	})
}

// TestFrenchRelativesAndFronted: the antecedent of an object relative
// "que" is the object of the relative clause's verb, not of a content
// clause ("a prévenu X que"); a sentence-initial participle clause with an
// agent qualifies the subject after its comma; a present participle of
// result after a comma has no subject of its own.
func TestFrenchRelativesAndFronted(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Le Pakistan, que les États-Unis accusent de soutenir les talibans, a démenti.",
			actors: []string{"Le Pakistan=PAK", "les États-Unis=USA", "les talibans=AFGREB"},
			want:   []string{"USA>PAK:112"},
			not:    []string{"USA>AFGREB:051"}},
		{text: "Les rebelles que l'armée malienne a attaqués se sont retirés.",
			actors: []string{"Les rebelles=MLIREB", "l'armée malienne=MLIMIL"},
			want:   []string{"MLIMIL>MLIREB:190"}},
		{text: "Le ministre a prévenu Washington que l'Iran allait riposter.",
			actors: []string{"Le ministre=ISRGOV", "Washington=USAGOV", "l'Iran=IRN"},
			not:    []string{"IRN>USAGOV:190", "IRN>USAGOV:138"}},
		{text: "Accusé par les États-Unis de soutenir les talibans, le Pakistan a démenti.",
			actors: []string{"les États-Unis=USA", "les talibans=AFGREB", "le Pakistan=PAK"},
			want:   []string{"USA>PAK:112"}},
		{text: "Les forces russes ont bombardé Kharkiv, tuant au moins dix civils.",
			actors: []string{"Les forces russes=RUSMIL", "Kharkiv=UKR", "civils=---CVL"},
			want:   []string{"RUSMIL>UKR:195"},
			not:    []string{"UKR>UKRCVL:190", "UKR>---CVL:190"}},
		// a noun between the determiner and a coordinated mention
		{text: "Les États-Unis et leurs alliés européens ont imposé des sanctions à la Russie.",
			actors: []string{"Les États-Unis=USA", "européens=EUR", "la Russie=RUS"},
			want:   []string{"USA>RUS:163", "EUR>RUS:163"}},
	})
}

// TestFrenchGenitiveCoordination: two owners coordinated inside a genitive
// ("des représentants du gouvernement colombien et des FARC") act
// together; "de X et de Y" as target gives one event each.
func TestFrenchGenitiveCoordination(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Des représentants du gouvernement colombien et des FARC ont signé un accord de paix à La Havane.",
			actors: []string{"gouvernement colombien=COLGOV", "FARC=COLREB", "La Havane=CUB"},
			want:   []string{"COLGOV>COLREB:057", "COLREB>COLGOV:057"},
			not:    []string{"COLGOV>CUB:057", "COLREB>CUB:057"}},
		{text: "La Russie a critiqué les positions de la France et de l'Allemagne.",
			actors: []string{"La Russie=RUS", "la France=FRA", "l'Allemagne=DEU"},
			want:   []string{"RUS>FRA:111", "RUS>DEU:111"}},
		// not after a noun that is no role or asset: the two owners are
		// not one subject acting on each other
		{text: "Des patrons ont cédé devant la grogne de leurs actionnaires et de leurs salariés qui les accusent d'incompétence.",
			actors: []string{"actionnaires=---BUS", "salariés=---LAB"},
			not:    []string{"---BUS>---LAB:112", "---LAB>---BUS:112"}},
	})
}

// TestFrenchMutualCountry: the reverse of a reciprocal event keeps the
// country completed one way ("L'armée syrienne et les rebelles se
// battent": SYRREB both ways).
func TestFrenchMutualCountry(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "L'armée syrienne et les rebelles se battent depuis plusieurs jours.",
			actors: []string{"L'armée syrienne=SYRMIL", "les rebelles=---REB"},
			want:   []string{"SYRMIL>SYRREB:190", "SYRREB>SYRMIL:190"},
			not:    []string{"---REB>SYRMIL:190"}},
	})
}

// TestFrenchTimeAfterVerb: a time expression right after the verb does
// not keep the pattern's words from matching ("appelle cet après-midi à
// voter pour X", "a appelé lundi à la retenue").
func TestFrenchTimeAfterVerb(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Le maire de New York appelle cet après-midi à voter pour Barack Obama.",
			actors: []string{"Le maire de New York=USAGOV", "Barack Obama=USAGOV"}, times: []string{"cet après-midi"},
			want: []string{"USAGOV>USAGOV:051"}},
		{text: "Le Conseil de sécurité a appelé lundi à un cessez-le-feu en Syrie.",
			actors: []string{"Le Conseil de sécurité=IGOUNO", "Syrie=SYR"}, times: []string{"lundi"},
			want: []string{"IGOUNO>SYR:0256"}},
	})
}

// TestFrenchDomesticPolitics: a deputy, party, opposition, court or police
// of unknown country facing a government, parliament, party ... of a
// known country is of that country; a government of unknown country
// facing protesters, a region (EUR) or another government is not
// changed.
func TestFrenchDomesticPolitics(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "L'assemblée nationale a voté la confiance au gouvernement Ayrault.",
			actors: []string{"assemblée nationale=---LEG", "gouvernement Ayrault=FRAGOV"},
			want:   []string{"FRALEG>FRAGOV:051"}},
		{text: "Le Parti populaire exclut le député Antoni Pastor.",
			actors: []string{"Parti populaire=ESPPTY", "député Antoni Pastor=---LEG"},
			want:   []string{"ESPPTY>ESPLEG:172"}},
		{text: "Le ministre a rencontré des manifestants kurdes.",
			actors: []string{"Le ministre=---GOV", "manifestants kurdes=TUROPP"},
			not:    []string{"TURGOV>TUROPP:040"}},
		{text: "Les dirigeants européens ont soutenu les partis.",
			actors: []string{"Les dirigeants européens=EURGOV", "partis=---PTY"},
			not:    []string{"EURGOV>EURPTY:051"}},
		{text: "Le président américain a critiqué le gouvernement.",
			actors: []string{"Le président américain=USAGOV", "gouvernement=---GOV"},
			not:    []string{"USAGOV>USAGOV:111"}},
	})
}

// TestFrenchHeadlineCountry: a headline's leading country ("Syrie : ...")
// is the target of an event that names none, not when the source's
// country is unknown or is that country.
func TestFrenchHeadlineCountry(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Syrie : Human Rights Watch dénonce les actes de torture",
			actors: []string{"Syrie=SYR", "Human Rights Watch=NGOHRI"},
			want:   []string{"NGOHRI>SYR:1122"}},
		{text: "Mali : des citoyens appellent à libérer le nord du pays",
			actors: []string{"Mali=MLI", "citoyens=---CVL"},
			not:    []string{"---CVL>MLI:020"}},
		// actors of unknown country in a headline opened by a country are
		// that country's
		{text: "Tunisie : le Parlement rejette le gouvernement de Habib Jemli",
			actors: []string{"Tunisie=TUN", "le Parlement=---LEG", "le gouvernement=---GOV"},
			want:   []string{"TUNLEG>TUNGOV:120"}},
		{text: "Iran : le gouvernement iranien dénonce les actes de torture",
			actors: []string{"Iran=IRN", "le gouvernement iranien=IRNGOV"},
			not:    []string{"IRNGOV>IRN:1122"}},
	})
}

// TestFrenchParticipleWithoutAux: a participle written with é and no
// auxiliary ("un Français tué par son gardien") has no subject of its
// own; an auxiliary before adverbs or an incise still makes it finite.
func TestFrenchParticipleWithoutAux(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Côte d'Ivoire : un Français tué par son gardien",
			actors: []string{"Côte d'Ivoire=CIV", "Français=FRA"},
			not:    []string{"FRA>CIV:190"}},
		{text: "Le président français avait, devant un public tchèque, critiqué la Russie.",
			actors: []string{"Le président français=FRAGOV", "la Russie=RUS"},
			want:   []string{"FRAGOV>RUS:111"}},
		{text: "L'assemblée a de nombreuses fois acclamé le Premier ministre britannique.",
			actors: []string{"L'assemblée=GBRLEG", "le Premier ministre britannique=GBRGOV"},
			want:   []string{"GBRLEG>GBRGOV:051"}},
	})
}

// TestFrenchBetweenList: "entre X et Y, Z et W": X is one side, the list
// after "et" the other; "entre X, Y et Z" pairs every member.
func TestFrenchBetweenList(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Le mémorandum, accord entre la Grèce et la Banque centrale européenne, la Commission européenne et le FMI, a été signé.",
			actors: []string{"la Grèce=GRC", "la Banque centrale européenne=IGOEUREEC", "la Commission européenne=IGOEUREEC", "le FMI=IGOBUSIMF"},
			want:   []string{"GRC>IGOEUREEC:057", "IGOEUREEC>GRC:057", "GRC>IGOBUSIMF:057", "IGOBUSIMF>GRC:057"},
			not:    []string{"IGOEUREEC>IGOBUSIMF:057", "IGOBUSIMF>IGOEUREEC:057"}},
		{text: "Un accord entre la France, l'Allemagne et l'Italie a été signé.",
			actors: []string{"la France=FRA", "l'Allemagne=DEU", "l'Italie=ITA"},
			want:   []string{"FRA>DEU:057", "DEU>ITA:057", "ITA>FRA:057"}},
	})
}

// TestFrenchIntentNoun: "son intention de" governs its complement like
// "a décidé de": the complement's event stands (not dropped as the
// content of "annoncer").
func TestFrenchIntentNoun(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "La Turquie a annoncé son intention d'envoyer des soldats en Libye.",
			actors: []string{"La Turquie=TUR", "Libye=LBY"},
			want:   []string{"TUR>LBY:154"}},
	})
}

// TestFrenchAdverbialInfinitive: an infinitive after "avant de", "après"
// or "sans" shares the subject of the verb it depends on (not the actor
// before its comma) and is no complement of that verb; the antecedent of
// a relative clause whose apposition ends before the main verb is the
// subject.
func TestFrenchAdverbialInfinitive(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Le ministre iranien a rencontré son homologue russe avant de se rendre en Chine.",
			actors: []string{"Le ministre iranien=IRNGOV", "son homologue russe=RUSGOV", "Chine=CHN"},
			want:   []string{"IRNGOV>RUSGOV:040", "IRNGOV>CHN:042"},
			not:    []string{"RUSGOV>CHN:042"}},
		{text: "Le conseiller, qui a rencontré le chef de la diplomatie chinoise, avant de se rendre à Paris, a parlé.",
			actors: []string{"le chef de la diplomatie chinoise=CHNGOV", "Paris=FRA"},
			not:    []string{"CHNGOV>FRA:042"}},
		{text: "Le secrétaire général de l'ONU, qui se trouve dans la capitale espagnole, Madrid, a appelé les autorités libyennes à cesser les hostilités.",
			actors: []string{"secrétaire général de l'ONU=IGOUNO", "Madrid=ESPGOV", "autorités libyennes=LBYGOV"},
			want:   []string{"IGOUNO>LBYGOV:?"},
			not:    []string{"ESPGOV>LBYGOV:020", "ESPGOV>LBYGOV:0256"}},
	})
}

// TestFrenchReducedPassive: a participle without auxiliary followed by
// its agent ("X, appuyée par Y", "la France épinglée par le Conseil de
// l'Europe") takes the noun it qualifies as its required object.
func TestFrenchReducedPassive(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "La France, appuyée par le gouvernement ukrainien, demande un fonds d'aide.",
			actors: []string{"La France=FRA", "le gouvernement ukrainien=UKRGOV"},
			want:   []string{"UKRGOV>FRA:051"}},
		{text: "Soutenus par le Rwanda, les rebelles du M23 ont attaqué l'armée congolaise.",
			actors: []string{"le Rwanda=RWA", "les rebelles du M23=CODREB", "l'armée congolaise=CODMIL"},
			want:   []string{"RWA>CODREB:051", "CODREB>CODMIL:190"}},
	})
}

// TestFrenchFrontedParticipleClause: a sentence opening with "Ayant +
// participle" or "En + gerund" has its subject after the clause's comma.
func TestFrenchFrontedParticipleClause(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Ayant rencontré le président russe, le Premier ministre israélien a quitté Moscou.",
			actors: []string{"le président russe=RUSGOV", "le Premier ministre israélien=ISRGOV", "Moscou=RUSGOV"},
			want:   []string{"ISRGOV>RUSGOV:040"}},
		{text: "En recevant le président ivoirien, le président français a critiqué la Russie.",
			actors: []string{"le président ivoirien=CIVGOV", "le président français=FRAGOV", "la Russie=RUS"},
			want:   []string{"FRAGOV>CIVGOV:043", "FRAGOV>RUS:111"}},
	})
}

// TestFrenchPrepHeadNoun: a preposition slot reaches the owner of a role
// or asset noun it introduces ("contre une base de l'armée afghane").
func TestFrenchPrepHeadNoun(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Les talibans ont mené une attaque contre une base de l'armée afghane.",
			actors: []string{"Les talibans=AFGREB", "l'armée afghane=AFGMIL"},
			want:   []string{"AFGREB>AFGMIL:190"}},
		// a state's representatives are its government
		{text: "La CEDEAO a organisé un sommet avec des représentants du Mali.",
			actors: []string{"La CEDEAO=IGOWAFWAS", "Mali=MLI"},
			want:   []string{"IGOWAFWAS>MLIGOV:040", "MLIGOV>IGOWAFWAS:040"},
			not:    []string{"IGOWAFWAS>MLI:040"}},
	})
}

// TestFrenchRelativeInApposition: a relative clause ending an apposition
// inside the subject's phrase ("..., particulièrement les islamistes, qui
// contrôlent le nord, ont manifesté") is skipped with its apposition: the
// subject stands before; its antecedent is the subject only when it opens
// the clause. A protest cue in the subject's phrase names the target.
func TestFrenchRelativeInApposition(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Environ 2 000 citoyens maliens du nord en colère contre les exactions des groupes armés, particulièrement les islamistes, qui contrôlent le nord du pays depuis trois mois ont manifesté à Bamako.",
			actors: []string{"citoyens maliens=MLICVL", "groupes armés=---REB", "islamistes=---INS", "Bamako=MLI"},
			want:   []string{"MLICVL>MLIREB:141"},
			not:    []string{"MLIINS>MLI:141", "---INS>MLI:141"}},
	})
}

// TestFrenchIntentNounOwner: the owner of an intent noun is the subject of
// its infinitive ("un engagement des talibans à discuter avec Kaboul":
// the talibans' intent to meet, 036), not an actor further left.
func TestFrenchIntentNounOwner(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Les États-Unis ont accepté de retirer leurs troupes en échange d'un engagement des talibans à discuter avec Kaboul.",
			actors: []string{"Les États-Unis=USA", "leurs troupes=USAMIL", "talibans=AFGREB", "Kaboul=AFGGOV"},
			want:   []string{"AFGREB>AFGGOV:036"},
			not:    []string{"USAMIL>AFGGOV:040", "USA>AFGGOV:040", "USAMIL>AFGGOV:036"}},
		{text: "Le refus du Mali de recevoir l'envoyé de la CEDEAO a été critiqué.",
			actors: []string{"Mali=MLI", "l'envoyé de la CEDEAO=IGOWAFWAS"},
			want:   []string{"MLI>IGOWAFWAS:125"}},
		{text: "La décision de la France de retirer ses troupes du Mali a été critiquée.",
			actors: []string{"la France=FRA", "Mali=MLI"},
			want:   []string{"FRA>MLI:0874"}},
	})
}

// TestFrenchObjectStopsAtFiniteVerb: a verb's object does not reach past
// another finite verb group ("occupent Valievo ils ont fait 18 000
// prisonniers").
func TestFrenchObjectStopsAtFiniteVerb(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Les Serbes occupent la ville ils ont fait 18 000 prisonniers.",
			actors: []string{"Les Serbes=SRB", "prisonniers=---CVL"},
			not:    []string{"SRB>SRBCVL:192", "SRB>---CVL:192"}},
		{text: "Les talibans ont accusé l'armée afghane d'avoir attaqué des civils.",
			actors: []string{"Les talibans=AFGREB", "l'armée afghane=AFGMIL"},
			want:   []string{"AFGREB>AFGMIL:?"}},
	})
}

// TestFrenchAdverbBeforeObject: the object starts after a -ment adverb
// ("a rencontré secrètement le chef des rebelles libyens"); an army of
// unknown country facing a known country's opposition is that country's.
func TestFrenchAdverbBeforeObject(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Le président français a rencontré secrètement le chef des rebelles libyens.",
			actors: []string{"Le président français=FRAGOV", "rebelles libyens=LBYREB"},
			want:   []string{"FRAGOV>LBYREB:040"}},
		{text: "Le chef de l'opposition vénézuélienne a appelé l'armée à se soulever.",
			actors: []string{"opposition vénézuélienne=VENOPP", "l'armée=---MIL"},
			want:   []string{"VENOPP>VENMIL:?"}},
	})
}

// TestFrenchPlaceNounArticle: "dans l'ouest de la Côte d'Ivoire" names the
// event's place through a direction noun and an article after "de".
func TestFrenchPlaceNounArticle(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Les rebelles ont attaqué les forces gouvernementales dans l'ouest de la Côte d'Ivoire.",
			actors: []string{"Les rebelles=---REB", "les forces gouvernementales=---MIL", "la Côte d'Ivoire=CIV"},
			want:   []string{"CIVREB>CIVMIL:190"}},
	})
}

// TestFrenchIntentAddressee: "proposer à X de + infinitive": an intent
// governed through its addressee, who is the target.
func TestFrenchIntentAddressee(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Téhéran aurait proposé à Washington de reprendre les négociations.",
			actors: []string{"Téhéran=IRNGOV", "Washington=USAGOV"},
			want:   []string{"IRNGOV>USAGOV:036 reported"}},
	})
}

// TestFrenchSpeakerBeforeQuote: a first-person subject inside a quote
// opened after "X a déclaré :" is X.
func TestFrenchSpeakerBeforeQuote(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Le président français a déclaré : « Nous condamnons fermement la Russie ».",
			actors: []string{"Le président français=FRAGOV", "la Russie=RUS"},
			want:   []string{"FRAGOV>RUS:111"}},
	})
}

// TestFrenchAttackNounSubject: an attack noun that is the subject of a
// verb of hitting takes that verb's object as target ("des frappes
// américaines ont visé des positions de l'État islamique").
func TestFrenchAttackNounSubject(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Des frappes américaines ont visé des positions de l'État islamique en Syrie.",
			actors: []string{"américaines=USAMIL", "l'État islamique=IMGMUSISI", "Syrie=SYR"},
			want:   []string{"USAMIL>IMGMUSISI:195"}},
		// a verb no pattern conjugates; no actor object: the place
		{text: "Les frappes de l'aviation russe ont touché un hôpital à Alep.",
			actors: []string{"aviation russe=RUSMIL", "Alep=SYR"},
			want:   []string{"RUSMIL>SYR:195"}},
	})
}

// TestFrenchSharedHeadSector: nationality adjectives coordinated after an
// agent share its noun ("ses homologues russe et iranien": IRNGOV, "les
// troupes françaises et allemandes": DEUMIL).
func TestFrenchSharedHeadSector(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Le président turc a rencontré ses homologues russe et iranien.",
			actors: []string{"Le président turc=TURGOV", "homologues russe=RUSGOV", "iranien=IRN"},
			want:   []string{"TURGOV>RUSGOV:040", "TURGOV>IRNGOV:040"},
			not:    []string{"TURGOV>IRN:040"}},
		// a capitalised name after "et" is its own actor
		{text: "Le président russe et Xi Jinping se sont rencontrés.",
			actors: []string{"Le président russe=RUSGOV", "Xi Jinping=CHN"},
			not:    []string{"RUSGOV>CHNGOV:040"}},
	})
}

// TestFrenchRoleOfCoordinated: "les ministres des Affaires étrangères de
// la France et de l'Allemagne": the second country's ministers too.
func TestFrenchRoleOfCoordinated(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Les ministres des Affaires étrangères de la France et de l'Allemagne ont rencontré leur homologue polonais.",
			actors: []string{"ministres des Affaires étrangères de la France=FRAGOV", "l'Allemagne=DEU", "leur homologue polonais=POLGOV"},
			want:   []string{"FRAGOV>POLGOV:040", "DEUGOV>POLGOV:040"},
			not:    []string{"DEU>POLGOV:040"}},
	})
}

// TestFrenchInciseAfterVerbAndCleft: an incise right after the verb
// (opened by a preposition, a time or an adverb) is skipped before the
// pattern's words and the object; "c'est X que Y a attaqué": X is the
// object.
func TestFrenchInciseAfterVerbAndCleft(t *testing.T) {
	runFrStruct(t, []frStructCase{
		{text: "Les Autrichiens ont attaqué, sans succès, les Monténégrins dans la région de Grahovo.",
			actors: []string{"Les Autrichiens=AUT", "les Monténégrins=MNE"},
			want:   []string{"AUT>MNE:190"}},
		{text: "C'est l'Ukraine que la Russie a attaquée.",
			actors: []string{"l'Ukraine=UKR", "la Russie=RUS"},
			want:   []string{"RUS>UKR:190"}},
		// a list of names after the comma is no incise
		{text: "La Russie a attaqué, Ukraine, Géorgie, Moldavie, tous ses voisins.",
			actors: []string{"La Russie=RUS", "Ukraine=UKR", "Géorgie=GEO", "Moldavie=MDA"},
			not:    []string{"RUS>GEO:190", "RUS>MDA:190"}},
	})
}
