package coder

import "testing"

// TestFrRecall6 codes invented French sentences of the constructions the
// frrecall6 round found missed in real French news (sentences of bench news
// records with two or more actors and no event, hand-coded blind) and
// requires exactly the expected events: a prefixed compound adjective of two
// countries written with a detached hyphen ("soviéto - tchécoslovaques",
// actor/frrecall6.go and frrecall6.go), the prefix "soviéto" (wordsets.txt
// demonym-prefix), a demonstration whose slogan calls for a named leader's
// resignation (1411, data/fr_frrecall6.txt), and the entries of
// actor/data/frrecall6_fr.txt (DST, Romanian dailies of 1990, Fiterman) and
// Ion Iliescu's first presidency (people.txt). Uses checkWireCases
// (wire5_test.go).
func TestFrRecall6(t *testing.T) {
	c, kb := realStages(t)
	checkWireCases(t, c, kb, []wireCase{
		// a compound adjective with a detached hyphen, and soviéto-
		{"1990-03-12", "Les pourparlers soviéto - hongrois se sont tenus lundi à Budapest .", []string{"SUN>HUN:046", "HUN>SUN:046"}},
		{"1990-03-12", "Les pourparlers soviéto-polonais se sont tenus lundi à Varsovie.", []string{"SUN>POL:046", "POL>SUN:046"}},
		{"1991-03-12", "Les négociations franco - espagnoles ont repris mardi à Madrid .", []string{"FRA>ESP:046", "ESP>FRA:046"}},
		// the same with a typographic non-breaking hyphen (U+2011), as the actor stage reads it
		{"1991-03-12", "Les négociations franco \u2011 espagnoles ont repris mardi à Madrid .", []string{"FRA>ESP:046", "ESP>FRA:046"}},
		// one person of two nationalities, no relation
		{"1991-03-12", "Un journaliste franco - algérien a été libéré .", nil},
		// a slogan naming the leader whose resignation is demanded
		{"2019-03-12", "Des syndicalistes français ont défilé à Paris aux cris de « Macron démission ».", []string{"FRALAB>FRAGOV:1411"}},
		{"2019-03-12", "Les manifestants ont crié « démission » devant la mairie.", nil},
		// actors of the 1990 press
		{"1987-03-12", "Un diplomate soviétique a été arrêté par la DST à Paris.", []string{"FRASPY>SUNGOV:173"}},
		{"1990-02-12", "Le journal Adevarul a critiqué Ion Iliescu.", []string{"ROUMED>ROUGOV:111"}},
		{"1990-02-12", "Charles Fiterman a critiqué le gouvernement.", []string{"FRAPTY>FRAGOV:111"}},
	})
}
