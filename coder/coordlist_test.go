package coder

import "testing"

// TestCoordlistGenitiveList: a French plural role noun whose owners are
// listed with the genitive repeated after a comma and "et" (coordlist.go,
// slots.go group; actor/data/wordsets.txt of-country-head): « les
// dirigeants du Japon, de la Corée du Sud et de l'Australie », « les
// ministres des Affaires étrangères de France, d'Italie et de Belgique »
// give one actor per owner, as subject and as object, as the English
// "the leaders of X, Y and Z" does (CODING.md: one event per pair;
// reciprocal meetings and signings both ways).
func TestCoordlistGenitiveList(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Les ministres des Affaires étrangères de France, d'Italie et de Belgique ont critiqué mercredi l'Iran.", []string{"FRAGOV>IRN:111", "ITAGOV>IRN:111", "BELGOV>IRN:111"}},
		{"fr", d, "Les ministres de la Défense d'Estonie et de Lettonie ont condamné la Biélorussie.", []string{"ESTGOV>BLR:111", "LVAGOV>BLR:111"}},
		{"fr", d, "Les Premiers ministres du Portugal, de l'Irlande et de la Belgique ont condamné samedi la Russie.", []string{"PRTGOV>RUS:111", "IRLGOV>RUS:111", "BELGOV>RUS:111"}},
		{"fr", d, "Le chancelier allemand a rencontré à Berlin les dirigeants du Japon, de la Corée du Sud et de l'Australie.", []string{
			"DEUGOV>JPNGOV:040", "JPNGOV>DEUGOV:040", "DEUGOV>KORGOV:040", "KORGOV>DEUGOV:040", "DEUGOV>AUSGOV:040", "AUSGOV>DEUGOV:040"}},
		{"fr", d, "Les présidents du Tchad, du Cameroun et du Gabon ont signé vendredi un accord de coopération.", []string{
			"TCDGOV>CMRGOV:057", "CMRGOV>TCDGOV:057", "TCDGOV>GABGOV:057", "GABGOV>TCDGOV:057", "CMRGOV>GABGOV:057", "GABGOV>CMRGOV:057"}},
		// a list after the verb's object, then the pattern's next word
		{"fr", d, "L'Union africaine a salué le Botswana, la Namibie et la Zambie pour leurs élections.", []string{"IGOAFRAFU>BWA:051", "IGOAFRAFU>NAM:051", "IGOAFRAFU>ZMB:051"}},
		// controls: a place list, a genitive after a comma that is no list
		{"fr", d, "Des tempêtes ont touché la Belgique, les Pays-Bas et l'Allemagne.", nil},
		{"fr", d, "Le président du Tchad, de retour de Paris, a critiqué mercredi le Soudan.", []string{"TCDGOV>SDN:111"}},
	})
}

// TestCoordlistTogetherWith: "X together with Y" is a coordination like "X
// as well as Y" (en_lex.txt conjlead/conjtail); "along with" is not (it
// also adds a co-agent: "mediating between Israel and Hamas along with the
// United States" mediates with no US target).
func TestCoordlistTogetherWith(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"en", d, "Canada together with Britain imposed sanctions on Iran.", []string{"CAN>IRN:163", "GBR>IRN:163"}},
		{"en", d, "Japan, together with Australia, condemned North Korea on Monday.", []string{"JPN>PRK:111", "AUS>PRK:111"}},
		{"en", d, "Egypt, which is mediating between Israel and Hamas along with Qatar, condemned the strike.", []string{"EGY>ISR:045", "EGY>PSEREBHMS:045"}},
	})
}

// TestCoordlistCoAgentIncise: « X, avec Y, a … »: an incise opened by
// `coagentincise` between a clause-opening subject and its verb names a
// co-agent (fr_lex.txt, coordlist.go coAgentIncise); "avec" elsewhere
// stays a partner or an instrument.
func TestCoordlistCoAgentIncise(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le Canada, avec le Japon, a condamné mardi la Corée du Nord.", []string{"CAN>PRK:111", "JPN>PRK:111"}},
		{"fr", d, "La Belgique, avec ses alliés, a condamné la Russie.", []string{"BEL>RUS:111"}},
		{"fr", d, "Le Canada a signé un accord avec le Japon.", []string{"CAN>JPN:057", "JPN>CAN:057"}},
	})
}
