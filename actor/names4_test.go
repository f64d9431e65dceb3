package actor

import (
	"strings"
	"testing"
)

// Names round 4 (names_fr_round4.txt, names_en_round4.txt): French and English
// country names, capitals, cities, historical states and nationality words found
// missing by probe sentences over every country of countries.txt.

func TestNames4French(t *testing.T) {
	checkHas(t, "1992-03-12", []hasCase{
		// usual short names and alternates
		{"La Grande-Bretagne et la Bosnie ont signé un accord avec la Tchéquie.", "fr", "Grande-Bretagne=GBR"},
		{"La Grande-Bretagne et la Bosnie ont signé un accord avec la Tchéquie.", "fr", "Bosnie=BIH"},
		{"La Grande-Bretagne et la Bosnie ont signé un accord avec la Tchéquie.", "fr", "Tchéquie=CZE"},
		{"Le ministre a été reçu en Grande-Bretagne.", "fr", "Grande-Bretagne=GBR"},
		{"Le Salvador a condamné l'attaque.", "fr", "Salvador=SLV"},
		{"Le ministre a été reçu au Salvador.", "fr", "Salvador=SLV"},
		{"La Macédoine a rappelé son ambassadeur.", "fr", "Macédoine=MKD"},
		{"Les Émirats ont condamné l'attaque.", "fr", "Émirats=ARE"},
		{"La Dominique a condamné l'attaque.", "fr", "La Dominique=DMA"},
		{"Les îles Salomon ont condamné l'attaque.", "fr", "îles Salomon=SLB"},
		{"L'État hébreu a démenti.", "fr", "État hébreu=ISR"},
		{"Le royaume saoudien a démenti.", "fr", "royaume saoudien=SAU"},
		{"Formose a condamné l'attaque.", "fr", "Formose=TWN"},
		{"La République démocratique allemande a protesté.", "fr", "République démocratique allemande=DDR"},
		{"Les territoires palestiniens ont été bouclés par Israël.", "fr", "territoires palestiniens=PSE"},
		{"Israël occupe le plateau syrien du Golan.", "fr", "plateau syrien du Golan=SYR"},
		{"Les pays de la CE ont reconnu la république azerbaïdjanaise.", "fr", "la CE=IGOEUREEC"},
		{"Les pays de la CE ont reconnu la république azerbaïdjanaise.", "fr", "république azerbaïdjanaise=AZE"},
		// capitals and cities
		{"Des combats ont éclaté à Beyrouth-Est.", "fr", "Beyrouth-Est=LBN"},
		{"Jérusalem-Est a été annexée.", "fr", "Jérusalem-Est=PSE"},
		{"Lisbonne a condamné l'attaque.", "fr", "Lisbonne=PRT"},
		{"Copenhague a condamné l'attaque.", "fr", "Copenhague=DNK"},
		{"Une explosion a fait trois morts à Bucarest.", "fr", "Bucarest=ROU"},
		{"Rangoun a démenti.", "fr", "Rangoun=MMR"},
		{"Une explosion a fait trois morts à Saint-Pétersbourg.", "fr", "Saint-Pétersbourg=RUS"},
		{"Des pèlerins sont arrivés à La Mecque.", "fr", "La Mecque=SAU"},
		{"Les soldats bosniaques ont tiré sur des civils à Mostar.", "fr", "Mostar=BIH"},
		// nationality words
		{"Les soldats bosniaques ont tiré sur des civils à Mostar.", "fr", "soldats bosniaques=BIHMIL"},
		{"Les dirigeants khmers ont rencontré des Bosniaques.", "fr", "dirigeants khmers=KHMGOV"},
		{"Les dirigeants khmers ont rencontré des Bosniaques.", "fr", "Bosniaques=BIH"},
		{"Les responsables africains ont rencontré des Ibos.", "fr", "responsables africains=AFRGOV"},
		{"Les responsables africains ont rencontré des Ibos.", "fr", "Ibos=NGA"},
		{"Le gouvernement bahreïni a accusé les autorités qataries.", "fr", "gouvernement bahreïni=BHRGOV"},
		{"Le gouvernement bahreïni a accusé les autorités qataries.", "fr", "autorités qataries=QATGOV"},
		{"Les autorités iraquiennes ont démenti.", "fr", "autorités iraquiennes=IRQGOV"},
		{"Les soldats zaïrois ont ouvert le feu.", "fr", "soldats zaïrois=CODMIL"},
		{"La police kazakhe a arrêté un homme.", "fr", "police kazakhe=KAZCOP"},
		{"Les responsables latino-américains ont démenti.", "fr", "responsables latino-américains=LAMGOV"},
	})
}

func TestNames4English(t *testing.T) {
	checkHas(t, "1988-03-12", []hasCase{
		{"Soviets and East Germans protested.", "en", "Soviets=SUN"},
		{"Soviets and East Germans protested.", "en", "East Germans=DDR"},
		{"West German officials denied it.", "en", "West German officials=DEUGOV"},
		{"Zairean soldiers opened fire.", "en", "Zairean soldiers=CODMIL"},
		{"Icelandic officials met Khmers in Gitega.", "en", "Icelandic officials=ISLGOV"},
		{"Icelandic officials met Khmers in Gitega.", "en", "Khmers=KHM"},
		{"Icelandic officials met Khmers in Gitega.", "en", "Gitega=BDI"},
		{"Nepalis and Uzbeks protested.", "en", "Nepalis=NPL"},
		{"Nepalis and Uzbeks protested.", "en", "Uzbeks=UZB"},
		{"Israel occupies the Golan.", "en", "Golan=SYR"},
	})
}

// TestNames4NotActors: the round's names do not take ordinary words or given
// names: "malaise" (unease), a works council ("le CE"), "Salvador Dali",
// "Dominique" alone; the French-only entries stay out of English text.
func TestNames4NotActors(t *testing.T) {
	for _, c := range []struct{ body, lang, not string }{
		{"Le malaise est profond dans le pays.", "fr", "MYS"},
		{"Le CE de l'usine a voté la grève.", "fr", "IGOEUREEC"},
		{"Salvador Dali a peint ce tableau.", "fr", "SLV"},
		{"Dominique a condamné l'attaque.", "fr", "DMA"},
		{"Salvador de Bahia a accueilli le sommet.", "fr", "SLV"},
		{"Le concert du maître Georges Hue a eu lieu.", "fr", "VNM"},
		{"Un homme est passé Hue du Marché.", "fr", "VNM"},
		{"The Bosnie file was closed.", "en", "BIH"},
	} {
		for _, m := range actorsOf(t, c.body, "2020-01-01", c.lang) {
			if _, code, _ := strings.Cut(m, "="); strings.HasPrefix(code, c.not) {
				t.Errorf("%q: unexpected %s", c.body, m)
			}
		}
	}
}

// TestNames4Dated: a city that changed country takes the code of the document's
// date (Pondichéry, French India until 1954).
func TestNames4Dated(t *testing.T) {
	checkHas(t, "1881-03-19", []hasCase{{"Le gouverneur est arrivé à Pondichéry.", "fr", "Pondichéry=FRA"}})
	checkHas(t, "2020-03-19", []hasCase{{"Le gouverneur est arrivé à Pondichéry.", "fr", "Pondichéry=IND"}})
	checkHas(t, "2020-03-19", []hasCase{{"Une explosion a fait trois morts à Rostov-sur-le-Don.", "fr", "Rostov-sur-le-Don=RUS"}})
	checkHas(t, "2020-03-19", []hasCase{{"Les troupes ont repris Nakhitchevan.", "fr", "Nakhitchevan=AZE"}})
	// a seat of government moved: the Blue House is the presidency until 2022-05-10
	checkHas(t, "2015-03-12", []hasCase{{"La Maison Bleue a démenti.", "fr", "Maison Bleue=KORGOV"}})
	checkHas(t, "2023-03-12", []hasCase{{"La Maison Bleue a été ouverte au public.", "fr", "Maison Bleue=KOR"}})
}

// TestNames4Periphrases: French press names of countries, seats and parliaments.
func TestNames4Periphrases(t *testing.T) {
	checkHas(t, "2023-03-12", []hasCase{
		{"La République islamique a accusé l'Oncle Sam.", "fr", "République islamique=IRN"},
		{"La République islamique a accusé l'Oncle Sam.", "fr", "Oncle Sam=USA"},
		{"L'Empire du Milieu a protesté.", "fr", "Empire du Milieu=CHN"},
		{"Le royaume chérifien a rappelé son ambassadeur.", "fr", "royaume chérifien=MAR"},
		{"La presse d'outre-Rhin a critiqué la décision.", "fr", "outre-Rhin=DEU"},
		{"Ryad a démenti.", "fr", "Ryad=SAU"},
		{"La Moncloa a démenti.", "fr", "Moncloa=ESPGOV"},
		{"Le Sejm a voté la loi.", "fr", "Sejm=POLLEG"},
	})
}
