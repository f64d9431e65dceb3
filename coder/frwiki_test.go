package coder

import "testing"

// TestFrwikiRound (frwiki round): constructions of French Wikinews-register
// articles, on invented sentences (not the probe articles): a president
// removed by the army (180, not by a parliament), agreements announced by
// coordinated parties (057 both ways), a violation charged « par X » (111),
// military cooperation offered (0312), an appeal to pull troops back
// (0256), a truce concluded by a coordinated subject (0871 both ways, not
// towards a title's country) and brokered « sous l'égide de X » (045),
// rallies before a seat without « se » (141, not by a government), foreign
// troops « du pays » (no country), a denial in « , ce que X dément » (016
// to the accuser), menacer's own 138 over its complement's threat, and
// « plusieurs villes dont X » (the named actor is the object).
func TestFrwikiRound(t *testing.T) {
	checkDatedCases(t, []datedCase{
		{"fr", "2022-01-25", "Au Burkina Faso, l'armée a destitué le président Roch Kaboré.",
			[]string{"BFAMIL>BFAGOV:180"}},
		{"fr", "2016-12-09", "Le Parlement a destitué le président.", nil},
		{"fr", "2022-07-22", "Le chef de la diplomatie turque et son homologue russe ont annoncé la signature d'un accord.",
			[]string{"TURGOV>RUSGOV:057", "RUSGOV>TURGOV:057"}},
		{"fr", "2020-01-03", "Le Liban a condamné la violation de son espace aérien par Israël.",
			[]string{"LBN>ISR:111"}},
		{"fr", "2020-01-03", "Pékin a proposé au Pakistan un partenariat militaire.",
			[]string{"CHN>PAK:0312"}},
		{"fr", "2022-03-02", "La Chine a exhorté la Russie à « arrêter » ses troupes.",
			[]string{"CHN>RUS:0256"}},
		{"fr", "2016-06-23", "Le gouvernement colombien et les FARC ont conclu un cessez-le-feu.",
			[]string{"COLGOV>COLREB:0871", "COLREB>COLGOV:0871"}},
		{"fr", "2016-06-23", "Colombie : le gouvernement et les FARC signent une trêve",
			[]string{"COLGOV>COLREB:0871", "COLREB>COLGOV:0871"}},
		{"fr", "2012-09-27", "Le Soudan et le Soudan du Sud ont conclu un accord sous l'égide de l'Union africaine.",
			[]string{"SDN>SSD:057", "SSD>SDN:057", "IGOAFRAFU>SDN:045", "IGOAFRAFU>SSD:045"}},
		{"fr", "2019-04-12", "Des milliers de Soudanais sont restés rassemblés devant le siège de l'armée.",
			[]string{"SDNCVL>SDNMIL:141"}},
		{"fr", "2019-04-12", "Le président a rassemblé ses ministres devant le siège du parti.", nil},
		{"fr", "2022-02-10", "Le Mali exige le départ des troupes étrangères du pays.",
			[]string{"MLI>---MIL:1056"}},
		{"fr", "2023-03-27", "Kiev accuse la Russie d'avoir bombardé un hôpital, ce que Moscou nie.",
			[]string{"UKR>RUS:1123", "RUS>UKR:016"}},
		{"fr", "2023-03-27", "Le ministre a rencontré son homologue, ce que le Kremlin dément.", nil},
		{"fr", "2017-09-20", "Le dirigeant nord-coréen menace de « détruire » les États-Unis.",
			[]string{"PRKGOV>USA:138"}},
		{"fr", "2020-01-01", "L'armée russe a bombardé plusieurs villes dont Idleb.",
			[]string{"RUSMIL>SYR:195"}},
		{"fr", "2020-01-01", "L'armée a bombardé la ville dont le maire a critiqué la Turquie.",
			[]string{"---GOV>TUR:111"}},
	})
}

// TestFrwikiOrderedStrike (frwiki round): the author of a strike named
// after the participle that orders or conducts it (195 by that author);
// no author, no event.
func TestFrwikiOrderedStrike(t *testing.T) {
	checkDatedCases(t, []datedCase{
		{"fr", "2024-01-03", "Un commandant du Hezbollah a été tué dans une frappe menée par l'armée israélienne.",
			[]string{"ISRMIL>LBNREB:195"}},
		{"fr", "2024-01-03", "Trois civils ont été tués dans une frappe, selon l'ONG.", nil},
	})
}

// TestFrwikiNounPartner (frwiki round): a reciprocal act whose subject is
// coordinated with a common noun takes no place target (frwiki.go
// nounPartnerSubject); a single subject still does.
func TestFrwikiNounPartner(t *testing.T) {
	checkDatedCases(t, []datedCase{
		{"fr", "2015-07-14", "Le Japon et ses partenaires ont conclu un accord à Genève.", nil},
		{"fr", "2015-07-14", "Le Japon a conclu un accord à Genève.", []string{"JPN>CHE:057"}},
	})
}
