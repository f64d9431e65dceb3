package actor_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

// frMentionCase: an invented French news sentence; every "text=CODE" of want
// must be among its actor mentions, and no mention's text may contain a
// string of none.
type frMentionCase struct {
	body       string
	want, none []string
}

func checkFrMentions(t *testing.T, name string, cases []frMentionCase) {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		got := pipelineMentions(t, p, fmt.Sprintf("%s-%d", name, i), "fr", dyad.Date{Year: 2021, Month: 3, Day: 9}, c.body)
		wantMentions(t, c.body, got, c.want)
		for _, n := range c.none {
			for _, g := range got {
				if strings.Contains(g[:strings.LastIndex(g, "=")], n) {
					t.Errorf("%q: %q should not be a mention, got %v", c.body, n, got)
				}
			}
		}
	}
}

// TestFractorsPlaces: French towns, departments and regions, and foreign
// regions (fractors_places_fr.txt) give an agent its country through "de";
// regional adjectives (fractors_demonyms_fr.txt) give it after the noun.
func TestFractorsPlaces(t *testing.T) {
	checkFrMentions(t, "places", []frMentionCase{
		{"Le maire de Besançon a reçu les commerçants du centre-ville.", []string{"maire de Besançon=FRAGOV"}, nil},
		{"Le tribunal correctionnel de Bobigny a relaxé le prévenu.", []string{"tribunal correctionnel de Bobigny=FRAJUD"}, nil},
		{"Les agriculteurs de la Manche ont manifesté devant la préfecture de la Sarthe.",
			[]string{"préfecture de la Sarthe=FRAGOV"}, []string{"Manche"}},
		{"Le gouvernement du Québec a présenté son budget.", []string{"gouvernement du Québec=CANGOV"}, nil},
		{"Les enseignants québécois réclament une hausse de salaire.", []string{"enseignants québécois=CANEDU"}, nil},
		{"La police catalane a fermé plusieurs bureaux de vote.", []string{"police catalane=ESPCOP"}, nil},
		{"Le Premier ministre écossais a demandé un nouveau référendum.", []string{"Premier ministre écossais=GBRGOV"}, nil},
		{"Les syndicats flamands ont appelé à manifester à Anvers.", []string{"syndicats flamands=BELLAB"}, nil},
		{"Les rebelles tchétchènes ont attaqué un poste de police.", []string{"rebelles tchétchènes=RUSREB"}, nil},
		{"Les autorités anglaises ont fermé la frontière.", []string{"autorités anglaises=GBRGOV"}, nil},
		{"Des milices ont pillé plusieurs villages du Darfour.", []string{"Darfour=SDN"}, nil},
		// left out on purpose: the VAR of football, Valence (also Valencia)
		{"La VAR a annulé le but de Valence.", nil, []string{"VAR", "Valence"}},
	})
}

// TestFractorsBodies: French-only state bodies are French; unions,
// employers' bodies, companies and media of fractors_orgs_fr.txt have the
// country and sector Phoenix gives their kind.
func TestFractorsBodies(t *testing.T) {
	checkFrMentions(t, "bodies", []frMentionCase{
		{"Le garde des Sceaux a saisi l'Inspection générale de la justice.", []string{"garde des Sceaux=FRAGOV"}, nil},
		{"Le procureur de la République a requis deux ans de prison.", []string{"procureur de la République=FRAJUD"}, nil},
		{"Le Parquet national financier a ouvert une information judiciaire.", []string{"Parquet national financier=FRAJUD"}, nil},
		{"L'IGPN a été saisie après la mort du jeune homme.", []string{"IGPN=FRACOP"}, nil},
		{"Des CRS ont été déployés près de la gare.", []string{"CRS=FRACOP"}, nil},
		{"L'AP-HP a déclenché son plan blanc.", []string{"AP-HP=FRAHLH"}, nil},
		{"Le syndicat IG Metall réclame 8 % d'augmentation.", []string{"IG Metall=DEULAB"}, nil},
		{"L'UGTT a appelé à une grève générale à Tunis.", []string{"UGTT=TUNLAB"}, nil},
		{"L'AFL-CIO soutient le candidat démocrate.", []string{"AFL-CIO=USALAB"}, nil},
		{"La Confédération européenne des syndicats a salué l'accord.", []string{"Confédération européenne des syndicats=NGOLAB"}, nil},
		{"Intel a supprimé des milliers de postes.", []string{"Intel=MNCUSA"}, nil},
		{"Il l'a annoncé sur Twitter et sur Facebook.", nil, []string{"Twitter", "Facebook"}},
		{"Siemens va supprimer 3000 emplois.", []string{"Siemens=MNCDEU"}, nil},
		{"Un homme au volant d'une BMW a été arrêté. BMW a signé avec Daimler.", []string{"BMW=MNCDEU", "Daimler=MNCDEU"}, []string{"une BMW"}},
		{"La Poste ferme des bureaux en zone rurale.", []string{"La Poste=FRABUS"}, nil},
		{"Le Télégramme révèle que le projet est abandonné.", []string{"Le Télégramme=FRAMED"}, nil},
		{"L'agence AFP cite l'agence Reuters.", []string{"agence AFP=FRAMED", "agence Reuters=GBRMED"}, nil},
		// the acronyms left out: the CES of Las Vegas, the A2 motorway
		{"Au CES de Las Vegas, les constructeurs exposent. Un accident a bloqué l'A2.", nil, []string{"CES", "A2"}},
	})
}

// TestFractorsSectorNouns: sector nouns of French news found without an actor
// (agents_fr_sectors.txt, fractors block), the yellow vests, French seats of
// institutions (fractors_orgs_fr.txt metonyms).
func TestFractorsSectorNouns(t *testing.T) {
	checkFrMentions(t, "nouns", []frMentionCase{
		{"Le Premier ministre recevra les partenaires sociaux lundi.", []string{"partenaires sociaux=---LAB"}, nil},
		{"Les syndicats de police dénoncent le manque d'effectifs.", []string{"syndicats de police=---LAB"}, nil},
		{"Les viticulteurs ont manifesté devant la préfecture.", []string{"viticulteurs=---AGR"}, nil},
		{"Le rectorat a suspendu le proviseur du lycée.", []string{"rectorat=---EDU", "proviseur=---EDU"}, nil},
		{"La société des journalistes a voté une motion de défiance.", []string{"société des journalistes=---MED"}, nil},
		{"Des sans-papiers occupent une église.", []string{"sans-papiers=---REF"}, nil},
		{"Les associations dénoncent la fermeture du centre.", []string{"associations=NGO"}, nil},
		{"Les gilets jaunes ont bloqué un rond-point.", []string{"gilets jaunes=FRAOPP"}, nil},
		{"Beauvau a démenti toute consigne.", []string{"Beauvau=FRAGOV"}, nil},
		{"Le texte sera examiné au palais du Luxembourg.", []string{"palais du Luxembourg=FRALEG"}, []string{"Luxembourg="}},
		{"SOS Racisme a porté plainte.", []string{"SOS Racisme=NGOHRI"}, nil},
		// a company head or a listed union beside another one stay apart
		{"La CGT, FO et la CFDT ont signé.", []string{"CGT=FRALAB", "FO=FRALAB"}, nil},
		{"Le préfet a reçu la croix d'officier de la Légion d'honneur.", nil, []string{"officier"}},
	})
}

// TestFractorsEvents: the new actors as they come out in coded events.
func TestFractorsEvents(t *testing.T) {
	checkEventCases(t, "fractors", []eventCase{
		{body: "Le procureur de la République a ouvert une enquête contre le maire de Rouen.", lang: "fr",
			want: "FRAJUD>FRAGOV:091"},
		{body: "La CGT accuse IBM de licenciements abusifs.", lang: "fr", want: "FRALAB>MNCUSA:112"},
		{body: "Les étudiants québécois ont manifesté contre le gouvernement canadien.", lang: "fr",
			want: "CANEDU>CANGOV:141"},
		{body: "Le garde des Sceaux a critiqué les magistrats de Créteil.", lang: "fr", want: "FRAGOV>FRAJUD:111"},
		{body: "Le syndicat IG Metall a appelé à la grève contre Siemens.", lang: "fr", want: "DEULAB>MNCDEU:143"},
		{body: "Matignon a reçu les partenaires sociaux.", lang: "fr", want: "FRAGOV>FRALAB:043"},
		{body: "Les gilets jaunes ont accusé le gouvernement de mépris.", lang: "fr", want: "FRAOPP>FRAGOV:112"},
	})
}
