//go:build unix

package replica_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// endlessFiles puts a pipe and a link to an endless device, named like
// replicas, into dir.
func endlessFiles(t *testing.T, dir string) {
	t.Helper()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.venn"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.venn")); err != nil {
		t.Fatal(err)
	}
}
