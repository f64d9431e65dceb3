package coder

import "testing"

// TestFrRecall5 codes invented French sentences of the constructions the
// frrecall5 round found missed in real French news (sentences of bench news
// with two coded actors and no event, hand-coded blind) and requires exactly
// the expected events: authorities named by their domain before the
// nationality adjective (actor/data/frrecall5_fr.txt), international bodies
// written in lower case, opposing a call for a truce (1246, its author after
// a comma and a participle: frrecall5.go farParticipleAfterComma), military
// operations of X aimed at Y (190), proposing to X that (020), one's
// expertise offered (070, intent 033), forcing X to act (170, a threat 130
// after "prêt à", also with the infinitive quoted: frrecall5.go
// quotedInfinitive), a title's lead "N en PAYS :" as the title's country
// (frrecall5.go headlinePlaceLead), and the noun's own adjectival authors
// are not its target in such a title (match.go), agreeing on sanctions or
// retaliation against X and sanctioning with an embargo on X (163), and the
// entry of a Soviet deputy foreign minister. Uses checkWireCases
// (wire5_test.go).
func TestFrRecall5(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		// domain authorities and lower-case international bodies
		{"1994-03-12", "Un protocole a été signé entre les autorités nucléaires belges et néerlandaises.", []string{"BELGOV>NLDGOV:057", "NLDGOV>BELGOV:057"}},
		{"1994-03-12", "Les autorités pénitentiaires espagnoles ont critiqué le gouvernement français.", []string{"ESPCOP>FRAGOV:111"}},
		{"1993-03-12", "Le fonds monétaire international a critiqué le gouvernement russe.", []string{"IGOBUSIMF>RUSGOV:111"}},
		{"1993-03-12", "La banque mondiale a accordé un prêt au Ghana.", []string{"IGOUNODEVWBK>GHA:071"}},
		// opposing a call for a truce, its author after a participle
		{"2024-03-12", "Le Hezbollah s'oppose à l'appel à un cessez-le-feu de trois jours, lancé lundi par le gouvernement libanais.", []string{"LBNREB>LBNGOV:1246"}},
		{"2024-03-12", "Le Hezbollah s'oppose à la proposition de trêve du gouvernement libanais.", []string{"LBNREB>LBNGOV:1246"}},
		// military operations aimed at an actor; a police operation is none
		{"2024-03-12", "Les opérations militaires turques ciblent le PKK.", []string{"TUR>TURREB:190"}},
		{"2024-03-12", "L'opération de la police française vise des trafiquants.", nil},
		// a proposal to X that
		{"2024-03-12", "L'Égypte a proposé au Qatar que les négociateurs se retrouvent au Caire.", []string{"EGY>QAT:020"}},
		// expertise offered, in a title whose lead names the country
		{"2024-03-12", "Naufrage au Sénégal : l'Espagne prête à apporter son expertise", []string{"ESP>SEN:033"}},
		{"2024-03-12", "La Norvège va offrir son expertise au Chili.", []string{"NOR>CHL:033"}},
		{"2024-03-12", "Naufrage au Sénégal : les accusations espagnoles et marocaines", []string{"ESP>SEN:112", "MAR>SEN:112"}},
		{"2024-03-12", "Naufrage au Sénégal : un bilan encore incertain", nil},
		// forcing X to act; a quoted infinitive; criminals force no one
		{"2024-03-12", "Le Kremlin s'est dit prêt à « contraindre l'Ukraine à négocier ».", []string{"RUSGOV>UKR:130"}},
		{"2024-03-12", "Le Kremlin s'est dit prêt à \" contraindre l'Ukraine à négocier \".", []string{"RUSGOV>UKR:130"}},
		{"2024-03-12", "Des cambrioleurs ont contraint les employés à ouvrir le coffre.", nil},
		// agreeing on retaliation against X, sanctioning with an embargo on X
		{"1993-06-12", "Les ministres européens se sont mis d'accord sur des sanctions commerciales contre le Japon.", []string{"IGOEUREEC>JPN:163"}},
		{"1980-01-12", "Jimmy Carter a sanctionné d'un embargo sur les céréales l'Union soviétique.", []string{"USAGOV>SUN:163"}},
		// a Soviet deputy minister of 1986-1991 (actor entry)
		{"1990-01-12", "Mr Rogatchev a rencontré à Pékin le chef de la diplomatie chinoise.", []string{"SUNGOV>CHNGOV:040", "CHNGOV>SUNGOV:040"}},
	})
}
