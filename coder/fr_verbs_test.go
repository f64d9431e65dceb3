package coder

import "testing"

// TestFrenchVerbs: the register variants of data/fr_verbs.txt, one
// constructed sentence each with fixture actors, and the false senses that
// must give no event.
func TestFrenchVerbs(t *testing.T) {
	for _, tc := range []struct {
		text   string
		actors []string
		want   []string
	}{
		// 01 / 02 / 10
		{"Le Kremlin a récusé les accusations de Washington.",
			[]string{"Le Kremlin=RUSGOV", "Washington=USAGOV"}, []string{"RUSGOV>USAGOV:016"}},
		{"Le pape a adjuré les rebelles de déposer les armes.",
			[]string{"Le pape=VAT", "les rebelles=COLREB"}, []string{"VAT>COLREB:020"}},
		{"Le Conseil de sécurité a enjoint à la Syrie de cesser les bombardements.",
			[]string{"Le Conseil de sécurité=IGOUNO", "la Syrie=SYR"}, []string{"IGOUNO>SYR:1056"}}, // a demand to stop bombing: 1056 (lexfr, as "demander de cesser" 0256)
		{"La Commission européenne a mis la Pologne en demeure de respecter les traités.",
			[]string{"La Commission européenne=IGOEUREEC", "la Pologne=POL"}, []string{"IGOEUREEC>POL:100"}},
		// 04 / 05
		{"Le ministre grec s'est concerté avec son homologue chypriote.",
			[]string{"Le ministre grec=GRCGOV", "son homologue chypriote=CYPGOV"}, []string{"GRCGOV>CYPGOV:040", "CYPGOV>GRCGOV:040"}},
		{"Les négociateurs ont parlementé avec les preneurs d'otages.",
			[]string{"Les négociateurs=FRACOP", "les preneurs d'otages=---CRM"}, []string{"FRACOP>---CRM:046", "---CRM>FRACOP:046"}},
		{"Le président américain a complimenté le Premier ministre indien.",
			[]string{"Le président américain=USAGOV", "le Premier ministre indien=INDGOV"}, []string{"USAGOV>INDGOV:051"}},
		{"Berlin a applaudi la décision de la Banque centrale européenne.",
			[]string{"Berlin=DEUGOV", "la Banque centrale européenne=IGOEUREEC"}, []string{"DEUGOV>IGOEUREEC:051"}},
		{"Washington a avalisé le plan de la Ligue arabe.",
			[]string{"Washington=USAGOV", "la Ligue arabe=IGOMEAARL"}, []string{"USAGOV>IGOMEAARL:051"}},
		{"Le Parlement a entériné l'accord avec la Turquie.",
			[]string{"Le Parlement=GRCLEG", "la Turquie=TUR"}, []string{"GRCLEG>TUR:057"}},
		// 07
		{"La France a épaulé le gouvernement malien.",
			[]string{"La France=FRA", "le gouvernement malien=MLIGOV"}, []string{"FRA>MLIGOV:070"}},
		{"L'Union européenne subventionne les agriculteurs ukrainiens.",
			[]string{"L'Union européenne=IGOEUREEC", "les agriculteurs ukrainiens=UKRAGR"}, []string{"IGOEUREEC>UKRAGR:071"}},
		// 11 / 12
		{"Le président a tancé son Premier ministre.",
			[]string{"Le président=FRAGOV", "son Premier ministre=FRAGOV"}, []string{"FRAGOV>FRAGOV:111"}},
		{"Le chef de l'opposition a sermonné le gouvernement.",
			[]string{"Le chef de l'opposition=FRAOPP", "le gouvernement=FRAGOV"}, []string{"FRAOPP>FRAGOV:111"}},
		{"Le ministre s'en est pris aux syndicats.",
			[]string{"Le ministre=FRAGOV", "syndicats=FRALAB"}, []string{"FRAGOV>FRALAB:111"}},
		{"L'opposition s'est insurgée contre le gouvernement.",
			[]string{"L'opposition=FRAOPP", "le gouvernement=FRAGOV"}, []string{"FRAOPP>FRAGOV:111"}},
		{"Le député a réprimandé le ministre de l'Intérieur.",
			[]string{"Le député=FRALEG", "le ministre de l'Intérieur=FRAGOV"}, []string{"FRALEG>FRAGOV:111"}},
		{"Les manifestants ont hué le président.",
			[]string{"Les manifestants=FRAPPL", "le président=FRAGOV"}, []string{"FRAPPL>FRAGOV:111"}},
		{"Le procureur a incriminé l'ancien ministre.",
			[]string{"Le procureur=FRAJUD", "l'ancien ministre=FRAELI"}, []string{"FRAJUD>FRAELI:112"}},
		{"L'ONG a mis en cause la police.",
			[]string{"L'ONG=NGO", "la police=FRACOP"}, []string{"NGO>FRACOP:112"}},
		// 13 / 14
		{"Les milices ont intimidé les journalistes.",
			[]string{"Les milices=LBYMIL", "les journalistes=LBYMED"}, []string{"LBYMIL>LBYMED:130"}},
		{"Les ouvriers ont fait grève.",
			[]string{"Les ouvriers=FRALAB"}, []string{"FRALAB>:143"}},
		// 16 / 17
		{"Le gouvernement a proscrit le parti islamiste.",
			[]string{"Le gouvernement=EGYGOV", "le parti islamiste=EGYPTY"}, []string{"EGYGOV>EGYPTY:1722"}},
		{"Le régime a muselé la presse.",
			[]string{"Le régime=SYRGOV", "la presse=SYRMED"}, []string{"SYRGOV>SYRMED:172"}},
		{"Le juge a mis en examen l'ancien ministre.",
			[]string{"Le juge=FRAJUD", "l'ancien ministre=FRAELI"}, []string{"FRAJUD>FRAELI:173"}},
		{"La police a déféré les suspects devant le parquet.",
			[]string{"La police=FRACOP", "les suspects=FRACRM"}, []string{"FRACOP>FRACRM:173"}},
		{"Les autorités ont traduit les putschistes en justice.",
			[]string{"Les autorités=MLIGOV", "les putschistes=MLIMIL"}, []string{"MLIGOV>MLIMIL:173"}},
		{"La Grèce a refoulé les migrants.",
			[]string{"La Grèce=GRC", "les migrants=REF"}, []string{"GRC>REF:174"}},
		{"Le régime persécute les opposants.",
			[]string{"Le régime=IRNGOV", "opposants=IRNOPP"}, []string{"IRNGOV>IRNOPP:175"}},
		// 18
		{"Un soldat a poignardé un civil.",
			[]string{"Un soldat=ISRMIL", "un civil=PSECVL"}, []string{"ISRMIL>PSECVL:1823"}},
		{"Les policiers ont malmené les manifestants.",
			[]string{"Les policiers=FRACOP", "les manifestants=FRAPPL"}, []string{"FRACOP>FRAPPL:182"}},
		{"Les gardiens ont maltraité les détenus.",
			[]string{"Les gardiens=USACOP", "les détenus=USACRM"}, []string{"USACOP>USACRM:182"}},
		{"Les insurgés ont passé les otages par les armes.",
			[]string{"Les insurgés=IRQINS", "les otages=IRQCVL"}, []string{"IRQINS>IRQCVL:1823"}},
		{"Les rebelles ont mis à sac le siège du gouvernement.",
			[]string{"Les rebelles=CAFREB", "du gouvernement=CAFGOV"}, []string{"CAFREB>CAFGOV:1712"}},
		// 19 / 20
		{"Les rebelles ont assailli la caserne de l'armée malienne.",
			[]string{"Les rebelles=MLIREB", "l'armée malienne=MLIMIL"}, []string{"MLIREB>MLIMIL:190"}},
		{"Les jihadistes assaillent l'armée malienne.",
			[]string{"Les jihadistes=MLIINS", "l'armée malienne=MLIMIL"}, []string{"MLIINS>MLIMIL:190"}},
		{"Les forces spéciales ont pris d'assaut le repaire des pirates.",
			[]string{"Les forces spéciales=FRAMIL", "des pirates=SOMCRM"}, []string{"FRAMIL>SOMCRM:190"}},
		{"Les soldats ont fait feu sur les rebelles.",
			[]string{"Les soldats=SYRMIL", "les rebelles=SYRREB"}, []string{"SYRMIL>SYRREB:190"}},
		{"L'armée a neutralisé des terroristes près de la frontière.",
			[]string{"L'armée=NERMIL", "terroristes=NERINS"}, []string{"NERMIL>NERINS:190"}},
		{"Les milices ont exterminé les villageois.",
			[]string{"Les milices=SDNMIL", "les villageois=SDNCVL"}, []string{"SDNMIL>SDNCVL:202"}},

		// batch 2: journalistic reproach, refusal, training, fighting
		{"Le président a recadré son ministre de l'Intérieur.",
			[]string{"Le président=FRAGOV", "son ministre de l'Intérieur=FRAGOV"}, []string{"FRAGOV>FRAGOV:111"}},
		{"Moscou a opposé une fin de non-recevoir à Washington.",
			[]string{"Moscou=RUSGOV", "Washington=USAGOV"}, []string{"RUSGOV>USAGOV:120"}},
		{"La France forme les soldats maliens.",
			[]string{"La France=FRA", "soldats maliens=MLIMIL"}, []string{"FRA>MLIMIL:062"}},
		{"Les Etats-Unis équipent l'armée ukrainienne en missiles.",
			[]string{"Les Etats-Unis=USA", "l'armée ukrainienne=UKRMIL"}, []string{"USA>UKRMIL:072"}},
		{"L'armée malienne lutte contre les jihadistes.",
			[]string{"L'armée malienne=MLIMIL", "jihadistes=MLIINS"}, []string{"MLIMIL>MLIINS:190"}},
		{"Le Tchad a coupé les ponts avec le Soudan.",
			[]string{"Le Tchad=TCD", "le Soudan=SDN"}, []string{"TCD>SDN:161"}},
		{"La junte a exilé l'ancien président.",
			[]string{"La junte=GINMIL", "l'ancien président=GINELI"}, []string{"GINMIL>GINELI:174"}},
		{"Le Premier ministre a taxé l'opposition d'irresponsabilité.",
			[]string{"Le Premier ministre=FRAGOV", "l'opposition=FRAOPP"}, []string{"FRAGOV>FRAOPP:112"}},
		{"La Chine lutte contre la corruption de ses dirigeants.",
			[]string{"La Chine=CHN", "ses dirigeants=CHNGOV"}, nil},
		{"Le gouvernement a voté la taxe d'habitation avec les députés.",
			[]string{"Le gouvernement=FRAGOV", "les députés=FRALEG"}, nil},
		{"Le club forme des joueurs pour l'équipe de France.",
			[]string{"l'équipe de France=FRA"}, nil},

		// batch 3: idioms, renewed sanctions, ordered releases
		{"L'Union européenne a prolongé les sanctions contre la Russie.",
			[]string{"L'Union européenne=IGOEUREEC", "la Russie=RUS"}, []string{"IGOEUREEC>RUS:163"}},
		{"Le juge a ordonné la libération de l'opposant.",
			[]string{"Le juge=EGYJUD", "l'opposant=EGYOPP"}, []string{"EGYJUD>EGYOPP:0841"}},
		{"Le président a couvert d'éloges le Premier ministre japonais.",
			[]string{"Le président=USAGOV", "le Premier ministre japonais=JPNGOV"}, []string{"USAGOV>JPNGOV:051"}},
		{"La France a prêté main-forte à l'armée malienne.",
			[]string{"La France=FRA", "l'armée malienne=MLIMIL"}, []string{"FRA>MLIMIL:070"}},
		{"Le Parti socialiste s'est désolidarisé du gouvernement.",
			[]string{"Le Parti socialiste=FRAPTY", "gouvernement=FRAGOV"}, []string{"FRAPTY>FRAGOV:110"}},
		{"L'Irak a déclaré la guerre à l'Iran.",
			[]string{"L'Irak=IRQ", "l'Iran=IRN"}, []string{"IRQ>IRN:190"}},

		// the press attacks with words
		{"Le quotidien a attaqué le député.",
			[]string{"Le quotidien=POLMED", "le député=POLLEG"}, []string{"POLMED>POLLEG:111"}},
		// admitting a deed is no recognition: the deed is coded
		{"La guérilla a reconnu avoir abattu un avion américain.",
			[]string{"La guérilla=COLREB", "américain=USA"}, []string{"COLREB>USA:190"}},
		{"Le Brésil a reconnu officiellement l'Etat palestinien.",
			[]string{"Le Brésil=BRA", "l'Etat palestinien=PSEGOV"}, []string{"BRA>PSEGOV:054"}},
		{"Le Canada ne reconnut la Chine qu'en 1970.",
			[]string{"Le Canada=CAN", "la Chine=CHN"}, []string{"CAN>CHN:054"}},
		// event nouns
		{"Les livraisons d'armes de la Russie à la Syrie continuent.",
			[]string{"la Russie=RUS", "la Syrie=SYR"}, []string{"RUS>SYR:072"}},
		{"Un prêt de la Banque mondiale au Mali a été approuvé.",
			[]string{"la Banque mondiale=IGOUNODEVWBK", "Mali=MLI"}, []string{"IGOUNODEVWBK>MLI:071"}},
		{"La plainte du gouvernement contre le journal a été rejetée.",
			[]string{"gouvernement=FRAGOV", "le journal=FRAMED"}, []string{"FRAGOV>FRAMED:115"}},
		{"Le président américain a dîné avec le Premier ministre japonais.",
			[]string{"Le président américain=USAGOV", "le Premier ministre japonais=JPNGOV"}, []string{"USAGOV>JPNGOV:040", "JPNGOV>USAGOV:040"}},
		{"Des miliciens ont criblé de balles un policier afghan.",
			[]string{"Des miliciens=AFGMIL", "un policier afghan=AFGCOP"}, []string{"AFGMIL>AFGCOP:193"}},

		// false senses: no event
		{"Le ministre a abattu ses cartes face à l'opposition.",
			[]string{"Le ministre=FRAGOV", "l'opposition=FRAOPP"}, nil},
		{"Le bûcheron a abattu un arbre près de la mairie.",
			[]string{"la mairie=FRAGOV"}, nil},
		{"Le ministre occupe le poste de Premier ministre depuis 2019.",
			[]string{"Le ministre=FRAGOV", "Premier ministre=FRAGOV"}, nil},
		{"Le gouvernement a exécuté le plan de l'Union européenne.",
			[]string{"Le gouvernement=GRCGOV", "l'Union européenne=IGOEUREEC"}, nil},
		{"Le ministre a arrêté de fumer avec son homologue.",
			[]string{"Le ministre=FRAGOV", "son homologue=DEUGOV"}, nil},
		{"Le président a parlé pendant une heure avec la presse.",
			[]string{"Le président=FRAGOV", "la presse=FRAMED"}, nil},
		{"Le maire a neutralisé la bombe avec les démineurs.",
			[]string{"Le maire=FRAGOV", "les démineurs=FRAMIL"}, nil},
		{"Les missionnaires reçoivent l'ordre de leur consulat de rentrer.",
			[]string{"Les missionnaires=USAREL", "leur consulat=USAGOV"}, nil},
		// (a letter received is now fr_coop.txt's 040 from the sender, PETRARCH
		// RECEIVE LETTER; a prize received is still no hosting)
		{"Le ministre a reçu un prix du président américain.",
			[]string{"Le ministre=FRAGOV", "président américain=USAGOV"}, nil},
		{"Le Paraguay occupe une superficie de 400 000 km2 avec sa population.",
			[]string{"Le Paraguay=PRY", "sa population=PRYCVL"}, nil},
		{"Le chanteur a été persécuté par les médias.",
			[]string{"Le chanteur=USACVL", "les médias=USAMED"}, nil},
		{"Le couple est harcelé par des journalistes de tabloïds.",
			[]string{"Le couple=USACVL", "journalistes=USAMED"}, nil},
		{"Le Portugal rencontre la Grèce en finale de la compétition.",
			[]string{"Le Portugal=PRT", "la Grèce=GRC"}, nil},
		{"Le ministre a reconnu que la France avait commis des erreurs.",
			[]string{"Le ministre=FRAGOV", "la France=FRA"}, nil},
		{"Le président a reconnu la nécessité d'un crédit du FMI.",
			[]string{"Le président=FRAGOV", "FMI=IGOBUSIMF"}, nil},
		{"Le ministre a applaudi le chanteur.",
			[]string{"Le ministre=FRAGOV"}, nil},
		// headline verbs of criticism
		{"Le chef de la droite tacle le gouvernement.",
			[]string{"Le chef de la droite=FRAPTY", "le gouvernement=FRAGOV"}, []string{"FRAPTY>FRAGOV:111"}},
		{"Les syndicats cognent sur le patronat.",
			[]string{"Les syndicats=FRALAB", "le patronat=FRABUS"}, []string{"FRALAB>FRABUS:111"}},
		{"La députée a lancé une pique au ministre.",
			[]string{"La députée=FRALEG", "ministre=FRAGOV"}, []string{"FRALEG>FRAGOV:111"}},
		{"Le Premier ministre s'indigne de la décision de la Commission.",
			[]string{"Le Premier ministre=HUNGOV", "la Commission=IGOEUREEC"}, []string{"HUNGOV>IGOEUREEC:111"}},
		{"Le maire conteste la décision du préfet.",
			[]string{"Le maire=FRAGOV", "préfet=FRAGOV"}, []string{"FRAGOV>FRAGOV:110"}},
		{"La canicule accable les habitants de la ville.",
			[]string{"habitants=FRACVL"}, nil},
		// passive "mis en examen ... par X": X is the source
		{"Le sénateur a été mis en examen pour fraude par un juge parisien.",
			[]string{"Le sénateur=FRALEG", "un juge parisien=FRAJUD"}, []string{"FRAJUD>FRALEG:173"}},
		// "occuper ce poste" is holding an office, not an occupation (192)
		{"Le rédacteur en chef est le quatrième à occuper ce poste depuis la fondation du journal.",
			[]string{"Le rédacteur en chef=USAMED", "journal=USAMED"}, nil},
	} {
		got, _ := codeIt(t, "fr", tc.text, tc.actors...)
		if !sameEvents(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
