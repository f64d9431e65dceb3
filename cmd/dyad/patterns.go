package main

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/text"
	"github.com/spf13/cobra"
)

func init() {
	cmd := &cobra.Command{
		Use:   "patterns",
		Short: "Check and list the event patterns (embedded and your own)",
		Long: `The event patterns are embedded in dyad (coder/data: fr.txt, en.txt, LANG_*.txt). Users add
their own pattern files (same format, see coder/README.md, "User pattern files") with the
global --patterns PATH (repeatable; a file or a directory of *.txt) or by dropping *.txt
files in $DYAD_PATTERN_DIR (default: the user config directory, dyad/patterns). A file's
language is its "@lang fr" (or en) header line, else its name (fr_*.txt, *_fr.txt,
*-en.txt ...). User patterns load after the embedded ones of their language (they may use
their @set and @group names) and win over embedded patterns of the same anchor with as many
elements. Embedded files are named as in coder/data ("fr.txt:120").`,
	}

	check := &cobra.Command{
		Use:   "check",
		Short: "Validate the embedded and user pattern files (syntax, anchors, CAMEO codes, sets, slots, duplicates)",
		Long: `Validate the embedded pattern files, the files of $DYAD_PATTERN_DIR and the --patterns files:
line syntax, exactly one *anchor, CAMEO codes that exist in the codebook, @set and @group
names that are declared, slot syntax and prepositions known to the language, the same
pattern written twice, and that the files load. Prints FILE:LINE: problem for each one
and exits non-zero when there is any. Also prints warnings for lines that load but
probably do not mean what they say ("|" written as if it separated phrases: alternatives
are single words); warnings alone do not fail the check.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			user := userPatternFiles()
			var errs []coder.Problem
			warnings := 0
			for _, p := range coder.Check(user...) {
				fmt.Fprintln(c.ErrOrStderr(), p.Error())
				if p.Warning {
					warnings++
				} else {
					errs = append(errs, p)
				}
			}
			if len(errs) > 0 {
				return fmt.Errorf("patterns check: %d problem(s), first at %s:%d", len(errs), errs[0].File, errs[0].Line)
			}
			fmt.Fprintf(c.OutOrStdout(), "patterns check: %d patterns, embedded files and %d user path(s) are valid",
				len(coder.List(user...)), len(user))
			if warnings > 0 {
				fmt.Fprintf(c.OutOrStdout(), " (%d warning(s) above)", warnings)
			}
			fmt.Fprintln(c.OutOrStdout())
			return nil
		},
	}

	var lang, code, lemma string
	list := &cobra.Command{
		Use:   "list",
		Short: "Print the patterns (embedded and user) with FILE:LINE, filtered by language, code or anchor lemma",
		Long: `Print the patterns of the embedded files, $DYAD_PATTERN_DIR and the --patterns files, one a
line: FILE:LINE, language, anchor lemmas, then the pattern as written. --code takes a code
or a prefix (04 lists every 04x code); --lemma an anchor lemma (accents and case do not
matter; a group's members count). Lines with problems are left out (dyad patterns check
names them).`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			w := c.OutOrStdout()
			want := text.Fold(lemma)
			n := 0
			for _, p := range coder.List(userPatternFiles()...) {
				if lang != "" && p.Lang != lang {
					continue
				}
				if code != "" && !strings.HasPrefix(p.Code, code) {
					continue
				}
				if want != "" && !hasLemma(p.Anchors, want) {
					continue
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", p.Where(), p.Lang, strings.Join(p.Anchors, "|"), p.Text)
				n++
			}
			if n == 0 {
				return fmt.Errorf("patterns list: no pattern matches")
			}
			return nil
		},
	}
	list.Flags().StringVar(&lang, "lang", "", "only patterns of this language (fr, en)")
	list.Flags().StringVar(&code, "code", "", "only patterns of this CAMEO code or code prefix (042, 04)")
	list.Flags().StringVar(&lemma, "lemma", "", "only patterns anchored on this lemma (rencontrer, meet)")
	cmd.AddCommand(check, list)
	rootCmd.AddCommand(cmd)
}

func hasLemma(anchors []string, want string) bool {
	for _, a := range anchors {
		if a == want || strings.HasPrefix(a, want+" ") {
			return true
		}
	}
	return false
}

// userPatternFiles is the user pattern directory's files, then the
// --patterns paths.
func userPatternFiles() []string {
	out := coder.PatternDirFiles()
	seen := map[string]bool{}
	for _, p := range out {
		seen[p] = true
	}
	for _, p := range patternFlags {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}
