package coder

import "testing"

// TestPairs4 checks the classes the pairs4 round fixed from invented
// English/French pairs (probes/pairs4.tsv r001-r060): the language whose
// event differed from its twin's and from the CAMEO 1.1b3 codebook, fixed by
// pattern lines (en_pairs4.txt, fr_pairs4.txt, en_dyad.txt "(pairs4)") and
// actor entries (actor/data/pairs4*.txt), with must-not controls. Sentences
// are new variations, not the probe pairs.
func TestPairs4(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// artillery fire exchanged is 194, both ways; plain fire stays 193
		{"en", d, "Armenia and Azerbaijan exchanged artillery fire near the border.", []string{"ARM>AZE:194", "AZE>ARM:194"}},
		{"fr", d, "L'Arménie et l'Azerbaïdjan ont échangé des tirs d'artillerie près de la frontière.", []string{"ARM>AZE:194", "AZE>ARM:194"}},
		{"en", d, "Armenia and Azerbaijan exchanged fire near the border.", []string{"ARM>AZE:193", "AZE>ARM:193"}},
		// troops sent to reinforce a peacekeeping force or mission: 074,
		// not a mobilisation (154) against the place
		{"en", d, "The African Union sent 300 soldiers to Somalia to reinforce its peacekeeping mission.", []string{"IGOAFRAFU>SOM:074"}},
		{"fr", d, "L'Union africaine a envoyé 300 soldats en Somalie pour renforcer sa mission de maintien de la paix.", []string{"IGOAFRAFU>SOM:074"}},
		{"en", d, "Russia sent troops to Belarus.", []string{"RUS>BLR:154"}},
		// (French: also when « maintien de la paix » is no actor mention)
		{"fr", d, "Le Rwanda a déployé 500 hommes en Centrafrique pour le maintien de la paix.", []string{"RWA>CAF:074"}},
		// refusing a demand to hand over power: 1231
		{"en", d, "Guinea's junta rejected the African Union's demand to hand over power to a civilian government.", []string{"GINGOV>IGOAFRAFU:1231"}},
		{"fr", d, "La junte guinéenne a rejeté l'exigence de l'Union africaine de remettre le pouvoir à un gouvernement civil.", []string{"GINGOV>IGOAFRAFU:1231"}},
		// extending a ceasefire is 0871 (urged to: 0256); a trade truce
		// extended stays en.txt's 081 (agreed to: 0351)
		{"en", d, "The UN envoy urged the Sudanese army to extend the truce.", []string{"IGOUNO>SDNMIL:0256"}},
		{"en", d, "Japan and South Korea agreed to extend their trade truce.", []string{"JPN>KOR:0351", "KOR>JPN:0351"}},
		// attacking someone in a speech or posts is criticism (111); an
		// attack on a military post is fighting
		{"en", d, "The Georgian prime minister attacked the French ambassador in a speech to parliament.", []string{"GEOGOV>FRAGOV:111"}},
		{"en", d, "Rebels attacked a military post in northern Mali, killing four soldiers.", []string{"MLIREB>MLIMIL:190"}},
		// capturing a named place is occupying it (192); captured people
		// are not
		{"en", d, "The rebels captured Goma after a week of fighting.", []string{"CODREB>COD:192"}},
		{"en", d, "Hamas militants captured two Israeli soldiers.", []string{"PSEREBHMS>ISRMIL:181"}},
		// French: sanctions lifted that X had imposed on Y: target Y
		{"fr", d, "L'Union européenne a levé les sanctions qu'elle avait imposées au Niger.", []string{"IGOEUREEC>NER:085"}},
		// French: accused of rigging: 1121, as English
		{"fr", d, "Le parti au pouvoir a accusé l'opposition d'avoir truqué le scrutin.", []string{"---PTY>---OPP:1121"}},
		// French: approving an appointment is no praise
		{"fr", d, "Le Sénat a approuvé la nomination du nouveau chef de l'armée.", nil},
		// French: « îles Salomon » in lower case is a country
		{"fr", d, "La Nouvelle-Zélande a suspendu son aide aux îles Salomon.", []string{"NZL>SLB:162"}},
		// French: a police checkpoint is the police
		{"fr", d, "Des jihadistes ont attaqué un poste de contrôle de la police à Kidal.", []string{"MLIREB>MLICOP:190"}},
		// a complaint against X at a court is a lawsuit (115); with the
		// police it stays an official complaint (114)
		{"en", d, "Guyana filed a complaint against Venezuela at the International Court of Justice.", []string{"GUY>VEN:115"}},
		{"en", d, "Guyana filed a complaint against Venezuela with the Organization of American States.", []string{"GUY>VEN:114"}},
		// security forces retaking a prison: no 192 against the police;
		// gangs seizing one keep it
		{"en", d, "Mexican troops took control of a prison in Ciudad Juárez after a riot.", nil},
		{"fr", d, "Les militaires mexicains ont repris le contrôle d'une prison de Ciudad Juárez après une émeute.", nil},
		{"en", d, "Armed gangs took control of a prison in Port-au-Prince.", []string{"HTIUAF>HTICOP:192"}},
		// a visitor welcomed by a host in a place: hosting; a decision
		// welcomed in a statement stays praise
		{"en", d, "The Kenyan president was welcomed by the Somali president in Mogadishu.", []string{"SOMGOV>KENGOV:043", "KENGOV>SOM:042"}},
		{"en", d, "Russia's proposal was welcomed by the Chinese government in a statement.", []string{"CHNGOV>RUS:051"}},
		// an organisation's ministers, officials and leaders are the
		// organisation (CODING.md "UN officials"); its troops keep MIL
		{"en", d, "ECOWAS defence ministers urged the Guinean junta to free the former president.", []string{"IGOWAFWAS>GINGOV:0253"}},
		{"en", d, "NATO troops shot dead two gunmen in northern Kosovo.", []string{"IGOWSTNATMIL>KSVREB:193"}},
		// actors: Cameroon's North-West region is not South Africa's
		// province; a ruling transitional council is GOV; a gang's name
		// keeps the genitive chain to the gang
		{"en", d, "Cameroonian soldiers killed five separatists in the North-West region.", []string{"CMRMIL>CMRREB:190"}},
		{"fr", d, "Le gouvernement nicaraguayen a libéré des dizaines de prisonniers politiques.", []string{"NICGOV>NICOPP:0841"}},
		{"en", d, "Haiti's transitional council thanked Kenya for its support.", []string{"HTIGOV>KEN:051"}},
		{"en", d, "Ecuadorian soldiers captured the leader of the Los Lobos gang.", []string{"ECUMIL>ECUCRM:173"}},
	})
}
