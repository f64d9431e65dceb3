package coder

import "testing"

// TestOldwire checks the classes the oldwire round fixed from invented
// English agency leads of 1990-2008 (probes/probes_oldwire.tsv f001-f060):
// pattern lines (en_oldwire.txt), the enumeration comma before a default
// target and the coordinated participle of a plain subject (oldwire.go), and
// the office holders and bodies of that era (actor/data/oldwire.txt), with
// must-not controls. Sentences are new variations, not the probe lines.
func TestOldwire(t *testing.T) {
	checkDatedCases(t, []datedCase{
		// aircraft striking targets across X: 195 to X
		{"en", "1999-04-02", "NATO warplanes hit targets across Yugoslavia overnight.", []string{"IGOWSTNATMIL>SCG:195"}},
		// missiles fired at targets in X: 194 to X; an actor right after "at" stays the target
		{"en", "2001-08-10", "Israeli gunboats fired missiles at security installations in the Gaza Strip.", []string{"ISR>PSE:194"}},
		{"en", "2001-08-10", "Hezbollah fired rockets at Israeli army positions in the Shebaa Farms area.", []string{"LBNREB>ISRMIL:194"}},
		{"en", "2023-01-10", "Somali troops fired mortars at militant positions in Middle Shabelle.", []string{"SOMMIL>SOMREB:194"}},
		// crowds pelting an embassy: violent protest 145
		{"en", "1998-12-18", "Angry protesters pelted the British embassy in Tehran with eggs.", []string{"IRNOPP>GBRGOV:145"}},
		// crowds occupying a state building: 141; with a demand for a leader's resignation 1411 to the leader
		{"en", "2000-10-05", "Thousands of demonstrators occupied the federal parliament in Belgrade on Thursday.", []string{"SCGOPP>SCGLEG:141"}},
		{"en", "1998-05-20", "Students occupied the parliament compound to demand the ouster of President Suharto.", []string{"IDNEDU>IDNGOV:1411"}},
		// demanding that X give inspectors access: 1055, not a demand for weapons (1032)
		{"en", "1997-11-14", "Washington demanded that Baghdad give weapons inspectors immediate access to the sites.", []string{"USA>IRQ:1055"}},
		{"en", "2024-03-01", "Ukraine demanded more weapons from its allies.", nil},
		// an enumeration of plain nouns does not stop the default target
		{"en", "1994-07-25", "Japanese planes airlifted food, tents and blankets to Indonesia on Friday.", []string{"JPN>IDN:073"}},
		{"en", "1994-07-25", "The United States airlifted food, water and medicine to Rwanda on Friday.", []string{"USA>RWA:073"}},
		// control: a list before a to-slot the pattern names was already right
		{"en", "2003-04-10", "Jordan sent food, water and medical supplies to Iraqi civilians on Thursday.", []string{"JOR>IRQCVL:073"}},
		// control: a participle after the comma still ends the object
		{"en", "2003-04-10", "Israeli jets bombed the town, killing and wounding dozens of Palestinians.", nil},
		// a plain subject's coordinated participles: no actor as subject
		{"en", "1999-08-18", "A strong earthquake hit northwestern Turkey, killing thousands of people and destroying entire towns.", nil},
		{"en", "2004-12-27", "The tsunami struck the coast of Sri Lanka, killing fishermen and flattening villages.", nil},
		// control: an actor subject keeps its participles
		{"en", "1999-08-18", "Serb forces attacked the village, killing ten people and burning houses.", []string{"SRBMIL>---CVL:190"}},
		// a participle after an object "a|the ACTOR (noun) noun" takes the main clause's
		// subject, not the actor qualifying the object noun
		{"en", "1998-01-01", "Iraq rejected the U.N. peace plan for Kuwait, defying an ultimatum from the Arab League.", []string{"IRQ>IGOUNO:127", "IRQ>IGOMEAARL:128"}},
		// controls: a past main verb after "The ACTOR noun" stays the main verb
		{"en", "2023-08-01", "The Nigerien junta expelled the French ambassador, prompting protests from Paris.", []string{"NERGOV>FRAGOV:161", "FRA>NERGOV:111"}},
		{"en", "2023-11-14", "The Israeli army ordered the evacuation of a hospital in northern Gaza on Tuesday, accusing Hamas of using the building as a command centre.", []string{"ISRMIL>PSEREBHMS:112"}},
		// "the two countries": a capital after "in" (the place of the talks) counts half
		// (actor/oldwire.go); without the place, the same pair
		{"en", "1997-07-08", "The Greek foreign minister met the Turkish foreign minister in Madrid on Tuesday, the first talks between the two countries in a year.", []string{"GRCGOV>TURGOV:040", "TURGOV>GRCGOV:040", "GRC>TUR:046", "TUR>GRC:046"}},
		{"en", "1997-07-08", "The Greek foreign minister met the Turkish foreign minister on Tuesday, the first talks between the two countries in a year.", []string{"GRCGOV>TURGOV:040", "TURGOV>GRCGOV:040", "GRC>TUR:046", "TUR>GRC:046"}},
		// office holders of the 1990s and 2000s, by date
		{"en", "1996-03-05", "Syrian Foreign Minister Farouk al-Sharaa met Egyptian Foreign Minister Amr Moussa in Damascus.", []string{"SYRGOV>EGYGOV:040", "EGYGOV>SYRGOV:040"}},
		{"en", "1991-01-09", "Tariq Aziz rejected a letter from President George Bush in Geneva.", []string{"IRQGOV>USAGOV:120"}},
		// "President George Bush" by date: George H. W. Bush in 1990, George W. Bush in 2003
		{"en", "1990-08-20", "President George Bush warned Iraq on Monday.", []string{"USAGOV>IRQ:130"}},
		{"en", "2003-03-18", "President George Bush warned Iraq on Monday.", []string{"USAGOV>IRQ:130"}},
		{"en", "1991-03-01", "George W. Bush praised Kuwait.", []string{"USAELI>KWT:051"}},
		{"en", "1999-03-25", "Igor Ivanov condemned NATO on Wednesday.", []string{"RUSGOV>IGOWSTNAT:111"}},
		{"en", "1999-03-25", "Gerhard Schroeder praised Tony Blair.", []string{"DEUGOV>GBRGOV:051"}},
		{"en", "2000-03-01", "Tang Jiaxuan criticised Taiwan.", []string{"CHNGOV>TWN:111"}},
		{"en", "1994-02-01", "Andrei Kozyrev met Warren Christopher in Moscow.", []string{"RUSGOV>USAGOV:040", "USAGOV>RUSGOV:040"}},
		{"en", "1998-11-10", "Richard Butler accused Iraq of obstructing the inspectors.", []string{"IGOUNO>IRQ:112"}},
		{"en", "1995-09-22", "The U.N. war crimes tribunal criticised Croatia on Friday.", []string{"IGOUNOJUDWCT>HRV:111"}},
		{"en", "1995-01-10", "Pavel Grachev praised the army.", []string{"RUSGOV>RUSMIL:051"}},
		{"en", "1991-02-01", "Moshe Arens met Dick Cheney in Washington.", []string{"ISRGOV>USAGOV:040", "USAGOV>ISRGOV:040"}},
		{"en", "1994-08-01", "Kuwaiti Foreign Minister Sheikh Sabah al-Ahmad al-Sabah accused Iraq of threatening the emirate.", []string{"KWTGOV>IRQ:112"}},
		{"en", "1995-06-01", "Yasushi Akashi criticised the Bosnian government.", []string{"IGOUNO>BIHGOV:111"}},
	})
}
