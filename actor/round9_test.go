package actor

import (
	"os"
	"strings"
	"testing"
)

// readProbeTSV reads a probe file of the probes/ folder (lang, date, sentence,
// "anchor=CODE|CODE ; anchor!CODE"), skipping comment lines.
func readProbeTSV(t *testing.T, path string) []round5Case {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cs []round5Case
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		p := strings.Split(l, "\t")
		if len(p) < 4 {
			t.Fatalf("bad probe line %q", l)
		}
		var want []string
		for _, w := range strings.Split(p[3], ";") {
			if w = strings.TrimSpace(w); w != "" && (!strings.HasPrefix(w, "?") || os.Getenv("DYAD_ROUND5_REPORT") != "") {
				w = strings.TrimPrefix(w, "?") // "?": an expectation left out (actor/README.md, round 9)
				want = append(want, w)
			}
		}
		cs = append(cs, round5Case{p[0], p[1], p[2], want})
	}
	return cs
}

// TestRound9Probes: actor probes of the actors round 9 (actors2), invented French
// and English news sentences with their expected codes written before running
// dyad (probes/probes_actors9_b1.tsv; the held-back probes/probes_actors9_b2.tsv,
// not looked at while fixing): a country adjective after a noun of a state's
// goods or measures ("taxes américaines", "entités chinoises"), generic NGOs,
// "droits de douane", multinational missions, a demonym before a person's name,
// IGO titles before a person, ruling and opposition parties of a country, the
// opposition and the police of the one state named, rebels seizing a place.
func TestRound9Probes(t *testing.T) {
	checkRound6(t, readProbeTSV(t, "../probes/probes_actors9_b1.tsv"))
}

func TestRound9HeldBack(t *testing.T) {
	checkRound6(t, readProbeTSV(t, "../probes/probes_actors9_b2.tsv"))
}

// TestRound9Rules: the limits of the round 9 rules, invented sentences.
func TestRound9Rules(t *testing.T) {
	checkRound6(t, []round5Case{
		// rebels take a place's country, not a country named alone
		{"en", "2024-06-01", "Militants threatened France in a new video.", []string{"Militants!FRAREB"}},
		{"en", "2024-12-05", "Rebels entered the city of Aleppo on Friday.", []string{"Rebels=SYRREB"}},
		// English sole country: opposition, police, courts only
		{"en", "2024-06-01", "Troops killed three Afghan civilians.", []string{"Troops!AFGMIL"}},
		{"en", "2024-06-01", "A court sentenced two Iranian activists.", []string{"court=IRNJUD"}},
		{"en", "2024-06-01", "The government of Peru sent police to the border.", []string{"police=---COP"}},
		// "Congo's army" next to the M23 is the DRC's (docSiblings); alone, Phoenix's COG
		{"en", "2025-01-28", "Rwanda backs the M23 rebels fighting Congo's army.", []string{"Congo's army=CODMIL"}},
		{"en", "2025-01-28", "Congo's army paraded in the capital.", []string{"Congo's army=COGMIL"}},
		// a nationality noun before unknown people's names: those citizens
		{"fr", "2025-11-05", "Les Françaises Anne Morel, Julie Petit et Claire Roux ont été expulsées.", []string{"Françaises Anne Morel=FRACVL"}},
		{"fr", "2025-11-05", "Le Français Total a signé un contrat.", []string{"Français=FRA"}},
		// a party named between a country and "party"
		{"en", "2024-06-01", "Spain's Socialist Party won the vote.", []string{"Spain's Socialist Party=ESPPTY"}},
		{"en", "2024-06-01", "The Labour Party won the vote.", []string{"Party=---PTY"}},
		// a generic NGO; a named one before wins
		{"fr", "2024-06-01", "Amnesty International a publié un rapport. L'ONG accuse la police.", []string{"ONG!---NGO"}},
		{"fr", "2024-06-01", "Selon une ONG locale, trente personnes ont été tuées.", []string{"ONG=---NGO|NGO"}},
		// customs duties; the customs service stays GOV
		{"fr", "2025-04-03", "L'Inde a relevé ses droits de douane sur l'acier.", []string{"douane!---GOV"}},
		{"fr", "2025-04-03", "Les douanes ont saisi une cargaison.", []string{"douanes=---GOV"}},
	})
}
