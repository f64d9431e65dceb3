package coder

import "testing"

// TestPar3fr checks the classes the par3fr round fixed from invented French
// wire sentences in the wire parallel gold's style (probes/probes_par3fr.tsv
// f001-f070): optimism « quant à » a treaty « avec X » (013), a joint patrol
// (062 both ways, English twin), threats to annihilate X (138), « réclamer à
// X la libération » (1053), hundreds of civilians killed (202), howitzers
// delivered (072), praise for an adoption « par X » (051), troops massed at a
// border named by its adjective (154), strikes on targets named by an
// adjective (190), « renoncer à » negating its complement, sanctions on « le
// secteur pétrolier » of a state (085), a destination after « l'envoi de
// policiers en X » (not the protesters' country), « sur » after talks opening
// their topic, « demander le départ des troupes » (0256). Sentences are new
// variations, not the probe lines.
func TestPar3fr(t *testing.T) {
	const d = "2024-05-20"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le président ukrainien s'est montré confiant quant à la conclusion d'un accord avec les États-Unis.", []string{"UKRGOV>USA:013"}},
		{"fr", d, "Les armées indienne et française ont effectué une patrouille conjointe dans l'océan Indien.", []string{"INDMIL>FRAMIL:062", "FRAMIL>INDMIL:062"}},
		{"en", d, "US and Philippine navies conducted a joint patrol in the South China Sea.", []string{"USAMIL>PHLMIL:062", "PHLMIL>USAMIL:062"}},
		{"fr", d, "Le Hezbollah a menacé d'anéantir Tel-Aviv.", []string{"LBNREB>ISR:138"}},
		{"fr", d, "La Pologne a réclamé à la Biélorussie la libération d'un journaliste.", []string{"POL>BLR:1053"}},
		{"fr", d, "La Pologne a demandé à la Biélorussie la libération d'un journaliste.", []string{"POL>BLR:0253"}},
		{"fr", d, "Des jihadistes ont tué des centaines de civils dans le nord du Mali.", []string{"MLIREB>MLICVL:202"}},
		{"fr", d, "L'Allemagne a livré des obusiers à l'Ukraine.", []string{"DEU>UKR:072"}},
		{"fr", d, "La Turquie a salué la décision par l'ONU de prolonger l'accord.", []string{"TUR>IGOUNO:051"}},
		{"fr", d, "La Russie a déployé des soldats le long de la frontière finlandaise.", []string{"RUS>FIN:154"}},
		{"fr", d, "L'armée russe a frappé des installations énergétiques ukrainiennes.", []string{"RUSMIL>UKR:190"}},
		{"fr", d, "Le président a renoncé à se rendre à Moscou.", nil},
		{"fr", d, "Les États-Unis ont allégé leurs sanctions contre le secteur minier birman.", []string{"USA>MMR:085"}},
		{"fr", d, "La police sénégalaise a dispersé à coups de gaz lacrymogène des manifestants opposés à l'envoi de soldats au Mali.", []string{"SENCOP>SENOPP:175"}},
		{"fr", d, "L'Égypte a relancé les pourparlers sur un cessez-le-feu au Soudan.", nil},
		{"fr", d, "Le Mali a demandé le départ des troupes de l'ONU.", []string{"MLI>IGOUNO:0256"}},
	})
}
