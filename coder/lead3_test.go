package coder

import "testing"

// TestHeldTalksFrench: « avoir des pourparlers / négociations (avec X) » is
// 046 as English "held talks (with X)" is (PETRARCH HOLD TALKS 046);
// « avoir des discussions avec » stays a consultation (040).
func TestHeldTalksFrench(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le ministre turc a eu des pourparlers avec son homologue grec.", []string{"TURGOV>GRCGOV:046", "GRCGOV>TURGOV:046"}},
		{"en", d, "The Turkish minister held talks with his Greek counterpart.", []string{"TURGOV>GRCGOV:046", "GRCGOV>TURGOV:046"}},
		{"fr", d, "La Turquie et la Grèce ont eu des négociations à Athènes.", []string{"TUR>GRC:046", "GRC>TUR:046"}},
		{"fr", d, "Le ministre turc a eu des discussions avec son homologue grec.", []string{"TURGOV>GRCGOV:040", "GRCGOV>TURGOV:040"}},
	})
}

// TestThankedForSupportFrench: « remercier X pour le soutien de Y »
// thanks X, the direct object (English "thanked X for Y's support" codes
// X); « remercier X pour son soutien » and « saluer le soutien de Y »
// keep their targets.
func TestThankedForSupportFrench(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le président moldave a remercié Emmanuel Macron pour le soutien de la France.", []string{"MDAGOV>FRAGOV:051"}},
		{"fr", d, "Le président moldave a remercié la Roumanie pour son soutien.", []string{"MDAGOV>ROU:051"}},
		{"fr", d, "Le président moldave a salué le soutien de la Roumanie.", []string{"MDAGOV>ROU:051"}},
	})
}

// TestCeasefireAgreedBothLanguages: « se mettre d'accord sur un
// cessez-le-feu » is 0871 as "agreed on a ceasefire" (the lead's
// convention), not the signed agreement 057; "concluded a ceasefire" is
// 0871 as « a conclu un cessez-le-feu ». Control: an agreement on another
// matter stays 057.
func TestCeasefireAgreedBothLanguages(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le Soudan et le Soudan du Sud se sont mis d'accord sur une trêve.", []string{"SDN>SSD:0871", "SSD>SDN:0871"}},
		{"en", d, "Sudan and South Sudan agreed on a truce.", []string{"SDN>SSD:0871", "SSD>SDN:0871"}},
		{"en", d, "Sudan and South Sudan concluded a truce.", []string{"SDN>SSD:0871", "SSD>SDN:0871"}},
		{"fr", d, "Le Soudan et le Soudan du Sud ont conclu une trêve.", []string{"SDN>SSD:0871", "SSD>SDN:0871"}},
		{"fr", d, "Le Soudan et le Soudan du Sud se sont mis d'accord sur le partage des revenus pétroliers.", []string{"SDN>SSD:057", "SSD>SDN:057"}},
	})
}

// TestLeadPairsFrench: French lines made to agree with the English of the
// same sentence (the lead's minimal pairs): money "d'aide militaire"
// promised is 0332, as "pledged X in military aid". Control: money of
// plain aid stays 0331.
func TestLeadPairsFrench(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"fr", d, "La Suède a promis 300 millions d'euros d'aide militaire à l'Ukraine.", []string{"SWE>UKR:0332"}},
		{"en", d, "Sweden pledged 300 million euros in military aid to Ukraine.", []string{"SWE>UKR:0332"}},
		{"fr", d, "La Suède a promis 300 millions d'euros d'aide à l'Ukraine.", []string{"SWE>UKR:0331"}},
	})
}

// TestPossessedActorTarget: the object "X's Y" of two actors is Y, the
// possessed actor ("warned Afghanistan's Taliban" targets the Taliban,
// AFGGOV in 2024), not its owner.
func TestPossessedActorTarget(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"en", d, "The Pakistani army chief warned Afghanistan's Taliban against sheltering militants.", []string{"PAKMIL>AFGGOV:130"}},
		{"en", d, "The Iranian president warned Afghanistan against sheltering militants.", []string{"IRNGOV>AFG:130"}},
	})
}

// TestGerundRefusal: an -ing object of a refusal verb ("ruled out
// sending", "rejected sending") is the refused act, as "refused to send"
// is (1222 for weapons), not an asserted delivery (072) beside a 120.
func TestGerundRefusal(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"en", d, "France ruled out sending fighter jets to Ukraine.", []string{"FRA>UKR:1222"}},
		{"en", d, "France rejected sending fighter jets to Ukraine.", []string{"FRA>UKR:1222"}},
		{"en", d, "France refused to send fighter jets to Ukraine.", []string{"FRA>UKR:1222"}},
	})
}

// TestAccusationsExchanged: accusations exchanged or traded between
// parties go both ways, as French « se sont mutuellement accusés ».
func TestAccusationsExchanged(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"en", d, "India and Pakistan traded accusations over the border clash.", []string{"IND>PAK:112", "PAK>IND:112"}},
		{"en", d, "India exchanged accusations with Pakistan.", []string{"IND>PAK:112", "PAK>IND:112"}},
	})
}

// TestCalledActAGenocide: calling an actor's act a genocide, a massacre
// or a crime is criticism of its author (111), as French « qualifier de
// génocide l'offensive israélienne ». Control: calling for an end to a
// war names no criticised actor.
func TestCalledActAGenocide(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"en", d, "The Colombian president called Israel's offensive in Gaza a genocide.", []string{"COLGOV>ISR:111"}},
		{"en", d, "The Colombian president described the Israeli offensive as a massacre.", []string{"COLGOV>ISR:111"}},
		{"fr", d, "Le président colombien a qualifié de génocide l'offensive israélienne à Gaza.", []string{"COLGOV>ISR:111"}},
	})
}

// TestStateForceDomesticEnglish: a state force of unknown country acting
// on rebels or the opposition of a known country belongs to that country
// (English, as French), here as a passive agent after the target.
func TestStateForceDomesticEnglish(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"en", d, "The Chadian opposition leader was killed in an attack by security forces.", []string{"TCDCOP>TCDOPP:190"}},
		{"fr", d, "Le chef de l'opposition tchadienne a été tué lors d'une attaque des forces de sécurité.", []string{"TCDCOP>TCDOPP:190"}},
	})
}

// TestDepartureOfForces: the departure of a military actor asked (0256)
// or demanded (1056) is a withdrawal; the departure of a president asked
// stays a plain appeal here.
func TestDepartureOfForces(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"en", d, "The Syrian president called for the departure of American troops.", []string{"SYRGOV>USAMIL:0256"}},
		{"en", d, "The Syrian president demanded the departure of American troops.", []string{"SYRGOV>USAMIL:1056"}},
		{"fr", d, "Le président syrien a demandé le départ des troupes américaines.", []string{"SYRGOV>USAMIL:0256"}},
	})
}

// TestDestroyArmedGroupFrench: « détruire / anéantir » an armed group or
// a force is an attack (190; promised, 1384), as English "destroy Hamas";
// destroying houses is no attack on an actor.
func TestDestroyArmedGroupFrench(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le ministre israélien de la Défense a promis de détruire le Hamas.", []string{"ISRGOV>PSEREBHMS:1384"}},
		{"en", d, "The Israeli defence minister vowed to destroy Hamas.", []string{"ISRGOV>PSEREBHMS:1384"}},
		{"fr", d, "L'armée israélienne a anéanti les positions du Hezbollah.", []string{"ISRMIL>LBNREB:190"}},
		// (pairs6: the houses are a civilian facility, CVL, as the English
		// "Palestinian homes": property destroyed, 1712, still no attack;
		// the unnamed army takes the one-sentence document's country)
		{"fr", d, "L'armée a détruit des maisons palestiniennes.", []string{"PSEMIL>PSECVL:1712"}},
	})
}

// TestPraisedAttacks: an actor's own attacks praised are praise of their
// author (051, as French « a salué les attaques des Houthis »); attacks
// on a named actor praised stay PETRARCH's hostility to it (110).
func TestPraisedAttacks(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"en", d, "The Iranian president praised the Houthi attacks on ships.", []string{"IRNGOV>YEMREB:051"}},
		{"fr", d, "Le président iranien a salué les attaques des Houthis contre des navires.", []string{"IRNGOV>YEMREB:051"}},
		{"en", d, "The Iranian president praised the attacks on Israel.", []string{"IRNGOV>ISR:110"}},
	})
}

// TestStateHeadNotPeople: a number before a country mention headed by a
// state noun names states, not civilians ("cinq puissances occidentales"
// was WSTCVL).
func TestStateHeadNotPeople(t *testing.T) {
	const d = "2024-05-21"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Cinq puissances occidentales ont sanctionné deux ministres israéliens.", []string{"WST>ISRGOV:163"}},
		{"fr", d, "Les capitales occidentales ont condamné le coup d'État au Niger.", []string{"WST>NER:111"}},
	})
}
