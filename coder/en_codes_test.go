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
