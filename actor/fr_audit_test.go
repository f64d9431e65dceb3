package actor

import "testing"

// Tests for the French actor data added after an audit of French news output
// (parties and unions, party members, dated French and European office
// holders). The sentences are invented for the tests.

// TestFrenchPartyLabels: a title + a party label is one mention with the
// title's role (deputies LEG, mayors GOV) or the party (members PTY); unions
// are LAB, employers BUS; "la RN 165" is a road.
func TestFrenchPartyLabels(t *testing.T) {
	const d = "2020-01-10"
	cases := []struct {
		body       string
		want, none []string
	}{
		{"Le député LR Paul Martin a interpellé le maire PS de la ville.", []string{"député LR=FRALEG", "maire PS=FRAGOV"}, nil},
		{"Des militants RN ont distribué des tracts devant les sénateurs LREM.", []string{"militants RN=FRAPTY", "sénateurs LREM=FRALEG"}, nil},
		{"La CGT, FO et la CFDT ont rencontré le Medef et la FNSEA.", []string{"CGT=FRALAB", "FO=FRALAB", "CFDT=FRALAB", "Medef=FRABUS", "FNSEA=FRAAGR"}, nil},
		{"Des syndicalistes CGT ont bloqué le dépôt.", []string{"syndicalistes CGT=FRALAB"}, nil},
		{"Le secrétaire national des Verts a critiqué le RN.", []string{"Verts=FRAPTY", "RN=FRAPTY"}, nil},
		{"Un accident a bloqué la RN 165 pendant deux heures.", nil, []string{"RN"}},
		{"La candidate socialiste et les militants communistes ont manifesté.", []string{"candidate socialiste=---PTY", "militants communistes=---PTY"}, nil},
		{"Le candidat a répondu aux électeurs.", []string{"candidat=---PTY"}, nil},
		{"Le député-maire de la ville a reçu les élus.", []string{"député-maire=---LEG"}, nil},
		{"Le président du gouvernement espagnol a reçu son homologue.", []string{"président du gouvernement espagnol=ESPGOV"}, nil},
		{"Les eurodéputées et le Bundestag ont salué l'accord.", []string{"eurodéputées=IGOEUREEC", "Bundestag=DEULEG"}, nil},
		{"RSF a dénoncé l'arrestation du journaliste.", []string{"RSF=NGOMED"}, nil},
		{"Les dirigeants de l'usine ont reçu le président du groupe socialiste.", []string{"dirigeants de l'usine=---BUS", "président du groupe socialiste=FRALEG"}, nil},
		{"Pour le député de la Vienne, les forces policières ont chargé.", []string{"député de la Vienne=FRALEG", "forces policières=FRACOP"}, nil},
		{"Le maire de Vienne a reçu la CGT et le CNPF.", []string{"maire de Vienne=AUTGOV", "CGT=FRALAB", "CNPF=FRABUS"}, nil},
		{"La France a demandé à la Commission d'agir, selon la Commission électorale.", []string{"Commission=IGOEUREEC", "Commission électorale=---GOV"}, nil},
		{"La chaîne de restaurants a quitté l'Italie.", []string{"Italie=ITA"}, []string{"chaîne"}},
		{"Des gangs armés ont attaqué le président déchu.", []string{"gangs armés=---UAF", "président déchu=---ELI"}, nil},
		{"La montée de l'extrême droite inquiète un parti d'extrême gauche.", []string{"extrême droite=---PTY", "parti d'extrême gauche=---PTY"}, nil},
	}
	for _, c := range cases {
		expectMentions(t, c.body, d, "fr", c.want, c.none)
	}
}

// TestFrenchNonActors: fixed phrases with an agent word that name no one.
func TestFrenchNonActors(t *testing.T) {
	const d = "2020-01-10"
	cases := []struct {
		body string
		none []string
	}{
		{"L'assemblée générale du club de football a eu lieu samedi.", []string{"assemblée"}},
		{"Une femme a été mordue par son berger malinois.", []string{"berger"}},
		{"Il a été condamné à des travaux d'intérêt général.", []string{"général"}},
		{"Les états généraux de l'alimentation se sont ouverts.", []string{"généraux"}},
		{"Le congrès du parti s'est tenu à Lyon.", []string{"congrès"}},
		{"Les candidats au bac ont passé l'épreuve de philosophie.", []string{"candidats"}},
	}
	for _, c := range cases {
		expectMentions(t, c.body, d, "fr", nil, c.none)
	}
	// the US Congress keeps its capital
	expectMentions(t, "Le Congrès a voté le budget.", d, "fr", []string{"Congrès=---LEG"}, nil)
}

// TestFrenchOfficeHolders2012: people of the 2012 French and European news
// with their role at the date, and after leaving office.
func TestFrenchOfficeHolders2012(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, kb, []lookupCase{
		{"Jean-François Copé", "2012-11-20", "FRAPTY"},     // UMP secretary-general, then president
		{"Nadine Morano", "2011-06-01", "FRAGOV"},          // minister under Fillon
		{"Nadine Morano", "2012-09-01", "FRAPTY"},          // out of government from May 2012
		{"Cécile Duflot", "2012-01-01", "FRAPTY"},          // EELV national secretary
		{"Cécile Duflot", "2013-01-01", "FRAGOV"},          // housing minister 2012-2014
		{"Jérôme Cahuzac", "2013-06-01", "FRAELI"},         // resigned March 2013
		{"Claude Bartolone", "2013-01-01", "FRALEG"},       // president of the National Assembly
		{"Gérard Larcher", "2020-01-01", "FRALEG"},         // president of the Senate
		{"Agnès Buzyn", "2019-06-01", "FRAGOV"},            // health minister 2017-2020
		{"Agnès Buzyn", "2021-01-01", "FRAELI"},            // left in February 2020
		{"Philippe Martinez", "2019-12-05", "FRALAB"},      // CGT secretary-general
		{"Christine Lagarde", "2015-01-01", "IGOBUSIMF"},   // IMF managing director
		{"Christine Lagarde", "2022-01-01", "IGOEUREEC"},   // ECB president
		{"Lucas Papadimos", "2012-02-01", "GRCGOV"},        // Greek prime minister 2011-2012
		{"Antonis Samaras", "2012-03-01", "GRCPTY"},        // New Democracy leader before June 2012
		{"Silvio Berlusconi", "2013-01-01", "ITAPTY"},      // out of government from November 2011
		{"Mohamed Morsi", "2012-08-01", "EGYGOV"},          // president from 30 June 2012
		{"Mitt Romney", "2012-10-01", "USAPTY"},            // Republican candidate
		{"Abdoulaye Wade", "2013-01-01", "SENELI"},         // lost in 2012
		{"Amadou Toumani Touré", "2012-06-01", "MLIELI"},   // ousted in March 2012
		{"Castex", "2021-01-01", "FRAGOV"},                 // surname alone
		{"Pelosi", "2020-01-10", "USALEG"},                 // surname alone
		{"Tantaoui", "2012-03-01", "EGYGOVMIL"},            // head of the military council
		{"Moubarak", "2012-03-01", "EGYELI"},               // ousted 2011-02-11
		{"Jean-Claude Trichet", "2010-01-01", "IGOEUREEC"}, // ECB president 2003-2011
		{"Salam Fayyad", "2014-01-01", "PSEELI"},           // resigned 2013
		{"Luc Chatel", "2012-09-01", "FRAPTY"},             // out of government from May 2012
		{"François Bayrou", "2012-04-01", "FRAPTY"},        // MoDem candidate
		{"Georges Papandréou", "2010-06-01", "GRCGOV"},     // prime minister 2009-2011
		{"Giorgio Napolitano", "2016-01-01", "ITAELI"},     // president until January 2015
		{"Kofi Annan", "2012-05-01", "IGOUNO"},             // UN-Arab League envoy for Syria 2012
		{"Rick Santorum", "2012-03-01", "USAPTY"},          // Republican primaries
		{"Ahmed Shafik", "2012-05-20", "EGYPTY"},           // presidential candidate
		{"Pierluigi Bersani", "2007-01-01", "ITAGOV"},      // Phoenix role kept
		{"Boris Johnson", "2012-06-01", "GBRGOV"},          // mayor of London
	})
}
