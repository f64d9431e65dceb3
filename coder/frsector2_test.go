package coder

import "testing"

// frsector2 round: the sector of French actors (actor/data/frsector2_fr.txt,
// actor/frsector2.go). Invented sentences, not the probes of the round.
func TestFrsector2Sectors(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// border guards are the armed forces (Phoenix BORDER_GUARD [~MIL])
		{"fr", "2024-03-05", "Les gardes-frontières lituaniens ont accusé la Biélorussie d'organiser le passage de migrants.", []string{"LTUMIL>BLR:112"}},
		// the ruling party is a party, as in English (agents_en_dyad.txt) and
		// CODING.md (merge of the ensector2 and frsector2 rounds)
		{"fr", "2024-05-30", "Le parti au pouvoir au Zimbabwe a accusé l'opposition de violences.", []string{"ZWEPTY>ZWEOPP:112"}},
		{"en", "2024-05-30", "Zimbabwe's ruling party accused the opposition of violence.", []string{"ZWEPTY>ZWEOPP:112"}},
		// a state-owned company keeps the demonym after « publique » (GOVBUS as « banque centrale »)
		{"fr", "2024-10-08", "Une entreprise publique russe a critiqué le gouvernement kazakh.", []string{"RUSGOVBUS>KAZGOV:111"}},
		// the armed wing of Hamas is Hamas
		{"fr", "2024-05-15", "Les Brigades Ezzedine al-Qassam ont menacé l'armée israélienne.", []string{"PSEREBHMS>ISRMIL:130"}},
		// a one-sentence story told through a country's domestic actors: its state agents are that country's
		{"fr", "2024-08-12", "Des députés ghanéens ont accusé l'armée de corruption.", []string{"GHALEG>GHAMIL:1121"}},
		{"fr", "2024-01-29", "Des étudiants serbes ont manifesté à Belgrade contre le gouvernement.", []string{"SRBEDU>SRBGOV:141"}},
		// people's offices
		{"fr", "2025-03-01", "Mikheïl Kavelachvili a critiqué l'Union européenne.", []string{"GEOGOV>IGOEUREEC:111"}},
		{"fr", "2024-09-01", "Péter Magyar a accusé Viktor Orban de corruption.", []string{"HUNOPP>HUNGOV:1121"}},
	})
}

// A country named through its government or army, or as a country, is as
// often the counterpart's: it does not reach the state agents.
func TestFrsector2NotDomestic(t *testing.T) {
	checkDatedCases(t, []datedCase{
		{"fr", "2024-08-12", "Le ministre a vivement critiqué les soldats maliens.", []string{"---GOV>MLIMIL:111"}},
		{"fr", "2024-08-12", "Le gouvernement a critiqué la Russie.", []string{"---GOV>RUS:111"}},
	})
}

// A place after « près de », « à proximité de », « au large de » is the
// sentence's place (frsector2.go nearPlace).
func TestFrsector2NearPlace(t *testing.T) {
	checkDatedCases(t, []datedCase{
		{"fr", "2024-05-01", "Des combattants kurdes ont attaqué une patrouille de l'armée turque près de Qamichli.", []string{"SYRREB>TURMIL:190"}},
	})
}
