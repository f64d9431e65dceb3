package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/pipeline"
)

// dictFlags are the user dictionary files given with --dict (global);
// patternFlags the user event pattern files given with --patterns.
var dictFlags, patternFlags []string

func init() {
	rootCmd.PersistentFlags().StringArrayVar(&dictFlags, "dict", nil, "extra dictionary file (actors); repeatable")
	rootCmd.PersistentFlags().StringArrayVar(&patternFlags, "patterns", nil, "extra event pattern file or directory of *.txt (coder/README.md); repeatable")
}

// newPipeline builds the default pipeline with the user's dictionaries and
// event patterns.
func newPipeline(o pipeline.Options) (*pipeline.Pipeline, error) {
	o.Dicts = append(o.Dicts, dictFlags...)
	o.Patterns = append(o.Patterns, patternFlags...)
	return pipeline.New(o)
}

// textArg returns a command's TEXT argument, or standard input when it is "-".
func textArg(cmd *cobra.Command, arg string) (string, error) {
	if arg != "-" {
		return arg, nil
	}
	b, err := io.ReadAll(cmd.InOrStdin())
	return string(b), err
}
