package coder

import "testing"

// TestPairs7 checks the classes the pairs7 round fixed from invented
// English/French wire pairs (probes/pairs7.tsv u001-u080): pattern lines
// (en_pairs7.txt, fr_pairs7.txt, en_dyad.txt's "suspend X from") and
// fr_lex.txt's homesanction list, with must-not controls. Sentences are new
// variations, not the probe pairs.
func TestPairs7(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// FR: curfew, state of emergency, martial law: the source's own
		// country is the target, as English (en_lex.txt homesanction)
		{"fr", d, "Le gouvernement équatorien a décrété l'état d'urgence dans tout le pays.", []string{"ECUGOV>ECU:1724"}},
		{"fr", d, "Le président arménien a proclamé la loi martiale.", []string{"ARMGOV>ARM:1724"}},
		{"en", d, "The Ecuadorian government declared a state of emergency.", []string{"ECUGOV>ECU:1724"}},
		// FR: a state withdrawn from an international body: 160
		{"fr", d, "Le président argentin a retiré son pays de l'Organisation mondiale de la santé.", []string{"ARGGOV>IGOUNOHLHWHO:160"}},
		// FR: legal proceedings brought against X: 115; a receivership is none
		{"fr", d, "La Commission européenne a engagé une procédure judiciaire contre la Pologne.", []string{"IGOEUREEC>POL:115"}},
		{"fr", d, "Le tribunal a ouvert une procédure de redressement judiciaire contre l'entreprise.", nil},
		// FR: offering to lead a force in a place: 0334
		{"fr", d, "Le Rwanda a proposé de diriger une force multinationale en Centrafrique.", []string{"RWA>CAF:0334"}},
		// EN and FR: a state suspended by an international body: 160 in both;
		// another subject keeps 161 in English
		{"en", d, "The African Union suspended Mali from all its activities.", []string{"IGOAFRAFU>MLI:160"}},
		{"fr", d, "L'Assemblée générale de l'ONU a suspendu la Libye du Conseil des droits de l'homme.", []string{"IGOUNO>LBY:160"}},
		{"en", d, "Russia suspended Poland from the talks.", []string{"RUS>POL:161"}},
		// FR: « continuerait de / continuera à » + verb: intent, as "would keep"
		{"fr", d, "Le chancelier a affirmé que l'Allemagne continuerait de soutenir la Moldavie.", []string{"DEU>MDA:032"}},
		{"fr", d, "L'Allemagne continue de soutenir la Moldavie.", []string{"DEU>MDA:051"}},
		// FR: stripped of nationality: 172
		{"fr", d, "Le Bahreïn a déchu de leur nationalité une centaine d'opposants.", []string{"BHR>BHROPP:172"}},
		// EN and FR: demanding that X end its occupation: 106
		{"en", d, "The Arab League demanded that Israel end its occupation of the Golan Heights.", []string{"IGOMEAARL>ISR:106"}},
		{"fr", d, "La Ligue arabe a exigé qu'Israël mette fin à son occupation du Golan.", []string{"IGOMEAARL>ISR:106"}},
		// EN: threatening force to restore order in X: 138 to X
		{"en", d, "The African Union threatened to use force to restore democracy in Guinea.", []string{"IGOAFRAFU>GIN:138"}},
		// EN: tariffs on imports from X: 163 to X
		{"en", d, "India imposed 20 percent tariffs on imports from China.", []string{"IND>CHN:163"}},
		// EN: people detained while protesting: the arrest 173, not 141
		{"en", d, "Belarusian police detained 200 people protesting against the election result.", []string{"BLRCOP>BLRCVL:173"}},
	})
}
