package coder

import "testing"

// TestLead5EnterTerritory: French armed forces that « sont entrées en /
// dans » a place of another state occupy territory (192), as « ont pénétré
// dans » and English "entered" (lead4); the preposition « entre » stays a
// preposition (fr_lex.txt noverbform), and other subjects are no
// occupation.
func TestLead5EnterTerritory(t *testing.T) {
	const d = "2017-01-20"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Des troupes ouest-africaines sont entrées en Gambie pour contraindre le président à quitter le pouvoir.", []string{"WAFMIL>GMB:192"}},
		{"fr", d, "L'armée russe est entrée en Ukraine le 24 février.", []string{"RUSMIL>UKR:192"}},
		{"fr", d, "La Finlande est entrée dans l'OTAN.", nil},
		{"fr", d, "Les pourparlers entre la Russie et l'Ukraine ont été suspendus.", nil},
		// the verb of « l'entrée en guerre contre X » (fr_frpat2.txt's noun line)
		{"fr", "2003-03-20", "Les États-Unis sont entrés en guerre contre l'Irak.", []string{"USA>IRQ:190"}},
		{"fr", d, "Les négociations entre Israël et le Hamas ont repris au Caire.", []string{"ISR>PSEREBHMS:046", "PSEREBHMS>ISR:046"}},
	})
}

// TestLead5ActJudgedAfterComma: a participle right after the comma that
// closes the main clause's object (a word that is no actor) judges that
// clause's act, so its agent acts on the clause's subject (par7fr's
// apposedActAuthor, second shape), in both languages; an apposed actor and
// the comma closing an incise keep their readings.
func TestLead5ActJudgedAfterComma(t *testing.T) {
	const d = "2016-09-09"
	checkDatedCases(t, []datedCase{
		{"fr", d, "La Corée du Nord a procédé à son cinquième essai nucléaire, condamné par la Corée du Sud.", []string{"KOR>PRK:111"}},
		{"fr", d, "L'Iran a lancé un satellite, critiqué par les États-Unis.", []string{"USA>IRN:111"}},
		{"en", d, "North Korea carried out a nuclear test, condemned by South Korea.", []string{"KOR>PRK:111"}},
		// controls: the apposed actor is the target; an incise's closing comma
		{"fr", d, "Le Pakistan, accusé par les États-Unis de soutenir les talibans, a démenti.", []string{"USA>PAK:112"}},
		{"fr", d, "Les taxes ayant été, après une longue attente, approuvées par le gouvernement, la ville a payé.", nil},
	})
}

// TestLead5CoordinatedMeetingHeld: « X et Y ont tenu | ont eu des
// entretiens, un sommet » meet each other (040 both ways, fr_lead5.txt),
// as English "X and Y held a summit"; a phone talk stays 041, the verb
// « avait rencontré » and « ont dialogué en marge du sommet » keep their
// own readings.
func TestLead5CoordinatedMeetingHeld(t *testing.T) {
	const d = "2022-11-14"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Xi Jinping et Joe Biden ont tenu un sommet à Bali.", []string{"CHNGOV>USAGOV:040", "USAGOV>CHNGOV:040"}},
		{"fr", d, "Xi Jinping et Joe Biden ont eu lundi de longs entretiens à Bali.", []string{"CHNGOV>USAGOV:040", "USAGOV>CHNGOV:040"}},
		{"fr", d, "Emmanuel Macron et Olaf Scholz ont eu un entretien téléphonique lundi.", []string{"DEUGOV>FRAGOV:041", "FRAGOV>DEUGOV:041"}},
		{"fr", d, "Le Premier ministre arménien et le président azerbaïdjanais ont dialogué en marge du sommet.", []string{"ARMGOV>AZEGOV:046", "AZEGOV>ARMGOV:046"}},
		{"fr", d, "Le président chinois avait rencontré le président américain à Bali.", []string{"CHNGOV>USAGOV:040", "USAGOV>CHNGOV:040"}},
	})
}

// TestLead5SharedHeadOfCountries: « les présidents du Rwanda et de la RDC »
// are two governments (actor/stage.go ofListRole, now French too; fr_lex.txt
// govhead with the plural), coordinated as the English "the presidents of
// Rwanda and Congo"; a singular head does not share its role; weapons named
// by a noun fr_coop.txt lacked (« son artillerie ») are military aid.
func TestLead5SharedHeadOfCountries(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Les présidents du Rwanda et de la RDC ont signé un accord à Washington.", []string{"RWAGOV>CODGOV:057", "CODGOV>RWAGOV:057"}},
		{"fr", d, "L'accord a été signé à Washington par les présidents du Rwanda et de la RDC.", []string{"RWAGOV>CODGOV:057", "CODGOV>RWAGOV:057"}},
		{"fr", d, "Le président du Rwanda et la RDC ont signé un accord.", []string{"RWAGOV>COD:057", "COD>RWAGOV:057"}},
		{"fr", d, "Le Danemark prévoit d'envoyer toute son artillerie à l'Ukraine.", []string{"DNK>UKR:0332"}},
	})
}

// TestLead5DarfurStates: the Darfur states' French spellings are places of
// Sudan (actor/data/fractors_places_fr.txt), as English "North Darfur".
func TestLead5DarfurStates(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Les Forces de soutien rapide ont attaqué plusieurs villages du Darfour-Nord.", []string{"SDNREB>SDN:190"}},
	})
}

// TestLead5LawOfAid: a law or bill voted that speaks of aid codes nothing
// (CODING.md: votes on texts), as English "passed a bill providing aid";
// aid approved without a text keeps its event.
func TestLead5LawOfAid(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le Parlement hongrois a adopté une loi criminalisant l'aide aux migrants.", nil},
		{"fr", d, "Le Congrès américain a adopté une loi d'aide à l'Ukraine.", nil},
		{"fr", d, "L'Union européenne a approuvé une aide humanitaire au Soudan.", []string{"IGOEUREEC>SDN:070"}},
	})
}

// TestLead5PraiseAndPolicy: « saluer X pour le + noun of an act » is praise
// (051) while « pour la photo » stays a greeting; criticising X's pact or
// directive criticises X (111).
func TestLead5PraiseAndPolicy(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Le chancelier allemand a salué le nouveau gouvernement polonais pour le rétablissement de l'État de droit.", []string{"DEUGOV>POLGOV:051"}},
		{"fr", d, "Le président a salué les ministres pour la photo.", nil},
		{"fr", d, "La Hongrie et la Slovaquie ont critiqué le pacte migratoire de la Commission européenne.", []string{"HUN>IGOEUREEC:111", "SVK>IGOEUREEC:111"}},
	})
}

// TestLead5CompanyNouns: French company nouns (actor/data/lead5_fr.txt) are
// business agents whose nationality adjective gives the country.
func TestLead5CompanyNouns(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "Les autorités russes ont saisi les actifs d'un brasseur danois.", []string{"RUSGOV>DNKBUS:1711"}},
	})
}

// TestLead5StrikeOnVillage: air strikes on a village or camp of a place
// target the place's country (195).
func TestLead5StrikeOnVillage(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "L'armée birmane a mené des frappes aériennes sur un village de la région de Sagaing, tuant 20 civils.", []string{"MMRMIL>MMR:195"}},
	})
}

// TestLead5ForeignSecretary: « le secrétaire indien aux Affaires étrangères »
// is India's government (actor/data/lead5_fr.txt).
func TestLead5ForeignSecretary(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"fr", d, "La Première ministre bangladaise, Sheikh Hasina, a rencontré le secrétaire indien aux Affaires étrangères à Dacca.", []string{"BGDGOV>INDGOV:040", "INDGOV>BGDGOV:040"}},
	})
}
