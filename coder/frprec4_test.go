package coder

import "testing"

// TestFrprec4Classes codes invented sentences for the classes of the
// frprec4 precision round (a judged random sample of French bench news,
// probes/frprec4_judged.txt): agreeing to act ("tomber d'accord pour"), a
// predicted turn into fighting, a genitive slot filled by "dont", a place
// of the source's own country as the target of a nominal attack, members
// of one group in a parenthesis, a head of a party's wing, a wish
// defining a class, a title followed by "actuel", a threat to ask someone
// to act, a pronoun whose gender clashes with the previous source. Cases
// that must still code are kept next to each class.
func TestFrprec4Classes(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// agreeing to act is an intent (03x), no signed agreement
		{"fr", "2025-03-04", "Le Chili et l'Argentine sont tombés d'accord pour relancer les négociations sur le gaz.", []string{"CHL>ARG:036", "ARG>CHL:036"}},
		{"fr", "2025-03-04", "Le Chili et l'Argentine se sont mis d'accord pour relancer les négociations.", []string{"CHL>ARG:036", "ARG>CHL:036"}},
		// (an agreement reached with a partner still is one)
		{"fr", "2025-03-04", "Le Chili et l'Argentine sont tombés d'accord avec le Brésil sur un nouveau traité.", []string{"CHL>BRA:057", "BRA>CHL:057", "ARG>BRA:057", "BRA>ARG:057"}},
		// a turn into fighting still to come is a prediction
		{"fr", "2025-03-04", "Selon les experts, la rivalité va dégénérer en un conflit armé entre l'Inde et le Pakistan.", nil},
		{"fr", "2025-03-04", "Selon Bruxelles, la crise va dégénérer en affrontements entre la Serbie et le Kosovo.", nil},
		// (a turn that happened, and an actor's own future act, still code)
		{"fr", "2025-03-04", "La manifestation a dégénéré en affrontements entre la police et les manifestants.", []string{"---COP>---OPP:190", "---OPP>---COP:190"}},
		{"fr", "2025-03-04", "La Russie va lancer une offensive contre l'Ukraine.", []string{"RUS>UKR:1384"}},
		// "dont" fills a genitive slot: its antecedent, also across a
		// participle joined by "mais"
		{"fr", "2025-03-04", "Le gouvernement nigérien, reconnu par la Russie mais dont la CEDEAO conteste la légitimité, a fermé la frontière.", []string{"RUS>NERGOV:054", "IGOWAFWAS>NERGOV:110"}},
		{"fr", "2025-03-04", "La junte birmane, dont l'ONU conteste la légitimité, a libéré des prisonniers.", []string{"IGOUNO>MMRGOV:110", "MMRGOV>MMRCVL:0841"}},
		// a nominal attack in the source's own country names no target;
		// "près de X" is the place, not the author
		{"fr", "2025-03-04", "Trois soldats ont été tués dans une attaque ukrainienne près de Koursk.", nil},
		{"fr", "2025-03-04", "Deux passants ont été tués dans une attaque tchadienne au Tchad.", nil},
		{"fr", "2025-03-04", "Quatre personnes ont été tuées dans une attaque palestinienne en Cisjordanie.", nil},
		// (an attack on another country still codes)
		{"fr", "2025-03-04", "L'attaque russe contre Kiev a fait dix morts.", []string{"RUS>UKR:190"}},
		// members of one group in a parenthesis are no parties to each other
		{"fr", "2025-03-04", "Deux syndicats (FO et la CGT) acceptent de négocier les salaires.", nil},
		// (coordinated unions signing still are)
		{"fr", "2025-03-04", "La CGT et FO ont signé un accord.", []string{"FRALAB>FRALAB:057"}},
		// the head of a party's wing or faction is the party
		{"fr", "2024-03-04", "Les dirigeants de l'aile droite du Parti républicain ont rencontré le président Joe Biden.", []string{"USAGOV>USAPTY:040", "USAPTY>USAGOV:040"}},
		{"fr", "2025-03-04", "Le président a rencontré les dirigeants de l'aile réformatrice du parti communiste.", []string{"---GOV>---PTY:040", "---PTY>---GOV:040"}},
		{"fr", "2025-03-04", "Les dirigeants de la fraction minoritaire du Likoud ont rencontré le président Isaac Herzog.", []string{"ISRPTY>ISRGOV:040", "ISRGOV>ISRPTY:040"}},
		// a wish in a restrictive relative defines a class
		{"fr", "2025-03-04", "Les touristes étrangers qui souhaitent visiter la Corée du Nord devront obtenir un visa.", nil},
		{"fr", "2025-03-04", "Les investisseurs chinois qui souhaitent investir au Nigeria devront s'associer à une entreprise locale.", nil},
		// (a wish in a non-restrictive relative is an intent)
		{"fr", "2025-03-04", "Le président, qui souhaite rencontrer Vladimir Poutine, a appelé le Kremlin.", []string{"---GOV>RUSGOV:036"}},
		// "actuel" after a title keeps the body after it
		{"fr", "2025-03-04", "Le gouvernement actuel du Mali a expulsé l'ambassadeur de France.", []string{"MLIGOV>FRAGOV:161"}},
		// a threat to ask someone to act targets the object of that act
		{"fr", "2025-03-04", "Le procureur a menacé de demander au tribunal de dissoudre le syndicat étudiant.", []string{"---JUD>---EDU:130"}},
		{"fr", "2025-03-04", "La Chine a menacé de sanctionner les Etats-Unis.", []string{"CHN>USA:1312"}},
		// a pronoun of the other gender is not the previous source
		{"fr", "2024-05-05", "Le ministre britannique a rencontré son homologue. « Elle continue à armer des milices », a-t-il dit.", []string{"GBRGOV>---GOV:040", "---GOV>GBRGOV:040"}},
		// (one of the same gender still is)
		{"fr", "2025-03-04", "Le ministre a reçu l'ambassadeur. Il a condamné la Russie.", []string{"---GOV>RUS:111"}},
	})
}
