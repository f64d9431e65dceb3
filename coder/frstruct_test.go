package coder

import (
	"testing"
)

// TestFrenchStructure3: structure rules of the third frstruct round
// (2026-11-26): participle clauses after a comma with an object pronoun,
// dative pronouns in a required slot, gerund anchors, relative pronouns
// after a preposition, a slot's country is not the place. Each case is a
// sentence of our own.
func TestFrenchStructure3(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		// a participle after a comma with an object pronoun: the main
		// clause's subject acts, the pronoun is the main clause's target
		{"fr", "Le président vénézuélien a expulsé l'ambassadeur américain, l'accusant d'ingérence.",
			[]string{"président vénézuélien=VENGOV", "ambassadeur américain=USAGOV"},
			[]string{"VENGOV>USAGOV:161", "VENGOV>USAGOV:112"}},
		// (a dative pronoun fills the required à-slot; "à" is no auxiliary)
		{"fr", "L'Union européenne a imposé des sanctions à la Russie, lui reprochant son rôle en Ukraine.",
			[]string{"Union européenne=IGOEUREEC", "Russie=RUS"},
			[]string{"IGOEUREEC>RUS:163", "IGOEUREEC>RUS:111"}},
		{"fr", "Le président français a téléphoné à son homologue russe, lui demandant de cesser les bombardements.",
			[]string{"président français=FRAGOV", "homologue russe=RUSGOV"},
			[]string{"FRAGOV>RUSGOV:041", "RUSGOV>FRAGOV:041", "FRAGOV>RUSGOV:0256"}},
		// (the main verb codes nothing: the pronoun is its object)
		{"fr", "Le président français a écrit à son homologue russe, lui demandant de cesser les bombardements.",
			[]string{"président français=FRAGOV", "homologue russe=RUSGOV"},
			[]string{"FRAGOV>RUSGOV:0256"}},
		// (a result without pronoun is still not coded on its own)
		{"fr", "L'armée israélienne a bombardé Gaza, tuant dix militants.",
			[]string{"armée israélienne=ISRMIL", "Gaza=PSE@", "militants=---REB"},
			[]string{"ISRMIL>PSE:195"}},
		// a dative pronoun in a required slot needs an antecedent in the
		// sentence
		{"fr", "Il ne peut leur reprocher leur passé.",
			nil, nil},
		// the gerund anchor takes the main clause's subject; the country a
		// slot takes is not the place of the sentence (the rebels stay
		// the army's country)
		{"fr", "L'armée malienne a attaqué les rebelles touaregs en demandant à la France de l'aider.",
			[]string{"armée malienne=MLIMIL", "rebelles touaregs=---REB", "France=FRA@"},
			[]string{"MLIMIL>MLIREB:190", "MLIMIL>FRA:023"}},
		// a relative pronoun after the slot's preposition: its antecedent
		// fills the slot
		{"fr", "Le Premier ministre turc a rencontré le président russe, à qui il a demandé de retirer ses troupes.",
			[]string{"Premier ministre turc=TURGOV", "président russe=RUSGOV"},
			[]string{"TURGOV>RUSGOV:0256", "TURGOV>RUSGOV:040", "RUSGOV>TURGOV:040"}},
		{"fr", "Le gouvernement a dénoncé les rebelles, contre lesquels l'armée a lancé une offensive.",
			[]string{"gouvernement=MLIGOV", "rebelles=MLIREB", "armée=MLIMIL"},
			[]string{"MLIGOV>MLIREB:111", "MLIMIL>MLIREB:190"}},
		// (a relative pronoun after a preposition is no subject)
		{"fr", "Il pense à Varsovie, Prague ou Budapest, à qui nous tentons d'apporter une assistance.",
			[]string{"Varsovie=POL", "Prague=CZE", "Budapest=HUN"},
			nil},
		// "ce dernier": the person or body named last, not the subject
		{"fr", "Le président ivoirien a reçu le chef de l'État ghanéen ; ce dernier a critiqué le gouvernement malien.",
			[]string{"président ivoirien=CIVGOV", "chef de l'État ghanéen=GHAGOV", "gouvernement malien=MLIGOV"},
			[]string{"CIVGOV>GHAGOV:043", "GHAGOV>CIV:042", "GHAGOV>MLIGOV:111"}},
		// (a place named last is skipped)
		{"fr", "Le président ivoirien a reçu le chef de l'État ghanéen à Abidjan ; ce dernier a critiqué le gouvernement malien.",
			[]string{"président ivoirien=CIVGOV", "chef de l'État ghanéen=GHAGOV", "Abidjan=CIV@", "gouvernement malien=MLIGOV"},
			[]string{"CIVGOV>GHAGOV:043", "GHAGOV>CIV:042", "GHAGOV>MLIGOV:111"}},
		// (from the previous sentence: the last actor named there)
		{"fr", "Le ministre russe a rencontré son homologue américain. Ce dernier a accusé le gouvernement syrien.",
			[]string{"ministre russe=RUSGOV", "homologue américain=USAGOV", "gouvernement syrien=SYRGOV"},
			[]string{"RUSGOV>USAGOV:040", "USAGOV>RUSGOV:040", "USAGOV>SYRGOV:112"}},
		// an incise between the auxiliary and the participle that holds a
		// noun read as a verb form ("de presse")
		{"fr", "Le président américain a, lors d'une conférence de presse, vivement critiqué le gouvernement iranien.",
			[]string{"président américain=USAGOV", "gouvernement iranien=IRNGOV"},
			[]string{"USAGOV>IRNGOV:111"}},
		// an adverb (or a time word) between a fronted participle and its agent
		{"fr", "Reçu chaleureusement par le président français, le roi du Maroc a quitté Paris.",
			[]string{"président français=FRAGOV", "roi du Maroc=MARGOV", "Paris=FRA@"},
			[]string{"FRAGOV>MARGOV:043", "MARGOV>FRA:042"}},
		// "le canton de X" stands for X as a subject
		{"fr", "Le canton de Genève a demandé à la police vaudoise d'intervenir.",
			[]string{"Genève=CHE", "police vaudoise=CHECOP"},
			[]string{"CHE>CHECOP:020"}},
		// an object pronoun before an infinitive after a preposition
		// fills the required object
		{"fr", "Le président américain a téléphoné au président russe pour le féliciter de sa victoire.",
			[]string{"président américain=USAGOV", "président russe=RUSGOV"},
			[]string{"USAGOV>RUSGOV:041", "RUSGOV>USAGOV:041", "USAGOV>RUSGOV:051"}},
		// the main verb of "avant de" is not the preposition "à"
		{"fr", "Le président français a reçu son homologue ivoirien à l'Elysée, avant de s'entretenir avec le Premier ministre malien.",
			[]string{"président français=FRAGOV", "homologue ivoirien=CIVGOV", "Elysée=FRAGOV", "Premier ministre malien=MLIGOV"},
			[]string{"FRAGOV>CIVGOV:043", "CIVGOV>FRA:042", "FRAGOV>MLIGOV:040", "MLIGOV>FRAGOV:040"}},
		// a gerund after a verb in a simple tense
		{"fr", "L'armée malienne attaque les rebelles à Kidal en demandant à la France de l'aider.",
			[]string{"armée malienne=MLIMIL", "rebelles=MLIREB", "Kidal=MLI@", "France=FRA"},
			[]string{"MLIMIL>MLIREB:190", "MLIMIL>FRA:023"}},
		// a place between the verb and its direct object
		{"fr", "La police turque a interpellé à Istanbul une vingtaine de journalistes.",
			[]string{"police turque=TURCOP", "Istanbul=TUR@", "journalistes=---MED"},
			[]string{"TURCOP>TURMED:173"}},
		// (an indirect object is no place)
		{"fr", "Le FMI a octroyé à l'Algérie un crédit de 300 millions de dollars.",
			[]string{"FMI=IGOBUSIMF", "Algérie=DZA@"},
			[]string{"IGOBUSIMF>DZA:071"}},
		// criticism of an act targets the agent named in its noun phrase
		{"fr", "Les États-Unis et l'Union européenne ont condamné la répression des manifestations par le régime iranien.",
			[]string{"États-Unis=USA", "Union européenne=IGOEUREEC", "régime iranien=IRNGOV"},
			[]string{"USA>IRNGOV:111", "IGOEUREEC>IRNGOV:111"}},
		// the agent of a participle after the passive's agent noun
		{"fr", "Le journaliste français a été tué par « un tir de roquette lancé par les rebelles syriens ».",
			[]string{"journaliste français=FRAMED", "rebelles syriens=SYRREB"},
			[]string{"SYRREB>FRAMED:190"}},
		// (shelling named: artillery, 194)
		{"fr", "Deux soldats turcs ont été blessés par des tirs de mortier lancés par l'armée syrienne.",
			[]string{"soldats turcs=TURMIL", "armée syrienne=SYRMIL"},
			[]string{"SYRMIL>TURMIL:194"}},
		// (only after "par" right after the participle)
		{"fr", "Le journaliste français a été tué lors des affrontements provoqués par les rebelles syriens.",
			[]string{"journaliste français=FRAMED", "rebelles syriens=SYRREB"},
			nil},
		// a pattern word before the anchor, across a relative clause
		// between commas
		{"fr", "Les manifestants, qui réclamaient la démission du gouvernement, ont été dispersés par la police égyptienne.",
			[]string{"manifestants=EGYOPP", "gouvernement=EGYGOV", "police égyptienne=EGYCOP"},
			[]string{"EGYOPP>EGYGOV:1041", "EGYCOP>EGYOPP:175"}},
		// after a comma, an actor before a verb is the next clause's
		// subject, not the object
		{"fr", "Alors que la Chine a condamné l'attaque, la Russie a appelé l'Ukraine à la retenue.",
			[]string{"Chine=CHN", "Russie=RUS", "Ukraine=UKR"},
			[]string{"RUS>UKR:0256"}},
		// a list of participles sharing one auxiliary and subject
		{"fr", "Le président russe a critiqué l'OTAN, menacé la Pologne et rencontré le président biélorusse.",
			[]string{"président russe=RUSGOV", "OTAN=IGOWSTNAT", "Pologne=POL", "président biélorusse=BLRGOV"},
			[]string{"RUSGOV>IGOWSTNAT:111", "RUSGOV>POL:130", "RUSGOV>BLRGOV:040", "BLRGOV>RUSGOV:040"}},
		// "ainsi que" coordinates actors
		{"fr", "Le ministre turc a rencontré son homologue syrien ainsi que le président libanais.",
			[]string{"ministre turc=TURGOV", "homologue syrien=SYRGOV", "président libanais=LBNGOV"},
			[]string{"TURGOV>SYRGOV:040", "TURGOV>LBNGOV:040", "SYRGOV>TURGOV:040", "LBNGOV>TURGOV:040"}},
		// a pattern word after a relative clause on the object
		{"fr", "Les États-Unis ont appelé la Russie, qui soutient le régime syrien, à cesser ses livraisons d'armes.",
			[]string{"États-Unis=USA", "Russie=RUS", "régime syrien=SYRGOV"},
			[]string{"USA>RUS:020", "RUS>SYRGOV:051"}},
		// "à l'encontre de" fills a "contre" slot
		{"fr", "L'armée a lancé une offensive à l'encontre des rebelles touaregs.",
			[]string{"armée=MLIMIL", "rebelles touaregs=MLIREB"},
			[]string{"MLIMIL>MLIREB:190"}},
	}, true)
}

// TestEnglishStructure3: the participle rules of TestFrenchStructure3 in
// English (sentences of our own).
func TestEnglishStructure3(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkCodeCases(t, c, []codeCase{
		// a participle after a comma that governs a complement takes the
		// main clause's subject; its object pronoun the main target
		{"en", "Venezuela expelled the US ambassador, accusing him of interference.",
			[]string{"Venezuela=VEN", "US ambassador=USAGOV"},
			[]string{"VEN>USAGOV:161", "VEN>USAGOV:112"}},
		{"en", "The European Union imposed sanctions on Russia, accusing it of destabilizing Ukraine.",
			[]string{"European Union=IGOEUREEC", "Russia=RUS", "Ukraine=UKR"},
			[]string{"IGOEUREEC>RUS:163", "IGOEUREEC>RUS:112"}},
		// (the main verb codes nothing: the pronoun is its object)
		{"en", "The French president called his Russian counterpart, urging him to stop the bombing.",
			[]string{"French president=FRAGOV", "Russian counterpart=RUSGOV"},
			[]string{"FRAGOV>RUSGOV:0256"}},
		// "the latter": the actor named last
		{"en", "The Ivorian president received the Ghanaian leader; the latter criticized the Malian government.",
			[]string{"Ivorian president=CIVGOV", "Ghanaian leader=GHAGOV", "Malian government=MLIGOV"},
			[]string{"CIVGOV>GHAGOV:043", "GHAGOV>CIV:042", "GHAGOV>MLIGOV:111"}},
		// a gerund after "while", "after" shares the subject of an event
		// verb (not of a non-event: "won the tournament after beating")
		{"en", "The Malian army attacked Tuareg rebels while asking France for help.",
			[]string{"Malian army=MLIMIL", "rebels=MLIREB", "France=FRA"},
			[]string{"MLIMIL>MLIREB:190", "MLIMIL>FRA:020"}},
		{"en", "The Malian army attacked Tuareg rebels after accusing France of supporting them.",
			[]string{"Malian army=MLIMIL", "rebels=MLIREB", "France=FRA"},
			[]string{"MLIMIL>MLIREB:190", "MLIMIL>FRA:112"}},
		{"en", "France won the Six Nations tournament after beating England in Lyon.",
			[]string{"France=FRA", "England=GBR", "Lyon=FRA@"},
			nil},
		// a passive fills a required object with its subject, across a
		// relative clause
		{"en", "Protesters, who demanded the resignation of the government, were dispersed by Egyptian police.",
			[]string{"Protesters=---OPP", "government=---GOV", "Egyptian police=EGYCOP"},
			[]string{"---OPP>---GOV:1041", "EGYCOP>EGYOPP:175"}},
		// criticism of an act targets its agent, not its patient
		{"en", "The United States condemned the crackdown on protesters by the Iranian government.",
			[]string{"United States=USA", "protesters=---OPP", "Iranian government=IRNGOV"},
			[]string{"USA>IRNGOV:111", "IRNGOV>IRNOPP:175"}},
		// an object relative pronoun: its antecedent is the object
		{"en", "The Taliban, whom Pakistan accuses of attacks, rejected the talks.",
			[]string{"Taliban=AFGREB", "Pakistan=PAK"},
			[]string{"PAK>AFGREB:1123"}},
		// (an explicit object after the participle is its own target)
		{"en", "Venezuela expelled the US ambassador, accusing Washington of interference.",
			[]string{"Venezuela=VEN", "US ambassador=USAGOV", "Washington=USA"},
			[]string{"VEN>USAGOV:161", "VEN>USA:112"}},
	}, true)
}
