package coder

import "testing"

// TestPar2a checks the classes the par2a round fixed from invented
// English/French wire pairs on the cooperative roots 01-09 (probes/par2a.tsv
// a001-a050): French offers to host talks (039), appeals to let aid in and
// aid carried by allowed agencies (0255/0863), a lifted ban striking a party
// (0812), asks to support (022), English invitations to resume talks (026),
// coup-plot and espionage investigations (091) and examined allegations of
// abuses by X (092), with must-not controls. Sentences are new variations,
// not the probe pairs.
func TestPar2a(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// offering to host talks between two parties: intent to mediate
		{"fr", d, "Le Kenya a proposé d'accueillir des négociations entre l'Éthiopie et l'Érythrée.", []string{"KEN>ETH:039", "KEN>ERI:039"}},
		{"en", d, "Kenya offered to host negotiations between Ethiopia and Eritrea.", []string{"KEN>ETH:039", "KEN>ERI:039"}},
		// urging X to let aid convoys in: appeal for access (0255)
		{"fr", d, "L'Union européenne a exhorté le Soudan à laisser passer les convois humanitaires.", []string{"IGOEUREEC>SDN:0255"}},
		{"en", d, "The European Union urged Sudan to let aid convoys into Darfur.", []string{"IGOEUREEC>SDN:0255"}},
		// X allowing agencies to deliver aid: 0863 to them
		{"fr", d, "Le gouvernement éthiopien a autorisé les agences de l'ONU à livrer de l'aide au Tigré.", []string{"ETHGOV>IGOUNO:0863"}},
		// a lifted ban that strikes an opposition party: 0812 (both languages)
		{"fr", d, "La junte malienne a levé l'interdiction visant les partis d'opposition.", []string{"MLIGOV>MLIOPP:0812"}},
		{"en", d, "The Malian junta lifted the ban on opposition parties.", []string{"MLIGOV>MLIOPP:0812"}},
		// asking X to support something: 022; asking X to do something
		// else stays a plain appeal
		{"fr", d, "La Moldavie a demandé à la Roumanie de soutenir sa candidature à l'Union européenne.", []string{"MDA>ROU:022"}},
		// inviting X to resume talks: 026, not a meeting
		{"en", d, "The Greek prime minister invited Turkey to resume talks on the maritime border.", []string{"GRCGOV>TUR:026"}},
		{"fr", d, "Le Premier ministre grec a invité la Turquie à reprendre le dialogue sur la frontière maritime.", []string{"GRCGOV>TUR:026"}},
		// an investigation over espionage or a coup plot: 091; a plain
		// investigation stays 090
		{"en", d, "Polish prosecutors opened an investigation into a former defence minister over alleged espionage.", []string{"POLJUD>POLELI:091"}},
		{"fr", d, "Le parquet polonais a ouvert une enquête visant un ancien ministre de la Défense pour espionnage.", []string{"POLJUD>POLELI:091"}},
		{"en", d, "Polish prosecutors opened an investigation into a former defence minister.", []string{"POLJUD>POLELI:091"}},
		// examining allegations of abuses by X: 092 towards X
		{"en", d, "UN experts investigated allegations of abuses by Sudanese soldiers in Darfur.", []string{"IGOUNO>SDNMIL:092"}},
		{"fr", d, "Des experts de l'ONU ont examiné des allégations d'exactions commises par des soldats soudanais au Darfour.", []string{"IGOUNO>SDNMIL:092"}},
	})
}
