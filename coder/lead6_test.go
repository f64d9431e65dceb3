package coder

import "testing"

// TestLead6OptionalWordSkip: an optional pattern word ("de?") found past
// the next pattern word belongs to another phrase (match.go
// skipsNextWord): « frappes aériennes sur le sud de Gaza » keeps
// fr_pairs9.txt's 195 (the « de » of « sud de » had been taken for the
// optional one, so « aériennes » was looked for after it).
func TestLead6OptionalWordSkip(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Les forces israéliennes ont tué au moins douze Palestiniens dans des frappes aériennes sur le sud de la bande de Gaza dans la nuit.", []string{"ISRMIL>PSECVL:195"}},
		{"fr", d, "Les forces israéliennes ont tué au moins douze Palestiniens dans des frappes de drones sur le sud de Gaza.", []string{"ISRMIL>PSECVL:195"}},
		{"fr", d, "Les forces israéliennes ont tué au moins douze Palestiniens dans des frappes aériennes.", []string{"ISRMIL>PSECVL:195"}},
	})
}

// TestLead6FrenchStrikes: French twins of English strike lines dyad
// already coded (fr_lead6.txt): drones launched after any quantity 195,
// operations ordered 190, drills announced around X 150, warplanes
// striking X's targets 195 to X, and a result participle with a partitive
// quantity (« tuant plus de 400 personnes ») is no event of its own
// (lead6.go resultPartitive).
func TestLead6FrenchStrikes(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "L'Iran a lancé samedi soir plus de 300 drones et missiles contre Israël lors de sa première attaque directe contre le territoire israélien.", []string{"IRN>ISR:195"}},
		{"fr", d, "L'Iran a lancé plus de 300 drones contre Israël lors de sa première attaque directe.", []string{"IRN>ISR:195"}},
		{"fr", d, "Le président russe Vladimir Poutine a ordonné jeudi une opération militaire dans l'est de l'Ukraine.", []string{"RUSGOV>UKR:190"}},
		{"fr", d, "La Chine a annoncé mercredi des manœuvres militaires à tirs réels autour de Taïwan.", []string{"CHN>TWN:150"}},
		{"fr", d, "Des avions de guerre israéliens ont frappé lundi des centaines de cibles du Hezbollah dans le sud du Liban, tuant plus de 400 personnes.", []string{"ISRMIL>LBNREB:195"}},
		// controls: a result with a plain object, and a participle of an act of its own
		{"fr", d, "L'armée israélienne a bombardé Gaza, tuant six civils.", []string{"ISRMIL>PSE:195"}},
		{"fr", d, "La Russie a expulsé un diplomate polonais, l'accusant d'espionnage.", []string{"RUS>POLGOV:161", "RUS>POLGOV:1125"}},
	})
}
