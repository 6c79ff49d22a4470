//go:build linux || freebsd || openbsd || netbsd || dragonfly

package views

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// ErrNoDesktop means there is no graphical desktop to open the window on
// (a server, an SSH session without X forwarding, a broken DISPLAY).
var ErrNoDesktop = errors.New("no graphical desktop was found: Venn needs one to open its window")

// findDesktop says, before anything is opened or written, whether a Wayland
// or X11 display can be reached — the window's driver would otherwise stop
// with a stack trace instead of a sentence.
func findDesktop() error {
	if wayland := os.Getenv("WAYLAND_DISPLAY"); wayland != "" {
		path := wayland
		if !filepath.IsAbs(path) {
			path = filepath.Join(os.Getenv("XDG_RUNTIME_DIR"), wayland)
		}
		if st, err := os.Stat(path); err == nil && st.Mode()&os.ModeSocket != 0 {
			return nil
		}
	}
	display := os.Getenv("DISPLAY")
	if display == "" {
		return &startError{kind: ErrNoDesktop, key: "cli.desktop.unset"}
	}
	if err := dialX(display); err != nil {
		return &startError{kind: ErrNoDesktop, key: "cli.desktop.unreachable", pairs: []any{"Display", strconv.Quote(display), "Err", err.Error()}}
	}
	return nil
}

// dialX connects to an X display ("[host]:N[.S]") and hangs up.
func dialX(display string) error {
	host, rest, ok := strings.Cut(display, ":")
	if !ok {
		return errors.New("not a display name")
	}
	number, _, _ := strings.Cut(rest, ".")
	n, err := strconv.Atoi(number)
	if err != nil || n < 0 {
		return errors.New("not a display name")
	}
	var conn net.Conn
	if host == "" || host == "unix" {
		socket := "/tmp/.X11-unix/X" + number
		if conn, err = net.DialTimeout("unix", socket, time.Second); err != nil {
			conn, err = net.DialTimeout("unix", "@"+socket, time.Second) // Linux's abstract socket
		}
	} else {
		conn, err = net.DialTimeout("tcp", net.JoinHostPort(host, strconv.Itoa(6000+n)), 2*time.Second)
	}
	if err != nil {
		return err
	}
	return conn.Close()
}
