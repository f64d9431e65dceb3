package coder

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestEnDom codes invented English domestic-politics sentences of the endom
// round (data/en_endom.txt, endom.go; actor/data/endom_en.txt, actor/endom.go)
// and requires exactly the expected events (none when want is empty): party
// names, two parties signing a deal, an opposition party, a one-sentence
// document's country lent to unions, farmers, students and parties; strikes
// held or launched; house arrest; appeals to dismiss an official; a court
// dissolving a party; a quoted barb with its speaker; an official detained by
// a state's police; gatherings for a speech.
func TestEnDom(t *testing.T) {
	c, kb := realStages(t)
	for _, tc := range []wireCase{
		// parties by name, two of them signing a deal, the opposition named before a party
		{"2019-06-03", "The Bharatiya Janata Party accused the Aam Aadmi Party of misleading voters in Delhi.", []string{"INDPTY>INDPTY:112"}},
		{"2021-05-20", "The Orange Democratic Movement and the United Democratic Alliance signed a deal on electoral reform.", []string{"KENPTY>KENPTY:057"}},
		{"2022-02-14", "Zimbabwe's opposition Citizens Coalition for Change demanded the resignation of the electoral commission chairman.", []string{"ZWEOPP>ZWEGOV:1041"}},
		{"2017-11-20", "Nepal's main opposition Congress party accused the government of rigging the vote.", []string{"NPLOPP>NPLGOV:1121"}},
		{"2019-04-02", "Malawi's opposition accused the president of abusing the powers of his office.", []string{"MWIOPP>MWIGOV:1121"}},
		// one sentence, one country: its farmers, students and unions take it
		{"2021-01-26", "Thousands of farmers rallied in Islamabad to protest against the government's wheat prices.", []string{"PAKAGR>PAKGOV:141"}},
		{"2015-11-04", "Student unions held a third day of strikes against the Chilean government's education reform.", []string{"CHLLAB>CHLGOV:1432"}},
		{"2019-01-14", "Unions launched a national strike against the Zimbabwean government over fuel prices.", []string{"ZWELAB>ZWEGOV:143"}},
		// house arrest, an appeal to dismiss, a court dissolving a party
		{"2018-07-02", "Bolivian police placed the opposition mayor under house arrest.", []string{"BOLCOP>BOLOPP:173"}},
		{"2020-10-12", "Peru's opposition urged President Martin Vizcarra to sack his health minister.", []string{"PEROPP>PERGOV:0241"}},
		{"2020-02-21", "Thailand's Constitutional Court ordered the dissolution of the opposition Future Forward Party.", []string{"THAJUD>THAOPP:1722"}},
		// a quoted barb and its speaker; a detained official of the police's country
		{"2019-09-12", "\"He is a liar and a disgrace,\" Kenya's opposition leader said of the interior minister.", []string{"KENOPP>KENGOV:111"}},
		{"2023-08-30", "Nigerian police arrested a state governor on fraud charges.", []string{"NGACOP>NGAGOV:173"}},
		// a coalition formed with another party; a union's threat to strike is no attack (1384)
		{"2007-05-09", "The Scottish National Party formed a coalition with the Scottish Green Party in Edinburgh.", []string{"GBRPTY>GBRENV:057", "GBRENV>GBRPTY:057"}}, // Phoenix codes green parties ENV
		{"2022-05-01", "Kenyan unions threatened to strike against the government over unpaid salaries.", []string{"KENLAB>KENGOV:133"}},
		// no event: praise quoted "said of"; a gathering for a speech
		{"2019-09-12", "\"He has been a loyal partner,\" Kenya's president said of the interior minister.", nil},
		{"2024-03-20", "Lawmakers gathered for the budget speech in Nairobi on Thursday.", nil},
		// "said" followed by "of" further on, no quote: no barb
		{"2023-01-01", "Kenyan lawmakers said the decision of the president was a disgrace.", nil},
	} {
		got := codeLang(t, c, kb, "en", tc.date, tc.text)
		want := append([]string(nil), tc.want...)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%s (%s)\n got  %s\n want %s", tc.text, tc.date, strings.Join(got, " "), strings.Join(want, " "))
		}
	}
}
