package coder

import "testing"

// TestLead8BrokeredTruce: a third party that negotiated, secured or
// obtained a truce between two sides is their mediator (045 to each side),
// in both languages, as PETRARCH's "BROKER * &CEASEFIRE" and the English
// "brokered a ceasefire between" (fr_coop.txt, en_dyad.txt); the parties'
// own ceasefire stays 0871 both ways, and the parties negotiating one 046.
func TestLead8BrokeredTruce(t *testing.T) {
	const d = "2024-05-01"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le Qatar a négocié un cessez-le-feu entre Israël et le Hamas.", []string{"QAT>ISR:045", "QAT>PSEREBHMS:045"}},
		{"fr", d, "L'Égypte a obtenu une trêve entre Israël et le Hamas.", []string{"EGY>ISR:045", "EGY>PSEREBHMS:045"}},
		{"en", d, "Egypt secured a truce between Israel and Hamas.", []string{"EGY>ISR:045", "EGY>PSEREBHMS:045"}},
		{"en", d, "The United States negotiated a ceasefire between Israel and Hezbollah in November.", []string{"USA>ISR:045", "USA>LBNREB:045"}},
		{"en", d, "Qatar brokered a ceasefire between Israel and Hamas.", []string{"QAT>ISR:045", "QAT>PSEREBHMS:045"}},
		// controls: an announced ceasefire, the parties themselves
		{"fr", d, "Le Qatar a annoncé un cessez-le-feu entre Israël et le Hamas.", []string{"ISR>PSEREBHMS:0871", "PSEREBHMS>ISR:0871"}},
		{"fr", d, "Israël et le Hamas ont négocié un cessez-le-feu.", []string{"ISR>PSEREBHMS:046", "PSEREBHMS>ISR:046"}},
		{"en", d, "Israel and Hamas negotiated a ceasefire.", []string{"ISR>PSEREBHMS:046", "PSEREBHMS>ISR:046"}},
	})
}

// TestLead8BackgroundPair: the pair checks of this session on one
// English/French pair with a background act after "after" / « après »:
// a visit's "en visite" line needs its "en" right before « visite »
// (fr_coop.txt, "en>": a word before the anchor that stands right before
// it), so that « en Turquie après la visite d'Erdogan » is no visit of the
// diplomats; "recalled its envoy from Turkey" recalls the possessor's envoy,
// not Turkey's government (slots.go govAgentEN); a verbal attack is
// criticism (111, en_dyad.txt), as in French.
func TestLead8BackgroundPair(t *testing.T) {
	const d = "2023-10-28"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Israël a rappelé samedi ses diplomates en Turquie après la visite d'Erdogan en Iran.", []string{"ISR>TUR:161", "TURGOV>IRN:042"}},
		{"fr", d, "Israël a rappelé ses diplomates en Turquie après le voyage d'Erdogan en Iran.", []string{"ISR>TUR:161", "TURGOV>IRN:042"}},
		{"en", d, "Israel recalled its envoy from Turkey on Saturday.", []string{"ISR>TUR:161"}},
		{"en", d, "Israel recalled its diplomats from Turkey on Saturday after Erdogan's verbal attacks on the Israeli government.", []string{"ISR>TUR:161", "TURGOV>ISRGOV:111"}},
		{"en", d, "Russia's personal attacks on Zelensky continued.", []string{"RUS>UKRGOV:111"}},
		// controls: "X, en visite officielle en Iran," and "Erdogan est en
		// visite à Téhéran" keep their visit; envoys from a state are its
		// government; attacks without "verbal" stay force
		{"fr", d, "Le président turc, en visite officielle en Iran, a rencontré le ministre iranien.", []string{"TURGOV>IRN:042", "TURGOV>IRNGOV:040", "IRNGOV>TURGOV:040"}},
		{"fr", d, "Erdogan est en visite à Téhéran.", []string{"TURGOV>IRN:042"}},
		{"en", d, "Israel met envoys from Turkey.", []string{"ISR>TURGOV:040", "TURGOV>ISR:040"}},
		{"en", d, "Russia's attacks on Ukrainian cities continued.", []string{"RUS>UKR:190"}},
	})
}

// TestLead8AdjacentPreWord: "word>" is accepted only before the anchor.
func TestLead8AdjacentPreWord(t *testing.T) {
	lx := newLexicon("fr")
	if err := lx.loadPatterns("x_fr.txt", "042 N $ en> *visite a|en+\n"); err != nil {
		t.Fatalf("en> before the anchor: %v", err)
	}
	if err := lx.loadPatterns("y_fr.txt", "042 N $ *visite en> a|en+\n"); err == nil {
		t.Fatalf("en> after the anchor was accepted")
	}
	if err := lx.loadPatterns("z_fr.txt", "042 N $> *visite a|en+\n"); err == nil {
		t.Fatalf("a slot with > was accepted")
	}
}

// TestLead8DemonymAfterComplement: a French nationality adjective after a
// "de" complement of an owned noun names the owner of the head (actor
// filter.go complementHead): « des sites d'armes chimiques syriens »,
// « des dépôts de munitions syriens »; a film's or a channel's nationality
// stays no actor.
func TestLead8DemonymAfterComplement(t *testing.T) {
	const d = "2018-04-14"
	checkDatedCases(t, []datedCase{
		{"fr", d, "La France, le Royaume-Uni et les États-Unis ont frappé des sites d'armes chimiques syriens.", []string{"FRA>SYR:190", "GBR>SYR:190", "USA>SYR:190"}},
		{"fr", d, "Israël a frappé des usines d'armes syriennes.", []string{"ISR>SYR:190"}},
		{"fr", d, "Israël a frappé des dépôts de munitions syriens.", []string{"ISR>SYR:190"}},
		{"fr", d, "Le président français Emmanuel Macron a apporté mardi son soutien au plan d'autonomie marocain pour le Sahara occidental.", []string{"FRAGOV>MAR:051"}},
		// controls
		{"fr", d, "Il a vu un film de guerre américain.", nil},
		{"fr", d, "Le directeur de la chaîne de télévision américaine a démissionné.", nil},
	})
}

// TestLead8AdjectiveAuthor: a nominal act's nationality adjective after a
// preposition is its author ("after Russian strikes on Kyiv", lead8.go
// adjAuthor), and its plain -s form is a noun there, no verb of an
// earlier subject; the soil of a possessive after the act's preposition
// is the main subject's, in English as in French (frwire11.go); PETRARCH's
// "air *strike on" needs "air" right before the verb (en.txt, "air>").
func TestLead8AdjectiveAuthor(t *testing.T) {
	const d = "2024-01-17"
	checkDatedCases(t, []datedCase{
		{"en", d, "Pakistan recalled its ambassador from Iran after Iranian strikes on its territory.", []string{"PAK>IRN:161", "IRN>PAK:195"}},
		{"fr", d, "Le Pakistan a rappelé son ambassadeur en Iran après des frappes iraniennes sur son territoire.", []string{"PAK>IRN:161", "IRN>PAK:195"}},
		{"en", d, "The talks collapsed after Israeli strikes on Gaza.", []string{"ISR>PSE:195"}},
		{"en", d, "Zelensky spoke after Russian strikes on Kyiv.", []string{"RUS>UKR:195"}},
		// controls: the adjective as subject, a place after "of"
		{"en", d, "Russian strikes on Kyiv killed ten people.", []string{"RUS>UKR:195"}},
		{"en", d, "Jewish settlers in the West Bank city of Hebron set fire to the offices of the Palestinian administrators.", []string{"ISRCVL>PSEGOV:1712"}},
	})
}

// TestLead8Irruption: « faire irruption dans » a building of an actor is
// the English "stormed" (190; fr_lead8.txt).
func TestLead8Irruption(t *testing.T) {
	const d = "2024-04-06"
	checkDatedCases(t, []datedCase{
		{"fr", d, "La police équatorienne a fait irruption dans l'ambassade du Mexique à Quito pour arrêter un ancien vice-président.", []string{"ECUCOP>MEXGOV:190"}},
		{"en", d, "Ecuadorian police stormed the Mexican embassy in Quito to arrest a former vice president.", []string{"ECUCOP>MEXGOV:190"}},
		// control: no actor's building
		{"fr", d, "Il a fait irruption dans la salle.", nil},
	})
}

// TestLead8RestoredRelations: restoring diplomatic relations is reciprocal
// (CAMEO 1.1b3 manual, 05 notes: "Restoring diplomatic relations is coded
// as [050:050]"), in English as in French (en_dyad.txt).
func TestLead8RestoredRelations(t *testing.T) {
	const d = "2021-09-01"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le Maroc a repris ses relations diplomatiques avec Israël.", []string{"MAR>ISR:050", "ISR>MAR:050"}},
		{"en", d, "Morocco resumed diplomatic relations with Israel.", []string{"MAR>ISR:050", "ISR>MAR:050"}},
		{"en", d, "Cuba restored diplomatic relations with the United States.", []string{"CUB>USA:050", "USA>CUB:050"}},
		{"en", d, "Morocco normalised relations with Israel.", []string{"MAR>ISR:050", "ISR>MAR:050"}},
		// control: upgrading ties stays the subject's act
		{"en", d, "Vietnam upgraded its ties with the United States.", []string{"VNM>USA:050"}},
	})
}

// TestLead8ArmedMilitants: French « militants » with an armed qualifier
// are the English "armed militants" (REB, agents_fr.txt); a bare
// « militants » and « militants islamistes » stay OPP, a named group keeps
// its code.
func TestLead8ArmedMilitants(t *testing.T) {
	const d = "2024-04-06"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Des militants djihadistes ont attaqué une base militaire au Nigeria.", []string{"NGAREB>NGAMIL:190"}},
		{"fr", d, "Des militants armés ont tué trois soldats nigérians.", []string{"NGAREB>NGAMIL:190"}},
		// controls
		{"fr", d, "Des militants du TTP ont attaqué un poste de police au Pakistan.", []string{"PAKINS>PAKCOP:190"}},
		{"fr", d, "La police a arrêté des militants d'opposition.", []string{"---COP>---OPP:173"}},
	})
}

// TestLead8ShipFlag: a ship « battant pavillon » of a nationality is that
// state's (actor filter.go ownedNoun with `flagverb`, coder.go with
// `flaglink`), as the English "a British-flagged tanker".
func TestLead8ShipFlag(t *testing.T) {
	const d = "2019-07-20"
	checkDatedCases(t, []datedCase{
		{"fr", d, "L'Iran a saisi un pétrolier battant pavillon britannique dans le détroit d'Ormuz.", []string{"IRN>GBRBUS:1711"}},
		{"en", d, "Iran seized a British-flagged tanker in the Strait of Hormuz.", []string{"IRN>GBRBUS:1711"}},
		{"fr", d, "Les Houthis ont attaqué un cargo battant pavillon libérien en mer Rouge.", []string{"YEMREB>LBRBUS:190"}},
		// control: a flag alone is no actor
		{"fr", d, "Le pavillon français a été hissé.", nil},
	})
}

// TestLead8OwnerLink: an `ownerlink` participle and its preposition name
// the owner of the agent before it (coder.go; en_lex.txt, fr_lex.txt): "a
// cargo ship linked to Israel" ISRBUS, as « un cargo lié à Israël ».
func TestLead8OwnerLink(t *testing.T) {
	const d = "2023-11-20"
	checkDatedCases(t, []datedCase{
		{"en", d, "The Houthis seized a cargo ship linked to Israel in the Red Sea.", []string{"YEMREB>ISRBUS:1711"}},
		{"fr", d, "Les Houthis ont saisi un cargo lié à Israël en mer Rouge.", []string{"YEMREB>ISRBUS:1711"}},
		{"en", d, "The Houthis attacked a tanker owned by Greece.", []string{"YEMREB>GRCBUS:190"}},
		// control: a ship of no named owner keeps no country
		{"en", d, "The Houthis seized a cargo ship in the Red Sea.", []string{"YEMREB>---BUS:1711"}},
	})
}
