package coder

import "testing"

// TestPar2g checks the classes the par2g round fixed from invented French
// wire sentences in the wire parallel gold's style (probes/probes_par2g.tsv
// f001-f060), with their English twins: an arms embargo "visant/contre" X
// lifted (085) or imposed (163), sanctions on "N entités" of a nationality
// (the adjective names the target, also after a number), an investigation
// "sur les subventions" of a state (090), a protest at a place against a
// bill or reform (its own government, French as English), cooperation
// "broken off" (English 1622/160 as French, not PETRARCH's 130). Sentences
// are new variations, not the probe lines.
func TestPar2g(t *testing.T) {
	const d = "2024-05-20"
	checkDatedCases(t, []datedCase{
		// arms embargo targeting X
		{"fr", d, "Le Conseil de sécurité a levé l'embargo sur les armes visant la Centrafrique.", []string{"IGOUNO>CAF:085"}},
		{"fr", d, "L'Union européenne a prolongé l'embargo sur les armes contre le Soudan.", []string{"IGOEUREEC>SDN:163"}},
		{"en", d, "The Security Council lifted the arms embargo on the Central African Republic.", []string{"IGOUNO>CAF:085"}},
		// sanctions on N entities of a nationality
		{"fr", d, "Le Royaume-Uni a imposé des sanctions à 50 entités iraniennes.", []string{"GBR>IRN:163"}},
		{"fr", d, "Le Japon a imposé des sanctions contre des entités nord-coréennes.", []string{"JPN>PRK:163"}},
		{"en", d, "Britain imposed sanctions on 50 Iranian entities.", []string{"GBR>IRN:163"}},
		// investigation into a state's subsidies
		{"fr", d, "La Commission européenne a lancé une enquête sur les subventions chinoises aux éoliennes.", []string{"IGOEUREEC>CHN:090"}},
		{"en", d, "The European Commission launched an investigation into Chinese subsidies for wind turbines.", []string{"IGOEUREEC>CHN:090"}},
		// protest at a place against a bill: the protesters' government
		{"fr", d, "Des milliers de Slovaques ont manifesté à Bratislava contre la réforme pénale.", []string{"SVKCVL>SVKGOV:1412"}},
		{"en", d, "Thousands of Slovaks protested in Bratislava against the penal reform.", []string{"SVKCVL>SVKGOV:1412"}},
		// cooperation broken off
		{"en", d, "Burkina Faso broke off its military cooperation with France.", []string{"BFA>FRA:1622"}},
		{"fr", d, "Le Burkina Faso a rompu sa coopération militaire avec la France.", []string{"BFA>FRA:1622"}},
	})
}
