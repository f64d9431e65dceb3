package coder

import (
	"strings"
	"testing"
)

// TestEnglishFalseEvents: wire-style English sentences (written for dyad)
// that carry no CAMEO event a careful coder would code — sports results,
// markets, weather, business, idioms ("attack the problem", "hit a
// record", "beat estimates", "strike a balance", "protest one's
// innocence", "fire a coach"). The actor mentions are those the actor
// stage finds (or given by hand); no event may come out, not even a
// one-sided one (a plain
// statement without addressee, SRC>:010, is allowed: the product drops
// it). The non-event patterns are in en_dyad.txt ("---").
func TestEnglishFalseEvents(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
	}{
		{"The new finance minister of Brazil vowed to attack the problem of inflation head-on.", []string{"new finance minister of Brazil=BRAGOV"}},
		{"Chelsea fired its coach on Monday after a string of defeats.", []string{}},
		{"Japanese exports hit a record high in March, the finance ministry said.", []string{"Japanese=JPN", "ministry=---GOV"}},
		{"Toyota's quarterly profit beat analysts' estimates.", []string{}},
		{"The central bank of India said growth met expectations in the second quarter.", []string{"central bank of India=INDGOVBUS"}},
		{"The French president said the budget must strike a balance between growth and discipline.", []string{"French president=FRAGOV"}},
		{"The former governor of Texas protested his innocence in court on Tuesday.", []string{"former governor of Texas=USAELI", "court=---JUD"}},
		{"Germany beat France 2-1 in a friendly match in Berlin on Saturday.", []string{"Germany=DEU", "France=FRA", "Berlin=DEU"}},
		{"Heavy rain hit southern China on Sunday, flooding thousands of homes.", []string{"China=CHN"}},
		{"A powerful earthquake struck eastern Turkey early on Monday.", []string{"Turkey=TUR"}},
		{"Oil prices fell sharply on Tuesday as OPEC output rose.", []string{"OPEC=IGOOPC"}},
		{"The Mexican peso gained against the dollar on Wednesday.", []string{"Mexican=MEX"}},
		{"Australia's cricket team crushed England by nine wickets in Sydney.", []string{"Australia=AUS", "England=GBR", "Sydney=AUS"}},
		{"Samsung launched a new smartphone in Seoul on Thursday.", []string{"Seoul=KOR"}},
		{"Apple shares fell 3 percent after the company cut its sales forecast.", []string{"company=---BUS"}},
		{"Russia's wheat harvest is expected to rise this year, the agriculture ministry said.", []string{"Russia=RUS", "ministry=---GOV"}},
		{"Typhoon Haiyan battered the central Philippines on Friday.", []string{"Philippines=PHL"}},
		{"The Kenyan runner broke the world record in the Berlin marathon.", []string{"Kenyan=KEN", "Berlin=DEUGOV"}},
		{"The British prime minister celebrated his 60th birthday on Sunday.", []string{"British prime minister=GBRGOV"}},
		{"Pakistan's stock market hit a new high on Monday.", []string{"Pakistan=PAK"}},
		{"The Nigerian striker scored twice as Lagos beat Abuja 3-0.", []string{"Nigerian=NGA", "Lagos=NGA", "Abuja=NGAGOV"}},
		{"Canadian inflation rose to 3.1 percent in June.", []string{"Canadian=CAN"}},
		{"The Italian government said the economy would grow by 1 percent next year.", []string{"Italian government=ITAGOV"}},
		{"Brazil's president will travel to the Amazon region next week.", []string{"Brazil's president=BRAGOV"}},
		{"The Chinese team won the gold medal in table tennis.", []string{"Chinese=CHN"}},
		{"Wildfires destroyed hundreds of hectares of forest in Greece.", []string{"Greece=GRC"}},
		{"The Greek tourism minister said arrivals rose 10 percent.", []string{"Greek tourism minister=GRCGOV"}},
		{"Indian Railways will hire 100,000 workers this year.", []string{"workers=---LAB"}},
		{"The ministry of health of Egypt reported 200 new cases of influenza.", []string{"ministry of health of Egypt=EGYGOVHLH"}},
		{"Argentina's soccer team arrived in Moscow for the World Cup.", []string{"Argentina=ARG", "Moscow=RUS"}},
		{"The Japanese carmaker recalled 2 million vehicles over faulty airbags.", []string{"Japanese carmaker=JPNBUS"}},
		{"The Swiss bank reported a loss of 2 billion francs.", []string{"Swiss bank=CHEBUS"}},
		{"The French minister of culture opened an art exhibition in Paris.", []string{"French minister=FRAGOV", "Paris=FRA"}},
		{"Vietnam's economy grew 7 percent last year, the statistics office said.", []string{"Vietnam=VNM"}},
		{"The Russian ballet company will perform in London next month.", []string{"Russian=RUS", "company=---BUS", "London=GBR"}},
		{"The price of gold hit a six-year high on Friday.", []string{}},
		{"South Korean shipbuilders won orders worth 5 billion dollars.", []string{"South Korean=KOR"}},
		{"Floods killed 30 people in northern India, officials said.", []string{"people=---CVL", "India=IND", "officials=---GOV"}},
		{"The Egyptian president's son married in Cairo on Thursday.", []string{"Egyptian president=EGYGOV", "Cairo=EGY"}},
		{"The UN secretary-general turned 70 on Monday.", []string{"UN secretary-general=IGOUNO"}},
		{"The Turkish lira plunged to a record low against the dollar.", []string{"Turkish=TUR"}},
		{"Mexico's central bank kept interest rates unchanged.", []string{"Mexico's central bank=MEXGOVBUS"}},
		{"The Brazilian striker signed a new contract with Barcelona.", []string{"Brazilian=BRA", "Barcelona=ESP"}},
		{"Israeli scientists developed a new vaccine against malaria.", []string{"Israeli scientists=ISRCVL"}},
		{"The German chancellor will address parliament on Wednesday.", []string{"German chancellor=DEUGOV", "parliament=---LEG"}},
		{"The Canadian government unveiled its annual budget on Tuesday.", []string{"Canadian government=CANGOV"}},
		{"Police in Chicago said the fire was caused by a faulty heater.", []string{"Police=---COP", "Chicago=USA"}},
		{"Iran's national football team defeated Iraq in Tehran.", []string{"Iran=IRN", "Iraq=IRQ", "Tehran=IRN"}},
		{"The Pakistani cricket captain retired from international cricket.", []string{"Pakistani=PAK", "captain=---MIL", "retired=---ELI"}},
		{"Kenya's tea exports rose by 12 percent in 2015.", []string{"Kenya=KEN"}},
		{"The Polish government said it would build three new nuclear power plants.", []string{"Polish government=POLGOV"}},
		{"The Indian film broke box office records in Mumbai.", []string{"Indian=IND", "Mumbai=IND"}},
		{"A bus crash killed 15 people in Peru on Sunday.", []string{"people=---CVL", "Peru=PER"}},
		{"The Chinese company plans to list its shares in Hong Kong.", []string{"Chinese company=CHNBUS", "Hong Kong=HKG"}},
		{"The Thai king celebrated his birthday with a parade in Bangkok.", []string{"Thai king=THAGOV", "Bangkok=THA"}},
		{"The Australian prime minister said he was tired after a long week.", []string{"Australian prime minister=AUSGOV"}},
		{"Saudi Aramco raised its oil prices for Asian buyers.", []string{}},
		{"The Nigerian finance minister said the country must tackle the problem of unemployment.", []string{"Nigerian finance minister=NGAGOV"}},
		{"The British government launched a campaign against obesity.", []string{"British government=GBRGOV"}},
		{"The Irish rugby team fought back to draw with Wales.", []string{"Irish=IRL", "Wales=GBR"}},
		{"Russian tennis player Maria Sharapova beat Serena Williams in the final.", []string{"Russian=RUS"}},
		{"Mexican voters head to the polls on Sunday.", []string{"Mexican voters=MEXCVL"}},
		{"The Chilean copper price fell on fears of weaker demand from China.", []string{"Chilean=CHL", "China=CHN"}},
		{"Ukraine's grain exports hit a record in October.", []string{"Ukraine=UKR"}},
		{"The Indian government vowed to attack the problem of poverty in Bihar.", []string{"Indian government=INDGOV", "Bihar=IND"}},
		{"Turkey hit a record number of tourists from Russia this year.", []string{"Turkey=TUR", "tourists=---CVL", "Russia=RUS"}},
		{"China's exports to the United States beat expectations in May.", []string{"China=CHN", "United States=USA"}},
		{"Japan's economy met expectations in the first quarter, the Bank of Japan said.", []string{"Japan=JPN", "Bank of Japan=JPNBUS"}},
		{"The Nigerian president struck a conciliatory tone on the economy in Abuja.", []string{"Nigerian president=NGAGOV", "Abuja=NGA"}},
		{"The Kenyan government is fighting corruption and poverty in Nairobi.", []string{"Kenyan government=KENGOV", "Nairobi=KEN"}},
		{"Egypt's economy took a hit from the crisis in Europe.", []string{"Egypt=EGY"}},
		{"US stocks rallied on Friday after data from China.", []string{"US=USA", "China=CHN"}},
		{"The South African rand rallied against the dollar.", []string{"South African=ZAF"}},
		{"The hurricane slammed into Mexico's Pacific coast.", []string{"Mexico=MEX"}},
		{"The storm hit the coast of Florida on Monday.", []string{"Florida=USA"}},
		{"Sri Lanka captured the World Cup title after beating India in the final.", []string{"Sri Lanka=LKA", "India=IND"}},
		{"New Zealand routed South Africa 40-10 in Wellington.", []string{"New Zealand=NZL", "South Africa=ZAF", "Wellington=NZL"}},
		{"The Indian cricket team will tour Australia in December.", []string{"Indian=IND", "Australia=AUS"}},
		{"The Chinese volleyball team beat the United States in straight sets.", []string{"Chinese=CHN", "United States=USA"}},
		{"Morocco beat Spain on penalties in Qatar.", []string{"Morocco=MAR", "Spain=ESP", "Qatar=QAT"}},
		{"Qatar will host the World Cup in 2022.", []string{"Qatar=QAT"}},
		{"Italy's coach was sacked after the defeat against Sweden.", []string{"Italy=ITA", "Sweden=SWE"}},
		{"The British pound hit a 30-year low against the dollar after the vote in Britain.", []string{"British=GBR", "Britain=GBR"}},
		{"Brazil's central bank cut interest rates as inflation in Brazil eased.", []string{"Brazil's central bank=BRAGOVBUS", "Brazil=BRA"}},
		{"Pakistan knocked India out of the tournament.", []string{"Pakistan=PAK", "India=IND"}},
		{"Argentina thrashed Bolivia 6-1 in a World Cup qualifier.", []string{"Argentina=ARG", "Bolivia=BOL"}},
		{"Kenya's Eliud Kipchoge won the marathon in London.", []string{"Kenya=KEN", "London=GBR"}},
		{"Iran attacked the problem of inflation with new measures, the Iranian central bank said.", []string{"Iran=IRN", "Iranian central bank=IRNGOVBUS"}},
		{"Japan struck a balance between growth and debt in its budget, Japanese officials said.", []string{"Japan=JPN", "Japanese officials=JPNGOV"}},
		{"Germany edged Sweden 2-1 in Sochi.", []string{"Germany=DEU", "Sweden=SWE", "Sochi=RUS"}},
		{"Russia's exports to Germany fell sharply in January.", []string{"Russia=RUS", "Germany=DEU"}},
		{"France's Total beat estimates with its third-quarter profit.", []string{"France=FRA"}},
		{"The Australian swimmer smashed the world record in Tokyo.", []string{"Australian=AUS", "Tokyo=JPN"}},
		{"Chinese investors poured money into Australia's mining sector.", []string{"Chinese investors=CHNBUS", "Australia=AUS"}},
		{"The Greek government met its fiscal targets, the European Commission said.", []string{"Greek government=GRCGOV", "European Commission=IGOEUREEC"}},
		{"Poland's farmers hit by drought will receive compensation from the Polish government.", []string{"Poland's farmers=POLAGR", "Polish government=POLGOV"}},
		{"Egyptian officials said tourism from Britain recovered strongly.", []string{"Egyptian officials=EGYGOV", "Britain=GBR"}},
		{"Canada's dollar fell against the US dollar on Tuesday.", []string{"Canada=CAN", "US=USA"}},
		{"The Pakistani team lost to England by five wickets at Lord's.", []string{"Pakistani=PAK", "England=GBR"}},
		{"The Saudi oil minister said Saudi Arabia would raise output.", []string{"Saudi=SAU", "minister=---GOV", "Saudi Arabia=SAU"}},
		{"Hundreds of Indian fans welcomed the team in Mumbai.", []string{"Indian=IND", "Mumbai=IND"}},
		{"Japan's Nikkei gained 2 percent while China's Shanghai index slipped.", []string{"Japan=JPN", "China=CHN", "Shanghai=CHN"}},
		{"Spain welcomed a record 80 million tourists last year.", []string{"Spain=ESP", "tourists=---CVL"}},
		{"The French president said France will win the battle against unemployment.", []string{"French president=FRAGOV", "France=FRA"}},
		{"The British retailer will open 50 stores in India.", []string{"British=GBR", "India=IND"}},
		{"Hundreds of Chinese tourists visited the Japanese island of Hokkaido.", []string{"Chinese tourists=CHNCVL", "Japanese=JPN", "Hokkaido=JPN"}},
		// background, statistics, trade, ceremonies
		{"Pakistan, which borders Afghanistan, has a population of 200 million.", []string{"Pakistan=PAK", "Afghanistan=AFG", "population=---CVL"}},
		{"Turkey is a member of NATO.", []string{"Turkey=TUR", "NATO=IGOWSTNAT"}},
		{"The United States is Mexico's largest trading partner.", []string{"United States=USA", "Mexico=MEX"}},
		{"Trade between China and Japan grew 5 percent last year.", []string{"China=CHN", "Japan=JPN"}},
		{"India has the world's second-largest army after China.", []string{"India=IND", "army=---MIL", "China=CHN"}},
		{"Nigeria is Africa's biggest oil producer.", []string{"Nigeria=NGA", "producer=---BUS"}},
		{"The Japanese prime minister was born in Tokyo.", []string{"Japanese prime minister=JPNGOV", "Tokyo=JPN"}},
		{"Thousands of Syrian refugees live in Lebanon.", []string{"Syrian refugees=SYRREF", "Lebanon=LBN"}},
		{"Russia's ruble fell against the dollar as oil prices dropped.", []string{"Russia=RUS"}},
		{"Chinese tourists spent billions in Thailand last year.", []string{"Chinese tourists=CHNCVL", "Thailand=THA"}},
		{"The Indian team won the Asia Cup after beating Pakistan in the final.", []string{"Indian=IND", "Pakistan=PAK"}},
		{"Spain's Inditex opened a store in New York.", []string{"Spain=ESP", "New York=USA"}},
		{"Oil from Iraq flows to Turkey through the pipeline.", []string{"Iraq=IRQ", "Turkey=TUR"}},
		{"Israel's economy grew faster than Jordan's.", []string{"Israel=ISR", "Jordan=JOR"}},
		{"Cuba's baseball team played the United States in Havana.", []string{"Cuba=CUB", "United States=USA", "Havana=CUB"}},
		{"North Korea's leader watched a football match in Pyongyang.", []string{"North Korea's leader=PRKGOV", "Pyongyang=PRK"}},
		{"Japan's Toyota overtook Germany's Volkswagen as the world's largest carmaker.", []string{"Japan=JPN", "Germany=DEU", "carmaker=---BUS"}},
		{"Italian and French firefighters battled the blaze near the border.", []string{"Italian=ITA", "French firefighters=FRAGOV"}},
		{"Vietnam's coffee exports to Germany jumped 20 percent.", []string{"Vietnam=VNM", "Germany=DEU"}},
		{"Canadian troops celebrated Christmas in Afghanistan.", []string{"Canadian troops=CANMIL", "Afghanistan=AFG"}},
		{"British troops in Afghanistan played football with local children.", []string{"British troops=GBRMIL", "Afghanistan=AFG", "children=---CVL"}},
		{"South African President Jacob Zuma danced at the rally in Durban.", []string{"South African President Jacob Zuma=ZAFGOV", "Durban=ZAF"}},
		{"Iran's oil minister said production would rise to 4 million barrels a day.", []string{"Iran=IRN", "minister=---GOV"}},
		{"The Brazilian real hit its weakest level against the dollar.", []string{"Brazilian=BRA"}},
		{"Chinese steel flooded the market in Europe, hurting producers in Britain.", []string{"Chinese=CHN", "producers=---BUS", "Britain=GBR"}},
		{"Shares of Russian banks tumbled in Moscow after the news from Ukraine.", []string{"Russian banks=RUSBUS", "Moscow=RUS", "Ukraine=UKR"}},
		{"The Mexican national team crushed Canada 4-0 in the qualifier.", []string{"Mexican=MEX", "Canada=CAN"}},
		{"The Kenyan president's motorcade passed through Nairobi.", []string{"Kenyan president=KENGOV", "Nairobi=KENGOV"}},
		{"Colombian coffee growers expect a record harvest.", []string{"Colombian=COL"}},
		{"Syria's civil war has killed more than 300,000 people since 2011.", []string{"Syria=SYR", "people=---CVL"}},
		{"Egypt's tourism industry was hit hard by the attacks in Sinai.", []string{"Egypt's tourism industry=EGYBUS", "Sinai=EGY"}},
		{"German carmakers face pressure from Chinese competitors.", []string{"German carmakers=DEUBUS", "Chinese=CHN"}},
		{"The Indonesian government will spend 10 billion dollars on roads.", []string{"Indonesian government=IDNGOV"}},
		{"French wine exports to China doubled last year.", []string{"French=FRA", "China=CHN"}},
		{"The Japanese emperor greeted well-wishers at the palace in Tokyo.", []string{"Japanese emperor=JPNGOV", "Tokyo=JPN"}},
		{"The Afghan vice president's plane landed in Kabul on Monday.", []string{"Afghan vice president=AFGGOV", "Kabul=AFG"}},
		{"Heavy snow hit Moscow, delaying flights to Germany.", []string{"Moscow=RUSGOV", "Germany=DEU"}},
		{"A British tourist drowned off the coast of Thailand.", []string{"British tourist=GBRCVL", "Thailand=THA"}},
		{"The American singer performed in Moscow on Saturday.", []string{"American=USA", "Moscow=RUS"}},
		{"Poland and Hungary share a long history.", []string{"Poland=POL", "Hungary=HUN"}},
		{"Russia and China are both permanent members of the Security Council.", []string{"Russia=RUS", "China=CHN", "Security Council=IGOUNO"}},
		// business, ceremonies and everyday verbs PETRARCH codes as force
		{"Turkish Airlines ordered 50 Boeing jets from the United States.", []string{"Turkish Airlines=TURBUS", "jets=---MIL", "United States=USA"}},
		{"The Indian government targets 8 percent growth next year.", []string{"Indian government=INDGOV"}},
		{"The French director shot his new film in Morocco.", []string{"French=FRA", "Morocco=MAR"}},
		{"The Brazilian Senate killed the pension bill on Tuesday.", []string{"Brazilian Senate=BRALEG"}},
		{"India launched a satellite from its space centre in Sriharikota.", []string{"India=IND"}},
		{"The Chinese company launched a new smartphone in India.", []string{"Chinese company=CHNBUS", "India=IND"}},
		{"A plane crashed in Nepal on Monday, killing 20 people.", []string{"Nepal=NPL", "people=---CVL"}},
		{"Chinese rescuers pulled 10 miners from a flooded mine in Shanxi.", []string{"Chinese=CHN", "Shanxi=CHN"}},
		{"Rain threatens the wheat harvest in Australia.", []string{"Australia=AUS"}},
		{"The Greek prime minister stormed to victory in the election.", []string{"Greek prime minister=GRCGOV"}},
		{"The British minister was bombarded with questions from reporters in London.", []string{"British minister=GBRGOV", "reporters=---MED", "London=GBR"}},
		{"The Nigerian team occupied the top spot in the rankings.", []string{"Nigerian=NGA"}},
		{"Protests erupted in Kenya after the price of bread rose.", []string{"Kenya=KEN"}},
		{"Italy's prime minister faced tough questions in parliament.", []string{"Italy's prime minister=ITAGOV", "parliament=---LEG"}},
		{"Saudi Arabia cut oil prices for buyers in Asia.", []string{"Saudi Arabia=SAU"}},
		{"The Canadian government raised the minimum wage.", []string{"Canadian government=CANGOV"}},
		{"The Pakistani actor won an award at the festival in Cannes.", []string{"Pakistani actor=PAKELI", "Cannes=FRA"}},
		{"US scientists discovered a new planet.", []string{"US scientists=USACVL"}},
		{"The Iranian minister lost his temper during the interview.", []string{"Iranian minister=IRNGOV"}},
		{"South Korean police found the missing girl in Seoul.", []string{"South Korean police=KORCOP", "girl=---CVL", "Seoul=KOR"}},
		{"The Russian government appointed a new ambassador to Germany.", []string{"Russian government=RUSGOV", "new ambassador to=---GOV", "Germany=DEU"}},
		{"The Egyptian cabinet approved the budget on Wednesday.", []string{"Egyptian cabinet=EGYGOV"}},
		{"The Indian prime minister inaugurated a bridge in Assam.", []string{"Indian prime minister=INDGOV", "Assam=IND"}},
		{"Australian firefighters battled the bushfires near Sydney.", []string{"Australian firefighters=AUSGOV", "Sydney=AUS"}},
		{"The Kenyan government declared a national holiday.", []string{"Kenyan government=KENGOV"}},
		{"The Thai army chief retired on Monday.", []string{"Thai army chief retired=THAMIL"}},
		{"The Mexican president's party won the election in Mexico.", []string{"Mexican president's party=MEXPTY", "Mexico=MEX"}},
		{"Israeli doctors separated the conjoined twins in Jerusalem.", []string{"Israeli doctors=ISRHLH", "Jerusalem=ISR"}},
		{"The Chinese navy's new aircraft carrier sailed through the Taiwan Strait.", []string{"Chinese navy's new aircraft carrier=CHNMIL"}},
		{"French farmers dumped manure outside the town hall in Paris.", []string{"French farmers=FRAAGR", "Paris=FRA"}},
		{"The German economy minister opened a trade fair in Hanover.", []string{"German=DEU", "minister=---GOV", "Hanover=DEU"}},
		{"The Iraqi football federation sacked the national coach.", []string{"Iraqi=IRQ"}},
		{"The Japanese yen surged against the euro.", []string{"Japanese=JPN"}},
		{"The Venezuelan opposition leader turned 40 on Friday.", []string{"Venezuelan opposition leader=VENOPP"}},
		// effects, feelings and idioms (hurt the economy, mourn, risk, take over as, swear in)
		{"Western sanctions have hurt Iran's economy, the Iranian central bank said.", []string{"Western=WST", "Iran=IRN", "Iranian central bank=IRNGOVBUS"}},
		{"The scandal damaged the reputation of the French president in Germany.", []string{"French president=FRAGOV", "Germany=DEU"}},
		{"Corruption has plagued Nigeria for decades, the British minister said.", []string{"Nigeria=NGA", "British minister=GBRGOV"}},
		{"Thousands of Kenyans mourned the victims of the attack in Nairobi.", []string{"Kenyans=KENCVL", "victims=---CVL", "Nairobi=KEN"}},
		{"The Japanese plan risks angering China.", []string{"Japanese=JPN", "China=CHN"}},
		{"The summit in Brussels, billed as historic, brought together leaders of Europe and Africa.", []string{"Brussels=IGOEUREEC", "leaders=---GOV"}},
		{"The German chancellor reinforced her message to Greece on Tuesday.", []string{"German chancellor=DEUGOV", "Greece=GRC"}},
		{"The Turkish central bank moved to curb inflation in Turkey.", []string{"Turkish central bank=TURGOVBUS", "Turkey=TUR"}},
		{"The Indian singer shot to fame in Pakistan.", []string{"Indian=IND", "Pakistan=PAK"}},
		{"The Philippine president rang alarm bells over China's growing debt.", []string{"Philippine president=PHLGOV", "China=CHN"}},
		{"The Chinese company took over the British firm.", []string{"Chinese company=CHNBUS", "British firm=GBRBUS"}},
		{"The Iranian president swore in his new cabinet in Tehran.", []string{"Iranian president=IRNGOV", "new cabinet=---GOV", "Tehran=IRN"}},
		{"The German party garnered 30 percent of the votes in Berlin.", []string{"German party=DEUPTY", "Berlin=DEU"}},
		{"Shares of Japanese banks slipped against the dollar in Tokyo.", []string{"Japanese banks=JPNBUS", "Tokyo=JPN"}},
		{"The British minister caught a flight to Kenya on Monday.", []string{"British minister=GBRGOV", "Kenya=KEN"}},
		{"The Brazilian player claimed the title in Argentina.", []string{"Brazilian=BRA", "Argentina=ARG"}},
		{"Heavy rains disrupted traffic in Bangladesh.", []string{"Bangladesh=BGD"}},
		{"The Russian oligarch took over as chairman of the British club.", []string{"Russian=RUS", "British=GBR"}},
		// idioms with two actor mentions given by hand
		{"Chelsea fired its coach on Monday after a string of defeats.", []string{"Chelsea=GBRBUS", "coach=GBRBUS"}},
		{"Germany beat France 2-1 in a friendly match in Berlin on Saturday.", []string{"Germany=DEU", "France=FRA", "Berlin=DEU"}},
		{"Brazil struck a balance between growth and stability, the president of Chile said.", []string{"Brazil=BRA", "the president of Chile=CHLGOV"}},
		{"India hit a record number of visitors from Nepal.", []string{"India=IND", "Nepal=NPL"}},
		{"The Kenyan runner smashed the world record in Tokyo.", []string{"Kenyan=KEN", "Tokyo=JPN"}},
		{"Poland's farmers hit by drought protested his innocence.", []string{"Poland's farmers=POLAGR"}},
		{"Turkey's exports to Iraq beat forecasts in March.", []string{"Turkey=TUR", "Iraq=IRQ"}},
	} {
		got, _ := codeIt(t, "en", tc.text, tc.actors...)
		var bad []string
		for _, e := range got {
			// a plain statement without addressee (SRC>:010) is
			// one-sided: the product drops it (DropOneSided)
			if !strings.HasSuffix(e, ">:010") && !strings.Contains(e, ">:010 ") {
				bad = append(bad, e)
			}
		}
		if len(bad) > 0 {
			t.Errorf("%q: got %v, want no event", tc.text, bad)
		}
	}
}

// TestEnglishExactCodes: the exact CAMEO code (3 or 4 digits) of English
// events whose sub-category the sentence names (CAMEO 1.1b3 definitions,
// en_dyad.txt and transform.txt): persons (0841) or property (0842)
// released, a meeting held (040), bans on groups (1721) or candidates
// (1722), protests whose demand is known (1411-1454), accusations, demands
// and appeals by subject (1034, 1041-1044, 0242, 0244), rejections of
// economic or military cooperation (1211, 1212) or of de-escalation
// (1246), the weapon used (180 blades, 1823 killing with blades, 193
// small arms, 194 artillery, 195 aircraft and drones), sexual assault
// (1821), appeals for diplomatic cooperation (022), lowering trade
// barriers (061, demanded: 1011), ensuring security (074, demanded: 1034),
// letting refugees return (0833, intended: 0343), humanitarian access
// (0863), pressing for an election law (0244), strikes with a known demand
// (143x), slapping sanctions (163), beefing up security (150). Sentences written for dyad
// after the CAMEO manual's examples; actor mentions as the actor stage
// finds them. want is "SRC>TGT:CODE" (mode suffixes ignored).
func TestEnglishExactCodes(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   string
	}{
		{"Polish police released the correspondent of the American news agency United Press International.", []string{"Polish police=POLCOP", "correspondent=---MED", "American news agency=USAMED", "Press=---MED"}, "POLCOP>USAMED:0841"},
		{"Iran freed two British sailors on Monday.", []string{"Iran=IRN", "British=GBRCVL"}, "IRN>GBRCVL:0841"},
		{"Kenya released 20 Somali prisoners.", []string{"Kenya=KEN", "Somali prisoners=SOMCVL"}, "KEN>SOMCVL:0841"},
		{"An Egyptian court freed three Israeli nationals on Saturday.", []string{"Egyptian court=EGYJUD", "Israeli nationals=ISRCVL"}, "EGYJUD>ISRCVL:0841"},
		{"French maritime authorities today released an impounded ship operated by Greenpeace.", []string{"French=FRA", "authorities=---GOV"}, "---GOV>:0842"},
		{"An Egyptian court released a Lebanese millionaire's assets on Saturday.", []string{"Egyptian court=EGYJUD", "Lebanese=LBN"}, "EGYJUD>LBN:0842"},
		{"Iran released a British oil tanker on Friday.", []string{"Iran=IRN", "British oil tanker=GBRBUS"}, "IRN>GBRBUS:0842"},
		{"Israel returned the seized land to Palestinian farmers.", []string{"Israel=ISR", "Palestinian farmers=PSEAGR"}, "ISR>PSEAGR:0842"},
		{"A group of African diplomats held their first meeting with President Parvanov.", []string{"diplomats=---GOV", "President=---GOV"}, "---GOV>---GOV:040"},
		{"President Museveni has banned Ugandan opposition candidates from participating in the upcoming elections.", []string{"President Museveni=UGAGOV", "Ugandan opposition=UGAOPP"}, "UGAGOV>UGAOPP:1722"},
		{"The Egyptian government banned the Muslim Brotherhood party.", []string{"Egyptian government=EGYGOV", "Muslim=---MUS", "party=---PTY"}, "EGYGOV>---PTY:1722"},
		{"The British government outlawed the largest Protestant extremist organization in Northern Ireland.", []string{"British government=GBRGOV", "extremist=---REB"}, "GBRGOV>GBRREB:1721"},
		{"The Nicaraguan government ordered the opposition newspaper La Prensa to suspend publication.", []string{"Nicaraguan government=NICGOV", "opposition newspaper=---OPPMED", "publication=---MED"}, "NICGOV>NICOPPMED:1721"},
		{"Thousands of Egyptians demonstrated in Cairo to demand the resignation of President Mubarak.", []string{"Egyptians=EGYCVL", "Cairo=EGY", "President Mubarak=EGYELI"}, "EGYCVL>EGYELI:1411"},
		{"University students in Indonesia staged mass demonstrations to demand political reforms by President Suharto's government.", []string{"University=---EDU", "students=---EDU", "Indonesia=IDN", "President=---GOV", "Suharto's government=IDNGOV"}, "IDNEDU>---GOV:1412"},
		{"Thousands of Nigerians rallied in Lagos to protest rights violations under Sharia law.", []string{"Nigerians=NGACVL", "Lagos=NGA", "protest=---OPP"}, "NGACVL>:1413"},
		{"Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian President Ahmed Ben Bella.", []string{"Islamic fundamentalists=---MUS", "Algerian President Ahmed Ben Bella=DZAGOV"}, "---MUS>DZAGOV:1421"},
		{"A Syrian member of parliament started a hunger strike to protest President Assad's failure to usher in political reforms.", []string{"Syrian member of parliament=SYRLEG", "protest President Assad=SYRGOV"}, "SYRLEG>SYRGOV:1422"},
		{"An Algerian human rights activist staged a hunger strike in protest against human rights violations by Algerian security forces.", []string{"Algerian human rights activist=DZAOPP", "protest=---OPP", "Algerian security forces=DZAMIL"}, "DZAOPP>DZAMIL:1423"},
		{"Nepalese opposition parties called a general strike to demand the resignation of the Nepalese prime minister.", []string{"Nepalese opposition parties=NPLOPP", "Nepalese prime minister=NPLGOV"}, "NPLOPP>NPLGOV:1431"},
		{"About 200 supporters of former President Ahmed Ben Bella blocked roads in Algiers demanding that he be reinstated as leader of the Algerian government.", []string{"supporters=DZAOPP", "former President Ahmed Ben Bella=DZAELI", "Algiers=DZA", "leader=DZAGOV", "Algerian government=DZAGOV"}, "DZAELI>DZAGOV:1441"},
		{"Young Algerians blocked roads in Algiers to press their demands for greater freedom from President Bouteflika's government.", []string{"Algerians=DZA", "Algiers=DZA", "press=---MED", "President Bouteflika=DZAGOV", "government=DZAGOV"}, "DZA>DZAGOV:1443"},
		{"Nigerian authorities jailed 52 members of MASSOB on allegations of treason.", []string{"Nigerian authorities=NGAGOV"}, "NGAGOV>:1125"},
		{"Iran accused Britain of espionage.", []string{"Iran=IRN", "Britain=GBR"}, "IRN>GBR:1125"},
		{"Bangladesh rejected an Indian proposal for signing a free trade agreement.", []string{"Bangladesh=BGD", "Indian=IND"}, "BGD>IND:1211"},
		{"Rebels in the Ivory Coast dismissed an appeal from President Laurent Gbagbo to lay down their arms.", []string{"Rebels=---REB", "Ivory Coast=CIV", "President Laurent Gbagbo=CIVGOV"}, "CIVREB>CIVGOV:1246"},
		{"The main Hutu rebel group insisted on its demands that Burundi's government grant the Hutu majority more rights.", []string{"rebel group=---REB", "Burundi's government=BDIGOV"}, "---REB>BDIGOV:1043"},
		{"Opposition groups in Zimbabwe are demanding that President Mugabe abandon his controversial policy of land confiscations.", []string{"Opposition=---OPP", "Zimbabwe=ZWE", "President Mugabe=ZWEGOV"}, "---OPP>ZWEGOV:1042"},
		{"Serb forces killed three ethnic Albanians in a gunbattle in southeastern Serbia.", []string{"Serb forces=SRBMIL", "Albanians=---CVL", "Serbia=SRB"}, "SRBMIL>SRBCVL:193"},
		{"North Korean state media called on the United States to forge ties of confidence with Pyongyang.", []string{"North Korean state media=PRKGOVMED", "United States=USA", "Pyongyang=PRKGOV"}, "PRKGOVMED>:022"},
		{"Israeli police tortured a Palestinian prisoner.", []string{"Israeli police=ISRCOP", "Palestinian prisoner=PSECVL"}, "ISRCOP>PSECVL:1822"},
		{"U.S. border patrol agents sexually abused illegal Mexican immigrants.", []string{"U.S. border patrol agents=USACOP", "illegal Mexican immigrants=MEXCRM"}, "USACOP>MEXCRM:1821"},
		{"Pakistan extradited two Saudi nationals to Saudi Arabia.", []string{"Pakistan=PAK", "Saudi nationals=SAUCVL", "Saudi Arabia=SAU"}, "PAK>SAUCVL:063"},
		{"Russia threatened to break off diplomatic relations with Georgia.", []string{"Russia=RUS", "Georgia=GEO"}, "RUS>GEO:1313"},
		{"Syria withdrew its troops from Lebanon.", []string{"Syria=SYR", "troops=---MIL", "Lebanon=LBN"}, "SYR>LBNMIL:0874"},
		{"The foreign minister of Peru held a meeting with the president of Chile in Lima.", []string{"foreign minister of Peru=PERGOV", "president of Chile=CHLGOV"}, "PERGOV>CHLGOV:040"},
		{"The president of Peru called on Chile to forge closer ties with Bolivia.", []string{"president of Peru=PERGOV", "Chile=CHL", "Bolivia=BOL"}, "PERGOV>:022"},
		{"Peru and Chile agreed to strengthen trade ties.", []string{"Peru=PER", "Chile=CHL"}, "PER>CHL:0311"},
		{"The rebels of Peru rejected calls by the government of Chile to lay down their arms.", []string{"rebels of Peru=PERREB", "government of Chile=CHLGOV"}, "PERREB>:1246"},
		{"Peru rejected a Chilean proposal for a free trade agreement.", []string{"Peru=PER", "Chilean=CHL"}, "PER>CHL:1211"},
		{"Kurdish rebels in Turkey demanded autonomy from the Turkish government.", []string{"rebels=---REB", "Turkey=TUR", "Turkish government=TURGOV"}, "TURREB>TURGOV:1044"},
		{"The Kurdish opposition called for a referendum on independence from Iraq.", []string{"opposition=---OPP", "Iraq=IRQ"}, "---OPP>:0244"},
		{"The Venezuelan government closed the opposition television channel of Venezuela.", []string{"Venezuelan government=VENGOV", "opposition=---OPP", "television=---MED", "Venezuela=VEN"}, "VENGOV>VEN:1721"},
		{"Protesters in Kenya rioted over a new tax law passed by the Kenyan government.", []string{"Protesters=---OPP", "Kenya=KEN", "Kenyan government=KENGOV"}, "KENOPP>:1452"},
		{"Israeli police mistreated Palestinian detainees.", []string{"Israeli police=ISRCOP", "Palestinian detainees=PSEOPP"}, "ISRCOP>PSEOPP:182"},
		{"US drones attacked Taliban positions in Afghanistan.", []string{"US=USAMIL", "Taliban=AFGGOV", "Afghanistan=AFG"}, "USAMIL>AFGGOV:195"},
		{"Burundian militiamen attacked a camp of Congolese refugees with machetes.", []string{"Burundian militiamen=BDIREB", "Congolese refugees=CODREF"}, "BDIREB>CODREF:180"},
		{"Ugandan rebels killed 20 Congolese villagers with machetes.", []string{"Ugandan rebels=UGAREB", "Congolese villagers=CODCVL"}, "UGAREB>CODCVL:1823"},
		{"Syrian troops attacked Syrian rebels with rifles and grenades.", []string{"Syrian troops=SYRMIL", "Syrian rebels=SYRREB"}, "SYRMIL>SYRREB:193"},
		{"The Turkish army hit Kurdish rebels in Iraq with artillery and mortars.", []string{"Turkish army=TURMIL", "rebels=---REB", "Iraq=IRQ"}, "TURMIL>IRQREB:194"},
		{"Russian warplanes attacked Syrian rebels near Aleppo.", []string{"Russian warplanes=RUSMIL", "Syrian rebels=SYRREB", "Aleppo=SYR"}, "RUSMIL>SYRREB:195"},
		{"The United States said China must drop trade barriers.", []string{"United States=USA", "China=CHN"}, "USA>CHN:1011"},
		{"The Red Cross said US forces must ensure security in Iraq.", []string{"Red Cross=NGOHLHIRC", "US forces=USAMIL", "Iraq=IRQ"}, "NGOHLHIRC>USAMIL:1034"},
		{"Turkey will allow Kurdish refugees from Iraq to return home.", []string{"Turkey=TUR", "refugees=---REF", "Iraq=IRQ"}, "TUR>IRQREF:0343"},
		{"Sudan allowed humanitarian access to Darfur for the United Nations.", []string{"Sudan=SDN", "Darfur=SDN", "United Nations=IGOUNO"}, "SDN>SDN:0863"},
		{"The Lebanese president pushed the Lebanese parliament for a new election law.", []string{"Lebanese president=LBNGOV", "Lebanese parliament=LBNLEG"}, "LBNGOV>LBNLEG:0244"},
		{"Serbian workers stopped work over a controversial employment bill of the Serbian government.", []string{"Serbian workers=SRBLAB", "Serbian government=SRBGOV"}, "SRBLAB>SRBGOV:1432"},
		{"Two Palestinian suicide bombers killed 23 Israelis in Tel Aviv.", []string{"Palestinian suicide bombers=PSEINS", "Israelis=ISRCVL", "Tel Aviv=ISR"}, "PSEINS>ISRCVL:1831"},
		{"The United States slapped new sanctions on Iran.", []string{"United States=USA", "Iran=IRN"}, "USA>IRN:163"},
		{"Kenyan police beefed up security in Nairobi ahead of the vote.", []string{"Kenyan police=KENCOP", "Nairobi=KEN"}, "KENCOP>:150"},
	} {
		got, _ := codeIt(t, "en", tc.text, tc.actors...)
		found := false
		for _, e := range got {
			if e == tc.want || strings.HasPrefix(e, tc.want+" ") {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: got %v, want %s", tc.text, got, tc.want)
		}
	}
}
