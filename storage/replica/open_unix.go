//go:build !windows

package replica

import (
	"os"
	"syscall"
)

// openNoFollow opens path for reading without following a symbolic link
// and without waiting for a writer (a pipe would otherwise block for ever).
func openNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}
