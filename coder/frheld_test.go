package coder

import "testing"

// TestFrheldClasses codes invented sentences for the classes of the
// frheld round (the failure classes of earlier rounds' held-back French
// probe batches): agreements signed past a date and a place or with a far
// partner, batons used against a group, arrest warrants requested, laws
// approved, a head received before a weapon noun, congratulation
// telegrams, missiles fired "sur X" with a retaliation motive, troops
// massing themselves at a border, abuse of power charged, nationalised
// assets, assurances given during a phone call. Cases that must still
// code, or code nothing, are kept next to each class.
func TestFrheldClasses(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// an agreement signed past a date and a place, or "avec X" past its complement
		{"fr", "2024-09-10", "Le Sénégal et la Mauritanie ont signé mardi à Dakar une dizaine d'accords sur le gaz.", []string{"SEN>MRT:057", "MRT>SEN:057"}},
		{"fr", "2024-09-10", "Le Portugal a signé un accord de coopération en matière de pêche avec le Cap-Vert.", []string{"PRT>CPV:057", "CPV>PRT:057"}},
		// (a wage agreement still codes nothing)
		{"fr", "2024-09-10", "Le patronat a signé un accord salarial.", nil},
		// batons or gas used against a group: repression
		{"fr", "2024-09-10", "La police bangladaise a fait usage de matraques contre des étudiants.", []string{"BGDCOP>BGDEDU:175"}},
		// arrest warrants requested against X: an accusation, 1124 for war crimes
		{"fr", "2024-09-10", "Le procureur de la Cour pénale internationale a demandé un mandat d'arrêt contre le chef des talibans pour crimes contre l'humanité.", []string{"IGOJUD>AFGGOV:1124"}},
		{"fr", "2024-09-10", "Le parquet a requis des mandats d'arrêt contre le président Vladimir Poutine.", []string{"RUSJUD>RUSGOV:112"}},
		// a law approved is a vote: no praise of an actor named in it
		{"fr", "2024-09-10", "Le Parlement kényan a approuvé une loi autorisant le déploiement des policiers.", nil},
		// (approving a person still is)
		{"fr", "2024-09-10", "Le président a approuvé le Premier ministre japonais.", []string{"---GOV>JPNGOV:051"}},
		// a head received before a weapon noun is hosted
		{"fr", "2025-05-10", "Le président polonais a reçu jeudi à Varsovie le président ukrainien, qui lui a demandé davantage de missiles.", []string{"POLGOV>UKRGOV:043", "UKRGOV>POL:042", "UKRGOV>POLGOV:0232"}},
		// (weapons received from X still are a delivery)
		{"fr", "2025-05-10", "L'armée lituanienne a reçu des missiles de l'Allemagne.", []string{"DEU>LTUMIL:072"}},
		// weapons promised to X after the dative: 0332 (also through "à qui")
		{"fr", "2025-05-10", "La France a promis au Tchad des blindés et des drones.", []string{"FRA>TCD:0332"}},
		{"fr", "2025-05-10", "Le Premier ministre britannique a reçu lundi à Londres le président ukrainien, à qui il a promis de nouveaux systèmes de défense aérienne.", []string{"GBRGOV>UKRGOV:043", "UKRGOV>GBR:042", "GBRGOV>UKRGOV:0332"}},
		// (other things promised stay a plain promise)
		{"fr", "2025-05-10", "Le ministre a promis aux agriculteurs des aides et des systèmes d'irrigation.", []string{"---GOV>---AGR:030"}},
		// a congratulation telegram is praise
		{"fr", "2025-05-10", "Le président tunisien a reçu un télégramme de félicitations du roi du Maroc.", []string{"MARGOV>TUNGOV:051"}},
		// missiles fired "sur X": X, not the genitive of a motive
		{"fr", "2025-05-10", "La Russie a tiré des missiles balistiques sur l'Ukraine, en représailles à l'attaque du chef des rebelles tchétchènes.", []string{"RUS>UKR:194"}},
		{"fr", "2025-05-10", "La Russie a tiré un missile balistique sur la ville ukrainienne de Kharkiv.", []string{"RUS>UKR:194"}},
		// troops massing themselves at the border with X
		{"fr", "2025-05-10", "Des troupes érythréennes se sont massées près de la frontière avec l'Éthiopie.", []string{"ERIMIL>ETH:154"}},
		// abuse of power charged: 1121
		{"fr", "2025-05-10", "Le parquet péruvien a accusé l'ancien président Martin Vizcarra d'abus de pouvoir.", []string{"PERJUD>PERELI:1121"}},
		// accused of firing on protesters: 1122 (firing rockets stays 1123)
		{"fr", "2025-05-10", "L'opposition kényane a accusé la police de tirer sur les manifestants.", []string{"KENOPP>KENCOP:1122"}},
		{"fr", "2025-05-10", "Israël a accusé le Hezbollah d'avoir tiré des roquettes sur le Golan.", []string{"ISR>LBNREB:1123"}},
		// the place of a protest is not its target
		{"fr", "2025-05-10", "Des enseignants ghanéens ont défilé à Accra pour réclamer des hausses de salaire.", nil},
		{"fr", "2025-05-10", "Des agriculteurs ont bloqué une autoroute à Lyon.", nil},
		// (a protest against a named actor keeps it)
		{"fr", "2025-05-10", "Des étudiants ont manifesté contre la Chine à Taipei.", []string{"TWNEDU>CHN:141"}},
		// nationalising X's asset
		{"fr", "2025-05-10", "Le gouvernement malien a nationalisé la mine d'or exploitée par le groupe canadien Barrick.", []string{"MLIGOV>CANBUS:1711"}},
		// a future litotes is a future act: "ne manquera pas de sanctionner" as "sanctionnera" (1312)
		{"fr", "2025-05-10", "Le Japon ne manquera pas de sanctionner la Corée du Nord.", []string{"JPN>PRK:1312"}},
		// (a past one is asserted)
		{"fr", "2025-05-10", "Le Japon n'a pas manqué de sanctionner la Corée du Nord.", []string{"JPN>PRK:163"}},
		// "lors de sa rencontre avec X" after a clause: the subject met X;
		// a negated discussion there leaves the meeting held
		{"fr", "2024-05-10", "Le ministre indien a évoqué le commerce lors de sa rencontre avec le président chinois.", []string{"INDGOV>CHNGOV:040", "CHNGOV>INDGOV:040"}},
		{"fr", "2024-05-10", "Le ministre indien a affirmé qu'il n'avait pas parlé du Cachemire lors de sa rencontre avec le président chinois.", []string{"INDGOV>CHNGOV:040", "CHNGOV>INDGOV:040"}},
		// an assurance given during a phone call: 041 each way
		{"fr", "2025-05-10", "Le chancelier allemand a assuré au président brésilien son soutien lors d'un entretien téléphonique.", []string{"DEUGOV>BRAGOV:041", "BRAGOV>DEUGOV:041"}},
	})
}
