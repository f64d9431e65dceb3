package actor

import "testing"

// TestOrgs2026Mentions (orgs2026 round, 2026-11-27): organisations and groups of
// 2022-2026 news (orgs2026.txt, orgs2026_fr.txt, orgs2026_en.txt) get their code in
// invented sentences, and the acronyms limited to one language keep their meaning in
// the other ("PTI" is Imran Khan's party in French, the Press Trust of India in
// English; "AfD" is a party in both).
func TestOrgs2026Mentions(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ lang, date, body, mention, want string }{
		{"en", "2025-03-16", "Washington condemned the Tren de Aragua gang.", "Tren de Aragua", "VENCRM"},
		{"fr", "2025-03-28", "La coalition Viv Ansanm a attaqué un commissariat à Port-au-Prince.", "coalition Viv Ansanm", "HTICRM"},
		{"en", "2025-02-20", "Soldiers clashed with the Sinaloa cartel in Culiacan.", "Sinaloa cartel", "MEXCRM"},
		{"fr", "2025-02-20", "Le CJNG a revendiqué l'embuscade.", "CJNG", "MEXCRM"},
		{"en", "2024-03-08", "Israel accused the UN Relief and Works Agency of bias.", "UN Relief and Works Agency", "IGOUNO"},
		{"fr", "2024-03-08", "L'agence de l'ONU pour les réfugiés palestiniens a démenti.", "agence de l'ONU pour les réfugiés palestiniens", "IGOUNO"},
		{"en", "2024-03-08", "The UN humanitarian office warned of famine.", "UN humanitarian office", "IGOUNO"},
		{"en", "2024-03-08", "The Allied Democratic Forces killed villagers near Beni.", "Allied Democratic Forces", "UGAREB"},
		{"en", "2024-07-15", "The Islamic Resistance in Iraq fired drones at a base.", "Islamic Resistance in Iraq", "IRQREB"},
		{"fr", "2024-07-15", "Les Kataëb Hezbollah ont menacé Washington.", "Kataëb Hezbollah", "IRQREB"},
		{"en", "2024-05-01", "The al-Quds Brigades fired rockets at Sderot.", "al-Quds Brigades", "PSEREB"},
		{"en", "2025-03-05", "Islamic State Sahel Province attacked an army post.", "Islamic State Sahel Province", "IMGMUSISI"},
		{"en", "2024-11-05", "The Oromo Liberation Army ambushed a bus.", "Oromo Liberation Army", "ETHREB"},
		{"en", "2025-01-22", "The AfD accused the government of lying.", "AfD", "DEUPTY"},
		{"en", "2025-01-22", "The PSOE accused the judges of bias.", "PSOE", "ESPPTY"},
		{"fr", "2024-02-09", "Le PTI d'Imran Khan a dénoncé une fraude.", "PTI", "PAKPTY"},
		{"en", "2024-02-09", "PTI reported that the minister resigned.", "PTI", "INDMED"},
		{"en", "2024-10-10", "Poland's Law and Justice party accused Brussels of meddling.", "Law and Justice party", "POLPTY"},
		{"fr", "2024-10-10", "Le PiS a accusé Bruxelles d'ingérence.", "PiS", "POLPTY"},
		{"fr", "2024-10-29", "Le Rêve géorgien a dénoncé une ingérence occidentale.", "Rêve géorgien", "GEOPTY"},
		{"en", "2024-06-02", "B'Tselem accused the army of abuses.", "B'Tselem", "ISRNGO"},
		{"en", "2024-04-02", "The KNU seized a border town from the junta.", "KNU", "MMRREB"},
		{"fr", "2024-05-02", "Les miliciens Wazalendo ont affronté le M23 près de Goma.", "miliciens Wazalendo", "CODUAF"},
		{"fr", "2024-05-02", "Les VDP ont repoussé une attaque dans le nord du Burkina.", "VDP", "BFAMIL"},
		{"en", "2025-04-20", "The SPLM-N shelled Kadugli on Sunday.", "SPLM-N", "SDNREB"},
		// RSF: Sudan's paramilitaries vs Reporters sans frontières, per language
		{"fr", "2024-06-01", "Les paramilitaires des RSF ont attaqué El-Facher.", "paramilitaires des RSF", "SDNREB"},
		{"fr", "2024-06-01", "RSF a dénoncé l'arrestation d'un journaliste.", "RSF", "NGOMED"},
		{"en", "2024-06-01", "The RSF attacked El Fasher.", "RSF", "SDNREB"},
		{"en", "2024-06-01", "Media watchdog RSF condemned the arrest.", "Media watchdog RSF", "NGOMED"},
	}
	for _, c := range cases {
		a := analyseLang(t, kb, "o26", c.body, c.date, c.lang)
		got := ""
		for _, m := range a.Actors {
			if m.Text == c.mention {
				got = m.Code
			}
		}
		if got != c.want {
			t.Errorf("%s %q: %q = %q, want %q", c.lang, c.body, c.mention, got, c.want)
		}
	}
}

// TestOrgs2026NotNames: words of the new entries that are common French words or
// another body's name stay unmatched or keep their old code ("tant pis", a
// lower-case "pis"; "PLD" is French-only).
func TestOrgs2026NotNames(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, body, word string }{
		{"fr", "Tant pis pour les retardataires, a dit le ministre.", "pis"},
		{"en", "The PLD said nothing.", "PLD"},
	} {
		a := analyseLang(t, kb, "o26n", c.body, "2024-03-12", c.lang)
		for _, m := range a.Actors {
			if m.Text == c.word {
				t.Errorf("%q: %q is a mention (%s)", c.body, c.word, m.Code)
			}
		}
	}
}
