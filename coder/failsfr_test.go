package coder

import (
	"testing"
)

// TestFailsFr codes invented French wire sentences (dyad <round failsfr>) of
// the failure classes found in the held-back frwire4 and frsub batches: a
// reciprocal event whose partner is the other half of a coordinated subject
// (signed partnerships 057, joint exercises 062, prisoner exchanges 0841),
// weapons named by their system (072, future 0332), aid dropped on or sent
// towards a place (073, promised 0333), a member's suspension lifted (081),
// a vetoed membership (129), praise of an act
// named with its agent (051 to the agent), a truce broken by an attack on X
// (196 to X), sanctions demanded against X (113 to X, the sanctions
// not yet imposed code no 163). Uses codeWire (wire5_test.go).
func TestFailsFr(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		{"2024-05-13", "La France et l'Inde ont signé lundi une feuille de route sur l'industrie de défense.", []string{"FRA>IND:057", "IND>FRA:057"}},
		{"2025-02-20", "Le Japon a conclu avec les Philippines un partenariat de sécurité.", []string{"JPN>PHL:057", "PHL>JPN:057"}},
		{"2024-09-02", "Le Maroc et les États-Unis ont lancé mardi des exercices militaires conjoints dans le sud du royaume.", []string{"MAR>USA:062", "USA>MAR:062"}},
		{"2025-05-23", "L'Ukraine et la Russie ont procédé vendredi à un échange de 390 prisonniers de guerre.", []string{"RUS>UKR:0841", "UKR>RUS:0841"}},
		{"2024-06-25", "La Russie a procédé à un échange de prisonniers avec l'Ukraine.", []string{"RUS>UKR:0841", "UKR>RUS:0841"}},
		{"2024-06-07", "La France va livrer des Mirage 2000 à l'Ukraine.", []string{"FRA>UKR:0332"}},
		{"2023-05-11", "Le Royaume-Uni a fourni des missiles Storm Shadow à Kiev.", []string{"GBR>UKR:072"}},
		{"2024-03-08", "Les États-Unis ont parachuté des vivres sur le nord de la bande de Gaza.", []string{"USA>PSE:073"}},
		{"2024-04-15", "L'Union européenne a promis d'augmenter son aide humanitaire à destination du Liban.", []string{"IGOEUREEC>LBN:0333"}},
		{"2024-02-24", "La Cédéao a levé la suspension de la Guinée.", []string{"IGOWAFWAS>GIN:081"}},
		{"2024-04-18", "La Russie a opposé son veto à l'admission du Kosovo.", []string{"RUS>KSV:129"}},
		{"2024-08-02", "Berlin a salué la libération du journaliste américain par Moscou.", []string{"DEU>RUS:051", "RUS>USAMED:0841"}},
		{"2025-01-27", "Les rebelles ont violé la trêve en bombardant des positions de l'armée congolaise.", []string{"CODREB>CODMIL:196"}},
		{"2025-09-25", "L'Allemagne a réclamé mardi le rétablissement des sanctions de l'ONU contre la Corée du Nord.", []string{"DEU>PRK:113"}},
		{"2024-08-02", "La libération du journaliste américain par Moscou a été saluée par Berlin.", []string{"DEU>RUS:051", "RUS>USAMED:0841"}},
	})
}

// TestFailsFrNot: readings the failsfr rule must not give: an actor after
// the verb is its object, not a reason to pair the coordinated subjects; an
// auxiliary before a participle is no light verb "avoir des discussions";
// co-authors of nominal strikes do not strike each other.
func TestFailsFrNot(t *testing.T) {
	checkWireNot(t, []notCase{
		{"2024-05-13", "La France et l'Allemagne ont signé un partenariat avec le Kenya.", "FRA>DEU:057"},
		{"2023-02-14", "L'Égypte et le Soudan ont entamé des discussions sur le barrage.", "EGY>SDN:040"},
		{"2025-06-24", "Téhéran a menacé de quitter le TNP après les frappes israéliennes et américaines.", "ISR>USA:195"},
	})
}
