package eval

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func gold(t *testing.T, lines ...string) []GoldRecord {
	t.Helper()
	g, err := ReadGold(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func pred(t *testing.T, lines ...string) []PredRecord {
	t.Helper()
	p, err := ReadPred(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func score(t *testing.T, g []GoldRecord, p []PredRecord) *Report {
	t.Helper()
	return Score(g, Pair(g, p), Options{})
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func checkPRF(t *testing.T, name string, s PRF, tp, fp, fn int) {
	t.Helper()
	if s.TP != tp || s.FP != fp || s.FN != fn {
		t.Errorf("%s: tp/fp/fn = %d/%d/%d, want %d/%d/%d", name, s.TP, s.FP, s.FN, tp, fp, fn)
	}
	p, r := 0.0, 0.0
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if !near(s.P, p) || !near(s.R, r) {
		t.Errorf("%s: P/R = %v/%v, want %v/%v", name, s.P, s.R, p, r)
	}
}

func TestEventsExactVsRelaxed(t *testing.T) {
	g := gold(t,
		`{"id":"a","text":"t","events":[{"source":"USAGOV","target":"PAKGOV","code":"036"}]}`,
		`{"id":"b","text":"t","events":[{"source":"TALREB","target":"AFGGOV","code":"190"}]}`,
	)
	p := pred(t,
		// b before a: pairing is by id
		`{"id":"b","events":[{"source":"TALREB","target":"AFGGOV","code":"190"}]}`,
		`{"id":"a","events":[{"source":"USA","target":"PAKMIL","code":"031"}]}`,
	)
	r := score(t, g, p)
	if r.Events == nil || r.PLOVER != nil || r.Times != nil || r.CAMEO != nil {
		t.Fatalf("kinds detected wrongly: %+v", r)
	}
	checkPRF(t, "exact", r.Events.Exact, 1, 1, 1)
	checkPRF(t, "relaxed", r.Events.Relaxed, 2, 0, 0)
	if len(r.Events.Worst) != 1 || r.Events.Worst[0].ID != "a" || r.Events.Worst[0].Errors != 2 {
		t.Errorf("worst = %+v", r.Events.Worst)
	}
	var r03 *RootScores
	for i := range r.Events.ByRoot {
		if r.Events.ByRoot[i].Root == "03" {
			r03 = &r.Events.ByRoot[i]
		}
	}
	if r03 == nil || r03.Gold != 1 || r03.Pred != 1 || r03.Exact.F1 != 0 || r03.Relaxed.F1 != 1 {
		t.Errorf("root 03 = %+v", r03)
	}
}

func TestEventsDoubleMatching(t *testing.T) {
	// two identical predictions for one gold event: one TP, one FP;
	// one prediction for two identical gold events: one TP, one FN.
	g := gold(t,
		`{"id":"a","events":[{"source":"USA","target":"PAK","code":"042"}]}`,
		`{"id":"b","events":[{"source":"USA","target":"PAK","code":"042"},{"source":"USA","target":"PAK","code":"042"}]}`,
	)
	p := pred(t,
		`{"id":"a","events":[{"source":"USA","target":"PAK","code":"042"},{"source":"USA","target":"PAK","code":"042"}]}`,
		`{"id":"b","events":[{"source":"USA","target":"PAK","code":"042"}]}`,
	)
	r := score(t, g, p)
	checkPRF(t, "exact", r.Events.Exact, 2, 1, 1)
	checkPRF(t, "relaxed", r.Events.Relaxed, 2, 1, 1)
}

func TestEventsRelaxedNeedsMaximumMatching(t *testing.T) {
	// relaxed: p1 fits g1 and g2, p2 only g1; a first-come matching would
	// give p1→g1 and lose p2.
	g := gold(t, `{"id":"a","events":[{"source":"USAGOV","target":"PAK","code":"042"},{"source":"USAMIL","target":"PAK","code":"043"}]}`)
	p := pred(t, `{"id":"a","events":[{"source":"USA","target":"PAK","code":"04"},{"source":"USAGOV","target":"PAK","code":"042"}]}`)
	r := score(t, g, p)
	checkPRF(t, "exact", r.Events.Exact, 1, 1, 1)
	checkPRF(t, "relaxed", r.Events.Relaxed, 2, 0, 0)
}

func TestEventsEmptyRecordsAndNegation(t *testing.T) {
	g := gold(t,
		`{"id":"a","text":"rien","events":[],"noevents":true}`,
		`{"id":"b","text":"rien non plus","noevents":true}`,
		`{"id":"c","text":"x","events":[{"source":"USA","target":"PAK","code":"036"}]}`,
	)
	p := pred(t,
		`{"id":"a","events":[]}`,
		`{"id":"b","events":[{"source":"USA","target":"PAK","code":"111"}]}`,
		`{"id":"c","events":[{"source":"USA","target":"PAK","code":"036","negated":true}]}`,
	)
	r := score(t, g, p)
	if r.Events.NoEvents != 2 || r.Events.FalseAlarms != 1 {
		t.Errorf("noevents %d, false alarms %d", r.Events.NoEvents, r.Events.FalseAlarms)
	}
	checkPRF(t, "exact", r.Events.Exact, 0, 1, 1)
	if r.Negated != 1 {
		t.Errorf("negated = %d", r.Negated)
	}
	r = Score(g, Pair(g, p), Options{IncludeNegated: true})
	checkPRF(t, "exact with negated", r.Events.Exact, 1, 1, 0)
	// a missing prediction counts as an empty one
	r = score(t, g, p[:1])
	if r.MissingPred != 2 {
		t.Errorf("missing = %d", r.MissingPred)
	}
	checkPRF(t, "exact, missing", r.Events.Exact, 0, 0, 1)
	// nothing at all: all zero, no NaN
	r = score(t, gold(t, `{"id":"z","noevents":true}`), nil)
	if r.Events.Exact.F1 != 0 || math.IsNaN(r.Events.Exact.P) {
		t.Errorf("empty: %+v", r.Events.Exact)
	}
}

func TestPairByOrderWithoutIDs(t *testing.T) {
	g := gold(t, `{"cameo":"042","text":"a"}`, `{"cameo":"190","text":"b"}`)
	p := pred(t, `{"id":"f#1","events":[{"source":"USA","target":"FRA","code":"043"}]}`,
		`{"id":"f#2","events":[{"source":"USA","target":"FRA","code":"190"}]}`)
	r := score(t, g, p)
	if r.CAMEO == nil || r.Events != nil {
		t.Fatalf("kinds: %+v", r)
	}
	if r.CAMEO.Root.N != 2 || r.CAMEO.Code.N != 1 || r.CAMEO.Top1Root.N != 2 {
		t.Errorf("cameo = %+v", r.CAMEO)
	}
}

func TestPLOVER(t *testing.T) {
	g := gold(t,
		// reciprocal, no target: any target accepted
		`{"id":"1","text":"Jordan and Britain agreed","plover":"AGREE","mode":"","source_actors":[{"code":"JOR","sector":""},{"code":"GBR","sector":"GOV"}],"target_actors":[]}`,
		// GSR name FIGHT = 2021 ASSAULT
		`{"id":"2","text":"shelled","plover":"FIGHT","source_actors":[{"code":"SDN","sector":"REB"}],"target_actors":[{"code":"SDN","sector":"CVL"}]}`,
		// DEMAND = REQUEST, but the prediction is a consult
		`{"id":"3","text":"demanded","plover":"DEMAND","source_actors":[{"code":"USA","sector":""}],"target_actors":[{"code":"IRQ","sector":""}]}`,
	)
	p := pred(t,
		`{"id":"1","actors":[{"code":"JOR"},{"code":"GBRGOV"}],"events":[{"source":"JOR","target":"GBR","code":"036"},{"source":"GBRGOV","target":"JOR","code":"036"}]}`,
		`{"id":"2","actors":[{"code":"SDNREB"}],"events":[{"source":"SDNREB","target":"SDNCVL","code":"195"}]}`,
		`{"id":"3","actors":[{"code":"USA"},{"code":"IRQGOV"}],"events":[{"source":"USA","target":"IRQ","code":"040"},{"source":"USA","target":"IRQ","code":"1042"}]}`,
	)
	r := score(t, g, p)
	s := r.PLOVER
	if s == nil {
		t.Fatal("no PLOVER scores")
	}
	if s.Top1.N != 2 || s.Top1.Of != 3 {
		t.Errorf("top1 = %+v", s.Top1)
	}
	if s.Top1GSR.N != 2 { // 195 → FIGHT in GSR names
		t.Errorf("top1 GSR = %+v", s.Top1GSR)
	}
	// category: 1 gold per record; record 1 has 2 preds (1 TP 1 FP), 2: 1 TP, 3: second pred TP, first FP
	checkPRF(t, "category", s.Category, 3, 2, 0)
	// dyads: record 1 has 2 gold (JOR,*),(GBR,*) both matched; 2: matched; 3: 1 gold, 1 TP 1 FP
	checkPRF(t, "dyad", s.Dyad, 4, 1, 0)
	// coverage: gold codes JOR GBR SDN SDN USA IRQ: all countries present
	if s.CoverCountry.N != 6 || s.CoverCountry.Of != 6 {
		t.Errorf("cover country = %+v", s.CoverCountry)
	}
	// full: JOR ok, GBRGOV ok, SDNREB ok, SDNCVL no, USA ok, IRQ no (only IRQGOV)
	if s.CoverFull.N != 4 {
		t.Errorf("cover full = %+v", s.CoverFull)
	}
}

func TestTimes(t *testing.T) {
	g := gold(t, `{"id":"t","text":"...","times":[{"start":0,"end":10,"type":"DATE","value":"1999-05-18"},{"start":10,"end":20,"type":"DURATION","value":"P2Y"},{"start":30,"end":35,"type":"DATE","value":"1999"}]}`)
	p := pred(t, `{"id":"t","times":[{"start":5,"end":15,"type":"DATE","value":"1999-05-18"},{"start":0,"end":3,"type":"DATE","value":"1999-05-18"},{"start":30,"end":35,"type":"DATE","value":"2000"},{"start":40,"end":45,"type":"DATE","value":"X"}]}`)
	r := score(t, g, p)
	s := r.Times
	// relaxed: [5,15) overlaps both gold 1 and 2, [0,3) only gold 1: the
	// maximum matching pairs [0,3)-g1 and [5,15)-g2; [30,35) matches g3.
	checkPRF(t, "relaxed", s.Relaxed, 3, 1, 0)
	checkPRF(t, "strict", s.Strict, 1, 3, 2)
	// values: [0,3)-g1 right, [5,15)-g2 wrong (P2Y), [30,35) wrong
	if s.Value.N != 1 || s.Value.Of != 3 {
		t.Errorf("value = %+v", s.Value)
	}
	if s.Type.N != 2 || s.Type.Of != 3 {
		t.Errorf("type = %+v", s.Type)
	}
	checkPRF(t, "value", s.ValueF1, 1, 3, 2)
}

func TestTimesPreferIdenticalSpan(t *testing.T) {
	g := gold(t, `{"id":"t","times":[{"start":0,"end":4,"type":"DATE","value":"A"},{"start":5,"end":9,"type":"DATE","value":"B"}]}`)
	p := pred(t, `{"id":"t","times":[{"start":0,"end":9,"type":"DATE","value":"A"},{"start":5,"end":9,"type":"DATE","value":"B"}]}`)
	r := score(t, g, p)
	if r.Times.Value.N != 2 {
		t.Errorf("value pairs: %+v (identical span must pair B with B)", r.Times.Value)
	}
}

func TestReports(t *testing.T) {
	g := gold(t, `{"id":"a","text":"t","events":[{"source":"USA","target":"PAK","code":"036"}],"times":[{"start":0,"end":1,"type":"DATE","value":"2021"}]}`)
	p := pred(t, `{"id":"a","events":[{"source":"USA","target":"PAK","code":"036"}],"times":[]}`)
	r := score(t, g, p)
	if r.Events == nil || r.Times == nil {
		t.Fatal("a record may hold two kinds of gold")
	}
	var txt, js bytes.Buffer
	if err := r.WriteText(&txt); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(txt.String(), "exact") || !strings.Contains(txt.String(), "times") {
		t.Errorf("text report:\n%s", txt.String())
	}
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if _, ok := back["events"]; !ok {
		t.Errorf("json report: %s", js.String())
	}
}

func TestEventMisses(t *testing.T) {
	g := gold(t,
		`{"id":"a","events":[{"source":"USAGOV","target":"PAK","code":"042"},{"source":"USAGOV","target":"PAKGOV","code":"036"}]}`,
		`{"id":"b","events":[{"source":"FRAGOV","target":"DEU","code":"111"},{"source":"RUS","target":"UKR","code":"190"}]}`,
		`{"id":"c","events":[{"source":"ISR","target":"PSE","code":"112"},{"source":"CHN","target":"USA","code":"040"}]}`,
		`{"id":"d","events":[{"source":"USA","target":"IRN","code":"163"}]}`,
	)
	p := pred(t,
		// 043 for 042 (same root); the exact 036 is not used to explain
		`{"id":"a","events":[{"source":"USAGOV","target":"PAKGOV","code":"036"},{"source":"USAGOV","target":"PAK","code":"043"}]}`,
		// FRA for FRAGOV (sector); UKR>RUS swapped
		`{"id":"b","events":[{"source":"FRA","target":"DEU","code":"111"},{"source":"UKR","target":"RUS","code":"190"}]}`,
		// other root with the same actors; one side wrong
		`{"id":"c","events":[{"source":"ISR","target":"PSE","code":"190"},{"source":"CHN","target":"JPN","code":"040"}]}`,
		`{"id":"d","events":[]}`,
	)
	m := score(t, g, p).Events.Misses
	want := Misses{CodeSameRoot: 1, CodeOtherRoot: 1, Sector: 1, Reversed: 1, OneActor: 1, NoEvent: 1}
	if m != want {
		t.Errorf("misses = %+v, want %+v", m, want)
	}
}
