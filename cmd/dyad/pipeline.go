package main

import (
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
