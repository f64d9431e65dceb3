package coder

import "testing"

// ensector2 round (2026-11-27): the sector of English compound and titled
// actors (actor/data/ensector2_en.txt). Invented sentences, not the probes'.
func TestEnsector2Sectors(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// a union named by its members is the union (LAB), not the members (HLH)
		{"en", "2024-05-14", "The Turkish doctors' union criticised the health minister.", []string{"TURLAB>TURGOV:111"}},
		{"en", "2024-05-14", "The nurses' union accused the British government of lying.", []string{"GBRLAB>GBRGOV:112"}},
		// a two-word health agent keeps its country word
		{"en", "2024-01-10", "British junior doctors criticised Prime Minister Rishi Sunak.", []string{"GBRHLH>GBRGOV:111"}},
		// a party's candidate before a known person's name is the party (PTY)
		// for a person out of office; an office held at the date stays (GOV)
		{"en", "2024-09-20", "Republican candidate Donald Trump criticised Russia.", []string{"USAPTY>RUS:111"}},
		{"en", "2024-09-20", "Democratic candidate Kamala Harris criticised Russia.", []string{"USAGOV>RUS:111"}},
		// India's foreign minister by his title
		{"en", "2024-02-10", "External Affairs Minister Subrahmanyam Jaishankar criticised Pakistan.", []string{"INDGOV>PAK:111"}},
		// Wagner's men are Wagner's (groups.txt RUSUAF), not a mercenary of no country
		{"en", "2023-05-10", "Wagner fighters accused the Ukrainian army of shelling their positions.", []string{"RUSUAF>UKRMIL:1123"}},
		// a political-leaning adjective keeps the country word on its agent
		{"en", "2024-03-10", "Israeli far-right ministers criticised the United States.", []string{"ISRGOV>USA:111"}},
		// Baluch armed groups are Pakistan's, whatever country the sentence names
		{"en", "2025-03-12", "Baloch separatists accused China of plundering resources.", []string{"PAKREB>CHN:112"}},
		// Russia's lower house named alone
		{"en", "2024-03-10", "The Duma criticised France.", []string{"RUSLEG>FRA:111"}},
		// the central bank of no country named by a state's official is that
		// state's (localgovsub, coder/ensector2.go); a deal with a state firm
		// (cooperation) or a foreign IGO's appeal gives it no country
		{"en", "2024-06-10", "President Javier Milei criticised the central bank.", []string{"ARGGOV>ARGGOVBUS:111"}},
		{"en", "2024-03-10", "Russia signed a deal with a state-owned company.", []string{"RUS>---GOVBUS:057", "---GOVBUS>RUS:057"}},
		// dated roles of 2023-2026 figures
		{"en", "2024-11-10", "Peter Magyar accused Viktor Orban of lying.", []string{"HUNOPP>HUNGOV:112"}},
		{"en", "2024-03-10", "Xochitl Galvez criticised Claudia Sheinbaum.", []string{"MEXOPP>MEXPTY:111"}},
		{"en", "2024-01-10", "Robert F. Kennedy Jr criticised Israel.", []string{"USAPTY>ISR:111"}},
		{"en", "2025-05-10", "Robert F. Kennedy Jr criticised Israel.", []string{"USAGOV>ISR:111"}},
		{"en", "2024-04-10", "Francesca Albanese accused Israel of lying.", []string{"IGOUNO>ISR:112"}},
		{"en", "2024-04-10", "Bernie Sanders criticised Israel.", []string{"USALEG>ISR:111"}},
	})
}
