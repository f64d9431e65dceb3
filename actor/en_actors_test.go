package actor

import "testing"

// TestEnglishCompounds: English noun compounds around agents (sentences
// written for the test in the wire style): a group's name before its
// members' noun is one mention with the group's code; an agent with a
// country before another agent gives it the country (the body's role, or
// the second's after a government); a spokesman "for" a body speaks for
// it; "X-led coalition" + an agent is X's; a demonym after a number before
// an event noun is that noun's actor, not people counted; "counterpart" is
// an office holder; an opposition title puts a known person in the
// opposition.
func TestEnglishCompounds(t *testing.T) {
	cases := []struct {
		body, date string
		want, none []string
	}{
		{"Houthi rebels fired a missile at a Saudi oil facility.", "2024-05-01", []string{"Houthi rebels=YEMREB"}, []string{"rebels=---REB"}},
		{"Hezbollah fighters clashed with Israeli troops.", "2024-05-01", []string{"Hezbollah fighters=LBNREB", "Israeli troops=ISRMIL"}, nil},
		{"Boko Haram insurgents killed 30 villagers.", "2024-05-01", []string{"Boko Haram insurgents=NGAREB"}, nil},
		// the people a group holds are not its members
		{"Hamas hostages were freed on Sunday.", "2024-05-01", nil, []string{"Hamas hostages"}},
		{"Iran's foreign ministry spokesman Nasser Kanaani condemned the sanctions.", "2024-05-01",
			[]string{"Iran's foreign ministry spokesman Nasser Kanaani=IRNGOV"}, []string{"spokesman Nasser Kanaani=---GOV"}},
		{"The Israeli army spokesman denied the report.", "2024-05-01", []string{"Israeli army spokesman=ISRMIL"}, nil},
		{"Syrian government soldiers entered the town.", "2024-05-01", []string{"Syrian government soldiers=SYRMIL"}, nil},
		{"A spokesman for the Iranian foreign ministry denied the report.", "2024-05-01",
			[]string{"spokesman for the Iranian foreign ministry=IRNGOV"}, nil},
		{"A spokeswoman for the African Union said talks would resume.", "2024-05-01",
			[]string{"spokeswoman for the African Union=IGOAFRAFU"}, nil},
		{"Saudi-led coalition warplanes bombed the port.", "2024-05-01", []string{"Saudi-led coalition warplanes=SAUMIL"}, nil},
		{"Ukrainian forces shot down 20 Russian drones overnight.", "2024-05-01", []string{"Russian=RUSMIL"}, []string{"Russian=RUSCVL"}},
		{"Police detained 20 Russians at the border.", "2024-05-01", []string{"Russians=RUSCVL"}, nil},
		{"Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi.", "2024-05-01",
			[]string{"Chinese counterpart Wang Yi=CHNGOV"}, []string{"Chinese=CHN"}},
		{"Opposition leader Raila Odinga called for protests.", "2024-05-01", []string{"Opposition leader Raila Odinga=KENOPP"}, nil},
		// the head of an organisation is the organisation (Phoenix); its officials are the organisation (CODING.md)
		{"NATO Secretary General Jens Stoltenberg warned Russia.", "2020-05-01", []string{"NATO Secretary General=IGOWSTNAT"}, []string{"General Jens Stoltenberg"}},
		{"IAEA Director-General Rafael Grossi visited Iran.", "2024-05-01", []string{"IAEA Director-General=IGOUNOIAE"}, nil},
		{"UN officials said aid had arrived.", "2024-05-01", []string{"UN officials=IGOUNO"}, nil},
		// a state office before a person is the person's title; a modifier joins a person;
		// a country's possessive before its person
		{"U.S. Secretary of State Madeleine Albright telephoned the French foreign minister.", "1998-05-01",
			[]string{"U.S. Secretary of State Madeleine Albright=USAGOV"}, nil},
		{"State Department spokesman Ned Price condemned the attack.", "2022-05-01", []string{"State Department spokesman Ned Price=USAGOV"}, nil},
		{"Macron refused to receive Morocco's visiting King Mohammed VI.", "2019-05-01", []string{"Morocco's visiting King Mohammed VI=MARGOV"}, []string{"Morocco=MAR"}},
		{"Ousted Kurmanbek Bakiyev fled to Belarus.", "2010-06-01", []string{"Ousted Kurmanbek Bakiyev=KGZELI"}, nil},
		// an English apposition with an article; the head of a body named as an agent
		{"Ahmed Hassan, a spokesman for the Somali government, denied the report.", "2024-05-01",
			[]string{"Ahmed Hassan, a spokesman for the Somali government=SOMGOV"}, nil},
		{"John Smith, a British diplomat, was expelled.", "2024-05-01", []string{"John Smith, a British diplomat=GBRGOV"}, nil},
		{"Abdelhamid Brahimi, the United Nations Humanitarian Coordinator, called for calm.", "1995-05-01",
			[]string{"Abdelhamid Brahimi, the United Nations Humanitarian Coordinator=IGOUNO"}, nil},
		// not a reporting clause: "..., the UN said"
		{"Police killed Kofi Annan, the UN said.", "2004-05-01", []string{"UN=IGOUNO"}, nil},
		{"The leader of the opposition called for elections.", "2024-05-01", []string{"leader of the opposition=---OPP"}, []string{"leader=---GOV"}},
		{"The chief of the Pakistani army visited Kabul.", "2024-05-01", []string{"chief of the Pakistani army=PAKMIL"}, nil},
		// not across a comma
		{"Soldiers beat a Syrian farmer, Lebanese witnesses said.", "2024-05-01", nil, []string{"farmer, Lebanese"}},
	}
	for _, c := range cases {
		expectMentions(t, c.body, c.date, "en", c.want, c.none)
	}
}

// TestEnglishEthnicAndPossessed: a nationality after "ethnic" is an ethnic
// group, not the state (civilians of unknown country; before an agent it
// gives the agent no country); "its"/"their" + an agent opening a clause
// ("said its jets") belongs to the last actor named; as an object ("offered
// its troops") it is left alone.
func TestEnglishEthnicAndPossessed(t *testing.T) {
	cases := []struct {
		body       string
		want, none []string
	}{
		// the place they live in gives the country (ensector: "located-in")
		{"Ethnic Serbs in northern Kosovo demanded autonomy.", []string{"Serbs=KSVCVL"}, []string{"Serbs=SRBCVL"}},
		{"Some 500 ethnic Hungarians held a sit-in.", []string{"Hungarians=---CVL"}, []string{"Hungarians=HUN"}},
		{"Ethnic Albanian guerrillas attacked a police station.", []string{"guerrillas=---REB"}, []string{"Albanian guerrillas=ALBREB"}},
		{"Albanian guerrillas attacked a police station.", []string{"Albanian guerrillas=ALBREB"}, nil},
		{"The Israeli military said its jets struck targets in Lebanon.", []string{"jets=ISRMIL"}, nil},
		{"The UN said its peacekeepers had come under fire.", []string{"peacekeepers=IGOUNOMIL"}, nil},
		{"Iran offered its troops to Iraq.", []string{"troops=---MIL"}, []string{"troops=IRNMIL"}},
		{"The rebels said their fighters had withdrawn.", []string{"fighters=---REB"}, nil},
		{"Al Jazeera said its journalist was killed by Israeli forces.", []string{"journalist=QATMED"}, nil},
		// the head of a body of unknown country keeps the body's role
		{"A gang leader threatened the government.", []string{"gang leader=---CRM"}, []string{"leader=---GOV"}},
		{"Militia commanders rejected the deal.", []string{"Militia commanders=---REB"}, nil},
		{"Union leaders called a strike.", []string{"Union leaders=---LAB"}, nil},
		{"The Hungarians of northern Serbia demanded autonomy.", []string{"Hungarians=SRBCVL"}, []string{"Hungarians=HUN"}},
		{"Thousands of Albanians protested in Tirana.", []string{"Albanians=ALBCVL"}, nil},
		// a capital after "in" + a direction adjective is the place
		{"Protesters in central Bangkok clashed with police.", []string{"Bangkok=THA"}, []string{"Bangkok=THAGOV"}},
	}
	for _, c := range cases {
		expectMentions(t, c.body, "2024-05-01", "en", c.want, c.none)
	}
}

// TestEnglishNotActors: an agent word modifying a thing or an act is no
// actor ("military aid", "press freedom"); the actor of the phrase stays;
// men named as such keep Phoenix's PPL.
func TestEnglishNotActors(t *testing.T) {
	cases := []struct {
		body       string
		want, none []string
	}{
		{"The United States announced new military aid for Israel.", []string{"United States=USA", "Israel=ISR"}, []string{"military"}},
		{"ECOWAS threatened military intervention in Niger.", []string{"Niger=NER"}, []string{"military"}},
		{"Egypt and France agreed to hold joint military exercises.", nil, []string{"military"}},
		{"Amnesty urged Egypt to lift restrictions on press freedom.", nil, []string{"press"}},
		{"The military said it had repelled the attack.", []string{"military=---MIL"}, nil},
		{"Rebels attacked a military base near the border.", []string{"military base=---MIL"}, nil},
		// Phoenix.agents.txt codes men and women named as such PPL
		{"A court issued arrest warrants for two Brazilian men.", []string{"Brazilian men=BRAPPL"}, nil},
	}
	for _, c := range cases {
		expectMentions(t, c.body, "2024-05-01", "en", c.want, c.none)
	}
}

// TestWikidataPeople: the Wikidata heads of state and government
// (people_wikidata.txt) are loaded, under people_dyad.txt.
func TestWikidataPeople(t *testing.T) {
	expectMentions(t, "Pope Francis urged Russia to end the war.", "2024-05-01", "en", []string{"Pope Francis=VATGOV"}, nil)
	expectMentions(t, "Edi Rama met the Greek prime minister.", "2020-05-01", "en", []string{"Edi Rama=ALBGOV"}, nil)
}

// TestEnglishRegions: regional adjectives take the CAMEO regional codes
// ("Latin American leaders" is not the United States); "West Bank" stays
// the Palestinian territory; a nationality inside a proper name after "of"
// is no actor.
func TestEnglishRegions(t *testing.T) {
	cases := []struct {
		body       string
		want, none []string
	}{
		{"Latin American leaders met in Brasilia.", []string{"Latin American leaders=LAMGOV"}, []string{"American leaders=USAGOV"}},
		{"African leaders met in Addis Ababa.", []string{"African leaders=AFRGOV"}, nil},
		{"Arab states called for a ceasefire.", []string{"Arab=ARB"}, nil},
		{"The African Union suspended Mali.", []string{"African Union=IGOAFRAFU"}, nil},
		{"Israel imposed closures in the West Bank.", []string{"West Bank=PSE"}, []string{"the West Bank"}},
		{"Members of the Association of Arab Jurists visited Sudan.", nil, []string{"Arab"}},
		{"The Jewish state launched air strikes on Gaza.", []string{"Jewish state=ISR"}, nil},
		{"Jewish settlers attacked a Palestinian village.", []string{"Jewish settlers=ISRCVL"}, nil},
		{"The Islamic Republic rejected the demands.", []string{"Islamic Republic=IRN"}, nil},
		{"Iranian state television said the navy seized a tanker.", []string{"Iranian state television=IRNGOVMED"}, nil},
	}
	for _, c := range cases {
		expectMentions(t, c.body, "2024-05-01", "en", c.want, c.none)
	}
}

// TestEnglishSoleCountry: a person with a state title and no country takes
// the one country of the sentence; not with two countries, not a religious
// title.
func TestEnglishSoleCountry(t *testing.T) {
	cases := []struct {
		body       string
		want, none []string
	}{
		{"Judge Maria Lopez opened investigations against 15 Peruvian government officials.", []string{"Judge Maria Lopez=PERJUD"}, nil},
		{"General Ali Hassan met Egyptian officials in Cairo.", []string{"General Ali Hassan=---MIL"}, nil},
		{"General Ali Hassan attacked Egyptian rebels.", []string{"General Ali Hassan=EGYMIL"}, nil},
		{"Police Chief Ali Hassan arrested two Egyptian activists and a Libyan.", []string{"Police Chief Ali Hassan=---COP"}, nil},
		{"Archbishop John Hale called for sanctions against Zimbabwe.", []string{"Archbishop John Hale=---CHR"}, nil},
		// a state as the other side: no country taken
		// (ensector2: the name was "Bernie Sanders", now a known person USALEG; an invented senator keeps the case)
		{"Senator Tom Hargreave criticised Israel.", []string{"Senator Tom Hargreave=---LEG"}, []string{"Senator Tom Hargreave=ISRLEG"}},
		{"Admiral Michael Gilday visited Japan.", []string{"Admiral Michael Gilday=---MIL"}, nil},
		{"President Pedro Mendes yielded to demands from the FARC.", []string{"President Pedro Mendes=COLGOV"}, nil},
	}
	for _, c := range cases {
		expectMentions(t, c.body, "2000-06-01", "en", c.want, c.none)
	}
}

// TestEnglishPairs: "the two countries", "both countries", "the two
// leaders" stand for the two countries named before (they were listed in
// agents_fr.txt, which English documents do not read).
func TestEnglishPairs(t *testing.T) {
	expectMentions(t, "India and Pakistan held talks. The two countries agreed to extend the ceasefire.", "2024-05-01", "en",
		[]string{"The two countries=IND", "The two countries=PAK"}, nil)
	expectMentions(t, "Biden met Xi in California. The two leaders agreed to resume talks.", "2023-11-16", "en",
		[]string{"The two leaders=USAGOV", "The two leaders=CHNGOV"}, nil)
}

// TestEnglishGivenNameTitles: a title + one word that is the given name of a
// KB holder of the title's role names that holder ("Emir Tamim"), not a
// person of whom it is the surname.
func TestEnglishGivenNameTitles(t *testing.T) {
	expectMentions(t, "Emir Tamim received the Iranian president.", "2019-06-01", "en", []string{"Emir Tamim=QATGOV"}, []string{"Emir Tamim=BGDGOV"})
	expectMentions(t, "King Salman received the US president.", "2019-06-01", "en", []string{"King Salman=SAUGOV"}, nil)
}

// TestEnglishFormerTitles: "former" over a country or one adjective before
// a title makes its holder ELI.
func TestEnglishFormerTitles(t *testing.T) {
	expectMentions(t, "Former US President Donald Trump criticised Biden.", "2023-06-01", "en",
		[]string{"Former US President Donald Trump=USAELI"}, nil)
	expectMentions(t, "Former Labour prime minister Tony Blair demanded elections.", "2010-06-01", "en",
		[]string{"Former Labour prime minister Tony Blair=GBRELI"}, nil)
	expectMentions(t, "President Donald Trump criticised Biden.", "2019-06-01", "en", []string{"President Donald Trump=USAGOV"}, nil)
}

// TestEnglishSpeakerAgents: a bare agent of the speaker's own state role
// opening the reported clause is the speaker's; of another role, not.
func TestEnglishSpeakerAgents(t *testing.T) {
	expectMentions(t, "The IDF said troops killed 20 militants in Rafah.", "2024-03-01", "en", []string{"troops=ISRMIL"}, nil)
	expectMentions(t, "The Israeli army said soldiers shot a Palestinian.", "2024-03-01", "en", []string{"soldiers=ISRMIL"}, nil)
	expectMentions(t, "Israeli officials said troops killed 20 militants.", "2024-03-01", "en", []string{"troops=---MIL"}, nil)
}
