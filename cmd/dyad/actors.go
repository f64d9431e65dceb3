package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/spf13/cobra"
)

// actorsDicts are the --dict files given to the actors command (the global
// --dict of the root command is honoured too).
var actorsDicts []string

func init() {
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "Look up and check the actor dictionaries (countries, organisations, groups, people, agents)",
		Long: `The actor knowledge base is embedded in dyad (actor/data/*.txt). Users add their own
dictionaries (same format, see actor/README.md) with --dict PATH (repeatable; a file or a
directory of *.txt) or by dropping *.txt files in $DYAD_DICT_DIR (default: the user config
directory, dyad/dict). Later files override earlier ones.`,
	}
	cmd.PersistentFlags().StringArrayVar(&actorsDicts, "dict", nil, "extra dictionary file or directory (repeatable)")

	var date, lang string
	lookup := &cobra.Command{
		Use:   "lookup NAME...",
		Short: "Show the code of a name at a date, its role and the dictionary entry",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			d, err := dyad.ParseDate(date)
			if err != nil {
				return err
			}
			kb, err := actor.Load(allActorDicts()...)
			if err != nil {
				return err
			}
			w := c.OutOrStdout()
			for _, name := range args {
				rs := kb.Lookup(name, d)
				if lang != "" {
					sort.SliceStable(rs, func(i, j int) bool {
						return rs[i].Entry != nil && rs[i].Entry.Lang == lang && (rs[j].Entry == nil || rs[j].Entry.Lang != lang)
					})
				}
				if len(rs) == 0 {
					fmt.Fprintf(w, "%s: not found\n", name)
					continue
				}
				for _, r := range rs {
					if r.Learned != nil {
						fmt.Fprintf(w, "%s\t%s\tlearned from %s (%s): %q\n", name, r.Code, r.Learned.DocID, r.Learned.Since, r.Learned.Text)
						continue
					}
					e := r.Entry
					at := "default role"
					if !r.Role.Default {
						at = r.Role.From.String() + ".." + r.Role.To.String()
					}
					fmt.Fprintf(w, "%s\t%s\t%s %q (%s)\t%s\t%s\tsource: %s\n", name, r.Code, e.Kind, e.Name, at,
						e.Where(), rolesString(e.Roles), e.Source)
				}
			}
			return nil
		},
	}
	lookup.Flags().StringVar(&date, "date", "", "date of the question (YYYY, YYYY-MM or YYYY-MM-DD); default: now")
	lookup.Flags().StringVar(&lang, "lang", "", "prefer entries of this language (fr, en) first")

	check := &cobra.Command{
		Use:   "check",
		Short: "Validate the embedded and user dictionaries (syntax, duplicates, date ranges, codes)",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			probs := actor.Check(allActorDicts()...)
			for _, p := range probs {
				fmt.Fprintln(c.ErrOrStderr(), p.Error())
			}
			if len(probs) > 0 {
				return fmt.Errorf("actors check: %d problem(s), first at %s:%d", len(probs), probs[0].File, probs[0].Line)
			}
			fmt.Fprintf(c.OutOrStdout(), "actors check: %d embedded dictionaries and %d user file(s) are valid\n",
				len(actor.EmbeddedFiles), len(allActorDicts()))
			return nil
		},
	}
	cmd.AddCommand(lookup, check)
	rootCmd.AddCommand(cmd)
}

// allActorDicts is the user dictionary directory's files, then the --dict
// paths (root and actors command).
func allActorDicts() []string {
	var out []string
	if d := actor.DictDir(); d != "" {
		if m, _ := filepath.Glob(filepath.Join(d, "*.txt")); len(m) > 0 {
			sort.Strings(m)
			out = append(out, m...)
		}
	}
	seen := map[string]bool{}
	for _, p := range append(append([]string{}, dictFlags...), actorsDicts...) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

func rolesString(rs []actor.Role) string {
	var b []string
	for _, r := range rs {
		b = append(b, r.String())
	}
	return strings.Join(b, ", ")
}
