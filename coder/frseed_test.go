package coder

import "testing"

// TestFrseed checks the classes the frseed round fixed from invented
// French analysis articles on bilateral relations (probes/frseed.jsonl,
// FIX articles 1-15): Go (frseed.go: an intent denied, a participle
// coordinated inside « d'avoir ... », a gerund set off after the object, a
// noun after « par » that is no main verb, a clash in a « lors de » frame),
// pattern lines (fr_frseed.txt), « MM. » before surnames and separatist
// forces (actor/data), with must-not controls. Sentences are new
// variations, not the probe sentences.
func TestFrseed(t *testing.T) {
	const d = "2023-01-01"
	checkDatedCases(t, []datedCase{
		// an intent denied: no intent (was 1384); announced, it stands
		{"fr", d, "Le gouvernement chinois a démenti toute intention d'attaquer Taïwan.", nil},
		{"fr", d, "La Chine a annoncé son intention d'attaquer Taïwan.", []string{"CHN>TWN:1384"}},
		// a participle coordinated with « d'avoir franchi »: content of the
		// accusation, no attack by the accuser
		{"fr", d, "Le ministre grec a accusé les garde-côtes turcs d'avoir pénétré dans les eaux grecques et menacé des pêcheurs grecs.", []string{"GRCGOV>TURMIL:112"}},
		{"fr", d, "Le gouvernement serbe a accusé la police kosovare d'avoir fait irruption dans un village et arrêté des civils serbes.", []string{"SRBGOV>KSVCOP:112"}},
		// a gerund set off by « tout en »: its object is not the first
		// verb's; coordinated gerunds « et en » keep theirs (wire8_test.go)
		{"fr", d, "La Turquie a condamné l'attaque, tout en appelant la Grèce à la retenue.", []string{"TUR>GRC:0256"}},
		// « par téléphone » is no main verb: the purpose infinitive takes
		// the clause's subject
		{"fr", d, "Le président français s'est entretenu par téléphone avec son homologue russe pour lui demander de libérer les détenus.", []string{"FRAGOV>RUSGOV:041", "RUSGOV>FRAGOV:041", "FRAGOV>RUSGOV:0253"}},
		// « MM. » before two surnames
		{"fr", "2022-07-01", "Le président kényan a reçu séparément MM. Tshisekedi et Kagame à Nairobi.", []string{"KENGOV>CODGOV:043", "KENGOV>RWAGOV:043", "CODGOV>KEN:042", "RWAGOV>KEN:042"}},
		// the recognition by X of Y as president: 054
		{"fr", "2019-05-01", "Après la reconnaissance par le Canada de l'opposant vénézuélien comme président, Caracas a protesté.", []string{"CAN>VENOPP:054"}},
		// a call in a trailing « lors de » frame: 041 both ways; an
		// interview given to a newspaper is none
		{"fr", d, "Le chef de la diplomatie allemande a critiqué Moscou lors d'un entretien téléphonique avec son homologue polonais.", []string{"DEUGOV>RUS:111", "DEUGOV>POLGOV:041", "POLGOV>DEUGOV:041"}},
		{"fr", d, "Le président ukrainien a évoqué la guerre lors d'un entretien avec le journal Le Monde.", nil},
		// a deployment ordered near the border with X: 154
		{"fr", d, "La Grèce a ordonné le déploiement de renforts près de la frontière avec la Turquie.", []string{"GRC>TUR:154"}},
		// a joint document signed: 057 both ways
		{"fr", d, "Le président serbe et le Premier ministre hongrois ont signé un document conjoint à Budapest.", []string{"SRBGOV>HUNGOV:057", "HUNGOV>SRBGOV:057"}},
		// ships intercepted: 191 on their owner
		{"fr", d, "La marine iranienne a intercepté deux navires britanniques dans le détroit d'Ormuz.", []string{"IRNMIL>GBR:191"}},
		// invited to a seat of power: 036; invited to act stays 020
		{"fr", d, "Le président américain a invité le Premier ministre indien à la Maison Blanche.", []string{"USAGOV>INDGOV:036"}},
		{"fr", d, "Le président américain a invité le Premier ministre indien à cesser les achats de pétrole russe.", []string{"USAGOV>INDGOV:020"}},
		// a call for a dialogue with X: 036
		{"fr", d, "Le Premier ministre espagnol a appelé à un dialogue sincère avec Rabat.", []string{"ESPGOV>MAR:036"}},
		// X warned that targets would be hit: 138 to the one warned
		{"fr", d, "Le Hezbollah a averti Israël que ses villes seraient visées en cas d'offensive.", []string{"LBNREB>ISR:138"}},
		// wounded in clashes with Y: 190 both ways
		{"fr", d, "Trois policiers kényans ont été blessés lors d'affrontements avec des miliciens somaliens.", []string{"KENCOP>SOMREB:190", "SOMREB>KENCOP:190"}},
		// separatist forces are rebels
		{"fr", d, "L'armée éthiopienne a lancé une offensive contre les forces séparatistes somaliennes.", []string{"ETHMIL>SOMREB:190"}},
		// an envoy's title « pour le dialogue entre X et Y » holds no
		// talks; the dialogue itself stays 046
		{"fr", d, "Le représentant spécial de l'ONU chargé du dialogue entre Athènes et Skopje a présenté un plan.", nil},
		{"fr", d, "Le dialogue entre Belgrade et Pristina a repris jeudi à Bruxelles.", []string{"SRB>KSV:046", "KSV>SRB:046"}},
		// a declaration « mettant fin aux hostilités »: the signing only
		{"fr", d, "Le président soudanais et le chef rebelle ont signé une déclaration mettant fin aux hostilités.", []string{"SDNGOV>SDNREB:057", "SDNREB>SDNGOV:057"}},
		{"fr", d, "Le gouvernement soudanais a mis fin aux hostilités avec les rebelles.", []string{"SDNGOV>SDNREB:087"}},
		// a capital named by its country's adjective is the country; a
		// visit « dans » it is 042, not a visit to a hospital there
		{"fr", d, "Le président polonais s'est rendu dans la capitale ukrainienne.", []string{"POLGOV>UKR:042"}},
		{"fr", d, "Arrivé lundi dans la capitale sénégalaise, le président ivoirien a tenu une conférence de presse.", []string{"CIVGOV>SEN:042"}},
		{"fr", d, "Le ministre s'est rendu dans un hôpital de la capitale ukrainienne.", nil},
		// control: a responsibility stated by the speaker stays 112
		{"fr", d, "Le ministre arménien a affirmé que l'Azerbaïdjan portait la responsabilité des combats.", []string{"ARMGOV>AZE:112"}},
	})
}
