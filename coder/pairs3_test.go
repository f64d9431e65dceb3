package coder

import "testing"

// TestPairs3 checks the classes the pairs3 round fixed from invented
// English/French pairs (probes/pairs3.tsv): English over-generation first
// (PETRARCH-converted lines firing on an unrelated sense, targets taken from
// a place or a thing), then the French side where its twin and CAMEO
// disagreed. One English and one French sentence per class where both
// languages had the defect, with must-not controls (empty lists: no event).
// Sentences are new variations, not the probe pairs.
func TestPairs3(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// contraband seized in a raid has no owner: no 1711 towards the
		// raid's place (en_pairs3.txt, fr_pairs3.txt) ...
		{"en", d, "Egyptian police seized drugs and weapons during a raid in Alexandria.", nil},
		{"fr", d, "La police égyptienne a saisi de la drogue et des armes lors d'une perquisition à Alexandrie.", nil},
		// ... weapons seized from an armed group still are
		{"en", d, "Iraqi troops seized weapons from the Islamic State group.", []string{"IRQMIL>IMGMUSISI:1711"}},
		// aircraft or ships sent to evacuate nationals: no 062/072
		{"en", d, "Turkey sent ships to Libya to evacuate its citizens.", nil},
		{"fr", d, "La Turquie a envoyé des navires en Libye pour évacuer ses ressortissants.", nil},
		{"en", d, "Turkey sent warplanes to Libya.", []string{"TUR>LBY:072"}},
		// weapons received from X: X gives (072), no hosting 043/042
		{"en", d, "The Polish army received 30 tanks from South Korea.", []string{"KOR>POLMIL:072"}},
		{"fr", d, "L'armée polonaise a reçu des chars de la Corée du Sud.", []string{"KOR>POLMIL:072"}},
		// a legislature approving an aid package votes on a bill; a lender
		// approving a loan gives it
		{"en", d, "The German parliament approved a 2-billion-euro aid package for Moldova.", nil},
		{"fr", d, "Le Parlement allemand a approuvé une enveloppe d'aide de 2 milliards d'euros pour la Moldavie.", nil},
		{"en", d, "The World Bank approved a loan of 500 million dollars for Kenya.", []string{"IGOUNODEVWBK>KEN:071"}},
		{"fr", d, "La Banque mondiale a approuvé un prêt de 500 millions de dollars au Kenya.", []string{"IGOUNODEVWBK>KEN:071"}},
		// a vote on a resolution or a bill is no 030
		{"en", d, "The General Assembly will vote on Monday on a resolution on Haiti.", nil},
		// declaring a candidate the winner of an election is no 051
		{"en", d, "The Gabonese electoral body declared the general the winner of the presidential election.", nil},
		// mass celebrated before a crowd is no 017
		{"en", d, "The Pope celebrated mass in Juba before thousands of faithful.", nil},
		// a company agreeing to buy or sell a stake or a business is no 030
		{"en", d, "BP agreed to buy a stake in an Egyptian gas field.", nil},
		{"fr", d, "TotalEnergies a accepté de céder sa filiale au Nigeria à un groupe local.", nil},
		{"en", d, "Rwanda agreed to hold talks with Congo.", []string{"RWA>COG:036"}},
		// police sent abroad to fight gangs: a protection mission (074;
		// intent 0334), not a deployment against the sent police
		{"en", d, "Benin will send 2,000 police officers to Haiti to fight criminal gangs.", []string{"BEN>HTI:0334"}},
		{"fr", d, "Le Bénin enverra 2 000 policiers en Haïti pour lutter contre les gangs criminels.", []string{"BEN>HTI:0334"}},
		{"en", d, "Russia sent troops to Syria to fight the rebels.", []string{"RUS>SYR:154"}},
		// a reaction drawn from Z with a bare noun (111)
		{"en", d, "The Guinean junta arrested the opposition leader, drawing condemnation from the African Union.", []string{"GINGOV>GINOPP:173", "IGOAFRAFU>GINGOV:111"}},
		// a humanitarian sum promised is 0333 in French as in English
		{"en", d, "Germany pledged 100 million euros in humanitarian aid to Yemen.", []string{"DEU>YEM:0333"}},
		{"fr", d, "L'Allemagne a promis 100 millions d'euros d'aide humanitaire au Yémen.", []string{"DEU>YEM:0333"}},
		// captives rescued by the army from their abductors: no 0841 by
		// the rescuer nor by the abductors; captors releasing still code
		{"en", d, "The Cameroonian army freed twelve hostages kidnapped by separatists.", nil},
		{"fr", d, "L'armée camerounaise a libéré douze otages enlevés par des séparatistes.", nil},
		{"fr", d, "Les rebelles ont libéré douze soldats camerounais.", []string{"CMRREB>CMRMIL:0841"}},
		{"en", d, "The Nigerian army freed dozens of hostages held by Boko Haram.", nil},
		{"fr", d, "L'armée nigériane a libéré des dizaines d'otages détenus par Boko Haram.", nil},
		{"en", d, "Boko Haram released 21 schoolgirls held since 2014.", []string{"NGAREB>NGACVL:0841"}},
		// disarming a group is no fight; resigning "and fleeing to" X
		// accedes to nothing of X
		{"en", d, "Soldiers disarmed the militiamen.", nil},
		{"en", "2024-08-05", "Bangladesh's prime minister resigned and fled to India after weeks of protests.", nil},
		// a warning that the subject would strike, without "that": one
		// 1384 (no 130 + 138); French conditional likewise (no 190); none
		// when it would not
		{"en", d, "North Korea warned it would attack South Korea if provoked.", []string{"PRK>KOR:1384"}},
		{"fr", d, "La Corée du Nord a prévenu qu'elle attaquerait la Corée du Sud en cas de provocation.", []string{"PRK>KOR:1384"}},
		{"en", d, "Iran warned it would not strike Israel.", nil},
		{"fr", d, "L'Iran a averti qu'il ne frapperait pas Israël.", nil},
		{"en", d, "Russia warned the West against sending troops to Ukraine.", []string{"RUS>WST:130"}},
		// a winner declared without an election word is no 051 either
		{"en", d, "The electoral commission declared Tshisekedi the winner, and the opposition rejected the result.", nil},
		// leaving a treaty whose name holds "Forces" is no troop withdrawal;
		// troops withdrawn still are
		{"en", "2019-02-01", "The United States withdrew from the Intermediate-Range Nuclear Forces Treaty with Russia.", []string{"USA>RUS:160"}},
		{"en", d, "The US withdrew troops from Syria.", []string{"USA>SYR:0874"}},
		{"en", "2018-05-08", "The United States withdrew from the Iran nuclear deal.", []string{"USA>IRN:160"}},
	})
}
