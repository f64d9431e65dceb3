package coder

import "testing"

// TestFrheld7ChargesAndRejections: « accuser X d'avoir <acte> » with the
// charge given (1121 crime, 1123 aggression) and rejected appeals for
// de-escalation (1246) or offers to negotiate (125), fr_frheld7.txt.
func TestFrheld7ChargesAndRejections(t *testing.T) {
	const d = "2023-09-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le gouvernement géorgien a accusé la Russie d'avoir empoisonné un opposant réfugié à Tbilissi.", []string{"GEOGOV>RUS:1121"}},
		{"fr", d, "Manille a accusé la marine chinoise d'avoir éperonné un navire philippin.", []string{"PHL>CHNMIL:1123"}},
		{"fr", d, "Le Vietnam a accusé un navire chinois d'avoir percuté un bateau de pêche vietnamien.", []string{"VNM>CHN:1123"}},
		{"fr", d, "Le Kosovo a rejeté jeudi les appels de Washington à une désescalade dans le nord.", []string{"KSV>USA:1246"}},
		{"fr", d, "Le président chypriote a rejeté la proposition d'Ankara de négocier une solution à deux États.", []string{"CYPGOV>TUR:125"}},
		// controls: a plain accusation, a plain rejected appeal
		{"fr", d, "Le Pakistan a accusé l'Inde d'ingérence.", []string{"PAK>IND:112"}},
		{"fr", d, "Le Kosovo a rejeté les appels de Washington.", []string{"KSV>USA:120"}},
	})
}

// TestFrheld7VenuesAndVictims: the Italian head of government's title
// (actor/data/frheld7_fr.txt); a summit held at a place meets no one there
// (frheld7.go prepPartnerVenue); the place of the victim of an act condemned
// without its author is no target (victimPlace); coordinated subjects that
// agree to meet each other (036 both ways, not the venue).
func TestFrheld7VenuesAndVictims(t *testing.T) {
	const d = "2023-09-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le président du Conseil italien a critiqué mardi la Commission européenne.", []string{"ITAGOV>IGOEUREEC:111"}},
		{"fr", d, "Les dirigeants de l'Union européenne tiendront un sommet à Grenade.", nil},
		{"fr", d, "Le ministre allemand des Affaires étrangères a condamné l'attentat contre une mosquée au Pakistan.", nil},
		{"fr", d, "Le Soudan et le Soudan du Sud ont accepté de se rencontrer à Addis-Abeba.", []string{"SDN>SSD:036", "SSD>SDN:036"}},
		// controls: a summit with a named partner, an act with its author
		{"fr", d, "Le président français tiendra un sommet avec le chancelier allemand à Hambourg.", []string{"FRAGOV>DEUGOV:036"}},
		{"fr", d, "Le ministre allemand a condamné l'attaque russe contre un hôpital à Kharkiv.", []string{"DEUGOV>RUS:111", "RUS>UKRHLH:190"}},
	})
}
