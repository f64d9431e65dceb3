package actor

import "testing"

// Tests of the actor4 round (actor4_fr.txt, actor4_en.txt, the headline
// label "PAYS :", truces as pair heads, verb-mod and predicate-noun word
// sets, "intelligence" after a determiner or a nationality). The sentences
// are invented.

func TestActor4Mentions(t *testing.T) {
	checkHas(t, "2024-03-12", []hasCase{
		// a person noun before its nationality (French)
		{"L'armée israélienne a arrêté un tireur embusqué palestinien.", "fr", "tireur embusqué palestinien=PSEREB"},
		{"Un tireur palestinien a blessé deux soldats.", "fr", "tireur palestinien=PSEREB"},
		{"Des snipers russes ont tué deux civils.", "fr", "snipers russes=RUSMIL"},
		{"Un envoyé iranien a rencontré le ministre.", "fr", "envoyé iranien=IRNGOV"},
		{"Le correspondant américain a été expulsé.", "fr", "correspondant américain=USAMED"},
		// a truce between two countries names both
		{"Le maréchal Haftar rejette le cessez-le-feu russo-turc.", "fr", "russo=RUS"},
		{"Le maréchal Haftar rejette le cessez-le-feu russo-turc.", "fr", "turc=TUR"},
		{"La trêve israélo-palestinienne a été rompue.", "fr", "palestinienne=PSE"},
		{"Haftar rejected the Russo-Turkish ceasefire.", "en", "Russo=RUS"},
		// a headline label gives its country to the agents without one
		{"Iran : des producteurs de métaux visés par de nouvelles sanctions", "fr", "producteurs=IRNBUS"},
		{"Mali : les manifestants réclament le départ de la junte", "fr", "manifestants=MLIOPP"},
		{"Iran: metal producers hit by new sanctions", "en", "producers=IRNBUS"},
		// English: the verb after a country's name, the object's predicate
		{"Israel mobilized reservists on Monday.", "en", "Israel=ISR"},
		{"Israel mobilized reservists on Monday.", "en", "reservists=---MIL"},
		{"Russian mobilised soldiers surrendered.", "en", "Russian mobilised soldiers=RUSMIL"},
		{"Hamas took 200 Israelis hostage.", "en", "Israelis=ISR"},
		{"The Swiss hostage was freed.", "en", "Swiss hostage=CHECVL"},
		{"Two Israeli hostages were freed.", "en", "Israeli hostages=ISRCVL"},
		// intelligence: the agency after a determiner or a nationality
		{"Pakistani intelligence arrested two men.", "en", "Pakistani intelligence=PAKSPY"},
		{"US intelligence says Iran attacked the ship.", "en", "US intelligence=USASPY"},
		{"The intelligence services said Iran attacked.", "en", "intelligence services=---SPY"},
		{"Intelligence officials said the plot failed.", "en", "Intelligence officials=---SPY"},
		{"Pakistani intelligence officials said the plot failed.", "en", "Pakistani intelligence officials=PAKSPY"},
		{"An Israeli sharpshooter shot a protester.", "en", "Israeli sharpshooter=ISRMIL"},
		// English nouns that did not take their nationality
		{"An Iranian attacker stabbed two police officers.", "en", "Iranian attacker=IRNCRM"},
		{"A Chinese researcher was detained.", "en", "Chinese researcher=CHNEDU"},
		{"Russian customs officers seized the cargo.", "en", "Russian customs officers=RUSGOV"},
		{"Un caricaturiste iranien a été arrêté.", "fr", "caricaturiste iranien=IRNMED"},
		{"Hausa politicians demanded a recount.", "en", "Hausa politicians=NGAPTY"},
		{"Militants took two Britons hostage.", "en", "Britons=GBR"},
		{"In Iraq, Kurdish groups demanded autonomy.", "en", "Kurdish groups=IRQREB"},
		{"En Syrie, des groupes armés kurdes ont attaqué.", "fr", "groupes armés kurdes=SYRREB"},
		{"Two Nepalis were killed in the attack.", "en", "Nepalis=NPLCVL"},
		{"Slovenian police arrested the suspect.", "en", "Slovenian police=SVNCOP"},
		{"Des commerçants haoussas ont été attaqués.", "fr", "commerçants haoussas=NGACVL"},
		{"Police in Khatmandu arrested protesters.", "en", "Khatmandu=NPL"},
		// a person known by a first name is not its surname's office holder
		{"Le président Jacques Chirac a décoré l'abbé Pierre lundi.", "fr", "abbé Pierre=FRAREL"},
		// settlers are the settling state's, not the land's
		{"Settlers attacked Palestinians in the West Bank.", "en", "Settlers=ISRCVL"},
		{"Settlers in Hebron attacked a school.", "en", "Settlers=ISRCVL"},
		{"Des colons ont attaqué un village de Cisjordanie.", "fr", "colons=ISRCVL"},
		{"Les colons français ont quitté l'Algérie en 1962.", "fr", "colons français=FRACVL"},
		{"Settlers set fire to a mosque.", "en", "Settlers=---CVL"},
		{"Israel approved new homes for settlers.", "en", "settlers=ISRCVL"},
	})
}

func TestActor4NotActors(t *testing.T) {
	for _, c := range []struct{ body, lang, text string }{
		// the common noun and the participle are no actors
		{"Intelligence suggests that Iran attacked the ship.", "en", "Intelligence"},
		{"Le gouvernement a envoyé des troupes.", "fr", "envoyé"},
		{"Le tireur de penalty a raté sa frappe.", "fr", "tireur"},
		{"Des nouvelles envoyées par la famille ont rassuré.", "fr", "envoyées"},
		// the verb is not part of the agent; the predicate is no second actor
		{"Israel mobilized reservists on Monday.", "en", "mobilized"},
		{"Hamas took 200 Israelis hostage.", "en", "hostage"},
		{"Gunmen held three Americans captive.", "en", "captive"},
	} {
		if got := actorsOf(t, c.body, "2024-03-12", c.lang); hasText(got, c.text) {
			t.Errorf("%q: want no mention with %q, got %v", c.body, c.text, got)
		}
	}
}

func TestActor4HeadlineLabelOnlyAtStart(t *testing.T) {
	// a colon after a place inside the sentence is no headline label; a
	// person of the label is no place
	checkHas(t, "2024-03-12", []hasCase{
		{"Les manifestants ont défilé à Paris : la police a dispersé la foule.", "fr", "manifestants=---OPP"},
	})
}

func TestActor4SettlersDocumentCountry(t *testing.T) {
	// the document is about the Palestinians: its settlers are Israel's
	body := "Les Palestiniens ont manifesté à Gaza. Les Palestiniens de Cisjordanie ont fait grève à Naplouse. Des colons ont incendié une mosquée."
	if got := actorsOf(t, body, "2024-03-12", "fr"); !has(got, "colons=ISRCVL") {
		t.Errorf("want colons=ISRCVL, got %v", got)
	}
	// elsewhere settlers take the document's country as other civilians
	body = "La France a conquis l'Algérie. Alger est devenue française. Les troupes ont occupé Oran. Les colons ont afflué."
	if got := actorsOf(t, body, "1841-04-13", "fr"); !has(got, "colons=DZACVL") {
		t.Errorf("want colons=DZACVL, got %v", got)
	}
}

func TestActor4BelgradeDated(t *testing.T) {
	// the capital of the state of its time
	for _, c := range []struct{ date, want string }{
		{"1888-09-25", "Belgrade=SRB"},
		{"1985-01-01", "Belgrade=YUG"},
		{"1999-05-29", "Belgrade=SCG"},
		{"2010-01-01", "Belgrade=SRB"},
	} {
		checkHas(t, c.date, []hasCase{{"Belgrade a accepté le plan de paix.", "fr", c.want}})
	}
}

func TestActor4CrowdCount(t *testing.T) {
	checkHas(t, "2024-03-12", []hasCase{
		{"Thousands rallied in Paris against the government.", "en", "Thousands=---CVL"},
		{"Hundreds of thousands protested against the war.", "en", "Hundreds of thousands=---CVL"},
		{"Des milliers ont manifesté contre le gouvernement.", "fr", "Des milliers=---CVL"},
		// the count before a noun is left to the noun
		{"Thousands of people rallied in Paris.", "en", "people=---CVL"},
	})
	for _, c := range []struct{ body, lang, text string }{
		{"Thousands of people rallied in Paris.", "en", "Thousands"},
		{"Des centaines d'euros ont été volés.", "fr", "centaines"},
		{"Le bilan atteint des milliers de morts.", "fr", "milliers"},
	} {
		if got := actorsOf(t, c.body, "2024-03-12", c.lang); hasText(got, c.text) {
			t.Errorf("%q: want no mention with %q, got %v", c.body, c.text, got)
		}
	}
}
