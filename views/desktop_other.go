//go:build !(linux || freebsd || openbsd || netbsd || dragonfly)

package views

import "errors"

// ErrNoDesktop means there is no graphical desktop to open the window on.
var ErrNoDesktop = errors.New("no graphical desktop was found: Venn needs one to open its window")

// findDesktop: Windows and macOS always have one where Venn runs.
func findDesktop() error { return nil }
