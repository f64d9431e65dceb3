package actor

import "testing"

// TestEmbeddedFilesOnce: each dictionary file is listed once (merges of
// parallel rounds appended some twice; a file loaded twice supersedes its
// own entries and shifts the load order).
func TestEmbeddedFilesOnce(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range EmbeddedFiles {
		if seen[f] {
			t.Errorf("%s is listed twice in EmbeddedFiles", f)
		}
		seen[f] = true
	}
}
