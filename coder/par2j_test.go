package coder

import "testing"

// TestPar2j checks the classes the par2j round fixed from invented wire
// sentences with several events (probes/par2j.tsv j001-j040), in English and
// French: a French participle coordinated right before another shares its
// object ("ont arrêté et torturé X": 173 and 1822); an English finite verb
// after "and" is not coordinated with a gerund complement ("accused X of
// interfering ... and summoned Y": the subject of "accused" is the source);
// a reciprocal event whose partner is a pronoun standing for the target of
// an earlier event of the same sentence ("met X ... and signed agreements
// with him") is coded both ways; an appeal to call off or give up an
// offensive is 0256; an appeal of coordinated speakers to coordinated
// addressees to resume talks is coded from each speaker to each addressee
// (026), not between the speakers; a promise of continued military aid is 0332. Controls:
// a passive pair of participles, and an unrelated appeal. Sentences are new
// variations, not the probe lines.
func TestPar2j(t *testing.T) {
	const d = "2024-06-04"
	checkDatedCases(t, []datedCase{
		// shared object of coordinated French participles
		{"fr", d, "Des policiers burundais ont arrêté et torturé deux militants de l'opposition.", []string{"BDICOP>BDIOPP:173", "BDICOP>BDIOPP:1822"}},
		{"en", d, "Burundian police arrested and tortured two opposition activists.", []string{"BDICOP>BDIOPP:173", "BDICOP>BDIOPP:1822"}},
		// a finite verb after "and" is not coordinated with a gerund complement
		{"en", d, "The Niger junta accused Benin of interfering in its affairs and summoned the Beninese ambassador.", []string{"NERGOV>BEN:112", "NERGOV>BENGOV:110"}},
		// reciprocal event with a pronoun partner of the same sentence
		{"en", d, "The Angolan president met the Zambian president in Luanda and signed a railway agreement with him.", []string{"AGOGOV>ZMBGOV:040", "ZMBGOV>AGOGOV:040", "AGOGOV>ZMBGOV:057", "ZMBGOV>AGOGOV:057"}},
		{"fr", d, "Le président angolais a rencontré le président zambien à Luanda et a signé avec lui un accord ferroviaire.", []string{"AGOGOV>ZMBGOV:040", "ZMBGOV>AGOGOV:040", "AGOGOV>ZMBGOV:057", "ZMBGOV>AGOGOV:057"}},
		// appeal to call off an offensive
		{"en", d, "The German chancellor urged the Sudanese army to call off its offensive on Omdurman.", []string{"DEUGOV>SDNMIL:0256"}},
		{"fr", d, "Le chancelier allemand a exhorté l'armée soudanaise à renoncer à son offensive sur Omdourman.", []string{"DEUGOV>SDNMIL:0256"}},
		// an appeal by coordinated speakers to coordinated addressees to
		// resume talks: each speaker to each addressee, not the speakers
		// as mutual parties
		{"en", d, "Kenya and Uganda urged the Sudanese army and the RSF to resume talks.", []string{"KEN>SDNMIL:026", "KEN>SDNREB:026", "UGA>SDNMIL:026", "UGA>SDNREB:026"}},
		// promise of continued military aid
		{"en", d, "The Dutch prime minister promised Kyiv continued military assistance.", []string{"NLDGOV>UKR:0332"}},
		// controls: passive participles without agent; a single speaker
		{"fr", d, "Un journaliste a été arrêté et torturé à Bujumbura.", nil},
		{"en", d, "Egypt urged Israel and Hamas to resume talks.", []string{"EGY>ISR:026", "EGY>PSEREBHMS:026"}},
	})
}
