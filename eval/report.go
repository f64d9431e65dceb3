package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

func prf(s PRF) string {
	return fmt.Sprintf("P %5.1f  R %5.1f  F1 %5.1f   (tp %d, fp %d, fn %d)", 100*s.P, 100*s.R, 100*s.F1, s.TP, s.FP, s.FN)
}

func pct(r Ratio) string { return fmt.Sprintf("%5.1f%%  (%d/%d)", 100*r.Value, r.N, r.Of) }

// WriteText writes a readable report.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "records: %d", r.Records)
	if r.MissingPred > 0 {
		fmt.Fprintf(&b, ", without prediction: %d", r.MissingPred)
	}
	if r.ErrorRecords > 0 {
		fmt.Fprintf(&b, ", errors: %d", r.ErrorRecords)
	}
	if r.Negated > 0 {
		fmt.Fprintf(&b, ", negated predicted events left out: %d", r.Negated)
	}
	b.WriteString("\n")
	if e := r.Events; e != nil {
		fmt.Fprintf(&b, "\n== events (%d records, %d marked noevents", e.Records, e.NoEvents)
		if e.NoEvents > 0 {
			fmt.Fprintf(&b, ", %d of them with predicted events", e.FalseAlarms)
		}
		b.WriteString(")\n")
		fmt.Fprintf(&b, "exact   (source, target, code)       %s\n", prf(e.Exact))
		fmt.Fprintf(&b, "relaxed (countries, CAMEO root)      %s\n", prf(e.Relaxed))
		if m := e.Misses; e.Exact.FN > 0 {
			fmt.Fprintf(&b, "\ngold events without an exact match: %d; the nearest prediction of their record has\n", e.Exact.FN)
			fmt.Fprintf(&b, "  the same actors, another code (same root / other root)      %d / %d\n", m.CodeSameRoot, m.CodeOtherRoot)
			fmt.Fprintf(&b, "  the same countries, another sector (same code / other code) %d / %d\n", m.Sector, m.SectorAndCode)
			fmt.Fprintf(&b, "  source and target swapped                                   %d\n", m.Reversed)
			fmt.Fprintf(&b, "  one side's country wrong                                    %d\n", m.OneActor)
			fmt.Fprintf(&b, "  nothing near: no predicted event shares a country with it   %d\n", m.NoEvent)
		}
		if len(e.ByRoot) > 0 {
			b.WriteString("\nby root          gold  pred   exact P/R/F1          relaxed P/R/F1\n")
			for _, rs := range e.ByRoot {
				lab := rs.Label
				if len(lab) > 10 {
					lab = lab[:10]
				}
				fmt.Fprintf(&b, "%-2s %-10s  %5d %5d   %5.1f %5.1f %5.1f     %5.1f %5.1f %5.1f\n", rs.Root, lab, rs.Gold, rs.Pred,
					100*rs.Exact.P, 100*rs.Exact.R, 100*rs.Exact.F1, 100*rs.Relaxed.P, 100*rs.Relaxed.R, 100*rs.Relaxed.F1)
			}
		}
		if len(e.Worst) > 0 {
			b.WriteString("\nworst records (exact errors):\n")
			for _, d := range e.Worst {
				fmt.Fprintf(&b, "\n[%s] %d errors\n  %s\n", d.ID, d.Errors, oneLine(d.Text, 300))
				for _, g := range d.Gold {
					fmt.Fprintf(&b, "  gold %s → %s  %s\n", dash(g.Source), dash(g.Target), g.Code)
				}
				for _, p := range d.Pred {
					fmt.Fprintf(&b, "  pred %s → %s  %s   (%s / %s)\n", dash(p.Source), dash(p.Target), p.Code, p.SourceText, p.TargetText)
				}
			}
		}
	}
	if p := r.PLOVER; p != nil {
		fmt.Fprintf(&b, "\n== PLOVER (%d records, %d without predicted event)\n", p.Records, p.NoPred)
		fmt.Fprintf(&b, "top-1 category (2021 mapping)          %s\n", pct(p.Top1))
		fmt.Fprintf(&b, "top-1 category (GSR categories)        %s\n", pct(p.Top1GSR))
		fmt.Fprintf(&b, "category                %s\n", prf(p.Category))
		fmt.Fprintf(&b, "source, target, cat.    %s\n", prf(p.Dyad))
		fmt.Fprintf(&b, "actor coverage, country part           %s\n", pct(p.CoverCountry))
		fmt.Fprintf(&b, "actor coverage, code + sector          %s\n", pct(p.CoverFull))
	}
	if c := r.CAMEO; c != nil {
		fmt.Fprintf(&b, "\n== CAMEO manual examples (%d records, %d without predicted event)\n", c.Records, c.NoPred)
		fmt.Fprintf(&b, "some event with the root     %s\n", pct(c.Root))
		fmt.Fprintf(&b, "first event with the root    %s\n", pct(c.Top1Root))
		fmt.Fprintf(&b, "some event with the code     %s\n", pct(c.Code))
	}
	if t := r.Times; t != nil {
		fmt.Fprintf(&b, "\n== times (%d gold, %d predicted)\n", t.Gold, t.Pred)
		fmt.Fprintf(&b, "relaxed (overlap)   %s\n", prf(t.Relaxed))
		fmt.Fprintf(&b, "strict (same span)  %s\n", prf(t.Strict))
		fmt.Fprintf(&b, "value               %s\n", prf(t.ValueF1))
		fmt.Fprintf(&b, "value accuracy on relaxed matches  %s\n", pct(t.Value))
		fmt.Fprintf(&b, "type accuracy on relaxed matches   %s\n", pct(t.Type))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
