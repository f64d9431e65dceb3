package actor

import "testing"

// TestEnsectorActors: English agents whose sector was lost or wrong (ensector
// round, 2026-11-26), on invented sentences: deputies of a government office
// are GOV (Phoenix DEPUTY [~COP] is the sheriff's deputy); Shiites and Alawites
// are Muslims and keep their nationality; peace movements are OPP; tribal and
// traditional leaders ELI; military courts MILJUD; border police COP; governors
// and governments below the state GOV; Muslim fundamentalists MUS; compounds
// whose modifier split the nationality from the agent ("US Justice Department",
// "Russian occupation authorities", "Mexican drug cartels"); level adjectives
// as modifiers; an agent placed "in" a country (actor/stage.go locatedIn); a
// faith before an acting body (compoundAgents, "Islamist militants" REBMUS).
func TestEnsectorActors(t *testing.T) {
	cases := []struct {
		body, date string
		want, none []string
	}{
		{"Iraq's deputy foreign minister met the Turkish envoy in Ankara.", "2024-05-01", []string{"Iraq's deputy foreign minister=IRQGOV"}, []string{"Iraq's deputy foreign minister=IRQCOP"}},
		{"The Afghan deputy governor of Kandahar resigned on Friday.", "2024-05-01", []string{"Afghan deputy governor=AFGGOV"}, []string{"Afghan deputy governor=AFGCOP"}},
		{"The Kenyan deputy speaker adjourned the session.", "2024-05-01", []string{"Kenyan deputy speaker=KENLEG"}, nil},
		{"Iraqi Shiites marched through Basra on Sunday.", "2024-05-01", []string{"Iraqi Shiites=IRQMUS"}, nil},
		{"Syrian Alawites fled the coastal villages.", "2024-05-01", []string{"Syrian Alawites=SYRMUS"}, nil},
		{"An Israeli peace movement called for talks with the Palestinians.", "2024-05-01", []string{"Israeli peace movement=ISROPP"}, nil},
		{"Afghan tribal elders met the American commander.", "2024-05-01", []string{"Afghan tribal elders=AFGELI"}, []string{"elders=---ELI"}},
		{"A Turkish military court sentenced the officers to life.", "2024-05-01", []string{"Turkish military court=TURMILJUD"}, []string{"Turkish military court=TURMIL"}},
		{"Iraqi border police arrested three smugglers.", "2024-05-01", []string{"Iraqi border police=IRQCOP"}, []string{"police=---COP"}},
		{"The Nigerian provincial governor condemned the killings.", "2024-05-01", []string{"Nigerian provincial governor=NGAGOV"}, nil},
		{"Kenyan local authorities closed the market.", "2024-05-01", []string{"Kenyan local authorities=KENGOV"}, nil},
		{"Moslem fundamentalist groups denounced the verdict.", "2024-05-01", []string{"Moslem fundamentalist=---MUS"}, nil},
		// a modifier between the nationality and the agent
		{"The US Justice Department indicted two Chinese hackers.", "2024-05-01", []string{"US Justice Department=USAGOV"}, nil},
		{"Russian occupation authorities detained the mayor of Kherson.", "2024-05-01", []string{"Russian occupation authorities=RUSGOV"}, []string{"authorities=---GOV"}},
		{"Israeli occupation forces raided the refugee camp at dawn.", "2024-05-01", []string{"Israeli occupation forces=ISRMIL"}, nil},
		{"Ukrainian air defences shot down eleven drones overnight.", "2024-05-01", []string{"Ukrainian air defences=UKRMIL"}, nil},
		{"Egyptian state prosecutors charged the blogger with spreading false news.", "2024-05-01", []string{"Egyptian state prosecutors=EGYJUD"}, []string{"prosecutors=---JUD"}},
		{"Mexican drug cartels ambushed a police convoy.", "2024-05-01", []string{"Mexican drug cartels=MEXCRM"}, nil},
		{"Thai anti-government protesters occupied the airport.", "2024-05-01", []string{"Thai anti-government protesters=THAOPP"}, []string{"Thai=THA"}},
		{"Sri Lankan Tamil rebels attacked a navy patrol.", "2004-05-01", []string{"Sri Lankan Tamil rebels=LKAREB"}, nil},
		// the singular is no actor: the goods of an arms sale
		{"Turkey bought a Russian air defense system.", "2024-05-01", nil, []string{"air defense=---MIL"}},
		// level and rank adjectives are modifiers: the agent keeps the nationality
		{"Iraqi provincial officials condemned the bombing.", "2024-05-01", []string{"Iraqi provincial officials=IRQGOV"}, nil},
		{"Yemeni local residents fled the fighting.", "2024-05-01", []string{"Yemeni local residents=YEMCVL"}, []string{"Yemeni=YEM"}},
		{"Pakistani border troops fired on Afghan positions.", "2024-05-01", []string{"Pakistani border troops=PAKMIL"}, nil},
		{"Nigerian senior commanders met the American envoy.", "2024-05-01", []string{"Nigerian senior commanders=NGAMIL"}, nil},
		{"Local officials said twelve people died.", "2024-05-01", []string{"Local officials=---GOV"}, nil},
		// a modifier before no agent is no actor
		{"The climbers reached the top of the mountain.", "2024-05-01", nil, []string{"top"}},
		// an agent of no country "in" a country is that country's, for the
		// roles that belong where they are; not diplomats, soldiers or refugees
		{"Three opposition parties in Bolivia called a general strike.", "2024-05-01", []string{"opposition parties=BOLOPP"}, nil},
		{"Students in Tehran protested against the verdict.", "2024-05-01", []string{"Students=IRNEDU"}, nil},
		{"Rebels in eastern Congo attacked a convoy.", "2024-05-01", []string{"Rebels=CODREB"}, nil},
		{"Refugees in Lebanon staged a sit-in.", "2024-05-01", []string{"Refugees=---REF"}, []string{"Refugees=LBNREF"}},
		{"Journalists in Moscow criticised the law.", "2024-05-01", []string{"Journalists=---MED"}, []string{"Journalists=RUSMED"}},
		{"Protesters, in a statement, condemned Ukraine.", "2024-05-01", []string{"Protesters=---OPP"}, nil},
		{"Qatar said the hostages in Gaza were alive.", "2024-05-01", []string{"hostages=---CVL"}, []string{"hostages=PSECVL"}},
		{"Tourists in Egypt cancelled their trips.", "2024-05-01", []string{"Tourists=---CVL"}, []string{"Tourists=EGYCVL"}},
		// "from" + a body with a country: the agent is that country's
		{"Surgeons from two French charities reached Rafah.", "2024-05-01", []string{"Surgeons=FRAHLH"}, nil},
		{"Journalists from Russian state television were expelled from Latvia.", "2024-05-01", []string{"Journalists=RUSMED"}, nil},
		{"Washington pulled troops from Syria.", "2024-05-01", []string{"troops=---MIL"}, []string{"troops=SYRMIL"}},
		// a faith before an acting body: the body's role first, the faith after
		{"Somali Islamist insurgents attacked an army base.", "2024-05-01", []string{"Somali Islamist insurgents=SOMREBMUS"}, nil},
		{"Islamist militants stormed the hotel.", "2024-05-01", []string{"Islamist militants=---REBMUS"}, nil},
		{"Lebanese Christian leaders met the patriarch.", "2024-05-01", []string{"Lebanese Christian leaders=LBNCHR"}, nil},
		{"Yemeni tribal gunmen kidnapped two tourists.", "2024-05-01", []string{"Yemeni tribal gunmen=YEMREB"}, nil},
		{"Afghan warlords met the president in Kabul.", "2004-05-01", []string{"Afghan warlords=AFGREB"}, nil},
		// peoples of one country
		{"Turkish Kurds marched in Istanbul on Sunday.", "2024-05-01", []string{"Turkish Kurds=TUR"}, nil},
		{"Greek Cypriot negotiators rejected the plan.", "2004-05-01", []string{"Greek Cypriot negotiators=CYPGOV"}, []string{"Greek=GRC"}},
		{"Ibo students protested in Enugu.", "2004-05-01", []string{"Ibo students=NGAEDU"}, nil},
		// kinds of cabinet, police and emergency service
		{"The Israeli security cabinet approved the ceasefire.", "2024-05-01", []string{"Israeli security cabinet=ISRGOV"}, nil},
		{"Iranian morality police arrested two students.", "2024-05-01", []string{"Iranian morality police=IRNCOP"}, []string{"police=---COP"}},
		{"Ukrainian rescue workers searched the rubble in Dnipro.", "2024-05-01", []string{"Ukrainian rescue workers=UKRGOV"}, []string{"workers=---LAB"}},
		{"Lebanese paramedics treated the wounded.", "2024-05-01", []string{"Lebanese paramedics=LBNHLH"}, nil},
		{"Ecuadorian prison gangs took guards hostage.", "2024-05-01", []string{"Ecuadorian prison gangs=ECUCRM"}, []string{"Ecuadorian prison gangs=ECUCOP"}},
		{"Indian Maoist rebels ambushed a police patrol.", "2024-05-01", []string{"Indian Maoist rebels=INDREB"}, nil},
		{"Ukrainian conscripts surrendered near Bakhmut.", "2024-05-01", []string{"Ukrainian conscripts=UKRMIL"}, nil},
		{"Russian mobilised soldiers complained about the shelling.", "2024-05-01", []string{"Russian mobilised soldiers=RUSMIL"}, nil},
		// par5en: a modifier before an organisation's name does not make it a
		// nationality + "union" (LAB) agent
		{"Somalia welcomed a new African Union force.", "2024-03-12", []string{"African Union force=IGOAFRAFUMIL"}, []string{"new African Union force=AFRLAB"}},
		{"Somalia welcomed the new European Union mission.", "2024-03-12", []string{"European Union=IGOEUREEC"}, []string{"new European Union=EURLAB"}},
		// a portfolio before minister/ministry is a modifier
		{"The Chinese commerce ministry announced new export controls.", "2024-05-01", []string{"Chinese commerce ministry=CHNGOV"}, []string{"ministry=---GOV"}},
		{"Russia's emergencies minister visited the flooded region.", "2024-05-01", []string{"Russia's emergencies minister=RUSGOV"}, nil},
		{"The Iraqi oil minister met OPEC delegates.", "2024-05-01", []string{"Iraqi oil minister=IRQGOV"}, nil},
		{"Nigerian oil workers went on strike.", "2024-05-01", []string{"Nigerian oil workers=NGALAB"}, nil},
		{"Oil prices rose sharply on Monday.", "2024-05-01", nil, []string{"Oil"}},
		// offices of the executive, election authorities, peace negotiators
		{"The Ukrainian presidential office said two drones were shot down.", "2024-05-01", []string{"Ukrainian presidential office=UKRGOV"}, nil},
		{"Pakistani election officials postponed the vote.", "2024-05-01", []string{"Pakistani election officials=PAKGOV"}, nil},
		{"The Malian transitional government expelled the French ambassador.", "2024-05-01", []string{"Malian transitional government=MLIGOV"}, nil},
		{"During his presidency, Obama visited Cuba.", "2024-05-01", []string{"Obama=USAELI"}, nil},
	}
	for _, c := range cases {
		expectMentions(t, c.body, c.date, "en", c.want, c.none)
	}
}
