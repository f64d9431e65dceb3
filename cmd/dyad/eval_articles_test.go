package main

import (
	"os"
	"testing"

	"github.com/dyadproject/dyad/eval"
)

// frwiki2: the sentence records of one article are coded together — an
// anaphor finds the actor of the record before (« L'organisation régionale »
// after the ECOWAS was named) — and each record keeps its own events, a
// title and a sentence restating one event both (no document dedup).
func TestEvalArticleRecords(t *testing.T) {
	lines := `{"id":"a1-1","lang":"fr","date":"2023-07-28","text":"Niger : la Cédéao menace les militaires nigériens de sanctions","events":[]}
{"id":"a1-2","lang":"fr","date":"2023-07-28","text":"La Communauté économique des États de l'Afrique de l'Ouest a menacé vendredi les militaires nigériens de sanctions.","events":[]}
{"id":"a1-3","lang":"fr","date":"2023-07-28","text":"L'organisation régionale a critiqué les militaires nigériens.","events":[]}`
	dir := t.TempDir()
	path := dir + "/gold.jsonl"
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	gold, err := readGoldFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if g := eval.ArticleGroups(gold); len(g) != 1 {
		t.Fatalf("groups %v, want one article", g)
	}
	for _, sentences := range []bool{false, true} {
		evalSentences = sentences
		preds, err := predictGold(gold, 1, "")
		evalSentences = false
		if err != nil {
			t.Fatal(err)
		}
		if len(preds) != 3 {
			t.Fatalf("%d predictions, want 3", len(preds))
		}
		has := func(k int, ev string) bool {
			for _, e := range preds[k].Events {
				if e.Source+">"+e.Target+":"+e.Code == ev {
					return true
				}
			}
			return false
		}
		if preds[2].ID != "a1-3" {
			t.Errorf("record 3 has id %q", preds[2].ID)
		}
		if !has(0, "IGOWAFWAS>NERMIL:1312") || !has(1, "IGOWAFWAS>NERMIL:1312") {
			t.Errorf("sentences=%v: records 1 and 2 want IGOWAFWAS>NERMIL:1312: %+v %+v", sentences, preds[0].Events, preds[1].Events)
		}
		if got := has(2, "IGOWAFWAS>NERMIL:111"); got == sentences {
			t.Errorf("sentences=%v: record 3 IGOWAFWAS>NERMIL:111 found %v: %+v", sentences, got, preds[2].Events)
		}
	}
}
