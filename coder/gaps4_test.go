package coder

import "testing"

// gaps4 round (2026-11-27): invented sentences of the failure classes the
// frreal and enwire4 held-back batches left (brokered deals, fronted
// meetings, phone talks without "avec", postponed visits, wishes to visit).
func TestGaps4(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// 1. mediators of a brokered deal: 045 towards each named party,
		// never parties of the ceasefire or negotiators among themselves
		// (accepting an agreement codes nothing here; the mediators get no 046 either)
		{"fr", "2024-06-04", "La Serbie et le Kosovo ont accepté lundi un accord négocié par l'Union européenne et les États-Unis.", nil},
		{"fr", "2024-06-04", "L'Éthiopie et l'Érythrée ont accepté mardi une trêve négociée par le Qatar et la Turquie.", []string{"ERI>ETH:0871", "ETH>ERI:0871", "QAT>ERI:045", "QAT>ETH:045", "TUR>ERI:045", "TUR>ETH:045"}},
		{"en", "2024-06-04", "Ethiopia and Eritrea agreed on Tuesday to a truce brokered by Qatar and Turkey.", []string{"ERI>ETH:0871", "ETH>ERI:0871", "QAT>ERI:045", "QAT>ETH:045", "TUR>ERI:045", "TUR>ETH:045"}},
		// must-not: no party named, no mediation
		{"fr", "2024-06-04", "Le cessez-le-feu négocié par la Turquie et le Qatar a été violé dès mardi soir.", nil},
		{"en", "2024-06-04", "The ceasefire brokered by Turkey and Qatar collapsed on Tuesday evening.", nil},
		// 2. a participle of accusing after a reporting incise: the main
		// clause's subject accuses, not its object nor the speaker
		{"fr", "2024-06-04", "La Lituanie a expulsé trois diplomates biélorusses, a-t-elle annoncé jeudi, accusant Minsk d'actions hostiles.", []string{"LTU>BLRGOV:161", "LTU>BLR:112"}},
		{"en", "2024-06-04", "Lithuania expelled three Belarusian diplomats, the foreign ministry said on Thursday, accusing Minsk of hostile actions.", []string{"LTU>BLRGOV:161", "LTU>BLR:112"}},
		// 3. a telephone talk without "avec"
		{"fr", "2024-06-04", "Le président égyptien et le roi de Jordanie ont eu un entretien téléphonique mercredi.", []string{"EGYGOV>JORGOV:041", "JORGOV>EGYGOV:041"}},
		{"en", "2024-06-04", "The Egyptian president and the King of Jordan held a phone call on Wednesday.", []string{"EGYGOV>JORGOV:041", "JORGOV>EGYGOV:041"}},
		// 4. a fronted participle of meeting: the parties met (040); "se
		// revoir" agreed is an intent to meet (036)
		{"fr", "2024-06-04", "Réunis à Oman, l'Iran et les États-Unis sont convenus de se revoir la semaine prochaine.", []string{"IRN>USA:036", "USA>IRN:036", "IRN>USA:040", "USA>IRN:040"}},
		{"en", "2024-06-04", "Meeting in Oman, Iran and the United States agreed to meet again next week.", []string{"IRN>USA:036", "USA>IRN:036", "IRN>USA:040", "USA>IRN:040"}},
		// 6. a postponed or cancelled visit is 161 (CAMEO 1.1b3 example of 161)
		{"fr", "2024-06-04", "Le Premier ministre indien a reporté sa visite en Russie.", []string{"INDGOV>RUS:161"}},
		{"fr", "2024-06-04", "Le président sud-africain a annulé un voyage prévu au Japon.", []string{"ZAFGOV>JPN:161"}},
		{"en", "2024-06-04", "The Indian prime minister postponed his visit to Russia.", []string{"INDGOV>RUS:161"}},
		// an expressed wish to visit is an intent to meet (036), no visit
		{"fr", "2024-06-04", "Le Premier ministre indien a exprimé le souhait de se rendre au Japon.", []string{"INDGOV>JPN:036"}},
		{"en", "2024-06-04", "The Indian prime minister expressed the wish to visit Japan.", []string{"INDGOV>JPN:036"}},
	})
}
