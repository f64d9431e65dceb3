package coder

import "testing"

// TestGaps2Agreements (gaps2 round, 2026-11-27): withdrawing from an
// agreement reduces relations (CAMEO 160) in both languages, with the
// party after "with"/"avec" as target and none otherwise; a withdrawal of
// troops or from a place (also "under" an agreement) stays 0874.
// Invented sentences.
func TestGaps2Agreements(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"en", "Canada withdrew from the fisheries agreement with Norway.", []string{"CAN>NOR:160"}, []string{"CAN>NOR:0874", "CAN>NOR:080"}},
		{"en", "Japan pulled out of the whaling convention.", []string{"JPN>:160"}, []string{"JPN>:080", "JPN>:0874"}},
		{"en", "Hungary exited the migration pact with Austria and Slovenia.", []string{"HUN>AUT:160", "HUN>SVN:160"}, nil},
		{"en", "Washington quit the Vienna arms accord.", []string{"USA>:160"}, []string{"USA>AUT:160", "USA>AUT:080"}},
		// a party named before the noun; a capital there is where it was signed
		{"en", "Canada pulled out of the Norway fisheries pact.", []string{"CAN>NOR:160"}, []string{"CAN>NOR:080"}},
		{"en", "Chile abandoned the Bolivia water treaty.", []string{"CHL>BOL:160"}, nil},
		{"en", "Ankara withdrew from the Lima fisheries convention.", []string{"TUR>:160"}, []string{"TUR>PER:160"}},
		{"en", "Lima signed a fisheries deal with Ankara.", []string{"PER>TUR:057"}, nil},
		{"en", "Kenyan troops withdrew from Somalia.", []string{"KENMIL>SOM:0874"}, []string{"KENMIL>SOM:160"}},
		{"en", "Rwanda withdrew from the town of Goma under the truce agreement with Congo.", []string{"RWA>COD:0874"}, []string{"RWA>COD:160"}},
		{"fr", "Le Canada s'est retiré de l'accord de pêche avec la Norvège.", []string{"CAN>NOR:160"}, nil},
		{"fr", "Le Japon s'est retiré de la convention baleinière.", []string{"JPN>:160"}, nil},
		{"fr", "La Hongrie a quitté le pacte migratoire conclu avec l'Autriche.", []string{"HUN>AUT:160"}, nil},
		{"fr", "Washington est sorti de l'accord de Vienne.", []string{"USA>:160"}, []string{"USA>AUT:160"}},
		{"fr", "La Turquie a annoncé son retrait du traité sur les forces armées conventionnelles.", []string{"TUR>:160"}, []string{"TUR>:0356"}},
		{"fr", "Le Rwanda s'est retiré de Goma en vertu de l'accord de trêve.", []string{"RWA>COD:0874"}, []string{"RWA>:160"}},
	})
}

// TestGaps2Bases (gaps2 round): a base of X in Y belongs to X's armed
// forces (actor/data/gaps2_*.txt), an embassy or consulate to X's
// government: an attack on them targets X, not the place's country; a
// bare "base" names no one. Invented sentences.
func TestGaps2Bases(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "La Syrie a bombardé les bases turques en Irak.", []string{"SYR>TURMIL:195"}, []string{"SYR>IRQ:195"}},
		{"fr", "Des drones yéménites ont frappé la base britannique à Chypre.", nil, []string{"YEMMIL>CYP:195", "YEM>CYP:195"}},
		{"fr", "Le Venezuela a attaqué l'ambassade du Brésil à Caracas.", []string{"VEN>BRAGOV:190"}, []string{"VEN>VEN:190"}},
		{"en", "Syria shelled Turkish bases in Iraq.", []string{"SYR>TURMIL:194"}, []string{"SYR>IRQ:194"}},
		{"en", "North Korea fired missiles at U.S. bases in Japan.", []string{"PRK>USAMIL:194"}, []string{"PRK>JPN:194"}},
		{"en", "Venezuela attacked the Brazilian embassy in Caracas.", []string{"VEN>BRAGOV:190"}, nil},
		{"en", "The Republican base rejected the bill.", nil, []string{"---MIL>:120"}},
	})
}

// TestGaps2GroupTitles (gaps2 round): a title followed by de/des/du + a
// group, with a post-nominal modifier between ("par intérim", "adjoint",
// "intérimaire": word sets title-postmod*), or after the English
// possessive of a group's own body ("the Taliban government's"), takes the
// group's code (the Taliban: AFGGOV after 2021-08-15, as groups.txt dates
// it), not a title of no country. Invented sentences.
func TestGaps2GroupTitles(t *testing.T) {
	checkDatedCases(t, []datedCase{
		{"fr", "2022-06-01", "Le ministre par intérim des talibans a critiqué l'Iran.", []string{"AFGGOV>IRN:111"}},
		{"fr", "2022-06-01", "Le porte-parole adjoint des talibans a critiqué l'Iran.", []string{"AFGGOV>IRN:111"}},
		{"fr", "2024-06-01", "Le président par intérim du Tchad a rencontré le ministre nigérien.", []string{"TCDGOV>NERGOV:040", "NERGOV>TCDGOV:040"}},
		{"fr", "2019-06-01", "Le porte-parole intérimaire des talibans a menacé le Pakistan.", []string{"AFGREB>PAK:130"}},
		{"fr", "2024-06-01", "Le ministre intérimaire du Niger a critiqué le Bénin.", []string{"NERGOV>BEN:111"}},
		{"en", "2022-06-01", "The Taliban government's interior minister criticized Iran.", []string{"AFGGOV>IRN:111"}},
		{"en", "2024-06-01", "The Houthi rebels' spokesman warned Bahrain.", []string{"YEMREB>BHR:130"}},
	})
}
