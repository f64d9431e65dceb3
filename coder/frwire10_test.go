package coder

import "testing"

// TestFrWire10 codes invented French wire sentences (not the probe lines)
// for the classes of the frwire10 round (frwire10.go, data/fr_frwire10.txt,
// the purpose of an intended act in mode.go): a coordinated place target,
// the purpose infinitive of a verb of intending, protests against a measure
// decided by a named actor, chemical weapons used against positions,
// countries fighting at their border, an object pronoun standing for the
// actor of a fronted participle or topic phrase, aid of a named kind
// asked "auprès de" a donor, an object relative behind "avec" when the
// verb urges it to act, approximations before a quantity of people, a
// decision protested, agreements ended or signed in part, deadlines given
// to diplomats, manoeuvres begun, sites struck by drones and buildings
// destroyed in air strikes, a coordinated infinitive's future cue, treaties
// suspended, missiles, appeals to stop deliveries, charges of a policy of
// aggression, sieges ordered, police sent, tariffs lifted by origin,
// ultimatums, flights to a place, aid dropped, releases praised, and the
// object pronoun of ", où Y l'a accueilli"; with the must-not cases of
// each.
func TestFrWire10(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a coordinated place after the act, each its own target
		{"fr", "2025-03-04", "La Chine a menacé lundi d'imposer des droits de douane punitifs au Japon et à la Corée du Sud.", []string{"CHN>JPN:1312", "CHN>KOR:1312"}},
		{"fr", "2025-03-04", "Le Premier ministre indien s'est rendu lundi en Égypte et en Jordanie.", []string{"INDGOV>EGY:042", "INDGOV>JOR:042"}},
		// the purpose of an intended journey is intended too
		{"fr", "2025-03-04", "Le président kényan veut se rendre à Pékin le mois prochain pour rencontrer Xi Jinping.", []string{"KENGOV>CHN:036", "KENGOV>CHNGOV:036"}},
		// (an asserted journey keeps its asserted purpose)
		{"fr", "2025-03-04", "Le président kényan s'est rendu à Pékin pour rencontrer Xi Jinping.", []string{"KENGOV>CHN:042", "KENGOV>CHNGOV:040", "CHNGOV>KENGOV:040"}},
		// a protest against a measure decided by a named actor targets it
		{"fr", "2025-03-04", "Des milliers de manifestants ont marché à Lomé contre la réforme constitutionnelle adoptée par le gouvernement togolais.", []string{"TGOOPP>TGOGOV:1412"}},
		// chemical weapons used against positions of an actor
		{"fr", "2025-03-04", "L'armée syrienne aurait employé des gaz toxiques contre des positions rebelles près de Damas.", []string{"SYRMIL>SYRREB:2041"}},
		// countries fighting at their border, both ways; teams in a final are no war
		{"fr", "2025-03-04", "L'Inde et le Pakistan se sont affrontés mardi le long de leur frontière au Cachemire.", []string{"IND>PAK:190", "PAK>IND:190"}},
		{"fr", "2025-03-04", "Le Maroc et la France se sont affrontés mercredi en demi-finale de la Coupe du monde.", nil},
		// an object pronoun stands for the fronted phrase's actor
		{"fr", "2025-03-04", "Interrogé sur le rôle de l'Iran au Yémen, le secrétaire d'État américain l'a accusé d'armer les rebelles.", []string{"USAGOV>IRN:112"}},
		// (not the interviewer)
		{"fr", "2025-03-04", "Interrogé par la chaîne France 24 sur la Russie, le président finlandais l'a accusée de mener une guerre hybride.", []string{"FINGOV>RUS:112"}},
		// aid of a named kind asked of a donor "auprès de"
		{"fr", "2025-03-04", "Le Malawi a sollicité une aide alimentaire d'urgence auprès du Programme alimentaire mondial.", []string{"MWI>IGOUNOAGR:0233"}},
		{"fr", "2025-03-04", "Le Pakistan a demandé une assistance financière auprès de la Banque mondiale.", []string{"PAK>IGOUNODEVWBK:0231"}},
		// the antecedent of an object relative after a comma, behind "avec",
		// when the verb urges it to act
		{"fr", "2025-03-04", "Le président kényan a rencontré mardi son homologue somalien, qu'il a exhorté à lever l'embargo sur les importations kényanes.", []string{"KENGOV>SOMGOV:040", "SOMGOV>KENGOV:040", "KENGOV>SOMGOV:0254"}},
		{"fr", "2025-03-04", "Le chancelier allemand s'est entretenu avec le président chinois, qu'il a appelé à faire pression sur Moscou.", []string{"DEUGOV>CHNGOV:040", "CHNGOV>DEUGOV:040", "DEUGOV>CHNGOV:020"}},
		// (a thing qualified is no party)
		{"fr", "2025-03-04", "Le Japon a signé un accord avec l'Inde, qu'il a qualifié d'historique.", []string{"JPN>IND:057", "IND>JPN:057"}},
		// an approximation before a quantity of people in the object
		{"fr", "2025-03-04", "L'armée birmane a appelé plus d'un millier d'habitants de Sittwe à quitter la ville.", []string{"MMRMIL>MMRCVL:020"}},
		// a decision protested is a policy (1412)
		{"fr", "2025-03-04", "Des milliers de Serbes ont manifesté à Belgrade contre la décision du gouvernement serbe d'autoriser une mine de lithium.", []string{"SRBCVL>SRBGOV:1412"}},
		// ending an agreement that bound the state to X
		{"fr", "2025-03-04", "Le Mali a dénoncé l'accord de défense qui le liait à la France.", []string{"MLI>FRA:160"}},
		// a phase of an agreement signed by two parties
		{"fr", "2025-03-04", "L'Arménie et l'Azerbaïdjan ont paraphé vendredi le texte d'un accord de paix.", []string{"ARM>AZE:057", "AZE>ARM:057"}},
		// a deadline given to a diplomat to leave; not to a company
		{"fr", "2025-03-04", "Le gouvernement burkinabè a donné 72 heures à l'ambassadeur de France pour quitter le territoire.", []string{"BFAGOV>FRAGOV:161"}},
		{"fr", "2025-03-04", "La junte nigérienne a donné 48 heures au groupe français Orano pour quitter la mine d'Arlit.", nil},
		// manoeuvres begun around another state
		{"fr", "2025-03-04", "La Russie a débuté lundi des exercices navals au large de la Norvège.", []string{"RUS>NOR:150"}},
		// sites at a place struck by drones; a building destroyed in an air strike
		{"fr", "2025-03-04", "Selon Moscou, l'armée ukrainienne a attaqué une raffinerie dans la région de Rostov avec des drones.", []string{"UKRMIL>RUS:195"}},
		{"fr", "2025-03-04", "L'aviation russe a détruit mardi dans un raid aérien l'ambassade du Qatar à Kiev, selon les autorités ukrainiennes.", []string{"RUSMIL>QATGOV:195"}},
		// the future cue of a coordinated infinitive
		{"fr", "2025-03-04", "Le président turc est arrivé à Budapest, où il doit assister à un forum et rencontrer Viktor Orban.", []string{"TURGOV>HUN:042", "TURGOV>HUNGOV:036"}},
		// (an asserted first infinitive leaves the second asserted)
		{"fr", "2025-03-04", "Le président turc s'est rendu à Budapest, où il a assisté à un forum et rencontré Viktor Orban.", []string{"TURGOV>HUN:042", "TURGOV>HUNGOV:040", "HUNGOV>TURGOV:040"}},
		// a treaty suspended that binds the state to X
		{"fr", "2025-03-04", "Le Niger a suspendu l'accord militaire qui le lie à la France.", []string{"NER>FRA:160"}},
		// striking X with missiles (194)
		{"fr", "2025-03-04", "La Russie a frappé l'Ukraine avec des missiles hypersoniques.", []string{"RUS>UKR:194"}},
		// an appeal to stop delivering weapons is no appeal to deliver them
		{"fr", "2025-03-04", "Le président turc a exhorté les États-Unis à cesser de fournir des armes aux milices kurdes.", []string{"TURGOV>USA:020"}},
		// a policy of aggression charged (1123)
		{"fr", "2025-03-04", "Le Venezuela a accusé le Guyana de poursuivre une stratégie d'agression dans la région.", []string{"VEN>GUY:1123"}},
		// a siege ordered on a place
		{"fr", "2025-03-04", "Le chef de l'armée soudanaise a ordonné le siège de la ville de Nyala.", []string{"SDNMIL>SDN:191"}},
		// police sent to a country (074), promised (0334)
		{"fr", "2025-03-04", "Le Bénin a envoyé deux cents policiers en Haïti.", []string{"BEN>HTI:074"}},
		{"fr", "2025-03-04", "Le Bénin a promis d'envoyer deux cents policiers en Haïti.", []string{"BEN>HTI:0334"}},
		// tariffs lifted on goods of a given origin (085)
		{"fr", "2025-03-04", "Pékin a levé les droits de douane sur les importations australiennes.", []string{"CHN>AUS:085"}},
		// an ultimatum with the time right after the verb (139)
		{"fr", "2025-03-04", "Le Hamas a donné vendredi 72 heures à Israël pour libérer les prisonniers.", []string{"PSEREBHMS>ISR:139"}},
		// flying off to a place
		{"fr", "2025-03-04", "Le ministre indien des Affaires étrangères s'est envolé lundi pour Washington.", []string{"INDGOV>USA:042"}},
		// aid dropped on a place
		{"fr", "2025-03-04", "La Jordanie a parachuté de l'aide humanitaire sur le nord de Gaza.", []string{"JOR>PSE:073"}},
		// a release praised: no praise of the freed; its agent praised (and the
		// nominal release with agent and patient, CODING.md)
		{"fr", "2025-03-04", "Le président français a salué la libération des otages français détenus au Sahel.", nil},
		{"fr", "2025-03-04", "Le président français a salué la libération de deux otages français par le Niger.", []string{"FRAGOV>NER:051", "NER>FRACVL:0841"}},
		// the object pronoun of ", où Y l'a accueilli" stands for the traveller
		{"fr", "2025-03-04", "Le Premier ministre japonais s'est rendu à New Delhi, où Narendra Modi l'a reçu avec les honneurs.", []string{"JPNGOV>IND:042", "INDGOV>JPNGOV:043"}},
		// (no pronoun: the relative's own object)
		{"fr", "2025-03-04", "Le Premier ministre japonais s'est rendu à New Delhi, où Narendra Modi a reçu le président français.", []string{"JPNGOV>IND:042", "INDGOV>FRAGOV:043", "FRAGOV>IND:042"}},
		// an act called a crime before the act's noun: its agent the target
		{"fr", "2025-03-04", "Le Venezuela a qualifié de crime les frappes américaines contre ses bateaux.", []string{"VEN>USA:111"}},
		{"fr", "2025-03-04", "Le ministre a qualifié d'assassinat la mort du journaliste français.", nil},
		// weapons asked of X, the object after "à X"
		{"fr", "2025-03-04", "Le président ukrainien a demandé à Washington davantage de missiles Patriot.", []string{"UKRGOV>USA:0232"}},
		// ruling out a deployment is no sanction
		{"fr", "2025-03-04", "Le chancelier allemand a exclu tout envoi de soldats allemands en Ukraine.", nil},
		// (a storm striking a place is no attack)
		{"fr", "2025-03-04", "Un cyclone a frappé samedi des installations portuaires au Mozambique.", nil},
	})
}
