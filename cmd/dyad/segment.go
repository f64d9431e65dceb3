package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

func init() {
	var lang string
	var plain bool
	cmd := &cobra.Command{
		Use:   "segment [--lang fr|en] [--plain] TEXT|-",
		Short: "Split a text into sentences and tokens (debugging the text stage)",
		Long: `segment runs the text stage on TEXT (or on standard input when TEXT is "-") and
prints one sentence a line: its byte offsets and text, then its tokens as
start-end:kind:text. With --plain only the sentences are printed, one a line
(line breaks inside a sentence shown as spaces).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in, err := textArg(cmd, args[0])
			if err != nil {
				return err
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			a := dyad.Analysis{Doc: &dyad.Document{Text: in, Lang: lang}}
			if err := text.NewStage().Process(&a); err != nil {
				return err
			}
			for _, s := range a.Sentences {
				st := strings.ReplaceAll(in[s.Start:s.End], "\n", " ")
				if plain {
					fmt.Fprintln(w, st)
					continue
				}
				fmt.Fprintf(w, "%d-%d\t%s\n", s.Start, s.End, st)
				for i, t := range s.Tokens {
					if i > 0 {
						w.WriteByte(' ')
					} else {
						w.WriteByte('\t')
					}
					fmt.Fprintf(w, "%d-%d:%s:%s", t.Start, t.End, t.Kind, t.Text)
				}
				w.WriteByte('\n')
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "fr", "language of the text (fr, en)")
	cmd.Flags().BoolVar(&plain, "plain", false, "print only the sentences")
	rootCmd.AddCommand(cmd)
}
