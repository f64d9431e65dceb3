package coder

import "testing"

// TestPar2h checks the classes the par2h round fixed from invented English
// wire sentences on less covered regions and topics (probes/probes_par2h.tsv
// f001-f060), with their French twins: strikes for pay or pensions (1432),
// patrol boats and warships supplied to X (072), appeals to let aid reach a
// place (0255, not 020), a pact with X defended (052, not 074 or 057),
// refusing to extend a defence agreement with X (1212, not 127), with
// controls (a bare strike has no target; drills near X stay 150; boats sent
// to rescue migrants are no military aid). Sentences are new variations,
// not the probe lines.
func TestPar2h(t *testing.T) {
	const d = "2024-05-20"
	checkDatedCases(t, []datedCase{
		// strike for pay, the government named
		{"en", d, "Nurses in Ghana went on strike to demand higher salaries from the government.", []string{"GHAHLH>GHAGOV:1432"}},
		{"fr", d, "Les infirmiers ghanéens se sont mis en grève pour réclamer au gouvernement de meilleurs salaires.", []string{"GHAHLH>GHAGOV:1432"}},
		// patrol boats and warships supplied
		{"en", d, "Japan supplied patrol vessels to the Vietnamese coast guard.", []string{"JPN>VNMMIL:072"}},
		{"en", d, "Italy handed over two frigates to the Indonesian navy.", []string{"ITA>IDNMIL:072"}},
		{"fr", d, "Le Japon a fourni des patrouilleurs à la marine vietnamienne.", []string{"JPN>VNMMIL:072"}},
		// appeal to let aid reach a place
		{"en", d, "The UN secretary-general urged the Ethiopian government to allow aid to reach Tigray.", []string{"IGOUNO>ETHGOV:0255"}},
		{"fr", d, "Le secrétaire général de l'ONU a exhorté le gouvernement éthiopien à laisser l'aide parvenir au Tigré.", []string{"IGOUNO>ETHGOV:0255"}},
		// a pact with X defended
		{"en", d, "The Niger prime minister defended the defence pact with Russia.", []string{"NERGOV>RUS:052"}},
		{"fr", d, "Le Premier ministre nigérien a défendu le pacte de défense avec la Russie.", []string{"NERGOV>RUS:052"}},
		// refusing to extend a defence agreement
		{"en", d, "The Chadian government declined to extend its military agreement with France.", []string{"TCDGOV>FRA:1212"}},
		{"fr", d, "Le gouvernement tchadien a refusé de prolonger son accord militaire avec la France.", []string{"TCDGOV>FRA:1212"}},
		// controls
		{"en", d, "Teachers in Morocco went on strike over pay.", nil},
		{"en", d, "China held joint military exercises near Taiwan.", []string{"CHN>TWN:150"}},
		{"en", d, "Italy sent two boats to rescue migrants off Libya.", nil},
	})
}
