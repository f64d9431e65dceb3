package coder

import "testing"

// TestFrreal2Classes codes invented mini-articles of 2-3 sentences in the
// register of real French news on domestic politics and justice for the
// classes of the frreal2 round (data/fr_frreal2.txt, frreal2.go: object
// pronouns of a later sentence, the speaker's own followers, « sa
// démission », conduct nouns, prison terms past an apposition, threats to
// ban parties, « à ne pas voter », deaths blamed on X) and requires exactly
// their events.
func TestFrreal2Classes(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// an object pronoun after a sentence without an event: that sentence's subject
		{"fr", "2024-03-25", "Le candidat de l'opposition Bassirou Diomaye Faye a remporté la présidentielle. Le président Macky Sall l'a félicité lundi.", []string{"SENGOV>SENOPP:051"}},
		// the same speaker goes on: a dative pronoun in a required slot
		{"fr", "2025-08-22", "La junte guinéenne a suspendu vendredi les activités de trois partis d'opposition. Le ministère de l'Administration du territoire leur reproche de ne pas avoir respecté la loi.", []string{"GINGOV>GINOPP:1722", "GINGOV>GINOPP:111"}},
		// a pronoun's antecedent keeps the country the coder gave it
		{"fr", "2023-08-11", "La junte au pouvoir à Niamey a accusé jeudi la Cedeao de préparer une agression. Elle a également rappelé son ambassadeur en Côte d'Ivoire.", []string{"NERGOV>IGOWAFWAS:1123", "NERGOV>CIV:161"}},
		// the host's guest stays the last target after 043:042
		{"fr", "2024-10-16", "Le Premier ministre Michel Barnier a reçu mercredi les dirigeants du Parti socialiste. Il les a appelés à ne pas voter la censure.", []string{"FRAGOV>FRAPTY:043", "FRAPTY>FRAGOV:042", "FRAGOV>FRAPTY:020"}},
		// the speaker's own followers are no party
		{"fr", "2025-10-14", "L'opposant camerounais Maurice Kamto a appelé ses partisans au calme.", nil},
		{"fr", "2023-05-09", "Le parti pakistanais PTI a appelé ses militants à descendre dans la rue.", nil},
		// « sa démission » after a sentence naming a person
		{"fr", "2022-12-19", "Le président tunisien Kaïs Saïed a qualifié de « traîtres » les opposants. Le Front de salut national a exigé sa démission.", []string{"TUNGOV>TUNOPP:111", "TUNOPP>TUNGOV:1041"}},
		// a conduct noun in quotes, its owner the target
		{"fr", "2024-04-17", "Bruno Le Maire a dénoncé « l'outrance permanente » de la France insoumise.", []string{"FRAGOV>FRAPTY:111"}},
		// a prison term past the convict's apposition
		{"fr", "2024-02-01", "La justice tunisienne a condamné jeudi l'opposant Rached Ghannouchi, chef du parti Ennahdha, à trois ans de prison.", []string{"TUNJUD>TUNOPP:173"}},
		// threatening to suspend parties
		{"fr", "2025-10-14", "Le ministre camerounais de l'Administration territoriale a menacé de suspendre les partis d'opposition.", []string{"CMRGOV>CMROPP:1322"}},
		// a death blamed on X
		{"fr", "2024-02-16", "Le président américain Joe Biden a accusé Vladimir Poutine d'être responsable de la mort de l'opposant.", []string{"USAGOV>RUSGOV:1122"}},
		// a short dispatch naming one country: its unions and government
		{"fr", "2023-01-19", "Des milliers de personnes ont manifesté jeudi en France. Les syndicats ont exigé le retrait du projet du gouvernement.", []string{"FRALAB>FRAGOV:1042"}},
		// « le parti » after a party of the org dictionaries
		{"fr", "2024-09-26", "Le PTB a critiqué jeudi le gouvernement français. Le parti accuse Paris de mépriser la Belgique.", []string{"BELPTY>FRAGOV:111", "BELPTY>FRA:112"}},
		// the 2022-2025 parliamentary groups; the Swiss federal criminal court
		{"fr", "2024-04-17", "La présidente du groupe LFI à l'Assemblée a traité le ministre de l'Économie de « menteur ».", []string{"FRALEG>FRAGOV:111"}},
		{"fr", "2024-01-10", "Le Tribunal pénal fédéral a condamné un chef rebelle libérien à vingt ans de prison.", []string{"CHEJUD>LBRREB:173"}},
		// the last event's target criticises with no actor named: it reacts to that event
		{"fr", "2025-10-14", "Le ministre camerounais de l'Administration territoriale a menacé de suspendre les partis d'opposition. L'opposant camerounais Maurice Kamto a dénoncé une « intimidation ».", []string{"CMRGOV>CMROPP:1322", "CMROPP>CMRGOV:111"}},
		// a third party's criticism is left alone
		{"fr", "2025-10-14", "Le ministre camerounais de l'Administration territoriale a menacé de suspendre les partis d'opposition. L'Union européenne a dénoncé une « intimidation ».", []string{"CMRGOV>CMROPP:1322"}},
		// two authorities of one state continue one discourse
		{"fr", "2022-12-09", "La police belge a arrêté vendredi une eurodéputée grecque. Le parquet fédéral belge l'accuse d'avoir reçu d'importantes sommes d'argent.", []string{"BELCOP>IGOEUREEC:173", "BELJUD>IGOEUREEC:1121"}},
		// an assembly and its deputy: the same pair goes on
		{"fr", "2023-02-14", "L'Assemblée nationale a exclu mardi le député insoumis Thomas Portes. Le bureau de l'Assemblée lui reproche une photo insultante.", []string{"FRALEG>FRALEG:172", "FRALEG>FRALEG:111"}},
		// demanding an easing of rules of X
		{"fr", "2024-02-01", "Les agriculteurs belges ont exigé de la Commission européenne une simplification des normes.", []string{"BELAGR>IGOEUREEC:1042"}},
	})
}
