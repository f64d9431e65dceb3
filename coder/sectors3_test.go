package coder

import "testing"

// TestSectors3 checks the classes the sectors3 round fixed from invented
// English/French wire pairs on actor sectors (probes/pairs_sectors3.tsv
// s001-s060) and from sweeps of sector words after a nationality: actor
// entries (actor/data/sectors3_en.txt, sectors3_fr.txt), a seat metonym after
// another state's nationality (actor/filter.go foreignSeat), pattern lines
// (en_sectors3.txt, fr_sectors3.txt) and French « inculper » 173
// (fr_conflict.txt), with controls. Sentences are new variations, not the
// probe pairs.
func TestSectors3(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// EN: a presidency is its state's executive (GOV), not the bare country
		{"en", "2024-06-01", "The Ukrainian presidency criticised Russia over the attack.", []string{"UKRGOV>RUS:111"}},
		// EN: a seat metonym after another state's nationality or possessive is that state's body (actor/filter.go foreignSeat); alone it keeps its own state
		{"en", "2025-05-01", "The Pakistani Foreign Office criticised India over the dam project.", []string{"PAKGOV>IND:111"}},
		{"en", "2025-05-01", "Pakistan's Foreign Office criticised India over the dam project.", []string{"PAKGOV>IND:111"}},
		{"en", "2025-05-01", "The Foreign Office criticised Iran over the executions.", []string{"GBRGOV>IRN:111"}},
		// EN: agents that lost their sector or country after a demonym (actor/data/sectors3_en.txt)
		{"en", "2024-06-01", "The Russian security services criticised the British embassy.", []string{"RUSSPY>GBRGOV:111"}},
		{"en", "2024-06-01", "Syrian pro-government forces criticised Turkey.", []string{"SYRMIL>TUR:111"}},
		{"en", "2024-06-01", "Nigeria's state oil company criticised the government.", []string{"NGAGOVBUS>---GOV:111"}},
		{"en", "2025-12-01", "Pakistan's defence chief criticised India.", []string{"PAKMIL>IND:111"}},
		// EN: named state bodies of 2022-2026 news; generic names compose with another state's nationality
		{"en", "2024-06-01", "The Pakistan Rangers criticised the provincial government.", []string{"PAKMIL>---GOV:111"}},
		{"en", "2024-10-01", "Iran's Aerospace Force fired missiles at Israel.", []string{"IRNMIL>ISR:194"}},
		{"en", "2024-10-01", "The Armenian Investigative Committee accused Azerbaijan of espionage.", []string{"ARMJUD>AZE:1125"}},
		{"en", "2024-10-01", "Rosgvardia criticised the Ukrainian government.", []string{"RUSMIL>UKRGOV:111"}},
		{"en", "2024-10-01", "The Tatmadaw criticised the Kachin Independence Army.", []string{"MMRMIL>MMRREB:111"}},
		{"en", "2025-06-01", "ICE agents arrested a Mexican journalist in Atlanta.", []string{"USACOP>MEXMED:173"}},
		// EN: accused of harbouring or sheltering people: 112 (en.txt's "&BLAME_P coup" gave 111)
		{"en", "2024-10-01", "Rwanda's government accused Burundi of sheltering coup plotters.", []string{"RWAGOV>BDI:112"}},
		{"en", "2024-10-01", "The junta accused Ivory Coast of harbouring coup plotters.", []string{"---GOV>CIV:112"}},
		// FR: an adjective between the head and the nationality (actor/data/sectors3_fr.txt); border police COP
		{"fr", "2024-10-01", "L'administration présidentielle russe a critiqué l'Otan.", []string{"RUSGOV>IGOWSTNAT:111"}},
		{"fr", "2024-10-01", "Les services de renseignement militaire ukrainiens ont critiqué la Russie.", []string{"UKRSPY>RUS:111"}},
		{"fr", "2024-10-01", "La police des frontières israélienne a arrêté deux Palestiniens.", []string{"ISRCOP>PSECVL:173"}},
		{"fr", "2024-10-01", "Le Comité d'enquête russe a critiqué le gouvernement ukrainien.", []string{"RUSJUD>UKRGOV:111"}},
		{"fr", "2024-10-01", "Les forces aérospatiales russes ont critiqué l'Otan.", []string{"RUSMIL>IGOWSTNAT:111"}},
		{"fr", "2024-10-01", "Les forces progouvernementales syriennes ont critiqué la Turquie.", []string{"SYRMIL>TUR:111"}},
		{"fr", "2024-10-01", "La compagnie pétrolière publique nigériane a critiqué le gouvernement.", []string{"NGAGOVBUS>---GOV:111"}},
		// FR: criticising X for strikes on someone: 111 to X (fr_sectors3.txt)
		{"fr", "2024-10-01", "Le Qatar a critiqué Israël pour ses frappes contre des civils à Gaza.", []string{"QAT>ISR:111"}},
		// FR: accusing a state of having launched strikes: 1123
		{"fr", "2024-10-01", "La Russie a accusé l'Ukraine d'avoir lancé des frappes contre une centrale nucléaire.", []string{"RUS>UKR:1123"}},
		// FR: « inculper » by a judge: 173 (fr_conflict.txt); a state's accusation of war crimes stays 1124
		{"fr", "2024-10-01", "Un juge français a inculpé un général syrien de crimes de guerre.", []string{"FRAJUD>SYRMIL:173"}},
		{"fr", "2024-10-01", "La Russie a accusé l'Ukraine de crimes de guerre.", []string{"RUS>UKR:1124"}},
		// FR: prison services COP
		{"fr", "2024-10-01", "Le service pénitentiaire russe a critiqué le gouvernement américain.", []string{"RUSCOP>USAGOV:111"}},
		// EN/FR: spokesmen and a military-run agency by name (actor/data/sectors3_dyad.txt);
		// military commands MIL and national security committees GOV
		{"en", "2025-05-10", "Igor Konashenkov accused Ukraine of attacking civilians.", []string{"RUSGOV>UKR:1123"}},
		{"en", "2025-05-10", "Ahmed Sharif Chaudhry accused India of terrorism.", []string{"PAKMIL>IND:112"}},
		{"en", "2025-05-10", "COGAT accused Hamas of stealing aid.", []string{"ISRMIL>PSEREBHMS:1121"}},
		{"en", "2025-05-10", "The Russian military command accused Ukraine of attacking civilians.", []string{"RUSMIL>UKR:1123"}},
		{"en", "2025-05-10", "Pakistan's National Security Committee criticised India.", []string{"PAKGOV>IND:111"}},
		{"fr", "2025-05-10", "Le Comité de sécurité nationale pakistanais a critiqué l'Inde.", []string{"PAKGOV>IND:111"}},
		{"fr", "2025-05-10", "Le commandement militaire russe a critiqué l'Otan.", []string{"RUSMIL>IGOWSTNAT:111"}},
		// EN: modifiers between the nationality and the agent (@mod); religious
		// scholars and authorities REL
		{"en", "2024-06-01", "The Pakistani political leadership criticised the United States.", []string{"PAKGOV>USA:111"}},
		{"en", "2024-06-01", "Pakistani frontier troops fired on Afghan positions.", []string{"PAKMIL>AFG:190"}},
		{"en", "2024-06-01", "Indian nuclear officials met their Russian counterparts.", []string{"INDGOV>RUSGOV:040", "RUSGOV>INDGOV:040"}},
		{"en", "2024-06-01", "Iraqi religious authorities criticised the United States.", []string{"IRQREL>USA:111"}},
		{"en", "2024-06-01", "Israeli religious parties criticised the Supreme Court.", []string{"ISRPTY>ISRJUD:111"}},
	})
}
