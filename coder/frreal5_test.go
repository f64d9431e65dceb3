package coder

import "testing"

// TestFrReal5HyphenPair: two mentions joined by a hyphen inside one token
// ("russo-turc", "Macron-Poutine") are two parties: coordinated targets of
// a verb, and both sides of a reciprocal noun ("entre=") right after it.
func TestFrReal5HyphenPair(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "En Libye, le maréchal Haftar rejette le cessez-le-feu russo-turc et poursuit les opérations",
			[]string{"LBYMIL>RUS:1246", "LBYMIL>TUR:1246"}, nil},
		{"fr", "Rencontre Macron-Poutine à Moscou",
			[]string{"FRAGOV>RUSGOV:040", "RUSGOV>FRAGOV:040"}, nil},
		{"fr", "Les négociations germano-russes reprennent.",
			[]string{"DEU>RUS:046", "RUS>DEU:046"}, nil},
		// not a pair: a single compound name stays one actor
		{"fr", "Le président de la Bosnie-Herzégovine a rencontré le président serbe.",
			[]string{"BIHGOV>SRBGOV:040"}, nil},
	})
}

// TestFrReal5SanctionsHitVerb: a sanctions or force noun whose required
// target slot is empty takes the object of its verb of hitting ("Les
// sanctions américaines visent Téhéran").
func TestFrReal5SanctionsHitVerb(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les sanctions américaines visent Téhéran",
			[]string{"USA>IRN:163"}, nil},
		{"fr", "Les nouvelles sanctions européennes ont frappé la Russie.",
			[]string{"IGOEUREEC>RUS:163"}, nil},
		// no verb of hitting: no target, no event
		{"fr", "Les sanctions américaines inquiètent les marchés.",
			nil, []string{"USA>:163"}},
	})
}

// TestFrReal5ArticleAfterPrep: "des" after a preposition that takes its
// noun directly ("contre des soldats") is the article, not the genitive of
// an author slot; "auprès des X" (`deprep`) still opens the slot.
func TestFrReal5ArticleAfterPrep(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les attaques contre des soldats américains en Irak se multiplient.",
			nil, []string{"USAMIL>IRQ:190"}},
		{"fr", "Des attaques contre des soldats américains ont été menées par l'État islamique.",
			[]string{"IMGMUSISI>USAMIL:190"}, nil},
		{"fr", "Le ministre a plaidé auprès des Américains pour un cessez-le-feu.",
			[]string{"---GOV>USA:0256"}, nil},
	})
}

// TestFrReal5RequestAuthor: a rejection with no target is directed at the
// author of the request or offer rejected: a country adjective right after
// the noun, or its genitive (`requestnoun`).
func TestFrReal5RequestAuthor(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le Yémen a rejeté une demande américaine d'interroger les détenus.",
			[]string{"YEM>USA:120"}, nil},
		{"fr", "Le président pakistanais a rejeté aujourd'hui une nouvelle offre de l'Afghanistan de pourparlers directs entre les deux voisins.",
			[]string{"PAKGOV>AFG:125"}, nil},
	})
}

// TestFrReal5ThreatPatient: a threat with no target is directed at the
// first other country its complement names, whatever the link ("couper
// l'électricité à la république du Nakhitchevan"); not past an actor of
// the source's own country.
func TestFrReal5ThreatPatient(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "L'Iran a menacé mardi de couper l'électricité à la république autonome azerbaïdjanaise du Nakhitchevan pour factures impayées.",
			[]string{"IRN>AZE:130"}, nil},
		{"fr", "Le Hamas a menacé de s'opposer par la force à la nomination d'un Premier ministre palestinien sous la pression des Américains.",
			nil, []string{"PSEREBHMS>USA:138"}},
	})
}

// TestFrReal5AmountSkipped: a sum of money after the noun ("une aide
// d'environ 70 millions de dollars à la Roumanie") does not push the slot's
// preposition out of reach.
func TestFrReal5AmountSkipped(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Les ministres des Affaires étrangères de la Communauté européenne se sont mis d'accord samedi sur le principe d'une aide d'environ 70 millions de dollars à la Roumanie et à la Pologne.",
			[]string{"IGOEUREEC>ROU:0331", "IGOEUREEC>POL:0331"}, nil},
	})
}

// TestFrReal5PlaceListTwins: an agent of unknown country completed from
// coordinated places stands for one agent per place.
func TestFrReal5PlaceListTwins(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Le chef de la diplomatie américaine va rencontrer ses homologues au Japon et en Corée du Sud",
			[]string{"USAGOV>JPNGOV:036 future", "USAGOV>KORGOV:036 future"}, nil},
		// a single place: one agent
		{"fr", "Le chef de la diplomatie américaine va rencontrer ses homologues au Japon",
			[]string{"USAGOV>JPNGOV:036 future"}, []string{"USAGOV>KORGOV:036 future"}},
	})
}

// TestFrReal5ProtestPurpose: a protest with no target whose purpose
// infinitive is a demand with a target takes that target (and a demand for
// change its sub-code); the demand stays.
func TestFrReal5ProtestPurpose(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "Quelque 200 partisans de l'ancien président Ahmed Ben Bella ont bloqué des routes dans la capitale, Alger, pour exiger son retour à la tête du gouvernement algérien.",
			// the supporters block the roads, one mention with the former
			// president inside (actor round 7, supportersOf): DZAOPP
			[]string{"DZAOPP>DZAGOV:1441"}, []string{"DZAOPP>DZAGOV:144"}},
		{"fr", "Des étudiants kenyans ont entamé une grève pour exiger la démission du gouvernement kenyan.",
			[]string{"KENEDU>KENGOV:1431", "KENEDU>KENGOV:1041"}, nil},
	})
}

// TestFrReal5HitParticiple: a participle of hitting after the object of a
// sanctions, easing or force verb ("les sanctions visant l'or d'Afrique du
// Sud") directs the event at its own object.
func TestFrReal5HitParticiple(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "L'Allemagne a levé mercredi les sanctions visant l'or d'Afrique du Sud.",
			[]string{"DEU>ZAF:085"}, nil},
		{"fr", "L'UE a prolongé les sanctions économiques visant la Russie.",
			[]string{"IGOEUREEC>RUS:163"}, nil},
	})
}

// TestFrReal5ForcePurpose: a use of force with no target whose purpose
// infinitive has an actor as direct object is directed at that actor.
func TestFrReal5ForcePurpose(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"fr", "La police égyptienne a ouvert le feu lundi soir pour disperser des manifestants intégristes musulmans, tuant une personne.",
			// 193: opening fire is small-arms fire (the CAMEO manual's own 193 example; lexfr)
			[]string{"EGYCOP>EGYOPP:193"}, nil},
	})
}
