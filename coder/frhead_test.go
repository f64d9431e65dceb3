package coder

import "testing"

// TestFrheadHeadlines: French news titles of the frhead round (2026-11-26),
// invented in the style of French headlines: a rubric country closed by a
// period before the title acts as a colon lead (actors of unknown country
// are its own, an event without target is directed at it), a quoted label
// after a speaker's colon is the speaker's accusation, weapons asked of X
// with the object first, truce talks of coordinated subjects, a nominal
// expulsion of diplomats, a death in a named state's strike, drone
// attacks, talking to an official, sanctions unveiled without "contre",
// a postponement protested at home, verbless protest titles ("des milliers
// de manifestants contre X") and visit titles ("Blinken à Pékin"), an
// envoy "convoqué par X", a pair lead giving the parties of a nominal
// event ("Russie-Ukraine : échange de prisonniers", not after "pas de"),
// strikes "près de X", an intent in a quote, an obligation in a quote
// (the speaker's demand); and the titles that must stay silent.
func TestFrheadHeadlines(t *testing.T) {
	checkFixCases(t, []fixCase{
		// rubric country "Pays. Titre"
		{"fr", "Soudan. Des centaines d'étudiants dénoncent le gouvernement",
			[]string{"SDNEDU>SDNGOV:111"}, []string{"---EDU>SDNGOV:111"}},
		{"fr", "Venezuela. Washington annonce de nouvelles sanctions",
			[]string{"USA>VEN:163"}, nil},
		{"fr", "Brest. Le maire remercie les bénévoles du festival",
			nil, []string{"---GOV>FRA:051", "FRAGOV>FRA:051"}},
		// quoted label after the speaker's colon
		{"fr", "Zelensky : « Poutine est un criminel de guerre »",
			[]string{"UKRGOV>RUSGOV:1124"}, nil},
		{"fr", "Erdogan : « Netanyahou est un terroriste »",
			[]string{"TURGOV>ISRGOV:111"}, nil},
		{"fr", "Erdogan : Netanyahou n'est pas un « dictateur »",
			[]string{"TURGOV>ISRGOV:111 neg"}, nil},
		// weapons asked with the object before "à X" (réclamer is a demand)
		{"fr", "Kiev demande des missiles à longue portée à Berlin",
			[]string{"UKR>DEU:0232"}, nil},
		{"fr", "Kiev réclame des chars à Washington",
			[]string{"UKR>USA:1032"}, nil},
		// truce talks of a coordinated subject
		{"fr", "Le Qatar et l'Égypte discutent d'un cessez-le-feu",
			[]string{"QAT>EGY:046", "EGY>QAT:046"}, nil},
		// nominal expulsion of another state's diplomats
		{"fr", "Expulsion de deux diplomates iraniens par l'Allemagne",
			[]string{"DEU>IRNGOV:161"}, []string{"DEU>IRNGOV:174"}},
		// killed in a named state's strike
		{"fr", "Liban : un commandant du Hezbollah tué dans une frappe israélienne",
			[]string{"ISR>LBNREB:195"}, nil},
		// drone attacks
		{"fr", "Attaque de drones russes contre Odessa",
			[]string{"RUSMIL>UKR:195"}, []string{"RUSMIL>UKR:190"}},
		// talking to an official, by telephone
		{"fr", "Macron va parler à Xi Jinping",
			[]string{"FRAGOV>CHNGOV:036"}, nil},
		{"fr", "Scholz a parlé au téléphone avec Biden",
			[]string{"DEUGOV>USAGOV:041", "USAGOV>DEUGOV:041"}, nil},
		{"fr", "Macron va parler aux Français dimanche soir",
			nil, []string{"FRAGOV>FRACVL:036", "FRAGOV>FRA:036"}},
		// sanctions unveiled, the target from the headline's country
		{"fr", "Corée du Nord : Séoul dévoile de nouvelles sanctions",
			[]string{"KOR>PRK:163"}, nil},
		// a postponement protested at home (1412, a protest against a
		// policy, as "contre la réforme" is; frwire10: was 141)
		{"fr", "Bénin : des opposants manifestent contre le report des législatives",
			[]string{"BENOPP>BENGOV:1412"}, nil},
		// verbless protest titles
		{"fr", "Géorgie : des milliers de manifestants contre le gouvernement",
			[]string{"GEOOPP>GEOGOV:141"}, nil},
		{"fr", "Des centaines de protestataires contre Erdogan à Istanbul",
			[]string{"TUROPP>TURGOV:141"}, nil},
		{"fr", "Des opposants contre la guerre défilent à Minsk",
			nil, []string{"---OPP>BLR:141", "BLROPP>BLR:141"}},
		{"fr", "Des milliers de supporters contre la Serbie",
			nil, []string{"---CVL>SRB:141"}},
		// verbless visit titles; a summoned envoy in a participle title
		{"fr", "Wang Yi à Paris pour préparer le sommet",
			[]string{"CHNGOV>FRA:042"}, nil},
		{"fr", "Le chancelier allemand en Inde : les enjeux",
			[]string{"DEUGOV>IND:042"}, nil},
		{"fr", "Le Premier ministre indien accueilli en grande pompe à Washington",
			[]string{"INDGOV>USA:042"}, nil},
		{"fr", "Le président français à Marseille",
			nil, []string{"FRAGOV>FRA:042"}},
		{"fr", "Scholz à Pékin ?",
			nil, []string{"DEUGOV>CHN:042"}},
		{"fr", "L'ambassadeur d'Italie convoqué par Paris",
			[]string{"FRA>ITAGOV:110"}, nil},
		// a journalist arrested by a known state's police is of its country
		{"fr", "Arrestation d'un journaliste par la police tunisienne",
			[]string{"TUNCOP>TUNMED:173"}, []string{"TUNCOP>---MED:173"}},
		// a pair lead gives the parties of a nominal event after the colon
		{"fr", "Arménie-Azerbaïdjan : accord sur la frontière",
			[]string{"ARM>AZE:057", "AZE>ARM:057"}, nil},
		{"fr", "Séoul et Tokyo : reprise du dialogue",
			[]string{"KOR>JPN:046", "JPN>KOR:046"}, nil},
		{"fr", "Séoul et Tokyo : toujours pas d'accord sur la pêche",
			nil, []string{"KOR>JPN:057", "JPN>KOR:057"}},
		{"fr", "Espagne-Portugal : le match de la peur",
			nil, []string{"ESP>PRT:190", "PRT>ESP:190"}},
		// strikes near a place
		{"fr", "Liban : frappes israéliennes près de Tyr",
			[]string{"ISR>LBN:195"}, nil},
		// an obligation in a quote title is the speaker's demand
		{"fr", "Meloni : « La Tunisie doit libérer les migrants »",
			[]string{"ITAGOV>TUN:1053"}, []string{"TUN>---REF:0353"}},
		// an intent in a quote headline
		{"fr", "Lula : « Je veux rencontrer Poutine »",
			[]string{"BRAGOV>RUSGOV:036"}, []string{"BRAGOV>RUSGOV:040"}},
		// titles without an event
		{"fr", "Poutine et Erdogan, je t'aime moi non plus",
			nil, []string{"RUSGOV>TURGOV:040", "TURGOV>RUSGOV:040"}},
	})
}
