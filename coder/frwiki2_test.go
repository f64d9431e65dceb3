package coder

import "testing"

// TestFrwiki2 checks the classes the frwiki2 round fixed from invented French
// Wikinews-register articles (probes/frwiki2.jsonl, w01-w18): accusations of
// waging war (1123), a title's participle with its agent (« X tués par Y »,
// « X reçu à P par Y »), « les deux présidents » of an article naming two
// states, strikes on a building of a place, « X et le chef des Y, Z, »,
// the Basij, J. D. Vance, Carrie Lam and « le chef de l'exécutif » (actor/data/frwiki2_fr.txt), with
// must-not controls. Sentences are new variations, not the probe lines.
func TestFrwiki2(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// accused of waging war, of an act of war: 1123 (not the plain 112)
		{"fr", "2022-05-10", "Le Kremlin a accusé l'OTAN de mener une guerre par procuration contre la Russie.", []string{"RUSGOV>IGOWSTNAT:1123"}},
		{"fr", "2019-06-20", "Le président iranien a accusé les Etats-Unis d'avoir commis un acte de guerre.", []string{"IRNGOV>USA:1123"}},
		// control: an accusation of something else stays 112
		{"fr", "2022-05-10", "Le Kremlin a accusé l'OTAN de mentir.", []string{"RUSGOV>IGOWSTNAT:112"}},
		{"fr", "2019-05-10", "Donald Trump a accusé la Chine de mener une guerre commerciale contre les Etats-Unis.", []string{"USAGOV>CHN:112"}},
		{"fr", "2019-05-10", "Le ministre a accusé le syndicat de mener une guerre contre la réforme.", []string{"---GOV>---LAB:112"}},
		// a title whose verb is a passive participle with its agent
		{"fr", "2023-11-05", "Soudan : des dizaines de civils tués par les Forces de soutien rapide", []string{"SDNREB>SDNCVL:190"}},
		{"fr", "2019-06-12", "Le Premier ministre japonais reçu à Téhéran par le président iranien", []string{"IRNGOV>JPNGOV:043", "JPNGOV>IRN:042"}},
		// controls: a reduced relative after a main verb, and in a
		// sentence with its own verb, still qualifies the object
		{"fr", "2023-11-05", "Les rebelles ont libéré des dizaines de civils enlevés par les milices.", []string{"---REB>---CVL:0841"}},
		{"fr", "2023-11-05", "Des dizaines de civils tués par les milices ont été enterrés samedi.", nil},
		// « les deux présidents » after an article sentence naming both
		{"fr", "2023-10-24", "Le président égyptien a reçu mardi au Caire le président français Emmanuel Macron. Les deux présidents se sont entretenus de la guerre à Gaza.", []string{"EGYGOV>FRAGOV:040", "EGYGOV>FRAGOV:043", "FRAGOV>EGY:042", "FRAGOV>EGYGOV:040"}},
		// a strike on a building or district of a place targets the place
		{"fr", "2024-10-01", "L'armée israélienne a mené une frappe aérienne contre un immeuble de la banlieue sud de Beyrouth.", []string{"ISRMIL>LBN:195"}},
		{"fr", "2024-10-01", "L'aviation russe a mené des frappes contre des maisons du village de Tal Abyad en Syrie.", []string{"RUSMIL>SYR:195"}},
		// a subject coordinated before a phrase whose genitive owner has an
		// apposition: « X et le chef des FARC, Y, » are the two parties
		{"fr", "2016-09-27", "Le président colombien et le chef des FARC, Rodrigo Londoño, ont signé lundi l'accord de paix.", []string{"COLGOV>COLREB:057", "COLREB>COLGOV:057"}},
		// control: the genitive phrase alone stays one party
		{"fr", "2016-09-27", "Le chef des FARC, Rodrigo Londoño, a signé lundi l'accord de paix avec le gouvernement.", []string{"COLREB>COLGOV:057", "COLGOV>COLREB:057"}},
		// « la cheffe de l'exécutif, Carrie Lam, » is the subject (GOV)
		{"fr", "2019-08-11", "La cheffe de l'exécutif, Carrie Lam, a refusé de céder aux revendications des manifestants.", []string{"HKGGOV>HKGOPP:123"}},
		{"fr", "2023-05-02", "Le chef de l'exécutif de Macao a reçu le ministre portugais des Affaires étrangères.", []string{"MACGOV>PRTGOV:043", "PRTGOV>MAC:042"}},
		// experts or advisers sent to help or train an army: 072; not to
		// help doctors
		{"fr", "2014-06-01", "Washington a dépêché des conseillers militaires pour former l'armée irakienne.", []string{"USA>IRQMIL:072"}},
		{"fr", "2014-06-01", "L'OMS a envoyé des experts pour aider les médecins congolais.", nil},
		// the Basij; J. D. Vance with spaced initials
		{"fr", "2022-10-01", "Des miliciens bassidjis ont frappé des étudiants à Téhéran.", []string{"IRNMIL>IRNEDU:182"}},
		{"fr", "2025-03-01", "Le vice-président J. D. Vance a critiqué les dirigeants européens.", []string{"USAGOV>EURGOV:111"}},
	})
}
