//go:build windows

package replica

import "os"

// openNoFollow opens path for reading; Windows has no pipes or devices in a
// folder, and Read checks the file is regular before and after opening.
func openNoFollow(path string) (*os.File, error) {
	return os.Open(path)
}
