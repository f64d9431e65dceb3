package coder

import "testing"

// TestFrRecall4 codes invented French sentences of the constructions the
// frrecall4 round found missed in real French news (sentences of bench news
// with two coded actors and no event, hand-coded blind) and requires
// exactly the expected events: an arrest announced by the arresting
// authority (173; not by an NGO), contacts between two parties (040 each
// way), a negative reaction to another's act (111, the agent after "par"),
// a titled person of unknown code known by the role in apposition, even when
// the role has a complement and the name spaced hyphens (the role is the
// subject), denouncing a backing-down of X (111), a majority of a group as
// subject (demanding of X the withdrawal of its troops, 1056), and the
// actor entries (the European Communities in the plural, the Soviet Union in
// lower case, an EU commissioner, a Shia authority by title, the Ulster
// Unionist Party), a lead of an attack by X put forward (112), and a French threat without target given the actor of
// its "si" condition (speech.go conditionTargets, frrecall4.go
// conditionPeer), and the object after a comparison incise (", comme les
// autres mouvements, la proposition de X": frrecall4.go commeIncise). Uses
// checkWireCases (wire5_test.go).
func TestFrRecall4(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		{"2024-03-12", "La police kényane a annoncé mercredi l'arrestation de deux membres des Shebab.", []string{"KENCOP>SOMREB:173"}},
		{"2024-03-12", "Amnesty International a annoncé l'arrestation de trois journalistes.", nil},
		{"2024-03-12", "Des contacts entre Washington et Téhéran ont eu lieu à Oman.", []string{"USA>IRN:040", "IRN>USA:040"}},
		{"2024-03-12", "Le patronat allemand a réagi négativement au vote, par le Bundestag, d'une taxe sur les transactions.", []string{"DEUBUS>DEULEG:111"}},
		{"2024-03-12", "M. Paul - Henri Durel , ministre allemand des finances pour les questions fiscales , dénonce une nouvelle reculade de la Commission européenne .", []string{"DEUGOV>IGOEUREEC:111"}},
		{"2024-03-12", "M. Jean Morvan, président du Sénat belge depuis 2020, a critiqué le gouvernement néerlandais.", []string{"BELLEG>NLDGOV:111"}},
		{"2024-03-12", "M. Jean Morvan, qui a critiqué le gouvernement néerlandais, a démissionné.", nil},
		{"1992-03-12", "La majorité des Estoniens exige de l'union soviétique le retrait de ses troupes.", []string{"EST>SUN:1056"}},
		{"1992-03-12", "Les Communautés européennes ont livré à la Russie des tonnes de vivres et de médicaments.", []string{"IGOEUREEC>RUS:073"}},
		{"1993-03-12", "Sir Leon Brittan a critiqué le gouvernement japonais.", []string{"IGOEUREEC>JPNGOV:111"}},
		{"2020-01-06", "L'ayatollah Sistani a critiqué le gouvernement irakien.", []string{"IRQREL>IRQGOV:111"}},
		// a French threat's target is the actor of its condition (another
		// state, or the own government of a non-state source)
		{"2024-03-01", "La Chine a menacé de prendre des sanctions si Washington vend des armes à Taïwan.", []string{"CHN>USA:1312"}},
		{"2024-03-01", "Les dirigeants syndicaux polonais ont menacé d'organiser une grève générale si le gouvernement polonais ne renonce pas à la hausse des prix.", []string{"POLLAB>POLGOV:133"}},
		{"2024-03-01", "Le ministre polonais a menacé de démissionner si le Parlement polonais rejette le budget.", nil},
		{"2024-03-01", "L'UUP continue d'exiger le désarmement de l'IRA.", []string{"GBRPTY>GBRREB:1056"}},
		// a lead of an attack by X put forward is a charge against X (112)
		{"2020-01-10", "Ankara privilégie la piste d'un attentat du PKK.", []string{"TUR>TURREB:112"}},
		{"2020-01-10", "Les enquêteurs français évoquent la piste d'une explosion accidentelle de gaz à Lyon.", nil},
		// the object after a comparison incise ", comme X, "
		{"1991-03-01", "Le Parti communiste lituanien a critiqué, comme les autres mouvements baltes, la proposition du gouvernement soviétique.", []string{"LTU>SUNGOV:111"}},
	})
}
