package coder

import (
	"testing"
)

// TestFrenchParallelGaps: French phrasings that English already coded on the
// parallel wire set (testdata/wire_parallel.jsonl, dev pairs) and French did
// not; one constructed sentence per pattern (not a sentence of the set), with
// fixture actors, the events it must give and the ones it must not.
func TestFrenchParallelGaps(t *testing.T) {
	runGapCases(t, "fr", false, []gapCase{
		// 0331 beneficiary before the aid
		{"La Norvège a promis au Soudan une aide de 20 millions d'euros.",
			[]string{"La Norvège=NOR", "Soudan=SDN"}, []string{"NOR>SDN:0331"}, nil},
		// 033 beneficiary before the aid, no amount
		{"Le Qatar a proposé au Liban une aide d'urgence.",
			[]string{"Le Qatar=QAT", "Liban=LBN"}, []string{"QAT>LBN:033"}, nil},
		// 072 ammunition further from the verb; under "promettre de" 0332
		{"Le Canada a livré des milliers d'obus de 155 mm à l'Ukraine.",
			[]string{"Le Canada=CAN", "l'Ukraine=UKR"}, []string{"CAN>UKR:072"}, nil},
		{"Le Danemark a promis d'envoyer des munitions à l'armée ukrainienne.",
			[]string{"Le Danemark=DNK", "l'armée ukrainienne=UKRMIL"}, []string{"DNK>UKRMIL:0332"}, []string{"DNK>UKRMIL:030"}},
		// 0232 weapons asked from the addressee
		{"Le gouvernement arménien a demandé à la France des systèmes de défense.",
			[]string{"Le gouvernement arménien=ARMGOV", "la France=FRA"}, []string{"ARMGOV>FRA:0232"}, nil},
		// 039 offering oneself as mediator
		{"La Turquie s'est proposée comme médiatrice entre la Serbie et le Kosovo.",
			[]string{"La Turquie=TUR", "la Serbie=SRB", "le Kosovo=KSV"}, []string{"TUR>SRB:039", "TUR>KSV:039"}, nil},
		// 0241 calling a leader to give up power
		{"Les manifestants ont appelé le président tunisien à quitter le pouvoir.",
			[]string{"Les manifestants=TUNCVL", "le président tunisien=TUNGOV"}, []string{"TUNCVL>TUNGOV:0241"}, nil},
		// a postponed or cancelled visit is not a visit
		{"La visite du président turc en Grèce a été annulée.",
			[]string{"président turc=TURGOV", "Grèce=GRC"}, nil, []string{"TURGOV>GRC:042"}},
		// 087 stopping attacks
		{"Les rebelles ont cessé leurs attaques contre l'armée congolaise.",
			[]string{"Les rebelles=CODREB", "l'armée congolaise=CODMIL"}, []string{"CODREB>CODMIL:087"}, nil},
		// 115 seizing a court of a complaint against X
		{"L'Ukraine a saisi la justice internationale d'une plainte contre la Russie.",
			[]string{"L'Ukraine=UKR", "la Russie=RUS"}, []string{"UKR>RUS:115"}, nil},
		// 1246 rejecting calls for a truce
		{"Le chef de la junte a rejeté les appels de l'Union africaine à une trêve.",
			[]string{"Le chef de la junte=SDNGOV", "l'Union africaine=IGOAFRAFU"}, []string{"SDNGOV>IGOAFRAFU:1246"}, nil},
		// 1056 demanding the departure of troops or a mission
		{"Le gouvernement congolais a exigé le retrait des casques bleus de la Monusco.",
			[]string{"Le gouvernement congolais=CODGOV", "la Monusco=IGOUNO"}, []string{"CODGOV>IGOUNO:1056"}, nil},
		// 1621 development aid suspended
		{"La Suède a suspendu son aide au développement au Burkina Faso.",
			[]string{"La Suède=SWE", "Burkina Faso=BFA"}, []string{"SWE>BFA:1621"}, nil},
		// 161 the expelled envoy is the target
		{"L'Algérie a expulsé quatre diplomates marocains.",
			[]string{"L'Algérie=DZA", "diplomates marocains=MARGOV"}, []string{"DZA>MARGOV:161"}, nil},
		// 1833 a bomb set off as a patrol passes
		{"Des insurgés ont fait exploser un engin explosif au passage d'une patrouille de l'armée nigériane.",
			[]string{"Des insurgés=NGAREB", "l'armée nigériane=NGAMIL"}, []string{"NGAREB>NGAMIL:1833"}, nil},
		// 193 small-arms fire exchanged, both ways; shells stay 190
		{"Des policiers ont échangé des coups de feu avec des trafiquants.",
			[]string{"Des policiers=MEXCOP", "des trafiquants=MEXCRM"}, []string{"MEXCOP>MEXCRM:193", "MEXCRM>MEXCOP:193"}, nil},
		{"L'armée a échangé des tirs d'obus avec les rebelles.",
			[]string{"L'armée=SYRMIL", "les rebelles=SYRREB"}, []string{"SYRMIL>SYRREB:194"}, []string{"SYRMIL>SYRREB:193"}},
		// 046 renewing a dialogue, both ways with a coordinated subject
		{"Le Maroc et l'Algérie ont renoué le dialogue.",
			[]string{"Le Maroc=MAR", "l'Algérie=DZA"}, []string{"MAR>DZA:046", "DZA>MAR:046"}, nil},
		// "exiger que X + subjonctif": X is the target, the clause gives the code
		{"Le Japon a exigé que la Corée du Nord cesse ses tirs de missiles.",
			[]string{"Le Japon=JPN", "la Corée du Nord=PRK"}, []string{"JPN>PRK:1056"}, []string{"JPN>PRK:100"}},
		{"Paris exige que Moscou libère le journaliste.",
			[]string{"Paris=FRAGOV", "Moscou=RUSGOV"}, []string{"FRAGOV>RUSGOV:1053"}, nil},
		{"Les manifestants exigent que le président démissionne.",
			[]string{"Les manifestants=SRBOPP", "le président=SRBGOV"}, []string{"SRBOPP>SRBGOV:1041"}, nil},
		{"Les syndicats exigent que le gouvernement retire sa réforme des retraites.",
			[]string{"Les syndicats=FRALAB", "le gouvernement=FRAGOV"}, []string{"FRALAB>FRAGOV:1042"}, nil},
		// 0256 an appeal to restraint
		{"Le pape a appelé l'Inde et le Pakistan à la retenue.",
			[]string{"Le pape=VATGOV", "l'Inde=IND", "le Pakistan=PAK"}, []string{"VATGOV>IND:0256", "VATGOV>PAK:0256"}, nil},
		// 161 ordering the expulsion of an envoy (not 174)
		{"Le Tchad a ordonné l'expulsion de l'ambassadeur d'Allemagne.",
			[]string{"Le Tchad=TCD", "l'ambassadeur d'Allemagne=DEUGOV"}, []string{"TCD>DEUGOV:161"}, []string{"TCD>DEUGOV:174"}},
		// exchanging lists of prisoners is no release; exchanging prisoners is
		{"L'Arménie et l'Azerbaïdjan ont échangé des listes de prisonniers.",
			[]string{"L'Arménie=ARM", "l'Azerbaïdjan=AZE"}, nil, []string{"ARM>AZE:0841", "AZE>ARM:0841"}},
		// 175 rubber bullets and water cannon against protesters
		{"La police a tiré des balles en caoutchouc sur les manifestants.",
			[]string{"La police=CHLCOP", "les manifestants=CHLOPP"}, []string{"CHLCOP>CHLOPP:175"}, nil},
		{"Les forces de l'ordre ont fait usage de canons à eau contre les manifestants.",
			[]string{"Les forces de l'ordre=GEOCOP", "les manifestants=GEOOPP"}, []string{"GEOCOP>GEOOPP:175"}, nil},
		// 195 air force or drones as the subject
		{"Des drones russes ont frappé la ville d'Odessa.",
			[]string{"Des drones russes=RUSMIL", "Odessa=UKR"}, []string{"RUSMIL>UKR:195"}, nil},
	})
}
