package coder

import "testing"

// TestEnprec10 codes invented English wire sentences of the enprec10 round
// (data/en_enprec10.txt, the enprec10 lines of data/en_dyad.txt and
// data/en_lex.txt, enprec10.go, subject.go listComma) and requires exactly
// their events. None is a probe line.
func TestEnprec10(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a gathering in a city is no meeting with the city's state
		{"en", "2025-03-04", "European Union leaders gathered in Paris on Monday for a summit on defence spending, officials said.", nil},
		// a summit opened by its host, or attended by leaders, names no party
		{"en", "2025-03-04", "Chinese President Xi Jinping opened a Shanghai Cooperation Organisation summit in Tianjin on Sunday.", nil},
		{"en", "2025-03-04", "The conference in Geneva was attended by diplomats from Iran, Turkey and Qatar.", nil},
		// a summoned high commissioner: 110 to his government
		{"en", "2025-03-04", "India summoned Bangladesh's high commissioner on Tuesday over border fencing.", []string{"IND>BGDGOV:110"}},
		// a voted-down text is no rejection of its author
		{"en", "2025-03-04", "French lawmakers voted down Prime Minister Francois Bayrou's budget plan on Monday.", nil},
		// a head welcomed in a city: hosting and visit
		{"en", "2025-03-04", "Turkish President Tayyip Erdogan welcomed Syrian President Ahmed al-Sharaa in Ankara on Tuesday.", []string{"TURGOV>SYRGOV:043", "SYRGOV>TUR:042"}},
		// claimed territory, appointment "as", resigning "once", "adding that"
		{"en", "2025-03-04", "The reef, which both Vietnam and China claim, lies 200 km off the coast.", nil},
		{"en", "2025-03-04", "Lebanon's president appointed Nawaf Salam as prime minister on Monday, the presidency said.", nil},
		{"en", "2025-03-04", "The Austrian chancellor said he would resign once his party chose a successor.", nil},
		// people heading back to a city, rising tensions
		{"en", "2025-03-04", "The truce allowed displaced Palestinians to head back toward Rafah, the army said.", nil},
		{"en", "2025-03-04", "Oil prices rose as tensions with neighbouring Venezuela mounted after a naval incident.", nil},
		// a candidate's final campaign rally names no protest target
		{"en", "2025-03-04", "Opposition leader Robert Kyagulanyi held a final campaign rally in Kampala ahead of the vote against President Yoweri Museveni.", nil},
		// a list of actors inside an incise: the subject is before the incise
		{"en", "2025-03-04", "Foreign ministers of the Arab League, joined in Cairo by envoys of Jordan, Egypt and Qatar, agreed on Sunday to send aid to Gaza.", []string{"IGOMEAARL>PSE:033"}},
		// a clause coordinated after an intransitive verb, and a free relative
		{"en", "2025-03-04", "The dispute between Tokyo and Seoul deepened and analysts warned of lasting damage.", nil},
		{"en", "2024-06-26", "Tanks rammed the door of the palace in what Bolivia's president called a coup.", nil},
		// talks that state the purpose of a planned visit are planned: 036, one way
		{"en", "2025-03-04", "British Prime Minister Keir Starmer will travel to Washington next week for talks with U.S. President Donald Trump.", []string{"GBRGOV>USA:036", "GBRGOV>USAGOV:036"}},
		{"en", "2025-03-04", "British Prime Minister Keir Starmer travelled to Washington on Thursday for talks with U.S. President Donald Trump.", []string{"GBRGOV>USA:042", "GBRGOV>USAGOV:046", "USAGOV>GBRGOV:046"}},
		// an addressed statement stays when the other event of the sentence is one-sided
		{"en", "2025-03-04", "Jordan's King Abdullah told Chinese President Xi Jinping in Beijing that a ceasefire was urgent, as mediators from Egypt pressed on with talks.", []string{"JORGOV>CHNGOV:010"}},
		// the object of "to" + verb is no subject of a later verb
		{"en", "2025-03-04", "The first Chinese medics sent to assist Cuba's hospitals had arrived in Havana, state media said.", []string{"CHNHLH>CUBHLH:060"}},
		// a kill in the main clause keeps 190 when a suicide bombing is in the time clause
		{"en", "2025-03-04", "Nigerian troops killed 12 Boko Haram fighters in Borno state, a week after a suicide bombing in Maiduguri.", []string{"NGAMIL>NGAREB:190"}},
		// an insulting comparison (111) and blame in a reported clause (112)
		{"en", "2024-02-20", "Colombia's president compared Israel's offensive in Gaza to the Holocaust on Friday.", []string{"COLGOV>ISR:111"}},
		{"en", "2024-02-20", "Poland's foreign minister said Belarus bore responsibility for the border crisis.", []string{"POLGOV>BLR:112"}},
	})
}
