package dyad

import (
	"os"
	"path/filepath"
)

// UserDir returns the directory of the user's own data of one kind: the
// environment variable env when set, else os.UserConfigDir()/dyad/name
// ("" when neither is known). Actor dictionaries use DYAD_DICT_DIR and
// "dict", event patterns DYAD_PATTERN_DIR and "patterns".
func UserDir(env, name string) string {
	if d := os.Getenv(env); d != "" {
		return d
	}
	if c, err := os.UserConfigDir(); err == nil {
		return filepath.Join(c, "dyad", name)
	}
	return ""
}
