package coder

import "testing"

// TestPeople2026Events: invented sentences naming 2022-2026 office holders by
// name alone; the event needs the person's dated code (people2026 round:
// actor/data/people2026.txt and the curated person files).
func TestPeople2026Events(t *testing.T) {
	checkDatedCases(t, []datedCase{
		{"en", "2024-03-01", "Diana Mondino criticised Sergei Lavrov.", []string{"ARGGOV>RUSGOV:111"}},
		{"fr", "2025-03-01", "Youssef Rajji a critiqué Israël.", []string{"LBNGOV>ISR:111"}},
		{"fr", "2024-03-01", "Péter Szijjártó a critiqué Volodymyr Zelensky.", []string{"HUNGOV>UKRGOV:111"}},
		{"en", "2024-03-01", "Lee Jae-myung criticised Yoon Suk Yeol.", []string{"KOROPP>KORGOV:111"}},
		{"fr", "2025-03-01", "Ahmed al-Charaa a loué Recep Tayyip Erdogan.", []string{"SYRGOV>TURGOV:051"}},
	})
}
