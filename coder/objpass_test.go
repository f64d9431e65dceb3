package coder

import "testing"

// TestObjpassFrontedObjectPassive: more CAMEO roots for the object-fronted
// passive with an agent (en_objpass.txt, fr_objpass.txt, extending
// en_lead7.txt / fr_lead7.txt): "a peace plan put forward by X to Y", « les
// exigences posées par X à Y », "aid pledged by X to Y", a lawsuit, a visit,
// a phone call, an invitation, protests, each with the code of its active
// sentence. "by"/« par » of time or means gives no source and no event.
func TestObjpassFrontedObjectPassive(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"en", d, "A peace plan unveiled by Turkey to Ethiopia was welcomed on Monday.", []string{"TUR>ETH:027"}},
		{"en", d, "A proposal put forward by Kenya to Sudan was discussed on Monday.", []string{"KEN>SDN:022"}},
		{"en", d, "Demands issued by Israel to Lebanon went unanswered.", []string{"ISR>LBN:100"}},
		{"en", d, "Credits extended by India to Sri Lanka eased the crisis.", []string{"IND>LKA:071"}},
		{"en", d, "The agreement concluded by Japan with Australia covers defence.", []string{"JPN>AUS:057", "AUS>JPN:057"}},
		{"en", d, "Military aid promised by Canada to Ukraine has not arrived.", []string{"CAN>UKR:0332"}},
		{"en", d, "Rallies held by teachers against the government in Nairobi drew thousands.", []string{"KENEDU>KENGOV:141"}},
		{"en", d, "An invitation sent by Egypt to Sudan was accepted.", []string{"EGY>SDN:036"}},
		{"fr", d, "Les exigences posées par Israël au Liban sont restées sans réponse.", []string{"ISR>LBN:100"}},
		{"fr", d, "Le plan de paix soumis par la Turquie à l'Éthiopie a été salué lundi.", []string{"TUR>ETH:027"}},
		{"fr", d, "Les crédits octroyés par l'Inde au Sri Lanka ont allégé la crise.", []string{"IND>LKA:071"}},
		{"fr", d, "L'aide militaire promise par le Canada à l'Ukraine n'est pas arrivée.", []string{"CAN>UKR:0332"}},
		{"fr", d, "La visite rendue par le président turc à l'Égypte a pris fin mardi.", []string{"TURGOV>EGY:042"}},
		{"fr", d, "L'invitation lancée par l'Égypte au Soudan a été acceptée.", []string{"EGY>SDN:036"}},
		// controls: "by"/« par » of time or means, no agent
		{"en", d, "A new peace plan will be presented by Friday.", nil},
		{"en", d, "Aid pledged to Ukraine has been delayed.", nil},
		{"fr", d, "La proposition transmise par écrit aux négociateurs a été jugée insuffisante.", nil},
	})
}
