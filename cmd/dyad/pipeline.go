package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/pipeline"
)

// dictFlags are the user dictionary files given with --dict (global).
var dictFlags []string

func init() {
	rootCmd.PersistentFlags().StringArrayVar(&dictFlags, "dict", nil, "extra dictionary file (actors); repeatable")
}

// newPipeline builds the default pipeline with the user's dictionaries.
func newPipeline(o pipeline.Options) (*pipeline.Pipeline, error) {
	o.Dicts = append(o.Dicts, dictFlags...)
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
