package actor

import "testing"

// TestFrenchSectorAgents: the French nouns of agents_fr_sectors.txt take the
// Phoenix sector codes, with the country of a demonym inside them.
func TestFrenchSectorAgents(t *testing.T) {
	const d = "2012-06-01"
	cases := []struct {
		body       string
		want, none []string
	}{
		{"Les juges d'instruction ont entendu les avocats de la défense.", []string{"juges d'instruction=---JUD", "avocats de la défense=---JUD"}, nil},
		{"Des colons israéliens ont attaqué des paysans palestiniens.", []string{"colons israéliens=ISRCVL", "paysans palestiniens=PSEAGR"}, nil},
		{"Les salariés et les organisations syndicales ont rencontré les employeurs.", []string{"salariés=---LAB", "organisations syndicales=---LAB", "employeurs=---BUS"}, nil},
		{"Le chancelier autrichien a reçu des hommes d'affaires.", []string{"chancelier autrichien=AUTGOV", "hommes d'affaires=---BUS"}, nil},
		{"La police militaire a arrêté des mercenaires et des hommes armés.", []string{"police militaire=---MILCOP", "mercenaires=---UAF", "hommes armés=---REB"}, nil},
		{"Les grévistes ont bloqué le port. Des paramilitaires ont tiré.", []string{"grévistes=---LAB", "paramilitaires=---MIL"}, nil},
		{"Les musulmans et les chrétiens ont prié ensemble, dit le rabbin.", []string{"musulmans=---MUS", "chrétiens=---CHR", "rabbin=---JEW"}, nil},
		{"Les trafiquants de drogue ont enlevé un journaliste.", []string{"trafiquants de drogue=---CRM", "journaliste=---MED"}, nil},
		{"La télévision d'État syrienne a accusé les putschistes.", []string{"télévision d'État syrienne=SYRGOVMED", "putschistes=---REB"}, nil},
		{"Les réfugiées et les demandeurs d'asile attendent.", []string{"réfugiées=---REF", "demandeurs d'asile=---REF"}, nil},
		{"Des infirmières et des secouristes sont arrivés.", []string{"infirmières=---HLH", "secouristes=---HLH"}, nil},
		{"Une organisation de défense des droits de l'homme a dénoncé les tueurs.", []string{"organisation de défense des droits de l'homme=NGO", "tueurs=---CRM"}, nil},
		{"Des ingénieurs critiquent le régulateur américain et les autorités de régulation.", []string{"régulateur américain=USAGOV", "autorités de régulation=---GOV"}, nil},
	}
	for _, c := range cases {
		expectMentions(t, c.body, d, "fr", c.want, c.none)
	}
}

// TestFrenchSectorNonAgents: the other senses of agent words and words that
// are also adjectives name no actor.
func TestFrenchSectorNonAgents(t *testing.T) {
	const d = "2012-06-01"
	cases := []struct {
		body string
		none []string
	}{
		{"Il a souscrit une police d'assurance et changé de police de caractères.", []string{"police"}},
		{"Les enfants jouent dans la cour de récréation.", []string{"cour"}},
		{"Le monde musulman et la tradition chrétienne sont anciens.", []string{"musulman", "chrétienne"}},
		{"Il a été employé à la mairie pendant dix ans.", []string{"employé"}},
		{"Les essais cliniques et les pays producteurs de pétrole.", []string{"cliniques", "producteurs"}},
		{"Les prix restent plus élevés que prévu.", []string{"élevés"}},
		{"On a mangé la galette des rois.", []string{"rois"}},
	}
	for _, c := range cases {
		expectMentions(t, c.body, d, "fr", nil, c.none)
	}
	// French-only: an English document does not read them
	expectMentions(t, "The grévistes met.", d, "en", nil, []string{"grévistes"})
}

// TestFrenchPartiesAndOrgs: parties are COUNTRY+PTY (parties_fr.txt), their
// legislators the legislature; French names of IGOs and NGOs (orgs.txt).
func TestFrenchPartiesAndOrgs(t *testing.T) {
	const d = "2012-06-01"
	expectMentions(t, "Les députés de l'UMP et le porte-parole du PS ont critiqué Syriza.", d, "fr",
		[]string{"députés de l'UMP=FRALEG", "porte-parole du PS=FRAPTY", "Syriza=GRCPTY"}, nil)
	expectMentions(t, "Le Parti populaire danois et le Parti populaire ont voté.", d, "fr",
		[]string{"Parti populaire danois=DNKPTY", "Parti populaire=ESPPTY"}, nil)
	expectMentions(t, "L'OCDE, la Cour européenne des droits de l'homme, l'OSDH, Greenpeace et le Fond monétaire international ont parlé.", d, "fr",
		[]string{"OCDE=IGOWSTBUS", "Cour européenne des droits de l'homme=IGOEURCOEJUD", "OSDH=SYROPPHRI", "Greenpeace=NGOENV", "Fond monétaire international=IGOBUSIMF"}, nil)
	// French-only party names: "PS" in an English document is no party
	expectMentions(t, "PS: the meeting is at noon.", d, "en", nil, []string{"PS"})
}

// TestFrenchParticipleAgents: nouns spelt like participles once accents are
// folded ("juge"/"jugé", "élus", "réfugiés") need a determiner, and French "a"
// (the verb) is none; an agent + de + capital keeps its role.
func TestFrenchParticipleAgents(t *testing.T) {
	const d = "2012-06-01"
	expectMentions(t, "Le ministre a jugé la décision inacceptable. Ils ont été élus et se sont réfugiés en Suisse.", d, "fr",
		[]string{"ministre=---GOV"}, []string{"jugé", "élus", "réfugiés"})
	expectMentions(t, "Le juge a reçu les élus et des réfugiés.", d, "fr",
		[]string{"juge=---JUD", "élus=---LEG", "réfugiés=---REF"}, nil)
	expectMentions(t, "La police de Kaboul et le tribunal de Paris ont parlé au maire de Paris.", d, "fr",
		[]string{"police de Kaboul=AFGCOP", "tribunal de Paris=FRAJUD", "maire de Paris=FRAGOV"}, nil)
	// Phoenix COUNCIL_OF_STATE, COURT_OF_AUDITORS [~GOV]
	expectMentions(t, "Le Conseil d'État et la Cour des comptes ont rendu leur avis.", d, "fr",
		[]string{"Conseil d'État=---GOV", "Cour des comptes=---GOV"}, nil)
}

// TestFrenchMediaPrisons: media French news cites (media_fr.txt), prisons as
// the police (the French gold's convention), armed groups REB as in English.
func TestFrenchMediaPrisons(t *testing.T) {
	const d = "2012-06-01"
	expectMentions(t, "Selon l'agence Sana et TVE, la présentatrice a accusé les prisons syriennes et les moukhabarat.", d, "fr",
		[]string{"agence Sana=SYRGOVMED", "TVE=ESPMED", "présentatrice=---MED", "prisons syriennes=SYRCOP", "moukhabarat=---SPY"}, nil)
	expectMentions(t, "Il a été condamné à cinq ans de prison et envoyé en prison. Les groupes armés ont fui.", d, "fr",
		[]string{"groupes armés=---REB"}, []string{"prison"})
}

// TestDocCountryRebels: rebels, intelligence services and parties without a
// country take the document's country like the other state-related roles.
func TestDocCountryRebels(t *testing.T) {
	expectMentions(t, "Syrie : l'armée syrienne avance. Damas a démenti. Le gouvernement syrien accuse les rebelles et les services de renseignement ont arrêté des opposants.",
		"2012-06-01", "fr", []string{"rebelles=SYRREB", "services de renseignement=SYRSPY"}, nil)
}

// TestFrenchPartyMembers: party members named by the party's adjective are
// PTY; "gardiens de la paix" are the police.
func TestFrenchPartyMembers(t *testing.T) {
	expectMentions(t, "Les socialistes et les écologistes ont critiqué les gardiens de la paix.", "2012-06-01", "fr",
		[]string{"socialistes=---PTY", "écologistes=---PTY", "gardiens de la paix=---COP"}, nil)
	expectMentions(t, "Le gouvernement socialiste et le parti communiste ont voté.", "2012-06-01", "fr",
		nil, []string{"socialiste", "communiste"})
}

// TestFrenchAdjectiveAfterAgent: a word that is also an adjective, right after
// an agent, is no second mention ("les médecins grévistes"); a seat named in a
// spokesman's title keeps its country ("le porte-parole du Kremlin").
func TestFrenchAdjectiveAfterAgent(t *testing.T) {
	expectMentions(t, "Les médecins grévistes ont rencontré le porte-parole du Kremlin.", "2012-06-01", "fr",
		[]string{"médecins=---HLH", "porte-parole du Kremlin=RUSGOV"}, []string{"grévistes"})
	expectMentions(t, "Quelque 300 grévistes ont manifesté.", "2012-06-01", "fr", []string{"grévistes=---LAB"}, nil)
}

// TestFrenchAdjectiveAfterNoun: a word needing a determiner, right after an
// agent, is that agent's adjective, not a second actor.
func TestFrenchAdjectiveAfterNoun(t *testing.T) {
	expectMentions(t, "Les miliciens ont attaqué des civils musulmans et des étudiants universitaires.", "2012-06-01", "fr",
		[]string{"miliciens=---REB", "civils=---CVL", "étudiants=---EDU"}, []string{"musulmans", "universitaires"})
	// after a modifier it is still the noun ("le nouveau régime")
	expectMentions(t, "Le nouveau régime a parlé aux musulmans.", "2012-06-01", "fr",
		[]string{"nouveau régime=---GOV", "musulmans=---MUS"}, nil)
}

// TestFrenchCentralBanksForces: central banks GOVBUS (Phoenix codes the Fed
// so), French operations FRAMIL, regional forces their organisation.
func TestFrenchCentralBanksForces(t *testing.T) {
	expectMentions(t, "La Banque de France a averti la Fed. La force Barkhane et l'Ecomog sont arrivées.", "2014-08-22", "fr",
		[]string{"Banque de France=FRAGOVBUS", "Fed=USAGOVBUS", "force Barkhane=FRAMIL", "Ecomog=IGOWAFWAS"}, nil)
}

// TestFrenchCities: a city after an agent and a bare de/d' gives the agent its
// country ("les rebelles de Homs" SYRREB); a country's own name after "d'" stays
// apart ("leurs troupes d'Afghanistan": from Afghanistan).
func TestFrenchCities(t *testing.T) {
	expectMentions(t, "Les rebelles de Homs ont tiré. La police de Marseille a arrêté les islamistes de Gao.", "2012-06-01", "fr",
		[]string{"rebelles de Homs=SYRREB", "police de Marseille=FRACOP", "islamistes de Gao=MLIREB"}, nil)
	expectMentions(t, "Les Américains retirent leurs troupes d'Afghanistan.", "2012-06-01", "fr",
		[]string{"Afghanistan=AFG"}, []string{"troupes d'Afghanistan"})
}

// TestSoleCountryFr: a bare state agent facing only non-state actors of one
// country, courts and police facing any, the opposition facing that country's
// state take that country; a state facing a state, rebels and civilians do not.
func TestSoleCountryFr(t *testing.T) {
	const d = "2012-06-01"
	expectMentions(t, "Le Parti populaire exclut le député Antoni Pastor.", d, "fr", []string{"Parti populaire=ESPPTY", "député Antoni Pastor=ESPLEG"}, nil)
	expectMentions(t, "La torture est systématique dans les prisons syriennes contre les opposants.", d, "fr", []string{"prisons syriennes=SYRCOP", "opposants=SYROPP"}, nil)
	expectMentions(t, "Le gouvernement a accusé la France. Des civils ont été tués par l'armée israélienne.", d, "fr",
		[]string{"gouvernement=---GOV", "civils=---CVL"}, nil)
}
