package coder

import "testing"

// TestEnHeld2 checks the classes the enheld2 round fixed from earlier rounds'
// held-back English batches (data/en_enheld2.txt, the enheld2 lines of
// data/en_dyad.txt and data/en_lex.txt, enreal.go patientGenitive, the
// compound tails of actor/data/wordsets.txt), with must-not controls.
// Sentences are new variations, not the probe lines.
func TestEnHeld2(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		// addressing a summit or a session of a body: 010 to it, no visit
		{"en", d, "The Senegalese president addressed the ECOWAS summit in Abuja.", []string{"SENGOV>IGOWAFWAS:010"}},
		{"en", d, "The Brazilian president addressed a session of the UN Human Rights Council.", []string{"BRAGOV>IGOUNO:010"}},
		// inviting someone to visit: 036, not a meeting
		{"en", d, "Narendra Modi invited Vladimir Putin to visit India next year.", []string{"INDGOV>RUSGOV:036"}},
		// help asked for an army: 0232; other help stays a plain appeal
		{"en", d, "Somalia asked Turkey for help in training its army.", []string{"SOM>TUR:0232"}},
		// a lifted ban on an opposition figure: 0812
		{"en", d, "The Guinean junta lifted the ban on the opposition leader Cellou Dalein Diallo.", []string{"GINGOV>GINOPP:0812"}},
		// signing a law: no agreement, no approval towards the actor after it
		{"en", d, "The Finnish president signed a law approving Sweden's membership of NATO.", nil},
		{"en", d, "The Georgian president signed a bill on Monday allowing Russian airlines to land in Tbilisi.", nil},
		// a strike or raid on something criticised without its author: no event;
		// its author named keeps the target
		{"en", d, "UNICEF condemned the air strike on a school in Khan Younis.", nil},
		{"en", d, "Jordan condemned the Israeli raid on the Nur Shams camp.", []string{"JOR>ISR:111"}},
		// labour strikes "against" stay protests
		{"en", d, "Kenyan doctors went on strike against the government on Monday.", []string{"KENHLH>KENGOV:143"}},
		// "X-based", "X-linked": the country's
		{"en", d, "Nigeria accused Cameroon-based militants of the attack.", []string{"NGA>CMRREB:112"}},
		{"en", d, "The Houthis seized a British-linked cargo ship in the Red Sea.", []string{"YEMREB>GBRBUS:1711"}},
	})
}

// TestEnHeld2b: summoned for questioning (091) and spiritual leaders (REL).
func TestEnHeld2b(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		{"en", d, "Armenian prosecutors summoned the former defence minister for questioning.", []string{"ARMJUD>ARMELI:091"}},
		// an ambassador summoned stays 110
		{"en", d, "Poland summoned the Belarusian ambassador on Monday.", []string{"POL>BLRGOV:110"}},
		{"en", d, "The Lebanese spiritual leader praised the Syrian president.", []string{"LBNREL>SYRGOV:051"}},
	})
}

// TestEnHeld2c: mediators listed with commas (045 from each) and a plural
// agent "of" a list of countries (each takes its role).
func TestEnHeld2c(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		{"en", d, "Armenia and Azerbaijan signed a deal brokered by the United States, Russia and France.", []string{
			"ARM>AZE:057", "AZE>ARM:057", "USA>ARM:045", "USA>AZE:045", "RUS>ARM:045", "RUS>AZE:045", "FRA>ARM:045", "FRA>AZE:045"}},
		// a comma without a closing conjunction ends the mediators
		{"en", d, "Armenia and Azerbaijan signed a deal brokered by the United States, officials in Yerevan said.", []string{
			"ARM>AZE:057", "AZE>ARM:057", "USA>ARM:045", "USA>AZE:045"}},
		{"en", d, "The foreign ministers of Mali, Burkina Faso and Niger criticised ECOWAS.", []string{
			"MLIGOV>IGOWAFWAS:111", "BFAGOV>IGOWAFWAS:111", "NERGOV>IGOWAFWAS:111"}},
	})
}

// TestEnHeld2d: "social media" is no MED actor; a protest against a ban with
// no actor named targets the protesters' own government (policynoun).
func TestEnHeld2d(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		{"en", d, "Bangladeshi students protested against a ban on social media in Dhaka.", []string{"BGDEDU>BGDGOV:141"}},
		{"en", d, "The Indonesian government criticised social media companies over fake news.", []string{"IDNGOV>---BUS:111"}},
	})
}

// TestEnHeld2e: a court or parliament suspending an office holder (172); an
// act suspended codes nothing; a member state suspended from a body stays 161.
func TestEnHeld2e(t *testing.T) {
	const d = "2025-06-01"
	checkDatedCases(t, []datedCase{
		{"en", d, "Peru's Congress suspended the interior minister for three months.", []string{"PERLEG>PERGOV:172"}},
		{"en", d, "Brazil's Supreme Court suspended the sale of the state oil company's refineries.", nil},
		{"en", d, "ECOWAS suspended Mali from the bloc after the coup.", []string{"IGOWAFWAS>MLI:161"}},
	})
}
