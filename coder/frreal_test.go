package coder

import "testing"

// TestFrrealClasses codes invented sentences in the register of real French
// news for the classes of the frreal round (data/fr_frreal.txt, frreal.go:
// manner adverbials before the object, a venue's rostrum, visits and talks
// named after the speaker, dissolutions announced, hostages handed to the
// Red Cross, captives freed with their place of detention, strikes in
// reply, a relative "que" after a comma, rulers "au pouvoir" in a place,
// a state's withdrawal from a body) and requires exactly their events.
func TestFrrealClasses(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a manner adverbial between the verb and its object
		{"fr", "2025-03-04", "L'Union africaine a condamné avec la plus grande fermeté l'attaque des rebelles du M23 contre Goma.", []string{"IGOAFRAFU>CODREB:111", "CODREB>COD:190"}},
		{"fr", "2025-03-04", "Le Quai d'Orsay a dénoncé dans les termes les plus fermes l'offensive de l'armée russe.", []string{"FRAGOV>RUSMIL:111"}},
		{"fr", "2025-03-04", "Berlin a condamné sans réserve la répression des manifestants par la police iranienne.", []string{"DEU>IRNCOP:111"}},
		// the rostrum of a body is a venue, not a party
		{"fr", "2025-03-04", "Le président brésilien a critiqué à la tribune de l'ONU les sanctions américaines contre Cuba.", []string{"BRAGOV>USA:111"}},
		// a visit or talks in an adverbial after the speaker
		{"fr", "2025-03-04", "« Nous soutiendrons l'Arménie », a déclaré mardi le ministre grec de la Défense, Nikos Dendias, lors d'une visite à Erevan.", []string{"GRCGOV>ARM:032", "GRCGOV>ARM:042"}},
		{"fr", "2025-03-04", "« Le dialogue reste ouvert », a affirmé le chef de la diplomatie italienne, à l'issue d'un entretien avec son homologue égyptien.", []string{"ITAGOV>EGYGOV:040", "EGYGOV>ITAGOV:040"}},
		// no comma: the clause's subject visits X all the same (pairs6: as the
		// English "fell ill during his visit to Germany", par6en; was nil)
		{"fr", "2025-03-04", "Le président français a été victime d'un malaise lors de sa visite en Allemagne.", []string{"FRAGOV>DEU:042"}},
		// a party's dissolution announced or decreed
		{"fr", "2025-03-04", "Le gouvernement tunisien a décrété la dissolution du parti d'opposition Ennahdha.", []string{"TUNGOV>TUNOPP:1722"}},
		// hostages handed to the Red Cross: the hostages are the target
		{"fr", "2025-03-04", "Le Hamas a remis samedi au CICR trois otages israéliens.", []string{"PSEREBHMS>ISRCVL:0841"}},
		{"fr", "2025-03-04", "Les rebelles ont remis à la Croix-Rouge quatre otages.", nil},
		// a captive freed with the participle of his detention
		{"fr", "2025-03-04", "L'Iran a libéré lundi une ressortissante française détenue depuis trois ans à Téhéran.", []string{"IRN>FRACVL:0841"}},
		// strikes in reply, in a place
		{"fr", "2025-03-04", "L'armée israélienne a riposté par des frappes aériennes dans le sud du Liban.", []string{"ISRMIL>LBN:195"}},
		// a relative "que" after a comma: the antecedent is the object
		{"fr", "2025-03-04", "Le Mali a annoncé son retrait de l'Union africaine, qu'il accuse d'ingérence.", []string{"MLI>IGOAFRAFU:112", "MLI>IGOAFRAFU:160"}},
		// an investigation opened for a common crime against X: 091
		{"fr", "2025-03-04", "Le parquet de Marseille a ouvert une enquête pour violences contre deux policiers, a-t-on appris de source judiciaire.", []string{"FRAJUD>FRACOP:091"}},
		// criticism or praise of the main clause's act in an apposition
		{"fr", "2025-03-04", "Le Mali a expulsé l'ambassadeur de France, une décision vivement condamnée par Paris.", []string{"MLI>FRAGOV:161", "FRA>MLI:111"}},
		{"fr", "2025-03-04", "Le Maroc a gracié 300 prisonniers, une mesure saluée par l'ONU.", []string{"MAR>---CVL:0841", "IGOUNO>MAR:051"}},
		// criticism of the act in an absolute participle clause, by its target
		{"fr", "2025-03-04", "La Russie a bombardé Kharkiv dans la nuit, Kiev dénonçant une violation du droit international.", []string{"RUS>UKR:195", "UKR>RUS:111"}},
		// a third party's criticism is left alone there
		{"fr", "2025-03-04", "La Russie a bombardé Kharkiv dans la nuit, Paris dénonçant une violation du droit international.", []string{"RUS>UKR:195"}},
		// ", dont X et Y" narrows a party of unknown country
		{"fr", "2025-03-04", "Le président égyptien a reçu jeudi au Caire plusieurs chefs de gouvernement, dont le Premier ministre jordanien.", []string{"EGYGOV>JORGOV:043", "JORGOV>EGY:042"}},
		// a protest's city is its place: the purpose names the target
		{"fr", "2025-03-04", "Des milliers de Géorgiens ont manifesté dimanche à Tbilissi pour dénoncer la politique du gouvernement géorgien.", []string{"GEOCVL>GEOGOV:141", "GEOCVL>GEOGOV:111"}},
		// stopping provocations asked of X, with the infinitive quoted: 0256
		{"fr", "2025-03-04", "Pékin a exhorté mardi Manille à « cesser ses provocations » en mer de Chine méridionale.", []string{"CHN>PHL:0256"}},
		{"fr", "2025-03-04", "Paris a appelé Moscou à mettre fin à l'escalade en Ukraine.", []string{"FRA>RUS:0256"}},
		// the second conjunct of a plain object (1712, as rules_test codes
		// protesters burning a building)
		{"fr", "2025-03-04", "Des émeutiers ont incendié samedi des voitures et des commissariats à Nouméa.", []string{"NCLOPP>NCLCOP:1712"}},
		// rulers "au pouvoir" in a place
		{"fr", "2025-03-04", "La junte au pouvoir au Burkina Faso a expulsé deux diplomates français.", []string{"BFAGOV>FRAGOV:161"}},
	})
}
