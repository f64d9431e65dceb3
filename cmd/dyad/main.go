// Command dyad turns news articles into coded political events.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

var rootCmd = &cobra.Command{
	Use:   "dyad",
	Short: "dyad turns news into political event data: who did what to whom, when and where",
	Long: `dyad reads news articles (French and English), finds actors, time expressions and
events, and codes them in CAMEO (with Goldstein score, QuadClass and PLOVER category),
keeping the evidence sentence. Results go to stdout as JSON Lines (dyad code) or into
an SQLite database (dyad ingest, dyad serve, dyad demo).`,
	SilenceUsage:  true,
	SilenceErrors: true,
}

func main() {
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "dyad:", err)
		os.Exit(1)
	}
}
