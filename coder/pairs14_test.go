package coder

import "testing"

// TestPairs14 checks the classes the pairs14 round fixed from invented
// English/French actor-code pairs (probes/pairs14.tsv p001-p060): the
// addressee of an appeal whose complement fell back on a place (emit.go),
// French possessed agents in a reported clause (actor/pairs14.go), the
// pairs14 actor entries, en_pairs14.txt and fr_pairs14.txt, with controls.
// Sentences are new variations, not the probe pairs.
func TestPairs14(t *testing.T) {
	const d = "2024-03-12"
	checkDatedCases(t, []datedCase{
		// EN: an appeal's addressee is the actor, not the complement's place
		{"en", d, "The European Union called on Hamas to accept a truce in Gaza.", []string{"IGOEUREEC>PSEREBHMS:0256"}},
		// (control: already right before the round)
		{"en", d, "The United Nations urged Israel and Hezbollah to agree to a ceasefire in Lebanon.", []string{"IGOUNO>ISR:0256", "IGOUNO>LBNREB:0256"}},
		// FR: « que ses forces » after a speaker belongs to the speaker
		{"fr", d, "Le ministère ukrainien de la Défense a affirmé que ses forces avaient abattu 15 drones russes.", []string{"UKRMIL>RUSMIL:190"}},
		{"fr", d, "Le Hamas a indiqué que ses combattants avaient attaqué des soldats israéliens à Rafah.", []string{"PSEREBHMS>ISRMIL:190"}},
		// FR: control: a possessed object after a verb is left to the coder
		{"fr", d, "La France a retiré ses troupes du Niger.", []string{"FRA>NER:0874"}},
		// FR: the State Department with its nationality in lower case
		{"fr", d, "Le département d'État américain a imposé des sanctions à trois ministres russes.", []string{"USAGOV>RUSGOV:163"}},
		// EN: Wagner named through "group"
		{"en", d, "Wagner Group mercenaries attacked Malian soldiers in northern Mali.", []string{"RUSUAF>MLIMIL:190"}},
		// FR: border and coast guards « interpellent »: arrest
		{"fr", d, "Des garde-côtes italiens ont interpellé trois passeurs tunisiens au large de Lampedusa.", []string{"ITAMIL>TUNCRM:173"}},
		// FR: control: questioning stays no arrest
		{"fr", d, "Des garde-frontières polonais ont interpellé le ministre sur la situation à la frontière.", nil},
		// EN: "accused X of" + a later military word: 112, not 111
		{"en", d, "Chinese state media accused Japan of holding military exercises near Taiwan.", []string{"CHNGOVMED>JPN:112"}},
		// EN: control: the specific accusations stay
		{"en", d, "Armenia accused Azerbaijan of aggression along the border.", []string{"ARM>AZE:1123"}},
		// EN: an appeal to give inspectors access: 0255
		{"en", d, "The United States pressed Syria to restore full access for chemical weapons inspectors.", []string{"USA>SYR:0255"}},
	})
}
