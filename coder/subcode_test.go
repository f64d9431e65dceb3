package coder

import "testing"

// TestSubcodeRound: exact CAMEO sub-codes where dyad fell back to the parent
// code or coded nothing (en_subcode.txt, fr_subcode.txt; subcode round,
// 2026-11-27): accession to a demand whose content is said (0831/0832),
// receiving peacekeepers (0861), troops sent to secure another country (074),
// property given back (0842), « déclarer un cessez-le-feu » (0871), « exiger
// que X extrade » (1013), rejecting a request to keep soldiers (1212), a
// crossing opened for aid (0863). Sentences are not the probe file's.
func TestSubcodeRound(t *testing.T) {
	const d = "2024-06-12"
	checkDatedCases(t, []datedCase{
		{"en", d, "Pakistan accepted the opposition's demand to hold early elections.", []string{"PAK>PAKOPP:0831"}},
		{"en", d, "The Kenyan government accepted the protesters' demand to withdraw the finance bill.", []string{"KENGOV>KENOPP:0832"}},
		{"en", d, "Mali accepted the deployment of UN peacekeepers.", []string{"MLI>IGOUNO:0861"}},
		{"en", d, "Chad deployed troops to Niger to help secure the border.", []string{"TCD>NER:074"}},
		{"en", d, "Belgium returned looted artefacts to Rwanda.", []string{"BEL>RWA:0842"}},
		{"en", d, "Egypt reopened the Rafah crossing to let aid trucks into Gaza.", []string{"EGY>PSE:0863"}},
		{"fr", d, "Le Tchad a envoyé des soldats au Niger pour protéger la capitale.", []string{"TCD>NER:074"}},
		{"fr", d, "La France a restitué au Sénégal le sabre d'El Hadj Omar.", []string{"FRA>SEN:0842"}},
		{"fr", d, "L'Irak a exigé que la Turquie extrade les suspects.", []string{"IRQ>TUR:1013"}},
		{"fr", d, "L'Éthiopie a déclaré un cessez-le-feu avec l'Érythrée.", []string{"ETH>ERI:0871", "ERI>ETH:0871"}},
		{"fr", d, "Le Mali a rejeté la demande de la France de maintenir ses militaires dans le pays.", []string{"MLI>FRA:1212"}},
		{"fr", d, "Le gouvernement kényan a cédé aux revendications des manifestants en retirant le projet de loi.", []string{"KENGOV>KENOPP:0832"}},
		// controls: the demand's content not said stays 083; troops sent without a purpose stay 154
		{"en", d, "Pakistan accepted the opposition's demands.", []string{"PAK>PAKOPP:083"}},
		{"en", d, "Rwanda deployed troops to Mozambique.", []string{"RWA>MOZ:154"}},
		{"fr", d, "Le Pakistan a exigé de l'Afghanistan la libération des otages.", []string{"PAK>AFG:1053"}},
	})
}

// TestSubcodeRoundCharges: accusations with the charge said (1121, 1123) and
// appeals or demands that X stop or cancel a plan, law or policy (0242, 1042);
// military objects stay 0256/1056 (en_subcode.txt, fr_subcode.txt).
func TestSubcodeRoundCharges(t *testing.T) {
	const d = "2024-06-12"
	checkDatedCases(t, []datedCase{
		{"en", d, "China accused Taiwan of preparing for war.", []string{"CHN>TWN:1123"}},
		{"en", d, "Armenia accused Azerbaijan of occupying its territory.", []string{"ARM>AZE:1123"}},
		{"en", d, "Sudan accused the RSF of looting the national museum.", []string{"SDN>SDNREB:1121"}},
		{"en", d, "Norway urged Russia to suspend its new fishing ban.", []string{"NOR>RUS:0242"}},
		{"en", d, "China demanded that the Philippines cancel its defence deal with Japan.", []string{"CHN>PHL:1042"}},
		{"fr", d, "L'Ukraine a accusé la Russie d'avoir saisi deux de ses navires.", []string{"UKR>RUS:1123"}},
		{"fr", d, "Le Soudan a accusé les FSR de piller des convois humanitaires.", []string{"SDN>SDNREB:1121"}},
		{"fr", d, "Le Japon a appelé la Chine à abandonner son projet de loi sur les ONG.", []string{"JPN>CHN:0242"}},
		{"fr", d, "Pékin a exigé que Washington cesse de vendre des armes à Taïwan.", []string{"CHN>USA:1042"}},
		// controls: a charge not in the lists, a plane shot down stay 112; an action
		// stopped stays 020 (ceaseverb); military objects stay 0256/1056
		{"en", d, "Hungary accused Brussels of blocking funds for Budapest.", []string{"HUN>IGOEUREEC:112"}},
		{"fr", d, "La Turquie a accusé la Syrie d'avoir abattu un de ses drones.", []string{"TUR>SYR:112"}},
		{"en", d, "Norway urged Russia to stop dumping nuclear waste in the Arctic.", []string{"NOR>RUS:020"}},
		{"en", d, "Egypt urged Israel to halt its offensive on Rafah.", []string{"EGY>ISR:0256"}},
		{"fr", d, "Le Mali a exigé que la France cesse ses frappes.", []string{"MLI>FRA:1056"}},
	})
}
