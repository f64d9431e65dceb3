package coder

import "testing"

// TestLead7FrontedObjectPassive: an act's object fronted before its
// participle and the agent right after it (en_lead7.txt, fr_lead7.txt):
// "Rockets fired by Hezbollah at Israel", « des frappes menées par Israël
// sur Rafah », "Sanctions were imposed by the EU on Russia", « l'aide livrée
// par la Turquie à la Syrie »: the object-fronted passives of the active
// lines, with the agent as source (CODING.md: nominal events are coded when
// agent and patient are both explicit). Without an agent, or with only a
// place of origin, there is no event.
func TestLead7FrontedObjectPassive(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"en", d, "Rockets fired by Hezbollah at northern Israel wounded two civilians on Tuesday.", []string{"LBNREB>ISR:194"}},
		{"en", d, "Rockets were fired by Hezbollah at northern Israel on Tuesday.", []string{"LBNREB>ISR:194"}},
		{"en", d, "Drones launched by Russia at Kyiv were shot down overnight.", []string{"RUS>UKR:195"}},
		{"en", d, "Air strikes by Israel on Rafah killed ten people.", []string{"ISR>PSE:195"}},
		{"en", d, "Sanctions imposed by the European Union on Russia took effect on Tuesday.", []string{"IGOEUREEC>RUS:163"}},
		{"en", d, "Military aid provided by Germany to Ukraine reached Kyiv on Tuesday.", []string{"DEU>UKR:072"}},
		{"en", d, "Talks held by Qatar with the Taliban ended on Tuesday.", []string{"QAT>AFGGOV:046", "AFGGOV>QAT:046"}},
		{"en", d, "Threats made by North Korea against Japan alarmed Tokyo.", []string{"PRK>JPN:130"}},
		{"fr", d, "Des roquettes ont été tirées par le Hezbollah sur Israël mardi.", []string{"LBNREB>ISR:194"}},
		{"fr", d, "Des roquettes tirées par le Hezbollah sur le nord d'Israël ont blessé deux civils mardi.", []string{"LBNREB>ISR:194"}},
		{"fr", d, "Des frappes menées par Israël sur Rafah ont tué dix personnes.", []string{"ISR>PSE:195"}},
		{"fr", d, "Des drones ont été lancés par la Russie sur Kiev mardi.", []string{"RUS>UKR:195"}},
		{"fr", d, "L'aide humanitaire envoyée par la Turquie à la Syrie est arrivée à Idlib.", []string{"TUR>SYR:073"}},
		{"fr", d, "Les accusations portées par la Chine contre les États-Unis ont été rejetées.", []string{"CHN>USA:112"}},
		{"fr", d, "Les pourparlers tenus par le Qatar avec les talibans ont pris fin mardi.", []string{"QAT>AFGGOV:046", "AFGGOV>QAT:046"}},
		// controls: no agent, or only a place of origin
		{"en", d, "Rockets were fired at northern Israel on Tuesday.", nil},
		{"fr", d, "Des roquettes ont été tirées sur Israël mardi.", nil},
		{"fr", d, "Des roquettes tirées depuis le Liban ont touché le nord d'Israël mardi.", nil},
	})
}

// TestLead7PossessiveTalks: talks named by their author's possessive, the
// partner after "with" (en_lead7.txt): reciprocal 046, as "held talks with".
func TestLead7PossessiveTalks(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"en", d, "Ukraine's foreign minister's negotiations with Emmanuel Macron came as tensions rose.", []string{"UKRGOV>FRAGOV:046", "FRAGOV>UKRGOV:046"}},
		{"en", d, "Iran's nuclear talks with the United States stalled on Tuesday.", []string{"IRN>USA:046", "USA>IRN:046"}},
		// control: talks an actor was asked to mediate are not its own
		{"en", d, "Haiti's transitional council asked Kenya to mediate talks with armed gangs.", []string{"HTIGOV>KEN:028"}},
	})
}

// TestLead7WeaponImpact: the fronted weapon, its agent, then the verb of its
// impact with the target as object (en_lead7.txt, fr_lead7.txt); an English
// agent slot takes the possessed actor after a possessive ("by Yemen's
// Houthis", match.go); a possessive author's part in someone else's talks
// is no talks of its own.
func TestLead7WeaponImpact(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		{"en", d, "Rockets fired by Hezbollah struck northern Israel on Tuesday.", []string{"LBNREB>ISR:194"}},
		{"en", d, "Drones launched by Russia struck Odesa on Tuesday.", []string{"RUS>UKR:195"}},
		{"en", d, "Missiles fired by Yemen's Houthis at a Greek ship missed.", []string{"YEMREB>GRC:194"}},
		{"fr", d, "Des roquettes tirées par le Hezbollah ont frappé le nord d'Israël mardi.", []string{"LBNREB>ISR:194"}},
		{"fr", d, "Des missiles lancés par la Russie ont touché Kiev dans la nuit.", []string{"RUS>UKR:194"}},
		{"en", d, "Armenia said it would accept the European Union's mediation in talks with Azerbaijan.", []string{"ARM>IGOEUREEC:038"}},
		// control: no agent
		{"fr", d, "Des roquettes ont touché le nord d'Israël mardi.", nil},
	})
}
