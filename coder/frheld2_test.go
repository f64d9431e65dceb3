package coder

import "testing"

// TestFrheld2Classes codes invented sentences for the classes of the
// frheld2 round (failure classes of the spent French held-back batches):
// a third party condemning « cette décision » of the sentence before,
// addresses to a summit or session, appeals for military equipment,
// humanitarian aid towards a place, strikes and protests against a statute
// or norms, human shields and starvation charged as war crimes, talks on a
// withdrawal, extraditions "vers X", envoys ordered out, aid blocked,
// Brussels courts. Cases that must
// still code, or code nothing, are kept next to each class.
func TestFrheld2Classes(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a third party condemning the act of the sentence before, named by a demonstrative
		{"fr", "2024-03-12", "La police géorgienne a arrêté lundi un opposant. L'Union européenne a condamné cette arrestation.", []string{"GEOCOP>GEOOPP:173", "IGOEUREEC>GEOCOP:111"}},
		{"fr", "2024-03-12", "Le gouvernement malien a expulsé le représentant de la Cédéao. Le Sénégal a dénoncé cette expulsion.", []string{"MLIGOV>IGOWAFWAS:174", "SEN>MLIGOV:111"}},
		{"fr", "2024-03-12", "La junte guinéenne a ordonné l'expulsion de l'ambassadeur du Mali. Bamako a dénoncé une décision injuste.", []string{"GINGOV>MLIGOV:161", "MLI>GINGOV:111"}},
		// (the noun's own author named after it keeps the slot's reading)
		{"fr", "2024-03-12", "La police géorgienne a arrêté lundi un opposant. L'Union européenne a condamné cette décision de Moscou.", []string{"GEOCOP>GEOOPP:173", "IGOEUREEC>RUS:111"}},
		// addresses to a summit or a session of a body: 010 to it
		{"fr", "2024-03-12", "Le président kényan s'est adressé au sommet de la Cédéao à Abuja.", []string{"KENGOV>IGOWAFWAS:010"}},
		{"fr", "2024-03-12", "Le président ukrainien s'est exprimé devant une session extraordinaire du Parlement européen.", []string{"UKRGOV>IGOEUREEC:010"}},
		// appeals for military equipment: 0232
		{"fr", "2024-03-12", "La Moldavie a exhorté l'OTAN à accélérer la livraison de systèmes antiaériens.", []string{"MDA>IGOWSTNAT:0232"}},
		{"fr", "2024-03-12", "Le Niger a demandé à la Russie du matériel militaire.", []string{"NER>RUS:0232"}},
		// (an appeal to accelerate talks stays 020-family)
		{"fr", "2024-03-12", "La Moldavie a exhorté la Roumanie à accélérer les négociations.", []string{"MDA>ROU:020"}},
		// humanitarian aid promised in favour of, or shipped towards, a place
		{"fr", "2024-03-12", "Le Canada a promis une aide humanitaire de vingt millions de dollars en faveur du Soudan.", []string{"CAN>SDN:0333"}},
		{"fr", "2024-03-12", "La Turquie a envoyé un navire d'aide humanitaire vers le Liban.", []string{"TUR>LBN:073"}},
		// strikes and protests against a policy, a statute or norms
		{"fr", "2024-03-12", "Les syndicats grecs ont organisé une grève générale contre la réforme du code du travail du gouvernement.", []string{"GRCLAB>GRCGOV:1432"}},
		{"fr", "2024-03-12", "Les médecins algériens se sont mis en grève contre le nouveau statut du gouvernement.", []string{"DZAHLH>DZAGOV:1432"}},
		// human shields and starvation charged: war crimes 1124
		{"fr", "2024-03-12", "Amnesty International a accusé le Hamas d'utiliser des civils comme boucliers humains.", []string{"NGOHRIAMN>PSEREBHMS:1124"}},
		{"fr", "2024-03-12", "L'ONU a accusé l'armée soudanaise d'utiliser la faim comme arme de guerre.", []string{"IGOUNO>SDNMIL:1124"}},
		// talks on a withdrawal are talks
		{"fr", "2024-03-12", "Le Niger et les États-Unis ont entamé des discussions sur le retrait des soldats américains.", []string{"NER>USA:046", "USA>NER:046"}},
		// extradited "vers X", a court's finding of guilt, detention extended, envoys ordered out
		{"fr", "2024-03-12", "La Colombie a extradé un chef de gang vénézuélien vers les États-Unis.", []string{"COL>USA:063"}},
		{"fr", "2024-03-12", "Un tribunal tunisien a reconnu coupable de complot un ancien ministre.", []string{"TUNJUD>TUNELI:116"}},
		{"fr", "2024-03-12", "Un tribunal russe a prolongé la détention d'un journaliste américain.", []string{"RUSJUD>USAMED:173"}},
		{"fr", "2024-03-12", "Le gouvernement malien a ordonné à l'ambassadeur de Suède de quitter le territoire.", []string{"MLIGOV>SWEGOV:161"}},
		{"fr", "2024-03-12", "L'Union africaine a exigé que l'armée éthiopienne se retire de la région.", []string{"IGOAFRAFU>ETHMIL:1056"}},
		// Brussels courts and prosecutors are Belgian justice, not the EU; a bourgmestre is GOV
		{"fr", "2024-03-12", "Le parquet de Bruxelles a ouvert une enquête pour fraude visant le bourgmestre de Namur.", []string{"BELJUD>BELGOV:091"}},
		// (a bare « Bruxelles » still is the Union)
		{"fr", "2024-03-12", "Bruxelles a critiqué la Hongrie.", []string{"IGOEUREEC>HUN:111"}},
		// diplomatic relations suspended 161, parties' ban lifted 0812, threat of an offensive 1384,
		// diplomatic support asked 022
		{"fr", "2024-03-12", "Le Nicaragua a suspendu ses relations diplomatiques avec les Pays-Bas.", []string{"NIC>NLD:161"}},
		{"fr", "2024-03-12", "La junte guinéenne a levé l'interdiction des activités des partis politiques.", []string{"GINGOV>GINPTY:0812"}},
		{"fr", "2024-03-12", "La Russie a brandi la menace d'une intervention militaire contre la Moldavie.", []string{"RUS>MDA:1384"}},
		{"fr", "2024-03-12", "Le Maroc a sollicité l'appui diplomatique de l'Espagne.", []string{"MAR>ESP:022"}},
		// aid blocked is no aid given: the accusation alone
		{"fr", "2024-03-12", "Kiev a accusé la Slovaquie de bloquer l'aide militaire européenne à l'Ukraine.", []string{"UKR>SVK:112"}},
		// (aid unblocked still is aid)
		{"fr", "2024-03-12", "Le Congrès a débloqué l'aide américaine à l'Ukraine.", []string{"---LEG>UKR:070"}},
		// calling X an enemy: 111; drones striking a site in a Russian region
		{"fr", "2024-03-12", "Téhéran a qualifié Israël d'ennemi principal.", []string{"IRN>ISR:111"}},
		{"fr", "2024-03-12", "Des drones ukrainiens ont frappé un dépôt de carburant dans la région de Briansk.", []string{"UKRMIL>RUS:195"}},
	})
}
