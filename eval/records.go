// Package eval scores `dyad code` output against gold files, counting as
// ../shared/eval/README.md describes: events (exact and relaxed), PLOVER
// categories, CAMEO manual examples and time expressions. Offsets are
// Unicode code points in gold and predictions alike.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// GoldEvent is an event of an event gold file.
type GoldEvent struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

// GoldActor is an actor of a PLOVER gold record.
type GoldActor struct {
	Text   string `json:"text"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

// Time is a time expression (gold or predicted), code-point offsets.
type Time struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// GoldRecord is one line of a gold file. Which kinds of gold it holds is
// told by the fields present (Has*).
type GoldRecord struct {
	ID   string `json:"id"`
	Lang string `json:"lang"`
	Date string `json:"date"`
	Text string `json:"text"`

	Events   []GoldEvent `json:"events"`
	NoEvents bool        `json:"noevents"`

	PLOVER       string      `json:"plover"`
	Mode         string      `json:"mode"`
	SourceActors []GoldActor `json:"source_actors"`
	TargetActors []GoldActor `json:"target_actors"`

	CAMEO string `json:"cameo"`
	Name  string `json:"name"`

	Times []Time `json:"times"`

	// Split names the part of a gold set a record belongs to ("dev",
	// "test"), when the set has parts.
	Split string `json:"split"`
	// Article names the article a sentence record belongs to (Wikinews
	// gold: "44269: Grèce : …"); see ArticleGroups.
	Article string `json:"article"`

	HasEvents, HasPLOVER, HasCAMEO, HasTimes bool `json:"-"`
	Line                                     int  `json:"-"` // 1-based line in the gold file
}

// PredActor is an actor mention of a prediction.
type PredActor struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Code  string `json:"code"`
}

// PredEvent is an event of a prediction (the fields of `dyad code` that
// scoring uses).
type PredEvent struct {
	Source     string `json:"source"`
	Target     string `json:"target"`
	Code       string `json:"code"`
	PLOVER     string `json:"plover"`
	Negated    bool   `json:"negated"`
	Mode       string `json:"mode"`
	SourceText string `json:"source_text"`
	TargetText string `json:"target_text"`
}

// PredRecord is one line of `dyad code` output.
type PredRecord struct {
	ID     string      `json:"id"`
	Times  []Time      `json:"times"`
	Actors []PredActor `json:"actors"`
	Events []PredEvent `json:"events"`
	Error  string      `json:"error"`
}

// ReadGold reads a gold JSON Lines file.
func ReadGold(r io.Reader) ([]GoldRecord, error) {
	var out []GoldRecord
	err := eachLine(r, func(n int, line []byte) error {
		var g GoldRecord
		if err := json.Unmarshal(line, &g); err != nil {
			return err
		}
		var keys map[string]json.RawMessage
		if err := json.Unmarshal(line, &keys); err != nil {
			return err
		}
		_, ev := keys["events"]
		_, ne := keys["noevents"]
		g.HasEvents = ev || ne
		_, g.HasPLOVER = keys["plover"]
		_, g.HasCAMEO = keys["cameo"]
		_, g.HasTimes = keys["times"]
		g.Line = n
		out = append(out, g)
		return nil
	})
	return out, err
}

// ReadPred reads `dyad code` output.
func ReadPred(r io.Reader) ([]PredRecord, error) {
	var out []PredRecord
	err := eachLine(r, func(n int, line []byte) error {
		var p PredRecord
		if err := json.Unmarshal(line, &p); err != nil {
			return err
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

func eachLine(r io.Reader, f func(n int, line []byte) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	n := 0
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			n++
			line = bytes.TrimSpace(line)
			if len(line) > 0 {
				if e := f(n, line); e != nil {
					return fmt.Errorf("line %d: %w", n, e)
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// Pair aligns predictions with gold records. When every gold record has a
// distinct id, predictions are found by id; otherwise they are taken in
// order (the i-th prediction for the i-th gold record). A gold record
// without prediction gets nil.
func Pair(gold []GoldRecord, pred []PredRecord) []*PredRecord {
	out := make([]*PredRecord, len(gold))
	byID := make(map[string]int, len(gold))
	useID := len(gold) > 0
	for i, g := range gold {
		if g.ID == "" {
			useID = false
			break
		}
		if _, dup := byID[g.ID]; dup {
			useID = false
			break
		}
		byID[g.ID] = i
	}
	if useID {
		hits := 0
		for i := range pred {
			if _, ok := byID[pred[i].ID]; ok {
				hits++
			}
		}
		if hits == 0 && len(pred) == len(gold) {
			useID = false // predictions carry other ids: fall back to order
		}
	}
	if useID {
		for i := range pred {
			if j, ok := byID[pred[i].ID]; ok && out[j] == nil {
				out[j] = &pred[i]
			}
		}
		return out
	}
	for i := range gold {
		if i < len(pred) {
			out[i] = &pred[i]
		}
	}
	return out
}

// RecordName names a gold record for reports: its id, or its line.
func (g *GoldRecord) RecordName() string {
	if g.ID != "" {
		return g.ID
	}
	return "line " + strconv.Itoa(g.Line)
}
