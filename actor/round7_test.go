package actor

import "testing"

// TestRound7Probes: actor probes of the actors round 7 (actors3), invented
// French and English news sentences of 1995-2026 with their expected
// Phoenix/CAMEO codes written before running dyad: a country + portfolio word +
// titled person ("U.S. climate envoy John Kerry" is one USAGOV mention), a
// civilian government (GOV), "le pouvoir" as an abstract noun and "des
// renseignements" (information) as no actor, a State of a federation as no
// government, nationality adjectives on facilities, sectors and islands (the
// country), names the dictionaries lacked (the Saudi-led coalition, the CSTO,
// Thailand's red shirts, Zimbabwe's MDC, Tigray forces, Somali al-Shabaab,
// Sahrawis as their place, Western Sahara ESH) and the decisions kept (coast guard MIL,
// Kosovo KSV, Aung San Suu Kyi MMROPP after the 2021 coup, the Taliban AFGREB).
func TestRound7Probes(t *testing.T) {
	checkRound6(t, []round5Case{
		// country + portfolio word + titled person
		{"en", "2021-09-01", "U.S. climate envoy John Kerry arrived in Tianjin on Wednesday.", []string{"U.S.=USAGOV", "John Kerry=USAGOV"}},
		{"en", "2016-03-01", "Russian foreign minister Sergei Lavrov met Syrian officials in Moscow.", []string{"Russian=RUSGOV", "Sergei Lavrov=RUSGOV", "Syrian officials=SYRGOV"}},
		{"en", "2012-02-01", "U.S. special envoy Marc Grossman visited Kabul.", []string{"U.S.=USAGOV|USA"}},
		{"en", "2019-06-01", "U.S. troops and Iraqi police patrolled the city.", []string{"U.S. troops=USAMIL", "Iraqi police=IRQCOP"}},
		// civilian government
		{"en", "2019-08-01", "The generals agreed to hand power to a civilian government.", []string{"civilian government=---GOV"}},
		{"en", "2021-10-26", "Sudan's army dissolved the civilian government on Monday.", []string{"army=SDNMIL", "civilian government=SDNGOV|---GOV"}},
		{"en", "2021-10-26", "Soldiers fired on civilians in Khartoum.", []string{"Soldiers=SDNMIL|---MIL", "civilians=SDNCVL|---CVL"}},
		// decisions kept
		{"en", "2023-08-05", "The Chinese coast guard blocked a Philippine supply boat.", []string{"Chinese coast guard=CHNMIL"}},
		{"en", "2008-02-17", "Serbia refused to recognise Kosovo's independence.", []string{"Serbia=SRB", "Kosovo=KSV"}},
		{"fr", "2008-02-17", "La Serbie a refusé de reconnaître l'indépendance du Kosovo.", []string{"Serbie=SRB", "Kosovo=KSV"}},
		{"en", "2021-04-01", "The junta charged Aung San Suu Kyi with sedition.", []string{"Aung San Suu Kyi=MMROPP"}},
		{"en", "2018-04-01", "Aung San Suu Kyi met the Japanese foreign minister.", []string{"Aung San Suu Kyi=MMRGOV"}},
		{"en", "2012-10-10", "Taliban gunmen shot a schoolgirl in Pakistan.", []string{"Taliban=AFGREB"}},
		// the Pakistani Taliban stay PAKINS (groups.txt, as the seed articles code them)
		{"en", "2014-06-10", "The Pakistani Taliban claimed the airport attack.", []string{"Pakistani Taliban=PAKINS"}},
		{"en", "2017-03-01", "The CSTO held military drills in Tajikistan.", []string{"CSTO=IGOCAS"}},
		{"en", "2008-04-01", "The Movement for Democratic Change accused Mugabe of fraud.", []string{"Movement for Democratic Change=ZWEPTY"}},
		{"en", "2010-04-10", "Red Shirt protesters clashed with troops in Bangkok.", []string{"Red Shirt=THAOPP"}},
		{"en", "2016-08-01", "The Saudi-led coalition bombed a hospital in Yemen.", []string{"Saudi-led coalition=SAUMIL"}},
		{"en", "2021-06-28", "Tigrayan forces entered Mekelle on Monday.", []string{"Tigrayan forces=ETHREB"}},
		{"en", "2018-11-01", "Sahrawis protested in the camps of Tindouf.", []string{"Sahrawis=ESH|ESHOPP|ESHCVL"}},
		// French: pouvoir, renseignements, Etat de
		{"fr", "2011-04-11", "Laurent Gbagbo refusait de quitter le pouvoir.", []string{"pouvoir!---GOV"}},
		{"fr", "2023-07-27", "Des militaires ont pris le pouvoir à Niamey.", []string{"militaires=NERMIL|---MIL", "pouvoir!---GOV"}},
		{"fr", "2013-07-05", "L'armée s'est emparée du pouvoir après des manifestations.", []string{"pouvoir!---GOV"}},
		{"fr", "2019-04-12", "Le pouvoir a réprimé les manifestants à Khartoum.", []string{"pouvoir=SDNGOV|---GOV"}},
		{"fr", "2021-08-20", "Le président a promis un transfert du pouvoir aux civils.", []string{"pouvoir!---GOV"}},
		{"fr", "2015-03-01", "Les enquêteurs ont recueilli des renseignements sur le suspect.", []string{"renseignements!---SPY"}},
		{"fr", "2015-03-01", "Les services de renseignement français ont déjoué un attentat.", []string{"services de renseignement=FRASPY"}},
		{"fr", "2015-03-01", "Les renseignements américains ont averti Paris.", []string{"renseignements américains=USASPY"}},
		{"fr", "2023-05-01", "L'armée birmane a bombardé un village de l'Etat de Sagaing.", []string{"armée birmane=MMRMIL", "Etat de Sagaing!MMRGOV"}},
		{"fr", "2021-06-01", "Des hommes armés ont tué dix villageois dans l'Etat de Zamfara.", []string{"Zamfara!NGAGOV"}},
		{"fr", "2012-05-01", "L'Etat a promis de rembourser la dette.", []string{"Etat=---GOV|FRAGOV"}},
		{"fr", "2012-11-29", "L'ONU a reconnu l'Etat de Palestine comme observateur.", []string{"ONU=IGOUNO", "Palestine=PSE"}},
		// nationality adjective on facilities, sectors, islands
		{"fr", "2025-06-13", "Israël a bombardé les sites nucléaires iraniens.", []string{"Israël=ISR", "iraniens=IRN"}},
		{"fr", "2019-11-01", "Washington a sanctionné le secteur pétrolier iranien.", []string{"Washington=USA", "iranien=IRN"}},
		{"fr", "2010-11-23", "La Corée du Nord a bombardé l'île sud-coréenne de Yeonpyeong.", []string{"Corée du Nord=PRK", "sud-coréenne=KOR"}},
		// gaps2 (2026-11-27): a base is the armed forces of its owner (was the bare
		// country USA; the attack targets the US military, not a place)
		{"fr", "2020-01-08", "L'Iran a tiré des missiles sur les bases américaines en Irak.", []string{"Iran=IRN", "bases américaines=USAMIL"}},
		{"fr", "2019-09-14", "Des drones ont frappé les raffineries saoudiennes.", []string{"saoudiennes=SAU"}},
		{"fr", "2022-10-10", "La Russie a visé les infrastructures ukrainiennes.", []string{"Russie=RUS", "ukrainiennes=UKR"}},
		{"fr", "2020-01-01", "Il a tourné un film américain.", []string{"américain!USA"}},
		// French names
		{"fr", "2016-10-08", "La coalition menée par l'Arabie saoudite a bombardé Sanaa.", []string{"coalition menée=SAUMIL", "Sanaa=YEM"}},
		{"fr", "2015-10-01", "La coalition menée par les Etats-Unis a frappé Raqqa.", []string{"coalition menée=USAMIL"}},
		{"fr", "2022-01-06", "L'Organisation du traité de sécurité collective a envoyé des troupes au Kazakhstan.", []string{"Organisation du traité=IGOCAS"}},
		{"fr", "2022-01-06", "L'OTSC a déployé des soldats à Almaty.", []string{"OTSC=IGOCAS"}},
		{"fr", "2010-05-15", "Les chemises rouges ont bloqué le centre de Bangkok.", []string{"chemises rouges=THAOPP"}},
		{"fr", "2008-03-30", "Le Mouvement pour le changement démocratique a revendiqué la victoire.", []string{"Mouvement pour le changement=ZWEPTY"}},
		{"fr", "2017-10-14", "Les shebab somaliens ont revendiqué l'attentat.", []string{"shebab=SOMREB", "somaliens!SOM"}},
		{"fr", "2017-10-14", "Les shebab ont attaqué une base militaire.", []string{"shebab=SOMREB"}},
		{"fr", "2021-06-28", "Les forces du Tigré ont repris Mekele.", []string{"forces du Tigré=ETHREB"}},
		{"fr", "2021-11-01", "Les forces tigréennes avancent vers Addis-Abeba.", []string{"forces tigréennes=ETHREB"}},
		{"fr", "2020-11-14", "Le Front Polisario a dénoncé une violation du cessez-le-feu.", []string{"Front Polisario=NAFREB"}},
		{"fr", "2020-11-14", "Le Maroc a réprimé des militants sahraouis.", []string{"Maroc=MAR", "militants sahraouis=ESHOPP"}},
		{"fr", "1998-11-14", "L'ONU prépare un référendum au Sahara occidental.", []string{"Sahara occidental=ESH"}},
		// French decisions kept
		{"fr", "2023-08-05", "Les garde-côtes chinois ont tiré au canon à eau sur un navire philippin.", []string{"garde-côtes chinois=CHNMIL|CHNCOP"}},
		{"fr", "2021-03-01", "La junte a inculpé Aung San Suu Kyi.", []string{"Aung San Suu Kyi=MMROPP"}},
	})
}

// TestRound7Rules: the general rules of round 7, with probes written before the
// rules ran: nationality shared over "and" (English) and "de + country" over
// "et" (French), supporters of a named person, Brussels as a place of an event,
// a nationality noun after "jeune"/"young".
func TestRound7Rules(t *testing.T) {
	checkRound6(t, []round5Case{
		{"en", "2023-11-10", "The Chinese embassy criticized European lawmakers and researchers.", []string{"Chinese embassy=CHNGOV", "European lawmakers=EURLEG", "researchers=EUREDU"}},
		{"en", "2003-11-10", "U.S. troops and insurgents clashed near Fallujah.", []string{"U.S. troops=USAMIL", "insurgents!USAREB"}},
		{"en", "2012-05-10", "Syrian officials and journalists toured the town.", []string{"Syrian officials=SYRGOV", "journalists=SYRMED"}},
		{"fr", "2019-02-01", "La Norvège a invité l'opposition et le gouvernement du Venezuela à Oslo.", []string{"Norvège=NOR", "opposition=VENOPP", "gouvernement du Venezuela=VENGOV"}},
		{"fr", "2013-02-01", "Les rebelles et l'armée française se sont affrontés.", []string{"rebelles!FRAREB", "armée française=FRAMIL"}},
		{"en", "2020-11-10", "Supporters of President Trump rallied in Washington.", []string{"Supporters=USAPTY"}},
		{"fr", "2021-01-30", "Les partisans de Navalny ont manifesté à Moscou.", []string{"partisans=RUSOPP"}},
		{"fr", "2016-03-23", "Après les attentats de Bruxelles, la police a arrêté trois suspects.", []string{"Bruxelles=BEL"}},
		{"en", "2016-03-23", "The Brussels attacks killed 32 people.", []string{"Brussels=BEL"}},
		{"fr", "2016-03-23", "Bruxelles a sanctionné la Russie.", []string{"Bruxelles=IGOEUREEC", "Russie=RUS"}},
		{"fr", "2019-01-07", "Une jeune Saoudienne a fui son pays.", []string{"Saoudienne=SAUCVL"}},
		{"en", "2019-01-07", "A young Briton was arrested in Dubai.", []string{"Briton=GBRCVL"}},
		// regressions seen on bench news (written after the run): "l'État de" + a
		// lower-case verb or a number is the state; an unknown region gives no actor
		{"fr", "2016-01-01", "Il est du devoir de l'État de protéger les citoyens.", []string{"État=---GOV"}},
		{"fr", "1992-11-10", "La vente par l'Etat de 2 % du capital a rapporté 3 milliards.", []string{"Etat=---GOV"}},
		{"fr", "1958-05-01", "La junte a décrété le couvre-feu dans l'Etat de Tachira.", []string{"Etat!---GOV|VENGOV"}},
		{"fr", "1993-01-10", "Il a investi dans son Etat de l'Arkansas.", []string{"Etat!USAGOV", "Arkansas=USA"}},
		{"fr", "2016-01-01", "Les chefs des renseignements ont été limogés.", []string{"renseignements=---SPY"}},
		// a weapon fired is no actor; a weapon that strikes stays MIL (Phoenix CRUISE_MISSILE)
		{"en", "2017-04-07", "American warships fired 59 cruise missiles at a Syrian air base.", []string{"cruise missiles!---MIL|USAMIL|SYRMIL"}},
		{"en", "2003-03-21", "Tomahawk cruise missiles hit government buildings in Baghdad.", []string{"Tomahawk cruise missiles=---MIL|IRQMIL"}},
	})
}
