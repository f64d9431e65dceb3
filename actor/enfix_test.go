package actor

import "testing"

// TestEnfixActors: English wire names of the enfix round (2026-11-26),
// invented sentences: IGO officials and envoys are the IGO (CODING.md,
// Phoenix UN_ENVOY_ IGOUNO); "Islamic Jihad" is the Palestinian group while
// Hezbollah keeps its other names; the Emirates, Quebec, wire companies;
// two nationality words before an agent ("Iraqi Kurdish authorities"); a
// sector noun between nationality and agent ("US defence companies");
// Phoenix's short capitalised place names in title case (Oslo, Homs, Goma).
func TestEnfixActors(t *testing.T) {
	cases := []struct {
		body, date string
		want, none []string
	}{
		{"UN envoy Hans Grundberg met Houthi leaders in Sanaa.", "2024-05-01", []string{"UN envoy=IGOUNO"}, []string{"UN envoy=IGOUNOGOV"}},
		{"EU officials criticised Hungary on Monday.", "2024-05-01", []string{"EU officials=IGOEUREEC"}, []string{"EU officials=IGOEUREECGOV"}},
		{"NATO troops patrolled the border.", "2024-05-01", []string{"NATO troops=IGOWSTNATMIL"}, nil},
		{"Islamic Jihad fired rockets at Israel.", "2024-05-01", []string{"Islamic Jihad=PSEREB"}, []string{"Islamic Jihad=LBNREB"}},
		{"Hezbollah and Hassan Nasrallah threatened Israel.", "2024-05-01", []string{"Hezbollah=LBNREB", "Hassan Nasrallah=LBNREB"}, nil},
		{"The Emirates condemned the attack.", "2024-05-01", []string{"Emirates=ARE"}, nil},
		{"IBM signed an agreement with Quebec.", "2024-05-01", []string{"IBM=MNCUSA", "Quebec=CAN"}, nil},
		{"The Muslim Brotherhood accused the army of a coup.", "2013-08-01", []string{"Muslim Brotherhood=EGYPTY"}, []string{"Muslim=---MUS"}},
		{"Iraqi Kurdish authorities arrested two journalists.", "2024-05-01", []string{"Iraqi Kurdish authorities=IRQGOV"}, []string{"authorities=---GOV"}},
		{"US defence companies signed a deal with Poland.", "2024-05-01", []string{"US defence companies=USABUS"}, []string{"companies=---BUS"}},
		{"Israeli defence officials denied the report.", "2024-05-01", []string{"Israeli defence officials=ISRGOV"}, nil},
		{"Tuareg rebels attacked an army post.", "2012-05-01", []string{"Tuareg rebels=---REB"}, nil},
		{"Talks opened in Oslo on Monday.", "2024-05-01", []string{"Oslo=NOR"}, nil},
		{"Fighting resumed in Homs and near Goma.", "2024-05-01", []string{"Homs=SYR", "Goma=COD"}, nil},
		{"Protesters marched in Juba and Aden.", "2024-05-01", []string{"Juba=SSD", "Aden=YEM"}, nil},
		{"The governor of Ohio met the mayor.", "2024-05-01", []string{"governor of Ohio=USAGOV"}, nil},
		{"Russian-backed separatists shelled Ukrainian positions.", "2020-05-01", []string{"Russian-backed separatists=UKRREB"}, []string{"Russian-backed=RUS"}},
		{"Kataib Hezbollah attacked a U.S. base in Iraq.", "2020-05-01", []string{"Kataib Hezbollah=IRQREB"}, []string{"Hezbollah=LBNREB"}},
		{"Russian forces captured the village of Krasnohorivka.", "2024-05-01", nil, []string{"village=---CVL"}},
		{"RSF fighters attacked civilians in West Darfur and North Kivu.", "2024-05-01", []string{"West Darfur=SDN", "North Kivu=COD"}, nil},
		{"The West condemned Russia.", "2024-05-01", []string{"West=WST"}, nil},
		{"China's People's Liberation Army began drills.", "2024-05-01", []string{"People's Liberation Army=CHNMIL"}, []string{"China's People's Liberation Army=CHNCVL"}},
		{"South Korea's Joint Chiefs of Staff said the missile flew 600 km.", "2024-05-01", []string{"South Korea's Joint Chiefs of Staff=KORMIL"}, []string{"Joint Chiefs of Staff=USAMIL"}},
		{"The Committee to Protect Journalists condemned the arrest.", "2024-05-01", []string{"Committee to Protect Journalists=NGOHRIMED"}, nil},
		// platforms are left out, as companies_dyad.txt does
		{"He said so on Facebook.", "2024-05-01", nil, []string{"Facebook"}},
	}
	for _, c := range cases {
		expectMentions(t, c.body, c.date, "en", c.want, c.none)
	}
}
