package dyad

import (
	"os"
	"path/filepath"
	"sort"
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

// DataFiles lists the data files that paths name: a directory stands for
// its *.txt files in name order, a file for itself; a file named twice
// (also through its directory) is listed once, where it first comes. A
// path that does not exist is an error.
func DataFiles(paths ...string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(f string) {
		k, err := filepath.Abs(f)
		if err != nil {
			k = filepath.Clean(f)
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			add(p)
			continue
		}
		m, _ := filepath.Glob(filepath.Join(p, "*.txt"))
		sort.Strings(m)
		for _, f := range m {
			add(f)
		}
	}
	return out, nil
}
