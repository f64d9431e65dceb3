package coder

import (
	"strings"
	"testing"
)

// TestFrSub codes invented French wire sentences (AFP, RFI, Le Monde, Le
// Soir, Le Temps, Jeune Afrique register) whose CAMEO root was already found
// but whose sub-code was the generic one before the frsub round
// (data/fr_round8.txt): appeals by topic (0213, 0234, 0244, 0255, 0256, 028),
// troops sent within a mission or to guarantee a truce (074, its intent
// 0334), economic and military cooperation (061, 062), money given (071),
// humanitarian goods sent to a place (073), human-rights charges (1122),
// threats of attack (1384), air strikes and missiles on a target named by
// an adjective (195, 194), violent protest (145), stated wishes to meet
// (036), demanded extraditions (1013). Uses codeWire (wire5_test.go).
func TestFrSub(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		{"2024-11-05", "Le président ukrainien a demandé à l'OTAN de protéger la population civile contre les frappes russes.", []string{"UKRGOV>IGOWSTNAT:0234"}},
		{"2023-08-10", "L'Union africaine a appelé la junte nigérienne à rétablir l'ordre constitutionnel dans les meilleurs délais.", []string{"IGOAFRAFU>NERGOV:0244"}},
		{"2024-03-19", "Le secrétaire général de l'ONU a appelé Israël à autoriser l'accès des convois humanitaires au nord de Gaza.", []string{"IGOUNO>ISR:0255"}},
		{"2024-04-14", "Le chancelier allemand a exhorté l'Iran et Israël à éviter toute escalade au Proche-Orient.", []string{"DEUGOV>IRN:0256", "DEUGOV>ISR:0256"}},
		{"2023-06-22", "La Commission européenne a appelé la Serbie à coopérer avec la justice internationale.", []string{"IGOEUREEC>SRB:0213"}},
		{"2025-03-02", "Le président français s'est dit prêt à envoyer des soldats en Ukraine pour garantir un accord de paix.", []string{"FRAGOV>UKR:0334"}},
		{"2024-07-01", "Le Bénin a envoyé des policiers en Haïti dans le cadre de la mission de sécurité soutenue par l'ONU.", []string{"BEN>HTI:074"}},
		{"2023-03-07", "Le Maroc et le Nigeria ont renforcé leur coopération énergétique autour du projet de gazoduc.", []string{"MAR>NGA:061", "NGA>MAR:061"}},
		{"2024-01-16", "Le Mali et la Russie ont renforcé leur coopération militaire.", []string{"MLI>RUS:062", "RUS>MLI:062"}},
		{"2024-12-20", "Le Japon a versé 1,2 milliard de dollars à l'Ukraine pour soutenir son budget.", []string{"JPN>UKR:071"}},
		{"2023-11-21", "La Jordanie a acheminé des tonnes de vivres vers la bande de Gaza.", []string{"JOR>PSE:073"}},
		{"2024-05-29", "Human Rights Watch a accusé l'armée burkinabè d'exécutions sommaires de villageois.", []string{"NGOHRI>BFAMIL:1122"}},
		{"2024-08-12", "Le Hezbollah a menacé de frapper le port de Haïfa.", []string{"LBNREB>ISR:1384"}},
		{"2024-10-01", "L'Iran a menacé Israël de représailles militaires après l'assassinat du chef du Hezbollah.", []string{"IRN>ISR:138"}},
		{"2024-02-03", "Les États-Unis ont mené des frappes aériennes contre des positions iraniennes en Syrie.", []string{"USA>IRNMIL:195"}},
		{"2024-11-22", "La Russie a tiré un missile balistique hypersonique sur la ville ukrainienne de Dnipro.", []string{"RUS>UKR:194"}},
		{"2023-07-01", "Des manifestants ont pris d'assaut la mairie de la ville, selon la préfecture.", []string{"---OPP>---GOV:145"}},
		{"2025-02-14", "Le président américain a dit vouloir rencontrer le président russe dans les prochaines semaines.", []string{"USAGOV>RUSGOV:036"}},
		{"2024-06-05", "Le Kenya a exigé de l'Ouganda l'extradition de l'opposant.", []string{"KEN>UGA:1013"}},
		{"2025-10-02", "Les évêques camerounais ont appelé le président à renoncer à un huitième mandat.", []string{"CMRCHR>CMRGOV:0241"}},
		{"2023-06-14", "Le gouvernement malawite a sollicité un prêt auprès du FMI pour faire face à la crise.", []string{"MWIGOV>IGOBUSIMF:0231"}},
		{"2024-09-03", "Le parquet de Dakar a ouvert une enquête pour détournement de fonds visant un ancien ministre.", []string{"SENJUD>SENELI:091"}},
		{"2023-02-27", "Le Conseil des droits de l'homme a ouvert une enquête sur les exactions commises par l'armée éthiopienne.", []string{"IGOUNO>ETHMIL:092"}},
		{"2025-01-08", "Le Guyana a accusé le Venezuela de violations répétées de son territoire.", []string{"GUY>VEN:1123"}},
		{"2025-03-27", "Le président américain a menacé l'Union européenne de droits de douane punitifs.", []string{"USAGOV>IGOEUREEC:1312"}},
		{"2024-01-11", "La Corée du Nord a menacé Séoul d'une riposte nucléaire.", []string{"PRK>KOR:1385"}},
		{"2024-03-12", "Les houthis ont attaqué un cargo britannique avec des drones en mer Rouge.", []string{"YEMREB>GBRBUS:195"}},
		{"2023-02-06", "La Corée du Nord a refusé de laisser les inspecteurs de l'AIEA visiter le site de Yongbyon.", []string{"PRK>IGOUNOIAE:1245"}},
		{"2024-11-29", "L'Iran a autorisé les experts de l'AIEA à inspecter ses installations nucléaires.", []string{"IRN>IGOUNOIAE:0862"}},
		{"2025-02-08", "La Russie a remis à l'Ukraine 150 prisonniers de guerre dans le cadre d'un échange.", []string{"RUS>UKR:0841"}},
		{"2023-03-23", "Les enseignants sénégalais ont lancé une grève contre le projet de loi du gouvernement.", []string{"SENEDU>SENGOV:1432"}},
		{"2024-10-21", "Les autorités sénégalaises ont suspendu les activités du parti d'opposition Pastef.", []string{"SENGOV>SENOPP:1722"}},
		{"2024-02-20", "Le président centrafricain a demandé à la Russie de renforcer sa présence militaire dans le pays.", []string{"CAFGOV>RUS:0234"}},
		{"2024-01-10", "Le Qatar a appelé Israël à lever le blocus de la bande de Gaza.", []string{"QAT>ISR:0256"}},
		{"2023-10-04", "Le gouvernement burkinabè a rejeté les conclusions du rapport de Human Rights Watch.", []string{"BFAGOV>NGOHRI:120"}},
		{"2025-04-01", "La Corée du Nord a menacé le Japon d'une riposte militaire.", []string{"PRK>JPN:138"}},
		{"2024-10-03", "L'aviation israélienne a bombardé plusieurs positions du Hamas dans le centre de Gaza.", []string{"ISRMIL>PSEREBHMS:195"}},
		{"2024-07-15", "L'armée malienne a tiré des obus de mortier sur les positions des rebelles touareg.", []string{"MLIMIL>MLIREB:194"}},
	})
}

// TestFrSubNot: readings the frsub lines must not give: a trade war avoided
// is no military de-escalation (0256), troops deployed without a mission or
// a truce stay a mobilisation, a threat of retaliation stays 138.
func TestFrSubNot(t *testing.T) {
	c, kb := realStages(t)
	for _, tc := range []struct{ date, text, notCode string }{
		{"2019-05-14", "Le président chinois a exhorté les États-Unis à éviter une guerre commerciale.", "0256"},
		{"2023-10-09", "Israël a déployé des milliers de soldats à la frontière de Gaza.", "074"},
		{"2024-04-02", "L'Iran a menacé Israël de représailles après la frappe contre son consulat à Damas.", "1384"},
	} {
		for _, e := range codeWire(t, c, kb, tc.date, tc.text) {
			if strings.HasSuffix(e, ":"+tc.notCode) {
				t.Errorf("%s (%s): unexpected %s", tc.text, tc.date, e)
			}
		}
	}
}
